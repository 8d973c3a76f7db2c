# /test.sh of tests/hotplug.t (runs in the guest's initramfs): PCI
# hot-plug as rtas_errd + drmgr would drive it, with /hpctl doing their
# RTAS and /proc parts (tests/linux/hpctl.c) and rpaphp's slot files
# doing the rest. The host types device_add after HP-READY and
# device_del after HP-DEL (on the monitor of -serial mon:stdio); farad's
# run also saves a snapshot at HP-DEL and loads it at HP-WAIT, so the
# removal runs twice (READ: the disk read past the page cache, from the
# device the load re-created); a line typed on the console ends the
# wait.
PHB=/pci@800000020000000
pci() {
  for d in /sys/bus/pci/devices/*; do
    [ -e "$d" ] || continue
    echo "PCI ${d##*/} $(cat $d/vendor) $(cat $d/device) $(cat $d/class)"
    head -5 $d/resource | sed -n '1p;2p;5p' | sed "s/^/RES ${d##*/} /"
  done
}
echo "SLOTS $(ls /sys/bus/pci/slots | wc -l)"
pci
echo "HP-READY"
EV=$(/hpctl event); echo "$EV"
IDX=${EV##* }
SLOT=C$((IDX & 0xffffff))
NODE=$(/hpctl add $IDX $PHB); echo "$NODE"
NODE=${NODE#NODE }
echo "DT $(cat /proc/device-tree$NODE/ibm,loc-code)"
echo 1 > /sys/bus/pci/slots/$SLOT/power && echo "POWER $SLOT on"
sleep 1
pci
echo "DISK $(cat /sys/block/vda/size) $(head -c 16 /dev/vda)"
dmesg | grep -e virtio_blk -e 'rpaphp: RPA' | sed 's/^\[[ 0-9.]*\] /DMESG /'
echo "HP-DEL"
EV=$(/hpctl event); echo "$EV"
echo 3 > /proc/sys/vm/drop_caches
echo "READ $(head -c 16 /dev/vda)"
echo 0 > /sys/bus/pci/slots/$SLOT/power && echo "POWER $SLOT off"
/hpctl remove $IDX $NODE
echo "GONE $(ls /sys/bus/pci/devices | wc -l) $(ls /sys/block | grep -c vda) $(ls /proc/device-tree$PHB | grep -c @)"
echo "HP-WAIT"
read -r _
echo "HP-DONE"
