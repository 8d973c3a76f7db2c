/* SPDX-License-Identifier: MIT */
/*
 * The interpreter's run loop and decoded-page cache.
 *
 * Design: every RAM page that code runs from gets a PpcCodePage of
 * PPC_PAGE_INSNS records (+1 sentinel) per byte order. Records start as
 * a decode stub; the first execution of a record decodes the word in
 * place (decode_record) and runs it, so decoding is lazy and exact.
 * Stores to a page with decoded code put the touched records back to
 * the stub (ppc_invalidate_code), which makes self-modifying code
 * correct without leaving the loop.
 *
 * The inner loop is `d = d->exec(cpu, d)`: handlers return the next
 * record, so straight-line code and in-page branches never touch NIP;
 * the instruction address is recovered from the record's position
 * (ppc_insn_addr). A handler returns NULL, with arch.nip set, for
 * anything the loop must look at: a branch off the page, an interrupt,
 * an MSR change. The sentinel record after the last one moves on to the
 * next page without counting as an instruction.
 *
 * Time: instructions are counted in cpu->remaining; a slice never runs
 * past the next timer event (decrementer or machine event), so interrupts
 * are taken at exactly reproducible instruction counts.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "fastpath.h"
#include "internal.h"
#include "mmu.h"
#include "spr.h"
#include "timer.h"
#include "trace.h"
#include "instrument.h"

struct PpcCodePage {
    uint64_t pa;                  /* guest physical page base */
    bool le;                      /* byte order it was decoded in */
    PpcInsn recs[PPC_PAGE_INSNS + 1]; /* + sentinel */
};

static const PpcInsn *decode_stub(PpcCpu *cpu, const PpcInsn *d);

static const PpcInsn *page_end(PpcCpu *cpu, const PpcInsn *d)
{
    (void)d;
    cpu->uncounted++;  /* a step, not an instruction (see ppc_icount) */
    return ppc_goto(cpu, cpu->page_ea + 0x1000);
}

static void page_reset_records(PpcCodePage *p, unsigned first, unsigned n)
{
    if (first > 0) {
        ppc_unfuse(&p->recs[first - 1]);  /* its pair's second goes */
    }
    for (unsigned i = first; i < first + n; i++) {
        p->recs[i].exec = decode_stub;
        p->recs[i].op = PPC_OP_ILLEGAL;
        p->recs[i].uop = PPC_U_CALL;
    }
}

static PpcCodePage *page_new(uint64_t pa, bool le)
{
    PpcCodePage *p = calloc(1, sizeof(*p));
    if (!p) {
        abort();
    }
    p->pa = pa;
    p->le = le;
    page_reset_records(p, 0, PPC_PAGE_INSNS);
    p->recs[PPC_PAGE_INSNS].exec = page_end;
    return p;
}

/* Decode the word behind record d of the current page in place: the
 * row (illegal when newer than the CPU model), decode-time fast paths,
 * the page's code bit, then the plugin, debugger (breakpoints swap in
 * traps) and -d in_asm hooks. d must be one of the page's records (not
 * the sentinel). Returns the decoded record. */
static PpcInsn *decode_record(PpcCpu *cpu, const PpcInsn *d)
{
    PpcInsn *w = (PpcInsn *)d;  /* records belong to the page cache */
    unsigned idx = (unsigned)(d - cpu->page_recs);
    uint64_t pa = cpu->page->pa + idx * 4u;
    uint32_t raw = (uint32_t)ppc_host_read(cpu->ram + pa, 4, cpu->page->le);

    ppc_decode_isa(raw, w, cpu->isa);
    ppc_specialise(w, idx);
    PpcExecFn specialised = w->exec;
    cpu->code_bits[pa >> 12] |= PPC_CODE_HERE;
    if (pa >> 12) {
        cpu->code_bits[(pa >> 12) - 1] |= PPC_CODE_NEXT;
    }
    if (unlikely(cpu->plugins)) {
        cpu->hooks->decode(cpu, w, idx);
    }
    if (unlikely(cpu->debug)) {
        ppc_debug_hook_decode(cpu);
    }
    if (unlikely(cpu->trace & PPC_TRACE_IN_ASM)) {
        ppc_trace_insn(cpu, "IN", ppc_insn_addr(cpu, d), w);
    }
    if (w->exec != specialised) {
        w->uop = PPC_U_CALL;  /* a hook wrapped it: no inline micro-op */
    } else if (w->uop != PPC_U_CALL) {
        ppc_fuse(cpu->page->recs, idx);
    }
    return w;
}

