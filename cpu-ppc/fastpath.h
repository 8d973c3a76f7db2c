/* SPDX-License-Identifier: MIT */
/*
 * Decode-time specialisation of hot instruction patterns (fastpath.c).
 */
#ifndef FARAD_CPU_PPC_FASTPATH_H
#define FARAD_CPU_PPC_FASTPATH_H

#include "insn.h"

/* Replace d->exec (and re-purpose d->imm/aux) with a specialised
 * handler when d, decoded at record index idx of its page, matches a
 * hot pattern. Semantics are unchanged. Rows with F_CHECKED flags keep
 * the checking exec ppc_decode gave them. */
void ppc_specialise(PpcInsn *d, unsigned idx);

#endif
