#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP: research outputs. The bbv plugin (SimPoint basic-block vectors),
# farad-snap DB simpoint (snapshots at chosen intervals) and the champsim
# plugin (ChampSim binary trace), on tests/research/bbv-loop.S, a raw
# guest whose control flow is known from its source. Expected values
# come from a Python model of that source (the block sequence below),
# from nm/objdump of the assembled guest and from the ISA, never from
# farad. Plugins are found next to $FARAD_BIN (<builddir>/plugins).
set -u
ROOT=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
FARAD=${FARAD_BIN:-$ROOT/build/farad}
BUILD=$(dirname "$FARAD")
SNAP=$BUILD/farad-snap
P=$BUILD/plugins
G=$ROOT/tests/guest/out
X=powerpc64-linux-gnu
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

n=0
check() {  # status description
    n=$((n + 1))
    if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}
# a fixed RTC base makes the machines of separate runs equal (state hashes)
M=(-M pseries-2.8 -m 256 -nographic -rtc base=2020-01-01T00:00:00)
run() {  # name farad-args...: stdout/stderr in $TMP/name.{out,err}, status in .rc
    local name=$1; shift
    "$FARAD" "${M[@]}" "$@" >"$TMP/$name.out" 2>"$TMP/$name.err"
    echo $? >"$TMP/$name.rc"
}

echo "1..29"

# the guest: a raw image at 0, entered at 0x100 (32-bit BE real mode)
$X-as -a64 -mbig -o "$TMP/b.o" "$ROOT/tests/research/bbv-loop.S" &&
    $X-ld -Ttext=0 -e _start -o "$TMP/b.elf" "$TMP/b.o" &&
    $X-objcopy -O binary "$TMP/b.elf" "$TMP/b.bin"
check $? "assemble tests/research/bbv-loop.S"
$X-nm "$TMP/b.elf" | awk '$2 == "T" { print $3, "0x" $1 }' >"$TMP/labels"
$X-objdump -d "$TMP/b.elf" >"$TMP/objdump"

# The model: the block sequence of bbv-loop.S, written from its source.
# A block is named by the label of its entry and has a length; `done`
# repeats forever. expand() gives the instruction addresses.
cat >"$TMP/model.py" <<'EOF'
import sys
lab = dict(l.split() for l in open(sys.argv[1]))
lab = {k: int(v, 16) for k, v in lab.items()}

def blocks():
    yield ('_start', 8)            # li li lis ori li mtctr addi bdnz
    r4 = 6
    while True:
        for _ in range(4):
            yield ('inner', 2)     # addi bdnz: 4 more inner iterations
        yield ('call', 1)          # bl func
        yield ('func', 4)          # stw lwz addi blr
        yield ('ret', 2)           # andi. bne
        if r4 & 1:
            yield ('odd', 1)       # b mid
            yield ('mid', 4)       # addi addi addic. bne
        else:
            yield ('run', 5)       # addi addi addi addic. bne
        r4 -= 1
        if r4 == 0:
            break
        yield ('outer', 4)         # li mtctr addi bdnz (falls into inner)
    yield ('exit', 1)              # b done
    while True:
        yield ('done', 1)

def bbv(total, interval):
    ids, lines, cur, t = {}, [], {}, 0
    for name, length in blocks():
        if t >= total:
            break
        i = ids.setdefault(name, len(ids) + 1)
        for _ in range(min(length, total - t)):
            cur[i] = cur.get(i, 0) + 1
            t += 1
            if t % interval == 0:
                lines.append(cur); cur = {}
    if cur:
        lines.append(cur)
    out = ''.join('T' + ''.join(':%d:%d ' % (k, c[k]) for k in sorted(c)) + '\n'
                  for c in lines)
    order = sorted(ids, key=ids.get)
    return out, ''.join('%d 0x%x 0x%x\n' % (ids[b], lab[b], lab[b]) for b in order)

def ips(total):
    out = []
    for name, length in blocks():
        for k in range(length):
            if len(out) == total:
                return out
            out.append(lab[name] + 4 * k)

if __name__ == '__main__':
    what = sys.argv[2]
    if what == 'bbv':
        lines, blk = bbv(int(sys.argv[3]), int(sys.argv[4]))
        sys.stdout.write(lines if sys.argv[5] == 'lines' else blk)
    elif what == 'ips':
        print('\n'.join('0x%x' % a for a in ips(int(sys.argv[3]))))
