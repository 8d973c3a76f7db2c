/* SPDX-License-Identifier: MIT */
/*
 * The PPC64 CPU state (Power ISA 3.0, Book I and the Book III-S parts a
 * pseries partition sees) and the public entry points of the interpreter.
 *
 * State is split in three, as DESIGN.md asks:
 *   PpcArch  architected state: reset with memset, saved in snapshots;
 *   the rest of PpcCpu: derived caches (decoded pages, fast-path flags),
 *            rebuilt by ppc_cpu_state_changed(), never saved;
 *   PpcEnv:  the machine's services the CPU calls out to (memory, hcalls).
 * Hot fields come first in PpcArch and are accessed with fixed small
 * offsets from the cpu pointer; do not reorder them without measuring.
 */
#ifndef FARAD_CPU_PPC_CPU_H
#define FARAD_CPU_PPC_CPU_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct PpcCpu PpcCpu;
typedef struct PpcInsn PpcInsn;
typedef struct PpcCodePage PpcCodePage;

/* One 128-bit vector-scalar register (VSR). dw[0] is doubleword 0 in
 * the ISA's numbering (bits 0..63, the most significant half), dw[1]
 * doubleword 1; cpu-ppc/vec.h has the element accessors. */
typedef struct PpcVec {
    uint64_t dw[2];
} PpcVec;

/* MSR bits, numbered as the ISA's bit 63-n (i.e. by value). */
#define MSR_SF   (1ULL << 63)  /* 64-bit mode */
#define MSR_HV   (1ULL << 60)  /* hypervisor state (always 0 for a partition) */
#define MSR_VEC  (1ULL << 25)  /* vector available */
#define MSR_VSX  (1ULL << 23)  /* VSX available */
#define MSR_EE   (1ULL << 15)  /* external interrupt enable */
#define MSR_PR   (1ULL << 14)  /* problem state */
#define MSR_FP   (1ULL << 13)  /* floating point available */
#define MSR_ME   (1ULL << 12)  /* machine check enable */
#define MSR_FE0  (1ULL << 11)  /* FP exception mode 0 */
#define MSR_SE   (1ULL << 10)  /* single step trace */
#define MSR_BE   (1ULL << 9)   /* branch trace */
#define MSR_FE1  (1ULL << 8)   /* FP exception mode 1 */
#define MSR_IR   (1ULL << 5)   /* instruction relocate */
#define MSR_DR   (1ULL << 4)   /* data relocate */
#define MSR_PMM  (1ULL << 2)
#define MSR_RI   (1ULL << 1)   /* recoverable interrupt */
#define MSR_LE   (1ULL << 0)   /* little-endian mode */

/* XER bits (value positions in the 64-bit register). */
#define XER_SO   (1u << 31)
#define XER_OV   (1u << 30)
#define XER_CA   (1u << 29)
#define XER_OV32 (1u << 19)
#define XER_CA32 (1u << 18)

/* LPCR bits used by a partition. */
#define LPCR_ILE (1ULL << 25)  /* interrupts taken little-endian */
#define LPCR_AIL_SHIFT 23      /* alternate interrupt location (2 bits) */
#define LPCR_GTSE (1ULL << 10) /* guest translation shootdown enable */
#define LPCR_UPRT (1ULL << 22) /* use process table */
#define LPCR_HR   (1ULL << 20) /* host radix: the radix MMU translates */

/* Interrupt vectors (Book III-S 6.5). */
enum {
    EXCP_SYSTEM_RESET = 0x100,
    EXCP_MACHINE_CHECK = 0x200,
    EXCP_DSI = 0x300,
    EXCP_DSEG = 0x380,
    EXCP_ISI = 0x400,
    EXCP_ISEG = 0x480,
    EXCP_EXTERNAL = 0x500,
    EXCP_ALIGNMENT = 0x600,
    EXCP_PROGRAM = 0x700,
    EXCP_FPU_UNAVAIL = 0x800,
    EXCP_DECREMENTER = 0x900,
    EXCP_SYSCALL = 0xc00,
    EXCP_TRACE = 0xd00,
    EXCP_VEC_UNAVAIL = 0xf20,
    EXCP_VSX_UNAVAIL = 0xf40,
    EXCP_FAC_UNAVAIL = 0xf60,
    EXCP_SYSCALL_VECTORED = 0x17000,  /* scv: + LEV * 0x20 */
};

