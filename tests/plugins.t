#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP: the bundled plugins (plugins/contrib) and the test plugins
# (tests/plugins) on guest programs with exactly known behaviour
# (tests/guest/plugin-loop.S, plugin-modify.S), both byte orders, and
# the loader's error lines. Expected numbers are derived from the guest
# source by hand (see the comments), never from farad.
# Plugins are found next to $FARAD_BIN: <builddir>/plugins/lib*.so and
# <builddir>/tests/libtp-*.so.
set -u
ROOT=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
FARAD=${FARAD_BIN:-$ROOT/build/farad}
BUILD=$(dirname "$FARAD")
P=$BUILD/plugins
T=$BUILD/tests
G=$ROOT/tests/guest/out
NM=powerpc64-linux-gnu-nm
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

n=0
check() {  # status description
    n=$((n + 1))
    if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}
has() {  # file pattern (fixed string)
    grep -qF -- "$2" "$1"
}
sym() {  # program endian symbol
    $NM "$G/$1-$2.elf" | awk -v s="$3" '$3 == s { print "0x" $1 }'
}
hex() { printf '0x%016x' "$1"; }
run() {  # name: farad args..., stdout in $TMP/name.out, stderr in .err
    local name=$1; shift
    "$FARAD" -M pseries-2.8 -nographic "$@" >"$TMP/$name.out" 2>"$TMP/$name.err"
    echo $? >"$TMP/$name.rc"
}

echo "1..$((2 * 23 + 11))"
for e in be le; do
    bin=$G/plugin-loop-$e.bin
    cb=$(sym plugin-loop $e count_begin); ce=$(sym plugin-loop $e count_end)
    sb=$(sym plugin-loop $e stride_begin); se=$(sym plugin-loop $e stride_end)

    # insn: count_begin..count_end runs li, mtctr, 1000 x (addi, bdnz),
    # blr = 2003 instructions
    run insn -bios "$bin" -plugin "$P/libinsn.so,range=$cb-$ce"
    check $? "$e insn: run"
    has "$TMP/insn.err" "total insns 2003"; check $? "$e insn: loop region counts 2003"

    # the whole run: the plugin's count equals farad's own
    run all -bios "$bin" -plugin "$P/libinsn.so"
    t=$(awk '/^total insns/ {print $3}' "$TMP/all.err")
    f=$(awk '/^farad icount/ {print $3}' "$TMP/all.err")
    [ -n "$t" ] && [ "$t" = "$f" ]; check $? "$e insn: total $t = farad icount $f"
    # callback mode counts the same
    run cb -bios "$bin" -plugin "file=$P/libinsn.so,inline=off"
    has "$TMP/cb.err" "cpu 0 insns $t"; check $? "$e insn: inline=off gives $t too"
    # -max-insns: both stop at exactly N
    run lim -bios "$bin" -max-insns 1500 -plugin "$P/libinsn.so"
    has "$TMP/lim.err" "total insns 1500" && has "$TMP/lim.err" "after 1500 instructions"
    check $? "$e insn: -max-insns 1500 counted exactly"

    # hotblocks: the loop body (addi, bdnz at count_begin+8) is a block
    # entered 1000 times; its head block (li, mtctr) once
    run hot -bios "$bin" -plugin "$P/libhotblocks.so,range=$cb-$ce"
    has "$TMP/hot.err" "block $(hex $((cb + 8))) insns 2 count 1000"
    check $? "$e hotblocks: loop block x1000"
    has "$TMP/hot.err" "block $(hex $cb) insns 2 count 1"; check $? "$e hotblocks: head block x1"
    has "$TMP/hot.err" "bdnz"; check $? "$e hotblocks: disassembly shown"
    # with -kernel the ELF's symbols name the blocks (nm: count_begin is the
    # nearest label below the loop body)
    run hotk -bios none -kernel "$G/plugin-loop-$e.elf" -plugin "$P/libhotblocks.so,range=$cb-$ce"
    has "$TMP/hotk.err" "block $(hex $((cb + 8))) insns 2 count 1000 in count_begin"
    check $? "$e hotblocks: -kernel ELF symbols name the loop block"

    # execlog: one line per instruction of the region, with effects
    run log -bios "$bin" -plugin "$P/libexeclog.so,range=$cb-$ce"
    c=$(grep -c '^0, 0x' "$TMP/log.err")
    [ "$c" = 2003 ]; check $? "$e execlog: 2003 lines (got $c)"
    grep -q "\"li r5, 0x3e8\", r5=0x3e8" "$TMP/log.err"; check $? "$e execlog: li r5 shows r5=0x3e8"
    grep -q "\"bdnz .*ctr=0x3e7" "$TMP/log.err"; check $? "$e execlog: first bdnz shows ctr=0x3e7"
    run logc -bios "$bin" -plugin "$P/libexeclog.so,count=10"
    c=$(grep -c '^0, 0x' "$TMP/logc.err")
    [ "$c" = 10 ]; check $? "$e execlog: count=10 gives 10 lines"

    # howvec over the loop region: integer li + 1000 addi, system mtctr,
    # branch 1000 bdnz + blr
    run how -bios "$bin" -plugin "$P/libhowvec.so,range=$cb-$ce"
    grep -Eq "^class integer +1001 " "$TMP/how.err" &&
    grep -Eq "^class branch +1001 " "$TMP/how.err" &&
    grep -Eq "^class system +1 " "$TMP/how.err" && has "$TMP/how.err" "total 2003"
    check $? "$e howvec: 1001 integer, 1001 branch, 1 system"

    # cache, 1 KiB 2-way 64-byte blocks (8 sets), only the stride code:
    # 4 passes over 8 blocks = 32 loads, 8 misses (cold); then 2 passes
    # over 24 blocks (3 per set, LRU 2-way) = 48 loads, 48 misses.
    # Fetches: 3 + 4 x 30 + 2 + 2 x 78 + 1 = 282 instructions, missing
    # once per 64-byte block of the code.
    iblocks=$(( (se - 1) / 64 - sb / 64 + 1 ))
    run cache -bios "$bin" -plugin "$P/libcache.so,dcachesize=1024,dassoc=2,dblksize=64,icachesize=1024,iassoc=2,iblksize=64,pcrange=$sb-$se"
    has "$TMP/cache.err" "dcache accesses 80 misses 56 "; check $? "$e cache: dcache 80 accesses 56 misses"
    has "$TMP/cache.err" "icache accesses 282 misses $iblocks "; check $? "$e cache: icache 282 fetches $iblocks misses"

    # mem: the trace shows the 80 stride loads, each 8 bytes
    run mem -bios "$bin" -plugin "$P/libmem.so,trace=on"
    c=$(perl -ne 'if (/^0, pc (0x[0-9a-f]+), load 8 /) { $k++ if hex($1) >= '"$((sb))"' && hex($1) < '"$((se))"' } END { print $k + 0 }' "$TMP/mem.err")
    [ "$c" = 80 ]; check $? "$e mem: 80 traced stride loads (got $c)"
    l=$(grep -c '^0, pc .*, load ' "$TMP/mem.err"); s=$(grep -c '^0, pc .*, store ' "$TMP/mem.err")
    has "$TMP/mem.err" "mem loads $l stores $s "; check $? "$e mem: totals match the trace ($l/$s)"

    # hcall: 7 H_SET_SPRG0 and the runtime's RTAS power-off
    run hc -bios "$bin" -plugin "$P/libhcall.so"
    has "$TMP/hc.err" "hcall H_SET_SPRG0 (0x24) count 7"; check $? "$e hcall: H_SET_SPRG0 x7"
    has "$TMP/hc.err" "rtas power-off count 1"; check $? "$e hcall: rtas power-off x1"

    # several plugins at once
    run two -bios "$bin" -plugin "$P/libinsn.so,range=$cb-$ce" -plugin "$P/libhcall.so"
    has "$TMP/two.err" "total insns 2003" && has "$TMP/two.err" "count 7"
    check $? "$e two plugins at once"

    # writes from an execution callback are seen at once
    mb=$G/plugin-modify-$e.bin
    run mod0 -bios "$mb"
    has "$TMP/mod0.out" "exit 1014"; check $? "$e modify: unmodified program returns 1014"
    run mod -bios "$mb" -plugin "$T/libtp-modify.so,target=$(sym plugin-modify $e mod_target),patch=$(sym plugin-modify $e mod_patch),skip=$(sym plugin-modify $e mod_skip),word=$(sym plugin-modify $e mod_word)"
    has "$TMP/mod.out" "exit 242"; check $? "$e modify: register, memory, code and pc writes seen (242)"