static const PpcInsn *decode_stub(PpcCpu *cpu, const PpcInsn *d)
{
    PpcInsn *w = decode_record(cpu, d);
    return w->exec(cpu, w);
}

/* Find (or make) the records for the instruction at ea and make its page
 * current. Returns NULL after raising an instruction storage interrupt. */
static inline __attribute__((always_inline))
const PpcInsn *lookup(PpcCpu *cpu, uint64_t ea)
{
    ea = ppc_ea(cpu, ea);
    if (ea & 3) {
        ea &= ~3ULL;  /* the low bits of NIP are ignored */
    }
    uint64_t pa = ea & REAL_ADDR_MASK;
    if ((cpu->arch.msr & MSR_IR) && cpu->mmu_on) {
        /* decoded pages stay keyed by physical page: records hold no
         * EA, so two mappings of a page share them and a store through
         * any mapping invalidates them by PA */
        PpcFault f;
        if (!ppc_xlate(cpu, ea, PPC_ACC_FETCH, &pa, &f)) {
            ppc_raise_at(cpu, ea, f.vector, f.srr1);
            return NULL;
        }
    }
    if (pa >= cpu->ram_size) {
        /* nothing to fetch from: an instruction-side machine check
         * (SRR0 = the address, SRR1[42] = 0), as the hardware does and
         * kvm-unit-tests' interrupts test expects; QEMU 7.2 fetches
         * zeros and takes an illegal-instruction interrupt */
        ppc_log_guest(cpu, PPC_TRACE_GUEST_ERRORS,
                      "instruction fetch from %#llx outside RAM\n",
                      (unsigned long long)ea);
        ppc_raise_at(cpu, ea, EXCP_MACHINE_CHECK, 0);
        return NULL;
    }
    uint64_t pn = pa >> 12;
    PpcCodePage **slot = &cpu->pages[pn * 2 + (cpu->le ? 1 : 0)];
    if (!*slot) {
        *slot = page_new(pa & ~0xfffULL, cpu->le);
    }
    cpu->page = *slot;
    cpu->page_recs = (*slot)->recs;
    cpu->page_ea = ea & ~0xfffULL;
    struct PpcJumpEntry *e = &cpu->jump_cache[(ea >> 12) &
                                              (PPC_JUMP_ENTRIES - 1)];
    e->ea = cpu->page_ea;
    e->recs = cpu->page_recs;
    return &(*slot)->recs[(ea & 0xfff) >> 2];
}

/*
 * The off-page branch target cache: the records lookup found for an EA
 * page, direct-mapped by EA. An entry stays right as long as the fetch
 * translation, the byte order and the mode it was made in: decoded
 * pages are never freed, and a change of code inside one resets its
 * records in place (the entry keeps pointing at them), so the cache is
 * flushed exactly when the translation cache is (ppc_mmu_flush: slb*,
 * tlbie, MSR[PR,IR,DR], LPCR, PIDR, HPTE changes, snapshot loads) and
 * when MSR[LE] or MSR[SF] changes (ppc_cpu_state_changed).
 */
void ppc_jump_cache_flush(PpcCpu *cpu)
{
    /* all ones: not a page address, so no EA matches */
    memset(cpu->jump_cache, 0xff, sizeof(cpu->jump_cache));
}

/* lookup's result for ea when the cache has ea's page (the page made
 * current), else NULL with nothing changed. */
