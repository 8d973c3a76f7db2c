#!/usr/bin/env bash
# Cross-compiles every guest test program (tests/guest/*.c, *.S) for
# big- and little-endian into tests/guest/out/NAME-{be,le}.{elf,bin},
# and the benchmark workloads (tests/bench/*.c) into tests/bench/out/.
# Each program is linked with the runtime in tests/guest/rt; one that a
# firmware boots as a -kernel (NAME.kernel exists, see args.sh) with
# rt/kernel-start.S and rt/kernel-link.ld instead of start.S/link.ld. Programs
# are rebuilt only when a source or the runtime changed; one that does
# not compile is reported at the end (exit 1) without stopping the rest.
# The programs compile in parallel, FARAD_GUEST_BUILD_JOBS at a time
# (default: the number of CPUs).
set -euo pipefail
cd "$(dirname "$0")"
JOBS=${FARAD_GUEST_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}
CFLAGS=(-O2 -g -ffreestanding -fno-builtin -nostdlib -static -fno-stack-protector
        -mno-altivec -mno-vsx -mcpu=power8 -Wall -Werror -I.
        -Wl,--build-id=none -Wl,--no-warn-rwx-segments)

# build_one CC LD START SRC ELF BIN: one program, one byte order; a
# failure leaves neither output file.
build_one() {
    local cc=$1 ld=$2 start=$3 src=$4 elf=$5 bin=$6
    if ! $cc "${CFLAGS[@]}" -Wl,-T,$ld -o "$elf" $start rt/rt.c "$src" -lgcc ||
       ! powerpc64-linux-gnu-objcopy -O binary "$elf" "$bin"; then
        rm -f "$elf" "$bin"
        return 1
    fi
}

# build_dir SRCDIR OUTDIR: starts a background build_one for every
# program and byte order whose output is older than its inputs, at most
# JOBS running; each failure is named in the file $failed_list.
running=0
build_dir() {  # source dir, output dir
    local dir=$1 out=$2 src name endian cc elf bin start ld
    mkdir -p "$out"
    for src in "$dir"/*.c "$dir"/*.S; do
        [ -f "$src" ] || continue
        name=$(basename "${src%.*}")
        start=rt/start.S ld=rt/link.ld
        if [ -f "$dir/$name.kernel" ]; then
            start=rt/kernel-start.S ld=rt/kernel-link.ld
        fi
        for endian in be le; do
            if [ $endian = be ]; then cc=powerpc64-linux-gnu-gcc; else cc=powerpc64le-linux-gnu-gcc; fi
            elf=$out/$name-$endian.elf bin=$out/$name-$endian.bin
            if [ -f "$bin" ] && [ "$bin" -nt "$src" ] && [ "$bin" -nt rt/rt.c ] &&
               [ "$bin" -nt $start ] && [ "$bin" -nt rt/rt.h ] && [ "$bin" -nt $ld ]; then
                continue
            fi
            if [ $running -ge "$JOBS" ]; then
                wait -n || true
                running=$((running - 1))
            fi
            { build_one $cc $ld $start "$src" "$elf" "$bin" ||
                echo "$src ($endian)" >>"$failed_list"; } &
            running=$((running + 1))
        done
    done
}

failed_list=$(mktemp)
trap 'rm -f "$failed_list"' EXIT
build_dir . out
if [ -d ../bench ]; then
    build_dir ../bench ../bench/out
fi
wait
if [ -s "$failed_list" ]; then
    echo "build-guests: failed to build: $(tr '\n' ' ' <"$failed_list")" >&2
    exit 1
fi
