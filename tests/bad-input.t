#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP driver: farad refuses bad input cleanly. Each case must exit with a
# non-zero status and print exactly one line on stderr, starting with
# "farad:", and nothing on stdout. A case with a third field
# ("label|args|message") must print exactly "farad: message" (\n for
# a line break): QEMU 7.2's message for the same options, as
# qemu-system-ppc64 prints it, with the "-device ARG: " or
# "-object ARG: " prefix naming the argument that failed (or farad's own
# where QEMU has none). Arguments may start with FARAD_DATADIR=DIR, set
# in the environment (QEMU's data directory, searched for firmware).
# Env: FARAD_BIN, FARAD_SRC.
set -u
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
BIN=${FARAD_BIN:-$SRC/build/farad}
G=$SRC/tests/guest/out
if [ ! -x "$BIN" ]; then
    echo "1..0 # SKIP farad binary $BIN not built"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: >"$work/empty.bin"
mkdir -p "$work/fw1" "$work/fw2" "$work/nofw"
printf '\177ELF\002\002\001' >"$work/stub.elf"            # ELF magic only
[ -f "$G/hello-be.elf" ] && head -c 100 "$G/hello-be.elf" >"$work/trunc-ph.elf"
[ -f "$G/hello-be.elf" ] && head -c 1500 "$G/hello-be.elf" >"$work/trunc-seg.elf"
printf 'not an elf at all, just text\n' >"$work/text.elf"
mkfifo "$work/fifo"
head -c 4194305 /dev/zero >"$work/big.bin"
# hello-be.elf with its first program header's p_filesz 0x10 over p_memsz 8
[ -f "$G/hello-be.elf" ] && python3 - "$G/hello-be.elf" "$work/filesz.elf" <<'PY'
import struct, sys
d = bytearray(open(sys.argv[1], 'rb').read())
ph = struct.unpack('>Q', d[32:40])[0]
d[ph + 32:ph + 48] = struct.pack('>QQ', 0x10, 8)
open(sys.argv[2], 'wb').write(d)
PY
OK_BIN=$G/hello-be.bin
[ -f "$OK_BIN" ] || OK_BIN=$work/empty.bin
X86_ELF=/bin/true
for f in /bin/true /usr/bin/true /bin/ls; do
    if [ -f "$f" ] && head -c 4 "$f" | grep -q ELF; then X86_ELF=$f; break; fi
done

