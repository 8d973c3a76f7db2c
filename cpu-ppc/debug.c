/* SPDX-License-Identifier: MIT */
/*
 * Debugger hooks: breakpoints as swapped record handlers, watchpoints
 * checked on the memory slow path (see debug.h for the design).
 */
#include <stdlib.h>

#include "debug.h"
#include "instrument.h"
#include "internal.h"

static uint64_t real(uint64_t ea)
{
    return ea & REAL_ADDR_MASK;
}

/* Recompute fast_mem (it follows the watchpoints) of every CPU sharing
 * cpu's RAM (the sibling ring). */
static void refresh_all(PpcCpu *cpu)
{
    PpcCpu *c = cpu;
    do {
        ppc_cpu_state_changed(c);
        c = c->sibling;
    } while (c && c != cpu);
}

void ppc_debug_attach(PpcCpu *cpu, PpcDebug *dbg)
{
    cpu->debug = dbg;
    ppc_cpu_state_changed(cpu);
}

static bool same(const PpcDebugPoint *p, PpcDebugKind kind, uint64_t addr,
                 uint64_t len)
{
    return p->kind == kind && p->addr == addr && p->len == len;
}

static bool is_break(PpcDebugKind kind)
{
    return kind == PPC_DBG_SWBREAK || kind == PPC_DBG_HWBREAK;
}

bool ppc_debug_insert(PpcCpu *cpu, PpcDebugKind kind, uint64_t addr,
                      uint64_t len)
{
    PpcDebug *g = cpu->debug;
    if (!g) {
        return false;
    }
    addr = real(addr);
    bool brk = is_break(kind);
    if (brk) {
        len = 4;
        if (addr >= cpu->ram_size || (addr & 3)) {
            return false;
        }
    } else if (len == 0 || addr + len < addr) {
        return false;
    }
    PpcDebugPoint **arr = brk ? &g->bps : &g->wps;
    unsigned *n = brk ? &g->nbps : &g->nwps;
    unsigned *cap = brk ? &g->cap_bps : &g->cap_wps;
    for (unsigned i = 0; i < *n; i++) {
        if (same(&(*arr)[i], kind, addr, len)) {
            return true;
        }
    }
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        PpcDebugPoint *p = realloc(*arr, *cap * sizeof(**arr));
        if (!p) {
            abort();
        }
        *arr = p;
    }
    (*arr)[(*n)++] = (PpcDebugPoint){ addr, len, kind };
    if (brk) {
        ppc_invalidate_code(cpu, addr, 4);  /* re-decoded with the trap */
    } else {
        refresh_all(cpu);
    }
    return true;
}

bool ppc_debug_remove(PpcCpu *cpu, PpcDebugKind kind, uint64_t addr,
                      uint64_t len)
{
    PpcDebug *g = cpu->debug;
    if (!g) {
        return false;
    }
    addr = real(addr);
    bool brk = is_break(kind);
    if (brk) {
        len = 4;
    }
    PpcDebugPoint *arr = brk ? g->bps : g->wps;
    unsigned *n = brk ? &g->nbps : &g->nwps;
    for (unsigned i = 0; i < *n; i++) {
        if (same(&arr[i], kind, addr, len)) {
            arr[i] = arr[--*n];
            if (brk) {
                ppc_invalidate_code(cpu, addr, 4);
            } else {
                refresh_all(cpu);
            }
            return true;
        }
    }
    return false;
}

void ppc_debug_clear(PpcCpu *cpu)
{
    PpcDebug *g = cpu->debug;
    if (!g) {
        return;
    }
    for (unsigned i = 0; i < g->nbps; i++) {
        ppc_invalidate_code(cpu, g->bps[i].addr, 4);
    }
    g->nbps = 0;
    g->nwps = 0;
    g->skip_active = false;
    g->skip_cpu = NULL;
    refresh_all(cpu);
}

void ppc_debug_step_over(PpcCpu *cpu, bool on, uint64_t addr)
{
    PpcDebug *g = cpu->debug;
    if (!g) {
        return;
    }
    if (g->skip_active) {
        ppc_invalidate_code(cpu, g->skip_addr, 4);
    }
    g->skip_active = on;
    g->skip_addr = real(addr);
    if (on) {
        ppc_invalidate_code(cpu, g->skip_addr, 4);
    }
}

bool ppc_debug_has_break(const PpcDebug *g, uint64_t addr)
{
    addr = real(addr);
    for (unsigned i = 0; i < g->nbps; i++) {
        if (g->bps[i].addr == addr) {
            return true;
        }
    }
    return false;
}

static void stop_cpu(PpcCpu *cpu, PpcDebugKind kind, uint64_t pc,
                     uint64_t data)
{
    PpcDebug *g = cpu->debug;
    g->hit_cpu = cpu;
    g->hit_kind = kind;
    g->hit_pc = pc;
    g->hit_data = data;
    cpu->uncounted++;          /* the instruction did not run */
    cpu->exit_request = true;  /* leave ppc_cpu_run */
    if (g->on_stop) {
        g->on_stop(g->opaque, cpu);
    }
}

/* The handler of a record at a breakpoint: stop before it. */
static const PpcInsn *debug_trap(PpcCpu *cpu, const PpcInsn *d)
{
    PpcDebug *g = cpu->debug;
    uint64_t pc = ppc_insn_addr(cpu, d);
    PpcDebugKind kind = PPC_DBG_SWBREAK;
    bool hit = false;
    if (g && !(g->skip_active && g->skip_addr == real(pc))) {
        for (unsigned i = 0; i < g->nbps; i++) {
            if (g->bps[i].addr == real(pc)) {
                kind = g->bps[i].kind;
                hit = true;
                break;
            }
        }
    }
    if (!hit) {
        /* stale trap (point removed, or stepping over it): decode the
         * record again and run the instruction */
        ppc_invalidate_code(cpu, real(pc), 4);
        return d->exec(cpu, d);
    }
    stop_cpu(cpu, kind, pc, 0);
    return ppc_goto(cpu, pc);
}

void ppc_debug_hook_decode(PpcCpu *cpu)
{
    PpcDebug *g = cpu->debug;
    uint64_t page = real(cpu->page_ea);
    for (unsigned i = 0; i < g->nbps; i++) {
        uint64_t a = g->bps[i].addr;
        if ((a & ~0xfffULL) != page ||
            (g->skip_active && g->skip_addr == a)) {
            continue;
        }
        PpcInsn *r = (PpcInsn *)&cpu->page_recs[(a & 0xfff) >> 2];
        if (!ppc_insn_is_stub(r)) {
            r->exec = debug_trap;
        }
    }
}

bool ppc_debug_hook_access(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                           unsigned size, bool is_store)
{
    PpcDebug *g = cpu->debug;
    if (!d || !g->nwps) {
        return false;
    }
    uint64_t a = real(ea);
    for (unsigned i = 0; i < g->nwps; i++) {
        const PpcDebugPoint *w = &g->wps[i];
        bool kind_ok = w->kind == PPC_DBG_WATCH_ACCESS ||
                       (is_store ? w->kind == PPC_DBG_WATCH_WRITE
                                 : w->kind == PPC_DBG_WATCH_READ);
        if (!kind_ok || a + size <= w->addr || a >= w->addr + w->len) {
            continue;
        }
        if (g->skip_cpu == cpu && g->skip_icount == ppc_icount(cpu)) {
            return false;  /* resuming from this very stop */
        }
        uint64_t pc = ppc_insn_addr(cpu, d);
        cpu->arch.nip = pc;
        stop_cpu(cpu, w->kind, pc, a > w->addr ? a : w->addr);
        return true;
    }
    return false;
}
