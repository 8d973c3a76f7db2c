#!/bin/busybox sh
# /init of the demo initramfs (tests/linux/make-initramfs.sh): busybox's
# applets, /proc, /sys and /dev (devtmpfs: the console device for the
# shell's job control), the kernel modules make-initramfs.sh -m put in
# /lib/modules (in load-order), a line saying what booted, then either a
# test script (kernel argument farad.test and a /test.sh in the image: run,
# then power off), the scripted demo (farad.demo=auto: a few commands,
# then power off) or an interactive shell on the console.
/bin/busybox --install -s /bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
if [ -e /lib/modules/load-order ]; then
    while read -r ko; do
        insmod "/lib/modules/$ko" || echo "farad-demo: insmod $ko failed"
    done < /lib/modules/load-order
fi
echo "farad-demo: Linux $(uname -r) up; $(grep -m1 '^cpu' /proc/cpuinfo | tr -s '\t ' ' ')"
if [ -e /test.sh ] && grep -q 'farad.test' /proc/cmdline; then
    sh /test.sh
    echo "farad-test: exit $?, powering off"
    poweroff -f
fi
if grep -q 'farad.demo=auto' /proc/cmdline; then
    echo "farad-demo: \$ uname -a"; uname -a
    echo "farad-demo: \$ grep -c processor /proc/cpuinfo"; grep -c processor /proc/cpuinfo
    echo "farad-demo: \$ grep MMU /proc/cpuinfo"; grep MMU /proc/cpuinfo
    echo "farad-demo: \$ grep -o -m1 -e XIVE -e XICS /proc/interrupts"
    grep -o -m1 -e XIVE -e XICS /proc/interrupts
    echo "farad-demo: \$ cat /proc/meminfo | head -2"; head -2 /proc/meminfo
    echo "farad-demo: \$ ls /"; ls /
    echo "farad-demo: done, powering off"
    poweroff -f
fi
echo "farad-demo: busybox shell; 'poweroff -f' leaves (or Ctrl-A x)"
exec setsid cttyhack sh