EOF
model() { python3 "$TMP/model.py" "$TMP/labels" "$@"; }

# ---- bbv ----
N=300
for I in 16 7; do
    run bbv$I -bios "$TMP/b.bin" -max-insns $N \
        -plugin "$P/libbbv.so,interval=$I,outfile=$TMP/b$I.bb,blocks=$TMP/b$I.blk"
    model bbv $N $I lines >"$TMP/want$I.bb"
    cmp -s "$TMP/b$I.bb" "$TMP/want$I.bb"
    check $? "bbv interval=$I: the $N-instruction run's lines equal the model's"
    if ! cmp -s "$TMP/b$I.bb" "$TMP/want$I.bb"; then
        diff "$TMP/want$I.bb" "$TMP/b$I.bb" | head -8 | sed 's/^/# /'
    fi
done
model bbv $N 16 blocks | cmp -s - "$TMP/b16.blk"
check $? "bbv blocks=: ids in first-entry order name the labels' addresses (mid, entered from odd, is its own block)"
run bbv16b -bios "$TMP/b.bin" -max-insns $N -plugin "$P/libbbv.so,interval=16,outfile=$TMP/b16b.bb"
cmp -s "$TMP/b16.bb" "$TMP/b16b.bb"
check $? "bbv: a second run is byte-identical"

# a whole run of a guest with the runtime (interrupt vectors, hcalls,
# power-off), plainly, recorded and replayed: the same bytes
L=$G/plugin-loop-be.bin
run pl1 -bios "$L" -plugin "$P/libbbv.so,interval=1000,outfile=$TMP/pl1.bb"
# the counts of each line add up to the interval (the last: the rest)
total=$(perl -ne 'while (/:\d+:(\d+) /g) { $t += $1 } END { print $t }' "$TMP/pl1.bb")
lines_ok=$(perl -ne '$t = 0; while (/:\d+:(\d+) /g) { $t += $1 } $bad++ if $t != 1000 && !eof; END { print $bad + 0 }' "$TMP/pl1.bb")
FARAD_STATS=1 "$FARAD" "${M[@]}" -bios "$L" >/dev/null 2>"$TMP/stats.err"
icount=$(awk '/^farad: icount/ { print $3 }' "$TMP/stats.err")
[ "$total" = "$icount" ] && [ "$lines_ok" = 0 ]
check $? "bbv: plugin-loop lines of 1000, counts total farad's icount ($total = $icount)"
rm -f "$TMP/pl.rr"
run plrec -bios "$L" -icount shift=0,rr=record,rrfile="$TMP/pl.rr" \
    -plugin "$P/libbbv.so,interval=1000,outfile=$TMP/plrec.bb"
run plrep -bios "$L" -icount shift=0,rr=replay,rrfile="$TMP/pl.rr" \
    -plugin "$P/libbbv.so,interval=1000,outfile=$TMP/plrep.bb"
[ -s "$TMP/pl1.bb" ] && cmp -s "$TMP/pl1.bb" "$TMP/plrec.bb" && cmp -s "$TMP/pl1.bb" "$TMP/plrep.bb" &&
    grep -q "replay: pass" "$TMP/plrep.err"
check $? "bbv: recorded and replayed runs give the plain run's bytes"
# a recording made without the plugin: its state must stay out of the
# machine state the replay checks
rm -f "$TMP/pl0.rr"
run plrec0 -bios "$L" -icount shift=0,rr=record,rrfile="$TMP/pl0.rr"
run plrep0 -bios "$L" -icount shift=0,rr=replay,rrfile="$TMP/pl0.rr" \
    -plugin "$P/libbbv.so,interval=1000,snapshot=off,outfile=$TMP/plrep0.bb"
cmp -s "$TMP/pl1.bb" "$TMP/plrep0.bb" && grep -q "replay: pass" "$TMP/plrep0.err"
check $? "bbv snapshot=off: replaying a recording made without it passes, same bytes"

run bad -bios "$L" -plugin "$P/libbbv.so,interval=0"
[ "$(cat "$TMP/bad.rc")" = 1 ] && [ "$(wc -l <"$TMP/bad.err")" = 1 ] &&
    grep -qF "bad value in 'interval=0'" "$TMP/bad.err"
check $? "bbv: interval=0 refused in one line"