cases=(
    "missing -bios image|-bios $work/does-not-exist.bin"
    "missing -kernel image|-bios none -kernel $work/does-not-exist.elf"
    "empty -bios image|-bios $work/empty.bin"
    "directory as -bios image|-bios $work"
    "empty -kernel image|-bios none -kernel $work/empty.bin"
    "ELF header only|-bios none -kernel $work/stub.elf"
    "ELF truncated in the program headers|-bios none -kernel $work/trunc-ph.elf"
    "ELF truncated in a segment|-bios none -kernel $work/trunc-seg.elf"
    "text file as -kernel|-bios none -kernel $work/text.elf"
    # issue 13: images are regular files, read no further than they fit
    "-bios /dev/zero|-bios /dev/zero|could not load '/dev/zero': not a regular file"
    "-bios a FIFO|-bios $work/fifo|could not load '$work/fifo': not a regular file"
    "-kernel /dev/zero|-bios none -kernel /dev/zero|could not load kernel '/dev/zero': not a regular file"
    "-bios bigger than 4 MiB|-bios $work/big.bin|could not load '$work/big.bin': 4194305 bytes, more than the 4194304 it may have"
    "ELF segment with filesz > memsz|-bios none -kernel $work/filesz.elf|could not load kernel '$work/filesz.elf': segment 0 has more bytes in the file (0x10) than in memory (0x8)"
    "ELF for the wrong machine ($X86_ELF)|-bios none -kernel $X86_ELF"
    "unknown option|-frobnicate -bios $OK_BIN"
    "option missing its argument|-bios"
    "unknown machine type|-M sparc64 -bios $OK_BIN"
    "unknown machine property|-M pseries-2.8,no-such-prop=on -bios $OK_BIN"
    "bad machine property value|-M pseries-2.8,cap-htm=maybe -bios $OK_BIN"
    "bad -m size (suffix)|-m 12Q -bios $OK_BIN"
    "bad -m size (zero)|-m 0 -bios $OK_BIN"
    "bad -m size (text)|-m lots -bios $OK_BIN"
    "bad -max-insns|-max-insns many -bios $OK_BIN"
    # issue 13: RAM sizes as QEMU 7.2's pseries takes them (its RMA line
    # prints "80ldMiB", a format typo; farad prints the intended text)
    "-m not a multiple of 4 KiB|-m 4194312B -bios $OK_BIN|pSeries SLOF firmware requires >= 80MiB guest RMA (Real Mode Area memory)"
    "-m below QEMU's 80 MiB RMA|-m 100M -bios $OK_BIN|pSeries SLOF firmware requires >= 80MiB guest RMA (Real Mode Area memory)"
    "-m not aligned to 256 MiB|-m 300M -bios $OK_BIN|Memory size 0x12c00000 is not aligned to 256 MiB"
    "-m 256 MiB + 8 KiB|-m 268443648B -bios $OK_BIN|Memory size 0x10002000 is not aligned to 256 MiB"
    "-m nan|-m nan -bios $OK_BIN|-m nan: Parameter 'size' expects a non-negative number below 2^64 (optional suffix k, M, G, T, P or E)"
    "-m inf|-m inf -bios $OK_BIN|-m inf: Parameter 'size' expects a non-negative number below 2^64 (optional suffix k, M, G, T, P or E)"
    "-m 1e30|-m 1e30 -bios $OK_BIN|-m 1e30: Parameter 'size' expects a non-negative number below 2^64 (optional suffix k, M, G, T, P or E)"
    "-m 16E (2^64)|-m 16E -bios $OK_BIN|-m 16E: Parameter 'size' expects a non-negative number below 2^64 (optional suffix k, M, G, T, P or E)"
    "-m hex with a fraction|-m 0x1.8G -bios $OK_BIN|-m 0x1.8G: Parameter 'size' expects a non-negative number below 2^64 (optional suffix k, M, G, T, P or E)"
    # firmware (QEMU's search: -L dirs, then its data directory,
    # FARAD_DATADIR here so the default's absence can be shown)
    "default firmware missing|FARAD_DATADIR=$work/nofw -m 512M|could not find LPAR firmware 'slof.bin' (searched $work/nofw; Debian's package qemu-system-data installs it, or use -L DIR; -bios none runs without firmware)"
    "default firmware in no -L directory|FARAD_DATADIR=$work/nofw -L $work/fw1 -L $work/fw2 -m 512M|could not find LPAR firmware 'slof.bin' (searched $work/fw1, $work/fw2, $work/nofw; Debian's package qemu-system-data installs it, or use -L DIR; -bios none runs without firmware)"
    "-bios NAME found nowhere|FARAD_DATADIR=$work/nofw -L $work/fw1 -bios nosuch-fw.bin|could not find LPAR firmware 'nosuch-fw.bin' (searched $work/fw1, $work/nofw)"
    "-vga other than none|-vga std -bios $OK_BIN|-vga std: only 'none' is supported (farad has no graphics card)"
    # -device loader: QEMU 7.2's checks and lines
    "loader without arguments|-device loader -bios $OK_BIN|-device loader: please include valid arguments"
    "loader PC without cpu-num|-device loader,addr=0x100 -bios $OK_BIN|-device loader,addr=0x100: cpu_num must be specified when setting a program counter"
    "loader data without data-len|-device loader,data=1,addr=0x100 -bios $OK_BIN|-device loader,data=1,addr=0x100: Both data and data-len must be specified"
    "loader data-len above 8|-device loader,data=1,data-len=9,addr=0x100 -bios $OK_BIN|-device loader,data=1,data-len=9,addr=0x100: data-len cannot be greater then 8 bytes"
    "loader file with data|-device loader,file=$OK_BIN,data=1 -bios $OK_BIN|-device loader,file=$OK_BIN,data=1: Specifying a file is not supported when loading memory values"
    "loader force-raw with data|-device loader,data=1,data-len=4,force-raw=on -bios $OK_BIN|-device loader,data=1,data-len=4,force-raw=on: Specifying force-raw is not supported when loading memory values"
    "loader CPU that does not exist|-device loader,addr=0x100,cpu-num=3 -bios $OK_BIN|-device loader,addr=0x100,cpu-num=3: Specified boot CPU#3 is nonexistent"
    "loader file missing|-device loader,file=$work/does-not-exist.bin -bios $OK_BIN"
    "loader data outside RAM|-device loader,data=1,data-len=4,addr=0x40000000 -bios $OK_BIN"
    "-append without -kernel|-append console=hvc0 -bios $OK_BIN|-append only allowed with -kernel option"
    "-initrd without -kernel|-initrd $OK_BIN -bios $OK_BIN|-initrd only allowed with -kernel option"
    "-bios none without -kernel|-bios none -m 512M|-bios none: no firmware and no -kernel FILE (or -device loader,...,cpu-num=0) to enter"
    "unknown device model|-device nosuchdev -bios $OK_BIN|-device nosuchdev: 'nosuchdev' is not a valid device model name"
    "device the user cannot add|-device spapr-nvram -bios $OK_BIN|-device spapr-nvram: Parameter 'driver' expects a pluggable device type"
    # PCI (issue 4): QEMU 7.2's messages for the same command lines
    "PHB index above 30 on pseries-2.8|-M pseries-2.8,cap-htm=off -device spapr-pci-host-bridge,index=31 -bios $OK_BIN|-device spapr-pci-host-bridge,index=31: \"index\" for PAPR PHB is too large (max 30)"
    "PHB index above 255 on pseries-2.7|-M pseries-2.7 -device spapr-pci-host-bridge,index=256 -bios $OK_BIN|-device spapr-pci-host-bridge,index=256: \"index\" for PAPR PHB is too large (max 255)"
    "PHB without an index|-M pseries-2.8,cap-htm=off -device spapr-pci-host-bridge -bios $OK_BIN|-device spapr-pci-host-bridge: \"index\" for PAPR PHB is mandatory"
    "duplicate PHB index (the default PHB's)|-M pseries-2.8,cap-htm=off -device spapr-pci-host-bridge,index=0 -bios $OK_BIN|-device spapr-pci-host-bridge,index=0: PCI host bridges must have unique indexes\\nThe following indexes are already in use: 0\\nTry another value for the index property"
    "duplicate PHB index|-M pseries-2.7 -device spapr-pci-host-bridge,index=2 -device spapr-pci-host-bridge,index=1 -device spapr-pci-host-bridge,index=2 -bios $OK_BIN|-device spapr-pci-host-bridge,index=2: PCI host bridges must have unique indexes\\nThe following indexes are already in use: 1 2 0\\nTry another value for the index property"
    "32-bit window that cannot fit (pseries-2.8)|-M pseries-2.8,cap-htm=off -device spapr-pci-host-bridge,index=1,mem_win_size=0x100000000 -bios $OK_BIN|-device spapr-pci-host-bridge,index=1,mem_win_size=0x100000000: 32-bit memory window of size 0x100000000 (max 2 GiB)"
    "32-bit window that cannot fit (pseries-2.7, with a 64-bit window)|-M pseries-2.7 -device spapr-pci-host-bridge,index=1,mem_win_size=0x100000000,mem64_win_size=0x1000 -bios $OK_BIN|-device spapr-pci-host-bridge,index=1,mem_win_size=0x100000000,mem64_win_size=0x1000: 32-bit memory window of size 0x100000000 (max 2 GiB)"
    "PCI slot out of range|-M pseries-2.8,cap-htm=off -device pci-testdev,addr=0x20 -bios $OK_BIN|-device pci-testdev,addr=0x20: Property 'pci-testdev.addr' doesn't take value '0x20'"
    "PCI bus that does not exist|-M pseries-2.8,cap-htm=off -device pci-testdev,bus=pci.3 -bios $OK_BIN|-device pci-testdev,bus=pci.3: Bus 'pci.3' not found"
    "PCI slot in use|-M pseries-2.8,cap-htm=off -device pci-testdev,addr=1 -device pci-testdev,addr=1 -bios $OK_BIN|-device pci-testdev,addr=1: PCI: slot 1 already occupied by pci-testdev"
    # virtio (issue 16): QEMU 7.2's messages for the same command lines
    "virtio-blk-pci without drive|-device virtio-blk-pci -bios $OK_BIN|-device virtio-blk-pci: drive property not set"
    "virtio-blk-pci on an unknown drive|-device virtio-blk-pci,drive=x -bios $OK_BIN|-device virtio-blk-pci,drive=x: Property 'virtio-blk-device.drive' can't find value 'x'"
    "virtio-blk-pci on an empty CD-ROM drive|-drive if=none,id=c0,media=cdrom -device virtio-blk-pci,drive=c0 -bios $OK_BIN|-device virtio-blk-pci,drive=c0: Device needs media, but drive is empty"
    "virtio-blk-pci queue-size not a power of 2|-drive if=none,id=d0,file=$OK_BIN,format=raw -device virtio-blk-pci,drive=d0,queue-size=3 -bios $OK_BIN|-device virtio-blk-pci,drive=d0,queue-size=3: invalid queue-size property (3), must be a power of 2 (max 1024)"
    "virtio-blk-pci queue-size 2|-drive if=none,id=d0,file=$OK_BIN,format=raw -device virtio-blk-pci,drive=d0,queue-size=2 -bios $OK_BIN|-device virtio-blk-pci,drive=d0,queue-size=2: invalid queue-size property (2), must be > 2"
    "virtio iommu_platform on a transitional device|-device virtio-rng-pci,iommu_platform=on -bios $OK_BIN|-device virtio-rng-pci,iommu_platform=on: VIRTIO_F_IOMMU_PLATFORM was supported by neither legacy nor transitional device"
    "virtio disable-legacy value|-device virtio-rng-pci,disable-legacy=x -bios $OK_BIN|-device virtio-rng-pci,disable-legacy=x: Parameter 'disable-legacy' does not accept value 'x'"
    "virtio-net-pci on an unknown netdev|-device virtio-net-pci,netdev=x -bios $OK_BIN|-device virtio-net-pci,netdev=x: Property 'virtio-net-device.netdev' can't find value 'x'"
    "virtio-net-pci bad mac|-device virtio-net-pci,mac=zz -bios $OK_BIN|-device virtio-net-pci,mac=zz: Property 'virtio-net-device.mac' doesn't take value 'zz'"
    "virtserialport on port 0|-device virtio-serial-pci -device virtserialport,nr=0 -bios $OK_BIN|-device virtserialport,nr=0: Port number 0 on virtio-serial devices reserved for virtconsole devices for backward compatibility."
    "virtconsole without virtio-serial-pci|-device virtconsole -bios $OK_BIN|-device virtconsole: No 'virtio-serial-bus' bus found for device 'virtconsole'"
    "virtconsole on an unknown chardev|-device virtio-serial-pci -device virtconsole,chardev=zz -bios $OK_BIN|-device virtconsole,chardev=zz: Property 'virtconsole.chardev' can't find value 'zz'"
    # issue 13: sizes bounded where they are parsed (GLib aborted; a 16
    # GiB TCE table was allocated and cleared)
    "ivshmem-plain size 2^63|-M pseries-2.8,cap-htm=off -device ivshmem-plain,size=0x8000000000000000 -bios $OK_BIN|-device ivshmem-plain,size=0x8000000000000000: ivshmem-plain: size 0x8000000000000000 is larger than a PHB's 64-bit window (0x10000000000)"
    "ivshmem-plain memdev of 8 EiB|-M pseries-2.8,cap-htm=off -object memory-backend-ram,id=m,size=8E -device ivshmem-plain,memdev=m -bios $OK_BIN|-device ivshmem-plain,memdev=m: ivshmem-plain: memdev 'm' size 0x8000000000000000 is larger than a PHB's 64-bit window (0x10000000000)"
    "PHB dma_win_size 8 TiB|-M pseries-2.8,cap-htm=off -device spapr-pci-host-bridge,index=1,dma_win_size=0x80000000000 -bios $OK_BIN|-device spapr-pci-host-bridge,index=1,dma_win_size=0x80000000000: dma_win_addr 0x0, dma_win_size 0x80000000000: the default DMA window must be whole 4 KiB pages below 4 GiB"
    "PHB dma_win_size 2^63|-M pseries-2.8,cap-htm=off -device spapr-pci-host-bridge,index=1,dma_win_size=0x8000000000000000 -bios $OK_BIN|-device spapr-pci-host-bridge,index=1,dma_win_size=0x8000000000000000: dma_win_addr 0x0, dma_win_size 0x8000000000000000: the default DMA window must be whole 4 KiB pages below 4 GiB"
    "PHB DMA window past 4 GiB|-M pseries-2.8,cap-htm=off -device spapr-pci-host-bridge,index=1,dma_win_addr=0xc0000000,dma_win_size=0x80000000 -bios $OK_BIN|-device spapr-pci-host-bridge,index=1,dma_win_addr=0xc0000000,dma_win_size=0x80000000: dma_win_addr 0xc0000000, dma_win_size 0x80000000: the default DMA window must be whole 4 KiB pages below 4 GiB"
    "ivshmem-plain without memdev|-M pseries-2.8,cap-htm=off -device ivshmem-plain -bios $OK_BIN|-device ivshmem-plain: You must specify a 'memdev'"
    "ivshmem-plain with an unknown memdev|-M pseries-2.8,cap-htm=off -device ivshmem-plain,memdev=x -bios $OK_BIN|-device ivshmem-plain,memdev=x: Device 'x' not found"
    "two ivshmem-plain on one memdev|-M pseries-2.8,cap-htm=off -object memory-backend-ram,id=m,size=1M -device ivshmem-plain,memdev=m -device ivshmem-plain,memdev=m -bios $OK_BIN|-device ivshmem-plain,memdev=m: can't use already busy memdev: m"
    "memory backend without size|-M pseries-2.8,cap-htm=off -object memory-backend-ram,id=m -bios $OK_BIN|-object memory-backend-ram,id=m: Parameter 'size' is missing"
    "memory backend without id|-M pseries-2.8,cap-htm=off -object memory-backend-ram,size=1M -bios $OK_BIN|-object memory-backend-ram,size=1M: Parameter 'id' is missing"
    "unknown object type|-M pseries-2.8,cap-htm=off -object memory-backend-foo,id=m,size=1M -bios $OK_BIN|-object memory-backend-foo,id=m,size=1M: Parameter 'qom-type' does not accept value 'memory-backend-foo'"
    "unknown memory backend property|-M pseries-2.8,cap-htm=off -object memory-backend-ram,id=m,size=1M,bogus=1 -bios $OK_BIN|-object memory-backend-ram,id=m,size=1M,bogus=1: Invalid parameter 'bogus'"
    "duplicate object id|-M pseries-2.8,cap-htm=off -object memory-backend-ram,id=m,size=1M -object memory-backend-ram,id=m,size=2M -bios $OK_BIN|-object memory-backend-ram,id=m,size=2M: Duplicate ID 'm' for object"
    "file backend without mem-path|-M pseries-2.8,cap-htm=off -object memory-backend-file,id=m,size=1M -bios $OK_BIN|-object memory-backend-file,id=m,size=1M: Parameter 'mem-path' is missing"
    "file backend that cannot be opened|-M pseries-2.8,cap-htm=off -object memory-backend-file,id=m,size=1M,mem-path=/nonexistent-dir/shm -bios $OK_BIN|can't open backing store /nonexistent-dir/shm for guest RAM: No such file or directory"
    "bad share value|-M pseries-2.8,cap-htm=off -object memory-backend-ram,id=m,size=1M,share=maybe -bios $OK_BIN|-object memory-backend-ram,id=m,size=1M,share=maybe: Parameter 'share' expects 'on' or 'off'"
    "bad backend size|-M pseries-2.8,cap-htm=off -object memory-backend-ram,id=m,size=lots -bios $OK_BIN|-object memory-backend-ram,id=m,size=lots: Parameter 'size' expects a size value"
    # x-vof=on (issue 12): vof.bin finds no kernel to boot and calls the
    # client interface's exit; QEMU 7.2 prints this and pauses for good
    "x-vof=on without -kernel|-M pseries-7.2,x-vof=on|Stopped as the VM requested \"exit\""
    # networking (docs/net.md): QEMU 7.2's messages for the same lines
    "NIC on a netdev that does not exist|-netdev user,id=n0 -device spapr-vlan,netdev=nope -bios $OK_BIN|-device spapr-vlan,netdev=nope: Property 'spapr-vlan.netdev' can't find value 'nope'"
    "two NICs on one netdev|-netdev user,id=n0 -device spapr-vlan,netdev=n0 -device spapr-vlan,netdev=n0 -bios $OK_BIN|-device spapr-vlan,netdev=n0: Property 'spapr-vlan.netdev' can't take value 'n0', it's in use"
    "NIC with a bad MAC|-device spapr-vlan,mac=zz -bios $OK_BIN|-device spapr-vlan,mac=zz: Property 'spapr-vlan.mac' doesn't take value 'zz'"
    "duplicate netdev id|-netdev user,id=n0 -netdev user,id=n0 -bios $OK_BIN|-netdev user,id=n0: Duplicate ID 'n0' for netdev"
    "netdev without id|-netdev user -bios $OK_BIN|-netdev user: Parameter 'id' is missing"
    "netdev with an unknown option|-netdev user,id=a,foo=1 -bios $OK_BIN|-netdev user,id=a,foo=1: Invalid parameter 'foo'"
    "hostfwd with a bad host port|-netdev user,id=a,hostfwd=tcp::x-:22 -bios $OK_BIN|-netdev user,id=a,hostfwd=tcp::x-:22: Invalid host forwarding rule 'tcp::x-:22' (Bad host port)"
    "hostfwd without a guest address|-netdev user,id=a,hostfwd=tcp::1- -bios $OK_BIN|-netdev user,id=a,hostfwd=tcp::1-: Invalid host forwarding rule 'tcp::1-' (Missing guest address)"
    "-nic with an unknown model|-nic user,model=nosuch -bios $OK_BIN|Unsupported NIC model: nosuch"
    "a netdev type farad does not have|-netdev tap,id=t0 -bios $OK_BIN|-netdev tap,id=t0: farad has only the user netdev type (libslirp), not tap"
    "zero backend size|-M pseries-2.8,cap-htm=off -object memory-backend-ram,id=m,size=0 -bios $OK_BIN|property 'size' of memory-backend-ram doesn't take value '0'"
)

