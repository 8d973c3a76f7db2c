#!/usr/bin/env bash
# Makes the database seeds of fuzz/corpus/snapshot and fuzz/corpus/replay
# with a farad binary (argument 1): a snapshot database with one snapshot
# and a recording, both of a pseries-7.2 with 256 MiB (the fuzz targets'
# machine) running an endless loop (fuzz/corpus/loader/raw-be.bin).
# The recording's state texts (checkpoints and input checks, ~230 KiB
# each) are cut to their first 4 KiB and both files are vacuumed with
# 512-byte pages: seeds stay small; the readers still see every table.
set -euo pipefail
farad=$(realpath "$1")
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
bios=$here/corpus/loader/raw-be.bin
"$farad" -M pseries-7.2 -m 256M -nographic -bios "$bios" \
    -snapshot-db snap.db -savevm-at 1000:a -max-insns 2000 </dev/null 2>/dev/null || true
"$farad" -M pseries-7.2 -m 256M -nographic -bios "$bios" \
    -icount shift=0,rr=record,rrfile=rec.db,rrcheck=2000,rrsnap=100000 \
    -max-insns 5000 </dev/null 2>/dev/null || true
sqlite3 rec.db "UPDATE rr_check SET state = substr(state, 1, 4096);
                UPDATE rr_input SET pre_state = substr(pre_state, 1, 4096),
                                    post_state = substr(post_state, 1, 4096)"
for d in snap rec; do
    sqlite3 $d.db 'PRAGMA page_size = 512; VACUUM'
done
cp snap.db "$here/corpus/snapshot/one-snapshot.db"
cp rec.db "$here/corpus/replay/recording.db"