static inline __attribute__((always_inline))
const PpcInsn *lookup_cached(PpcCpu *cpu, uint64_t ea)
{
    const struct PpcJumpEntry *e =
        &cpu->jump_cache[(ea >> 12) & (PPC_JUMP_ENTRIES - 1)];
    if (e->ea != (ea & ~0xfffULL)) {
        return NULL;  /* also an EA not in mode (32-bit): lookup cuts it */
    }
    cpu->page = (PpcCodePage *)((const char *)e->recs -
                                offsetof(PpcCodePage, recs));
    cpu->page_recs = e->recs;
    cpu->page_ea = e->ea;
    return e->recs + ((ea & 0xfff) >> 2);
}

/* Reset records first..last of RAM page pn in both byte orders' pages. */
static inline void reset_page_records(PpcCpu *cpu, uint64_t pn, unsigned first,
                                      unsigned last)
{
    for (int le = 0; le < 2; le++) {
        PpcCodePage *cp = cpu->pages[pn * 2 + le];
        if (cp) {
            page_reset_records(cp, first, last - first + 1);
        }
    }
}

/* Drop one CPU's decoded records in [pa, pa+len) (already clipped). */
static void invalidate_one(PpcCpu *cpu, uint64_t pa, uint64_t len)
{
    if (unlikely(cpu->plugins)) {
        cpu->hooks->flush(cpu, pa, len);
    }
    uint64_t end = pa + len;
    for (uint64_t p = pa & ~0xfffULL; p < end; p += 0x1000) {
        uint64_t pn = p >> 12;
        if (!(cpu->code_bits[pn] & PPC_CODE_HERE)) {
            continue;
        }
        uint64_t lo = p > pa ? p : pa;
        uint64_t hi = p + 0x1000 < end ? p + 0x1000 : end;
        unsigned first = (unsigned)((lo & 0xfff) >> 2);
        unsigned last = (unsigned)(((hi - 1) & 0xfff) >> 2);
        reset_page_records(cpu, pn, first, last);
    }
}

/* ppc_invalidate_code for any range and CPU group. */
__attribute__((noinline))
static void invalidate_range(PpcCpu *cpu, uint64_t pa, uint64_t len)
{
    if (len > cpu->ram_size - pa) {
        len = cpu->ram_size - pa;
    }
    PpcCpu *c = cpu;
    do {
        invalidate_one(c, pa, len);
        c = c->sibling;
    } while (c && c != cpu);
}

void ppc_invalidate_code(PpcCpu *cpu, uint64_t pa, uint64_t len)
{
    if (len == 0 || pa >= cpu->ram_size) {
        return;
    }
    if (cpu->sibling == cpu && !cpu->plugins && len <= 16 &&
        (pa & 0xfff) + len <= 0x1000) {
        /* the common case, a store of data next to code: one CPU, one
         * page, a record or a few */
        uint64_t pn = pa >> 12;
        if (cpu->code_bits[pn] & PPC_CODE_HERE) {
            unsigned first = (unsigned)((pa & 0xfff) >> 2);
            unsigned last = (unsigned)(((pa + len - 1) & 0xfff) >> 2);
            reset_page_records(cpu, pn, first, last);
        }
        return;
    }
    invalidate_range(cpu, pa, len);
}

void ppc_cpu_link(PpcCpu *cpu, PpcCpu *group)
{
    /* one code_bits map for the group: a page's bits are set when any
     * of them decoded code there, so the store fast path's check covers
     * every CPU's decoded pages */
    if (cpu->code_bits != group->code_bits) {
        free(cpu->code_bits);
        cpu->code_bits = group->code_bits;
        cpu->code_bits_shared = true;
    }
    cpu->sibling = group->sibling;
    group->sibling = cpu;
}

uint64_t ppc_code_page_pa(const PpcCodePage *p)
{
    return p->pa;
}

