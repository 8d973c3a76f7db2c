# /test.sh of tests/virtio-savevm.t (runs in the guest's initramfs).
# Mounts the ext4 disk vda and runs a writer: files /mnt/w/fK (12 KiB of
# the line "file K of the writer"), K = 1..60; after every 4th a sync,
# then K appended to /mnt/w/log (the files up to K are on the disk) and
# synced again, and "W K" on the console. The test takes savevm S in the
# middle of it. Then the guest waits for a line on the console: "stop"
# (before loadvm): files /mnt/t1-N (64 KiB each) are written, "T1 done", and the guest
# waits for the loadvm that takes it back to S; "finish" (after loadvm,
# the writer done again): files /mnt/t2-N, umount, "UMOUNTED".
mkdir -p /mnt /tmp
mount -t ext4 /dev/vda /mnt || { echo "MOUNT failed"; exit 1; }
echo "MOUNT ok"
mkdir -p /mnt/w
echo "WRITER started"
k=0
while [ $k -lt 60 ]; do
  k=$((k + 1))
  yes "file $k of the writer" | head -c 12288 > /mnt/w/f$k
  if [ $((k % 4)) = 0 ]; then
    sync
    echo $k >> /mnt/w/log
    sync
    echo "W $k"
  fi
done
echo "WRITTEN $k"
read -r cmd
case $cmd in
stop)
  for i in 1 2 3; do yes "timeline 1 file $i" | head -c 65536 > /mnt/t1-$i; done
  sync
  echo "T1 done"
  read -r cmd
  ;;
finish)
  for i in 1 2 3; do echo "timeline 2 file $i" > /mnt/t2-$i; done
  sync
  umount /mnt && echo "UMOUNTED"
  dmesg | grep -i -e 'EXT4-fs error' -e 'I/O error' -e 'JBD2.*error' -e 'virtio.*error' |
    sed 's/^\[[ 0-9.]*\] /DMESG /'
  echo "QUIET"
  read -r cmd
  ;;
esac
