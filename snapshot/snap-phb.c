/* SPDX-License-Identifier: MIT */
/*
 * The spapr_pci section's readers (spec/phb-migration.md §2.3, §3): the
 * current one (compat fields read and ignored, buid and LSI numbers
 * EQUAL), QEMU 2.7's strict loader (all six EQUAL; what a pseries-2.7
 * farad writes must pass it) and the 2.8 development loader that
 * compared against the split windows without the fold, reproducing the
 * historical "mem_win_size: 80000000 != f80000000".
 */
#include <string.h>

#include "snap-wire.h"
#include "core/machine/props.h"

/* The live 32-bit window size (the "mem_win_size" property). */
static bool live_mem_win_size(Device *phb, uint64_t *v)
{
    const PropDesc *p = props_find(phb->cls->props, "mem_win_size");
    if (!p) {
        return false;
    }
    memcpy(v, (uint8_t *)phb + p->offset, 8);
    return true;
}

bool snap_phb_check_payload(Device *phb, const uint8_t *p, size_t len,
                            uint32_t version, SnapPhbReader reader,
                            GPtrArray *out, GError **err)
{
    const SnapSection *sec = phb->cls->snap;
    GPtrArray *vals = snap_vals_new();
    size_t used = 0;
    GError *derr = NULL;
    bool ok = snap_wire_decode(sec, phb, p, len, vals, &used, &derr);
    GHashTable *idx = snap_vals_index(vals);
    if (!ok) {
        /* QEMU compares EQUAL fields while reading: a mismatch before the
         * point where decoding failed is what it reports */
        GError *e2 = NULL;
        if (!snap_section_check(sec, phb, version, idx, NULL, &e2) &&
            strstr(e2->message, " != ")) {
            g_propagate_error(err, e2);
            g_error_free(derr);
        } else {
            g_clear_error(&e2);
            g_propagate_error(err, derr);
        }
    }
    /* buid, LSIs (EQUAL), versions, presence: as every reader does (a
     * layout mismatch shows up here first, as in QEMU) */
    ok = ok && snap_section_check(sec, phb, version, idx, NULL, err);
    if (ok && used != len) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: %zu bytes left after the last field", sec->name,
                    len - used);
        ok = false;
    }
    if (ok && reader != SNAP_PHB_READER_CURRENT) {
        /* the strict readers' local values: what pre_save computes
         * (folded), or the split window for the 2.8-dev reader */
        if (sec->pre_save) {
            sec->pre_save(phb);
        }
        for (const SnapField *f = sec->fields; ok && f->name; f++) {
            if (!(f->flags & SNAP_F_COMPAT) || (f->test && !f->test(phb))) {
                continue;
            }
            unsigned w = f->type == SNAP_TYPE_U32 ? 4 : 8;
            uint64_t local = 0;
            memcpy(&local, (uint8_t *)phb + f->offset, w);
            if (reader == SNAP_PHB_READER_2_8_DEV &&
                !strcmp(f->name, "mig_mem_win_size")) {
                live_mem_win_size(phb, &local);
            }
            SnapVal *v = g_hash_table_lookup(idx, f->name);
            uint64_t got = v ? v->u : 0;
            if (local != got) {
                const char *old = g_str_has_prefix(f->name, "mig_") ?
                                  f->name + 4 : f->name;
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                            "%s: %s: %llx != %llx (local != received)",
                            sec->name, !strcmp(old, "liobn") ? "dma_liobn[0]"
                            : old, (unsigned long long)local,
                            (unsigned long long)got);
                ok = false;
            }
        }
    }
    g_hash_table_destroy(idx);
    if (ok && out) {
        while (vals->len) {
            g_ptr_array_add(out, g_ptr_array_steal_index(vals, 0));
        }
    }
    g_ptr_array_unref(vals);
    return ok;
}
