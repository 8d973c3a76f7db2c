# /farad-check-devices.sh of tests/linux-installer.t, run in the Debian
# installer's shell (GNU screen's window 2) with its output on the console:
# what the installer sees once its CD-ROM and disk drivers are there.
# First what installing the drivers' udebs and disk-detect do: depmod, then
# udev replays the devices' "add" events and loads their drivers by
# modalias (update-dev replays every device's, about 20 s on QEMU's TCG;
# here only the buses of the two adapters, vio and virtio, whose drivers
# then bring the SCSI devices, sd and sr), and waits for udev to settle.
# Then the installer's own view: list-devices (cdrom-detect, partman and
# mountmedia ask it), sysfs, /proc/partitions, blkid, the CD's .disk/info
# through isofs, and the kernel's messages about the drivers and disks.
depmod -a
udevadm trigger --action=add --subsystem-match=vio --subsystem-match=virtio
update-dev --settle
# SCSI scanning runs on after udev has settled: wait (guest time) for it
i=0
while [ $i -lt 10 ] && [ -z "$(list-devices cd)" ]; do
    sleep 1; i=$((i+1))
done
update-dev --settle
echo "I: cd $(list-devices cd | tr '\n' ' ')"
echo "I: disk $(list-devices disk | tr '\n' ' ')"
echo "I: partition $(list-devices partition | tr '\n' ' ')"
for d in /sys/block/*; do
    echo "I: ${d##*/} size=$(cat $d/size) ro=$(cat $d/ro) rm=$(cat $d/removable)" \
         "vendor=$(cat $d/device/vendor 2>/dev/null) model=$(cat $d/device/model 2>/dev/null)"
done
sed -n 's/^ *\([0-9]\)/I: part \1/p' /proc/partitions
blkid /dev/sr0 /dev/vda | sed 's/ UUID="[^"]*"//; s/^/I: blkid /'
if mount -t iso9660 -o ro /dev/sr0 /media; then
    sed 's/^/I: info /' /media/.disk/info
    umount /media
else
    echo "I: info: mount failed"
fi
dmesg | grep -E 'ibmvscsi|scsi|sd 0|sr 0|cdrom|virtio_blk| vd[a-z]:' | sed 's/^\[[ 0-9.]*\] //; s/^/D: /'
