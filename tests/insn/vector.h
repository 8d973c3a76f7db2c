/* SPDX-License-Identifier: MIT */
/*
 * Types of the generated instruction-vector tables (expected/<cat>.h,
 * written by regen.sh with QEMU as the oracle) and the conventions
 * test-insn.c shares with the oracle guest (oracle/oracle.h, regen.py):
 * register ids, default input values, fixed addresses.
 */
#ifndef FARAD_TESTS_INSN_VECTOR_H
#define FARAD_TESTS_INSN_VECTOR_H

#include <stdint.h>
#include <string.h>

/* Fixed guest addresses (same as oracle/oracle.h). */
#define INSN_SLOT          0xa000ULL  /* where the instruction is placed */
#define INSN_SCRATCH       0x12000ULL /* scratch memory for loads/stores */
#define INSN_SCRATCH_SIZE  256

/* Register ids used in the InsnReg lists. */
enum {
    INSN_REG_GPR0 = 0,    /* 0..31 */
    INSN_REG_FPR0 = 32,   /* 32..63 */
    INSN_REG_CR = 64,
    INSN_REG_XER,
    INSN_REG_LR,
    INSN_REG_CTR,
    INSN_REG_FPSCR,
    INSN_REG_TAR,
    INSN_REG_MSR,         /* input: full MSR; expected: MSR & INSN_MSR_CMP_MASK */
    INSN_REG_NIP,         /* expected next instruction address */
    INSN_REG_VEC,         /* expected interrupt vector, 0 for none */
    INSN_REG_SRR0,        /* expected only when an interrupt is taken */
    INSN_REG_SRR1,
    INSN_REG_DAR,         /* expected for DSI (0x300) and alignment (0x600) */
    INSN_REG_DSISR,
    INSN_REG_VSCR,        /* 77 */
    INSN_REG_VRSAVE,
    INSN_REG_FPR_DW1_0 = 80,  /* 80..111: doubleword 1 of VSRs 0..31 */
    INSN_REG_VR0 = 112,   /* 112..175: VSR 32 + n doubleword i is
                             INSN_REG_VR0 + 2n + i */
    INSN_REG_COUNT = 176,
    INSN_REG_END = 0xffff,
};

/* MSR bits compared: SF EE PR FP ME FE0 FE1 IR DR LE. */
#define INSN_MSR_CMP_MASK 0x800000000000f931ULL

typedef struct InsnReg {
    uint16_t id;
    uint64_t val;
} InsnReg;

#define INSN_REG_LIST_END { INSN_REG_END, 0 }

typedef struct InsnVector {
    const char *name;   /* NULL ends the table */
    const char *text;   /* assembler text */
    uint32_t word;      /* instruction word */
    int mode;           /* 64 or 32 (MSR[SF]) */
    int le;             /* little-endian (MSR[LE]) */
    const InsnReg *in;  /* input registers over the defaults below */
    const char *mem_in; /* hex bytes at INSN_SCRATCH (rest zero), or NULL */
    const InsnReg *out; /* expected registers that differ from the input,
                           plus always NIP, VEC and MSR */
    const char *mem_out;/* whole expected scratch in hex, NULL = unchanged */
} InsnVector;

/* Default input values of registers a vector does not set (regen.py
 * has the same). */
static inline uint64_t insn_default_fpr_dw1(unsigned n)
{
    return 0x3c3c3c3c00000000ULL | (uint64_t)n * 0x01010101u;
}

static inline uint64_t insn_default_vr(unsigned n, unsigned dw)
{
    return (dw ? 0x1e1e1e1e00000000ULL : 0x7e7e7e7e00000000ULL) |
           (uint64_t)n * 0x01010101u;
}

static inline uint64_t insn_default_gpr(unsigned n)
{
    return 0x5a5a5a5a00000000ULL | (uint64_t)n * 0x01010101u;
}

static inline uint64_t insn_default_fpr(unsigned n)
{
    double d = (n + 1) * 1.5;
    uint64_t v;
    memcpy(&v, &d, sizeof(v));
    return v;
}

/*
 * A value QEMU 7.2 (the oracle) records that the Power ISA says is
 * wrong (isa-deviations.h): test-insn checks that the recorded value is
 * `qemu`, then expects `isa`, printing the rule. reg is an INSN_REG_* or
 * INSN_DEV_MEM: mem_len bytes of scratch at mem_off, read as one value
 * in the vector's byte order.
 */
#define INSN_DEV_MEM 0xfffe
typedef struct InsnDeviation {
    const char *vector;   /* name in expected/<cat>.h */
    uint16_t reg;         /* INSN_REG_*, or INSN_DEV_MEM */
    uint64_t qemu, isa;   /* QEMU 7.2's recorded value, the ISA's */
    const char *rule;     /* ISA section and reason */
    unsigned mem_off, mem_len;
} InsnDeviation;

#endif
