/* SPDX-License-Identifier: MIT */
/*
 * Load/store sweep: every fixed-point load and store form (D, DS, X,
 * update, algebraic, byte-reversed, quadword) at every offset of a
 * patterned buffer, load-and-reserve/store-conditional sequences
 * (success, failure after a changed value, after an interrupt, after
 * dcbz, other address), lqarx, load/store multiple
 * and string instructions with many byte counts, dcbz, alignment
 * interrupts (DAR, DSISR, SRR0), and self-modifying code through icbi.
 * Prints checksums; the output is compared with QEMU's.
 */
#include "rt/rt.h"

static uint8_t buf[512] __attribute__((aligned(256)));
static uint8_t buf2[512] __attribute__((aligned(256)));
static uint32_t code[64] __attribute__((aligned(128)));

/* ---- checksum ---- */

static uint64_t sum;

static void mix(uint64_t v)
{
    for (int i = 0; i < 8; i++) {
        sum ^= (v >> (8 * i)) & 0xff;
        sum *= 0x100000001b3ULL;
    }
}

static void report(const char *what)
{
    rt_printf("%-14s %016llx\n", what, (unsigned long long)sum);
    sum = 0xcbf29ce484222325ULL;
}

static void mix_buf(const uint8_t *p, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        sum ^= p[i];
        sum *= 0x100000001b3ULL;
    }
}

static void fill(uint8_t *p, unsigned n, unsigned seed)
{
    for (unsigned i = 0; i < n; i++) {
        p[i] = (uint8_t)(i * 37 + seed * 101 + 0x91);
    }
}

/* ---- interrupt catching ---- */

static volatile uint64_t exc_vec, exc_srr0, exc_dar, exc_dsisr;

static void hook(uint64_t vector, RtFrame *f)
{
    uint64_t dar, dsisr;
    __asm__ volatile("mfdar %0; mfdsisr %1" : "=r"(dar), "=r"(dsisr));
    exc_vec = vector;
    exc_srr0 = f->srr0;
    exc_dar = dar;
    exc_dsisr = dsisr;
    if (vector != 0xc00) {
        f->srr0 += 4;  /* skip the faulting instruction */
    }
}

static void exc_clear(void)
{
    exc_vec = exc_srr0 = exc_dar = exc_dsisr = 0;
    __asm__ volatile("li 0,0; mtdar 0; mtdsisr 0" ::: "r0");
}

/* Interrupt state relative to the buffer (addresses are the same on both
 * emulators, but print offsets anyway). */
static void mix_exc(const void *base)
{
    mix(exc_vec);
    mix(exc_dar ? exc_dar - (uint64_t)(uintptr_t)base : 0);
    mix(exc_dsisr);
    mix(exc_srr0 ? 1 : 0);
}

/* ---- loads ---- */