# ---- farad-snap DB simpoint ----
# a hand-written SimPoint answer (Debian has no simpoint package)
printf '3 0\n9 1\n12 2\n' >"$TMP/b.simpoints"
printf '0.5 0\n0.25 1\n0.25 2\n' >"$TMP/b.weights"
"$SNAP" "$TMP/sp.db" simpoint "$TMP/b.simpoints" 16 --weights "$TMP/b.weights" -- \
    "${M[@]}" -bios "$TMP/b.bin" -plugin "$P/libbbv.so,interval=16,outfile=$TMP/sp.bb" \
    >"$TMP/sp.out" 2>"$TMP/sp.err"
[ $? = 0 ] && grep -qx "simpoint-0 icount 48" "$TMP/sp.out" &&
    grep -qx "simpoint-1 icount 144" "$TMP/sp.out" && grep -qx "simpoint-2 icount 192" "$TMP/sp.out"
check $? "simpoint: three snapshots reported at index x 16"
python3 - "$TMP/sp.db" >"$TMP/sp.rows" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for name, icount, note in db.execute(
        "SELECT name, icount, note FROM snapshot ORDER BY icount"):
    print(name, icount, note)
EOF
want_rows="simpoint-0 48 simpoint interval 3 (icount 48, length 16) cluster 0 weight 0.5
simpoint-1 144 simpoint interval 9 (icount 144, length 16) cluster 1 weight 0.25
simpoint-2 192 simpoint interval 12 (icount 192, length 16) cluster 2 weight 0.25"
[ "$(cat "$TMP/sp.rows")" = "$want_rows" ]
check $? "simpoint: each snapshot's stored icount is exact, notes carry interval, cluster, weight"
# the run stopped at the last point: its lines are the model's first 12
model bbv 192 16 lines | cmp -s - "$TMP/sp.bb"
check $? "simpoint: one pass, stopped at the last point (icount 192)"
ok=0
for c in 0 1 2; do
    idx=$(awk -v c=$c '$2 == c { print $1 }' "$TMP/b.simpoints")
    run ld$c -bios "$TMP/b.bin" -snapshot-db "$TMP/sp.db" -loadvm simpoint-$c \
        -max-insns $(( (idx + 1) * 16 )) -plugin "$P/libbbv.so,interval=16,outfile=$TMP/ld$c.bb"
    want=$(sed -n "$((idx + 1))p" "$TMP/want16.bb")
    if [ "$(cat "$TMP/ld$c.bb")" != "$want" ]; then
        ok=1
        echo "# simpoint-$c: got '$(cat "$TMP/ld$c.bb")' want '$want'"
    fi
done
check $ok "simpoint: loading each snapshot and running one interval writes that interval's line"

# the same from a replay: same snapshots (state hashes), same lines
rm -f "$TMP/b.rr"
run brec -bios "$TMP/b.bin" -max-insns $N -icount shift=0,rr=record,rrfile="$TMP/b.rr" \
    -plugin "$P/libbbv.so,interval=16,outfile=$TMP/brec.bb"
"$SNAP" "$TMP/sp2.db" simpoint "$TMP/b.simpoints" 16 -- "${M[@]}" -bios "$TMP/b.bin" \
    -icount shift=0,rr=replay,rrfile="$TMP/b.rr" \
    -plugin "$P/libbbv.so,interval=16,outfile=$TMP/sp2.bb" >"$TMP/sp2.out" 2>"$TMP/sp2.err"
[ $? = 0 ] && cmp -s "$TMP/b16.bb" "$TMP/sp2.bb" && grep -q "replay: pass" "$TMP/sp2.err"
check $? "simpoint over a replay: passes, lines identical to the plain run"
"$SNAP" "$TMP/sp.db" list | awk 'NR > 1 { print $2, $5, $7 }' >"$TMP/h1"
"$SNAP" "$TMP/sp2.db" list | awk 'NR > 1 { print $2, $5, $7 }' >"$TMP/h2"
[ -s "$TMP/h1" ] && cmp -s "$TMP/h1" "$TMP/h2"
check $? "simpoint over a replay: the snapshots' state hashes equal the plain run's"

# bad input: one line naming what and where
printf '3 0\nfour 1\n' >"$TMP/bad.simpoints"
"$SNAP" "$TMP/sp3.db" simpoint "$TMP/bad.simpoints" 16 -- "${M[@]}" -bios "$TMP/b.bin" \
    >/dev/null 2>"$TMP/e1"
[ $? = 2 ] && [ "$(wc -l <"$TMP/e1")" = 1 ] &&
    grep -qF "$TMP/bad.simpoints:2: expected 'INTERVAL_INDEX CLUSTER_ID'" "$TMP/e1"