echo "1..${#cases[@]}"
n=0
for c in "${cases[@]}"; do
    n=$((n + 1))
    label=${c%%|*}
    args=${c#*|}
    want=
    if [ "${args#*|}" != "$args" ]; then
        want=${args#*|}
        args=${args%%|*}
    fi
    envs=()   # a leading FARAD_DATADIR=DIR is the environment's
    if [ "${args#FARAD_DATADIR=}" != "$args" ]; then
        envs=("${args%% *}")
        args=${args#* }
    fi
    rc=0
    # shellcheck disable=SC2086
    timeout 30 env "${envs[@]}" "$BIN" -M pseries-2.8 -nographic $args </dev/null >"$work/out" 2>"$work/err" || rc=$?
    lines=$(wc -l <"$work/err")
    first=$(head -n 1 "$work/err")
    if [ -n "$want" ]; then
        if [ "$rc" -ne 0 ] && [ "$rc" -ne 124 ] && [ ! -s "$work/out" ] &&
           cmp -s "$work/err" <(printf 'farad: %b\n' "$want"); then
            echo "ok $n - $label: $first"
        else
            echo "not ok $n - $label (farad $args)"
            echo "#   exit status $rc, $(wc -c <"$work/out") stdout bytes; want: farad: $want"
            head -n 5 "$work/err" | cut -c1-200 | sed 's/^/#   stderr: /'
        fi
    elif [ "$rc" -ne 0 ] && [ "$rc" -ne 124 ] && [ "$lines" -eq 1 ] &&
       [ "${first#farad:}" != "$first" ] && [ ! -s "$work/out" ]; then
        echo "ok $n - $label: $first"
    else
        echo "not ok $n - $label (farad $args)"
        echo "#   exit status $rc, $lines stderr lines, $(wc -c <"$work/out") stdout bytes"
        head -n 5 "$work/err" | cut -c1-200 | sed 's/^/#   stderr: /'
    fi
done
exit 0
