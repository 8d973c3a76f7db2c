/* SPDX-License-Identifier: MIT */
/*
 * The gdb stub's registers: the target description (target.xml, served
 * by qXfer:features:read) and register access by gdb register number.
 *
 * The description uses gdb's standard feature names, so gdb maps the
 * registers itself: org.gnu.gdb.power.core (r0-r31, pc, msr, cr, lr,
 * ctr, xer) and org.gnu.gdb.power.fpu (f0-f31, fpscr), numbered as gdb's
 * own rs6000 descriptions (pc = 64, f0 = 32, fpscr = 70), plus
 * org.farad.power.spr with every SPR of the CPU's table (spr.h), numbers
 * from 71 in SPR order, then org.gnu.gdb.power.altivec (vr0-vr31,
 * vscr, vrsave) and org.gnu.gdb.power.vsx (vs0h-vs31h: doubleword 1 of
 * VSRs 0..31; gdb builds vs0-vs63 from them), the vector feature
 * documents QEMU's stub offers. Values go over the wire in the guest's
 * current byte order (MSR[LE]), as QEMU's stub does for ppc64: a VR as
 * one 16-byte quantity (doubleword 0 first in big-endian mode).
 */
#include <string.h>

#include "gdb-int.h"
#include "cpu-ppc/spr.h"

/* Register numbers of the vector features, after the SPRs: VR n is
 * vr0 + n, then VSCR, VRSAVE, and vs0h + n (doubleword 1 of VSR n). */
static int vr0_num(const GdbStub *g) { return GDB_REG_SPR0 + g->nsprs; }
enum { VEC_VSCR = 32, VEC_VRSAVE = 33, VEC_VSH0 = 34, VEC_REGS = 66 };

static void append_vector_features(GString *x, int vr0)
{
    g_string_append(x,
        "<feature name=\"org.gnu.gdb.power.altivec\">\n"
        "<vector id=\"v4f\" type=\"ieee_single\" count=\"4\"/>\n"
        "<vector id=\"v4i32\" type=\"int32\" count=\"4\"/>\n"
        "<vector id=\"v8i16\" type=\"int16\" count=\"8\"/>\n"
        "<vector id=\"v16i8\" type=\"int8\" count=\"16\"/>\n"
        "<union id=\"vec128\">\n"
        "<field name=\"uint128\" type=\"uint128\"/>\n"
        "<field name=\"v4_float\" type=\"v4f\"/>\n"
        "<field name=\"v4_int32\" type=\"v4i32\"/>\n"
        "<field name=\"v8_int16\" type=\"v8i16\"/>\n"
        "<field name=\"v16_int8\" type=\"v16i8\"/>\n"
        "</union>\n");
    for (int i = 0; i < 32; i++) {
        g_string_append_printf(x, "<reg name=\"vr%d\" bitsize=\"128\" "
                               "type=\"vec128\" regnum=\"%d\"/>\n", i,
                               vr0 + i);
    }
    g_string_append_printf(x,
        "<reg name=\"vscr\" bitsize=\"32\" group=\"vector\" "
        "regnum=\"%d\"/>\n"
        "<reg name=\"vrsave\" bitsize=\"32\" group=\"vector\"/>\n"
        "</feature>\n"
        "<feature name=\"org.gnu.gdb.power.vsx\">\n", vr0 + VEC_VSCR);
    for (int i = 0; i < 32; i++) {
        g_string_append_printf(x, "<reg name=\"vs%dh\" bitsize=\"64\" "
                               "type=\"uint64\" regnum=\"%d\"/>\n", i,
                               vr0 + VEC_VSH0 + i);
    }
    g_string_append(x, "</feature>\n");
}

