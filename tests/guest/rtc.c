/* SPDX-License-Identifier: MIT */
/*
 * The RTC as a guest reads it with RTAS get-time-of-day: QEMU 7.2's
 * pseries starts it at the host's UTC time, so by default only "the
 * year is 2026 or later" is printed (the same on every host from 2026
 * on). The date and time to the minute are printed too when they cannot
 * be the host's (a pinned -rtc base=... before 2026: rtc.args) or when
 * /chosen/bootargs says show-date (-bios none -kernel rtc-E.elf -append
 * show-date: record/replay in tests/boot.t). set-time-of-day moves the
 * clock, and get-time-of-day then reads the new time.
 */
#include "rt/rt.h"

static int show_date(void)
{
    uint32_t len = 0;
    const char *args = rt_fdt_prop("/chosen", "bootargs", &len);
    return args && len >= 9 && !memcmp(args, "show-date", 9);
}

static int get_time(uint32_t *t)   /* t[0..6]: year .. nanoseconds */
{
    uint32_t r[8];
    rt_rtas_call(rt_rtas_token("get-time-of-day"), 0, 8, NULL, r);
    memcpy(t, r + 1, 7 * sizeof(uint32_t));
    return (int)r[0];
}

int main(void)
{
    uint32_t t[7];
    int st = get_time(t);
    rt_printf("get-time-of-day: status %d\n", st);
    rt_printf("year >= 2026: %s\n", t[0] >= 2026 ? "yes" : "no");
    rt_printf("month 1-12, day 1-31, hour < 24: %s\n",
              t[1] >= 1 && t[1] <= 12 && t[2] >= 1 && t[2] <= 31 &&
              t[3] < 24 ? "yes" : "no");
    if (t[0] < 2026 || show_date()) {
        rt_printf("date: %04u-%02u-%02u %02u:%02u\n", t[0], t[1], t[2],
                  t[3], t[4]);
    }
    uint32_t set[7] = { 2040, 2, 29, 12, 34, 56, 0 }, ret[1];
    rt_rtas_call(rt_rtas_token("set-time-of-day"), 7, 1, set, ret);
    st = get_time(t);
    rt_printf("after set-time-of-day 2040-02-29 12:34:56: status %d, "
              "%04u-%02u-%02u %02u:%02u\n", st, t[0], t[1], t[2], t[3], t[4]);
    return 0;
}
