# /test.sh of tests/virtio.t (runs in the guest's initramfs)
for d in /sys/bus/pci/devices/*; do
  echo "PCI ${d##*/} $(cat $d/vendor) $(cat $d/device) $(cat $d/class) msi=$(ls $d/msi_irqs 2>/dev/null | wc -l)"
  head -5 $d/resource | sed -n '1p;2p;5p' | sed "s/^/RES ${d##*/} /"
done
for b in vda vdb vdc; do
  echo "DISK $b size=$(cat /sys/block/$b/size) ro=$(cat /sys/block/$b/ro) serial=$(cat /sys/block/$b/serial 2>/dev/null)"
done
mkdir -p /mnt
mount -t ext4 /dev/vda /mnt && echo "MOUNT ok"
echo "READ $(cat /mnt/hello.txt)"
echo "written by the guest" > /mnt/new.txt
sync
fstrim /mnt >/dev/null 2>&1; echo "FSTRIM $?"
umount /mnt && mount -t ext4 -o ro /dev/vda /mnt && echo "REREAD $(cat /mnt/new.txt)"
umount /mnt
printf 'farad-virtio-write' | dd of=/dev/vdb bs=512 seek=8 conv=sync,notrunc 2>/dev/null
sync
echo "VDB $(dd if=/dev/vdb bs=512 skip=8 count=1 2>/dev/null | head -c 18)"
echo "VDC $(head -c 16 /dev/vdc)"
if dd if=/dev/zero of=/dev/vdc bs=512 count=1 conv=fsync 2>/dev/null; then echo "VDC-WRITE ok"; else echo "VDC-WRITE refused"; fi
echo "RNG $(cat /sys/class/misc/hw_random/rng_current)"
echo "HWRNG $(dd if=/dev/hwrng bs=32 count=1 2>/dev/null | od -An -tx1 | tr -d ' \n')"
dmesg | grep -e virtio_blk -e 'I/O error' -e 'virtio.*error' | sed 's/^\[[ 0-9.]*\] /DMESG /'
# virtio-net on -netdev user: DHCP from slirp, then a file from the
# host's HTTP server (port from the kernel command line, farad.port=N)
PORT=$(sed -n 's/.*farad\.port=\([0-9]*\).*/\1/p' /proc/cmdline)
ip link set eth0 up
echo "MAC $(cat /sys/class/net/eth0/address)"
udhcpc -i eth0 -n -q -t 5 -s /bin/true 2>&1 | grep -o "lease of [0-9.]* obtained.*" | sed 's/^/DHCP /'
ip addr add 10.0.2.15/24 dev eth0
wget -q -O - "http://10.0.2.2:$PORT/hello.txt" 2>&1 | sed 's/^/WGET /'
