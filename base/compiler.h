/* SPDX-License-Identifier: MIT */
/* Branch-prediction hints shared by every layer. */
#ifndef FARAD_BASE_COMPILER_H
#define FARAD_BASE_COMPILER_H

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

#endif