bool ppc_code_page_le(const PpcCodePage *p)
{
    return p->le;
}

bool ppc_insn_is_stub(const PpcInsn *d)
{
    return d->exec == decode_stub;
}

uint64_t ppc_timebase(const PpcCpu *cpu)
{
    unsigned __int128 ns = (unsigned __int128)ppc_vclock(cpu) << cpu->tb_shift;
    return (uint64_t)(ns * 64 / 125) + cpu->arch.tb_offset;  /* 512 MHz */
}

/* Virtual time (ppc_vclock) at which the decrementer exception comes
 * into existence, or UINT64_MAX (timer.c). */
static uint64_t dec_deadline(const PpcCpu *cpu)
{
    return ppc_dec_deadline(cpu);
}

uint64_t ppc_next_timer(const PpcCpu *cpu)
{
    return ppc_dec_deadline(cpu);
}

static void take_pending_interrupts(PpcCpu *cpu)
{
    uint64_t now = ppc_vclock(cpu);
    if (!cpu->arch.dec_pending && dec_deadline(cpu) <= now) {
        cpu->arch.dec_pending = 1;
    }
    bool ext = cpu->env.external_pending &&
               cpu->env.external_pending(cpu->env.opaque, cpu);
    if (cpu->arch.halted && (ext || cpu->arch.dec_pending)) {
        cpu->arch.halted = 0;  /* H_CEDE wakes on any interrupt */
        if (cpu->env.woke) {
            cpu->env.woke(cpu->env.opaque, cpu);
        }
    }
    if (!(cpu->arch.msr & MSR_EE)) {
        return;
    }
    if (ext) {
        ppc_raise_at(cpu, cpu->arch.nip, EXCP_EXTERNAL, 0);
    } else if (cpu->arch.dec_pending) {
        /* level-style: stays until mtdec writes a non-negative value */
        ppc_raise_at(cpu, cpu->arch.nip, EXCP_DECREMENTER, 0);
    }
}

/* -d exec / -d cpu output before record d runs (decoding it first so
 * the trace shows the instruction; the sentinel is never a stub). */
static void trace_before(PpcCpu *cpu, const PpcInsn *d)
{
    if (d->exec == decode_stub) {
        decode_record(cpu, d);
    }
    if (d->exec == page_end) {
        return;
    }
    if (cpu->trace & PPC_TRACE_CPU) {
        cpu->arch.nip = ppc_insn_addr(cpu, d);
        ppc_cpu_dump(cpu, cpu->log);
    }
    if (cpu->trace & PPC_TRACE_EXEC) {
        ppc_trace_insn(cpu, "EX", ppc_insn_addr(cpu, d), d);
    }
}

__attribute__((noinline, cold))
static void run_slice_traced(PpcCpu *cpu, const PpcInsn *d)
{
    while (d) {
        if (cpu->trace & (PPC_TRACE_EXEC | PPC_TRACE_CPU)) {
            trace_before(cpu, d);
        }
        d = d->exec(cpu, d);
        if (--cpu->remaining <= 0) {
            break;
        }
    }
    if (d) {
        cpu->arch.nip = ppc_insn_addr(cpu, d);
    }
}

/* Instructions after which MSR[SE] raises no trace interrupt (ISA 3.0
 * Book III, Trace interrupt): the ones that change the MSR or leave by
 * their own interrupt. QEMU 7.2 traces mtmsr/mtmsrd that leave MSR[SE]
 * set (and rfid when MSR[SE] was 1); farad follows the ISA. */
static bool se_exempt(unsigned op)
{
    switch (op) {
    case PPC_OP_rfid:
    case PPC_OP_hrfid:
    case PPC_OP_rfscv:
    case PPC_OP_mtmsr:
    case PPC_OP_mtmsrd:
    case PPC_OP_sc:
    case PPC_OP_scv:
        return true;
    default:
        return false;
    }
}

