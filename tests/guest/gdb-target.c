/* SPDX-License-Identifier: MIT */
/*
 * Target program of tests/gdb.t (the gdb stub): a global variable that
 * a function called in a loop changes, for breakpoints, stepping and
 * watchpoints. `spin` (0 unless a debugger writes it) makes the program
 * busy-loop that many times first, so a debugger can interrupt it.
 */
#include "rt/rt.h"

volatile int counter;          /* watched: 0, 1, 3, 6, 10, 15 */
int total;                     /* sum of bump's results: 35 */
/* set by the debugger before the runtime starts: kept out of .bss,
 * which the runtime clears */
__attribute__((section(".data"))) volatile unsigned long spin;

__attribute__((noinline)) int bump(int x)
{
    counter = counter + x;
    return counter;
}

int main(void)
{
    for (unsigned long i = 0; i < spin; i++) {
        __asm__ volatile("" ::: "memory");
    }
    for (int i = 1; i <= 5; i++) {
        total += bump(i);
    }
    rt_printf("gdb-target: counter=%d total=%d\n", counter, total);
    return 0;
}
