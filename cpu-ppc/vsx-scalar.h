/* SPDX-License-Identifier: MIT */
/*
 * Shared pieces of the VSX scalar handlers (vsx-scalar*.c): doubleword 0
 * of a VSR by 6-bit number, and the scalar result write (doubleword 1
 * zeroed, as QEMU 7.2 does for every scalar VSX result; ISA 3.0B leaves
 * it undefined).
 */
#ifndef FARAD_CPU_PPC_VSX_SCALAR_H
#define FARAD_CPU_PPC_VSX_SCALAR_H

#include "vec.h"

static inline uint64_t vsx_dw0(const PpcCpu *cpu, unsigned n)
{
    return n < 32 ? cpu->arch.fpr[n] : cpu->arch.vr[n - 32].dw[0];
}

static inline void vsx_set_dw0(PpcCpu *cpu, unsigned n, uint64_t v)
{
    ppc_vsr_set(cpu, n, (PpcVec){ { v, 0 } });
}

/* Test Data Class: the DCMX bit of a value of class (neg, nan, inf,
 * zero, denormal), 0 for a normal number. */
unsigned vsx_data_class(bool neg, bool nan, bool inf, bool zero, bool den);

/* xststdc*: CR field BF and FPSCR[FPCC] <- sign || 0 || (class & DCMX
 * (raw bits 9-15) != 0) || fu. */
void vsx_test_class(PpcCpu *cpu, const PpcInsn *d, bool neg, unsigned cls,
                    bool fu);

/* CR field BF (d->rt >> 2) and FPSCR[FPCC] <- c. */
void vsx_set_crf_fpcc(PpcCpu *cpu, const PpcInsn *d, unsigned c);

/* xscmpodp / xscmp[ou]qp: CR field BF and FPCC <- c (8 less, 4
 * greater, 2 equal, 1 unordered), VXSNAN for an SNaN operand and for
 * ordered compares VXVC (for an SNaN only while VE=0, ISA 3.0B); FPRF's
 * C bit is not written. */
const PpcInsn *vsx_compare_commit(PpcCpu *cpu, const PpcInsn *d,
                                  unsigned c, bool snan, bool ordered);

#endif
