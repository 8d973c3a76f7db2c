#!/bin/sh
# SPDX-License-Identifier: MIT
# tests/net.t's guest side: eth0 (ibmveth) up, a DHCP lease from slirp,
# a file over TCP from the host's server (10.0.2.2, farad.port= on the
# command line), then one line from the host through hostfwd= into nc -l
port=$(sed -n 's/.*farad\.port=\([0-9]*\).*/\1/p' /proc/cmdline)
eth=/sys/class/net/eth0
echo "net-test: $(cat $eth/address) driver $(basename $(readlink $eth/device/driver))"
ip link set lo up
ip link set eth0 up
udhcpc -i eth0 -s /udhcpc.sh -q -n -t 5 -T 2 2>&1 | grep -e obtained -e net-test:
ip -4 route | sed 's/^/net-test: route /'
echo "net-test: fetch $(wget -q -O - http://10.0.2.2:$port/hello.txt)"
echo "net-test: listening"
echo "net-test: got $(nc -l -p 8080)"
echo "net-test: done"
