/* SPDX-License-Identifier: MIT */
/*
 * Integer guest program: sorting (quicksort, heapsort, insertion sort),
 * hashing (FNV-1a, a murmur-style mixer), CRC32 (bitwise and by table),
 * 64- and 32-bit multiply/divide/modulo including high-part multiplies,
 * bit counting and rotates, a prime sieve and a big-number factorial.
 * Output is compared with QEMU's.
 */
#include "rt/rt.h"

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;

static uint64_t rng(void)
{
    /* xorshift64* */
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * 0x2545f4914f6cdd1dULL;
}

/* ---- sorting ---- */

#define N 600
static int64_t a[N], b[N], c[N];

static void quicksort(int64_t *v, long lo, long hi)
{
    while (lo < hi) {
        int64_t p = v[(lo + hi) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (v[i] < p) {
                i++;
            }
            while (v[j] > p) {
                j--;
            }
            if (i <= j) {
                int64_t t = v[i];
                v[i] = v[j];
                v[j] = t;
                i++;
                j--;
            }
        }
        if (j - lo < hi - i) {
            quicksort(v, lo, j);
            lo = i;
        } else {
            quicksort(v, i, hi);
            hi = j;
        }
    }
}

static void sift(int64_t *v, long start, long end)
{
    long root = start;
    while (2 * root + 1 <= end) {
        long child = 2 * root + 1;
        if (child + 1 <= end && v[child] < v[child + 1]) {
            child++;
        }
        if (v[root] >= v[child]) {
            return;
        }
        int64_t t = v[root];
        v[root] = v[child];
        v[child] = t;
        root = child;
    }
}

static void heapsort(int64_t *v, long n)
{
    for (long s = (n - 2) / 2; s >= 0; s--) {
        sift(v, s, n - 1);
    }
    for (long e = n - 1; e > 0; e--) {
        int64_t t = v[0];
        v[0] = v[e];
        v[e] = t;
        sift(v, 0, e - 1);
    }
}

static void insertion(int64_t *v, long n)
{
    for (long i = 1; i < n; i++) {
        int64_t x = v[i];
        long j = i - 1;
        while (j >= 0 && v[j] > x) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = x;
    }
}

static uint64_t hash_array(const int64_t *v, long n)
{
    uint64_t h = 1469598103934665603ULL;
    for (long i = 0; i < n; i++) {
        h = (h ^ (uint64_t)v[i]) * 1099511628211ULL;
    }
    return h;
}

static void test_sort(void)
{
    for (int i = 0; i < N; i++) {
        int64_t x = (int64_t)rng();
        if (i % 7 == 0) {
            x >>= 40;  /* some small and negative values, duplicates */
        }
        if (i % 11 == 0) {
            x = 42;
        }
        a[i] = b[i] = c[i] = x;
    }
    quicksort(a, 0, N - 1);
    heapsort(b, N);
    insertion(c, N);
    int sorted = 1;
    for (int i = 1; i < N; i++) {
        sorted &= a[i - 1] <= a[i];
    }
    rt_printf("sort: sorted %d same %d %d hash %016lx\n", sorted,
              memcmp(a, b, sizeof(a)) == 0, memcmp(a, c, sizeof(a)) == 0,
              (unsigned long)hash_array(a, N));
    rt_printf("  min %ld median %ld max %ld\n", (long)a[0], (long)a[N / 2],
              (long)a[N - 1]);
}

/* ---- hashing and CRC ---- */

static uint32_t crc_table[256];

static uint32_t crc32_bitwise(const uint8_t *p, size_t n)
{
    uint32_t crc = 0xffffffffu;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++) {
            crc = (crc >> 1) ^ (0xedb88320u & -(crc & 1));
        }
    }
    return ~crc;
}

static uint32_t crc32_table(const uint8_t *p, size_t n)
{
    uint32_t crc = 0xffffffffu;
    while (n--) {
        crc = crc_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    }
    return ~crc;
}

static uint64_t mix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

