/* SPDX-License-Identifier: MIT */
/*
 * Hypercalls that touch guest physical memory: the H_LOGICAL_* debugger
 * accessors (also used by SLOF), H_PAGE_INIT and KVMPPC_H_LOGICAL_MEMOP,
 * with QEMU 7.2's checks and return codes (KVMPPC_H_CAS and
 * KVMPPC_H_UPDATE_DT: spapr-cas.c).
 */
#include <string.h>

#include "hcall.h"

#define H_BIT(n) (1ULL << (63 - (n)))
#define H_ICACHE_INVALIDATE H_BIT(40)
#define H_ICACHE_SYNCHRONIZE H_BIT(41)
#define H_ZERO_PAGE H_BIT(48)
#define H_COPY_PAGE H_BIT(49)
#define PAGE_SIZE 4096ULL

bool hcall_phys_read(Machine *m, uint64_t addr, unsigned size, uint64_t *v)
{
    if (spapr_ram_ok(m, addr, size)) {
        uint64_t x = 0;
        for (unsigned i = 0; i < size; i++) {
            x = (x << 8) | m->ram[addr + i];
        }
        *v = x;
        return true;
    }
    if (m->bus && bus_read(m->bus, addr, size, v)) {
        return true;
    }
    *v = 0;   /* unassigned memory reads as 0 */
    return false;
}

bool hcall_phys_write(Machine *m, uint64_t addr, unsigned size, uint64_t v)
{
    if (spapr_ram_ok(m, addr, size)) {
        uint8_t b[8];
        for (unsigned i = 0; i < size; i++) {
            b[i] = (uint8_t)(v >> (8 * (size - 1 - i)));
        }
        spapr_write_ram(m, addr, b, size);
        return true;
    }
    return m->bus && bus_write(m->bus, addr, size, v);
}

long h_logical_load(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint64_t size = args[0], addr = args[1];
    if (size != 1 && size != 2 && size != 4 && size != 8) {
        return H_PARAMETER;
    }
    hcall_phys_read(m, addr, (unsigned)size, &args[0]);
    return H_SUCCESS;
}

long h_logical_store(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint64_t size = args[0], addr = args[1], val = args[2];
    if (size != 1 && size != 2 && size != 4 && size != 8) {
        return H_PARAMETER;
    }
    hcall_phys_write(m, addr, (unsigned)size, val);
    return H_SUCCESS;
}

/* H_LOGICAL_ICBI / H_LOGICAL_DCBF: nothing to do in an emulator. */
long h_logical_nop(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)m;
    (void)cpu;
    (void)args;
    return H_SUCCESS;
}

long h_page_init(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint64_t flags = args[0], dst = args[1], src = args[2];
    if (flags & ~(H_ICACHE_SYNCHRONIZE | H_ICACHE_INVALIDATE | H_COPY_PAGE |
                  H_ZERO_PAGE)) {
        return H_PARAMETER;
    }
    if (!spapr_ram_ok(m, dst, PAGE_SIZE) || (dst & (PAGE_SIZE - 1))) {
        return H_PARAMETER;
    }
    if (flags & H_COPY_PAGE) {
        if (!spapr_ram_ok(m, src, PAGE_SIZE) || (src & (PAGE_SIZE - 1))) {
            return H_PARAMETER;
        }
        memmove(m->ram + dst, m->ram + src, PAGE_SIZE);
    } else if (flags & H_ZERO_PAGE) {
        memset(m->ram + dst, 0, PAGE_SIZE);
    }
    /* any change (and the icache flags) drops decoded code there */
    ppc_invalidate_code(m->cpu, dst, PAGE_SIZE);
    return H_SUCCESS;
}

/* Elements one KVMPPC_H_LOGICAL_MEMOP step moves (at most 512 KiB). */
#define MEMOP_STEP 0x10000ULL

/* KVMPPC_H_LOGICAL_MEMOP(dst, src, esize, count, op): QEMU 7.2 moves all
 * count (up to 2^31) elements in one call; farad moves MEMOP_STEP of
 * them per step and, if more remain, leaves r4/r5/r7 describing the
 * rest (a forward copy advances dst and src, a backward one keeps them)
 * and returns HCALL_AGAIN, so the same sc finishes the job. The rest is
 * itself a valid call with the same overlap direction, so a stop, a
 * snapshot or an interrupt between steps loses nothing. r4..r8 are
 * volatile across an hcall (PAPR); only a call longer than one step
 * leaves them changed. */
long h_logical_memop(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    uint64_t dst = args[0], src = args[1], esize = args[2];
    uint64_t count = args[3], op = args[4];
    if (count > 0x80000000ULL) {
        return H_PARAMETER;
    }
    uint64_t mask = esize < 64 ? (1ULL << esize) - 1 : ~0ULL;
    if ((dst & mask) || (src & mask) || op > 1) {
        return H_PARAMETER;
    }
    if (count && esize > 3) {
        return H_PARAMETER;   /* QEMU fails on the first element */
    }
    uint64_t n = MIN(count, MEMOP_STEP);
    int64_t step = (int64_t)1 << (esize & 3);
    bool backward = dst >= src && dst < src + (count << esize);
    if (backward) {
        dst += (count - 1) << esize;   /* overlap: copy backwards, from */
        src += (count - 1) << esize;   /* the top: the rest is below */
        step = -step;
    } else {
        args[0] += n << esize;         /* the rest follows these */
        args[1] += n << esize;
    }
    args[3] = count - n;
    unsigned size = 1u << (esize & 3);
    for (uint64_t i = 0; i < n; i++) {
        uint64_t v;
        hcall_phys_read(m, src, size, &v);
        if (op == 1) {
            v = ~v;
        }
        if (size < 8) {
            v &= (1ULL << (8 * size)) - 1;
        }
        hcall_phys_write(m, dst, size, v);
        dst += (uint64_t)step;
        src += (uint64_t)step;
    }
    if (args[3]) {
        cpu->exit_request = true;   /* let the host look between steps */
        m->end_chunk = true;
        return HCALL_AGAIN;
    }
    /* done: the registers as this step found them (for a call of one
     * step, as the guest set them: QEMU leaves them) */
    if (!backward) {
        args[0] -= n << esize;
        args[1] -= n << esize;
    }
    args[3] = count;
    return H_SUCCESS;
}