/* SRR1 bits set by program interrupts (ISA: SRR1 bits 43..47). */
#define SRR1_PROG_FPE     (1ULL << 20)  /* floating-point enabled exception */
#define SRR1_PROG_ILLEGAL (1ULL << 19)  /* illegal instruction */
#define SRR1_PROG_PRIV    (1ULL << 18)  /* privileged instruction */
#define SRR1_PROG_TRAP    (1ULL << 17)  /* trap */
#define SRR1_PROG_NIP     (1ULL << 16)  /* SRR0 holds the next address */
/* SRR1[42] of a machine check: the error was on the load/store side. */
#define SRR1_MCE_DSIDE    (1ULL << 21)
/* SRR1[33] of a trace interrupt from ISA 2.07 on (with SIAR set). */
#define SRR1_TRACE_207    (1ULL << 30)

/* Translation cache entries per access kind (direct-mapped, 4K pages). */
#define PPC_TLB_ENTRIES 256
/* Second-level entries per access kind, one per 64K block. */
#define PPC_TLB64K_ENTRIES 64
/* Off-page branch target cache entries (direct-mapped by EA page). */
#define PPC_JUMP_ENTRIES 64

/* SLB entries of POWER7/8/9. */
#define PPC_SLB_ENTRIES 32

/* Slots of PpcArch.spr_misc (spr.c assigns them). */
#define PPC_SPR_MISC_SLOTS 40

/*
 * Architected state. Everything here is reset by memset + reset values
 * and is what a snapshot saves. Keep gpr..msr first: the interpreter's
 * handlers touch them on almost every instruction.
 */
typedef struct PpcArch {
    uint64_t gpr[32];   /* general purpose registers */
    uint64_t nip;       /* next instruction address; only exact outside the
                           inner loop (see exec.c: the loop tracks position
                           by record pointer) */
    uint64_t lr;        /* link register */
    uint64_t ctr;       /* count register */
    uint32_t cr;        /* condition register, CR0 in bits 31..28 */
    uint8_t so, ov, ca; /* XER summary overflow, overflow, carry (0/1) */
    uint8_t ov32, ca32; /* XER OV32, CA32 (ISA 3.0) */
    uint8_t xer_bc;     /* XER[57:63]: string byte count */
    uint64_t xer_rest;  /* the other XER bits, as written by mtxer */
    uint64_t msr;       /* machine state register */

    uint64_t fpr[32];   /* FPRs as IEEE double bit patterns: doubleword
                           0 of VSRs 0..31 */
    uint32_t fpscr;     /* FPSCR bits 32..63 (the low word) */
    uint8_t fpscr_drn;  /* FPSCR[DRN] (bits 29..31 of the high word, the
                           only defined ones), see fp-fpscr.c */
    uint32_t vscr;      /* VSCR: NJ (bit 16 by value) and SAT (bit 0) */
    uint64_t fpr_dw1[32];  /* doubleword 1 of VSRs 0..31 */
    PpcVec vr[32];      /* VRs 0..31 = VSRs 32..63 */

    uint64_t reserve_addr;  /* load-and-reserve address, or RESERVE_NONE */
    uint64_t reserve_val;   /* value loaded by the larx (for stcx. check) */
    uint64_t reserve_val2;  /* lqarx: the doubleword loaded from EA + 8 */
    uint8_t reserve_size;   /* size of the reservation in bytes */

    /* Book III-S special purpose registers. */
    uint64_t srr0, srr1;
    uint64_t sprg[4];
    uint64_t dar;
    uint32_t dsisr;
    uint64_t cfar;      /* come-from address register */
    uint64_t dscr;
    uint64_t tar;       /* target address register (bctar) */
    uint64_t ppr;       /* program priority register */
    uint64_t lpcr;      /* logical partitioning control */
    uint64_t pir;       /* processor id */
    uint64_t ctrl;      /* CTRL (run latch) */
    uint64_t amr, iamr, uamor;
    uint64_t fscr;
    uint64_t vrsave;
    uint64_t sdr1;      /* hash table base (read-only to a partition) */
    uint64_t dabr, dabrx;
    uint64_t dawr0, dawrx0;
    uint64_t ciabr;
    uint64_t pidr;
    uint64_t ptcr;
    uint64_t tb_offset;   /* guest timebase = virtual tb + tb_offset */
    uint64_t dec_base;    /* DEC value written at dec_written_tb */
    uint64_t dec_written_tb;
    uint64_t purr_base, spurr_base;
    uint64_t sprg_vpa;    /* H_REGISTER_VPA area, 0 if none */
    uint8_t halted;       /* stopped by H_CEDE / stop-self, waiting */
    uint8_t dec_pending;  /* a decrementer exception exists (timer.c) */
    /* SPRs with no field of their own (PMU, EBB, TM, ...), by slot:
     * see the table in spr.c */
    uint64_t spr_misc[PPC_SPR_MISC_SLOTS];
    /* Segment lookaside buffer (slb.c): entry i is the ESID word
     * (ESID | V, as slbmte's RB without the index) and the VSID word
     * (B | VSID | Ks Kp N L C LP, as slbmte's RS). */
    uint64_t slb_esid[PPC_SLB_ENTRIES];
    uint64_t slb_vsid[PPC_SLB_ENTRIES];
} PpcArch;

