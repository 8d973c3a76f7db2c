#!/usr/bin/env bash
# farad's one entry point.
#   ./build.sh deps    install what is missing (apt-get; prints the command when not root)
#   ./build.sh build   release build in build/, sanitizer build in build-san/, guest programs
#   ./build.sh test    deps + build, then every TAP test under prove
#   ./build.sh bench   deps + build, then the benchmark workloads on build/farad,
#                      SLOF and a Linux boot (farad vs qemu-system-ppc64)
#   ./build.sh pgo     deps + build, then a profile-guided release build in
#                      build-pgo/ (gcc, trained on the bench workloads and SLOF)
#                      and the benchmark on it
#   ./build.sh run     deps + build, then Debian's Linux to a busybox shell (the
#                      bare-metal demo when the kernel cannot be fetched)
#   ./build.sh fuzz [SECONDS]  the libFuzzer targets (clang, build-fuzz/) for
#                      SECONDS in all (default 600), shared among them;
#                      findings in build-fuzz/findings/ (docs/fuzzing.md)
# Guest software is downloaded once into guest-cache/ (not committed;
# tests/linux/fetch-guest.sh): Debian's ppc64el kernel and busybox-static
# (run, tests/linux.t) and the Debian 12 installer,
# debian-installer-12-netboot-ppc64el with its CD-ROM and disk drivers
# (tests/linux-installer.t).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

PACKAGES=(gcc meson ninja-build pkg-config libglib2.0-dev libsqlite3-dev
          libcapstone-dev libfdt-dev device-tree-compiler libslirp-dev
          gcc-powerpc64-linux-gnu gcc-powerpc64le-linux-gnu
          binutils-powerpc64-linux-gnu qemu-system-ppc qemu-user qemu-utils
          gdb-multiarch perl python3 capstone-tool sqlite3 cpio xz-utils
          clang clang-14 libclang-rt-14-dev git make ca-certificates
          e2fsprogs genisoimage)
# clang (the `clang` command) is Debian's default, clang-14 in bookworm;
# libclang-rt-14-dev carries libFuzzer and the sanitizer runtimes that
# build-fuzz/ links (named explicitly, not through the meta-packages);
# git, make and ca-certificates (https) fetch and build kvm-unit-tests
# (tests/kut/fetch.sh); qemu-utils (qemu-img, qemu-io) makes the qcow2
# images the block layer's tests read (tests/unit/test-block.c);
# e2fsprogs (mke2fs -d) makes tests/virtio.t's ext4 image
# genisoimage makes the CD-ROM images of tests/vscsi.t and tests/linux-installer.t

missing_packages() {
    local p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
    done
}

cmd_deps() {
    local missing
    missing=$(missing_packages | tr '\n' ' ')
    [ -z "${missing// }" ] && return 0
    if [ "$(id -u)" != 0 ]; then
        echo "build.sh: missing packages; run as root:" >&2
        echo "  apt-get update && apt-get install -y $missing" >&2
        return 1
    fi
    echo "build.sh: installing $missing" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >&2
}

# A build directory is set up once; when the arguments it was set up with
# change (farad-setup-args), it is set up again from scratch.
setup_dir() {  # dir, extra meson args...
    local dir=$1; shift
    if [ -f "$dir/build.ninja" ] && [ "$(cat "$dir/farad-setup-args" 2>/dev/null)" != "$*" ]; then
        rm -rf "$dir"
    fi
    if [ ! -f "$dir/build.ninja" ]; then
        meson setup "$dir" "$@" >/dev/null
        echo "$*" > "$dir/farad-setup-args"
    fi
}

# in_parallel CMD...: runs each command (a string, run by bash) in the
# background and waits for all; fails when any failed, naming it.
in_parallel() {
    local pids=() cmds=() c i failed=0
    for c in "$@"; do
        bash -c "$c" &
        pids+=($!)
        cmds+=("$c")
    done
    for i in "${!pids[@]}"; do
        if ! wait "${pids[$i]}"; then
            echo "build.sh: failed: ${cmds[$i]}" >&2
            failed=1
        fi
    done
    return $failed
}

# The build steps of cmd_build, as commands for in_parallel.
build_steps() {
    setup_dir build --buildtype=release
    # the sanitizer build is optimised (-O2 -g): the tests boot SLOF and
    # Linux on it, four times faster than at -O0 with the same checks
    setup_dir build-san --buildtype=debugoptimized -Db_sanitize=address,undefined -Db_lundef=false
    BUILD_STEPS=("ninja --quiet -C build" "ninja --quiet -C build-san"
                 "tests/guest/build-guests.sh")
}

