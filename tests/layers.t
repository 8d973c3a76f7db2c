#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP: farad's layers only point down (docs/architecture.md).
#  1. the source tree has no upward include (tests/layers/check-layers.py);
#  2. the built layer libraries have no upward call (nm);
#  3. the CPU builds alone: test-decode links libfarad-base + libfarad-cpu
#     only, and runs;
#  4. a deliberate upward include in cpu-ppc fails the build (ninja stops
#     at the layer check, naming the file), in a copy of the tree;
#  5. a deliberate upward call from cpu-ppc is caught by the symbol check
#     on the rebuilt CPU library.
# Env: FARAD_BIN (its directory is the build tree), FARAD_SRC.
set -u
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
BIN=${FARAD_BIN:-$SRC/build/farad}
BUILD=$(cd "$(dirname "$BIN")" && pwd)
CHECK=$SRC/tests/layers/check-layers.py
echo "1..5"
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }

out=$(python3 "$CHECK" includes "$SRC" 2>&1) && [ -z "$out" ] &&
    ok "no upward include in the source tree" ||
    not_ok "no upward include in the source tree" "$out"

libs=("$BUILD"/libfarad-*.a)
out=$(python3 "$CHECK" symbols "${libs[@]}" 2>&1) && [ ${#libs[@]} -ge 6 ] &&
    ok "no upward call between the ${#libs[@]} layer libraries" ||
    not_ok "no upward call between the layer libraries" "${libs[*]}" "$out"

dec=$BUILD/tests/test-decode
if [ -x "$dec" ] && "$dec" >/dev/null 2>&1 &&
   ! grep -q 'libfarad-core\|libfarad-plugins' <(
       ninja -C "$BUILD" -t commands tests/test-decode 2>/dev/null | tail -n 1); then
    ok "test-decode links only the base and cpu libraries and passes"
else
    not_ok "test-decode links only the base and cpu libraries and passes" \
        "$(ninja -C "$BUILD" -t commands tests/test-decode 2>&1 | tail -n 1)"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$SRC" && git ls-files -co --exclude-standard -z 2>/dev/null |
    xargs -0 tar cf - 2>/dev/null) | (mkdir -p "$work/src" && cd "$work/src" && tar xf -)
if [ ! -f "$work/src/cpu-ppc/exec.c" ]; then   # not a git checkout
    (cd "$SRC" && tar cf - --exclude='./build*' --exclude=./.git .) |
        (cd "$work/src" && tar xf -)
fi
echo '#include "core/machine/machine.h"   /* deliberate upward include */' \
    >>"$work/src/cpu-ppc/timer.h"
if ! meson setup "$work/b" "$work/src" --buildtype=plain >"$work/setup.log" 2>&1; then
    not_ok "an upward include in cpu-ppc fails the build" "meson setup failed:" \
        "$(tail -n 5 "$work/setup.log")"
else
    log=$(ninja -C "$work/b" libfarad-cpu.a 2>&1)
    if [ $? -ne 0 ] && grep -q 'cpu-ppc/timer.h:[0-9]*: includes core/machine/machine.h (layer core is above layer cpu)' <<<"$log"; then
        ok "an upward include in cpu-ppc fails the build, naming the file"
    else
        not_ok "an upward include in cpu-ppc fails the build" "$(tail -n 5 <<<"$log")"
    fi
fi

# the include removed, an undeclared upward call put in its place
sed -i '$ d' "$work/src/cpu-ppc/timer.h"
cat >>"$work/src/cpu-ppc/timer.c" <<'EOC'
unsigned long smp_icount(const void *m);   /* deliberate upward call */
unsigned long layer_probe(const void *m);
unsigned long layer_probe(const void *m) { return smp_icount(m); }
EOC
others=()
for l in "${libs[@]}"; do
    case $l in */libfarad-cpu.a) ;; *) others+=("$l") ;; esac
done
if ninja -C "$work/b" libfarad-cpu.a >"$work/cpu.log" 2>&1; then
    out=$(python3 "$CHECK" symbols "$work/b/libfarad-cpu.a" "${others[@]}" 2>&1)
    if [ $? -ne 0 ] && grep -q 'calls smp_icount of layer core (above layer cpu)' <<<"$out"; then
        ok "an upward call from cpu-ppc is caught by the symbol check"
    else
        not_ok "an upward call from cpu-ppc is caught by the symbol check" "$out"
    fi
else
    not_ok "an upward call from cpu-ppc is caught by the symbol check" \
        "the CPU library did not build:" "$(tail -n 5 "$work/cpu.log")"
fi