#define RESERVE_NONE UINT64_MAX

/* Services the CPU needs from the machine. All must be set. */
typedef struct PpcEnv {
    void *opaque;
    /* MMIO read/write of a guest physical address outside RAM. Returns
     * false when nothing answers at that address. */
    bool (*mmio_read)(void *opaque, uint64_t pa, unsigned size, uint64_t *val);
    bool (*mmio_write)(void *opaque, uint64_t pa, unsigned size, uint64_t val);
    /* sc 1: the hypervisor call; reads r3.. and writes the results. */
    void (*hcall)(void *opaque, PpcCpu *cpu);
    /* Asked whether an external interrupt is asserted for this CPU. */
    bool (*external_pending)(void *opaque, PpcCpu *cpu);
    /* Optional: virtual time (ppc_vclock) of the machine's next timer
     * event (UINT64_MAX for none); ppc_cpu_run returns PPC_STOP_REQUEST
     * when it is reached. */
    uint64_t (*next_event)(void *opaque, PpcCpu *cpu);
    /* Optional: the halted CPU (H_CEDE & co.) was woken by an interrupt
     * and runs again (the machine counts dispatches). */
    void (*woke)(void *opaque, PpcCpu *cpu);
} PpcEnv;

/* Why ppc_cpu_run returned. */
typedef enum PpcStop {
    PPC_STOP_BUDGET = 0,  /* ran the requested number of instructions */
    PPC_STOP_HALTED,      /* the CPU is halted (H_CEDE/stop-self) */
    PPC_STOP_REQUEST,     /* the machine asked the CPU to return */
} PpcStop;

/* Tracing switches (from -d). */
enum {
    PPC_TRACE_IN_ASM = 1 << 0,  /* each instruction when first decoded */
    PPC_TRACE_EXEC   = 1 << 1,  /* each instruction executed */
    PPC_TRACE_CPU    = 1 << 2,  /* registers before each instruction */
    PPC_TRACE_INT    = 1 << 3,  /* interrupts taken */
    PPC_TRACE_GUEST_ERRORS = 1 << 4,
    PPC_TRACE_UNIMP  = 1 << 5,
    PPC_TRACE_PLUGIN = 1 << 6,  /* -d plugin: QEMU-API plugins' output */
};

/* Architecture level of a CPU model (PpcCpu.isa), checked when an
 * instruction is decoded (insn.h F_V207 / F_V300 rows). */
enum {
    PPC_ISA_206 = 0,   /* POWER7 */
    PPC_ISA_207 = 1,   /* POWER8 */
    PPC_ISA_300 = 2,   /* POWER9 */
};

struct PpcCpu {
    PpcArch arch;          /* must be first: handlers use small offsets */

