#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP driver: drives on the command line and in the monitor (core/block/,
# docs/block.md). Each bad -drive/-hda/-cdrom/bare image line must fail
# with exactly QEMU 7.2's message (recorded here from qemu-system-ppc64,
# and compared live with it when it is installed), "farad:" for
# "qemu-system-ppc64:". The monitor's `info block` lists the drives with
# QEMU's ids (the default empty CD-ROM included), `commit` refuses an
# unknown id and leaves an image whose overlay is empty as it was, and
# refuses under record/replay. Env: FARAD_BIN, FARAD_SRC.
set -u
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
BIN=${FARAD_BIN:-$SRC/build/farad}
G=$SRC/tests/guest/out
QEMU=qemu-system-ppc64
if [ ! -x "$BIN" ]; then
    echo "1..0 # SKIP farad binary $BIN not built"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
W=$work
truncate -s 1M "$W/a.raw"
truncate -s 1M "$W/b.raw"
HAVE_QEMU=
command -v "$QEMU" >/dev/null && HAVE_QEMU=1

# label|arguments|QEMU 7.2's message after "qemu-system-ppc64: "
cases=(
    "missing -drive image|-drive file=$W/no.img,if=none,id=a|-drive file=$W/no.img,if=none,id=a: Could not open '$W/no.img': No such file or directory"
    "missing -hda image|-hda $W/no.img|-hda $W/no.img: Could not open '$W/no.img': No such file or directory"
    "missing -cdrom image|-cdrom $W/no.iso|-cdrom $W/no.iso: Could not open '$W/no.iso': No such file or directory"
    "missing bare image|$W/no.img|$W/no.img: Could not open '$W/no.img': No such file or directory"
    "duplicate id|-drive file=$W/a.raw,if=none,id=a,format=raw -drive file=$W/b.raw,if=none,id=a,format=raw|-drive file=$W/b.raw,if=none,id=a,format=raw: Duplicate ID 'a' for drive"
    "duplicate place|-drive file=$W/a.raw,format=raw,if=none,index=0 -drive file=$W/b.raw,format=raw,if=none,index=0|-drive file=$W/b.raw,format=raw,if=none,index=0: drive with bus=0, unit=0 (index=0) exists"
    "bad media|-drive file=$W/a.raw,if=none,media=tape|-drive file=$W/a.raw,if=none,media=tape: 'tape' invalid media"
    "index with unit|-drive file=$W/a.raw,index=1,unit=1|-drive file=$W/a.raw,index=1,unit=1: index cannot be used with bus and unit"
    "bad interface|-drive file=$W/a.raw,if=bogus|-drive file=$W/a.raw,if=bogus: unsupported bus type 'bogus'"
    "scsi unit 7|-drive file=$W/a.raw,if=scsi,unit=7|-drive file=$W/a.raw,if=scsi,unit=7: unit 7 too big (max is 6)"
    "bad boolean|-drive file=$W/a.raw,if=none,readonly=maybe|-drive file=$W/a.raw,if=none,readonly=maybe: Parameter 'read-only' expects 'on' or 'off'"
)
echo "1..$((${#cases[@]} + 3))"
n=0
for c in "${cases[@]}"; do
    n=$((n + 1))
    label=${c%%|*}
    rest=${c#*|}
    args=${rest%%|*}
    want=${rest#*|}
    # shellcheck disable=SC2086
    timeout 30 "$BIN" -M pseries -nodefaults -S -display none $args </dev/null \
        >"$W/out" 2>"$W/err"
    rc=$?
    live=
    if [ -n "$HAVE_QEMU" ]; then
        # shellcheck disable=SC2086
        live=$(timeout 30 "$QEMU" -M pseries -nodefaults -S -display none \
            -vga none $args </dev/null 2>&1 >/dev/null | grep -v "warning:" |
            head -n 1)
    fi
    if [ "$rc" -eq 1 ] && [ ! -s "$W/out" ] &&
       cmp -s "$W/err" <(printf 'farad: %s\n' "$want") &&
       { [ -z "$HAVE_QEMU" ] || [ "$live" = "qemu-system-ppc64: $want" ]; }; then
        echo "ok $n - $label: $want"
    else
        echo "not ok $n - $label"
        echo "#   farad exit $rc: $(head -c 300 "$W/err")"
        echo "#   want: $want"
        [ -n "$HAVE_QEMU" ] && echo "#   live QEMU: $live"
    fi
done

# ---- the monitor ----
if [ ! -f "$G/hello-be.bin" ]; then
    for _ in 1 2 3; do n=$((n + 1)); echo "ok $n # SKIP guest programs not built"; done
    exit 0
fi
sha() { sha256sum "$1" | cut -d' ' -f1; }
before=$(sha "$W/a.raw")
printf 'info block\ncommit nope\ncommit d0\ncommit all\nquit\n' |
    timeout 60 "$BIN" -M pseries -nographic -S -monitor stdio -serial null \
        -bios "$G/hello-be.bin" -drive "file=$W/a.raw,if=none,id=d0,format=raw" \
        -drive "file=$W/b.raw,if=none,readonly=on" 2>&1 |
    sed 's/\x1b\[[0-9;]*[A-Za-z]//g' | tr -d '\r' >"$W/mon"
n=$((n + 1))
# QEMU 7.2 lists the same ids in this order (then its own floppy0 and
# sd0, which pseries never uses): d0, none1 (unit 0 is d0's), scsi0-cd2
# the drive lines' ids ("ID: ..." here, "ID (#blockN): ..." in QEMU)
drive_ids() {
    sed -n 's/^\([a-z0-9-]*\)\( (#block[0-9]*)\)\{0,1\}: .*/\1/p' |
        grep -v '^floppy0$\|^sd0$' | tr '\n' ' '
}
ids=$(drive_ids <"$W/mon")
qids="d0 none1 scsi0-cd2 "
if [ -n "$HAVE_QEMU" ]; then
    qids=$(printf 'info block\nquit\n' |
        timeout 60 "$QEMU" -M pseries -display none -vga none -S -monitor stdio \
            -serial null -drive "file=$W/a.raw,if=none,id=d0,format=raw" \
            -drive "file=$W/b.raw,if=none,readonly=on,format=raw" 2>/dev/null |
        sed 's/\x1b\[[0-9;]*[A-Za-z]//g' | tr -d '\r' | drive_ids)
fi
if grep -q "^d0: $W/a.raw (raw)$" "$W/mon" &&
   grep -q "^none1: $W/b.raw (raw, read-only)$" "$W/mon" &&
   grep -q "^scsi0-cd2: \[not inserted\]$" "$W/mon" &&
   [ "$ids" = "d0 none1 scsi0-cd2 " ] && [ "$ids" = "$qids" ]; then
    echo "ok $n - info block: d0, none1 (read-only), the default empty CD-ROM scsi0-cd2: QEMU's ids in QEMU's order"
else
    echo "not ok $n - info block (farad: $ids; QEMU: $qids)"
    sed 's/^/#   /' "$W/mon" | head -30
fi
n=$((n + 1))
if grep -q "^Error: Device 'nope' not found$" "$W/mon" &&
   [ "$(grep -c '^Error' "$W/mon")" -eq 1 ] && [ "$(sha "$W/a.raw")" = "$before" ]; then
    echo "ok $n - commit: an unknown id refused; an empty overlay leaves the image as it was"
else
    echo "not ok $n - commit"
    sed 's/^/#   /' "$W/mon" | head -30
fi
printf 'commit d0\nquit\n' |
    timeout 60 "$BIN" -M pseries -nographic -S -monitor stdio -serial null \
        -bios "$G/hello-be.bin" -drive "file=$W/a.raw,if=none,id=d0,format=raw" \
        -icount "shift=0,rr=record,rrfile=$W/rec.db" 2>&1 |
    sed 's/\x1b\[[0-9;]*[A-Za-z]//g' | tr -d '\r' >"$W/mon2"
n=$((n + 1))
if grep -q "^Error: commit: not while recording or replaying" "$W/mon2"; then
    echo "ok $n - commit under record/replay: refused (the overlay is replayed state)"
else
    echo "not ok $n - commit under record/replay"
    sed 's/^/#   /' "$W/mon2" | head -20
fi
exit 0
