#!/usr/bin/env bash
# Cross-compiles every guest test program (tests/guest/*.c, *.S) for
# big- and little-endian into tests/guest/out/NAME-{be,le}.{elf,bin},
# and the benchmark workloads (tests/bench/*.c) into tests/bench/out/.
# Each program is linked with the runtime in tests/guest/rt. Programs
# are rebuilt only when a source or the runtime changed; one that does
# not compile is reported at the end (exit 1) without stopping the rest.
set -euo pipefail
cd "$(dirname "$0")"
CFLAGS=(-O2 -g -ffreestanding -fno-builtin -nostdlib -static -fno-stack-protector
        -mno-altivec -mno-vsx -mcpu=power8 -Wall -Werror -I.
        -Wl,-T,rt/link.ld -Wl,--build-id=none -Wl,--no-warn-rwx-segments)
RT=(rt/start.S rt/rt.c)

build_dir() {  # source dir, output dir
    local dir=$1 out=$2 src name endian cc elf bin
    mkdir -p "$out"
    for src in "$dir"/*.c "$dir"/*.S; do
        [ -f "$src" ] || continue
        name=$(basename "${src%.*}")
        for endian in be le; do
            if [ $endian = be ]; then cc=powerpc64-linux-gnu-gcc; else cc=powerpc64le-linux-gnu-gcc; fi
            elf=$out/$name-$endian.elf bin=$out/$name-$endian.bin
            if [ -f "$bin" ] && [ "$bin" -nt "$src" ] && [ "$bin" -nt rt/rt.c ] &&
               [ "$bin" -nt rt/start.S ] && [ "$bin" -nt rt/rt.h ] && [ "$bin" -nt rt/link.ld ]; then
                continue
            fi
            if ! $cc "${CFLAGS[@]}" -o "$elf" "${RT[@]}" "$src" -lgcc ||
               ! powerpc64-linux-gnu-objcopy -O binary "$elf" "$bin"; then
                rm -f "$elf" "$bin"
                failed+=("$src ($endian)")
            fi
        done
    done
}

failed=()
build_dir . out
if [ -d ../bench ]; then
    build_dir ../bench ../bench/out
fi
if [ ${#failed[@]} -gt 0 ]; then
    echo "build-guests: failed to build: ${failed[*]}" >&2
    exit 1
fi
