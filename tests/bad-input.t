#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP driver: farad refuses bad input cleanly. Each case must exit with a
# non-zero status and print exactly one line on stderr, starting with
# "farad:", and nothing on stdout. Env: FARAD_BIN, FARAD_SRC.
set -u
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
BIN=${FARAD_BIN:-$SRC/build/farad}
G=$SRC/tests/guest/out
if [ ! -x "$BIN" ]; then
    echo "1..0 # SKIP farad binary $BIN not built"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: >"$work/empty.bin"
printf '\177ELF\002\002\001' >"$work/stub.elf"            # ELF magic only
[ -f "$G/hello-be.elf" ] && head -c 100 "$G/hello-be.elf" >"$work/trunc-ph.elf"
[ -f "$G/hello-be.elf" ] && head -c 1500 "$G/hello-be.elf" >"$work/trunc-seg.elf"
printf 'not an elf at all, just text\n' >"$work/text.elf"
OK_BIN=$G/hello-be.bin
[ -f "$OK_BIN" ] || OK_BIN=$work/empty.bin
X86_ELF=/bin/true
for f in /bin/true /usr/bin/true /bin/ls; do
    if [ -f "$f" ] && head -c 4 "$f" | grep -q ELF; then X86_ELF=$f; break; fi
done

cases=(
    "missing -bios image|-bios $work/does-not-exist.bin"
    "missing -kernel image|-kernel $work/does-not-exist.elf"
    "empty -bios image|-bios $work/empty.bin"
    "directory as -bios image|-bios $work"
    "empty -kernel image|-kernel $work/empty.bin"
    "ELF header only|-kernel $work/stub.elf"
    "ELF truncated in the program headers|-kernel $work/trunc-ph.elf"
    "ELF truncated in a segment|-kernel $work/trunc-seg.elf"
    "text file as -kernel|-kernel $work/text.elf"
    "ELF for the wrong machine ($X86_ELF)|-kernel $X86_ELF"
    "unknown option|-frobnicate -bios $OK_BIN"
    "option missing its argument|-bios"
    "unknown machine type|-M sparc64 -bios $OK_BIN"
    "unknown machine property|-M pseries,no-such-prop=on -bios $OK_BIN"
    "bad machine property value|-M pseries,cap-htm=maybe -bios $OK_BIN"
    "bad -m size (suffix)|-m 12Q -bios $OK_BIN"
    "bad -m size (zero)|-m 0 -bios $OK_BIN"
    "bad -m size (text)|-m lots -bios $OK_BIN"
    "bad -max-insns|-max-insns many -bios $OK_BIN"
    "no image at all|-m 512M"
)

echo "1..${#cases[@]}"
n=0
for c in "${cases[@]}"; do
    n=$((n + 1))
    label=${c%%|*}
    args=${c#*|}
    rc=0
    # shellcheck disable=SC2086
    timeout 30 "$BIN" -nographic $args </dev/null >"$work/out" 2>"$work/err" || rc=$?
    lines=$(wc -l <"$work/err")
    first=$(head -n 1 "$work/err")
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 124 ] && [ "$lines" -eq 1 ] &&
       [ "${first#farad:}" != "$first" ] && [ ! -s "$work/out" ]; then
        echo "ok $n - $label: $first"
    else
        echo "not ok $n - $label (farad $args)"
        echo "#   exit status $rc, $lines stderr lines, $(wc -c <"$work/out") stdout bytes"
        head -n 5 "$work/err" | cut -c1-200 | sed 's/^/#   stderr: /'
    fi
done
exit 0
