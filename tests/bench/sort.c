/* SPDX-License-Identifier: MIT */
/*
 * Benchmark workload, memory-heavy: a sieve of Eratosthenes over a
 * byte array and a merge sort of pseudo-random 32-bit keys through a
 * scratch buffer (several MiB of loads and stores). Prints a checksum.
 */
#include "rt/rt.h"

#ifndef SIEVE_N
#define SIEVE_N 6000000u
#endif
#ifndef SORT_N
#define SORT_N 1000000u
#endif

static uint8_t composite[SIEVE_N];
static uint32_t keys[SORT_N], tmp[SORT_N];

static void merge_sort(uint32_t *a, uint32_t *t, uint32_t n)
{
    /* bottom-up, ping-ponging between a and t */
    uint32_t *src = a, *dst = t;
    for (uint32_t width = 1; width < n; width *= 2) {
        for (uint32_t lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = lo + width < n ? lo + width : n;
            uint32_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            uint32_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                dst[k++] = src[i] <= src[j] ? src[i++] : src[j++];
            }
            while (i < mid) {
                dst[k++] = src[i++];
            }
            while (j < hi) {
                dst[k++] = src[j++];
            }
        }
        uint32_t *s = src;
        src = dst;
        dst = s;
    }
    if (src != a) {
        for (uint32_t i = 0; i < n; i++) {
            a[i] = src[i];
        }
    }
}

int main(void)
{
    uint32_t count = 0;
    uint64_t sum = 0;
    for (uint32_t i = 2; i < SIEVE_N; i++) {
        if (composite[i]) {
            continue;
        }
        count++;
        sum += i;
        for (uint64_t j = (uint64_t)i * i; j < SIEVE_N; j += i) {
            composite[j] = 1;
        }
    }
    uint32_t x = 2463534242u;
    for (uint32_t i = 0; i < SORT_N; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        keys[i] = x;
    }
    merge_sort(keys, tmp, SORT_N);
    uint64_t h = 1469598103934665603ULL;
    uint32_t sorted = 1;
    for (uint32_t i = 0; i < SORT_N; i++) {
        h = (h ^ keys[i]) * 1099511628211ULL;
        if (i && keys[i - 1] > keys[i]) {
            sorted = 0;
        }
    }
    rt_printf("sort checksum %016lx (primes %u sorted %u)\n",
              (unsigned long)(h ^ sum), count, sorted);
    return 0;
}
