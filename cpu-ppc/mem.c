/* SPDX-License-Identifier: MIT */
/*
 * Guest memory access slow paths: accesses that cross the end of RAM,
 * MMIO through the machine's bus (PpcEnv), and (later) translated
 * accesses. The RAM fast path is inline in internal.h.
 *
 * MMIO values cross PpcEnv in big-endian byte-image order (the first
 * byte in memory is the most significant); an LE guest access is
 * byte-swapped here.
 */
#include <inttypes.h>

#include "debug.h"
#include "internal.h"
#include "instrument.h"

/* Translate a data effective address to a physical one. Returns false
 * after raising the interrupt. Only real mode exists so far: a
 * relocated access is reported and treated as real. */
static bool translate_data(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                           bool is_store, uint64_t *pa)
{
    (void)cpu;
    (void)d;
    (void)is_store;
    *pa = ea & REAL_ADDR_MASK;
    return true;
}

bool ppc_load_slow(PpcCpu *cpu, const PpcInsn *d, uint64_t ea, unsigned size,
                   uint64_t *val)
{
    uint64_t pa;
    if (unlikely(cpu->debug) &&
        ppc_debug_hook_access(cpu, d, ea, size, false)) {
        return false;  /* watchpoint: stopped before the instruction */
    }
    if (!translate_data(cpu, d, ea, false, &pa)) {
        return false;
    }
    if (pa < cpu->ram_size && cpu->ram_size - pa >= size) {
        *val = ppc_host_read(cpu->ram + pa, size, cpu->le);
        if (unlikely(cpu->plugins)) {
            cpu->hooks->mem(cpu, d, ea, pa, size, false, *val, false);
        }
        return true;
    }
    uint64_t v = 0;
    if (!cpu->env.mmio_read ||
        !cpu->env.mmio_read(cpu->env.opaque, pa, size, &v)) {
        ppc_log_guest(cpu, PPC_TRACE_GUEST_ERRORS,
                      "load of %u bytes from unassigned address 0x%" PRIx64
                      " at 0x%" PRIx64 "\n", size, pa,
                      d ? ppc_insn_addr(cpu, d) : cpu->arch.nip);
        v = 0;  /* QEMU reads unassigned memory as 0 */
    }
    *val = cpu->le ? ppc_bswap(v, size) : v;
    if (unlikely(cpu->plugins)) {
        cpu->hooks->mem(cpu, d, ea, pa, size, false, *val, true);
    }
    return true;
}

bool ppc_store_slow(PpcCpu *cpu, const PpcInsn *d, uint64_t ea, unsigned size,
                    uint64_t val)
{
    uint64_t pa;
    if (unlikely(cpu->debug) &&
        ppc_debug_hook_access(cpu, d, ea, size, true)) {
        return false;
    }
    if (!translate_data(cpu, d, ea, true, &pa)) {
        return false;
    }
    if (pa < cpu->ram_size && cpu->ram_size - pa >= size) {
        ppc_host_write(cpu->ram + pa, size, val, cpu->le);
        ppc_invalidate_code(cpu, pa, size);
        if (unlikely(cpu->plugins)) {
            cpu->hooks->mem(cpu, d, ea, pa, size, true, val, false);
        }
        return true;
    }
    uint64_t v = cpu->le ? ppc_bswap(val, size) : val;
    if (!cpu->env.mmio_write ||
        !cpu->env.mmio_write(cpu->env.opaque, pa, size, v)) {
        ppc_log_guest(cpu, PPC_TRACE_GUEST_ERRORS,
                      "store of %u bytes to unassigned address 0x%" PRIx64
                      " at 0x%" PRIx64 "\n", size, pa,
                      d ? ppc_insn_addr(cpu, d) : cpu->arch.nip);
    }
    if (unlikely(cpu->plugins)) {
        cpu->hooks->mem(cpu, d, ea, pa, size, true, val, true);
    }
    return true;
}

uint8_t *ppc_ram_ptr(PpcCpu *cpu, const PpcInsn *d, uint64_t ea, unsigned size,
                     bool is_store, bool *is_mmio)
{
    uint64_t pa;
    *is_mmio = false;
    if (unlikely(cpu->debug) &&
        ppc_debug_hook_access(cpu, d, ea, size, is_store)) {
        return NULL;
    }
    if (!translate_data(cpu, d, ea, is_store, &pa)) {
        return NULL;
    }
    if (pa < cpu->ram_size && cpu->ram_size - pa >= size) {
        if (is_store) {
            ppc_invalidate_code(cpu, pa, size);
        }
        if (unlikely(cpu->plugins)) {
            cpu->hooks->mem(cpu, d, ea, pa, size, is_store, 0, false);
        }
        return cpu->ram + pa;
    }
    *is_mmio = true;
    return NULL;
}
