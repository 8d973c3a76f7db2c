/* SPDX-License-Identifier: MIT */
/*
 * The sPAPR XIVE hypercalls (PAPR's H_INT_*) with QEMU 7.2's argument
 * checks and return codes. Every one answers H_FUNCTION unless CAS
 * negotiated XIVE exploitation mode. LISNs are checked against the
 * source count (H_P2) and the claims (H_P2); priorities 7 and up are
 * the platform's (ibm,plat-res-int-priorities: H_P3, or H_P4 in
 * H_INT_SET_SOURCE_CONFIG); a target is a vCPU id. Sources report
 * two-page ESBs of 64K without store EOI; LSIs must use H_INT_ESB.
 * The OS reporting line is not implemented (H_FUNCTION, as QEMU).
 */
#include <string.h>

#include "hcall.h"
#include "spapr-cas.h"
#include "xive.h"

#define BIT(n) (1ULL << (63 - (n)))   /* PAPR bit numbering */
#define SRC_H_INT_ESB BIT(60)
#define SRC_LSI BIT(61)
#define SRC_SET_EISN BIT(62)
#define SRC_MASK BIT(63)
#define END_ALWAYS_NOTIFY BIT(63)
#define END_DEBUG BIT(63)
#define ESB_STORE BIT(63)

static bool xive_negotiated(Machine *m)
{
    return spapr_xive(m) && spapr_ov5_test(m->spapr->ov5_cas,
                                           OV5_XIVE_EXPLOIT);
}

static bool reserved_priority(uint64_t prio)
{
    return prio >= XIVE_PRIO_RESERVED;
}

/* A LISN argument that names a claimed source. */
static bool lisn_ok(const Xive *x, uint64_t lisn)
{
    return lisn < XIVE_NR_IRQS && xive_claimed(x, (uint32_t)lisn);
}

/* The checks the source hcalls share, in QEMU's order: XIVE negotiated,
 * only flags_ok flags set, a claimed LISN. Returns 0 or the hcall's status. */
static long source_args(Machine *m, uint64_t flags, uint64_t flags_ok,
                        uint64_t lisn)
{
    if (!xive_negotiated(m)) {
        return H_FUNCTION;
    }
    if (flags & ~flags_ok) {
        return H_PARAMETER;
    }
    return lisn_ok(spapr_xive(m), lisn) ? 0 : H_P2;
}

/* The END of (target, priority) or NULL when the target is no vCPU. */
static uint32_t *target_end(Xive *x, uint64_t target, uint64_t prio,
                            uint32_t *idx)
{
    int i = target > UINT32_MAX ? -1
          : xive_end_index(x, (uint32_t)target, (uint8_t)prio);
    if (i < 0) {
        return NULL;
    }
    *idx = (uint32_t)i;
    return x->t.endt[i].w;
}

long h_int_get_source_info(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    Xive *x = spapr_xive(m);
    long rc = source_args(m, args[0], 0, args[1]);
    if (rc) {
        return rc;
    }
    uint32_t lisn = (uint32_t)args[1];
    uint64_t base = XIVE_VC_BASE + ((uint64_t)lisn << XIVE_ESB_SHIFT);
    if (x->t.lsi[lisn]) {
        args[0] = SRC_H_INT_ESB | SRC_LSI;
        args[1] = UINT64_MAX;
        args[2] = UINT64_MAX;
    } else {
        args[0] = 0;
        args[1] = base + (1ull << (XIVE_ESB_SHIFT - 1));   /* management */
        args[2] = base;                                    /* trigger */
    }
    args[3] = XIVE_ESB_SHIFT - 1;
    return H_SUCCESS;
}

long h_int_set_source_config(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    Xive *x = spapr_xive(m);
    uint64_t flags = args[0], lisn = args[1], target = args[2];
    uint64_t prio = args[3], eisn = args[4];
    long rc = source_args(m, flags, SRC_SET_EISN | SRC_MASK, lisn);
    if (rc) {
        return rc;
    }
    uint64_t eas = x->t.eas[lisn];
    if (prio == 0xff) {   /* reset the EAS */
        x->t.eas[lisn] = EAS_VALID | EAS_MASKED;
        return H_SUCCESS;
    }
    eas = (flags & SRC_MASK) ? eas | EAS_MASKED : eas & ~EAS_MASKED;
    if (reserved_priority(prio)) {
        return H_P4;
    }
    uint32_t idx;
    if (!target_end(x, target, prio, &idx)) {
        return H_P3;
    }
    eas = (eas & ~(EAS_END_BLOCK | EAS_END_INDEX)) | (uint64_t)idx << 32;
    if (flags & SRC_SET_EISN) {
        eas = (eas & ~EAS_END_DATA) | (eisn & EAS_END_DATA);
    }
    x->t.eas[lisn] = eas;
    return H_SUCCESS;
}

long h_int_get_source_config(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    Xive *x = spapr_xive(m);
    long rc = source_args(m, args[0], 0, args[1]);
    if (rc) {
        return rc;
    }
    uint64_t eas = x->t.eas[args[1]];
    uint32_t idx = (uint32_t)((eas & EAS_END_INDEX) >> 32);
    const uint32_t *end = x->t.endt[idx < x->nr_ends ? idx : 0].w;
    uint32_t nvt = end[6] & END_W6_NVT_INDEX;
    args[0] = (uint32_t)(nvt - XIVE_NVT_BASE);
    args[1] = (eas & EAS_MASKED) ? 0xff
            : (end[7] & END_W7_PRIORITY) >> 16;
    args[2] = eas & EAS_END_DATA;
    return H_SUCCESS;
}

/* The checks H_INT_{GET,SET}_QUEUE_{INFO,CONFIG} share: flags allowed,
 * priority, target. Returns 0 with *end set, or the hcall's status. */
