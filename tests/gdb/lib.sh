# SPDX-License-Identifier: MIT
# Shared by the gdb TAP scripts (tests/gdb.t, tests/gdb-reverse.t), sourced
# after ROOT is set: farad and the guest paths, a temporary directory and
# background farads cleaned up at exit, TAP lines, and farad started
# paused for gdb on a free port.
FARAD=${FARAD_BIN:-$ROOT/build/farad}
G=$ROOT/tests/guest/out
GDB=gdb-multiarch
TMP=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    rm -rf "$TMP"
}
trap cleanup EXIT

if [ ! -x "$FARAD" ] || ! command -v $GDB >/dev/null || [ ! -f "$G/gdb-target-be.elf" ]; then
    echo "1..0 # SKIP needs $FARAD, $GDB and tests/guest/out/gdb-target-*.elf"
    exit 0
fi

n=0
check() {  # status description
    n=$((n + 1))
    if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}
has() { grep -qF -- "$2" "$1"; }

# start NAME farad-args...: farad with -gdb tcp::0 -S in the background;
# sets PORT and FPID
start() {
    local name=$1; shift
    FARAD_STATS=1 "$FARAD" -M pseries-2.8 -nographic "$@" -gdb tcp::0 -S \
        >"$TMP/$name.out" 2>"$TMP/$name.err" &
    FPID=$!
    pids+=("$FPID")
    PORT=
    for _ in $(seq 100); do
        PORT=$(sed -n 's/.*gdb stub listening on tcp::\([0-9]*\).*/\1/p' "$TMP/$name.err")
        [ -n "$PORT" ] && break
        sleep 0.05
    done
}
# finish [TICKS]: wait for farad (TICKS x 50 ms, default 200 = 10 s),
# exit status in RC
finish() {
    local i
    for i in $(seq "${1:-200}"); do
        kill -0 "$FPID" 2>/dev/null || break
        sleep 0.05
    done
    kill "$FPID" 2>/dev/null
    wait "$FPID" 2>/dev/null
    RC=$?
}
icount() { sed -n 's/^farad: icount //p' "$1"; }
