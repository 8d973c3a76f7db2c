/* SPDX-License-Identifier: MIT */
/*
 * RTAS services of the platform itself: the real-time clock,
 * nvram-fetch/-store, quiesce, system parameters, ibm,os-term and the
 * FWNMI registration (event-scan and check-exception: spapr-events.c). Argument-count checks and return codes follow
 * QEMU 7.2 (spapr_rtc.c, spapr_events.c, spapr_nvram.c, spapr_rtas.c,
 * spapr_vio.c).
 */
#include <inttypes.h>
#include <string.h>
#include <time.h>

#include "rtas.h"

#define RTAS_SYSPARM_SPLPAR_CHARACTERISTICS 20
#define RTAS_SYSPARM_DIAGNOSTICS_RUN_MODE 42
#define RTAS_SYSPARM_UUID 48
#define REAL_MASK 0x0fffffffffffffffULL

void rtas_get_time_of_day(RtasCall *c)
{
    if (c->nret != 8) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    uint32_t ns;
    time_t t = (time_t)spapr_rtc_now(c->m, &ns);
    struct tm tm;
    gmtime_r(&t, &tm);
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
    rtas_st(c, 1, (uint32_t)tm.tm_year + 1900);
    rtas_st(c, 2, (uint32_t)tm.tm_mon + 1);
    rtas_st(c, 3, (uint32_t)tm.tm_mday);
    rtas_st(c, 4, (uint32_t)tm.tm_hour);
    rtas_st(c, 5, (uint32_t)tm.tm_min);
    rtas_st(c, 6, (uint32_t)tm.tm_sec);
    rtas_st(c, 7, ns);
}

void rtas_set_time_of_day(RtasCall *c)
{
    if (c->nargs != 7 || c->nret != 1) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    /* each field in its calendar range, the year in 1900..9999 (four
     * digits: the error logs' BCD dates); anything else is a parameter
     * error (PAPR's -3). QEMU 7.2 takes any values and lets mktime
     * normalize them, a negative year included. */
    static const uint32_t lo[6] = { 1900, 1, 1, 0, 0, 0 };
    static const uint32_t hi[6] = { 9999, 12, 31, 23, 59, 59 };
    int f[6];
    for (unsigned i = 0; i < 6; i++) {
        uint32_t v = rtas_ld(c, i);
        if (v < lo[i] || v > hi[i]) {
            rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
            return;
        }
        f[i] = (int)v;
    }
    struct tm tm = {
        .tm_year = f[0] - 1900, .tm_mon = f[1] - 1, .tm_mday = f[2],
        .tm_hour = f[3], .tm_min = f[4], .tm_sec = f[5],
    };
    time_t new_s = timegm(&tm);
    if (new_s == (time_t)-1) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    SpaprState *s = c->m->spapr;
    int64_t now = spapr_rtc_now(c->m, NULL) - s->rtc_offset;
    s->rtc_offset = (int64_t)new_s - now;
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
}

static bool nvram_args(RtasCall *c, SpaprNvram **nv, uint32_t *off,
                       uint64_t *buf, uint32_t *len)
{
    *nv = spapr_nvram_find(c->m);
    if (!*nv) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_HW_ERROR);
        return false;
    }
    if (c->nargs != 3 || c->nret != 2) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return false;
    }
    *off = rtas_ld(c, 0);
    *buf = rtas_ld(c, 1);
    *len = rtas_ld(c, 2);
    if (*off + *len < *off || *off + *len > spapr_nvram_size(*nv)) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        rtas_st(c, 1, 0);
        return false;
    }
    if (!spapr_ram_ok(c->m, *buf, *len)) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_HW_ERROR);
        rtas_st(c, 1, 0);
        return false;
    }
    return true;
}

void rtas_nvram_fetch(RtasCall *c)
{
    SpaprNvram *nv;
    uint32_t off, len;
    uint64_t buf;
    if (!nvram_args(c, &nv, &off, &buf, &len)) {
        return;
    }
    spapr_write_ram(c->m, buf, spapr_nvram_data(nv) + off, len);
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
    rtas_st(c, 1, len);
}

void rtas_nvram_store(RtasCall *c)
{
    SpaprNvram *nv;
    uint32_t off, len;
    uint64_t buf;
    if (!nvram_args(c, &nv, &off, &buf, &len)) {
        return;
    }
    memcpy(spapr_nvram_data(nv) + off, c->m->ram + buf, len);
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
    rtas_st(c, 1, len);
}

void rtas_quiesce(RtasCall *c)
{
    if (c->nargs != 0) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    /* VIO devices drop their CRQs and DMA mappings (the firmware's) */
    spapr_vio_quiesce_all(c->m);
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
}

/* Store a parameter as QEMU's sysparm_st: be16 length, then as much of
 * the value as fits in len - 2 bytes. */
