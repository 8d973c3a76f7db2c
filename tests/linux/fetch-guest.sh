#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fetches the Linux guest software the tests and the demo boot: Debian
# bookworm's ppc64el kernel (the package linux-image-powerpc64le depends
# on today) and busybox-static, with `apt-get download` through a private
# apt configuration (its own sources, lists and cache under the cache
# directory; the machine's apt setup is never touched), and unpacks them:
#   $CACHE/vmlinux        the kernel ELF (a symlink to boot/vmlinux-*)
#   $CACHE/busybox        the static ppc64el busybox
#   $CACHE/VERSION        the package versions fetched
# CACHE is $FARAD_GUEST_CACHE or <repo>/guest-cache (not committed).
# Nothing is fetched again once $CACHE/vmlinux exists. Exit status 0 on
# success, 1 (with one line saying why) when the packages cannot be
# fetched, e.g. offline; the tests that need them then skip saying so.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${FARAD_GUEST_CACHE:-$ROOT/guest-cache}
MIRROR=${FARAD_DEBIAN_MIRROR:-http://deb.debian.org}
[ -e "$CACHE/vmlinux" ] && [ -e "$CACHE/busybox" ] && exit 0

fail() { echo "fetch-guest: $*" >&2; exit 1; }
command -v apt-get >/dev/null || fail "apt-get not found (a Debian host is needed)"
command -v dpkg-deb >/dev/null || fail "dpkg-deb not found"

apt=$CACHE/apt
mkdir -p "$apt/etc/apt/apt.conf.d" "$apt/etc/apt/preferences.d" \
         "$apt/etc/apt/sources.list.d" "$apt/lists/partial" \
         "$apt/archives/partial" "$CACHE/debs"
: > "$apt/status"
key=/usr/share/keyrings/debian-archive-keyring.gpg
[ -f "$key" ] || fail "$key missing (package debian-archive-keyring)"
cat > "$apt/etc/apt/sources.list" <<SRC
deb [arch=ppc64el signed-by=$key] $MIRROR/debian bookworm main
deb [arch=ppc64el signed-by=$key] $MIRROR/debian-security bookworm-security main
SRC
cat > "$apt/apt.conf" <<CONF
Dir::Etc "$apt/etc/apt/";
Dir::State::Lists "$apt/lists/";
Dir::State::status "$apt/status";
Dir::Cache::Archives "$apt/archives/";
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
APT::Architecture "ppc64el";
APT::Architectures { "ppc64el"; };
APT::Sandbox::User "root";
CONF
export APT_CONFIG=$apt/apt.conf
apt-get -qq update >/dev/null 2>&1 || fail "apt-get update of $MIRROR (ppc64el) failed: offline?"
kpkg=$(apt-cache depends linux-image-powerpc64le 2>/dev/null |
       awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
[ -n "$kpkg" ] || fail "no kernel package behind linux-image-powerpc64le"
(cd "$CACHE/debs" && apt-get -qq download "$kpkg" busybox-static >/dev/null 2>&1) ||
    fail "apt-get download $kpkg busybox-static failed"
rm -rf "$CACHE/root" && mkdir -p "$CACHE/root"
for d in "$CACHE"/debs/*.deb; do
    dpkg-deb -x "$d" "$CACHE/root"
done
k=$(ls "$CACHE"/root/boot/vmlinux-* 2>/dev/null | head -1)
[ -n "$k" ] || fail "$kpkg has no boot/vmlinux-*"
ln -sfn "${k#"$CACHE"/}" "$CACHE/vmlinux"
ln -sfn root/bin/busybox "$CACHE/busybox"
(cd "$CACHE/debs" && ls *.deb) > "$CACHE/VERSION"
echo "fetch-guest: $(tr '\n' ' ' < "$CACHE/VERSION")-> $CACHE" >&2