check $? "simpoint: a malformed line is named by file and line"
printf '3 0\n' >"$TMP/far.simpoints"
"$SNAP" "$TMP/sp4.db" simpoint "$TMP/far.simpoints" 16 -- "${M[@]}" -bios "$L" \
    -max-insns 20 >/dev/null 2>"$TMP/e2"
[ $? = 1 ] && grep -qF "simpoint interval 3 (icount 48) was not reached: the run ended at icount 20" "$TMP/e2"
check $? "simpoint: a point the run never reaches is an error naming it"
printf '0.5 0\n' >"$TMP/w.weights"
"$SNAP" "$TMP/sp5.db" simpoint "$TMP/b.simpoints" 16 --weights "$TMP/w.weights" -- "${M[@]}" \
    -bios "$TMP/b.bin" >/dev/null 2>"$TMP/e3"
[ $? = 2 ] && grep -qF "$TMP/w.weights: no weight for cluster 1" "$TMP/e3"
check $? "simpoint: a cluster without a weight is named"

"$SNAP" "$TMP/sp6.db" simpoint "$TMP/b.simpoints" 16 -- "${M[@]}" -bios "$TMP/b.bin" \
    -snapshot-db "$TMP/other.db" >/dev/null 2>"$TMP/e4"
[ $? = 2 ] && [ "$(wc -l <"$TMP/e4")" = 1 ] && grep -qF -- "-snapshot-db is farad-snap simpoint's own" "$TMP/e4"
check $? "simpoint: a -snapshot-db among the farad options is refused"

# ---- champsim ----
T=120
run cs -bios "$TMP/b.bin" -max-insns $T -plugin "$P/libchampsim.so,outfile=$TMP/b.trace"
[ "$(stat -c %s "$TMP/b.trace")" = $((T * 64)) ]
check $? "champsim: $T records of 64 bytes"
model ips $T >"$TMP/ips"
# an independent reader of ChampSim's input_instr, checked against the
# model's ip sequence, objdump's instructions and the program's data
cat >"$TMP/reader.py" <<'EOF'
import re, struct, sys
trace, ips, objdump, what = sys.argv[1:5]
recs = []
d = open(trace, 'rb').read()
for o in range(0, len(d), 64):
    ip, br, tk = struct.unpack_from('<QBB', d, o)
    recs.append(dict(ip=ip, br=br, tk=tk, dst=set(d[o + 10:o + 12]) - {0},
                     src=set(d[o + 12:o + 16]) - {0},
                     dmem=[x for x in struct.unpack_from('<2Q', d, o + 16) if x],
                     smem=[x for x in struct.unpack_from('<4Q', d, o + 32) if x]))
insn = {}
for l in open(objdump):
    m = re.match(r'\s*([0-9a-f]+):\s+(?:[0-9a-f]{2} ){4}\s*(\S+)\s*(.*)', l)
    if m:
        insn[int(m.group(1), 16)] = (m.group(2), m.group(3))
want_ips = [int(x, 16) for x in open(ips).read().split()]
bad = []
def fail(msg):
    bad.append(msg)
if what == 'ips':
    if [r['ip'] for r in recs] != want_ips:
        fail('ip sequence differs from the model')
elif what == 'branches':
    for i, r in enumerate(recs):
        mn = insn[r['ip']][0]
        is_br = mn in ('b', 'bl', 'bdnz', 'bne', 'blr')
        if r['br'] != is_br:
            fail('record %d %s: is_branch %d' % (i, mn, r['br']))
        if i + 1 < len(recs):
            taken = is_br and recs[i + 1]['ip'] != r['ip'] + 4
            if r['tk'] != taken:
                fail('record %d %s: taken %d' % (i, mn, r['tk']))
    # ChampSim's branch-type registers (IP 26, flags 25, "SP" 6 = LR)
    want = {'b': ({26}, {26}), 'bl': ({26, 6}, {26, 6}),
            'blr': ({26, 6}, {6}), 'bdnz': ({26}, {26, 25}),
            'bne': ({26}, {26, 25})}
    for r in recs:
        mn = insn[r['ip']][0]
        if mn in want and (r['dst'], r['src']) != want[mn]:
            fail('%s: dst %s src %s' % (mn, r['dst'], r['src']))
