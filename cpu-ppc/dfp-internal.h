/* SPDX-License-Identifier: MIT */
/*
 * Shared pieces of the decimal floating-point implementation (dfp-*.c)
 * and the BCD assists: the DPD declet codec.
 */
#ifndef FARAD_CPU_PPC_DFP_INTERNAL_H
#define FARAD_CPU_PPC_DFP_INTERNAL_H

#include "fp-internal.h"

/* Value 0..999 of a 10-bit declet (any of the 1024, ISA Appendix B). */
unsigned dpd_declet_to_bin(unsigned dec);
/* The preferred declet of n (0..999). */
unsigned dpd_bin_to_declet(unsigned n);
/* Three BCD digits (12 bits) <-> declet; digits above 9 are taken mod
 * their weight (the ISA leaves such input undefined). */
unsigned dpd_bcd3_to_declet(unsigned bcd);
unsigned dpd_declet_to_bcd3(unsigned dec);

#endif
