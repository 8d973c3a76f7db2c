/* SPDX-License-Identifier: MIT */
/*
 * The gdb stub's Z/z packets: software (Z0) and hardware (Z1)
 * breakpoints, write/read/access watchpoints (Z2/Z3/Z4), inserted into
 * the interpreter's debugger hooks (cpu-ppc/debug.h). All CPUs share
 * them. Farad has no limit on the number of hardware points; a
 * breakpoint outside RAM or misaligned gets an error reply.
 */
#include <string.h>

#include "gdb-int.h"

void gdb_break_packet(GdbStub *g, const char *pkt, char *out, size_t outsz)
{
    bool insert = pkt[0] == 'Z';
    const char *p = pkt + 1;
    uint64_t type, addr, len;
    if (!gdb_parse_hex(&p, &type) || *p++ != ',' ||
        !gdb_parse_hex(&p, &addr) || *p++ != ',' ||
        !gdb_parse_hex(&p, &len) || (*p && *p != ';')) {
        g_strlcpy(out, "E01", outsz);
        return;
    }
    if (type > PPC_DBG_WATCH_ACCESS) {
        g_strlcpy(out, "", outsz);  /* unsupported type: empty reply */
        return;
    }
    PpcDebugKind kind = (PpcDebugKind)type;
    PpcCpu *cpu = machine_cpu(g->m, 0);
    if ((kind == PPC_DBG_SWBREAK || kind == PPC_DBG_HWBREAK) && len != 4) {
        g_strlcpy(out, "E22", outsz);  /* PowerPC instructions are 4 bytes */
        return;
    }
    bool ok = insert ? ppc_debug_insert(cpu, kind, addr, len)
                     : ppc_debug_remove(cpu, kind, addr, len);
    g_strlcpy(out, ok ? "OK" : "E22", outsz);
}
