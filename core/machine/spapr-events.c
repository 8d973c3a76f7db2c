/* SPDX-License-Identifier: MIT */
/*
 * Platform event logs for RTAS check-exception and event-scan, with
 * QEMU 7.2's layout (PAPR version 6 logs): an 8-byte header (summary
 * word, extended length), then the extended log: the v6 header (16
 * bytes, "IBM\0"), section Main-A "PH" (48 bytes: BCD creation date and
 * time from the RTC, creator 'H', section count, platform log id),
 * Main-B "UH" (24 bytes) and the EPOW section "EP" (20 bytes, version
 * 2). Events sit in a queue; a log goes to the first check-exception
 * whose class mask covers its source, and the interrupt is pulsed again
 * while events remain, since the sources are edge-triggered.
 */
#include <string.h>
#include <time.h>

#include "rtas.h"
#include "spapr-cas.h"
#include "spapr-events.h"
#include "spapr-irq.h"

#define LOG_VERSION_6 0x06000000u
#define LOG_SEVERITY_EVENT 0x00200000u
#define LOG_DISPOSITION_NOT_RECOVERED 0x00100000u
#define LOG_OPTIONAL_PART_PRESENT 0x00040000u
#define LOG_INITIATOR_HOTPLUG 0x00006000u
#define LOG_TYPE_MASK 0xffu
#define LOG_TYPE_EPOW 0x40u
#define LOG_TYPE_HOTPLUG 0xe5u

#define V6_B0_VALID 0x80
#define V6_B0_NEW_LOG 0x04
#define V6_B0_BIGENDIAN 0x02
#define V6_B2_POWERPC_FORMAT 0x80
#define V6_B2_PLATFORM_EVENT 0x0e

#define MAINA_LEN 48
#define MAINB_LEN 24
#define EPOW_LEN 20
#define HP_LEN 20
#define V6HDR_LEN 16

#define EPOW_ACTION_SYSTEM_SHUTDOWN 3
#define EPOW_MODIFIER_NORMAL 1
#define EPOW_XMODIFIER_PARTITION_SPECIFIC 1

static void be16(uint8_t *p, uint16_t v)
{
    p[0] = v >> 8;
    p[1] = (uint8_t)v;
}

static void be32(uint8_t *p, uint32_t v)
{
    p[0] = v >> 24;
    p[1] = v >> 16;
    p[2] = v >> 8;
    p[3] = (uint8_t)v;
}

static uint32_t bcd(int v)
{
    return (uint32_t)(((v / 10) << 4) | (v % 10));
}

/* The source whose mask selects a log, and its interrupt. Hot-plug logs
 * use the dedicated source only when the guest negotiated it. */
static uint32_t event_source(Machine *m, uint32_t summary, uint32_t *irq)
{
    SpaprState *s = m->spapr;
    if ((summary & LOG_TYPE_MASK) == LOG_TYPE_HOTPLUG && s->irq_hotplug &&
        spapr_ov5_test(s->ov5_cas, OV5_HP_EVT)) {
        *irq = s->irq_hotplug;
        return SPAPR_EVENT_MASK_HOTPLUG;
    }
    *irq = s->irq_epow;
    return SPAPR_EVENT_MASK_EPOW;
}

static void queue(Machine *m, const SpaprEvent *ev)
{
    SpaprState *s = m->spapr;
    if (s->nevents == SPAPR_EVENT_QUEUE) {
        /* full: the oldest log is lost (QEMU's queue has no bound) */
        memmove(&s->events[0], &s->events[1],
                sizeof(s->events[0]) * (SPAPR_EVENT_QUEUE - 1));
        s->nevents--;
    }
    s->events[s->nevents++] = *ev;
    uint32_t irq;
    event_source(m, ev->summary, &irq);
    spapr_irq_pulse(m, irq);
}

