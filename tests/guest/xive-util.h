/* SPDX-License-Identifier: MIT */
/*
 * Helpers shared by the XIVE guest tests (xive.c, xive-smp.c,
 * xive-vty.c; included, not built on its own): the H_INT_* hcall
 * numbers and an hcall that keeps r4..r7, big-endian MMIO loads and
 * stores (ESB pages, TIMA), the TIMA's OS page, CAS asking for XIVE
 * exploitation mode, external interrupts on and off, and the checks an
 * exception hook makes before handling an external interrupt.
 */
#ifndef FARAD_GUEST_XIVE_UTIL_H
#define FARAD_GUEST_XIVE_UTIL_H

#include "rt/rt.h"

#define KVMPPC_H_CAS 0xf002
#define H_CEDE 0xe0
#define H_INT_GET_SOURCE_INFO 0x3a8
#define H_INT_SET_SOURCE_CONFIG 0x3ac
#define H_INT_GET_SOURCE_CONFIG 0x3b0
#define H_INT_GET_QUEUE_INFO 0x3b4
#define H_INT_SET_QUEUE_CONFIG 0x3b8
#define H_INT_GET_QUEUE_CONFIG 0x3bc
#define H_INT_SET_OS_REPORTING_LINE 0x3c0
#define H_INT_GET_OS_REPORTING_LINE 0x3c4
#define H_INT_ESB 0x3c8
#define H_INT_SYNC 0x3cc
#define H_INT_RESET 0x3d0
#define MSR_EE 0x8000ULL

#define TIMA_OS (0x0006030203180000ULL + 0x20000)   /* the OS page */
#define TIMA_OS_CPPR (TIMA_OS + 0x11)
#define TIMA_OS_ACK (TIMA_OS + 0x810)   /* 16-bit acknowledge load */

static uint64_t ret[4];   /* r4..r7 of the last hc() */

/* An hcall with up to 6 arguments, r4..r7 into ret. */
static long hc(uint64_t nr, uint64_t a1, uint64_t a2, uint64_t a3,
               uint64_t a4, uint64_t a5, uint64_t a6)
{
    register uint64_t r3 __asm__("r3") = nr;
    register uint64_t r4 __asm__("r4") = a1;
    register uint64_t r5 __asm__("r5") = a2;
    register uint64_t r6 __asm__("r6") = a3;
    register uint64_t r7 __asm__("r7") = a4;
    register uint64_t r8 __asm__("r8") = a5;
    register uint64_t r9 __asm__("r9") = a6;
    __asm__ volatile("sc 1"
                     : "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7),
                       "+r"(r8), "+r"(r9)
                     :
                     : "r0", "r10", "r11", "r12", "cr0", "ctr", "memory");
    ret[0] = r4;
    ret[1] = r5;
    ret[2] = r6;
    ret[3] = r7;
    return (long)r3;
}

/* Big-endian MMIO whatever the program's byte order. */
static inline uint64_t ld64(uint64_t a)
{
    uint64_t v;
#ifdef __LITTLE_ENDIAN__
    __asm__ volatile("ldbrx %0,0,%1" : "=r"(v) : "r"(a) : "memory");
#else
    __asm__ volatile("ld %0,0(%1)" : "=r"(v) : "b"(a) : "memory");
#endif
    return v;
}

static inline uint32_t ld32(uint64_t a)
{
    uint32_t v;
#ifdef __LITTLE_ENDIAN__
    __asm__ volatile("lwbrx %0,0,%1" : "=r"(v) : "r"(a) : "memory");
#else
    __asm__ volatile("lwz %0,0(%1)" : "=r"(v) : "b"(a) : "memory");
#endif
    return v;
}

static inline uint16_t ld16(uint64_t a)
{
    uint16_t v;
#ifdef __LITTLE_ENDIAN__
    __asm__ volatile("lhbrx %0,0,%1" : "=r"(v) : "r"(a) : "memory");
#else
    __asm__ volatile("lhz %0,0(%1)" : "=r"(v) : "b"(a) : "memory");
#endif
    return v;
}

static inline void st64(uint64_t a, uint64_t v)
{
#ifdef __LITTLE_ENDIAN__
    __asm__ volatile("stdbrx %0,0,%1" :: "r"(v), "r"(a) : "memory");
#else
    __asm__ volatile("std %0,0(%1)" :: "r"(v), "b"(a) : "memory");
#endif
}

static inline void st8(uint64_t a, uint8_t v)
{
    __asm__ volatile("stb %0,0(%1)" :: "r"(v), "b"(a) : "memory");
}

/* The CAS answer (a device tree blob at xive_cas_buf + 4). */
static uint8_t xive_cas_buf[0x20000] __attribute__((aligned(8)));

/* KVMPPC_H_CAS with the architected 3.00 PVR and five option vectors,
 * the fifth asking for XIVE exploitation mode. Returns the hcall's
 * status. */
static inline long xive_cas(void)
{
    static uint8_t vec[128] __attribute__((aligned(8)));
    static const uint8_t pvrs[16] = {
        0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x00, 0x05,
        0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff,
    };
    unsigned pos = sizeof(pvrs);
    memcpy(vec, pvrs, pos);
    vec[pos++] = 4;                  /* five option vectors */
    for (int v = 1; v <= 5; v++) {
        unsigned len = v == 5 ? 24 : 3;
        vec[pos++] = (uint8_t)(len - 1);
        memset(vec + pos, 0, len);
        if (v == 1) {
            vec[pos] = 0x80;
        }
        if (v == 5) {
            vec[pos + 22] = 0x40;    /* byte 23: XIVE exploitation */
        }
        pos += len;
    }
    return hc(KVMPPC_H_CAS, (uint64_t)(uintptr_t)vec,
              (uint64_t)(uintptr_t)xive_cas_buf, sizeof(xive_cas_buf), 0, 0,
              0);
}

/* External interrupts (MSR[EE]) on or off. */
static inline void xive_ee(int on)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    m = on ? m | MSR_EE : m & ~MSR_EE;
    __asm__ volatile("mtmsrd %0,1" :: "r"(m) : "memory");
}

/* The ESB management page of a source: 0 when H_INT_GET_SOURCE_INFO
 * reports flags (an LSI goes through H_INT_ESB); its trigger page stays
 * in ret[2]. */
static inline uint64_t xive_mgmt_page(uint32_t lisn)
{
    hc(H_INT_GET_SOURCE_INFO, 0, lisn, 0, 0, 0, 0);
    return ret[0] ? 0 : ret[1];
}

/* An exception hook's first step: true for an external interrupt (0x500);
 * a decrementer (0x900) is pushed far off (false); any other vector is
 * reported (when report) and powers off. */
static inline int xive_external(uint64_t v, RtFrame *f, int report)
{
    if (v == 0x900) {
        __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
        return 0;
    }
    if (v != 0x500) {
        if (report) {
            rt_printf("unexpected vector %lx at %lx\n", (unsigned long)v,
                      (unsigned long)f->srr0);
        }
        rt_power_off();
    }
    return 1;
}

#endif