elif what == 'mem':
    calls = 0
    for r in recs:
        mn, ops = insn[r['ip']]
        if mn == 'stw':
            want = ([0x8000 + 4 * calls], [])
            regs = (set(), {32 + 3, 32 + 9})
        elif mn == 'lwz':
            want = ([], [0x8000 + 4 * calls])
            regs = ({32 + 10}, {32 + 9})
            calls += 1
        else:
            want, regs = ([], []), None
        if (r['dmem'], r['smem']) != want:
            fail('%s at 0x%x: mem %s %s' % (mn, r['ip'], r['dmem'], r['smem']))
        if regs and (r['dst'], r['src']) != regs:
            fail('%s: regs %s %s' % (mn, r['dst'], r['src']))
    if calls == 0:
        fail('no call to func traced')
if bad:
    print('\n'.join(bad[:5]))
sys.exit(1 if bad else 0)
EOF
for w in ips branches mem; do
    python3 "$TMP/reader.py" "$TMP/b.trace" "$TMP/ips" "$TMP/objdump" $w >"$TMP/r.$w"
    check $? "champsim: $w match the model and objdump"
    [ -s "$TMP/r.$w" ] && sed 's/^/# /' "$TMP/r.$w"
done
run cs2 -bios "$TMP/b.bin" -max-insns $T -plugin "$P/libchampsim.so,outfile=$TMP/w.trace,start=50,count=10"
[ "$(stat -c %s "$TMP/w.trace")" = 640 ] &&
    cmp -s "$TMP/w.trace" <(dd if="$TMP/b.trace" bs=64 skip=50 count=10 2>/dev/null)
check $? "champsim: start=50,count=10 is records 50..59 of the whole trace"
# a whole run with the runtime (interrupt vectors, sc, rfid): one record
# per retired instruction
run cs3 -bios "$L" -plugin "$P/libchampsim.so,outfile=$TMP/pl.trace"
[ "$(stat -c %s "$TMP/pl.trace")" = $((icount * 64)) ]
check $? "champsim: plugin-loop, one record per retired instruction ($icount)"
run cs4 -bios "$L" -plugin "$P/libchampsim.so,outfile=$TMP/pl2.trace"
cmp -s "$TMP/pl.trace" "$TMP/pl2.trace"
check $? "champsim: two runs byte-identical"
# little-endian guest: instruction words are numbers, the same plugins
# count every retired instruction once
LE=$G/plugin-loop-le.bin
FARAD_STATS=1 "$FARAD" "${M[@]}" -bios "$LE" >/dev/null 2>"$TMP/stle.err"
icle=$(awk '/^farad: icount/ { print $3 }' "$TMP/stle.err")
run le -bios "$LE" -plugin "$P/libbbv.so,interval=1000,outfile=$TMP/le.bb" \
    -plugin "$P/libchampsim.so,outfile=$TMP/le.trace"
tle=$(perl -ne 'while (/:\d+:(\d+) /g) { $t += $1 } END { print $t }' "$TMP/le.bb")
[ -n "$icle" ] && [ "$tle" = "$icle" ] && [ "$(stat -c %s "$TMP/le.trace")" = $((icle * 64)) ]
check $? "bbv and champsim on plugin-loop-le: $icle instructions, each counted once"
# alignment interrupts (tests/guest/excp-align.c): an instruction that
# traps does not retire, so neither plugin counts it
EA=$G/excp-align-be.bin
FARAD_STATS=1 "$FARAD" "${M[@]}" -bios "$EA" >/dev/null 2>"$TMP/stea.err"
icea=$(awk '/^farad: icount/ { print $3 }' "$TMP/stea.err")
run ea -bios "$EA" -plugin "$P/libbbv.so,interval=1000,outfile=$TMP/ea.bb" \
    -plugin "$P/libchampsim.so,outfile=$TMP/ea.trace"
tea=$(perl -ne 'while (/:\d+:(\d+) /g) { $t += $1 } END { print $t }' "$TMP/ea.bb")
[ -n "$icea" ] && [ "$tea" = "$icea" ] && [ "$(stat -c %s "$TMP/ea.trace")" = $((icea * 64)) ]
check $? "bbv and champsim on excp-align (alignment interrupts): $icea instructions, each once"
run bad2 -bios "$L" -plugin "$P/libchampsim.so"
[ "$(cat "$TMP/bad2.rc")" = 1 ] && [ "$(wc -l <"$TMP/bad2.err")" = 1 ] &&
    grep -qF "needs outfile=PATH" "$TMP/bad2.err"
check $? "champsim: no outfile refused in one line"
