/* SPDX-License-Identifier: MIT */
/*
 * String and atomic guest program: strlen/memcpy/memmove/memcmp loops at
 * every alignment with byte, halfword, word and doubleword accesses,
 * byte-reversed loads and stores, and lbarx/lharx/lwarx/ldarx with the
 * matching stcx. forms (counters, compare-and-swap, exchange, a
 * reservation lost to an intervening stcx.). Output is compared with
 * QEMU's.
 */
#include "rt/rt.h"

static uint8_t src[512], dst[512];

static uint32_t fnv(const void *p, size_t n)
{
    const uint8_t *b = p;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ b[i]) * 16777619u;
    }
    return h;
}

/* Word-at-a-time strlen with the classic zero-byte trick. */
static size_t fast_strlen(const char *s)
{
    const char *p = s;
    while ((uintptr_t)p & 7) {
        if (!*p) {
            return (size_t)(p - s);
        }
        p++;
    }
    const uint64_t *w = (const uint64_t *)p;
    for (;;) {
        uint64_t v = *w;
        if ((v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL) {
            break;
        }
        w++;
    }
    p = (const char *)w;
    while (*p) {
        p++;
    }
    return (size_t)(p - s);
}

/* Doubleword copy when both pointers are aligned alike. */
static void copy_words(void *d, const void *s, size_t n)
{
    uint8_t *db = d;
    const uint8_t *sb = s;
    if ((((uintptr_t)db ^ (uintptr_t)sb) & 7) == 0) {
        while (n && ((uintptr_t)db & 7)) {
            *db++ = *sb++;
            n--;
        }
        while (n >= 8) {
            *(uint64_t *)db = *(const uint64_t *)sb;
            db += 8;
            sb += 8;
            n -= 8;
        }
    } else if ((((uintptr_t)db ^ (uintptr_t)sb) & 1) == 0) {
        if (n && ((uintptr_t)db & 1)) {
            *db++ = *sb++;
            n--;
        }
        while (n >= 2) {
            *(uint16_t *)db = *(const uint16_t *)sb;
            db += 2;
            sb += 2;
            n -= 2;
        }
    }
    while (n--) {
        *db++ = *sb++;
    }
}

static void test_strings(void)
{
    static char str[300];
    uint32_t acc = 0;
    for (int len = 0; len < 40; len++) {
        for (int off = 0; off < 8; off++) {
            memset(str, 'a', sizeof(str));
            str[off + len] = 0;
            size_t a = strlen(str + off), b = fast_strlen(str + off);
            if (a != (size_t)len || b != (size_t)len) {
                rt_printf("strlen mismatch len %d off %d: %lu %lu\n", len, off,
                          (unsigned long)a, (unsigned long)b);
            }
            acc = acc * 33 + (uint32_t)b;
        }
    }
    rt_printf("strlen ok %08x\n", acc);

    for (int i = 0; i < 512; i++) {
        src[i] = (uint8_t)(i * 37 + (i >> 3));
    }
    uint32_t h = 0;
    for (int so = 0; so < 8; so++) {
        for (int d0 = 0; d0 < 8; d0++) {
            for (int n = 0; n < 70; n += 13) {
                memset(dst, 0xee, sizeof(dst));
                copy_words(dst + d0, src + so, (size_t)n);
                h ^= fnv(dst, 96) + (uint32_t)(so * 64 + d0 * 8 + n);
                if (memcmp(dst + d0, src + so, (size_t)n) != 0) {
                    rt_printf("copy mismatch %d %d %d\n", so, d0, n);
                }
            }
        }
    }
    rt_printf("memcpy hash %08x\n", h);

    for (int i = 0; i < 512; i++) {
        dst[i] = (uint8_t)i;
    }
    memmove(dst + 3, dst, 200);
    memmove(dst + 300, dst + 310, 100);
    rt_printf("memmove hash %08x\n", fnv(dst, 512));

    static const char *const words[] = {
        "apple", "apricot", "app", "banana", "band", "bandana", "", "zebra",
    };
    for (int i = 0; i < 8; i++) {
        rt_printf("  cmp %s/%s: %d %d\n", words[i], words[(i + 1) % 8],
                  strcmp(words[i], words[(i + 1) % 8]) > 0 ? 1 :
                  strcmp(words[i], words[(i + 1) % 8]) < 0 ? -1 : 0,
                  memcmp(words[i], words[(i + 3) % 8], 2) > 0);
    }
}

/* Unaligned and sign/zero-extending loads; update forms; indexed forms. */
static void test_access(void)
{
    static uint8_t buf[64];
    for (int i = 0; i < 64; i++) {
        buf[i] = (uint8_t)(0x81 + i * 13);
    }
    volatile uint8_t *v = buf;
    uint64_t h = 0;
    for (int off = 0; off < 16; off++) {
        uint16_t hw;
        uint32_t w;
        uint64_t d;
        int16_t shw;
        int32_t sw;
        memcpy(&hw, (const void *)(v + off), 2);
        memcpy(&w, (const void *)(v + off), 4);
        memcpy(&d, (const void *)(v + off), 8);
        shw = (int16_t)hw;
        sw = (int32_t)w;
        h = h * 1099511628211ULL ^ hw ^ ((uint64_t)w << 16) ^ d ^
            (uint64_t)(int64_t)shw ^ (uint64_t)(int64_t)sw;
    }
    rt_printf("mixed loads %016lx\n", (unsigned long)h);

    /* direct unaligned accesses through inline asm */
    uint64_t r1, r2, r3, r4, r5;
    __asm__ volatile("lwz %0,1(%5)\n"
                     "lha %1,3(%5)\n"
                     "ld %2,8(%5)\n"
                     "lhz %3,5(%5)\n"
                     "lwa %4,12(%5)\n"
                     : "=&r"(r1), "=&r"(r2), "=&r"(r3), "=&r"(r4), "=&r"(r5)
                     : "b"(buf) : "memory");
    rt_printf("asm loads %lx %lx %lx %lx %lx\n", (unsigned long)r1,
              (unsigned long)r2, (unsigned long)r3, (unsigned long)r4,
              (unsigned long)r5);

    /* byte-reversed loads and stores */
    uint64_t br1, br2, br3;
    __asm__ volatile("lhbrx %0,0,%3\n"
                     "lwbrx %1,0,%3\n"
                     "ldbrx %2,0,%3\n"
                     : "=&r"(br1), "=&r"(br2), "=&r"(br3) : "r"(buf + 1) : "memory");
    rt_printf("brx loads %lx %lx %lx\n", (unsigned long)br1, (unsigned long)br2,
              (unsigned long)br3);
    uint64_t val = 0x0123456789abcdefULL;
    __asm__ volatile("sthbrx %0,0,%1\n"
                     "stwbrx %0,0,%2\n"
                     "stdbrx %0,0,%3\n"
                     : : "r"(val), "r"(buf + 20), "r"(buf + 23), "r"(buf + 31)
                     : "memory");
    rt_printf("brx stores %08x\n", fnv(buf, 64));

    /* update forms walk a pointer */
    uint64_t sum = 0;
    uint8_t *p = buf - 1;
    for (int i = 0; i < 10; i++) {
        uint64_t t;
        __asm__ volatile("lbzu %0,1(%1)" : "=r"(t), "+b"(p) : : "memory");
        sum = sum * 7 + t;
    }
    uint32_t *pw = (uint32_t *)(void *)buf;
    for (int i = 0; i < 4; i++) {
        uint64_t t = 0x11111111u * (uint64_t)(i + 1), idx = 4;
        __asm__ volatile("stwux %1,%0,%2" : "+b"(pw) : "r"(t), "r"(idx) : "memory");
    }
    rt_printf("update forms %lx %08x %lx\n", (unsigned long)sum, fnv(buf, 64),
              (unsigned long)((uint8_t *)pw - buf));
}

/* ---- atomics ---- */

static uint32_t counter32;
static uint64_t counter64;
static uint8_t counter8[8];
static uint16_t counter16[4];

static uint32_t atomic_add32(uint32_t *p, uint32_t v)
{
    uint32_t old, tmp;
    __asm__ volatile("1: lwarx %0,0,%2\n"
                     "add %1,%0,%3\n"
                     "stwcx. %1,0,%2\n"
                     "bne- 1b\n"
                     : "=&r"(old), "=&r"(tmp) : "r"(p), "r"(v) : "cr0", "memory");
    return old;
}

static uint64_t atomic_add64(uint64_t *p, uint64_t v)
{
    uint64_t old, tmp;
    __asm__ volatile("1: ldarx %0,0,%2\n"
                     "add %1,%0,%3\n"
                     "stdcx. %1,0,%2\n"
                     "bne- 1b\n"
                     : "=&r"(old), "=&r"(tmp) : "r"(p), "r"(v) : "cr0", "memory");
    return old;
}

static uint32_t atomic_add8(uint8_t *p, uint32_t v)
{
    uint32_t old, tmp;
    __asm__ volatile("1: lbarx %0,0,%2\n"
                     "add %1,%0,%3\n"
                     "stbcx. %1,0,%2\n"
                     "bne- 1b\n"
                     : "=&r"(old), "=&r"(tmp) : "r"(p), "r"(v) : "cr0", "memory");
    return old;
}

static uint32_t atomic_add16(uint16_t *p, uint32_t v)
{
    uint32_t old, tmp;
    __asm__ volatile("1: lharx %0,0,%2\n"
                     "add %1,%0,%3\n"
                     "sthcx. %1,0,%2\n"
                     "bne- 1b\n"
                     : "=&r"(old), "=&r"(tmp) : "r"(p), "r"(v) : "cr0", "memory");
    return old;
}

/* Compare-and-swap; returns 1 when the swap happened. */
static int cas64(uint64_t *p, uint64_t expect, uint64_t newv)
{
    uint64_t old;
    int ok;
    __asm__ volatile("1: ldarx %0,0,%2\n"
                     "cmpd %0,%3\n"
                     "bne- 2f\n"
                     "stdcx. %4,0,%2\n"
                     "bne- 1b\n"
                     "li %1,1\n"
                     "b 3f\n"
                     "2: li %1,0\n"
                     "3:\n"
                     : "=&r"(old), "=&r"(ok)
                     : "r"(p), "r"(expect), "r"(newv) : "cr0", "memory");
    return ok;
}

static void test_atomics(void)
{
    uint32_t s32 = 0;
    uint64_t s64 = 0;
    for (uint32_t i = 1; i <= 1000; i++) {
        s32 += atomic_add32(&counter32, i);
        s64 += atomic_add64(&counter64, (uint64_t)i << 33);
        atomic_add8(&counter8[i & 7], i);
        atomic_add16(&counter16[i & 3], i * 3);
    }
    rt_printf("lwarx counter %u (sum of olds %u)\n", counter32, s32);
    rt_printf("ldarx counter %lx (sum of olds %lx)\n", (unsigned long)counter64,
              (unsigned long)s64);
    rt_printf("lbarx counters");
    for (int i = 0; i < 8; i++) {
        rt_printf(" %02x", counter8[i]);
    }
    rt_printf("\nlharx counters");
    for (int i = 0; i < 4; i++) {
        rt_printf(" %04x", counter16[i]);
    }
    rt_printf("\n");

    uint64_t word = 5;
    int a = cas64(&word, 5, 9);
    int b = cas64(&word, 5, 11);
    int c = cas64(&word, 9, 0xdeadbeefcafeULL);
    rt_printf("cas %d %d %d -> %lx\n", a, b, c, (unsigned long)word);

    /* compiler atomics: inline larx/stcx. sequences */
    uint32_t x = 100;
    uint32_t exp = 100;
    int ok1 = __atomic_compare_exchange_n(&x, &exp, 200, 0, __ATOMIC_SEQ_CST,
                                          __ATOMIC_SEQ_CST);
    exp = 100;
    int ok2 = __atomic_compare_exchange_n(&x, &exp, 300, 0, __ATOMIC_SEQ_CST,
                                          __ATOMIC_SEQ_CST);
    uint32_t old = __atomic_exchange_n(&x, 42, __ATOMIC_ACQ_REL);
    uint32_t f = __atomic_fetch_or(&x, 0x100, __ATOMIC_RELAXED);
    uint32_t g = __atomic_fetch_and(&x, 0x1f0, __ATOMIC_RELAXED);
    uint32_t k = __atomic_add_fetch(&x, 7, __ATOMIC_SEQ_CST);
    rt_printf("gcc atomics %d %d exp=%u old=%u f=%u g=%u k=%u x=%u\n", ok1, ok2,
              exp, old, f, g, k, x);

    /* a stcx. without a reservation fails; a second stcx. after a
     * successful one fails too */
    uint64_t cr1, cr2, cr3;
    uint32_t cell = 1;
    __asm__ volatile("li 9,7\n"
                     "lwarx 10,0,%3\n"
                     "stwcx. 9,0,%3\n"
                     "mfcr %0\n"
                     "stwcx. 9,0,%3\n"
                     "mfcr %1\n"
                     "lwarx 10,0,%3\n"
                     "stwcx. 10,0,%3\n"
                     "mfcr %2\n"
                     : "=&r"(cr1), "=&r"(cr2), "=&r"(cr3)
                     : "r"(&cell) : "r9", "r10", "cr0", "memory");
    rt_printf("stcx. cr0: %x %x %x cell %u\n", (unsigned)(cr1 >> 28) & 0xe,
              (unsigned)(cr2 >> 28) & 0xe, (unsigned)(cr3 >> 28) & 0xe, cell);
    __asm__ volatile("sync\nlwsync\neieio\nisync" ::: "memory");
}

int main(void)
{
    test_strings();
    test_access();
    test_atomics();
    return 0;
}