/* v6 header and Main-A (section_count sections in all). */
static void log_head(Machine *m, uint8_t *p, int sections)
{
    SpaprState *s = m->spapr;
    p[0] = V6_B0_VALID | V6_B0_NEW_LOG | V6_B0_BIGENDIAN;
    p[2] = V6_B2_POWERPC_FORMAT | V6_B2_PLATFORM_EVENT;
    be32(p + 12, 0x49424d00);   /* "IBM\0" */
    uint8_t *a = p + V6HDR_LEN;
    be16(a, 0x5048);            /* "PH" */
    be16(a + 2, MAINA_LEN);
    time_t t = (time_t)spapr_rtc_now(m, NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    int year = tm.tm_year + 1900;
    be32(a + 8, bcd(year / 100) << 24 | bcd(year % 100) << 16 |
                bcd(tm.tm_mon + 1) << 8 | bcd(tm.tm_mday));
    be32(a + 12, bcd(tm.tm_hour) << 24 | bcd(tm.tm_min) << 16 |
                 bcd(tm.tm_sec) << 8);
    a[24] = 'H';                /* creator: hypervisor */
    a[27] = (uint8_t)sections;
    /* QEMU stores the platform log id without byte swapping: its value
     * in the host's (little-endian) order */
    uint32_t plid = s->next_plid++;
    a[40] = (uint8_t)plid;
    a[41] = (uint8_t)(plid >> 8);
    a[42] = (uint8_t)(plid >> 16);
    a[43] = (uint8_t)(plid >> 24);
}

void spapr_event_powerdown(Machine *m)
{
    SpaprEvent ev = { 0 };
    ev.summary = LOG_VERSION_6 | LOG_SEVERITY_EVENT |
                 LOG_DISPOSITION_NOT_RECOVERED | LOG_OPTIONAL_PART_PRESENT |
                 LOG_TYPE_EPOW;
    ev.ext_len = V6HDR_LEN + MAINA_LEN + MAINB_LEN + EPOW_LEN;
    log_head(m, ev.ext, 3);
    uint8_t *b = ev.ext + V6HDR_LEN + MAINA_LEN;
    be16(b, 0x5548);            /* "UH" */
    be16(b + 2, MAINB_LEN);
    b[8] = 0xa0;                /* subsystem: external environment */
    b[10] = 0x00;               /* severity: informational */
    b[11] = 0xd0;               /* subtype: normal shutdown */
    uint8_t *e = b + MAINB_LEN;
    be16(e, 0x4550);            /* "EP" */
    be16(e + 2, EPOW_LEN);
    e[4] = 2;                   /* section version: extended modifier */
    e[8] = EPOW_ACTION_SYSTEM_SHUTDOWN;
    e[9] = EPOW_MODIFIER_NORMAL;
    e[10] = EPOW_XMODIFIER_PARTITION_SPECIFIC;
    queue(m, &ev);
}

void spapr_event_hotplug(Machine *m, uint8_t type, bool add, uint32_t index)
{
    SpaprEvent ev = { 0 };
    ev.summary = LOG_VERSION_6 | LOG_SEVERITY_EVENT |
                 LOG_DISPOSITION_NOT_RECOVERED | LOG_OPTIONAL_PART_PRESENT |
                 LOG_INITIATOR_HOTPLUG | LOG_TYPE_HOTPLUG;
    ev.ext_len = V6HDR_LEN + MAINA_LEN + MAINB_LEN + HP_LEN;
    log_head(m, ev.ext, 3);
    uint8_t *b = ev.ext + V6HDR_LEN + MAINA_LEN;
    be16(b, 0x5548);            /* "UH" */
    be16(b + 2, MAINB_LEN);
    b[8] = 0x80;                /* subsystem: external environment */
    b[10] = 0x00;               /* severity: informational */
    b[11] = 0x00;
    uint8_t *h = b + MAINB_LEN;
    be16(h, 0x4850);            /* "HP" */
    be16(h + 2, HP_LEN);
    h[4] = 1;                   /* section version */
    h[8] = type;
    h[9] = add ? SPAPR_HP_ACTION_ADD : SPAPR_HP_ACTION_REMOVE;
    h[10] = SPAPR_HP_ID_DRC_INDEX;
    be32(h + 12, index);
    queue(m, &ev);
}

bool spapr_events_pending(Machine *m, uint32_t mask)
{
    SpaprState *s = m->spapr;
    for (uint32_t i = 0; i < s->nevents; i++) {
        uint32_t irq;
        if (event_source(m, s->events[i].summary, &irq) & mask) {
            return true;
        }
    }
    return false;
}

static void drop(SpaprState *s, uint32_t i)
{
    memmove(&s->events[i], &s->events[i + 1],
            sizeof(s->events[0]) * (s->nevents - i - 1));
    s->nevents--;
}

void spapr_events_clear(Machine *m)
{
    m->spapr->nevents = 0;
}

void spapr_events_clear_hotplug(Machine *m)
{
    SpaprState *s = m->spapr;
    for (uint32_t i = 0; i < s->nevents;) {
        if ((s->events[i].summary & LOG_TYPE_MASK) == LOG_TYPE_HOTPLUG) {
            drop(s, i);
        } else {
            i++;
        }
    }
}

void rtas_event_scan(RtasCall *c)
{
    if (c->nargs != 4 || c->nret != 1) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    rtas_st(c, 0, RTAS_OUT_NO_ERRORS_FOUND);   /* as QEMU: never any */
}

void rtas_check_exception(RtasCall *c)
{
    if (c->nargs < 6 || c->nargs > 7 || c->nret != 1) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    Machine *m = c->m;
    SpaprState *s = m->spapr;
    uint32_t mask = rtas_ld(c, 2);
    uint64_t buf = rtas_ld(c, 4);
    uint32_t i;
    for (i = 0; i < s->nevents; i++) {
        uint32_t irq;
        if (event_source(m, s->events[i].summary, &irq) & mask) {
            break;
        }
    }
    if (i == s->nevents) {
        rtas_st(c, 0, RTAS_OUT_NO_ERRORS_FOUND);
        return;
    }
    SpaprEvent *ev = &s->events[i];
    /* QEMU writes the whole log whatever the length argument says */
    uint8_t hdr[8];
    be32(hdr, ev->summary);
    be32(hdr + 4, ev->ext_len);
    if (spapr_ram_ok(m, buf, 8 + (uint64_t)ev->ext_len)) {
        spapr_write_ram(m, buf, hdr, 8);
        spapr_write_ram(m, buf + 8, ev->ext, ev->ext_len);
    }
    drop(s, i);
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
    /* events left: pulse their sources again (edge-triggered) */
    if (spapr_events_pending(m, SPAPR_EVENT_MASK_EPOW)) {
        spapr_irq_pulse(m, s->irq_epow);
    }
    if (s->irq_hotplug && spapr_events_pending(m, SPAPR_EVENT_MASK_HOTPLUG)) {
        spapr_irq_pulse(m, s->irq_hotplug);
    }
}
