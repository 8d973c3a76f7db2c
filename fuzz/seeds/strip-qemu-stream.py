#!/usr/bin/env python3
"""Shrink a QEMU 7.2 migration stream into a fuzz seed: the same
sections, headers, device payloads, footers and JSON vmdesc, with the
RAM page records and the large tables (TCE, NVRAM) dropped so the seed is
a few KiB. Usage: strip-qemu-stream.py IN[.gz] OUT"""
import gzip
import struct
import sys

Q_EOF, Q_START, Q_PART, Q_END, Q_FULL, Q_VMDESC, Q_CONFIG, Q_FOOTER = \
    0, 1, 2, 3, 4, 6, 7, 0x7e
RAM_ZERO, RAM_MEMSZ, RAM_PAGE, RAM_EOS, RAM_CONT, RAM_COMP = \
    0x2, 0x4, 0x8, 0x10, 0x20, 0x100


def main():
    raw = open(sys.argv[1], 'rb').read()
    d = gzip.decompress(raw) if raw[:2] == b'\x1f\x8b' else raw
    out = bytearray(d[:8])
    p = 8
    names = {}
    zeros_kept = 0

    def ram_chunk():
        nonlocal p, zeros_kept
        while True:
            start = p
            a = struct.unpack('>Q', d[p:p + 8])[0]
            p += 8
            flags, addr = a & 0xfff, a & ~0xfff
            if flags & RAM_MEMSZ:
                got = 0
                while got < addr:
                    n = d[p]
                    p += 1 + n
                    got += struct.unpack('>Q', d[p:p + 8])[0]
                    p += 8
                out.extend(d[start:p])
                continue
            if flags & RAM_EOS:
                out.extend(d[start:p])
                return
            if not flags & RAM_CONT:
                p += 1 + d[p]
            if flags & RAM_ZERO:
                p += 1
                if zeros_kept < 4:
                    zeros_kept += 1
                    out.extend(d[start:p])
            elif flags & RAM_PAGE:
                p += 4096
            elif flags & RAM_COMP:
                p += 4 + struct.unpack('>I', d[p:p + 4])[0]
            else:
                raise SystemExit('bad RAM record at %d' % start)

    def htab_chunk():
        nonlocal p
        kept = 0
        out.extend(d[p:p + 4])
        if d[p:p + 4] == b'\xff\xff\xff\xff':
            p += 4
            return
        p += 4
        while True:
            idx, nv, ni = struct.unpack('>IHH', d[p:p + 8])
            end = p + 8 + 16 * nv
            if (not idx and not nv and not ni) or kept < 4:
                out.extend(d[p:end])
                kept += 1
            p = end
            if not idx and not nv and not ni:
                return

    while p < len(d):
        t = d[p]
        if t == Q_EOF or t == Q_VMDESC:
            out.extend(d[p:])   # the end and the JSON vmdesc, as they are
            break
        if t in (Q_START, Q_FULL, Q_PART, Q_END):
            section = p
            sid = struct.unpack('>I', d[p + 1:p + 5])[0]
            if t in (Q_START, Q_FULL):
                n = d[p + 5]
                idstr = d[p + 6:p + 6 + n].decode()
                names[sid] = idstr
                hdr_end = p + 6 + n + 8
            else:
                idstr = names[sid]
                hdr_end = p + 5
            out.extend(d[p:hdr_end])
            p = hdr_end
            if idstr == 'ram':
                ram_chunk()
            elif idstr == 'spapr/htab' and t in (Q_START, Q_FULL):
                out.extend(d[p:p + 4])   # htab_shift
                p += 4
            elif idstr == 'spapr/htab':
                htab_chunk()
            else:
                # everything up to this section's footer, as it is; a
                # large table (the TCE table, NVRAM) is left out whole
                foot = d.index(bytes([Q_FOOTER]) + struct.pack('>I', sid), p)
                if foot - p > 16384:
                    del out[len(out) - (hdr_end - section):]
                    p = foot + 5
                    continue
                out.extend(d[p:foot])
                p = foot
            if d[p] == Q_FOOTER:
                out.extend(d[p:p + 5])
                p += 5
            continue
        if t == Q_CONFIG:
            n = struct.unpack('>I', d[p + 1:p + 5])[0]
            out.extend(d[p:p + 5 + n])
            p += 5 + n
            continue
        raise SystemExit('unexpected section type %d at %d' % (t, p))
    open(sys.argv[2], 'wb').write(bytes(out))


main()
