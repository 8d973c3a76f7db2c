/* SPDX-License-Identifier: MIT */
/*
 * Debugger hooks of the interpreter (debug.c): breakpoints and
 * watchpoints for a debugger such as the gdb stub (core/front/gdbstub.c).
 *
 * Nothing here costs anything while cpu->debug is NULL. With a debugger
 * attached:
 *   - a breakpoint is a swapped handler: when a record at a breakpoint
 *     address is decoded, its exec becomes a trap that stops the CPU
 *     before the instruction (the instruction does not retire, so guest
 *     time is unchanged). Inserting or removing one invalidates the
 *     decoded code at the address, so the change is seen at once.
 *   - watchpoints turn the RAM fast path off (fast_mem), and the memory
 *     slow paths in mem.c check every data access against the watched
 *     ranges; a hit stops the CPU before the accessing instruction, as
 *     the hardware DAWR does (gdb treats PowerPC watchpoints as
 *     "non-steppable": it steps over the instruction itself).
 * Breakpoint addresses are compared as real addresses (the top 4 bits
 * of an effective address are ignored), matching the real-mode
 * translation of the interpreter.
 *
 * One PpcDebug is shared by all CPUs of a machine; its owner sets
 * on_stop to learn that a CPU stopped (the CPU also leaves ppc_cpu_run
 * with PPC_STOP_REQUEST at the next boundary).
 */
#ifndef FARAD_CPU_PPC_DEBUG_H
#define FARAD_CPU_PPC_DEBUG_H

#include "cpu.h"

/* Kinds of breakpoints/watchpoints, numbered as gdb's Z packets. */
typedef enum PpcDebugKind {
    PPC_DBG_SWBREAK = 0,
    PPC_DBG_HWBREAK = 1,
    PPC_DBG_WATCH_WRITE = 2,
    PPC_DBG_WATCH_READ = 3,
    PPC_DBG_WATCH_ACCESS = 4,
} PpcDebugKind;

typedef struct PpcDebugPoint {
    uint64_t addr;       /* real address (EA & 0x0fff...) */
    uint64_t len;        /* watchpoints: bytes watched; breakpoints: 4 */
    PpcDebugKind kind;
} PpcDebugPoint;

typedef struct PpcDebug {
    PpcDebugPoint *bps;   /* breakpoints */
    unsigned nbps, cap_bps;
    PpcDebugPoint *wps;   /* watchpoints */
    unsigned nwps, cap_wps;

    /* Step-over: a breakpoint at skip_addr is not installed while
     * skip_active (the stub steps over it with one instruction). */
    bool skip_active;
    uint64_t skip_addr;
    /* A watchpoint hit by skip_cpu at instruction count skip_icount is
     * ignored (resuming from a watchpoint stop). */
    const PpcCpu *skip_cpu;
    uint64_t skip_icount;

    /* The last stop: which CPU, what kind, the instruction's address and
     * for watchpoints the data address. hit_cpu NULL: none. */
    PpcCpu *hit_cpu;
    PpcDebugKind hit_kind;
    uint64_t hit_pc;
    uint64_t hit_data;

    void (*on_stop)(void *opaque, PpcCpu *cpu);
    void *opaque;
} PpcDebug;

/* Attach (dbg non-NULL) or detach (NULL) a debugger to one CPU. On
 * detach the CPU's decoded code is dropped so no trap stays behind. */
void ppc_debug_attach(PpcCpu *cpu, PpcDebug *dbg);

/* Insert a breakpoint or watchpoint of kind at addr (len bytes for
 * watchpoints) for every CPU sharing cpu's RAM (cpu: any of them,
 * attached). Returns false when addr is not in RAM (breakpoints) or len
 * is 0. Inserting an existing point again is fine (counted once). */
bool ppc_debug_insert(PpcCpu *cpu, PpcDebugKind kind, uint64_t addr,
                      uint64_t len);
/* Remove it; false when there was none. */
bool ppc_debug_remove(PpcCpu *cpu, PpcDebugKind kind, uint64_t addr,
                      uint64_t len);
/* Remove every point (detach). */
void ppc_debug_clear(PpcCpu *cpu);

/* Set or clear the step-over of a breakpoint at addr (see skip_active):
 * invalidates the decoded record there so the change takes effect. */
void ppc_debug_step_over(PpcCpu *cpu, bool on, uint64_t addr);

/* Is there a breakpoint at addr? */
bool ppc_debug_has_break(const PpcDebug *dbg, uint64_t addr);

/* ---- hooks for the interpreter (cpu->debug != NULL) ---- */

/* A record of the current page was decoded: install traps on the
 * decoded records at breakpoint addresses of this page. */
void ppc_debug_hook_decode(PpcCpu *cpu);

/* A data access of size bytes at ea by record d (NULL outside an
 * instruction): true when it hits a watchpoint; then the CPU is stopped
 * before d (NIP = its address, not counted) and the caller must fail
 * the access like an interrupt (return false / NULL). */
bool ppc_debug_hook_access(PpcCpu *cpu, const PpcInsn *d, uint64_t ea,
                           unsigned size, bool is_store);

#endif
