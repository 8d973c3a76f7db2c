#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# TAP: the instruction vectors' recorded expectations against a live
# QEMU. test-insn-<cat> compares farad with tests/insn/expected/<cat>.h,
# which tests/insn/regen.sh recorded from qemu-system-ppc64 7.2; here
# the same generator runs every category's vectors on the installed
# qemu-system-ppc64 again (into a temporary directory) and each header
# must come out identical to the committed one, apart from the line
# naming the QEMU version. So farad's expectations are QEMU's live
# results, not a stale copy. Skips (saying so) when qemu-system-ppc64
# or the cross tools are not installed.
# Env: FARAD_SRC (set by build.sh test), FARAD_INSN_LIVE (categories,
# default all).
set -u
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
for tool in qemu-system-ppc64 powerpc64-linux-gnu-as powerpc64-linux-gnu-gcc \
            powerpc64le-linux-gnu-gcc python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "1..0 # SKIP $tool not installed"
        exit 0
    fi
done
cats=${FARAD_INSN_LIVE:-$(python3 -c "
import sys; sys.path.insert(0, '$SRC/tests/insn')
import importlib.util as u
s = u.spec_from_file_location('regen', '$SRC/tests/insn/regen.py')
m = u.module_from_spec(s); s.loader.exec_module(m)
print(' '.join(m.CATEGORIES))")}
set -- $cats
echo "1..$#"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
n=0
log=$out/regen.log
if ! python3 "$SRC/tests/insn/regen.py" --outdir "$out" "$@" > "$log" 2>&1; then
    for c in "$@"; do
        n=$((n + 1))
        echo "not ok $n - $c: the live QEMU run failed"
    done
    sed 's/^/# /' "$log" | tail -20
    exit 1
fi
# Vectors not compared: QEMU 7.2 gives host-dependent results for them.
# The same Debian build (7.2+dfsg-7+deb12u18+b3) recorded vrldmi without
# the insert under the mask on the host that wrote expected/vmxint.h and
# inserts (the ISA's result) on another x86-64 host, presumably because
# TCG expands it with the host's vector instructions only where the host
# has them, so a live run on another host can disagree. farad's
# expectation for every such vector is the ISA's (isa-vmxint.h, through
# isa-deviations.h), not QEMU's. Only vectors with such an entry are set
# aside; a vrldmi vector without one (its QEMU value is farad's
# expectation) is still compared.
HOST_DEPENDENT=vrldmi
strip_vectors() {  # header -> the header without the host-dependent, ISA-expected vectors
    python3 - "$1" "$HOST_DEPENDENT" "$SRC/tests/insn" <<'PY'
import glob, re, sys
path, pattern, insn = sys.argv[1], re.compile(sys.argv[2]), sys.argv[3]
deviated = set()
for h in glob.glob(insn + "/isa-*.h"):
    deviated |= set(re.findall(r'^    \{ "([A-Za-z0-9_]+)",', open(h).read(), re.M))
keep = True
for line in open(path):
    if line.startswith('    { "'):
        name = line.split('"')[1]
        keep = not (pattern.search(name) and name in deviated)
    elif not line.startswith(' '):
        keep = True
    if keep and not line.startswith(' * qemu') and 'QEMU emulator version' not in line:
        sys.stdout.write(line)
PY
}
status=0
for c in "$@"; do
    n=$((n + 1))
    if ! strip_vectors "$SRC/tests/insn/expected/$c.h" > "$out/$c.want" ||
       ! strip_vectors "$out/$c.h" > "$out/$c.got"; then
        echo "not ok $n - $c: the host-dependent vectors could not be set aside"
        status=1
    elif diff "$out/$c.want" "$out/$c.got" > "$out/$c.diff"; then
        echo "ok $n - $c: expected/$c.h equals qemu-system-ppc64's live results ($(grep -c '^    { "' "$out/$c.got") vectors; $(( $(grep -c '^    { "' "$out/$c.h") - $(grep -c '^    { "' "$out/$c.got") )) host-dependent ones with ISA expectations set aside)"
    else
        echo "not ok $n - $c: expected/$c.h differs from the live QEMU run"
        head -20 "$out/$c.diff" | sed 's/^/# /'
        status=1
    fi
done
exit $status
