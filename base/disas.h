/* SPDX-License-Identifier: MIT */
/*
 * Capstone disassembly of single PowerPC instructions: the one place
 * farad turns instruction words into text (traces, monitor x/i, plugins,
 * snapshot diffs, the decoder oracle test).
 */
#ifndef FARAD_BASE_DISAS_H
#define FARAD_BASE_DISAS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Disas Disas;

/* Open a Capstone handle for 64-bit PowerPC. Returns NULL when Capstone
 * cannot be opened (the caller then shows raw words). */
Disas *disas_new(void);
void disas_free(Disas *ds);

/*
 * Disassemble the instruction word `raw` (its numeric value, independent
 * of the guest's byte order) at address `addr` into out as
 * "mnemonic operands". Returns false and writes "" when Capstone does
 * not know the word.
 */
bool disas_insn(Disas *ds, uint32_t raw, uint64_t addr, char *out, size_t n);

/* Only the mnemonic, for comparing with farad's own names. */
bool disas_mnemonic(Disas *ds, uint32_t raw, char *out, size_t n);

#endif
