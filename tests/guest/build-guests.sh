#!/usr/bin/env bash
# Cross-compiles every guest test program (tests/guest/*.c, *.S) for
# big- and little-endian into tests/guest/out/NAME-{be,le}.{elf,bin}.
# Programs are rebuilt only when a source or the runtime changed.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p out
CFLAGS=(-O2 -g -ffreestanding -fno-builtin -nostdlib -static -fno-stack-protector
        -mno-altivec -mno-vsx -mcpu=power8 -Wall -Werror
        -Wl,-T,rt/link.ld -Wl,--build-id=none -Wl,--no-warn-rwx-segments)
RT=(rt/start.S rt/rt.c)
for src in *.c *.S; do
    [ -f "$src" ] || continue
    name=${src%.*}
    for endian in be le; do
        if [ $endian = be ]; then cc=powerpc64-linux-gnu-gcc; else cc=powerpc64le-linux-gnu-gcc; fi
        elf=out/$name-$endian.elf bin=out/$name-$endian.bin
        if [ -f "$bin" ] && [ "$bin" -nt "$src" ] && [ "$bin" -nt rt/rt.c ] &&
           [ "$bin" -nt rt/start.S ] && [ "$bin" -nt rt/rt.h ] && [ "$bin" -nt rt/link.ld ]; then
            continue
        fi
        $cc "${CFLAGS[@]}" -o "$elf" "${RT[@]}" "$src" -lgcc
        powerpc64-linux-gnu-objcopy -O binary "$elf" "$bin"
    done
done
