/* SPDX-License-Identifier: MIT */
/*
 * Interrupt-driven console input on the spapr-vty (stdin from
 * vty-irq.stdin): the vty's XICS source from /vdevice/vty@71000000
 * "interrupts", routed with ibm,set-xive (server 0, priority 5) and
 * ibm,int-on, CPPR 0xff, MSR[EE] and H_CEDE as the idle loop. Every
 * external interrupt is accepted with H_XIRR, takes one H_GET_TERM_CHAR
 * and is ended with H_EOI; the main loop prints what each interrupt
 * brought.
 *
 * As in QEMU 7.2, the vty keeps 16 bytes of input and pulses its
 * (edge) source when input arrives in an empty buffer, so a 35-byte
 * input is three interrupts of 16, 16 and 3 bytes whatever the host's
 * timing: one H_GET_TERM_CHAR per interrupt drains the buffer, the
 * next chunk only comes after that, and the handler leaves the H_EOI
 * to the main loop so that one interrupt is printed before the next is
 * presented. A '\r' comes as it is (QEMU 7.2 adds no '\0' after it;
 * later QEMUs do).
 *
 * QEMU's vty takes no H_VIO_SIGNAL mode bits (mode 1 is H_PARAMETER)
 * and pulses its source whatever the mode, so "disabled" is shown with
 * ibm,int-off instead: after the first interrupt the source is masked,
 * a spin with MSR[EE] on takes no interrupt (the second chunk, if it
 * came, is held pending), and ibm,int-on delivers it.
 * The vty's "interrupts" (0x1100 on pseries-7.2) is printed.
 */
#include "rt/rt.h"

#define H_PARAMETER (-4)
#define H_GET_TERM_CHAR 0x54
#define H_EOI 0x64
#define H_CPPR 0x68
#define H_XIRR 0x74
#define H_CEDE 0xe0
#define H_VIO_SIGNAL 0x104
#define MSR_EE 0x8000ULL

#define VTY 0x71000000u

static volatile uint32_t irqs;          /* external interrupts taken */
static uint32_t printed;                /* ... and printed (and EOI'd) */
static volatile uint32_t vty_irq;       /* the vty's source number */
static volatile uint64_t xirr;          /* of the last interrupt */
static volatile int got_len;            /* bytes from the last interrupt */
static uint8_t got[16];

static uint64_t hcall_ret[3];

/* An hcall returning r4..r6 into hcall_ret. */
static long hcall3(uint64_t nr, uint64_t a1)
{
    register uint64_t r3 __asm__("r3") = nr;
    register uint64_t r4 __asm__("r4") = a1;
    register uint64_t r5 __asm__("r5") = 0;
    register uint64_t r6 __asm__("r6") = 0;
    __asm__ volatile("sc 1"
                     : "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6)
                     :
                     : "r0", "r7", "r8", "r9", "r10", "r11", "r12", "cr0",
                       "ctr", "memory");
    hcall_ret[0] = r4;
    hcall_ret[1] = r5;
    hcall_ret[2] = r6;
    return (long)r3;
}

/* One H_GET_TERM_CHAR on the vty: up to 16 bytes into buf. */
static int get_chars(uint8_t *buf)
{
    if (hcall3(H_GET_TERM_CHAR, VTY) != 0) {
        return -1;
    }
    int n = (int)hcall_ret[0];
    for (int i = 0; i < n && i < 16; i++) {
        uint64_t w = hcall_ret[1 + i / 8];
        buf[i] = (uint8_t)(w >> (56 - 8 * (i % 8)));
    }
    return n;
}

/* Accept the interrupt and take one H_GET_TERM_CHAR; the main loop
 * prints it and ends it with H_EOI (until then CPPR 5 holds back the
 * next one). */
static void hook(uint64_t v, RtFrame *f)
{
    if (v == 0x900) {   /* a decrementer tick while waiting: ignored */
        __asm__ volatile("mtdec %0" :: "r"(0x7fffffffL));
        return;
    }
    if (v != 0x500) {
        rt_printf("unexpected vector %lx at %lx\n", (unsigned long)v,
                  (unsigned long)f->srr0);
        rt_power_off();
    }
    hcall3(H_XIRR, 0);
    xirr = hcall_ret[0];
    got_len = (xirr & 0xffffff) == vty_irq ? get_chars(got) : 0;
    irqs++;
}

static void ee_on(void)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    __asm__ volatile("mtmsrd %0,1" :: "r"(m | MSR_EE) : "memory");
}

static void ee_off(void)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    __asm__ volatile("mtmsrd %0,1" :: "r"(m & ~MSR_EE) : "memory");
}

static int rtas(const char *name, int nargs, int nret, uint32_t *a,
                uint32_t *r)
{
    int rc = rt_rtas_call(rt_rtas_token(name), nargs, nret, a, r);
    return rc ? rc : (int)r[0];
}