static int32_t sysparm_st(RtasCall *c, uint64_t addr, uint32_t len,
                          const void *val, uint16_t vallen)
{
    addr &= REAL_MASK;
    if (len < 2) {
        return RTAS_OUT_SYSPARM_PARAM_ERROR;
    }
    uint8_t be[2] = { vallen >> 8, vallen & 0xff };
    uint32_t n = MIN(len - 2, (uint32_t)vallen);
    if (!spapr_ram_ok(c->m, addr, 2 + (uint64_t)n)) {
        return RTAS_OUT_HW_ERROR;
    }
    spapr_write_ram(c->m, addr, be, 2);
    spapr_write_ram(c->m, addr + 2, val, n);
    return RTAS_OUT_SUCCESS;
}

/* The hardware threads per core QEMU 7.2's CPU class claims for the
 * host (its n_host_threads: POWER8 8, POWER9 4, POWER7 none), which
 * SPLPAR characteristics report as HostThrs. */
static unsigned host_threads(Machine *m)
{
    switch (m->cpu->isa) {
    case PPC_ISA_207:
        return 8;
    case PPC_ISA_300:
        return 4;
    default:
        return 0;
    }
}

void rtas_get_system_parameter(RtasCall *c)
{
    uint32_t param = rtas_ld(c, 0), buf = rtas_ld(c, 1);
    uint32_t len = rtas_ld(c, 2);
    int32_t ret;
    Machine *m = c->m;

    switch (param) {
    case RTAS_SYSPARM_SPLPAR_CHARACTERISTICS: {
        unsigned threads = host_threads(m);
        char *v = g_strdup_printf("MaxEntCap=%d,DesMem=%" PRIu64
                                  ",DesProcs=%d,MaxPlatProcs=%d%s%.0u",
                                  m->cfg.smp, m->ram_size >> 20, m->cfg.smp,
                                  m->cfg.smp, threads ? ",HostThrs=" : "",
                                  threads);
        ret = sysparm_st(c, buf, len, v, (uint16_t)(strlen(v) + 1));
        g_free(v);
        break;
    }
    case RTAS_SYSPARM_DIAGNOSTICS_RUN_MODE: {
        uint8_t v = 0;   /* disabled */
        ret = sysparm_st(c, buf, len, &v, 1);
        break;
    }
    case RTAS_SYSPARM_UUID:
        ret = sysparm_st(c, buf, len, NULL, 0);   /* no -uuid given */
        break;
    default:
        ret = RTAS_OUT_NOT_SUPPORTED;
        break;
    }
    rtas_st(c, 0, (uint32_t)ret);
}

void rtas_set_system_parameter(RtasCall *c)
{
    switch (rtas_ld(c, 0)) {
    case RTAS_SYSPARM_SPLPAR_CHARACTERISTICS:
    case RTAS_SYSPARM_DIAGNOSTICS_RUN_MODE:
    case RTAS_SYSPARM_UUID:
        rtas_st(c, 0, (uint32_t)RTAS_OUT_NOT_AUTHORIZED);
        break;
    default:
        rtas_st(c, 0, (uint32_t)RTAS_OUT_NOT_SUPPORTED);
        break;
    }
}

/* The guest gave up: report its message and stop; QEMU's default panic
 * action shuts the machine down, so the process exits 0 as QEMU's does. */
void rtas_os_term(RtasCall *c)
{
    uint64_t addr = rtas_ld(c, 0);
    char msg[512] = { 0 };
    for (unsigned i = 0; i < sizeof(msg) - 1; i++) {
        if (!spapr_ram_ok(c->m, addr + i, 1)) {
            break;
        }
        msg[i] = (char)c->m->ram[addr + i];
    }
    fflush(stdout);
    fprintf(stderr, "farad: OS terminated: %s\n", msg);
    c->m->stop = true;
    c->m->exit = MACHINE_EXIT_PANIC;
    c->cpu->exit_request = true;
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
}

void rtas_nmi_register(RtasCall *c)
{
    SpaprState *s = c->m->spapr;
    if (!s->opts.cap_fwnmi || !spapr_rtas_base(c->m)) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_NOT_SUPPORTED);
        return;
    }
    uint64_t sreset = rtas_ld(c, 0), mce = rtas_ld(c, 1);
    uint64_t rma = MIN(c->m->ram_size, 1ULL << 30);
    if (sreset >= (32u << 20) || sreset >= rma || mce >= (32u << 20) ||
        mce >= rma) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    s->fwnmi_sreset_addr = sreset;
    s->fwnmi_mce_addr = mce;
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
}

void rtas_nmi_interlock(RtasCall *c)
{
    SpaprState *s = c->m->spapr;
    if (!s->opts.cap_fwnmi) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_NOT_SUPPORTED);
        return;
    }
    /* no machine check is ever being delivered yet */
    rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
}
