/* SPDX-License-Identifier: MIT */
/*
 * Instruction and interrupt tracing for -d in_asm/exec/cpu/int (QEMU's
 * log items), written to cpu->log with Capstone's disassembly.
 */
#ifndef FARAD_CPU_PPC_TRACE_H
#define FARAD_CPU_PPC_TRACE_H

#include "insn.h"

/* One line: "<tag>: 0x<addr>:  <word>  <disassembly>". When Capstone does
 * not know the word, farad's own mnemonic and the raw word are shown. */
void ppc_trace_insn(PpcCpu *cpu, const char *tag, uint64_t addr,
                    const PpcInsn *d);

/* Disassemble d into buf (Capstone, or farad's name + ".long"). */
const char *ppc_disas_record(PpcCpu *cpu, uint64_t addr, const PpcInsn *d,
                             char *buf, size_t n);

/* Release the tracing resources of cpu (the Capstone handle). */
void ppc_trace_close(PpcCpu *cpu);

#endif