static void test_hash(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) {
            c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        }
        crc_table[i] = c;
    }
    static const char msg[] = "The quick brown fox jumps over the lazy dog";
    rt_printf("crc32(fox) = %08x %08x\n",
              crc32_bitwise((const uint8_t *)msg, sizeof(msg) - 1),
              crc32_table((const uint8_t *)msg, sizeof(msg) - 1));
    static uint8_t blob[2048];
    for (int i = 0; i < 2048; i++) {
        blob[i] = (uint8_t)rng();
    }
    rt_printf("crc32(blob) = %08x %08x\n", crc32_bitwise(blob, sizeof(blob)),
              crc32_table(blob, sizeof(blob)));
    uint64_t h = 0;
    for (uint64_t i = 0; i < 1000; i++) {
        h += mix64(i ^ h);
    }
    rt_printf("mix64 chain %016lx\n", (unsigned long)h);
    /* a tiny open-addressing hash table */
    static uint64_t keys[1024];
    static uint32_t vals[1024];
    unsigned collisions = 0;
    for (uint32_t i = 1; i <= 700; i++) {
        uint64_t k = i * 0x100000001b3ULL;
        uint32_t slot = (uint32_t)(mix64(k) & 1023);
        while (keys[slot] && keys[slot] != k) {
            slot = (slot + 1) & 1023;
            collisions++;
        }
        keys[slot] = k;
        vals[slot] += i;
    }
    uint32_t found = 0;
    for (uint32_t i = 1; i <= 800; i += 3) {
        uint64_t k = i * 0x100000001b3ULL;
        uint32_t slot = (uint32_t)(mix64(k) & 1023);
        while (keys[slot] && keys[slot] != k) {
            slot = (slot + 1) & 1023;
        }
        found += keys[slot] == k ? vals[slot] : 0;
    }
    rt_printf("hash table collisions %u found-sum %u\n", collisions, found);
}

/* ---- multiply / divide ---- */

static __attribute__((noinline)) uint64_t mulhu(uint64_t x, uint64_t y)
{
    return (uint64_t)(((unsigned __int128)x * y) >> 64);
}

static __attribute__((noinline)) int64_t mulhs(int64_t x, int64_t y)
{
    return (int64_t)(((__int128)x * y) >> 64);
}

static void test_muldiv(void)
{
    static const int64_t vals[] = {
        0, 1, -1, 7, -7, 13, 1000000007, -999999937, 0x7fffffffffffffffLL,
        (int64_t)0x8000000000000000ULL, 0x123456789abcdefLL, -0x0fedcba987654321LL,
        65536, 0xffffffffLL, -0x80000000LL,
    };
    const int n = (int)(sizeof(vals) / sizeof(vals[0]));
    uint64_t h = 0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            int64_t x = vals[i], y = vals[j];
            uint64_t ux = (uint64_t)x, uy = (uint64_t)y;
            uint64_t r = ux * uy;
            r ^= mulhu(ux, uy) * 3;
            r ^= (uint64_t)mulhs(x, y) * 5;
            if (y != 0) {
                r += ux / uy + (ux % uy) * 7;
                if (!(x == (int64_t)0x8000000000000000ULL && y == -1)) {
                    r += (uint64_t)(x / y) * 11 + (uint64_t)(x % y) * 13;
                }
            }
            int32_t x32 = (int32_t)x, y32 = (int32_t)y;
            uint32_t ux32 = (uint32_t)x, uy32 = (uint32_t)y;
            r += (uint64_t)((uint64_t)ux32 * uy32) * 17;
            r += (uint64_t)(int64_t)((int64_t)x32 * y32) * 19;
            if (y32 != 0) {
                r += (uint64_t)(ux32 / uy32) * 23 + (ux32 % uy32);
                if (!(x32 == (int32_t)0x80000000 && y32 == -1)) {
                    r += (uint64_t)(int64_t)(x32 / y32) * 29 + (uint64_t)(int64_t)(x32 % y32);
                }
            }
            h = (h ^ r) * 1099511628211ULL;
        }
        rt_printf("  muldiv row %2d %016lx\n", i, (unsigned long)h);
    }
    /* the 32-bit high multiplies and extended divides in assembly */
    uint64_t r1, r2, r3, r4;
    uint64_t p = 0x87654321, q = 0x12345;
    __asm__("mulhw %0,%4,%5\n"
            "mulhwu %1,%4,%5\n"
            "divwu %2,%4,%5\n"
            "divdu %3,%4,%5\n"
            : "=&r"(r1), "=&r"(r2), "=&r"(r3), "=&r"(r4) : "r"(p), "r"(q));
    rt_printf("mulhw %lx mulhwu %lx divwu %lx divdu %lx\n", (unsigned long)(r1 & 0xffffffff),
              (unsigned long)(r2 & 0xffffffff), (unsigned long)r3, (unsigned long)r4);
    uint64_t e1, e2, e3;
    uint64_t big = 0x0000123456789abcULL, dv = 0x00000000fedcba98ULL;
    __asm__("divdeu %0,%3,%4\n"
            "modud %1,%3,%4\n"
            "modsw %2,%3,%4\n"
            : "=&r"(e1), "=&r"(e2), "=&r"(e3) : "r"(dv >> 8), "r"(big));
    rt_printf("divdeu %lx modud %lx modsw %lx\n", (unsigned long)e1, (unsigned long)e2,
              (unsigned long)e3);
}

