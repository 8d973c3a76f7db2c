/* SPDX-License-Identifier: MIT */
/*
 * What a machine is made of, as the machine sees it: the device classes
 * it can create, its hypercall and RTAS tables (rows of base/hcalls.def
 * and base/rtas-calls.def bound to handlers) and the devices every
 * machine gets. The core machine declares the shape; a board layer
 * above it (board/: pseries_board) fills it in with core's and pci's
 * parts, so core never names pci. MachineConfig.board says which board
 * machine_new builds.
 */
#ifndef FARAD_CORE_BOARD_H
#define FARAD_CORE_BOARD_H

#include "device.h"
#include "hcall.h"
#include "rtas.h"

/* One hypercall: base/hcalls.def's row with its handler. */
typedef struct HcallRow {
    uint64_t number;
    const char *name;     /* "H_PUT_TERM_CHAR" */
    const char *group;    /* hypertas function set, or NULL (hcalls.def) */
    HcallFn fn;           /* NULL: advertised, answered H_FUNCTION */
} HcallRow;

/* One RTAS call: base/rtas-calls.def's row with its handler. */
typedef struct RtasRow {
    uint32_t token;
    const char *name;     /* "power-off", the /rtas property name */
    RtasFn fn;            /* NULL: published, answers "not supported" */
} RtasRow;

typedef struct Board {
    const char *name;                   /* "pseries" */
    const DeviceClass *const *classes;  /* NULL-terminated */
    const HcallRow *hcalls;             /* in base/hcalls.def's order */
    size_t n_hcalls;
    const RtasRow *rtas;                /* in base/rtas-calls.def's order */
    size_t n_rtas;
    /* Create the board's default devices (after the platform's vty and
     * nvram, before -device ones); NULL: none. false with err set. */
    bool (*default_devices)(Machine *m, GError **err);
    /* Create the devices of -drive if=... drives that no -device
     * claimed (after the -device ones, as QEMU); NULL: none. false
     * with err set. */
    bool (*drive_devices)(Machine *m, GError **err);
} Board;

/* The row of hypercall nr, or NULL. */
const HcallRow *board_hcall(const Board *b, uint64_t nr);
/* The row of RTAS token, or NULL (the legacy display-character token
 * is not a row: rtas.c handles it). */
const RtasRow *board_rtas(const Board *b, uint32_t token);
/* The token of the RTAS call called name; 0 when there is none. */
uint32_t board_rtas_token(const Board *b, const char *name);

#endif