#define LOAD_D(fn, insn, d) \
    static uint64_t fn(const void *p) \
    { \
        uint64_t r; \
        __asm__ volatile(insn " %0," #d "(%1)" : "=r"(r) : "b"(p) : "memory"); \
        return r; \
    }

#define LOAD_X(fn, insn) \
    static uint64_t fn(const void *p, uint64_t x) \
    { \
        uint64_t r; \
        __asm__ volatile(insn " %0,%1,%2" : "=r"(r) : "b"(p), "r"(x) : "memory"); \
        return r; \
    }

/* update forms: returns the loaded value, *ea gets the updated base */
#define LOAD_U(fn, insn, d) \
    static uint64_t fn(const void *p, uint64_t *ea) \
    { \
        uint64_t r, b = (uint64_t)(uintptr_t)p; \
        __asm__ volatile(insn " %0," #d "(%1)" : "=&r"(r), "+b"(b) :: "memory"); \
        *ea = b; \
        return r; \
    }

#define LOAD_UX(fn, insn) \
    static uint64_t fn(const void *p, uint64_t x, uint64_t *ea) \
    { \
        uint64_t r, b = (uint64_t)(uintptr_t)p; \
        __asm__ volatile(insn " %0,%1,%2" : "=&r"(r), "+b"(b) : "r"(x) : "memory"); \
        *ea = b; \
        return r; \
    }

LOAD_D(l_lbz, "lbz", 0)
LOAD_D(l_lbz7, "lbz", 7)
LOAD_D(l_lhz, "lhz", 0)
LOAD_D(l_lhzm3, "lhz", -3)
LOAD_D(l_lha, "lha", 0)
LOAD_D(l_lha5, "lha", 5)
LOAD_D(l_lwz, "lwz", 0)
LOAD_D(l_lwz9, "lwz", 9)
LOAD_D(l_lwa, "lwa", 0)
LOAD_D(l_lwa8, "lwa", 8)
LOAD_D(l_ld, "ld", 0)
LOAD_D(l_ldm8, "ld", -8)
LOAD_X(l_lbzx, "lbzx")
LOAD_X(l_lhzx, "lhzx")
LOAD_X(l_lhax, "lhax")
LOAD_X(l_lwzx, "lwzx")
LOAD_X(l_lwax, "lwax")
LOAD_X(l_ldx, "ldx")
LOAD_X(l_lhbrx, "lhbrx")
LOAD_X(l_lwbrx, "lwbrx")
LOAD_X(l_ldbrx, "ldbrx")
LOAD_U(l_lbzu, "lbzu", 1)
LOAD_U(l_lhzu, "lhzu", 2)
LOAD_U(l_lhau, "lhau", -2)
LOAD_U(l_lwzu, "lwzu", 4)
LOAD_U(l_ldu, "ldu", 8)
LOAD_UX(l_lbzux, "lbzux")
LOAD_UX(l_lhzux, "lhzux")
LOAD_UX(l_lhaux, "lhaux")
LOAD_UX(l_lwzux, "lwzux")
LOAD_UX(l_lwaux, "lwaux")
LOAD_UX(l_ldux, "ldux")

static void test_loads(void)
{
    uint64_t ea;
    fill(buf, sizeof(buf), 1);
    for (unsigned off = 8; off < 40; off++) {
        const uint8_t *p = buf + off;
        uint64_t base = (uint64_t)(uintptr_t)buf;
        mix(l_lbz(p)); mix(l_lbz7(p));
        mix(l_lhz(p)); mix(l_lhzm3(p));
        mix(l_lha(p)); mix(l_lha5(p));
        mix(l_lwz(p)); mix(l_lwz9(p));
        mix(l_lwa(p)); mix(l_lwa8(p));
        mix(l_ld(p)); mix(l_ldm8(p));
        for (uint64_t x = 0; x < 3; x++) {
            mix(l_lbzx(p, x)); mix(l_lhzx(p, x)); mix(l_lhax(p, x));
            mix(l_lwzx(p, x)); mix(l_lwax(p, x)); mix(l_ldx(p, x));
        }
        mix(l_lbzu(p, &ea)); mix(ea - base);
        mix(l_lhzu(p, &ea)); mix(ea - base);
        mix(l_lhau(p, &ea)); mix(ea - base);
        mix(l_lwzu(p, &ea)); mix(ea - base);
        mix(l_ldu(p, &ea)); mix(ea - base);
        mix(l_lbzux(p, 3, &ea)); mix(ea - base);
        mix(l_lhzux(p, 5, &ea)); mix(ea - base);
        mix(l_lhaux(p, (uint64_t)-4, &ea)); mix(ea - base);
        mix(l_lwzux(p, 6, &ea)); mix(ea - base);
        mix(l_lwaux(p, 7, &ea)); mix(ea - base);
        mix(l_ldux(p, 1, &ea)); mix(ea - base);
    }
    report("loads");
    for (unsigned off = 0; off < 24; off++) {
        const uint8_t *p = buf + off;
        mix(l_lhbrx(p, 1)); mix(l_lwbrx(p, 2)); mix(l_ldbrx(p, 3));
    }
    report("loads-brx");
}

/* ---- stores ---- */

#define STORE_D(fn, insn, d) \
    static void fn(void *p, uint64_t v) \
    { \
        __asm__ volatile(insn " %1," #d "(%0)" :: "b"(p), "r"(v) : "memory"); \
    }

#define STORE_X(fn, insn) \
    static void fn(void *p, uint64_t x, uint64_t v) \
    { \
        __asm__ volatile(insn " %2,%0,%1" :: "b"(p), "r"(x), "r"(v) : "memory"); \
    }

#define STORE_U(fn, insn, d) \
    static uint64_t fn(void *p, uint64_t v) \
    { \
        uint64_t b = (uint64_t)(uintptr_t)p; \
        __asm__ volatile(insn " %1," #d "(%0)" : "+b"(b) : "r"(v) : "memory"); \
        return b; \
    }

#define STORE_UX(fn, insn) \
    static uint64_t fn(void *p, uint64_t x, uint64_t v) \
    { \
        uint64_t b = (uint64_t)(uintptr_t)p; \
        __asm__ volatile(insn " %2,%0,%1" : "+b"(b) : "r"(x), "r"(v) : "memory"); \
        return b; \
    }

STORE_D(s_stb, "stb", 0)
STORE_D(s_sth, "sth", 1)
STORE_D(s_stw, "stw", -1)
STORE_D(s_std, "std", 4)
STORE_X(s_stbx, "stbx")
STORE_X(s_sthx, "sthx")
STORE_X(s_stwx, "stwx")
STORE_X(s_stdx, "stdx")
STORE_X(s_sthbrx, "sthbrx")
STORE_X(s_stwbrx, "stwbrx")
STORE_X(s_stdbrx, "stdbrx")
STORE_U(s_stbu, "stbu", 3)
STORE_U(s_sthu, "sthu", -1)
STORE_U(s_stwu, "stwu", 2)
STORE_U(s_stdu, "stdu", 8)
STORE_UX(s_stbux, "stbux")
STORE_UX(s_sthux, "sthux")
STORE_UX(s_stwux, "stwux")
STORE_UX(s_stdux, "stdux")

static void test_stores(void)
{
    uint64_t base = (uint64_t)(uintptr_t)buf;
    uint64_t v = 0x0123456789abcdefULL;
    memset(buf, 0, sizeof(buf));
    for (unsigned off = 8; off < 72; off++) {
        uint8_t *p = buf + off * 3;
        v = v * 6364136223846793005ULL + 1442695040888963407ULL;
        switch (off % 19) {
        case 0: s_stb(p, v); break;
        case 1: s_sth(p, v); break;
        case 2: s_stw(p, v); break;
        case 3: s_std(p, v); break;
        case 4: s_stbx(p, 1, v); break;
        case 5: s_sthx(p, 2, v); break;
        case 6: s_stwx(p, 3, v); break;
        case 7: s_stdx(p, 5, v); break;
        case 8: s_sthbrx(p, 1, v); break;
        case 9: s_stwbrx(p, 1, v); break;
        case 10: s_stdbrx(p, 1, v); break;
        case 11: mix(s_stbu(p, v) - base); break;
        case 12: mix(s_sthu(p, v) - base); break;
        case 13: mix(s_stwu(p, v) - base); break;
        case 14: mix(s_stdu(p, v) - base); break;
        case 15: mix(s_stbux(p, 7, v) - base); break;
        case 16: mix(s_sthux(p, 9, v) - base); break;
        case 17: mix(s_stwux(p, (uint64_t)-3, v) - base); break;
        default: mix(s_stdux(p, 11, v) - base); break;
        }
    }
    mix_buf(buf, sizeof(buf));
    report("stores");
}

/* ---- lq / stq ---- */

static void test_quad(void)
{
    fill(buf, sizeof(buf), 2);
    for (unsigned off = 0; off < 64; off += 8) {
        register uint64_t hi __asm__("r10");
        register uint64_t lo __asm__("r11");
        __asm__ volatile("lq 10,16(%2)" : "=&r"(hi), "=&r"(lo) : "b"(buf + off) : "memory");
        mix(hi); mix(lo);
    }
    for (unsigned off = 0; off < 64; off += 16) {
        register uint64_t hi __asm__("r10") = 0x1111222233334444ULL + off;
        register uint64_t lo __asm__("r11") = 0x5555666677778888ULL - off;
        __asm__ volatile("stq 10,0(%2)" :: "r"(hi), "r"(lo), "b"(buf + 128 + off) : "memory");
    }
    mix_buf(buf, 256);
    report("quad");
}

/* ---- larx / stcx. ---- */

static uint64_t cr0_of(uint64_t cr)
{
    return cr >> 28;
}

#define LARX(fn, insn) \
    static uint64_t fn(void *p) \
    { \
        uint64_t r; \
        __asm__ volatile(insn " %0,0,%1" : "=r"(r) : "b"(p) : "memory"); \
        return r; \
    }

#define STCX(fn, insn) \
    static uint64_t fn(void *p, uint64_t v) \
    { \
        uint64_t cr; \
        __asm__ volatile(insn " %2,0,%1\n\tmfcr %0" : "=r"(cr) : "b"(p), "r"(v) \
                         : "cr0", "memory"); \
        return cr0_of(cr); \
    }

LARX(lbarx_, "lbarx")
LARX(lharx_, "lharx")
LARX(lwarx_, "lwarx")
LARX(ldarx_, "ldarx")
STCX(stbcx_, "stbcx.")
STCX(sthcx_, "sthcx.")
STCX(stwcx_, "stwcx.")
STCX(stdcx_, "stdcx.")

static void set_so(int on)
{
    uint64_t x = on ? 0x80000000ULL : 0;
    __asm__ volatile("mtxer %0" :: "r"(x) : "xer");
}

static void test_reservations(void)
{
    uint32_t *w = (uint32_t *)(buf + 64);
    uint64_t *dw = (uint64_t *)(buf + 128);

    fill(buf, sizeof(buf), 3);
    /* success */
    mix(lwarx_(w)); mix(stwcx_(w, 0x11111111)); mix(*w);
    /* no reservation any more */
    mix(stwcx_(w, 0x22222222)); mix(*w);
    /* changed value in between: fails */
    mix(lwarx_(w)); *w = 0x33333333; mix(stwcx_(w, 0x44444444)); mix(*w);
    /* same value stored in between: succeeds (value-based, as QEMU) */
    mix(lwarx_(w)); *(volatile uint32_t *)w = 0x33333333;
    mix(stwcx_(w, 0x55555555)); mix(*w);
    /* a store to another word of the granule does not matter */
    mix(lwarx_(w)); w[1] = 0x12345678; mix(stwcx_(w, 0x66666666)); mix(*w);
    /* other address: fails and clears the reservation */
    mix(lwarx_(w)); mix(stwcx_(w + 1, 0x77777777)); mix(w[1]);
    mix(stwcx_(w, 0x88888888)); mix(*w);
    /* SO is copied into CR0 */
    set_so(1);
    mix(lwarx_(w)); mix(stwcx_(w, 0x99999999)); mix(stwcx_(w, 0));
    set_so(0);
    /* other sizes */
    mix(lbarx_(buf + 3)); mix(stbcx_(buf + 3, 0xab));
    mix(lharx_(buf + 6)); mix(sthcx_(buf + 6, 0xcdef));
    mix(ldarx_(dw)); mix(stdcx_(dw, 0xfedcba9876543210ULL)); mix(*dw);
    mix(ldarx_(dw)); dw[0] ^= 1; mix(stdcx_(dw, 1)); mix(*dw);
    /* an interrupt clears the reservation */
    rt_exception_hook = hook;
    exc_clear();
    mix(lwarx_(w));
    __asm__ volatile("sc" ::: "memory");  /* system call, skipped by the hook */
    mix(exc_vec);
    mix(stwcx_(w, 0xaaaaaaaa)); mix(*w);
    rt_exception_hook = 0;
    /* dcbz on the reserved block clears the reservation even though the
     * value stays the same */
    memset(buf + 256, 0, 128);
    mix(lwarx_(buf + 256 + 12));
    __asm__ volatile("dcbz 0,%0" :: "b"(buf + 256 + 64) : "memory");
    mix(stwcx_(buf + 256 + 12, 0xbbbbbbbb));
    mix(*(uint32_t *)(buf + 256 + 12));
    /* dcbz on another block keeps it */
    mix(lwarx_(buf + 256 + 12));
    __asm__ volatile("dcbz 0,%0" :: "b"(buf + 256 + 128) : "memory");
    mix(stwcx_(buf + 256 + 12, 0xcccccccc));
    mix(*(uint32_t *)(buf + 256 + 12));
    /* an atomic increment loop */
    *w = 0;
    for (int i = 0; i < 1000; i++) {
        uint64_t t;
        __asm__ volatile("1: lwarx %0,0,%1\n\t"
                         "addi %0,%0,3\n\t"
                         "stwcx. %0,0,%1\n\t"
                         "bne- 1b" : "=&b"(t) : "b"(w) : "cr0", "memory");
    }
    mix(*w);
    mix_buf(buf, sizeof(buf));
    report("reserve");

    /* lqarx / stqcx.: the loaded values, and a stqcx. that fails
     * because a stwcx. dropped the reservation. (A successful stqcx. is
     * not compared: QEMU 7.2 with MTTCG does not set the reservation
     * address in lqarx's parallel path, so its stqcx. always fails.) */
    fill(buf, sizeof(buf), 4);
    for (int k = 0; k < 3; k++) {
        register uint64_t hi __asm__("r10");
        register uint64_t lo __asm__("r11");
        uint64_t cr;
        __asm__ volatile("lqarx 10,0,%2" : "=&r"(hi), "=&r"(lo)
                         : "b"(buf + 32 + 16 * k) : "memory");
        mix(hi); mix(lo);
        mix(stwcx_(buf + 256, 0));
        register uint64_t nh __asm__("r8") = 0xa1a2a3a4a5a6a7a8ULL + k;
        register uint64_t nl __asm__("r9") = 0xb1b2b3b4b5b6b7b8ULL + k;
        __asm__ volatile("stqcx. 8,0,%3\n\tmfcr %0" : "=r"(cr)
                         : "r"(nh), "r"(nl), "b"(buf + 32 + 16 * k)
                         : "cr0", "memory");
        mix(cr0_of(cr));
    }
    mix_buf(buf, 128);
    report("reserve-quad");
}

/* ---- alignment interrupts ---- */

static void test_alignment(void)
{
    rt_exception_hook = hook;
    fill(buf, sizeof(buf), 5);
    for (unsigned off = 1; off < 8; off++) {
        uint8_t *p = buf + 64 + off;
        exc_clear();
        mix(lharx_(p)); mix_exc(buf);
        exc_clear();
        mix(lwarx_(p)); mix_exc(buf);
        exc_clear();
        mix(ldarx_(p)); mix_exc(buf);
    }
    /* lqarx needs 16-byte alignment */
    exc_clear();
    {
        register uint64_t hi __asm__("r10") = 0;
        register uint64_t lo __asm__("r11") = 0;
        __asm__ volatile("lqarx 10,0,%2" : "+r"(hi), "+r"(lo) : "b"(buf + 72) : "memory");
        mix(hi); mix(lo); mix_exc(buf);
    }
    /* stcx. at an unaligned reserved address cannot happen (larx traps);
     * with no reservation it just fails */
    exc_clear();
    mix(stwcx_(buf + 66, 1)); mix_exc(buf);
    rt_exception_hook = 0;
    report("alignment");
}

/* ---- multiple and string (LE: alignment interrupts) ---- */

static void test_multiple(void)
{
    rt_exception_hook = hook;
    fill(buf, sizeof(buf), 6);
    for (unsigned off = 0; off < 6; off++) {
        uint64_t r[4];
        exc_clear();
        __asm__ volatile("mr 9,%4\n\t"
                         "li 28,-1; li 29,-1; li 30,-1; li 31,-1\n\t"
                         ".long 0xbb890004\n\t"  /* lmw 28,4(9) */
                         "mr %0,28; mr %1,29; mr %2,30; mr %3,31"
                         : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3])
                         : "r"(buf + off)
                         : "r9", "r28", "r29", "r30", "r31", "memory");
        for (int i = 0; i < 4; i++) {
            mix(r[i]);
        }
        mix_exc(buf);
        exc_clear();
        __asm__ volatile("mr 9,%0\n\t"
                         "lis 29,0x1234; ori 29,29,0x5678\n\t"
                         "lis 30,-0x2000; ori 30,30,0x1357\n\t"
                         "li 31,-2\n\t"
                         ".long 0xbfa90001"  /* stmw 29,1(9) */
                         :: "r"(buf + 128 + off * 16)
                         : "r9", "r29", "r30", "r31", "memory");
        mix_exc(buf);
    }
    mix_buf(buf, 256);
    report("multiple");
    rt_exception_hook = 0;
}

static void lswx_run(const void *p, unsigned n, uint64_t r[8])
{
    uint64_t x = n;
    __asm__ volatile("mtxer %9\n\t"
                     "li 20,-1; li 21,-1; li 22,-1; li 23,-1\n\t"
                     "li 24,-1; li 25,-1; li 26,-1; li 27,-1\n\t"
                     "mr 9,%8\n\t"
                     ".long 0x7e804c2a\n\t"  /* lswx 20,0,9 */
                     "mr %0,20; mr %1,21; mr %2,22; mr %3,23\n\t"
                     "mr %4,24; mr %5,25; mr %6,26; mr %7,27"
                     : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3]),
                       "=r"(r[4]), "=r"(r[5]), "=r"(r[6]), "=r"(r[7])
                     : "b"(p), "r"(x)
                     : "r9", "r20", "r21", "r22", "r23", "r24", "r25", "r26",
                       "r27", "xer", "memory");
}

