#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP driver (issue 13): a guest's longest hypercall stays under the
# host's control. One KVMPPC_H_LOGICAL_MEMOP (0xf001) of 2^31 elements
# took 22 s in one piece, past -max-insns and deaf to the monitor; it now
# runs in steps of 64 Ki elements, one instruction each, with the host's
# checks between them. The guest (assembled here) issues that call and
# then spins. Env: FARAD_BIN, FARAD_SRC.
set -u
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
BIN=${FARAD_BIN:-$SRC/build/farad}
AS=powerpc64-linux-gnu-as
OBJCOPY=powerpc64-linux-gnu-objcopy
if [ ! -x "$BIN" ]; then
    echo "1..0 # SKIP farad binary $BIN not built"
    exit 0
fi
if ! command -v $AS >/dev/null || ! command -v $OBJCOPY >/dev/null; then
    echo "1..0 # SKIP $AS / $OBJCOPY not installed"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/memop.S" <<'ASM'
    .org 0x100                 # where farad and QEMU enter a raw -bios
    li 3,0
    ori 3,3,0xf001             # KVMPPC_H_LOGICAL_MEMOP
    lis 4,0x100                # dst 16 MiB
    lis 5,0x200                # src 32 MiB
    li 6,0                     # esize 0: bytes
    li 7,1
    sldi 7,7,31                # count 2^31, the most QEMU 7.2 takes
    li 8,0                     # op 0: copy
    sc 1
1:  b 1b
ASM
$AS -mbig -o "$work/memop.o" "$work/memop.S" &&
    $OBJCOPY -O binary "$work/memop.o" "$work/memop.bin" || exit 1
ARGS=(-M pseries-7.2 -m 512M -nodefaults -bios "$work/memop.bin")

echo "1..3"
# -max-insns 100: the steps are instructions, so the run stops after 100
# (before: the call ran to its end first). 20 s is far more than it needs
# and less than the one-piece call took under the sanitizers.
out=$(timeout 20 "$BIN" "${ARGS[@]}" -serial none -max-insns 100 2>&1)
rc=$?
if [ $rc = 3 ] && [ "$out" = "farad: stopped after 100 instructions (-max-insns)" ]; then
    echo "ok 1 - -max-insns stops a long KVMPPC_H_LOGICAL_MEMOP"
else
    echo "not ok 1 - -max-insns stops a long KVMPPC_H_LOGICAL_MEMOP (rc $rc)"
    printf '%s\n' "$out" | head -5 | sed 's/^/# /'
fi
# the monitor's quit, typed a second after start, ends the run
out=$( (sleep 1; echo quit) | timeout 20 "$BIN" "${ARGS[@]}" -serial none \
        -monitor stdio 2>&1)
rc=$?
if [ $rc = 0 ]; then
    echo "ok 2 - the monitor's quit interrupts a long KVMPPC_H_LOGICAL_MEMOP"
else
    echo "not ok 2 - the monitor's quit interrupts a long KVMPPC_H_LOGICAL_MEMOP (rc $rc)"
    printf '%s\n' "$out" | tail -3 | sed 's/^/# /'
fi
# gdb: continue into the call, Ctrl-C a second later stops the machine
# (a T02 stop reply), then kill
"$BIN" "${ARGS[@]}" -serial none -gdb tcp::0 -S >"$work/gdb.out" 2>"$work/gdb.err" &
fpid=$!
port=
for _ in $(seq 100); do
    port=$(sed -n 's/.*gdb stub listening on tcp::\([0-9]*\).*/\1/p' "$work/gdb.err")
    [ -n "$port" ] && break
    sleep 0.05
done
reply=$(timeout 20 python3 - "${port:-0}" <<'PY' 2>&1
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=15)
def pkt(b):
    return b"$" + b + b"#%02x" % (sum(b) & 0xff)
def reply():
    data = b""
    while b"#" not in data.split(b"$", 1)[-1] or b"$" not in data:
        data += s.recv(4096)
    return data.split(b"$", 1)[1].split(b"#", 1)[0].decode()
s.sendall(pkt(b"c"))
time.sleep(1)
s.sendall(b"\x03")
print(reply())
s.sendall(b"+" + pkt(b"k"))
PY
)
kill "$fpid" 2>/dev/null
wait "$fpid" 2>/dev/null
if [ "${reply#T02}" != "$reply" ]; then
    echo "ok 3 - gdb's Ctrl-C interrupts a long KVMPPC_H_LOGICAL_MEMOP"
else
    echo "not ok 3 - gdb's Ctrl-C interrupts a long KVMPPC_H_LOGICAL_MEMOP"
    printf '%s\n' "$reply" | tail -3 | sed 's/^/# /'
fi
