/* SPDX-License-Identifier: MIT */
/*
 * QEMU wire-format codec for described sections (snap-wire.c), the
 * QEMU migration-stream walker (snap-qemu.c) and the spapr_pci
 * compatibility checks built on them (snap-phb.c).
 */
#ifndef FARAD_SNAPSHOT_SNAP_WIRE_H
#define FARAD_SNAPSHOT_SNAP_WIRE_H

#include "snap-int.h"
#include "core/machine/device.h"

/* Payload bytes of a section from flattened values (fields absent from
 * vals, i.e. whose test was false, are left out) or from an object. */
GByteArray *snap_wire_encode_vals(const SnapSection *sec, GPtrArray *vals);

/* A SECTION_FULL record: header, payload, optional footer. */
GByteArray *snap_wire_section(const char *idstr, uint32_t section_id,
                              uint32_t instance, uint32_t version,
                              const GByteArray *payload, bool footer);

typedef struct SnapWireSection {
    char *idstr;          /* g_free */
    uint32_t section_id, instance, version;
    const uint8_t *payload;
    size_t payload_len;
} SnapWireSection;

/* Parse a SECTION_FULL record as written by snap_wire_section (or cut
 * from a stream: a trailing footer with the same id is dropped). */
bool snap_wire_parse_section(const uint8_t *p, size_t len, SnapWireSection *s,
                             GError **err);

/* ---- QEMU migration streams (snap-qemu.c) ---- */

typedef struct SnapQemuStream {
    char *machine;        /* CONFIGURATION record, NULL when absent */
    GPtrArray *sections;  /* SnapWireSection * of every device section
                             found by idstr (payload points into data) */
    GBytes *data;         /* the whole (decompressed) stream */
} SnapQemuStream;

/* Read a QEMU migration file (gzip-compressed when it starts with the
 * gzip magic) and walk it like tools/walk_qemu_mig.py: RAM and HPT
 * iterative sections are skipped, device sections are sized with the
 * stream's JSON vmdesc. Only sections called idstr are kept (NULL:
 * all). */
SnapQemuStream *snap_qemu_read(const char *path, const char *idstr,
                               GError **err);
void snap_qemu_free(SnapQemuStream *s);
/* The bytes of a QEMU stream file, gunzipped when it is gzip (bounded
 * as snap_qemu_read bounds it). */
GBytes *snap_qemu_file_bytes(const char *path, GError **err);

/* ---- spapr_pci (snap-phb.c) ---- */

typedef enum SnapPhbReader {
    SNAP_PHB_READER_CURRENT,  /* QEMU >= 2.8 / farad: compat fields read
                                 and ignored, buid and LSIs EQUAL */
    SNAP_PHB_READER_QEMU_2_7, /* QEMU 2.7's strict loader: all six EQUAL
                                 against the folded (pre-split) values */
    SNAP_PHB_READER_2_8_DEV,  /* 2.8 during development: strict like 2.7
                                 but against the split windows, no fold
                                 (the historical 2.7 -> 2.8 failure) */
} SnapPhbReader;

/* Decode a spapr_pci payload for the PHB device phb (layout chosen by
 * its pre-2.8-migration flag, as in QEMU) and check it as `reader`
 * would: "spapr_pci: FIELD: local != received" in hex on a mismatch.
 * Only the PHB's migration scratch fields (pre_save) change. On
 * success the decoded values are appended to out (may be NULL). */
bool snap_phb_check_payload(Device *phb, const uint8_t *p, size_t len,
                            uint32_t version, SnapPhbReader reader,
                            GPtrArray *out, GError **err);

#endif
