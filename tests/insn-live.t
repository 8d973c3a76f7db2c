#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP: the instruction vectors' recorded expectations against a live
# QEMU. test-insn-<cat> compares farad with tests/insn/expected/<cat>.h,
# which tests/insn/regen.sh recorded from qemu-system-ppc64 7.2; here
# the same generator runs every category's vectors on the installed
# qemu-system-ppc64 again (into a temporary directory) and each header
# must come out identical to the committed one, apart from the line
# naming the QEMU version. So farad's expectations are QEMU's live
# results, not a stale copy. Skips (saying so) when qemu-system-ppc64
# or the cross tools are not installed.
# Env: FARAD_SRC (set by build.sh test), FARAD_INSN_LIVE (categories,
# default all).
set -u
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
for tool in qemu-system-ppc64 powerpc64-linux-gnu-as powerpc64-linux-gnu-gcc \
            powerpc64le-linux-gnu-gcc python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "1..0 # SKIP $tool not installed"
        exit 0
    fi
done
cats=${FARAD_INSN_LIVE:-$(python3 -c "
import sys; sys.path.insert(0, '$SRC/tests/insn')
import importlib.util as u
s = u.spec_from_file_location('regen', '$SRC/tests/insn/regen.py')
m = u.module_from_spec(s); s.loader.exec_module(m)
print(' '.join(m.CATEGORIES))")}
set -- $cats
echo "1..$#"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
n=0
log=$out/regen.log
if ! python3 "$SRC/tests/insn/regen.py" --outdir "$out" "$@" > "$log" 2>&1; then
    for c in "$@"; do
        n=$((n + 1))
        echo "not ok $n - $c: the live QEMU run failed"
    done
    sed 's/^/# /' "$log" | tail -20
    exit 1
fi
status=0
for c in "$@"; do
    n=$((n + 1))
    if diff <(grep -v '^ \* qemu\|QEMU emulator version' "$SRC/tests/insn/expected/$c.h") \
            <(grep -v '^ \* qemu\|QEMU emulator version' "$out/$c.h") > "$out/$c.diff"; then
        echo "ok $n - $c: expected/$c.h equals qemu-system-ppc64's live results ($(grep -c '^    { "' "$out/$c.h") vectors)"
    else
        echo "not ok $n - $c: expected/$c.h differs from the live QEMU run"
        head -20 "$out/$c.diff" | sed 's/^/# /'
        status=1
    fi
done
exit $status
