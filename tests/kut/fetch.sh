#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fetches kvm-unit-tests at a pinned commit and builds its powerpc tests
# (little-endian ppc64, with Debian's powerpc64le-linux-gnu cross
# compiler), for tests/kut.t. Nothing fetched is committed:
#   $CACHE/kut/src     the sources at $KUT_COMMIT, built in place
#                      (powerpc/*.elf, powerpc/boot_rom.bin, run_tests.sh)
#   $CACHE/kut/COMMIT  the commit built (written last: the build is done)
# CACHE is $FARAD_GUEST_CACHE or <repo>/guest-cache. The git source is
# $FARAD_KUT_SOURCE (a URL or a local git directory, e.g. a mirror),
# default the project's GitLab repository. Nothing is fetched or built
# again once COMMIT names the pinned commit. Exit status 0 when built,
# 1 with one line saying why not (offline, no cross compiler...).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${FARAD_GUEST_CACHE:-$ROOT/guest-cache}
SOURCE=${FARAD_KUT_SOURCE:-https://gitlab.com/kvm-unit-tests/kvm-unit-tests.git}
KUT_COMMIT=1da1819e49fc4938985edca67df669099b4c87a7   # 2026-06-26 master
DIR=$CACHE/kut
CROSS=powerpc64le-linux-gnu-

fail() { echo "kut-fetch: $*" >&2; exit 1; }
built() { [ "$(cat "$DIR/COMMIT" 2>/dev/null)" = "$KUT_COMMIT" ]; }
built && exit 0
mkdir -p "$DIR"
exec 9> "$DIR/.lock"
command -v flock >/dev/null && flock 9
built && exit 0
command -v git >/dev/null || fail "git not found"
command -v "${CROSS}gcc" >/dev/null || fail "${CROSS}gcc not found (package gcc-powerpc64le-linux-gnu)"

rm -rf "$DIR/src"
git init -q "$DIR/src"
git -C "$DIR/src" fetch -q --depth 1 "$SOURCE" "$KUT_COMMIT" 2>/dev/null ||
    git -C "$DIR/src" fetch -q "$SOURCE" 2>/dev/null ||
    fail "cannot fetch kvm-unit-tests from $SOURCE (offline? set FARAD_KUT_SOURCE)"
git -C "$DIR/src" -c advice.detachedHead=false checkout -q "$KUT_COMMIT" ||
    fail "commit $KUT_COMMIT not in $SOURCE"
log=$DIR/build.log
( cd "$DIR/src" &&
  ./configure --arch=ppc64 --endian=little --cross-prefix=$CROSS &&
  make -j"${FARAD_KUT_JOBS:-2}" ) > "$log" 2>&1 ||
    fail "the build failed (see $log)"
echo "$KUT_COMMIT" > "$DIR/COMMIT"
