#!/bin/sh
# SPDX-License-Identifier: MIT
# busybox udhcpc's event script in tests/net.t's initramfs: configure the
# lease it got and say so on the console
case "$1" in
bound|renew)
    ip addr add "$ip/$mask" dev "$interface"
    [ -n "$router" ] && ip route add default via "$router" dev "$interface"
    echo "net-test: lease $ip/$mask router $router dns $dns"
    ;;
esac
