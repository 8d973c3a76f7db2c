/* SPDX-License-Identifier: MIT */
/*
 * Guest memory as a debugger sees it (the gdb stub, the monitor's x and
 * xp): physical addresses, or effective addresses the CPU translates
 * without side effects (ppc_debug_xlate: real mode, hash or radix).
 */
#include <string.h>

#include "machine.h"

/* The physical address of ea for a debugger: a load's translation, else
 * an instruction fetch's (a mapping only one of them may use). */
static bool debug_phys(PpcCpu *cpu, uint64_t ea, uint64_t *pa)
{
    return ppc_debug_xlate(cpu, ea, PPC_ACC_LOAD, pa) ||
           ppc_debug_xlate(cpu, ea, PPC_ACC_FETCH, pa);
}

bool machine_debug_rw(Machine *m, PpcCpu *cpu, uint64_t addr, uint8_t *buf,
                      uint64_t len, bool write, bool phys)
{
    uint64_t ram = machine_ram_size(m);
    while (len > 0) {
        uint64_t chunk = MIN(len, 0x1000 - (addr & 0xfff));
        uint64_t pa = addr;
        if (!phys && !debug_phys(cpu, addr, &pa)) {
            return false;
        }
        if (pa >= ram || ram - pa < chunk) {
            return false;
        }
        if (write) {
            memcpy(machine_ram(m) + pa, buf, chunk);
            ppc_invalidate_code(cpu, pa, chunk);
        } else {
            memcpy(buf, machine_ram(m) + pa, chunk);
        }
        addr += chunk;
        buf += chunk;
        len -= chunk;
    }
    return true;
}
