/* SPDX-License-Identifier: MIT */
/*
 * Console input for record/replay tests (tests/replay.t): polls
 * H_GET_TERM_CHAR, echoes every character with the number of empty
 * polls before it (which depends on when the input arrived, so two
 * live runs differ but a replay must not), keeps a checksum of the
 * characters and their arrival times, and powers off after 'q' (or
 * after a long silence once input ended).
 */
#include "rt/rt.h"

#define H_GET_TERM_CHAR 0x54

static uint64_t mftb(void)
{
    uint64_t t;
    __asm__ volatile("mftb %0" : "=r"(t));
    return t;
}

/* One H_GET_TERM_CHAR: up to 16 bytes into buf, returns how many. */
static int get_chars(uint8_t *buf)
{
    register uint64_t r3 __asm__("r3") = H_GET_TERM_CHAR;
    register uint64_t r4 __asm__("r4") = 0;
    register uint64_t r5 __asm__("r5") = 0;
    register uint64_t r6 __asm__("r6") = 0;
    __asm__ volatile("sc 1"
                     : "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6)
                     :
                     : "r0", "r7", "r8", "r9", "r10", "r11", "r12", "cr0",
                       "ctr", "memory");
    if ((long)r3 != 0) {
        return 0;
    }
    int n = (int)r4;
    for (int i = 0; i < n && i < 16; i++) {
        uint64_t w = i < 8 ? r5 : r6;
        buf[i] = (uint8_t)(w >> (56 - 8 * (i % 8)));
    }
    return n;
}

int main(void)
{
    rt_printf("echo: type characters, q to quit\n");
    uint64_t sum = 0, polls = 0, count = 0, idle = 0;
    for (;;) {
        uint8_t buf[16];
        int n = get_chars(buf);
        if (n == 0) {
            polls++;
            if (++idle > 200000000ULL / 64) {   /* silence: give up */
                rt_printf("echo: no more input\n");
                break;
            }
            continue;
        }
        idle = 0;
        for (int i = 0; i < n; i++) {
            char c = (char)buf[i];
            count++;
            sum = sum * 31 + (uint8_t)c + polls;
            rt_printf("got '%c' (0x%x) after %lu polls, tb %lx\n",
                      c >= 0x20 && c < 0x7f ? c : '.', (uint8_t)c,
                      (unsigned long)polls, (unsigned long)(mftb() >> 8));
            polls = 0;
            if (c == 'q') {
                rt_printf("echo: %lu chars, checksum %016llx\n",
                          (unsigned long)count, (unsigned long long)sum);
                return 0;
            }
        }
    }
    rt_printf("echo: %lu chars, checksum %016llx\n", (unsigned long)count,
              (unsigned long long)sum);
    return 0;
}