static long queue_args(Machine *m, uint64_t *args, uint64_t flags_ok,
                       uint32_t **end, uint32_t *idx)
{
    Xive *x = spapr_xive(m);
    if (!xive_negotiated(m)) {
        return H_FUNCTION;
    }
    if (args[0] & ~flags_ok) {
        return H_PARAMETER;
    }
    if (reserved_priority(args[2])) {
        return H_P3;
    }
    *end = target_end(x, args[1], args[2], idx);
    return *end ? 0 : H_P2;
}

static uint64_t end_qaddr(const uint32_t *end)
{
    return (uint64_t)(end[2] & END_W2_QADDR_HI) << 32 | end[3];
}

static uint64_t end_qshift(const uint32_t *end)
{
    return (end[0] & END_W0_ENQUEUE)
        ? ((end[0] & END_W0_QSIZE) >> 16) + 12 : 0;
}

long h_int_get_queue_info(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint32_t *end, idx;
    long rc = queue_args(m, args, 0, &end, &idx);
    if (rc) {
        return rc;
    }
    /* the END ESB pages follow the sources', two 64K pages each */
    args[0] = XIVE_VC_BASE + ((uint64_t)XIVE_NR_IRQS << XIVE_ESB_SHIFT) +
              ((uint64_t)idx << XIVE_ESB_SHIFT);
    args[1] = end_qshift(end);
    return H_SUCCESS;
}

long h_int_set_queue_config(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint32_t *endp, idx;
    long rc = queue_args(m, args, END_ALWAYS_NOTIFY, &endp, &idx);
    if (rc) {
        return rc;
    }
    uint64_t flags = args[0], target = args[1], prio = args[2];
    uint64_t qpage = args[3], qsize = args[4];
    uint32_t end[8];
    memcpy(end, endp, sizeof(end));
    switch (qsize) {
    case 12: case 16: case 21: case 24:
        if (qpage & ((1ull << qsize) - 1)) {
            return H_P4;   /* not naturally aligned */
        }
        if (!spapr_ram_ok(m, qpage, 1ull << qsize)) {
            return H_P4;   /* not in RAM */
        }
        end[2] = (uint32_t)(qpage >> 32) & END_W2_QADDR_HI;
        end[3] = (uint32_t)qpage;
        end[0] |= END_W0_ENQUEUE;
        end[0] = (end[0] & ~END_W0_QSIZE) | (uint32_t)(qsize - 12) << 16;
        break;
    case 0:   /* queue off */
        xive_end_reset(&spapr_xive(m)->t.endt[idx]);
        return H_SUCCESS;
    default:
        return H_P5;
    }
    end[6] = (XIVE_NVT_BASE + (uint32_t)target) & END_W6_NVT_INDEX;
    end[7] = ((uint32_t)prio << 16) & END_W7_PRIORITY;
    if (flags & END_ALWAYS_NOTIFY) {
        end[0] |= END_W0_UCOND_NOTIFY;
    } else {
        end[0] &= ~END_W0_UCOND_NOTIFY;
    }
    end[1] = END_W1_GENERATION;   /* generation 1, index 0 */
    end[0] |= END_W0_VALID;
    memcpy(endp, end, sizeof(end));
    return H_SUCCESS;
}

long h_int_get_queue_config(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint32_t *end, idx;
    long rc = queue_args(m, args, END_DEBUG, &end, &idx);
    if (rc) {
        return rc;
    }
    uint64_t flags = args[0];
    args[0] = (end[0] & END_W0_UCOND_NOTIFY) ? END_ALWAYS_NOTIFY : 0;
    bool enq = end[0] & END_W0_ENQUEUE;
    args[1] = enq ? end_qaddr(end) : 0;
    args[2] = end_qshift(end);
    if (flags & END_DEBUG) {
        args[0] |= (uint64_t)((end[1] & END_W1_GENERATION) != 0) << 62;
        args[3] = end[1] & END_W1_PAGE_OFF;
    } else {
        args[3] = 0;
    }
    return H_SUCCESS;
}

/* H_INT_SET_OS_REPORTING_LINE, H_INT_GET_OS_REPORTING_LINE. */
long h_int_os_reporting_line(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)m, (void)cpu, (void)args;
    return H_FUNCTION;
}

long h_int_esb(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    Xive *x = spapr_xive(m);
    uint64_t flags = args[0], lisn = args[1], off = args[2];
    long rc = source_args(m, flags, ESB_STORE, lisn);
    if (rc) {
        return rc;
    }
    if (off > (1ull << XIVE_ESB_SHIFT)) {
        return H_P3;
    }
    /* an 8-byte access at off into the source's management page */
    uint64_t at = (lisn << XIVE_ESB_SHIFT) + (1ull << (XIVE_ESB_SHIFT - 1))
                + off;
    uint32_t irq = (uint32_t)(at >> XIVE_ESB_SHIFT);
    at &= (1ull << XIVE_ESB_SHIFT) - 1;
    if (flags & ESB_STORE) {
        xive_esb_store(x, irq, at, args[3]);
        args[0] = UINT64_MAX;
    } else {
        args[0] = xive_esb_load(x, irq, at);
    }
    if (xive_cpu_pending(x, cpu->index)) {
        cpu->exit_request = true;
    }
    return H_SUCCESS;
}

long h_int_sync(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    return source_args(m, args[0], 0, args[1]);
}

long h_int_reset(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    Xive *x = spapr_xive(m);
    if (!xive_negotiated(m)) {
        return H_FUNCTION;
    }
    if (args[0]) {
        return H_PARAMETER;
    }
    xive_reset_routing(x);
    return H_SUCCESS;
}