done

# bad input: one error line, exit status 1
bad() {  # description expected-text farad-args...
    local what=$1 want=$2; shift 2
    run bad -bios "$G/plugin-loop-be.bin" "$@"
    [ "$(cat "$TMP/bad.rc")" = 1 ] && [ "$(wc -l <"$TMP/bad.err")" = 1 ] &&
        has "$TMP/bad.err" "$want"
    check $? "bad input: $what"
    [ -s "$TMP/bad.out" ] && sed 's/^/# out: /' "$TMP/bad.out"
    [ "$(wc -l <"$TMP/bad.err")" = 1 ] || sed 's/^/# err: /' "$TMP/bad.err" | head -5
}
bad "wrong API version" "plugin API version 42 is not supported (this farad supports versions 1 to 2)" \
    -plugin "$T/libtp-badver.so"
bad "version error names the file" "$T/libtp-badver.so" -plugin "$T/libtp-badver.so"
bad "missing file" "$TMP/none.so: no such file" -plugin "$TMP/none.so"
bad "missing install symbol" "no farad_plugin_install function" -plugin "$T/libtp-nosym.so"
bad "install error" "install failed (returned 7)" -plugin "$T/libtp-fail.so"
bad "bad plugin argument" "unknown option 'bogus=1'" -plugin "$P/libinsn.so,bogus=1"
bad "bad plugin value" "bad value in 'range=9-1'" -plugin "$P/libhowvec.so,range=9-1"
bad "bad -plugin syntax" "expected key=value" -plugin "$P/libinsn.so,junk"
bad "not a shared object" "cannot load" -plugin "$ROOT/tests/plugins.t"
bad "install error stops start-up" "-plugin" -plugin "$P/libinsn.so" -plugin "$T/libtp-fail.so,why=no thanks"
# issue 13: a machine that cannot start after the plugins loaded prints its
# error alone: nothing ran, so no plugin report (it printed before the error)
run startfail -plugin "$P/libinsn.so" -bios "$TMP/none.bin"
[ "$(cat "$TMP/startfail.rc")" = 1 ] && [ ! -s "$TMP/startfail.out" ] &&
    [ "$(wc -l <"$TMP/startfail.err")" = 1 ] &&
    has "$TMP/startfail.err" "farad: could not load '$TMP/none.bin'"
check $? "start-up error after -plugin: the error line alone"
