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
 * from 71 in SPR order. Values go over the wire in the guest's current
 * byte order (MSR[LE]), as QEMU's stub does for ppc64.
 */
#include <string.h>

#include "gdb-int.h"
#include "cpu-ppc/spr.h"

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
    g_string_append(x, "</feature>\n</target>\n");
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
    return n < GDB_REG_SPR0 + g->nsprs ? 8 : 0;
}

unsigned gdb_reg_read(GdbStub *g, PpcCpu *cpu, int n, uint8_t *buf)
{
    unsigned size = reg_size(g, n);
    const PpcArch *a = &cpu->arch;
    uint64_t v;
    if (!size) {
        return 0;
    }
    if (n < 32) {
        v = a->gpr[n];
    } else if (n < 64) {
        v = a->fpr[n - 32];
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
    put(buf, v, size, (a->msr & MSR_LE) != 0);
    return size;
}

unsigned gdb_reg_write(GdbStub *g, PpcCpu *cpu, int n, const uint8_t *buf)
{
    unsigned size = reg_size(g, n);
    PpcArch *a = &cpu->arch;
    if (!size) {
        return 0;
    }
    uint64_t v = get(buf, size, (a->msr & MSR_LE) != 0);
    if (n < 32) {
        a->gpr[n] = v;
    } else if (n < 64) {
        a->fpr[n - 32] = v;
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
