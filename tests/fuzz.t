#!/usr/bin/env bash
# TAP driver: a short bounded run of every libFuzzer target (fuzz/,
# docs/fuzzing.md): each runs over its committed seeds (which include the
# regression input of every fixed finding) and then fuzzes for
# FARAD_FUZZ_SECONDS (default 5) more; a crash, sanitizer report, leak or
# timeout fails the target's test and leaves the input in the log.
# Needs the fuzz build (./build.sh test makes it; ./build.sh fuzz too).
# Env: FARAD_SRC, FARAD_FUZZ_SECONDS.
set -u
SRC=${FARAD_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
BIN=$SRC/build-fuzz/fuzz
SECONDS_EACH=${FARAD_FUZZ_SECONDS:-5}
targets=(loader cli snapshot qemu-stream gdb monitor replay)
if [ ! -x "$BIN/fuzz-${targets[0]}" ]; then
    echo "1..0 # SKIP fuzz build $BIN not built (./build.sh fuzz 0)"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "1..${#targets[@]}"
n=0
for t in "${targets[@]}"; do
    n=$((n + 1))
    if out=$("$SRC/fuzz/run-target.sh" "$BIN" "$t" "$SECONDS_EACH" \
             "$work/corpus/$t" "$work/findings" 2>&1); then
        echo "ok $n - fuzz-$t: ${out#*: }"
    else
        echo "not ok $n - fuzz-$t"
        printf '%s\n' "$out" | sed 's/^/# /'
        [ -f "$work/findings/$t.log" ] && tail -40 "$work/findings/$t.log" | sed 's/^/#   /'
    fi
done