static void print_chars(const uint8_t *b, int n)
{
    rt_putc('"');
    for (int i = 0; i < n; i++) {
        if (b[i] == '\r') {
            rt_puts("\\r");
        } else if (b[i] == '\n') {
            rt_puts("\\n");
        } else if (b[i] == 0) {
            rt_puts("\\0");
        } else if (b[i] < 0x20 || b[i] >= 0x7f) {
            rt_printf("\\x%02x", b[i]);
        } else {
            rt_putc((char)b[i]);
        }
    }
    rt_putc('"');
}

/* Cede until the next interrupt and print what it brought; EOI it with
 * eoi (else the caller does). True when it ended the line (a '\n' or
 * a 'q'). */
static int wait_input(int eoi)
{
    unsigned cedes = 0;
    while (irqs == printed) {
        rt_hcall(H_CEDE, 0, 0, 0, 0, 0);
        if (++cedes > 1000000) {
            rt_printf("no interrupt\n");
            rt_power_off();
        }
    }
    printed++;
    if ((xirr & 0xffffff) != vty_irq) {
        rt_printf("interrupt %u: xirr %lx\n", printed, (unsigned long)xirr);
        rt_power_off();
    }
    int n = got_len, end = 0;
    rt_printf("interrupt %u: cppr %x, %d chars ", printed,
              (unsigned)(xirr >> 24), n);
    print_chars(got, n < 0 ? 0 : n);
    rt_putc('\n');
    for (int i = 0; i < n; i++) {
        end |= got[i] == '\n' || got[i] == 'q';
    }
    if (eoi) {
        rt_hcall(H_EOI, xirr, 0, 0, 0, 0);
    }
    return end;
}

/* Spin with MSR[EE] on (and the source masked): nothing may come. */
static void spin(void)
{
    for (volatile unsigned i = 0; i < 300000; i++) {
    }
}

int main(void)
{
    uint32_t len, a[3], r[3];
    const void *p = rt_fdt_prop("/vdevice/vty@71000000", "interrupts", &len);
    if (!p || len < 4) {
        rt_printf("no vty interrupts property\n");
        return 1;
    }
    vty_irq = rt_be32(p);
    rt_printf("vty interrupts: %x, %u cells\n", vty_irq, len / 4);

    rt_printf("vio-signal mode 2: %ld\n",
              rt_hcall(H_VIO_SIGNAL, VTY, 2, 0, 0, 0));
    rt_printf("vio-signal mode 3: %ld\n",
              rt_hcall(H_VIO_SIGNAL, VTY, 3, 0, 0, 0));
    rt_printf("vio-signal no device: %ld\n",
              rt_hcall(H_VIO_SIGNAL, 0x71000100, 1, 0, 0, 0));
    const char *nv = NULL;
    for (int i = 0; (nv = rt_fdt_child("/vdevice", i)); i++) {
        if (!memcmp(nv, "nvram@", 6)) {
            break;
        }
    }
    if (nv) {
        char path[64] = "/vdevice/";
        size_t n = 9;
        for (const char *c = nv; *c && n < sizeof(path) - 1; c++) {
            path[n++] = *c;
        }
        path[n] = 0;
        const void *reg = rt_fdt_prop(path, "reg", &len);
        rt_printf("vio-signal nvram mode 1: %ld, mode 0: %ld\n",
                  rt_hcall(H_VIO_SIGNAL, reg ? rt_be32(reg) : 0, 1, 0, 0, 0),
                  rt_hcall(H_VIO_SIGNAL, reg ? rt_be32(reg) : 0, 0, 0, 0, 0));
    }

    a[0] = vty_irq;
    a[1] = 0;
    a[2] = 5;
    rt_printf("set-xive: %d\n", rtas("ibm,set-xive", 3, 1, a, r));
    rt_printf("int-on: %d\n", rtas("ibm,int-on", 1, 1, a, r));
    rtas("ibm,get-xive", 1, 3, a, r);
    rt_printf("xive: server %u prio %u\n", r[1], r[2]);
    rt_hcall(H_CPPR, 0xff, 0, 0, 0, 0);
    rt_exception_hook = hook;

    rt_printf("vio-signal mode 0: %ld\n",
              rt_hcall(H_VIO_SIGNAL, VTY, 0, 0, 0, 0));
    rt_printf("vio-signal mode 1: %ld\n",
              rt_hcall(H_VIO_SIGNAL, VTY, 1, 0, 0, 0));
    ee_on();
    int end = wait_input(0);

    /* the next chunk may come from the EOI on (QEMU: any time); one
     * presented before the int-off is taken at the ee_on below, before
     * `before` is read; the spin itself must take none */
    ee_off();
    rt_hcall(H_EOI, xirr, 0, 0, 0, 0);
    a[0] = vty_irq;
    rt_printf("int-off: %d\n", rtas("ibm,int-off", 1, 1, a, r));
    ee_on();
    uint32_t before = irqs;
    spin();
    rt_printf("while int-off: %u interrupts\n", irqs - before);
    rt_printf("int-on: %d\n", rtas("ibm,int-on", 1, 1, a, r));
    while (!end) {
        end = wait_input(1);
    }
    ee_off();
    uint8_t rest[16];
    rt_printf("after the line: %d chars, %u interrupts\n", get_chars(rest),
              irqs);
    return 0;
}