# The release and sanitizer builds and the guest programs build side by
# side: each alone leaves a core idle in its serial stretches (links, the
# last large files).
cmd_build() {
    build_steps
    in_parallel "${BUILD_STEPS[@]}"
}

# The fuzz build: clang with ASan/UBSan, the library code instrumented
# for libFuzzer, the targets in fuzz/ (docs/fuzzing.md).
FUZZ_TARGETS=(loader cli snapshot qemu-stream gdb monitor replay)

fuzz_setup() {
    if [ ! -f build-fuzz/build.ninja ]; then
        CC=clang meson setup build-fuzz --buildtype=debug -Dfuzz=true \
            -Db_sanitize=address,undefined -Db_lundef=false -Dwerror=false \
            -Dc_args=-fsanitize=fuzzer-no-link >/dev/null
    fi
}

# The ninja command that builds every fuzz target (after fuzz_setup).
fuzz_ninja() {
    local t targets=()
    for t in "${FUZZ_TARGETS[@]}"; do
        targets+=("fuzz/fuzz-$t")
    done
    echo "ninja --quiet -C build-fuzz ${targets[*]}"
}

fuzz_build() {
    fuzz_setup
    bash -c "$(fuzz_ninja)"
}

# Every target for its share of SECONDS; new inputs collect in
# build-fuzz/corpus/TARGET, findings in build-fuzz/findings/.
cmd_fuzz() {
    local seconds=${1:-600}
    case $seconds in
        ''|*[!0-9]*) echo "usage: $0 fuzz [SECONDS]" >&2; exit 2 ;;
    esac
    cmd_deps
    fuzz_build
    local share=$((seconds / ${#FUZZ_TARGETS[@]}))
    [ "$share" -gt 0 ] || share=1
    local t failed=0
    for t in "${FUZZ_TARGETS[@]}"; do
        fuzz/run-target.sh build-fuzz/fuzz "$t" "$share" \
            "build-fuzz/corpus/$t" build-fuzz/findings || failed=1
    done
    if [ $failed -ne 0 ]; then
        echo "build.sh fuzz: findings in build-fuzz/findings/" >&2
        return 1
    fi
}

# Debian's kernel, busybox initramfs and installer for tests/linux*.t
# and boot.t (tests/linux/fetch-guest.sh), and kvm-unit-tests for
# tests/kut.t (tests/kut/fetch.sh); nothing is fetched again once in
# guest-cache/. Failure is no error here: the tests skip saying why.
fetch_guest() {
    { tests/linux/fetch-guest.sh kernel && tests/linux/make-initramfs.sh
      tests/linux/fetch-guest.sh installer
      tests/kut/fetch.sh; } >/dev/null 2>&1 || true
}

cmd_test() {
    cmd_deps
    # everything the tests need builds side by side, while the guest
    # software downloads (the network, not the cores)
    build_steps
    fuzz_setup   # tests/fuzz.t: a short bounded run of every target
    in_parallel "${BUILD_STEPS[@]}" "$(fuzz_ninja)" \
        "$(declare -f fetch_guest); fetch_guest"
    # Unit tests run from the sanitizer build; guest tests use it too.
    export FARAD_BIN=$ROOT/build-san/farad FARAD_SRC=$ROOT
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
    # the longest tests start first, so the two jobs end close together
    # (CPU seconds each, measured 2026-12-07 on a loaded machine: linux
    # 195, snapshot-crash 122 in two workers, insn-live 96, linux-installer
    # 77 with its device check, snapshot 60, slof 67, replay 27, boot 25 with
    # its Linux boot; guest.t runs its programs two at a time)
    local slow=(tests/linux.t tests/snapshot-crash.t tests/insn-live.t
                tests/linux-installer.t tests/slof.t tests/snapshot.t
                tests/replay.t tests/boot.t tests/guest.t)
    local tests=("${slow[@]}")
    for t in build-san/tests/test-*; do
        [ -f "$t" ] && [ -x "$t" ] && tests+=("$t")
    done
    for t in tests/*.t; do
        [[ -f $t && " ${slow[*]} " != *" $t "* ]] && tests+=("$t")
    done
    prove -j2 -e '' "${tests[@]}" :: --tap
}

cmd_bench() {
    cmd_deps
    cmd_build
    tests/bench/run-bench.sh "$ROOT/build/farad"
}

# The profile-guided release build (build-pgo/, not the default: measured
# in docs/interpreter.md): an instrumented build runs the bench workloads
# (big-endian) and SLOF's first 1e9 instructions, then the same directory
# builds again with the profiles (-fprofile-use).
pgo_build() {
    local w
    setup_dir build-pgo --buildtype=release -Db_pgo=generate
    meson configure build-pgo -Db_pgo=generate >/dev/null
    find build-pgo -name '*.gcda' -delete
    ninja --quiet -C build-pgo farad
    for w in intloop sort sorthash vm fp; do
        build-pgo/farad -M pseries-7.2 -m 512M -nodefaults -nographic \
            -serial stdio -bios "tests/bench/out/$w-be.bin" </dev/null >/dev/null
    done
    # -max-insns stops with exit status 3
    local rc=0
    build-pgo/farad -M pseries-7.2 -m 512M -nographic -max-insns 1000000000 \
        </dev/null >/dev/null || rc=$?
    [ "$rc" = 3 ] || { echo "build.sh: SLOF's training run exited $rc" >&2; return 1; }
    meson configure build-pgo -Db_pgo=use >/dev/null
    ninja --quiet -C build-pgo farad
}

cmd_pgo() {
    cmd_deps
    cmd_build
    pgo_build
    tests/bench/run-bench.sh "$ROOT/build-pgo/farad"
}

# The bare-metal demo (tests/guest/demo.c), both byte orders.
run_bare_metal() {
    echo "== farad: booting the bundled demo (tests/guest/demo.c) on pseries-7.2, big-endian"
    build/farad -M pseries-7.2 -m 512M -nographic -bios tests/guest/out/demo-be.bin
    echo "== and the same program built little-endian"
    build/farad -M pseries-7.2 -m 512M -nographic -bios tests/guest/out/demo-le.bin
}

# Debian's ppc64el kernel through SLOF to a busybox shell (interactive on
# a terminal; otherwise a scripted session that powers off), with the
# instruction count and time, and QEMU's time for the same boot.
run_linux() {
    # QEMU's own command line: pseries (= pseries-7.2) boots through its
    # default firmware, SLOF; the kernel picks radix and XIVE at CAS
    local args=(-M pseries -m 1G -nodefaults -nographic -serial stdio
                -kernel guest-cache/vmlinux -initrd guest-cache/initrd.cpio.gz)
    local mode=" farad.demo=auto"
    [ -t 0 ] && mode=""
    echo "== farad: Debian's ppc64el Linux ($(grep -o 'linux-image-[^_]*_[^_]*' guest-cache/VERSION)) through SLOF on pseries-7.2 (POWER9, radix MMU, XIVE) to a busybox shell"
    local t0 t1 stats
    stats=$(mktemp)
    t0=$(date +%s.%N)
    FARAD_STATS=1 build/farad "${args[@]}" -append "console=hvc0 quiet$mode" 2> "$stats"
    t1=$(date +%s.%N)
    grep -v "farad: icount" "$stats" >&2 || true
    local icount
    icount=$(sed -n 's/^farad: icount //p' "$stats")
    rm -f "$stats"
    awk -v a="$t0" -v b="$t1" -v n="$icount" 'BEGIN {
        printf "== farad: %s guest instructions in %.1f s (%.0f MIPS)\n", n, b - a, n / (b - a) / 1e6 }'
    if [ -z "$mode" ] || ! command -v qemu-system-ppc64 >/dev/null; then
        return 0
    fi
    t0=$(date +%s.%N)
    qemu-system-ppc64 "${args[@]}" -append "console=hvc0 quiet$mode" < /dev/null > /dev/null 2>&1 || true
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "== qemu-system-ppc64 (TCG) for the same boot: %.1f s\n", b - a }'
}

cmd_run() {
    cmd_deps
    cmd_build
    if tests/linux/fetch-guest.sh && tests/linux/make-initramfs.sh &&
            [ -f /usr/share/qemu/slof.bin ]; then
        run_linux
    else
        echo "== (Debian's ppc64el kernel could not be fetched: offline? The bare-metal demo instead.)"
        run_bare_metal
    fi
}

case "${1:-}" in
    deps) cmd_deps ;;
    build) cmd_deps; cmd_build ;;
    test) cmd_test ;;
    bench) cmd_bench ;;
    pgo) cmd_pgo ;;
    run) cmd_run ;;
    fuzz) cmd_fuzz "${2:-600}" ;;
    *) echo "usage: $0 deps|build|test|bench|pgo|run|fuzz [SECONDS]" >&2; exit 2 ;;
esac
