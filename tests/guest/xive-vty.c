/* SPDX-License-Identifier: MIT */
/*
 * Console input through XIVE (xive-vty.args: ic-mode xive and dual;
 * stdin from xive-vty.stdin): after CAS chose XIVE, the vty's source
 * (from /vdevice/vty "interrupts") is routed to an event queue at
 * priority 5 with its number as EISN, and the program cedes while its
 * interrupt handler, as Linux's, acknowledges through the TIMA, takes
 * the queue's new entries, one H_GET_TERM_CHAR (16 bytes at most) and
 * EOIs through the source's ESB management page.
 * As in QEMU 7.2, the vty triggers its (edge) source when input arrives
 * in its empty 16-byte buffer, so the 35-byte input comes in chunks of
 * 16, 16 and 3 bytes whatever the host's timing. The first chunk may
 * come before the source is routed (its trigger is then dropped: PQ is
 * 01 until the guest sets it): the program reads the vty once itself
 * after routing, with interrupts off, so the first chunk arrives either
 * way; the other two always come by interrupt, one queue entry each.
 * Output compared with QEMU 7.2's.
 */
#include "xive-util.h"

#define H_GET_TERM_CHAR 0x54

#define VTY 0x71000000u
#define EQ 0x2000000ULL

static volatile uint32_t irqs;
static volatile uint16_t acks[4];
static volatile uint32_t entries[4];   /* queue entries per interrupt */
static volatile uint32_t last_entry;
static volatile int nchunks;
static int chunk_len[4];
static int chunk_irq[4];               /* 1: read by the handler */
static uint8_t chunk[4][16];
static uint64_t mgmt;
static unsigned eq_next;               /* the queue's read cursor */
static unsigned eq_gen = 1;

/* One H_GET_TERM_CHAR into the next chunk (none when it is empty). */
static void read_chunk(int by_irq)
{
    if (nchunks >= 4 || hc(H_GET_TERM_CHAR, VTY, 0, 0, 0, 0, 0) != 0 ||
        ret[0] == 0) {
        return;
    }
    int n = (int)ret[0];
    for (int i = 0; i < n && i < 16; i++) {
        chunk[nchunks][i] = (uint8_t)(ret[1 + i / 8] >> (56 - 8 * (i % 8)));
    }
    chunk_len[nchunks] = n;
    chunk_irq[nchunks] = by_irq;
    nchunks++;
}

/* The queue's entries with the current generation (4K: 1024 slots). */
static uint32_t take_entries(void)
{
    uint32_t n = 0;
    for (;;) {
        uint32_t e = rt_be32((const void *)(uintptr_t)(EQ + 4 * eq_next));
        if ((e >> 31) != eq_gen) {
            return n;
        }
        last_entry = e;
        n++;
        if (++eq_next == 1024) {
            eq_next = 0;
            eq_gen ^= 1;
        }
    }
}

static void hook(uint64_t v, RtFrame *f)
{
    if (!xive_external(v, f, 1)) {
        return;
    }
    uint16_t a = ld16(TIMA_OS_ACK);
    uint32_t n = take_entries();
    int before = nchunks;
    read_chunk(1);
    if (nchunks > before) {
        acks[before] = a;
        entries[before] = n;
    }
    ld64(mgmt);                  /* EOI: a chunk queued meanwhile comes */
    st8(TIMA_OS_CPPR, 0xff);   /* CPPR back */
    irqs++;
}

static void print_chars(const uint8_t *b, int n)
{
    rt_putc('"');
    for (int i = 0; i < n; i++) {
        if (b[i] == '\r') {
            rt_puts("\\r");
        } else if (b[i] == '\n') {
            rt_puts("\\n");
        } else if (b[i] < 0x20 || b[i] >= 0x7f) {
            rt_printf("\\x%02x", b[i]);
        } else {
            rt_putc((char)b[i]);
        }
    }
    rt_putc('"');
}

int main(void)
{
    uint32_t len;
    const void *p = rt_fdt_prop("/vdevice/vty@71000000", "interrupts", &len);
    uint32_t irq = p ? rt_be32(p) : 0;
    rt_printf("vty interrupts: %x\n", irq);
    rt_printf("cas: rc %ld\n", xive_cas());
    rt_printf("queue 0/5: %ld\n", hc(H_INT_SET_QUEUE_CONFIG, 1, 0, 5, EQ,
                                     12, 0));
    rt_printf("vty -> 0/5: %ld\n", hc(H_INT_SET_SOURCE_CONFIG, 2, irq, 0, 5,
                                      irq, 0));
    mgmt = xive_mgmt_page(irq);
    rt_printf("pq 00: old %lx\n", (unsigned long)ld64(mgmt + 0xc00));
    st8(TIMA_OS_CPPR, 0xff);
    rt_exception_hook = hook;
    read_chunk(0);               /* a first chunk whose trigger was lost */
    xive_ee(1);

    int end = 0;
    for (int c = 0; !end; c++) {
        unsigned cedes = 0;
        while (nchunks <= c) {
            hc(H_CEDE, 0, 0, 0, 0, 0, 0);
            if (++cedes > 1000000) {
                rt_printf("no interrupt\n");
                return 1;
            }
        }
        rt_printf("chunk %d: %d chars ", c + 1, chunk_len[c]);
        print_chars(chunk[c], chunk_len[c]);
        if (c > 0) {   /* the first may have come either way */
            rt_printf(" by interrupt %d: ack %04x, %u queue entry %08x",
                      chunk_irq[c], acks[c], entries[c], last_entry);
        }
        rt_putc('\n');
        for (int i = 0; i < chunk_len[c]; i++) {
            end |= chunk[c][i] == '\n';
        }
    }
    rt_printf("pq at the end: %lx\n", (unsigned long)ld64(mgmt + 0x800));
    return 0;
}
