/* SPDX-License-Identifier: MIT */
/*
 * XIVE sources (see xive.h): claims, the ESB PQ state machine and the
 * ESB pages, with the behaviour of QEMU 7.2's XiveSource:
 *  - trigger: PQ 00 -> 10 (notify), 10/11 -> 11, 01 stays (off);
 *  - EOI: 00/10 -> 00, 11 -> 10 (notify again), 01 stays; an LSI still
 *    asserted after EOI triggers anew (LSIs never set Q);
 *  - each source has two 64K pages: any store to the first (trigger)
 *    page triggers; on the second (management) page loads at 0x000-0x7ff
 *    EOI (returning whether an event was re-sent), 0x800-0xbff read PQ,
 *    0xc00/0xd00/0xe00/0xf00 set PQ to 00/01/10/11 (returning the old
 *    PQ); stores at 0x000-0x3ff trigger and at 0xc00-0xfff set PQ.
 *    Loads from the trigger page are errors (all ones).
 */
#include "xive.h"

#define ESB_PAGE (1ull << (XIVE_ESB_SHIFT - 1))

enum {
    ESB_LOAD_EOI = 0x000,
    ESB_STORE_EOI = 0x400,
    ESB_GET = 0x800,
    ESB_SET_PQ_00 = 0xc00,
};

bool xive_claim(Xive *x, uint32_t irq, bool lsi)
{
    if (irq >= XIVE_NR_IRQS || (x->t.eas[irq] & EAS_VALID)) {
        return false;
    }
    x->t.eas[irq] |= EAS_VALID | EAS_MASKED;
    x->t.lsi[irq] = lsi;
    return true;
}

void xive_release(Xive *x, uint32_t irq)
{
    if (irq < XIVE_NR_IRQS) {
        x->t.eas[irq] &= ~EAS_VALID;
    }
}

bool xive_claimed(const Xive *x, uint32_t irq)
{
    return irq < XIVE_NR_IRQS && (x->t.eas[irq] & EAS_VALID);
}

uint8_t xive_pq(const Xive *x, uint32_t irq)
{
    return x->t.status[irq] & 0x3;
}

static uint8_t set_pq(Xive *x, uint32_t irq, uint8_t pq)
{
    uint8_t old = x->t.status[irq] & 0x3;
    x->t.status[irq] = (uint8_t)((x->t.status[irq] & ~0x3) | (pq & 0x3));
    return old;
}

/* The PQ transition of a trigger: true when the event goes on. */
static bool pq_trigger(Xive *x, uint32_t irq)
{
    switch (xive_pq(x, irq)) {
    case XIVE_PQ_RESET:
        set_pq(x, irq, XIVE_PQ_PENDING);
        return true;
    case XIVE_PQ_PENDING:
    case XIVE_PQ_QUEUED:
        set_pq(x, irq, XIVE_PQ_QUEUED);
        return false;
    default:
        return false;   /* off */
    }
}

/* An LSI's line asks for an event: only from PQ 00. */
static bool lsi_trigger(Xive *x, uint32_t irq)
{
    if (xive_pq(x, irq) == XIVE_PQ_RESET) {
        set_pq(x, irq, XIVE_PQ_PENDING);
        return true;
    }
    return false;
}

static bool pq_eoi(Xive *x, uint32_t irq)
{
    bool again = false;
    switch (xive_pq(x, irq)) {
    case XIVE_PQ_RESET:
    case XIVE_PQ_PENDING:
        set_pq(x, irq, XIVE_PQ_RESET);
        break;
    case XIVE_PQ_QUEUED:
        set_pq(x, irq, XIVE_PQ_PENDING);
        again = true;
        break;
    default:
        break;
    }
    if (x->t.lsi[irq] && (x->t.status[irq] & XIVE_ST_ASSERTED)) {
        again = lsi_trigger(x, irq);
    }
    return again;
}

void xive_set_irq(Xive *x, uint32_t irq, int level)
{
    if (irq >= XIVE_NR_IRQS) {
        return;
    }
    bool notify = false;
    if (x->t.lsi[irq]) {
        if (level) {
            notify = lsi_trigger(x, irq);
            x->t.status[irq] |= XIVE_ST_ASSERTED;
        } else {
            x->t.status[irq] &= (uint8_t)~XIVE_ST_ASSERTED;
        }
    } else if (level) {
        notify = pq_trigger(x, irq);
    }
    if (notify) {
        xive_notify(x, irq);
    }
}

uint64_t xive_esb_load(Xive *x, uint32_t irq, uint64_t off)
{
    if (irq >= XIVE_NR_IRQS || off < ESB_PAGE) {
        return UINT64_MAX;   /* the trigger page is not readable */
    }
    uint32_t op = (uint32_t)(off & 0xfff);
    if (op < ESB_GET) {
        bool again = pq_eoi(x, irq);
        if (again) {
            xive_notify(x, irq);
        }
        return again;
    }
    if (op < ESB_SET_PQ_00) {
        return xive_pq(x, irq);
    }
    return set_pq(x, irq, (uint8_t)(op >> 8));
}

void xive_esb_store(Xive *x, uint32_t irq, uint64_t off, uint64_t val)
{
    (void)val;
    if (irq >= XIVE_NR_IRQS) {
        return;
    }
    uint32_t op = (uint32_t)(off & 0xfff);
    bool notify = false;
    if (off < ESB_PAGE || op < ESB_STORE_EOI) {
        notify = pq_trigger(x, irq);
    } else if (op >= ESB_SET_PQ_00) {
        set_pq(x, irq, (uint8_t)(op >> 8));
    }
    /* store EOI is not offered (H_INT_GET_SOURCE_INFO): ignored */
    if (notify) {
        xive_notify(x, irq);
    }
}
