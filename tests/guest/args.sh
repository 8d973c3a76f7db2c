# SPDX-License-Identifier: MIT
# Sourced by tests/guest.t, tests/qemu-diff.t and record-expected.sh:
# the extra command-line options of a guest program, from
# tests/guest/NAME.args. The file holds either
#   * one line of options (words split by the shell), e.g. "-smp 2",
#     added to both QEMU's and farad's command line, or
#   * several cases, one per line "CASE: OPTIONS"; each runs the same
#     image out/NAME-E.bin and is its own test NAME-CASE-E with its own
#     expected file expected/NAME-CASE-E.txt.
# Lines starting with # and blank lines are ignored.
# A program that reads console input has it in tests/guest/NAME.stdin,
# given as stdin to every case on both emulators (else /dev/null).

# guest_cases DIR NAME: one line "LABEL<TAB>OPTIONS" per case of NAME
# (LABEL is NAME, or NAME-CASE).
guest_cases() {
    local f=$1/$2.args line
    if [ ! -f "$f" ]; then
        printf '%s\t\n' "$2"
        return
    fi
    while IFS= read -r line || [ -n "$line" ]; do
        [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
        if [[ $line =~ ^([A-Za-z0-9_.]+[A-Za-z0-9_.-]*):[[:space:]]*(.*)$ ]]; then
            printf '%s\t%s\n' "$2-${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
        else
            printf '%s\t%s\n' "$2" "$line"
        fi
    done <"$f"
}

# guest_label DIR LABEL: "NAME<TAB>OPTIONS" for a label (NAME or
# NAME-CASE, without the -be/-le suffix): the program whose image it
# runs and its options. A label no .args file names is its own program.
guest_label() {
    local f name lab opts
    for f in "$1"/*.args; do
        [ -f "$f" ] || continue
        name=$(basename "$f" .args)
        [ "$2" = "$name" ] || [ "${2#"$name"-}" != "$2" ] || continue
        while IFS=$'\t' read -r lab opts; do
            if [ "$lab" = "$2" ]; then
                printf '%s\t%s\n' "$name" "$opts"
                return
            fi
        done < <(guest_cases "$1" "$name")
    done
    printf '%s\t\n' "$2"
}

# guest_stdin DIR NAME: the file a program's stdin comes from:
# DIR/NAME.stdin when it exists, else /dev/null.
guest_stdin() {
    if [ -f "$1/$2.stdin" ]; then
        printf '%s\n' "$1/$2.stdin"
    else
        printf '/dev/null\n'
    fi
}

# guest_image DIR NAME E: "HOW<TAB>IMAGE", how both emulators run the
# program NAME built for byte order E (be, le): "-bios" and its raw image
# out/NAME-E.bin, or for a program booted by a firmware as a kernel
# (DIR/NAME.kernel exists; it says which firmware, e.g. x-vof=on in
# NAME.args) "-kernel" and its ELF out/NAME-E.elf.
guest_image() {
    if [ -f "$1/$2.kernel" ]; then
        printf -- '-kernel\t%s\n' "$1/out/$2-$3.elf"
    else
        printf -- '-bios\t%s\n' "$1/out/$2-$3.bin"
    fi
}