/*
 * After record d ran with old_msr and returned next: the trace
 * interrupt (0xd00) when MSR[SE] was 1 (d not exempt) or MSR[BE] was 1
 * and d is a branch (taken or not), and d completed: an interrupt it
 * raised cleared SE and BE. SRR0 = the next instruction; from ISA 2.07
 * (POWER8) SRR1[33] = 1 and SIAR = the traced instruction's address
 * (Book III 6.5.15; QEMU 7.2 leaves both alone, QEMU 8.2 sets them:
 * tests/guest/excp-trace.isa). Returns the record to go on with, NULL
 * after the interrupt.
 */
static const PpcInsn *trace_after(PpcCpu *cpu, const PpcInsn *d,
                                  uint64_t old_msr, const PpcInsn *next)
{
    bool want = ((old_msr & MSR_SE) && !se_exempt(d->op)) ||
                ((old_msr & MSR_BE) &&
                 (ppc_op_info[d->op].flags & F_BRANCH));
    if (!want || !(cpu->arch.msr & (MSR_SE | MSR_BE))) {
        return next;
    }
    uint64_t nip = next ? ppc_insn_addr(cpu, next) : cpu->arch.nip;
    uint64_t srr1 = 0;
    if (cpu->isa >= PPC_ISA_207) {
        cpu->arch.spr_misc[PPC_SPR_SLOT_siar] = ppc_insn_addr(cpu, d);
        srr1 = SRR1_TRACE_207;
    }
    ppc_raise_at(cpu, ppc_ea(cpu, nip), EXCP_TRACE, srr1);
    return NULL;
}

/*
 * The stepping path, taken while MSR[SE] or MSR[BE] is set (cpu->
 * step_trace): one record at a time, each followed by the trace check.
 * The fast loop never looks at the MSR; ppc_cpu_state_changed sets
 * step_trace and the run loop picks this path at its next lookup.
 * Both slow paths stay out of line (noinline, cold): inlined into
 * ppc_cpu_run they cost the fast loop one host instruction per guest
 * instruction (callgrind, intloop: 658 M -> 688 M Ir).
 */
__attribute__((noinline, cold))
static void run_slice_stepping(PpcCpu *cpu, const PpcInsn *d)
{
    while (d) {
        trace_before(cpu, d);   /* decodes; prints under -d exec/cpu */
        if (d->exec == page_end) {
            d = d->exec(cpu, d);
        } else {
            uint64_t old_msr = cpu->arch.msr;
            int64_t uncounted = cpu->uncounted;  /* a debugger stop */
            const PpcInsn *next = d->exec(cpu, d);
            d = cpu->uncounted == uncounted
                    ? trace_after(cpu, d, old_msr, next) : next;
        }
        if (--cpu->remaining <= 0) {
            break;
        }
    }
    if (d) {
        cpu->arch.nip = ppc_insn_addr(cpu, d);
    }
}

/* The record-at-a-time loop: every record through its exec. Used while
 * a plugin or the debugger may have swapped a record's exec (plugin
 * wrappers, breakpoint traps) behind its micro-op. */
__attribute__((noinline))
static void run_slice_calls(PpcCpu *cpu, const PpcInsn *d)
{
    /* The count lives in a register; it is stored (never re-loaded) so
     * handlers still read an exact cpu->remaining without a load-store
     * dependency chain through memory on every instruction. */
    int64_t n = cpu->remaining;
    do {
        cpu->remaining = n;
        d = d->exec(cpu, d);
    } while (--n > 0 && d);
    cpu->remaining = n;
    if (d) {
        cpu->arch.nip = ppc_insn_addr(cpu, d);
    }
}

/* True when run_slice must stop before the next record: what
 * ppc_cpu_run checks after a slice ends early (recheck, exit_request).
 * What selects a slower path needs no test here: run_slice starts only
 * with all of it off, and each can only come on with recheck set
 * (MSR[SE,BE] through ppc_cpu_state_changed, plugins and debuggers
 * attach through it too; -d is set before the machine runs). */
