#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fetches the Linux guest software the tests and the demo boot from
# Debian bookworm's ppc64el archive, with `apt-get download` through a
# private apt configuration (its own sources, lists and cache under the
# cache directory; the machine's apt setup is never touched), and unpacks it.
#   fetch-guest.sh [kernel]   the kernel (the package linux-image-powerpc64le
#                             depends on today) and busybox-static:
#     $CACHE/vmlinux          the kernel ELF (a symlink to root/boot/vmlinux-*)
#     $CACHE/busybox          the static ppc64el busybox
#     $CACHE/VERSION          the package versions fetched
#   fetch-guest.sh installer  the Debian 12 installer, debian-installer-12-
#                             netboot-ppc64el (its text-mode netboot image):
#     $CACHE/installer/vmlinux, $CACHE/installer/initrd.gz
#     $CACHE/installer/VERSION   the package version fetched
#     $CACHE/installer/modules/lib/modules/ABI/...  the drivers for the CD-ROM
#                             and the disks (ibmvscsi, virtio_blk, sr_mod,
#                             isofs and what they need) from the installer's
#                             own kernel package, linux-image-ABI (ABI from
#                             initrd.gz): the netboot initrd lacks them (a
#                             netboot install downloads them as udebs from
#                             the mirror); tests/linux-installer.t appends
#                             them to the initrd
# CACHE is $FARAD_GUEST_CACHE or <repo>/guest-cache (not committed).
# Nothing is fetched again once the files exist. Exit status 0 on
# success, 1 (with one line saying why) when the packages cannot be
# fetched, e.g. offline; the tests that need them then skip saying so.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${FARAD_GUEST_CACHE:-$ROOT/guest-cache}
MIRROR=${FARAD_DEBIAN_MIRROR:-http://deb.debian.org}
WHAT=${1:-kernel}
DI_PKG=debian-installer-12-netboot-ppc64el
DI_DIR=usr/lib/debian-installer/images/12/ppc64el/text/debian-installer/ppc64el

# Whether WHAT is in the cache already.
have() {
    case $WHAT in
        kernel) [ -e "$CACHE/vmlinux" ] && [ -e "$CACHE/busybox" ] ;;
        installer) [ -e "$CACHE/installer/vmlinux" ] && [ -e "$CACHE/installer/initrd.gz" ] &&
                   [ -e "$CACHE/installer/modules/VERSION" ] ;;
        *) echo "usage: $0 [kernel|installer]" >&2; exit 2 ;;
    esac
}
have && exit 0

fail() { echo "fetch-guest: $*" >&2; exit 1; }
# one fetch at a time (tests run in parallel share the apt directory)
mkdir -p "$CACHE"
exec 9> "$CACHE/.fetch.lock"
command -v flock >/dev/null && flock 9
have && exit 0
command -v apt-get >/dev/null || fail "apt-get not found (a Debian host is needed)"
command -v dpkg-deb >/dev/null || fail "dpkg-deb not found"

# The private apt configuration under $CACHE/apt, its package lists
# updated; APT_CONFIG names it for the apt commands after it.
private_apt() {
    local apt=$CACHE/apt key=/usr/share/keyrings/debian-archive-keyring.gpg
    mkdir -p "$apt/etc/apt/apt.conf.d" "$apt/etc/apt/preferences.d" \
             "$apt/etc/apt/sources.list.d" "$apt/lists/partial" \
             "$apt/archives/partial"
    : > "$apt/status"
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
}

# apt-get download PACKAGES... into DIR (first argument).
download() {
    local dir=$1; shift
    mkdir -p "$dir"
    (cd "$dir" && apt-get -qq download "$@" >/dev/null 2>&1) ||
        fail "apt-get download $* failed"
}

fetch_kernel() {
    local kpkg k d
    kpkg=$(apt-cache depends linux-image-powerpc64le 2>/dev/null |
           awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
    [ -n "$kpkg" ] || fail "no kernel package behind linux-image-powerpc64le"
    download "$CACHE/debs" "$kpkg" busybox-static
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
}

# The installer's drivers for the CD-ROM and the disks, with the modules
# they depend on that its initrd lacks: ibmvscsi (spapr-vscsi), virtio_blk
# (virtio-blk-pci), sr_mod (SCSI CD-ROMs), isofs (the CD's file system).
INSTALLER_MODULES="drivers/scsi/ibmvscsi/ibmvscsi.ko drivers/scsi/scsi_transport_srp.ko
 drivers/block/virtio_blk.ko drivers/scsi/sr_mod.ko drivers/cdrom/cdrom.ko fs/isofs/isofs.ko"

fetch_installer() {
    local dir=$CACHE/installer tmp deb abi m
    tmp=$(mktemp -d)
    # shellcheck disable=SC2064
    trap "rm -rf '$tmp'" EXIT
    if ! [ -e "$dir/vmlinux" ] || ! [ -e "$dir/initrd.gz" ]; then
        rm -rf "$dir/debs" && download "$dir/debs" "$DI_PKG"
        deb=$(ls "$dir"/debs/*.deb)
        dpkg-deb -x "$deb" "$tmp"
        [ -f "$tmp/$DI_DIR/vmlinux" ] && [ -f "$tmp/$DI_DIR/initrd.gz" ] ||
            fail "$deb has no $DI_DIR/{vmlinux,initrd.gz}"
        mv "$tmp/$DI_DIR/vmlinux" "$tmp/$DI_DIR/initrd.gz" "$dir/"
        basename "$deb" > "$dir/VERSION"
        echo "fetch-guest: $(cat "$dir/VERSION") -> $dir" >&2
    fi
    # the kernel ABI the installer's modules are built for
    abi=$( (zcat "$dir/initrd.gz" | cpio -it --quiet 2>/dev/null || true) |
          sed -n 's,^lib/modules/\([^/]*\)/kernel/.*,\1,p' | sort -u)
    [ -n "$abi" ] || fail "$dir/initrd.gz has no lib/modules/ABI/kernel"
    download "$tmp/kdeb" "linux-image-$abi"
    dpkg-deb -x "$tmp"/kdeb/*.deb "$tmp/k"
    rm -rf "$dir/modules" "$tmp/mods"
    for m in $INSTALLER_MODULES; do
        [ -f "$tmp/k/lib/modules/$abi/kernel/$m" ] || fail "linux-image-$abi has no $m"
        mkdir -p "$tmp/mods/lib/modules/$abi/kernel/$(dirname "$m")"
        cp "$tmp/k/lib/modules/$abi/kernel/$m" "$tmp/mods/lib/modules/$abi/kernel/$m"
    done
    (cd "$tmp/kdeb" && ls *.deb) > "$tmp/mods/VERSION"
    mv "$tmp/mods" "$dir/modules"
    echo "fetch-guest: the CD-ROM and disk drivers of $(cat "$dir/modules/VERSION") -> $dir/modules" >&2
}

private_apt
"fetch_$WHAT"
