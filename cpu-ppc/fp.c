/* SPDX-License-Identifier: MIT */
/*
 * Scalar binary floating-point instructions (Power ISA 3.0 Book I
 * chapter 4) and the FPSCR.
 */
#include "internal.h"
