#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the demo initramfs, CACHE/initrd.cpio.gz: Debian's static
# ppc64el busybox (fetched by fetch-guest.sh) and tests/linux/init.sh as
# /init. CACHE is $FARAD_GUEST_CACHE or <repo>/guest-cache. Rebuilt when
# init.sh or busybox is newer. Exit status 1 with one line when busybox
# is missing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${FARAD_GUEST_CACHE:-$ROOT/guest-cache}
out=$CACHE/initrd.cpio.gz
init=$ROOT/tests/linux/init.sh
[ -e "$CACHE/busybox" ] || { echo "make-initramfs: $CACHE/busybox missing (run tests/linux/fetch-guest.sh)" >&2; exit 1; }
command -v cpio >/dev/null || { echo "make-initramfs: cpio not installed (package cpio)" >&2; exit 1; }
if [ -e "$out" ] && [ "$out" -nt "$init" ] && [ "$out" -nt "$CACHE/busybox" ]; then
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/proc" "$tmp/sys" "$tmp/dev"
cp "$CACHE/busybox" "$tmp/bin/busybox"
cp "$init" "$tmp/init"
chmod 755 "$tmp/init" "$tmp/bin/busybox"
(cd "$tmp" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) | gzip -9n > "$out.tmp"
mv "$out.tmp" "$out"