/* ---- bits ---- */

static void test_bits(void)
{
    uint64_t h = 0;
    uint64_t x = 0x8000000000000001ULL;
    for (int i = 0; i < 200; i++) {
        x = rng();
        if (i % 5 == 0) {
            x >>= (i % 64);
        }
        unsigned lz = x ? (unsigned)__builtin_clzll(x) : 64;
        unsigned tz = x ? (unsigned)__builtin_ctzll(x) : 64;
        unsigned pc = (unsigned)__builtin_popcountll(x);
        uint32_t lo = (uint32_t)x;
        unsigned lz32 = lo ? (unsigned)__builtin_clz(lo) : 32;
        uint64_t rot = (x << (i & 63)) | (x >> ((64 - (i & 63)) & 63));
        uint32_t rot32 = (lo << (i & 31)) | (lo >> ((32 - (i & 31)) & 31));
        h = (h * 31) ^ lz ^ (tz << 8) ^ ((uint64_t)pc << 16) ^ ((uint64_t)lz32 << 24) ^
            rot ^ ((uint64_t)rot32 << 3) ^ (x & 0xff00ff00ff00ff00ULL) ^
            (uint64_t)((int64_t)x >> (i % 64)) ^ (uint64_t)(int64_t)(int32_t)lo ^
            (uint64_t)(int64_t)(int16_t)x ^ (uint64_t)(int64_t)(int8_t)x;
    }
    rt_printf("bits hash %016lx\n", (unsigned long)h);
    /* insert/extract bit fields */
    uint64_t f = 0;
    for (int i = 0; i < 16; i++) {
        f = (f & ~(0xfULL << (i * 4))) | ((uint64_t)(i ^ 5) << (i * 4));
    }
    rt_printf("bitfields %016lx %x\n", (unsigned long)f,
              (unsigned)((f >> 13) & 0x7ff));
    uint64_t cmpb, prty, bperm;
    uint64_t s1 = 0x1122334455667788ULL, s2 = 0x1100330055007700ULL;
    __asm__("cmpb %0,%3,%4\n"
            "prtyd %1,%3\n"
            "bpermd %2,%5,%3\n"
            : "=&r"(cmpb), "=&r"(prty), "=&r"(bperm)
            : "r"(s1), "r"(s2), "r"(0x0001020304050607ULL));
    rt_printf("cmpb %lx prtyd %lx bpermd %lx\n", (unsigned long)cmpb,
              (unsigned long)prty, (unsigned long)bperm);
}

/* ---- sieve and bignum ---- */

static void test_sieve(void)
{
    static uint8_t composite[20000];
    unsigned count = 0;
    uint64_t sum = 0;
    for (unsigned i = 2; i < sizeof(composite); i++) {
        if (composite[i]) {
            continue;
        }
        count++;
        sum += i;
        for (unsigned j = i * i; j < sizeof(composite); j += i) {
            composite[j] = 1;
        }
    }
    rt_printf("primes below 20000: %u sum %lu\n", count, (unsigned long)sum);

    /* 100! in base 10^9 limbs */
    static uint32_t limb[40];
    int nl = 1;
    limb[0] = 1;
    for (uint32_t k = 2; k <= 100; k++) {
        uint64_t carry = 0;
        for (int i = 0; i < nl; i++) {
            uint64_t t = (uint64_t)limb[i] * k + carry;
            limb[i] = (uint32_t)(t % 1000000000u);
            carry = t / 1000000000u;
        }
        while (carry) {
            limb[nl++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    rt_printf("100! = %u", limb[nl - 1]);
    for (int i = nl - 2; i >= 0; i--) {
        rt_printf("%09u", limb[i]);
    }
    rt_printf("\n");
}

int main(void)
{
    test_sort();
    test_hash();
    test_muldiv();
    test_bits();
    test_sieve();
    return 0;
}
