#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP driver: kvm-unit-tests' own, unmodified runner drives farad as its
# QEMU (QEMU=farad ./run_tests.sh: the runner's probes are `--help`
# mentioning QEMU, `-h`'s first line parsed as QEMU's version,
# `-machine '?'` listing pseries, a missing kernel named in the error,
# then each test's qemu-system-ppc64 command line; a test's result comes
# from its "EXIT: STATUS=" line after the RTAS power-off).
# kvm-unit-tests is fetched at a pinned commit and built by
# tests/kut/fetch.sh (never committed); when it cannot be (offline, no
# FARAD_KUT_SOURCE), every test skips saying so (README, Tests).
# Expected results: QEMU 7.2's (qemu-system-ppc64 with the same runner
# on this commit, see the table), except where farad passes a test QEMU
# 7.2 fails (named below). The runner's timeouts are real time, so the
# release build runs it (FARAD_KUT_BIN overrides; the sanitizer build is
# several times slower and the runner's 90 s limits are not farad's).
# Env: FARAD_BIN, FARAD_SRC, FARAD_KUT_BIN, FARAD_GUEST_CACHE,
# FARAD_KUT_SOURCE.
set -u
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
BIN=${FARAD_KUT_BIN:-$SRC/build/farad}
[ -x "$BIN" ] || BIN=${FARAD_BIN:-$SRC/build/farad}
CACHE=${FARAD_GUEST_CACHE:-$SRC/guest-cache}
KUT=$CACHE/kut/src

# test name, expected result; QEMU 7.2's result when it differs
EXPECT=(
    "selftest-setup PASS"
    "spapr_hcall PASS"
    "spapr_vpa PASS"
    "emulator PASS"
    "interrupts PASS QEMU-7.2:FAIL"   # QEMU 7.2: "mce: MCE on access to invalid real address" fails
    "mmu PASS"
    "smp PASS"
    "smp-smt SKIP"    # -smp 8,threads=4: TCG cannot support more than 1 thread/core
    "atomics PASS QEMU-7.2:FAIL"      # QEMU 7.2: an unhandled 0x380 exception after the unaligned stwcx.
    "timebase PASS"
)
echo "1..$(( ${#EXPECT[@]} + 1 ))"
if ! why=$("$SRC/tests/kut/fetch.sh" 2>&1); then
    for ((i = 0; i <= ${#EXPECT[@]}; i++)); do
        echo "ok $((i + 1)) # SKIP kvm-unit-tests not available: ${why:-fetch failed}"
    done
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
names=()
for e in "${EXPECT[@]}"; do names+=("${e%% *}"); done
# the runner as its README says, QEMU= naming farad; ACCEL unset (no KVM
# here: tcg); the release binary
(cd "$KUT" && env -u ACCEL QEMU="$BIN" ./run_tests.sh "${names[@]}") \
    >"$work/out" 2>&1
sed -i 's/\x1b\[[0-9;]*m//g' "$work/out"
if grep -q "A QEMU binary was not found\|doesn't support '-machine" "$work/out"; then
    echo "not ok 1 - the runner accepts farad as its QEMU"
    sed 's/^/#   /' "$work/out" | head -5
else
    echo "ok 1 - the runner accepts farad as its QEMU (--help, -h, -machine '?' probes)"
fi
n=1
for e in "${EXPECT[@]}"; do
    n=$((n + 1))
    read -r name want qemu <<<"$e"
    line=$(grep -E "^(PASS|FAIL|SKIP) $name( |$)" "$work/out" | head -n 1)
    got=${line%% *}
    note=${qemu:+ ($qemu)}
    if [ "$got" = "$want" ]; then
        echo "ok $n - kvm-unit-tests $name: $line$note"
    else
        echo "not ok $n - kvm-unit-tests $name: want $want, got: ${line:-no result}$note"
        [ -f "$KUT/logs/$name.log" ] && tail -n 8 "$KUT/logs/$name.log" | sed 's/^/#   /'
    fi
done
exit 0