    /* --- derived, never saved --- */
    PpcCodePage *page;         /* decoded page being executed */
    const PpcInsn *page_recs;  /* its records */
    uint64_t page_ea;          /* effective address of that page */
    const PpcInsn *cfar_rec;   /* lazy CFAR: the record of the last taken
                                  branch on this page when its address is
                                  not yet in arch.cfar (ppc_cfar_sync);
                                  NULL outside run_slice (exec.c) */
    int64_t remaining;         /* steps left in this slice */
    int64_t slice;             /* length of the current slice, in steps */
    int64_t uncounted;         /* steps in this slice that were not
                                  instructions (page-end sentinels, stops
                                  before an instruction); ppc_icount
                                  subtracts them */
    uint64_t icount;           /* retired instructions before this slice */
    uint64_t idle;             /* virtual time in instruction units that
                                  this CPU did not execute: halted, or other
                                  CPUs' turns. The machine adds it
                                  (core/machine/smp.c) so that while the CPU
                                  runs, icount + idle is the machine's one
                                  clock, which every CPU's timebase reads */
    PpcCpu *sibling;           /* next CPU sharing this RAM (a ring; self
                                  when alone): stores invalidate decoded
                                  code in all of them */
    uint8_t *ram;              /* guest RAM host pointer */
    uint64_t ram_size;
    uint8_t *code_bits;        /* one byte per RAM page: PPC_CODE_* */
    bool code_bits_shared;     /* code_bits belongs to another CPU */
    uint64_t fast_mask;        /* real-mode address of a raw EA: EA & this
                                  (MSR[SF] ? REAL_ADDR_MASK : 2^32 - 1) */
    uint64_t fast_end[4];      /* per access size 2^k: ram_size - 2^k + 1
                                  when fast_mem, else 0; the real-mode
                                  fast path's one compare is pa < this
                                  (ppc_fast_ram) */
    uint64_t ea_mask;          /* an EA in mode: raw EA & this (MSR[SF] ?
                                  all ones : 2^32 - 1), as ppc_ea */
    uint64_t tlb_want;         /* the flag bits a translation cache tag
                                  must carry for ppc_tlb_host to hit:
                                  VALID | RAM, or RAM alone (which no
                                  entry has: never a hit) when fast_mem */
    uint64_t fp_fast_end[2];   /* fast_end[2] and [3] (4, 8 bytes) when
                                  MSR[FP], else 0: the FP load/store
                                  micro-ops' bound, so that MSR[FP] = 0
                                  fails their fast path with no test */
    uint64_t fp_tlb_want;      /* tlb_want when MSR[FP], else RAM alone
                                  (never a hit): theirs translated */
    bool fast_mem;             /* real mode, no watchers: RAM fast path ok */
    bool le;                   /* MSR[LE] copy */
    bool sf;                   /* MSR[SF] copy */
    union {
        struct {
            bool exit_request; /* leave ppc_cpu_run at the next boundary */
            bool recheck;      /* interrupt/timer state may have changed:
                                  the run loop re-evaluates before going
                                  on */
        };
        uint16_t stop_bits;    /* both at once: run_slice's one test at
                                  an off-page branch (exec.c) */
    };
    bool step_trace;           /* MSR[SE] or MSR[BE]: the run loop steps
                                  one instruction at a time and raises
                                  trace interrupts (exec.c) */
    bool radix;                /* LPCR[HR]: the radix MMU translates */
    bool mmu_on;               /* an MMU exists for relocated accesses: an
                                  HPT, or radix (else they run as real) */

    PpcCodePage **pages;       /* decoded pages, by RAM page number * 2 + LE */
    uint64_t npages;           /* RAM pages */

    /* --- configuration --- */
    int index;                 /* CPU number */
    uint32_t pvr;              /* processor version register */
    uint8_t isa;               /* PPC_ISA_*: instructions decoded; newer
                                  ones raise illegal-instruction */
    bool large_decr;           /* LPCR[LD] set at reset (the machine's
                                  cap-large-decr) */
    uint32_t tb_shift;         /* virtual ns = icount << tb_shift */
    unsigned trace;            /* PPC_TRACE_* */
    FILE *log;                 /* where traces go */
    PpcEnv env;
    uint8_t *htab;             /* the hash page table the hypervisor owns
                                  (big-endian HPTEs), NULL: none; set by
                                  ppc_cpu_set_htab */
    uint64_t htab_mask;        /* PTEG index mask: size / 128 - 1 */
    uint64_t patb;             /* the partition-table entry (doubleword 1:
                                  GR, PRTB, PRTS) the hypervisor keeps for
                                  the partition; set by ppc_cpu_set_patb */
    uint8_t hpt_max_shift;     /* largest page (log2) of the segment and
                                  HPTE page sizes (the machine's
                                  cap-hpt-max-page-size); larger ones are
                                  invalid encodings */
    void *disas;               /* capstone handle owner (core/disas.c) */
    struct farad_plugin_vcpu *plugins; /* instrumenter state, NULL when
                                          nothing instruments this CPU */
    const struct PpcInstrumentHooks *hooks; /* its hooks (instrument.h) */
    struct PpcDebug *debug;    /* debugger hooks (debug.h), NULL when no
                                  debugger is attached */