static void stswx_run(void *p, unsigned n)
{
    uint64_t x = n;
    __asm__ volatile("mtxer %1\n\t"
                     "lis 20,0x0102; ori 20,20,0x0304\n\t"
                     "lis 21,0x1112; ori 21,21,0x1314\n\t"
                     "lis 22,0x2122; ori 22,22,0x2324\n\t"
                     "lis 23,0x3132; ori 23,23,0x3334\n\t"
                     "lis 24,0x4142; ori 24,24,0x4344\n\t"
                     "mr 9,%0\n\t"
                     ".long 0x7e804d2a"  /* stswx 20,0,9 */
                     :: "b"(p), "r"(x)
                     : "r9", "r20", "r21", "r22", "r23", "r24", "xer", "memory");
}

static void test_string(void)
{
    rt_exception_hook = hook;
    fill(buf, sizeof(buf), 7);
    for (unsigned n = 0; n <= 20; n++) {
        uint64_t r[8];
        exc_clear();
        lswx_run(buf + 3 + n, n, r);
        for (int i = 0; i < 8; i++) {
            mix(r[i]);
        }
        mix_exc(buf);
        exc_clear();
        stswx_run(buf + 256 + n * 11, n);
        mix_exc(buf);
    }
    {
        uint64_t a, b, c;
        exc_clear();
        __asm__ volatile("li 20,-1; li 21,-1; li 22,-1\n\t"
                         "mr 9,%3\n\t"
                         ".long 0x7e895caa\n\t"  /* lswi 20,9,11 */
                         "mr %0,20; mr %1,21; mr %2,22"
                         : "=r"(a), "=r"(b), "=r"(c) : "b"(buf + 5)
                         : "r9", "r20", "r21", "r22", "memory");
        mix(a); mix(b); mix(c); mix_exc(buf);
        exc_clear();
        __asm__ volatile("lis 20,0x5152; ori 20,20,0x5354\n\t"
                         "lis 21,0x6162; ori 21,21,0x6364\n\t"
                         "mr 9,%0\n\t"
                         ".long 0x7e893daa"  /* stswi 20,9,7 */
                         :: "b"(buf + 200) : "r9", "r20", "r21", "memory");
        mix_exc(buf);
    }
    mix_buf(buf, sizeof(buf));
    report("string");
    rt_exception_hook = 0;
}

