/* SPDX-License-Identifier: MIT */
/*
 * The partition's process table (PAPR 14.5.4.10, ISA 3.0 MMU):
 * H_REGISTER_PROC_TBL with QEMU 7.2's flags, checks and return codes
 * (hw/ppc/spapr_hcall.c), and the partition-table entry the hypervisor
 * keeps for the partition (SpaprState.patb_entry, doubleword 1 of the
 * ISA's partition-table entry: GR for radix, then the process table's
 * base and log2(size) - 12; for hash the HPT-with-segment-tables layout
 * QEMU stores, which no farad MMU reads).
 *
 * Registering a radix table drops the HPT (the CPUs translate through
 * the radix MMU, cpu-ppc/mmu-radix.c); registering a hash one after radix
 * brings back an empty HPT in hash mode. LPCR[UPRT], [HR] and [GTSE] of
 * every CPU follow the flags, as in QEMU.
 */
#include "hcall.h"

#define PROC_TBL_MODIFY   0x10
#define PROC_TBL_REGISTER 0x08
#define PROC_TBL_RADIX    0x04
#define PROC_TBL_HASH_SEG 0x02   /* hash with segment tables */
#define PROC_TBL_GTSE     0x01
#define PROC_TBL_FLAGS    0x1f

void spapr_patb_give_all(Machine *m)
{
    PpcCpu *c;   /* CPU 0 only before smp_init makes the others */
    for (int i = 0; (c = machine_cpu(m, i)); i++) {
        ppc_cpu_set_patb(c, m->spapr->patb_entry);
    }
}

void spapr_setup_hpt(Machine *m)
{
    spapr_hpt_reset(m);
    m->spapr->patb_entry = 0;
    spapr_patb_give_all(m);
    spapr_set_all_lpcrs(m, 0, LPCR_HR | LPCR_UPRT);
}

/* The entry a register request asks for, or a (negative) PAPR error. */
static long register_entry(uint64_t flags, uint64_t table, uint64_t page_size,
                           uint64_t table_size, uint64_t *entry)
{
    if (flags & PROC_TBL_RADIX) {
        if ((table & 0xfff) || (table >> 60)) {
            return H_P2;
        }
        if (page_size) {
            return H_P3;
        }
        if (table_size > 24) {
            return H_P4;
        }
        *entry = PATB_GR | table | table_size;
        return H_SUCCESS;
    }
    if (flags & PROC_TBL_HASH_SEG) {
        return H_PARAMETER;   /* segment tables: not supported (QEMU) */
    }
    if (table >> 38) {
        return H_P2;
    }
    if (page_size & ~7ULL) {
        return H_P3;
    }
    if (table_size > 24) {
        return H_P4;
    }
    *entry = (table << 25) | (page_size << 5) | table_size;
    return H_SUCCESS;
}

/* H_REGISTER_PROC_TBL(flags, table, page_size, table_size). */
long h_register_proc_tbl(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprState *s = m->spapr;
    uint64_t flags = args[0];
    uint64_t entry;
    if (flags & ~(uint64_t)PROC_TBL_FLAGS) {
        return H_PARAMETER;
    }
    if (!(flags & PROC_TBL_MODIFY)) {
        /* keep the registration: only if the mode matches */
        if (!(flags & PROC_TBL_RADIX) != !(s->patb_entry & PATB_GR)) {
            return H_PARAMETER;
        }
        entry = s->patb_entry;
    } else if (flags & PROC_TBL_REGISTER) {
        long rc = register_entry(flags, args[1], args[2], args[3], &entry);
        if (rc != H_SUCCESS) {
            return rc;
        }
    } else {
        entry = s->patb_entry & PATB_GR;   /* deregister: keep the mode */
    }

    bool was_radix = (s->patb_entry & PATB_GR) != 0;
    bool radix = (entry & PATB_GR) != 0;
    if (!was_radix && radix) {
        spapr_hpt_set_active(m, false);    /* hash -> radix: no HPT */
    } else if (was_radix && !radix) {
        spapr_setup_hpt(m);                /* radix -> hash: a fresh HPT */
    }
    s->patb_entry = entry;
    spapr_patb_give_all(m);

    uint64_t lpcr = 0;
    if (flags & PROC_TBL_RADIX) {
        lpcr |= LPCR_UPRT | LPCR_HR;
    } else if (flags & PROC_TBL_HASH_SEG) {
        lpcr |= LPCR_UPRT;
    }
    if (flags & PROC_TBL_GTSE) {
        lpcr |= LPCR_GTSE;
    }
    spapr_set_all_lpcrs(m, lpcr, LPCR_UPRT | LPCR_HR | LPCR_GTSE);
    return H_SUCCESS;
}
