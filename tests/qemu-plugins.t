#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP: plugins written for QEMU's plugin API (tests/qemu-plugins/*.c,
# built once against farad's plugins/qemu/qemu-plugin.h) run unchanged
# in qemu-system-ppc64 7.2 and in farad with the same command line
#   -M pseries-7.2 -m 512M -nodefaults -nographic -serial stdio
#   -bios PROG.bin -plugin ./libq*.so -d plugin -D LOG
# and their outputs must be equal. The expected values are QEMU's.
# What is compared:
#  - insn (inline counter, per-address execution counts): all of it;
#  - bb: the instructions summed over executed blocks and the vCPU lines;
#    not the block count: QEMU ends translation blocks at other places
#    than farad does (docs/plugins.md, "QEMU plugins"). In a program
#    taking exceptions in the middle of blocks (marked :x) the
#    sum counts the rest of each interrupted block, which depends on
#    where blocks end: there only the vCPU lines are compared (:e: the
#    sums still agree with QEMU's, but exceed the instruction count);
#  - cache: the access counts and kinds (loads, stores, bytes, sign
#    extension, byte order, I/O), the I-cache misses; not the D-cache
#    misses, since QEMU's device tree (which the programs read) is laid
#    out differently from farad's;
#  - execlog: every executed instruction (address, bytes, disassembly)
#    and every data access (kind, size, byte order, addresses), with
#    addresses inside the device tree replaced by FDT for the same reason;
#  - the version-4 plugin (v4.c, farad only) against QEMU's numbers from
#    the version-1 plugins: scoreboard totals (instructions per insn and
#    per block, memory accesses), and its conditional callback at the
#    1000th instruction: PC read as a register, bytes read from memory and
#    copied at translation, equal to line 1000 of QEMU's execution log;
#    QEMU 7.2 refuses it with its own version message;
#  - the life-cycle plugin (life.c): install info, vCPU callbacks, option
#    parsing, user-mode-only queries, and a reset (or an uninstall) from
#    an execution callback: the same lines in both;
#  - the refusal of a plugin declaring API version 999 or none (QEMU's
#    messages),
#    of a failing install, and that without -d plugin nothing is shown.
# The programs are ones whose execution does not depend on host timing.
# Not here: mem-amo, whose compare-and-swap-not-equal and fetch-and-
# increment-bounded (lwat/ldat function codes that leave memory as it
# is) QEMU 7.2 reports as storing anyway (docs/plugins.md).
# Skips (README) when qemu-system-ppc64 is not installed.
set -u
ROOT=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
FARAD=${FARAD_BIN:-$ROOT/build/farad}
QEMU=${QEMU:-qemu-system-ppc64}
G=$ROOT/tests/guest/out
# The plugins QEMU loads must not need a sanitizer runtime: prefer the
# release build's copy (build.sh builds both); else the one next to farad.
P=$ROOT/build/tests/qemu-plugins
[ -f "$P/libqinsn.so" ] || P=$(dirname "$FARAD")/tests/qemu-plugins
PROGS="hello-be asm-basic-le intmath-be mem-ops-be:x strings-le demo-le mmu-hash-be:e mmu-radix-le:x"

if ! command -v "$QEMU" >/dev/null 2>&1; then
    echo "1..0 # SKIP $QEMU is not installed"
    exit 0
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

n=0
check() {  # status description
    n=$((n + 1))
    if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}
# run TAG PROG ARGS...: both emulators; logs in $TMP/{q,f}.TAG.log,
# stderr in .err, exit status in .rc
run() {
    local tag=$1 prog=$2; shift 2
    local common=(-M pseries-7.2 -m 512M -nodefaults -nographic -serial stdio
                  -bios "$G/$prog.bin")
    timeout 60 "$QEMU" "${common[@]}" "$@" -D "$TMP/q.$tag.log" \
        </dev/null >"$TMP/q.$tag.out" 2>"$TMP/q.$tag.err"
    echo $? >"$TMP/q.$tag.rc"
    timeout 60 "$FARAD" "${common[@]}" "$@" -D "$TMP/f.$tag.log" \
        </dev/null >"$TMP/f.$tag.out" 2>"$TMP/f.$tag.err"
    echo $? >"$TMP/f.$tag.rc"
}
# same TAG FILTER: the filtered logs are equal (and not empty)
same() {
    local tag=$1 filter=$2
    eval "$filter" <"$TMP/q.$tag.log" >"$TMP/q.$tag.cmp"
    eval "$filter" <"$TMP/f.$tag.log" >"$TMP/f.$tag.cmp"
    if [ -s "$TMP/q.$tag.cmp" ] && cmp -s "$TMP/q.$tag.cmp" "$TMP/f.$tag.cmp"; then
        return 0
    fi
    diff "$TMP/q.$tag.cmp" "$TMP/f.$tag.cmp" | head -5 | sed 's/^/# /'
    return 1
}

