#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds an initramfs of Debian's static ppc64el busybox (fetched by
# fetch-guest.sh) with tests/linux/init.sh as /init.
#
#   make-initramfs.sh                      the demo: CACHE/initrd.cpio.gz
#   make-initramfs.sh -o OUT [-m "MOD..."] [-f SRC:DEST]...
#
# -m puts the named kernel modules of the fetched Debian kernel (and the
# modules they depend on, from each module's own `depends=` modinfo) in
# /lib/modules, listed dependencies first in /lib/modules/load-order, which
# init.sh loads at boot. -f copies a host file to DEST in the image (e.g. a
# /test.sh that init.sh runs with farad.test on the kernel command line).
# CACHE is $FARAD_GUEST_CACHE or <repo>/guest-cache. The demo image is
# rebuilt only when init.sh or busybox is newer; -o images always. Exit
# status 1 with one line when busybox or a module is missing. The image's
# bytes depend only on its contents (not on when it was built).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${FARAD_GUEST_CACHE:-$ROOT/guest-cache}
out=$CACHE/initrd.cpio.gz
init=$ROOT/tests/linux/init.sh
modules=""
files=()
custom=0
fail() { echo "make-initramfs: $*" >&2; exit 1; }
while [ $# -gt 0 ]; do
    case $1 in
        -o) out=$2; custom=1; shift 2 ;;
        -m) modules="$modules $2"; shift 2 ;;
        -f) files+=("$2"); shift 2 ;;
        *) fail "unknown argument '$1' (usage: -o OUT -m \"MOD...\" -f SRC:DEST)" ;;
    esac
done
[ -e "$CACHE/busybox" ] || fail "$CACHE/busybox missing (run tests/linux/fetch-guest.sh)"
command -v cpio >/dev/null || fail "cpio not installed (package cpio)"
if [ $custom = 0 ] && [ -e "$out" ] && [ "$out" -nt "$init" ] && [ "$out" -nt "$CACHE/busybox" ]; then
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/proc" "$tmp/sys" "$tmp/dev"
cp "$CACHE/busybox" "$tmp/bin/busybox"
cp "$init" "$tmp/init"
chmod 755 "$tmp/init" "$tmp/bin/busybox"

# modules: depth-first over `depends=`, each listed once after its deps
if [ -n "${modules// /}" ]; then
    kdir=$(ls -d "$CACHE"/root/lib/modules/*/kernel 2>/dev/null | head -1)
    [ -n "$kdir" ] || fail "no kernel modules under $CACHE/root/lib/modules (run tests/linux/fetch-guest.sh)"
    mkdir -p "$tmp/lib/modules"   # only then: the demo's / stays as it was
    declare -A seen=()
    add_module() {
        local name=$1 f dep
        [ -n "${seen[$name]:-}" ] && return 0
        seen[$name]=1
        f=$(find "$kdir" \( -name "$name.ko" -o -name "${name//_/-}.ko" -o -name "${name//-/_}.ko" \) | head -1)
        [ -n "$f" ] || fail "kernel module '$name' not found under $kdir"
        for dep in $(tr '\0' '\n' < "$f" | grep -a '^depends=' | head -1 | cut -d= -f2 | tr ',' ' '); do
            add_module "$dep"
        done
        cp "$f" "$tmp/lib/modules/"
        basename "$f" >> "$tmp/lib/modules/load-order"
    }
    for m in $modules; do add_module "$m"; done
fi
for spec in ${files[@]+"${files[@]}"}; do
    src=${spec%%:*} dest=${spec#*:}
    [ -e "$src" ] || fail "-f $spec: $src not found"
    mkdir -p "$tmp/$(dirname "$dest")"
    cp "$src" "$tmp/$dest"
done
# the same bytes whenever and wherever it is built (a guest's instruction
# count depends on them): fixed times, owners, inode numbers, and modes
# that do not follow the umask
find "$tmp" -type d -exec chmod 755 {} +
find "$tmp" -type f -exec chmod go-w,a+r {} +
find "$tmp" -exec touch -h -d @946684800 {} +
(cd "$tmp" && find . | LC_ALL=C sort |
    cpio -o -H newc --quiet --reproducible -R 0:0) | gzip -9n > "$out.tmp"
mv "$out.tmp" "$out"