static void build_xml(GdbStub *g)
{
    GString *x = g_string_new(
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
        "<target version=\"1.0\">\n"
        "<architecture>powerpc:common64</architecture>\n"
        "<feature name=\"org.gnu.gdb.power.core\">\n");
    for (int i = 0; i < 32; i++) {
        g_string_append_printf(x, "<reg name=\"r%d\" bitsize=\"64\" "
                               "type=\"uint64\" regnum=\"%d\"/>\n", i, i);
    }
    g_string_append(x,
        "<reg name=\"pc\" bitsize=\"64\" type=\"code_ptr\" regnum=\"64\"/>\n"
        "<reg name=\"msr\" bitsize=\"64\" type=\"uint64\"/>\n"
        "<reg name=\"cr\" bitsize=\"32\" type=\"uint32\"/>\n"
        "<reg name=\"lr\" bitsize=\"64\" type=\"code_ptr\"/>\n"
        "<reg name=\"ctr\" bitsize=\"64\" type=\"uint64\"/>\n"
        "<reg name=\"xer\" bitsize=\"32\" type=\"uint32\"/>\n"
        "</feature>\n"
        "<feature name=\"org.gnu.gdb.power.fpu\">\n");
    for (int i = 0; i < 32; i++) {
        g_string_append_printf(x, "<reg name=\"f%d\" bitsize=\"64\" "
                               "type=\"ieee_double\" regnum=\"%d\"/>\n", i,
                               32 + i);
    }
    g_string_append(x, "<reg name=\"fpscr\" bitsize=\"32\" group=\"float\" "
                       "regnum=\"70\"/>\n</feature>\n"
                       "<feature name=\"org.farad.power.spr\">\n");
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal,
                                             g_free, NULL);
    g->nsprs = 0;
    for (unsigned n = 0; n < 1024; n++) {
        const char *name = ppc_spr_name(n);
        if (!name || n == 1 || n == 8 || n == 9) {
            continue;  /* none, or XER/LR/CTR (core registers) */
        }
        char *lc = g_ascii_strdown(name, -1);
        if (g_hash_table_contains(seen, lc)) {
            g_free(lc);  /* a second number of the same SPR */
            continue;
        }
        g_string_append_printf(x, "<reg name=\"%s\" bitsize=\"64\" "
                               "type=\"uint64\" group=\"system\" "
                               "regnum=\"%d\"/>\n", lc,
                               GDB_REG_SPR0 + g->nsprs);
        g_hash_table_add(seen, lc);
        g->spr_nums[g->nsprs++] = (uint16_t)n;
    }
    g_hash_table_destroy(seen);
    g_string_append(x, "</feature>\n");
    append_vector_features(x, GDB_REG_SPR0 + g->nsprs);
    g_string_append(x, "</target>\n");
    g->xml_len = x->len;
    g->xml = g_string_free(x, FALSE);
}

const char *gdb_target_xml(GdbStub *g, size_t *len)
{
    if (!g->xml) {
        build_xml(g);
    }
    *len = g->xml_len;
    return g->xml;
}

static void put(uint8_t *buf, uint64_t v, unsigned size, bool le)
{
    for (unsigned i = 0; i < size; i++) {
        unsigned sh = le ? 8 * i : 8 * (size - 1 - i);
        buf[i] = (uint8_t)(v >> sh);
    }
}

static uint64_t get(const uint8_t *buf, unsigned size, bool le)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++) {
        unsigned sh = le ? 8 * i : 8 * (size - 1 - i);
        v |= (uint64_t)buf[i] << sh;
    }
    return v;
}

/* Size of register n, 0 when there is none. */
static unsigned reg_size(GdbStub *g, int n)
{
    if (!g->xml) {
        build_xml(g);
    }
    if (n < 0) {
        return 0;
    }
    if (n == GDB_REG_CR || n == GDB_REG_XER || n == GDB_REG_FPSCR) {
        return 4;
    }
    if (n < vr0_num(g)) {
        return 8;
    }
    int v = n - vr0_num(g);
    return v < VEC_VSCR ? 16 : v <= VEC_VRSAVE ? 4 : v < VEC_REGS ? 8 : 0;
}

