/* SPDX-License-Identifier: MIT */
/*
 * Runtime of the guest test programs (see rt.h): hypercalls, console,
 * RTAS token lookup in the flattened device tree, printf, power-off.
 */
#include "rt.h"

#define H_PUT_TERM_CHAR 0x58
#define H_SET_MODE 0x31c
#define KVMPPC_H_RTAS 0xf000

void *rt_fdt;
RtExceptionHook rt_exception_hook;

long rt_hcall(uint64_t nr, uint64_t a1, uint64_t a2, uint64_t a3,
              uint64_t a4, uint64_t a5)
{
    register uint64_t r3 __asm__("r3") = nr;
    register uint64_t r4 __asm__("r4") = a1;
    register uint64_t r5 __asm__("r5") = a2;
    register uint64_t r6 __asm__("r6") = a3;
    register uint64_t r7 __asm__("r7") = a4;
    register uint64_t r8 __asm__("r8") = a5;
    __asm__ volatile("sc 1"
                     : "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7), "+r"(r8)
                     :
                     : "r0", "r9", "r10", "r11", "r12", "cr0", "ctr", "memory");
    return (long)r3;
}

static char outbuf[16];
static unsigned outlen;

static void flush(void)
{
    uint64_t w[2] = { 0, 0 };
    for (unsigned i = 0; i < outlen; i++) {
        w[i / 8] |= (uint64_t)(uint8_t)outbuf[i] << (56 - 8 * (i % 8));
    }
    if (outlen) {
        rt_hcall(H_PUT_TERM_CHAR, 0, outlen, w[0], w[1], 0);
    }
    outlen = 0;
}

void rt_putc(char c)
{
    outbuf[outlen++] = c;
    if (outlen == 16 || c == '\n') {
        flush();
    }
}

void rt_puts(const char *s)
{
    while (*s) {
        rt_putc(*s++);
    }
}

void *memset(void *d, int c, size_t n)
{
    unsigned char *p = d;
    while (n--) {
        *p++ = (unsigned char)c;
    }
    return d;
}

void *memcpy(void *d, const void *s, size_t n)
{
    unsigned char *p = d;
    const unsigned char *q = s;
    while (n--) {
        *p++ = *q++;
    }
    return d;
}

void *memmove(void *d, const void *s, size_t n)
{
    unsigned char *p = d;
    const unsigned char *q = s;
    if (p < q) {
        while (n--) {
            *p++ = *q++;
        }
    } else {
        while (n--) {
            p[n] = q[n];
        }
    }
    return d;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *p = a, *q = b;
    for (size_t i = 0; i < n; i++) {
        if (p[i] != q[i]) {
            return p[i] - q[i];
        }
    }
    return 0;
}

size_t strlen(const char *s)
{
    size_t n = 0;
    while (s[n]) {
        n++;
    }
    return n;
}

int strcmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (unsigned char)*a - (unsigned char)*b;
}

static void put_num(unsigned long long v, unsigned base, int width, char pad,
                    int neg)
{
    char buf[32];
    int n = 0;
    do {
        unsigned d = (unsigned)(v % base);
        buf[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        v /= base;
    } while (v);
    if (neg) {
        if (pad == '0') {
            rt_putc('-');
        } else {
            buf[n++] = '-';
        }
        width--;
    }
    for (int i = n; i < width; i++) {
        rt_putc(pad);
    }
    while (n) {
        rt_putc(buf[--n]);
    }
}

void rt_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            rt_putc(*fmt);
            continue;
        }
        fmt++;
        char pad = ' ';
        int width = 0, lng = 0, left = 0;
        if (*fmt == '-') {
            left = 1;
            fmt++;
        }
        if (*fmt == '0' && !left) {
            pad = '0';
            fmt++;
        }
        while (*fmt >= '0' && *fmt <= '9') {
            width = width * 10 + (*fmt++ - '0');
        }
        while (*fmt == 'l') {
            lng++;
            fmt++;
        }
        switch (*fmt) {
        case 'd': {
            long long v = lng ? va_arg(ap, long long) : va_arg(ap, int);
            put_num(v < 0 ? -(unsigned long long)v : (unsigned long long)v,
                    10, width, pad, v < 0);
            break;
        }
        case 'u':
            put_num(lng ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned),
                    10, width, pad, 0);
            break;
        case 'x':
            put_num(lng ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned),
                    16, width, pad, 0);
            break;
        case 'p':
            rt_puts("0x");
            put_num((unsigned long long)(uintptr_t)va_arg(ap, void *), 16,
                    width, pad, 0);
            break;
        case 'a': {
            double d = va_arg(ap, double);
            uint64_t bits;
            memcpy(&bits, &d, 8);
            put_num(bits, 16, 16, '0', 0);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            s = s ? s : "(null)";
            int n = (int)strlen(s);
            for (int i = n; !left && i < width; i++) {
                rt_putc(' ');
            }
            rt_puts(s);
            for (int i = n; left && i < width; i++) {
                rt_putc(' ');
            }
            break;
        }
        case 'c':
            rt_putc((char)va_arg(ap, int));
            break;
        case '%':
            rt_putc('%');
            break;
        default:
            rt_putc('?');
            break;
        }
    }
    va_end(ap);
}