set -- $PROGS
echo "1..$((4 * $# + 6 + 2 * 3 + 2 + 1 + 1))"
for spec in $PROGS; do
    prog=${spec%:[ex]}
    drop='^blocks:'
    [ "${spec%:x}" = "$spec" ] || drop='^blocks:\|^bb insns:'
    run "$prog" "$prog" -plugin "$P/libqinsn.so,addr=on" -plugin "$P/libqbb.so" \
        -plugin "$P/libqcache.so" -d plugin
    same "$prog" "grep -v -e '$drop' -e '^dcache'"
    check $? "$prog: insn (total, per address), bb, cache accesses equal"
    same "$prog" "grep -e '^dcache' | sed 's/ misses.*//'"
    check $? "$prog: D-cache access count equal"
    if [ "$spec" = "$prog" ]; then
        grep -q '^insns: [1-9]' "$TMP/f.$prog.log" &&
            [ "$(grep '^insns:' "$TMP/f.$prog.log" | cut -d' ' -f2)" = \
              "$(grep '^bb insns:' "$TMP/f.$prog.log" | cut -d' ' -f3)" ]
        check $? "$prog: per-insn and per-block instruction totals agree"
    else
        # interrupted blocks count whole: the sum exceeds the total
        [ "$(grep '^insns:' "$TMP/f.$prog.log" | cut -d' ' -f2)" -lt \
          "$(grep '^bb insns:' "$TMP/f.$prog.log" | cut -d' ' -f3)" ]
        check $? "$prog: per-block sum exceeds the instruction total"
    fi
    run "$prog.x" "$prog" -plugin "$P/libqexeclog.so,count=20000" -d plugin
    same "$prog.x" "sed 's/0x[0-9a-f]*1fe[0-9a-f]\{5\}\b/FDT/g'"
    check $? "$prog: execution log (instructions, accesses) equal"
done

# the later API versions (farad only), checked against QEMU's runs above
for prog in intmath-be asm-basic-le; do
    run "$prog.v4" "$prog" -plugin "$P/libqv4.so,at=1000" -d plugin
    q=$TMP/q.$prog.log f=$TMP/f.$prog.v4.log
    qi=$(sed -n 's/^insns: //p' "$q")
    qm=$(sed -n 's/^loads \([0-9]*\) stores \([0-9]*\) .*/\1 + \2/p' "$q")
    [ -n "$qi" ] && grep -qx "v4 insns: $qi" "$f" &&
        grep -qx "v4 tb insns: $qi" "$f" &&
        grep -qx "v4 mem: $((qm))" "$f" && grep -qx "v4 vcpus: 1" "$f"
    check $? "$prog: version-4 scoreboards count as QEMU's version-1 plugins"
    line=$(grep '^0, 0x' "$TMP/q.$prog.x.log" | sed -n 1000p)
    addr=$(echo "$line" | cut -d' ' -f2 | tr -d ,)
    word=$(echo "$line" | cut -d' ' -f3 | tr -d ,)
    [ -n "$word" ] &&
        grep -qx "at 1000 vcpu 0: pc $addr memory $word data $word" "$f"
    check $? "$prog: conditional callback at insn 1000: PC, memory, insn data"
    # (QEMU binds the plugin's symbols at load: a version-4 function
    # it lacks stops it before the version check)
    [ "$(cat "$TMP/q.$prog.v4.rc")" = 1 ] &&
        grep -q '^qemu-system-ppc64: Could not load plugin .*libqv4.so: ' \
            "$TMP/q.$prog.v4.err"
    check $? "$prog: QEMU 7.2 refuses the version-4 plugin"
done

# reset and uninstall from an execution callback
run life hello-be -plugin "$P/libqlife.so,stop=500" -d plugin
same life cat && grep -qx 'reset done' "$TMP/f.life.log" &&
    ! grep -q 'first atexit' "$TMP/f.life.log"
check $? "life cycle with a reset: the same lines"
run life.u hello-be -plugin "$P/libqlife.so,stop=500,uninstall=on" -d plugin
same life.u cat && grep -q '^uninstalled' "$TMP/f.life.u.log" &&
    ! grep -q 'atexit\|^stopped' "$TMP/f.life.u.log"
