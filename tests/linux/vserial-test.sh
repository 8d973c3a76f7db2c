# /test.sh of tests/virtio-serial.t (runs in the guest's initramfs):
# the virtio-serial ports through the modern interface, then, after
# reloading virtio_pci with force_legacy=1, through the legacy one.
# The host side (the test) answers each "R<n> port-ready" on the
# virtserialport with "R<n> host-to-port" and each "R<n> console-out"
# on the virtconsole with "R<n> host-to-console".
for d in /sys/bus/pci/devices/*; do
  echo "PCI ${d##*/} $(cat $d/vendor) $(cat $d/device) $(cat $d/class) msi=$(ls $d/msi_irqs 2>/dev/null | wc -l)"
  head -5 $d/resource | sed -n '1p;2p;5p' | sed "s/^/RES ${d##*/} /"
done
round() {
  r=$1
  for v in /sys/bus/virtio/devices/*; do
    echo "R$r VIRTIO $(cat $v/device) version1=$(cut -c33 $v/features)"
  done
  echo "R$r HVC $(ls /dev/hvc* | tr '\n' ' ')"
  for p in /sys/class/virtio-ports/*; do
    echo "R$r PORT ${p##*/} name=$(cat $p/name 2>/dev/null)"
  done
  echo "R$r DEV $(ls /dev/vport* | tr '\n' ' ')"
  port=$(ls /dev/vport*p1)
  exec 4<>/dev/hvc1
  echo "R$r console-out" >&4
  read -r -t 20 line <&4
  exec 4<&-
  echo "R$r HVCGOT $line"
  exec 3<>$port
  echo "R$r port-ready" >&3
  read -r -t 20 line <&3
  exec 3<&-
  echo "R$r PORTGOT $line"
  echo "R$r HWRNG $(dd if=/dev/hwrng bs=16 count=1 2>/dev/null | wc -c)"
  echo "R$r BLK size=$(cat /sys/block/vda/size) ro=$(cat /sys/block/vda/ro) $(head -c 16 /dev/vda)"
}
round 1
rmmod virtio_console virtio_rng virtio_blk
rmmod virtio_pci
insmod /lib/modules/virtio_pci.ko force_legacy=1
insmod /lib/modules/virtio_console.ko
insmod /lib/modules/virtio-rng.ko
insmod /lib/modules/virtio_blk.ko
round 2