    /* --- derived: translation cache (mmu-hash.c), never saved --- */
    uint64_t tlb_msr;          /* MSR[PR,IR,DR] the entries were made in */
    bool mem_watched;          /* plugin memory callbacks or watchpoints:
                                  no entry gets PPC_TLB_RAM (mmu.h) */
    struct PpcTlbEntry {
        uint64_t tag;          /* EA page | PPC_TLB_VALID [| PPC_TLB_RAM],
                                  0: empty */
        uint64_t addend;       /* ram + physical page - EA page (mod
                                  2^64): ea + addend is the host address
                                  (PPC_TLB_RAM), minus ram the PA */
    } tlb[3][PPC_TLB_ENTRIES]; /* by access: load, store, fetch */
    struct PpcTlbEntry tlb64k[3][PPC_TLB64K_ENTRIES]; /* the same for
                                  64K blocks one translation covers; a
                                  tlb miss refills from here (mmu.h) */
    /* --- derived: off-page branch targets (exec.c), never saved --- */
    uint64_t jump_key;         /* MSR[LE,SF,IR] and the MMU kind the
                                  entries were made in */
    struct PpcJumpEntry {
        uint64_t ea;           /* EA page (in mode); not page-aligned
                                  (all ones): empty */
        const PpcInsn *recs;   /* the decoded page's records that a
                                  fetch from it reaches */
    } jump_cache[PPC_JUMP_ENTRIES];
    bool hcall_again;          /* set by env.hcall: the hypercall did one
                                  step of its work and left r3..r12 set
                                  to continue; sc runs again (one more
                                  instruction) instead of returning */
};

/* In real mode a partition ignores the top 4 bits of the address. */
#define REAL_ADDR_MASK 0x0fffffffffffffffULL

/* Accessors used by handlers. */
#define GPR(n) (cpu->arch.gpr[(n)])
#define FPR(n) (cpu->arch.fpr[(n)])
/* A VMX register (VSR 32 + n); VSX code uses vec.h's ppc_vsr_get/set. */
#define VR(n) (cpu->arch.vr[(n)])

/* Write FPR n and, as every FPR-writing instruction does (QEMU 7.2, and
 * ISA 3.1 which defines it; 3.0 leaves it undefined), zero doubleword 1
 * of its VSR. */
static inline void ppc_set_fpr(PpcCpu *cpu, unsigned n, uint64_t v)
{
    cpu->arch.fpr[n] = v;
    cpu->arch.fpr_dw1[n] = 0;
}

/* Create a CPU for guest RAM [ram, ram+ram_size). ram_size must be a
 * multiple of 4 KiB (the machine refuses other sizes): instruction fetch
 * then needs only "pa < ram_size" to find a whole page of code in RAM.
 * Never fails (aborts on a size breaking that contract). */
PpcCpu *ppc_cpu_new(int index, uint8_t *ram, uint64_t ram_size,
                    const PpcEnv *env);
void ppc_cpu_free(PpcCpu *cpu);

/* Choose the run loop's copy for every CPU: want true picks the one
 * built for x86-64's MOVBE (big-endian loads and stores in one host
 * instruction) when the host has it, false the plain one. The first
 * ppc_cpu_new picks with want = true; tests call this to run the other
 * copy. Returns whether the MOVBE copy is now in use. Same guest
 * behaviour either way. */
bool ppc_run_loop_movbe(bool want);

/* Make cpu (fresh, same RAM) share decoded-code tracking with group's
 * CPUs, so a store or ppc_invalidate_code by any of them drops stale
 * decoded instructions in all (SMP). Free the group's CPUs after it. */
void ppc_cpu_link(PpcCpu *cpu, PpcCpu *group);

/* Architected reset: all state zero, MSR = 0, NIP = 0x100 as QEMU's
 * pseries does for the boot CPU. */
void ppc_cpu_reset(PpcCpu *cpu);

/* Recompute derived state after MSR/LPCR or a snapshot load changed the
 * architected state. */
void ppc_cpu_state_changed(PpcCpu *cpu);

/* Run at most max_insns instructions. Interrupts that become due are
 * taken inside. Returns why it stopped. */
PpcStop ppc_cpu_run(PpcCpu *cpu, int64_t max_insns);

/* Retired instructions so far, exact at any instant, also from inside a
 * handler: the slice's steps so far (slice - remaining) less those that
 * were not instructions (page-end sentinels, instructions a debugger or
 * plugin stopped before they ran). */
static inline uint64_t ppc_icount(const PpcCpu *cpu)
{
    return cpu->icount +
           (uint64_t)(cpu->slice - cpu->remaining - cpu->uncounted);
}