check $? "life cycle with an uninstall: the same lines"

# the version check, with QEMU's message after the program name (but
# the newest version farad implements, 4, where QEMU 7.2 says 1)
run badver hello-be -plugin "$P/libqbadver.so" -d plugin
sed 's/^[^:]*: //; s/version [0-9]*$/version N/' "$TMP/q.badver.err" >"$TMP/q.badver.msg"
sed 's/^[^:]*: //; s/version [0-9]*$/version N/' "$TMP/f.badver.err" >"$TMP/f.badver.msg"
grep -q 'plugin requires API version 999, but this QEMU supports only up to version 4$' \
    "$TMP/f.badver.err" && cmp -s "$TMP/q.badver.msg" "$TMP/f.badver.msg"
check $? "API version 999 refused with QEMU's message"
[ "$(cat "$TMP/f.badver.rc")" = 1 ] && [ "$(cat "$TMP/q.badver.rc")" = 1 ] &&
    [ "$(wc -l <"$TMP/f.badver.err")" = 1 ]
check $? "API version 999: exit status 1, one line"

# idle/resume (farad only: QEMU's follow host timing): one each per
# H_CEDE, as farad's own hcall plugin counts them (vpa-dispatch cedes 4
# times, tests/guest/vpa-dispatch.c)
"$FARAD" -M pseries-7.2 -m 512M -nodefaults -nographic -serial stdio \
    -bios "$G/vpa-dispatch-be.bin" -d plugin -D "$TMP/idle.log" \
    -plugin "$P/libqlife.so,idle=on,stop=1000000000" \
    -plugin "$(dirname "$FARAD")/plugins/libhcall.so" </dev/null >/dev/null 2>&1
grep -qx 'hcall H_CEDE (0xe0) count 4' "$TMP/idle.log" &&
    grep -qx 'idle: 4' "$TMP/idle.log" && grep -qx 'resume: 4' "$TMP/idle.log"
check $? "vCPU idle and resume callbacks: one each per H_CEDE"

# no qemu_plugin_version: QEMU's message (with GModule's reason)
run nover hello-be -plugin "$P/libqnover.so"
sed 's/^qemu-system-ppc64: //' "$TMP/q.nover.err" >"$TMP/q.nover.msg"
sed 's/^farad: //' "$TMP/f.nover.err" >"$TMP/f.nover.msg"
cmp -s "$TMP/q.nover.msg" "$TMP/f.nover.msg" &&
    grep -q 'plugin does not declare API version' "$TMP/f.nover.msg" &&
    [ "$(cat "$TMP/f.nover.rc")" = 1 ]
check $? "no qemu_plugin_version: refused as QEMU does"

# a failing install: the plugin's own line, then QEMU's
run badopt hello-be -plugin "$P/libqinsn.so,bogus=1"
sed 's/^qemu-system-ppc64: //' "$TMP/q.badopt.err" >"$TMP/q.badopt.msg"
sed 's/^farad: //' "$TMP/f.badopt.err" >"$TMP/f.badopt.msg"
cmp -s "$TMP/q.badopt.msg" "$TMP/f.badopt.msg" &&
    grep -q 'qemu_plugin_install returned error code -1' "$TMP/f.badopt.msg"
check $? "failing install reported as QEMU does"

# without -d plugin, qemu_plugin_outs shows nothing; the guest still runs
run quiet hello-be -plugin "$P/libqinsn.so"
[ ! -s "$TMP/f.quiet.log" ] && ! grep -q insns "$TMP/f.quiet.err" &&
    grep -q hello "$TMP/f.quiet.out" && [ "$(cat "$TMP/f.quiet.rc")" = 0 ]
check $? "no -d plugin: no plugin output"

# -d plugin without -D: the output goes to stderr
"$FARAD" -M pseries-7.2 -m 512M -nodefaults -nographic -serial stdio \
    -bios "$G/hello-be.bin" -plugin "$P/libqinsn.so" -d plugin \
    </dev/null >"$TMP/stderr.out" 2>"$TMP/stderr.err"
grep -qx "$(grep '^insns:' "$TMP/q.hello-be.log")" "$TMP/stderr.err"
check $? "-d plugin without -D: output on stderr"

# inline=off (execution callbacks) counts what inline counters count
run cb intmath-be -plugin "$P/libqinsn.so,inline=off" -d plugin
grep -qx "$(grep '^insns:' "$TMP/q.intmath-be.log")" "$TMP/f.cb.log"
check $? "insn callbacks count as inline counters do"