static inline bool leave_fast_path(const PpcCpu *cpu)
{
    return cpu->stop_bits != 0;  /* recheck | exit_request */
}

/* gcc would merge the cases' dispatch tails into one shared indirect
 * jump; clang keeps them apart by itself and has no such option. */
#if defined(__GNUC__) && !defined(__clang__)
#define KEEP_DISPATCH_TAILS __attribute__((optimize("no-crossjumping")))
#else
#define KEEP_DISPATCH_TAILS
#endif

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#define RUN_SLICE run_slice_movbe
#define RUN_SLICE_TARGET __attribute__((target("movbe")))
#include "run-slice.inc"
#undef RUN_SLICE
#undef RUN_SLICE_TARGET
#define HAVE_RUN_SLICE_MOVBE 1
#else
#define HAVE_RUN_SLICE_MOVBE 0
#endif
#define RUN_SLICE run_slice_plain
#define RUN_SLICE_TARGET
#include "run-slice.inc"
#undef RUN_SLICE
#undef RUN_SLICE_TARGET

/* Which copy of the fast loop runs: -1 until the first ppc_cpu_new
 * asks the host (cpuid), then 1 for the movbe one, 0 for the plain. */
static int use_movbe = -1;

static bool host_has_movbe(void)
{
#if HAVE_RUN_SLICE_MOVBE
    unsigned a, b, c, d;
    return __get_cpuid(1, &a, &b, &c, &d) && (c & bit_MOVBE);
#else
    return false;
#endif
}

bool ppc_run_loop_movbe(bool want)
{
    use_movbe = want && host_has_movbe();
    return use_movbe;
}

/* The fast loop (run-slice.inc) in the copy for this host. */
static inline bool run_slice(PpcCpu *cpu, const PpcInsn *d)
{
#if HAVE_RUN_SLICE_MOVBE
    if (use_movbe) {
        return run_slice_movbe(cpu, d);
    }
#endif
    return run_slice_plain(cpu, d);
}

void ppc_cpu_wake_pending(PpcCpu *cpu)
{
    if (cpu->arch.halted) {
        take_pending_interrupts(cpu);
    }
}

PpcStop ppc_cpu_run(PpcCpu *cpu, int64_t max_insns)
{
    int64_t left = max_insns;

    while (left > 0) {
        if (cpu->exit_request) {
            cpu->exit_request = false;
            return PPC_STOP_REQUEST;
        }
        cpu->slice = cpu->remaining = 0;
        take_pending_interrupts(cpu);
        if (cpu->arch.halted) {
            return PPC_STOP_HALTED;
        }
        uint64_t now = cpu->icount + cpu->idle;
        uint64_t until = dec_deadline(cpu);
        if (cpu->env.next_event) {
            uint64_t m = cpu->env.next_event(cpu->env.opaque, cpu);
            if (m < until) {
                until = m;
            }
        }
        if (until <= now) {
            if (until != dec_deadline(cpu)) {
                return PPC_STOP_REQUEST;  /* a machine event is due */
            }
            continue;  /* the decrementer fired: taken above next time */
        }
        int64_t slice = left;
        if (until - now < (uint64_t)slice) {
            slice = (int64_t)(until - now);
        }
        cpu->slice = cpu->remaining = slice;
        /* Off-page branches continue the slice after a page lookup; only
         * what may change interrupt or timer state (recheck) goes back
         * to the checks above. */
        cpu->recheck = false;
        for (;;) {
            const PpcInsn *d = lookup(cpu, cpu->arch.nip);
            if (!d) {
                cpu->remaining--;  /* the faulting fetch counts as one step */
                break;
            }
            if (unlikely(cpu->step_trace)) {
                run_slice_stepping(cpu, d);
            } else if (unlikely(cpu->trace & (PPC_TRACE_EXEC | PPC_TRACE_CPU))) {
                run_slice_traced(cpu, d);
            } else if (unlikely(cpu->plugins || cpu->debug)) {
                run_slice_calls(cpu, d);
            } else if (run_slice(cpu, d)) {
                cpu->remaining--;  /* as for the fetch fault above */
                break;
            }
            if (cpu->remaining <= 0 || cpu->recheck || cpu->exit_request) {
                break;
            }
        }
        uint64_t done = ppc_icount(cpu) - cpu->icount;
        cpu->icount += done;
        left -= (int64_t)done;
        cpu->slice = cpu->remaining = cpu->uncounted = 0;
    }
    return PPC_STOP_BUDGET;
}

