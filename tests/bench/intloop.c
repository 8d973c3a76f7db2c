/* SPDX-License-Identifier: MIT */
/*
 * Benchmark workload: a tight integer loop (add, xor, shifts, rotates,
 * multiply, compare-and-branch) over registers only. Prints a checksum.
 */
#include "rt/rt.h"

#ifndef ITERATIONS
#define ITERATIONS 28000000u
#endif

int main(void)
{
    uint64_t a = 0x0123456789abcdefULL, b = 0xfedcba9876543210ULL, c = 1;
    uint32_t w = 0x9e3779b9u;
    for (uint32_t i = 0; i < ITERATIONS; i++) {
        a += b ^ i;
        b = (b << 7 | b >> 57) + a;
        w ^= w << 13;
        w ^= w >> 17;
        w ^= w << 5;
        if (w & 1) {
            c = c * 6364136223846793005ULL + 1442695040888963407ULL;
        } else {
            c ^= a >> 3;
        }
    }
    rt_printf("intloop checksum %016lx\n", (unsigned long)(a ^ b ^ c ^ w));
    return 0;
}
