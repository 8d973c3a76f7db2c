#!/bin/sh
# SPDX-License-Identifier: MIT
# tests/slirp-snap.t's guest side: a DHCP lease from slirp, then (after
# the host saved a snapshot and, maybe, loaded it in a new farad) a
# DHCP request from another MAC address: libslirp gives it the next free
# address only when it still knows the first lease. Last, a line from the
# host through hostfwd= (bound again by the farad that loaded).
dhcp() {
    ip addr flush dev eth0
    udhcpc -i eth0 -s /udhcpc.sh -q -n -t 5 -T 2 2>&1 | grep -e obtained
}
ip link set lo up
ip link set eth0 up
dhcp
echo "slirp-snap: ready"
read -r go
echo "slirp-snap: go $go"
ip link set eth0 down
ip link set eth0 address 52:54:00:12:34:99
ip link set eth0 up
echo "slirp-snap: mac $(cat /sys/class/net/eth0/address)"
dhcp
ip link set eth0 down
ip link set eth0 address 52:54:00:12:34:56
ip link set eth0 up
echo "slirp-snap: mac $(cat /sys/class/net/eth0/address)"
dhcp
ping -c 1 -W 2 10.0.2.2 > /dev/null 2>&1   # slirp learns the MAC (ARP)
echo "slirp-snap: listening"
echo "slirp-snap: got $(nc -l -p 8080)"
echo "slirp-snap: done"