void ppc_set_msr(PpcCpu *cpu, uint64_t msr)
{
    cpu->arch.msr = msr & ~MSR_HV;  /* a partition never runs with HV */
    ppc_cpu_state_changed(cpu);
}

void ppc_cpu_state_changed(PpcCpu *cpu)
{
    uint64_t msr = cpu->arch.msr;
    cpu->recheck = true;  /* EE or the mode may have changed */
    cpu->le = (msr & MSR_LE) != 0;
    cpu->sf = (msr & MSR_SF) != 0;
    if ((msr & (MSR_PR | MSR_IR | MSR_DR)) != cpu->tlb_msr) {
        cpu->tlb_msr = msr & (MSR_PR | MSR_IR | MSR_DR);
        ppc_mmu_flush(cpu);  /* translations depend on PR (keys) */
    }
    /* the MMU: radix when LPCR[HR], else the HPT if there is one; with
     * neither, relocated accesses run as real ones */
    cpu->radix = (cpu->arch.lpcr & LPCR_HR) != 0;
    cpu->mmu_on = cpu->radix || cpu->htab;
    /* what lookup's result depends on besides the translations */
    uint64_t jump_key = (msr & (MSR_LE | MSR_SF | MSR_IR)) |
                        (uint64_t)cpu->radix << 2 | (uint64_t)cpu->mmu_on << 3;
    if (jump_key != cpu->jump_key) {
        cpu->jump_key = jump_key;
        ppc_jump_cache_flush(cpu);
    }
    /* the RAM fast path needs real mode (or no MMU: relocation off);
     * translation is in mem.c */
    cpu->fast_mem = !(msr & MSR_DR) || !cpu->mmu_on;
    /* single-step / branch trace: the run loop's stepping path */
    cpu->step_trace = (msr & (MSR_SE | MSR_BE)) != 0;
    bool watched = (unlikely(cpu->plugins) && cpu->hooks->wants_mem(cpu)) ||
                   (unlikely(cpu->debug) && cpu->debug->nwps);
    if (watched) {
        /* memory callbacks report, watchpoints are checked in mem.c */
        cpu->fast_mem = false;
    }
    cpu->fast_mask = cpu->sf ? REAL_ADDR_MASK : 0xffffffffULL;
    cpu->ea_mask = cpu->sf ? ~0ULL : 0xffffffffULL;
    /* real mode never uses the data side of the translation cache
     * (ppc_load/ppc_store_next test fast_mem first; the micro-ops rely
     * on this) */
    cpu->tlb_want = cpu->fast_mem ? PPC_TLB_RAM : PPC_TLB_VALID | PPC_TLB_RAM;
    bool fp = (msr & MSR_FP) != 0;
    cpu->fp_fast_end[0] = fp ? cpu->fast_end[2] : 0;
    cpu->fp_fast_end[1] = fp ? cpu->fast_end[3] : 0;
    cpu->fp_tlb_want = fp ? cpu->tlb_want : PPC_TLB_RAM;
    for (unsigned k = 0; k < 4; k++) {
        cpu->fast_end[k] = cpu->fast_mem ? cpu->ram_size - (1u << k) + 1 : 0;
    }
    if (watched != cpu->mem_watched) {
        /* cached host pointers (PPC_TLB_RAM) would bypass them */
        cpu->mem_watched = watched;
        ppc_mmu_flush(cpu);
    }
}

