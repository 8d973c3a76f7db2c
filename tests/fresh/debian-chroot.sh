#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The fresh-machine check (not part of the suite; heavy: ~20+ min on two
# cores, a few GB of disk): debootstraps a minimal Debian 12 (bookworm)
# into DIR, installs only git in it, clones this checkout's HEAD inside
# and runs `./build.sh test` there as root, so build.sh itself must
# install everything the build and the tests need.
#   tests/fresh/debian-chroot.sh DIR [REV]
# REV (default HEAD) is the commit of this checkout to clone. Needs root
# and debootstrap (apt-get install debootstrap). /proc, /sys, /dev and
# /dev/pts, and the shared material (FARAD_SHARED, default ../shared: the
# QEMU fixtures some tests read) are bind-mounted into DIR while it runs
# and unmounted after.
# FARAD_DEBIAN_MIRROR (default http://deb.debian.org) names the mirror.
# The log of the run is DIR/farad-test.log; the exit status is
# build.sh test's.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
DIR=${1:?usage: $0 DIR [REV]}
REV=${2:-HEAD}
MIRROR=${FARAD_DEBIAN_MIRROR:-http://deb.debian.org}
[ "$(id -u)" = 0 ] || { echo "debian-chroot: needs root (debootstrap, chroot, mounts)" >&2; exit 1; }
command -v debootstrap >/dev/null ||
    { echo "debian-chroot: debootstrap not found (apt-get install debootstrap)" >&2; exit 1; }

if [ ! -x "$DIR/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$DIR" "$MIRROR/debian"
fi

MOUNTS=()
cleanup() {
    local i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount -l "${MOUNTS[i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT
for m in proc sys dev dev/pts; do
    mkdir -p "$DIR/$m"
    mount --bind "/$m" "$DIR/$m"
    MOUNTS+=("$DIR/$m")
done
# the team's shared material (specs, QEMU 7.2 fixtures) sits beside every
# checkout as ../shared and at /work/shared, as on the build hosts; it is
# not in the repository, so the chroot sees the host's copy, read-only
SHARED=${FARAD_SHARED:-$SRC/../shared}
if [ -d "$SHARED" ]; then
    for t in work/shared root/shared; do
        mkdir -p "$DIR/$t"
        mount --bind -o ro "$SHARED" "$DIR/$t"
        MOUNTS+=("$DIR/$t")
    done
fi
cp /etc/resolv.conf "$DIR/etc/resolv.conf" 2>/dev/null || true
# what any installed Debian or container has and debootstrap leaves out:
# localhost (gdb's "target remote :PORT" resolves it)
[ -s "$DIR/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' > "$DIR/etc/hosts"

# only git, then the checkout as a clone (committed files only)
chroot "$DIR" /usr/bin/env DEBIAN_FRONTEND=noninteractive bash -c \
    'apt-get update -qq && apt-get install -y -qq --no-install-recommends git ca-certificates'
rm -rf "$DIR/root/farad" "$DIR/root/farad.bundle"
SHA=$(git -C "$SRC" rev-parse --verify "$REV^{commit}")
git -C "$SRC" bundle create "$DIR/root/farad.bundle" "$REV" 2>/dev/null
chroot "$DIR" git -c advice.detachedHead=false clone -q --no-checkout \
    /root/farad.bundle /root/farad 2>/dev/null
chroot "$DIR" git -c advice.detachedHead=false -C /root/farad checkout -q "$SHA"
echo "debian-chroot: cloned ${SHA:0:7} into $DIR/root/farad; running ./build.sh test" >&2
set +e
chroot "$DIR" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 bash -c 'cd /root/farad && ./build.sh test' 2>&1 | tee "$DIR/farad-test.log"
rc=${PIPESTATUS[0]}
echo "debian-chroot: ./build.sh test exited $rc (log: $DIR/farad-test.log)" >&2
exit "$rc"
