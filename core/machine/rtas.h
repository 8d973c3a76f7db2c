/* SPDX-License-Identifier: MIT */
/*
 * RTAS call plumbing shared by rtas.c (dispatch by token through the
 * board's table) and the files implementing services (rtas-sys.c,
 * xics.c, smp.c, pci/phb-rtas.c): the decoded argument block, the
 * big-endian accessors as QEMU's rtas_ld/rtas_st, and core's handlers
 * that board/rtas.c binds to base/rtas-calls.def's tokens.
 */
#ifndef FARAD_CORE_RTAS_H
#define FARAD_CORE_RTAS_H

#include "platform.h"
#include "spapr.h"

enum {
    RTAS_OUT_SUCCESS = 0,
    RTAS_OUT_NO_ERRORS_FOUND = 1,
    RTAS_OUT_HW_ERROR = -1,
    RTAS_OUT_BUSY = -2,
    RTAS_OUT_PARAM_ERROR = -3,
    RTAS_OUT_NOT_SUPPORTED = -3,
    RTAS_OUT_NO_SUCH_INDICATOR = -3,
    RTAS_OUT_NOT_AUTHORIZED = -9002,
    RTAS_OUT_SYSPARM_PARAM_ERROR = -9999,
};

typedef struct RtasCall {
    Machine *m;
    PpcCpu *cpu;
    uint32_t token;
    uint32_t nargs, nret;
    uint64_t args;     /* guest address of args[0] */
    uint64_t rets;     /* guest address of rets[0] */
} RtasCall;

typedef void (*RtasFn)(RtasCall *c);

/* args[i] (0 when outside RAM). */
uint32_t rtas_ld(RtasCall *c, unsigned i);
/* rets[i] = v (ignored when outside RAM). */
void rtas_st(RtasCall *c, unsigned i, uint32_t v);

/* rtas.c */
void rtas_display_character(RtasCall *c);
void rtas_power_off(RtasCall *c);
void rtas_system_reboot(RtasCall *c);

/* rtas-sys.c */
void rtas_get_time_of_day(RtasCall *c);
void rtas_set_time_of_day(RtasCall *c);
void rtas_event_scan(RtasCall *c);
void rtas_check_exception(RtasCall *c);
void rtas_nvram_fetch(RtasCall *c);
void rtas_nvram_store(RtasCall *c);
void rtas_quiesce(RtasCall *c);
void rtas_get_system_parameter(RtasCall *c);
void rtas_set_system_parameter(RtasCall *c);
void rtas_os_term(RtasCall *c);
void rtas_nmi_register(RtasCall *c);
void rtas_nmi_interlock(RtasCall *c);

/* spapr-vio-dma.c: ibm,set-tce-bypass (unit, enable) */
void rtas_set_tce_bypass(RtasCall *c);

/* rtas-drc.c */
void rtas_set_indicator(RtasCall *c);
void rtas_get_sensor_state(RtasCall *c);
void rtas_ibm_configure_connector(RtasCall *c);
void rtas_get_power_level(RtasCall *c);
void rtas_set_power_level(RtasCall *c);

/* xics.c */
void rtas_set_xive(RtasCall *c);
void rtas_get_xive(RtasCall *c);
void rtas_int_off(RtasCall *c);
void rtas_int_on(RtasCall *c);

#endif
