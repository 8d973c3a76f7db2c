/* SPDX-License-Identifier: MIT */
/*
 * PAPR vocabulary shared by every layer: hypercall status codes, the
 * hypercall numbers the layers below the machine need, and the RTAS
 * tokens (base/rtas-calls.def). Values are PAPR's, as QEMU 7.2's spapr
 * uses them.
 */
#ifndef FARAD_BASE_PAPR_H
#define FARAD_BASE_PAPR_H

/* Hypercall status codes (r3 on return). */
enum {
    H_SUCCESS = 0,
    H_HARDWARE = -1,
    H_FUNCTION = -2,
    H_PRIVILEGE = -3,
    H_PARAMETER = -4,
    H_P2 = -55,
    H_P3 = -56,
    H_P4 = -57,
    H_UNSUPPORTED_FLAG = -256,
};

enum {
    H_SET_DABR = 0x28,
    H_GET_TERM_CHAR = 0x54,
    H_PUT_TERM_CHAR = 0x58,
    H_SET_MODE = 0x31c,
    KVMPPC_H_RTAS = 0xf000,   /* r4 = the RTAS argument block */
};

/* RTAS tokens: base/rtas-calls.def lists them; the first is this one.
 * The legacy fixed token of display-character is RTAS_TOKEN_DISPLAY_CHAR. */
#define RTAS_TOKEN_BASE 0x2000
#define RTAS_TOKEN_DISPLAY_CHAR 0xa

/* The name of RTAS token `token` (either display-character token
 * included), or NULL when no call has it. */
const char *papr_rtas_name(unsigned token);

#endif