/* A VR in the current byte order: the 16 bytes of one quantity. */
static void put_vr(uint8_t *buf, PpcVec v, bool le)
{
    for (unsigned i = 0; i < 2; i++) {
        put(buf + (le ? 8 - 8 * i : 8 * i), v.dw[i], 8, le);
    }
}

static PpcVec get_vr(const uint8_t *buf, bool le)
{
    PpcVec v;
    for (unsigned i = 0; i < 2; i++) {
        v.dw[i] = get(buf + (le ? 8 - 8 * i : 8 * i), 8, le);
    }
    return v;
}

unsigned gdb_reg_read(GdbStub *g, PpcCpu *cpu, int n, uint8_t *buf)
{
    unsigned size = reg_size(g, n);
    const PpcArch *a = &cpu->arch;
    uint64_t v;
    if (!size) {
        return 0;
    }
    bool le = (a->msr & MSR_LE) != 0;
    int vn = n - vr0_num(g);
    if (vn >= 0 && vn < VEC_VSCR) {
        put_vr(buf, a->vr[vn], le);
        return size;
    }
    if (n < 32) {
        v = a->gpr[n];
    } else if (n < 64) {
        v = a->fpr[n - 32];
    } else if (vn >= VEC_VSH0) {
        v = a->fpr_dw1[vn - VEC_VSH0];
    } else if (vn == VEC_VSCR) {
        v = a->vscr;
    } else if (vn == VEC_VRSAVE) {
        v = (uint32_t)a->vrsave;
    } else {
        switch (n) {
        case GDB_REG_PC: v = a->nip; break;
        case GDB_REG_MSR: v = a->msr; break;
        case GDB_REG_CR: v = a->cr; break;
        case GDB_REG_LR: v = a->lr; break;
        case GDB_REG_CTR: v = a->ctr; break;
        case GDB_REG_XER: v = (uint32_t)ppc_get_xer(cpu); break;
        case GDB_REG_FPSCR: v = a->fpscr; break;
        default: v = ppc_spr_read(cpu, g->spr_nums[n - GDB_REG_SPR0]); break;
        }
    }
    put(buf, v, size, le);
    return size;
}

unsigned gdb_reg_write(GdbStub *g, PpcCpu *cpu, int n, const uint8_t *buf)
{
    unsigned size = reg_size(g, n);
    PpcArch *a = &cpu->arch;
    if (!size) {
        return 0;
    }
    bool le = (a->msr & MSR_LE) != 0;
    int vn = n - vr0_num(g);
    if (vn >= 0 && vn < VEC_VSCR) {
        a->vr[vn] = get_vr(buf, le);
        return size;
    }
    uint64_t v = get(buf, size, le);
    if (n < 32) {
        a->gpr[n] = v;
    } else if (n < 64) {
        a->fpr[n - 32] = v;
    } else if (vn >= VEC_VSH0) {
        a->fpr_dw1[vn - VEC_VSH0] = v;
    } else if (vn == VEC_VSCR) {
        a->vscr = (uint32_t)v & 0x10001u;  /* NJ and SAT, the defined bits */
    } else if (vn == VEC_VRSAVE) {
        a->vrsave = (uint32_t)v;
    } else {
        switch (n) {
        case GDB_REG_PC: a->nip = v; break;
        case GDB_REG_MSR: ppc_set_msr(cpu, v); break;
        case GDB_REG_CR: a->cr = (uint32_t)v; break;
        case GDB_REG_LR: a->lr = v; break;
        case GDB_REG_CTR: a->ctr = v; break;
        case GDB_REG_XER: ppc_set_xer(cpu, v); break;
        case GDB_REG_FPSCR: a->fpscr = (uint32_t)v; break;
        default: ppc_spr_write(cpu, g->spr_nums[n - GDB_REG_SPR0], v); break;
        }
    }
    return size;
}