uint64_t ppc_get_xer(const PpcCpu *cpu)
{
    const PpcArch *a = &cpu->arch;
    return a->xer_rest | ((uint64_t)a->so << 31) | ((uint64_t)a->ov << 30) |
           ((uint64_t)a->ca << 29) | ((uint64_t)a->ov32 << 19) |
           ((uint64_t)a->ca32 << 18) | a->xer_bc;
}

void ppc_set_xer(PpcCpu *cpu, uint64_t v)
{
    PpcArch *a = &cpu->arch;
    a->so = (v >> 31) & 1;
    a->ov = (v >> 30) & 1;
    a->ca = (v >> 29) & 1;
    a->ov32 = (v >> 19) & 1;
    a->ca32 = (v >> 18) & 1;
    a->xer_bc = v & 0x7f;
    /* QEMU keeps the other bits of the low word (reserved, but they read
     * back) and drops the high word; tests/insn/int.vec mcrxrx_xer_* */
    a->xer_rest = v & 0xffffffffULL & ~(uint64_t)(XER_SO | XER_OV | XER_CA |
                                                  XER_OV32 | XER_CA32 | 0x7f);
}

PpcCpu *ppc_cpu_new(int index, uint8_t *ram, uint64_t ram_size,
                    const PpcEnv *env)
{
    PpcCpu *cpu = calloc(1, sizeof(*cpu));
    if (!cpu || (ram_size & 0xfff)) {
        abort();   /* the contract: callers check the RAM size first */
    }
    ppc_decode_init();
    if (use_movbe < 0) {
        ppc_run_loop_movbe(true);
    }
    cpu->index = index;
    cpu->ram = ram;
    cpu->ram_size = ram_size;
    cpu->npages = ram_size >> 12;
    cpu->code_bits = calloc(cpu->npages + 1, 1);
    cpu->pages = calloc(cpu->npages * 2, sizeof(PpcCodePage *));
    if (!cpu->code_bits || !cpu->pages) {
        abort();
    }
    cpu->env = *env;
    cpu->sibling = cpu;
    cpu->pvr = 0x004e1200;  /* POWER9 v2.0 until the machine picks */
    cpu->isa = PPC_ISA_300;
    cpu->large_decr = true;
    cpu->hpt_max_shift = 34;  /* 16G until the machine says */
    cpu->log = stderr;
    ppc_cpu_reset(cpu);
    return cpu;
}

void ppc_cpu_free(PpcCpu *cpu)
{
    if (!cpu) {
        return;
    }
    for (uint64_t i = 0; i < cpu->npages * 2; i++) {
        free(cpu->pages[i]);
    }
    free(cpu->pages);
    if (!cpu->code_bits_shared) {
        free(cpu->code_bits);
    }
    for (PpcCpu *p = cpu->sibling; p && p != cpu; p = p->sibling) {
        if (p->sibling == cpu) {
            p->sibling = cpu->sibling;   /* unlink from the ring */
            break;
        }
    }
    ppc_trace_close(cpu);
    free(cpu);
}

void ppc_cpu_reset(PpcCpu *cpu)
{
    memset(&cpu->arch, 0, sizeof(cpu->arch));
    cpu->cfar_rec = NULL;
    cpu->arch.nip = 0x100;
    cpu->arch.reserve_addr = RESERVE_NONE;
    cpu->arch.pir = (uint64_t)cpu->index;
    /* the machine's cap-large-decr (pseries-7.2 on POWER9) */
    cpu->arch.lpcr = cpu->large_decr ? LPCR_LD : 0;
    cpu->arch.dec_base = 0xffffffff;  /* QEMU's reset DEC, positive with LD */
    cpu->arch.dec_written_tb = ppc_tb_raw(cpu);
    ppc_spr_reset(cpu);
    ppc_invalidate_code(cpu, 0, cpu->ram_size);
    ppc_mmu_flush(cpu);
    ppc_cpu_state_changed(cpu);
}