/* This CPU's virtual time in instruction units: retired instructions
 * plus the time it did not execute (cpu->idle); while it runs, the
 * machine's time. Timebase, decrementer and machine events are functions
 * of it. */
static inline uint64_t ppc_vclock(const PpcCpu *cpu)
{
    return ppc_icount(cpu) + cpu->idle;
}

/* Guest timebase (512 MHz) derived from the virtual time. */
uint64_t ppc_timebase(const PpcCpu *cpu);

/* mfdec: the current DEC value, zero-extended from 32 bits or
 * sign-extended from 56 bits with LPCR[LD] (what QEMU returns for each
 * width); the register dumps show it too. */
uint64_t ppc_dec_read(const PpcCpu *cpu);

/* Virtual time (ppc_vclock) at which the decrementer exception comes
 * into existence, UINT64_MAX when none will (already pending, or DEC
 * negative): when a halted CPU must wake. */
uint64_t ppc_next_timer(const PpcCpu *cpu);

/* A halted CPU (H_CEDE) with an interrupt pending is dispatched and takes
 * it now, as ppc_cpu_run would before its next instruction; otherwise
 * nothing changes. For a save in a format with no place for a pending
 * interrupt (QEMU 7.2's stream, whose TCG receiver also drops the DEC).
 * The CPU must not be inside ppc_cpu_run. */
void ppc_cpu_wake_pending(PpcCpu *cpu);

/* Take the system reset interrupt (0x100) now, at arch.nip: SRR0 =
 * arch.nip, SRR1 = the MSR without the interrupt bits, no AIL. The CPU
 * must not be inside ppc_cpu_run. Its halted state is the caller's. */
void ppc_cpu_system_reset(PpcCpu *cpu);

/* Read and write the XER as one register. */
uint64_t ppc_get_xer(const PpcCpu *cpu);
void ppc_set_xer(PpcCpu *cpu, uint64_t v);

/* Drop every decoded page overlapping [pa, pa+len) (stores, icbi, DMA,
 * loaders call this). */
void ppc_invalidate_code(PpcCpu *cpu, uint64_t pa, uint64_t len);

/* Give the CPU the partition's hash page table: size bytes (a power of
 * two, at least 256 KiB) at host address htab, HPTEs big-endian as the
 * ISA lays them out; NULL for none. The caller (the machine, which owns
 * it) keeps it alive and calls ppc_mmu_flush after changing HPTEs. */
void ppc_cpu_set_htab(PpcCpu *cpu, uint8_t *htab, uint64_t size);

/* Give the CPU the partition-table entry of its partition (doubleword 1:
 * GR | process table base | log2(size) - 12), as H_REGISTER_PROC_TBL
 * registers it; radix translation reads the process table from it while
 * LPCR[HR] is set. Drops cached translations. */
void ppc_cpu_set_patb(PpcCpu *cpu, uint64_t patb);

/* Kinds of access, also the index of cpu->tlb. */
typedef enum PpcAccess {
    PPC_ACC_LOAD = 0,
    PPC_ACC_STORE = 1,
    PPC_ACC_FETCH = 2,
} PpcAccess;

/* Translate ea as an access of kind acc would in the CPU's current
 * MSR/LPCR state (real mode, hash or radix), without side effects: no
 * R/C update, no interrupt, no cache fill. Returns false when the access
 * would fault. For debuggers (gdb stub, monitor). */
bool ppc_debug_xlate(PpcCpu *cpu, uint64_t ea, PpcAccess acc, uint64_t *pa);

/* The page shift of an HPTE (pte0, pte1) by its L and LP fields among the
 * sizes of ibm,segment-page-sizes up to cpu->hpt_max_shift, 0 for an
 * encoding none of them has (the check H_ENTER makes). */
unsigned ppc_hpte_page_shift(const PpcCpu *cpu, uint64_t pte0, uint64_t pte1);

/* Drop every cached translation of this CPU (after the hypervisor changed
 * or removed an HPTE: H_REMOVE, H_PROTECT, H_BULK_REMOVE). */
void ppc_mmu_flush(PpcCpu *cpu);

/* Set MSR with all side effects (endianness, mode, fast paths). */
void ppc_set_msr(PpcCpu *cpu, uint64_t msr);

/* Print the register file in QEMU's "info registers" layout. */
void ppc_cpu_dump(PpcCpu *cpu, FILE *f);

#endif