/* ---- dcbz and cache hints ---- */

static void test_dcbz(void)
{
    fill(buf, sizeof(buf), 8);
    fill(buf2, sizeof(buf2), 9);
    __asm__ volatile("dcbz %0,%1" :: "b"(buf), "r"(130UL) : "memory");
    __asm__ volatile("dcbz 0,%0" :: "b"(buf + 511) : "memory");
    __asm__ volatile("dcbt 0,%0; dcbtst 0,%0; dcbf 0,%0; dcbst 0,%0"
                     :: "b"(buf2) : "memory");
    __asm__ volatile("eieio; sync; lwsync; isync" ::: "memory");
    mix_buf(buf, sizeof(buf));
    mix_buf(buf2, sizeof(buf2));
    report("dcbz");
}

/* ---- self-modifying code ---- */

static uint64_t call_code(void)
{
    uint64_t r;
    __asm__ volatile("mtctr %1\n\t"
                     "bctrl\n\t"
                     "mr %0,3"
                     : "=r"(r) : "r"(code)
                     : "r3", "lr", "ctr", "memory");
    return r;
}

static void patch(unsigned n)
{
    code[0] = 0x38600000u | (n & 0x7fff);  /* li r3,n */
    code[1] = 0x4e800020u;                   /* blr */
    __asm__ volatile("dcbst 0,%0; sync; icbi 0,%0; isync" :: "b"(code) : "memory");
}

static void test_smc(void)
{
    for (unsigned n = 1; n < 50; n += 7) {
        patch(n);
        mix(call_code());
    }
    report("smc");
}

int main(void)
{
    sum = 0xcbf29ce484222325ULL;
    test_loads();
    test_stores();
    test_quad();
    test_reservations();
    test_alignment();
    test_multiple();
    test_string();
    test_dcbz();
    test_smc();
    return 0;
}
