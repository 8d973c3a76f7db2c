# /test.sh of tests/vscsi.t: what Linux sees on spapr-vscsi
i=0
while [ $i -lt 200 ] && ! { [ -e /sys/block/sda ] && [ -e /sys/block/sr0 ]; }; do
    sleep 0.1; i=$((i+1))
done
echo "T: blocks $(ls /sys/block | tr '\n' ' ')"
for d in /sys/bus/scsi/devices/[0-9]*:*; do
    [ -e "$d/vendor" ] || continue
    echo "T: dev ${d##*/} type=$(cat $d/type) level=$(cat $d/scsi_level) vendor=$(cat $d/vendor | tr -d ' ') model=$(cat $d/model | tr ' ' _) rev=$(cat $d/rev)"
done
echo "T: sda size=$(cat /sys/block/sda/size) ro=$(cat /sys/block/sda/ro) rm=$(cat /sys/block/sda/removable)"
echo "T: sr0 size=$(cat /sys/block/sr0/size) ro=$(cat /sys/block/sr0/ro) rm=$(cat /sys/block/sr0/removable)"
echo "T: sector0 $(dd if=/dev/sda bs=512 count=1 2>/dev/null | head -c 24)"
echo "T: sector2047 $(dd if=/dev/sda bs=512 skip=2047 count=1 2>/dev/null | head -c 24)"
echo "T: md5 $(dd if=/dev/sda bs=64k count=16 2>/dev/null | md5sum | cut -c1-32)"
echo "FARAD-WRITTEN-BY-LINUX-0001" | dd of=/dev/sda bs=512 seek=100 conv=sync,notrunc 2>/dev/null
sync; echo 3 > /proc/sys/vm/drop_caches
echo "T: written $(dd if=/dev/sda bs=512 skip=100 count=1 iflag=direct 2>/dev/null | head -c 27)"
mkdir -p /mnt
if mount -t iso9660 -o ro /dev/sr0 /mnt; then
    echo "T: cd hello $(cat /mnt/hello.txt)"
    echo "T: cd big $(md5sum /mnt/big.bin | cut -c1-32)"
    umount /mnt
else
    echo "T: cd mount failed"
fi
dmesg | grep -iE "ibmvscsi|scsi host|sd 0:|sr 0:|sr0|sda" | sed 's/^\[[ 0-9.]*\] //; s/^/D: /'
