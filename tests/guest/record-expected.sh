#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Records the expected console output of every guest program by running
# it under the reference, QEMU's qemu-system-ppc64 -M pseries-7.2 (QEMU 7.2's
# default machine; farad runs the same type in tests/guest.t):
#   tests/guest/record-expected.sh [NAME...]
# builds the programs (build-guests.sh), then for each out/NAME-{be,le}.bin
# (run as -bios, or as -kernel out/NAME-E.elf when NAME.kernel exists)
# (all of them, or only the NAMEs given) writes expected/NAME-E.txt with
# QEMU's stdout. A program that does not power off with status 0 within
# the timeout is reported and gets no expected file (an old one is kept).
# Options from NAME.args (see args.sh); a program with several cases
# gets expected/NAME-CASE-E.txt for each. stdin is NAME.stdin when it
# exists, else /dev/null.
set -euo pipefail
cd "$(dirname "$0")"
. ./args.sh
QEMU=${QEMU:-qemu-system-ppc64}
TIMEOUT=${TIMEOUT:-30}
command -v "$QEMU" >/dev/null || { echo "record-expected: $QEMU not found" >&2; exit 1; }
./build-guests.sh || echo "record-expected: some programs did not build; recording the others" >&2
mkdir -p expected

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for bin in out/*-be.bin; do
        n=${bin#out/}
        names+=("${n%-be.bin}")
    done
fi

status=0
for prog in "${names[@]}"; do
  while IFS=$'\t' read -r name opts; do
    for e in be le; do
        IFS=$'\t' read -r how bin < <(guest_image . "$prog" "$e")
        [ -f "$bin" ] || { echo "record-expected: $bin missing" >&2; status=1; continue; }
        tmp=$(mktemp)
        rc=0 extra=()
        read -r -a extra <<<"$opts"   # e.g. -smp 2
        timeout "$TIMEOUT" "$QEMU" -M pseries-7.2 -m 512M -nodefaults -nographic \
            -serial stdio -monitor none -display none "${extra[@]}" "$how" "$bin" \
            <"$(guest_stdin . "$prog")" >"$tmp" 2>/dev/null || rc=$?
        if [ $rc -eq 0 ]; then
            if [ -f "expected/$name-$e.txt" ] && cmp -s "$tmp" "expected/$name-$e.txt"; then
                echo "same     $name-$e"
            else
                echo "recorded $name-$e ($(wc -l <"$tmp") lines)"
            fi
            mv "$tmp" "expected/$name-$e.txt"
        else
            echo "FAILED   $name-$e: qemu exit status $rc (124 = timeout); not recorded" >&2
            rm -f "$tmp"
            status=1
        fi
    done
  done < <(guest_cases . "$prog")
done
exit $status
