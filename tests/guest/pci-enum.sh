#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs tests/guest/pci-enum (BE and LE) for every case of pci-enum.cases
# ("SUFFIX | QEMU ARGS | FARAD ARGS") on qemu-system-ppc64 and on farad
# and compares the console outputs; TAP on stdout. (No expected files:
# tests/guest.t would run them without the cases' options.)
#   FARAD_BIN=build/farad tests/guest/pci-enum.sh
set -u
cd "$(dirname "$0")"
BIN=${FARAD_BIN:-../../build/farad}
QEMU=${QEMU:-qemu-system-ppc64}
./build-guests.sh >/dev/null || exit 1
mapfile -t lines < <(grep -v '^\s*#' pci-enum.cases | grep -v '^\s*$')
echo "1..$((2 * ${#lines[@]}))"
n=0
for line in "${lines[@]}"; do
    IFS='|' read -r suffix qargs fargs <<<"$line"
    suffix=$(echo "$suffix" | tr -d ' ')
    [ -n "${fargs// /}" ] || fargs=$qargs
    for e in be le; do
        n=$((n + 1))
        q=$(mktemp) f=$(mktemp)
        # shellcheck disable=SC2086
        timeout 60 "$QEMU" -m 512M -nodefaults -nographic -serial stdio \
            -monitor none -display none $qargs -bios out/pci-enum-$e.bin \
            </dev/null >"$q" 2>/dev/null
        # shellcheck disable=SC2086
        timeout 60 "$BIN" -m 512M -nographic $fargs -bios out/pci-enum-$e.bin \
            -max-insns 400000000 </dev/null >"$f" 2>/dev/null
        if [ -s "$q" ] && cmp -s "$q" "$f"; then
            echo "ok $n - pci-enum-$e-$suffix ($(wc -l <"$q") lines)"
        else
            echo "not ok $n - pci-enum-$e-$suffix"
            diff "$q" "$f" | head -5 | sed 's/^/#   /'
        fi
        rm -f "$q" "$f"
    done
done