/* ---- device tree queries ---- */

static uint32_t be32(const void *p)
{
    const uint8_t *b = p;
    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

uint32_t rt_rtas_token(const char *name)
{
    const uint8_t *fdt = rt_fdt;
    const uint8_t *s = fdt + be32(fdt + 8);
    const char *strings = (const char *)fdt + be32(fdt + 12);
    int depth = 0, in_rtas = 0;
    for (;;) {
        uint32_t tag = be32(s);
        s += 4;
        if (tag == 1) {  /* BEGIN_NODE */
            const char *n = (const char *)s;
            depth++;
            if (depth == 2 && !strcmp(n, "rtas")) {
                in_rtas = 1;
            }
            s += (strlen(n) + 4) & ~3u;
        } else if (tag == 2) {  /* END_NODE */
            if (depth == 2) {
                in_rtas = 0;
            }
            depth--;
        } else if (tag == 3) {  /* PROP */
            uint32_t len = be32(s), off = be32(s + 4);
            if (in_rtas && depth == 2 && len == 4 && !strcmp(strings + off, name)) {
                return be32(s + 8);
            }
            s += 8 + ((len + 3) & ~3u);
        } else if (tag == 4) {  /* NOP */
            continue;
        } else {
            return 0xffffffff;
        }
    }
}

/* Does node name n ("name" or "name@unit") match path component c
 * (len bytes)? A component without '@' matches any unit address. */
static int name_matches(const char *n, const char *c, size_t len)
{
    size_t i = 0;
    while (i < len && n[i] && n[i] == c[i]) {
        i++;
    }
    return i == len && (n[i] == 0 || n[i] == '@');
}

/* The structure-block position just after the BEGIN_NODE name of the
 * node at path, or NULL. */
static const uint8_t *fdt_find(const char *path)
{
    const char *comp[8];
    size_t clen[8];
    int ncomp = 0;
    for (const char *p = path; *p;) {
        while (*p == '/') {
            p++;
        }
        if (!*p || ncomp == 8) {
            break;
        }
        comp[ncomp] = p;
        while (*p && *p != '/') {
            p++;
        }
        clen[ncomp] = (size_t)(p - comp[ncomp]);
        ncomp++;
    }
    const uint8_t *fdt = rt_fdt;
    const uint8_t *s = fdt + be32(fdt + 8);
    int depth = -1, matched = -1;
    for (;;) {
        uint32_t tag = be32(s);
        s += 4;
        if (tag == 1) {
            const char *n = (const char *)s;
            s += (strlen(n) + 4) & ~3u;
            depth++;
            if (depth == 0) {
                matched = 0;
            } else if (depth == matched + 1 && depth <= ncomp &&
                       name_matches(n, comp[depth - 1], clen[depth - 1])) {
                matched = depth;
            }
            if (matched == ncomp && depth == ncomp) {
                return s;
            }
        } else if (tag == 2) {
            if (matched == depth) {
                matched--;
            }
            depth--;
        } else if (tag == 3) {
            s += 8 + ((be32(s) + 3) & ~3u);
        } else if (tag != 4) {
            return NULL;
        }
    }
}

int rt_fdt_props(const char *path, RtPropFn fn, void *ctx)
{
    const uint8_t *s = fdt_find(path);
    const uint8_t *fdt = rt_fdt;
    const char *strings = (const char *)fdt + be32(fdt + 12);
    int n = 0;
    if (!s) {
        return -1;
    }
    for (;;) {
        uint32_t tag = be32(s);
        s += 4;
        if (tag == 3) {
            uint32_t len = be32(s), off = be32(s + 4);
            if (fn) {
                fn(strings + off, s + 8, len, ctx);
            }
            n++;
            s += 8 + ((len + 3) & ~3u);
        } else if (tag != 4) {
            return n;
        }
    }
}

typedef struct PropQuery {
    const char *name;
    const void *val;
    uint32_t len;
} PropQuery;

static void prop_match(const char *name, const void *val, uint32_t len,
                       void *ctx)
{
    PropQuery *q = ctx;
    if (!q->val && !strcmp(name, q->name)) {
        q->val = val;
        q->len = len;
    }
}

const void *rt_fdt_prop(const char *path, const char *name, uint32_t *len)
{
    PropQuery q = { name, NULL, 0 };
    rt_fdt_props(path, prop_match, &q);
    if (q.val && len) {
        *len = q.len;
    }
    return q.val;
}

const char *rt_fdt_child(const char *path, int index)
{
    const uint8_t *s = fdt_find(path);
    int depth = 0;
    if (!s) {
        return NULL;
    }
    for (;;) {
        uint32_t tag = be32(s);
        s += 4;
        if (tag == 1) {
            const char *n = (const char *)s;
            s += (strlen(n) + 4) & ~3u;
            if (depth++ == 0 && index-- == 0) {
                return n;
            }
        } else if (tag == 2) {
            if (depth-- == 0) {
                return NULL;
            }
        } else if (tag == 3) {
            s += 8 + ((be32(s) + 3) & ~3u);
        } else if (tag != 4) {
            return NULL;
        }
    }
}

uint32_t rt_be32(const void *p)
{
    return be32(p);
}

static uint32_t rtas_buf[32];

static void put_be32(uint32_t *p, uint32_t v)
{
    uint8_t *b = (uint8_t *)p;
    b[0] = (uint8_t)(v >> 24);
    b[1] = (uint8_t)(v >> 16);
    b[2] = (uint8_t)(v >> 8);
    b[3] = (uint8_t)v;
}

int rt_rtas_call(uint32_t token, int nargs, int nret, uint32_t *args,
                 uint32_t *rets)
{
    put_be32(&rtas_buf[0], token);
    put_be32(&rtas_buf[1], (uint32_t)nargs);
    put_be32(&rtas_buf[2], (uint32_t)nret);
    for (int i = 0; i < nargs; i++) {
        put_be32(&rtas_buf[3 + i], args[i]);
    }
    long rc = rt_hcall(KVMPPC_H_RTAS, (uint64_t)(uintptr_t)rtas_buf, 0, 0, 0, 0);
    for (int i = 0; i < nret; i++) {
        rets[i] = be32(&rtas_buf[3 + nargs + i]);
    }
    return (int)rc;
}

void rt_power_off(void)
{
    flush();
    uint32_t args[2] = { 0, 0 }, ret[1];
    rt_rtas_call(rt_rtas_token("power-off"), 2, 1, args, ret);
    for (;;) {
    }
}

void rt_exception(uint64_t vector, RtFrame *f)
{
    if (rt_exception_hook) {
        rt_exception_hook(vector, f);
        return;
    }
    rt_printf("unexpected interrupt 0x%lx at 0x%lx srr1 0x%lx\n",
              (unsigned long)vector, (unsigned long)f->srr0,
              (unsigned long)f->srr1);
    rt_power_off();
}

void rt_start(void *fdt)
{
    extern char __bss_start[], __bss_end[];
    memset(__bss_start, 0, (size_t)(__bss_end - __bss_start));
    rt_fdt = fdt;
#ifdef __LITTLE_ENDIAN__
    rt_hcall(H_SET_MODE, 1, 4, 0, 0, 0);  /* interrupts little-endian */
#endif
    int rc = main();
    rt_printf("exit %d\n", rc);
    rt_power_off();
}
