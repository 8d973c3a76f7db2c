/* SPDX-License-Identifier: MIT */
/*
 * PAPR vocabulary shared by every layer: hypercall status codes, the
 * hypercall numbers and names (base/hcalls.def) and the RTAS tokens
 * (base/rtas-calls.def). Values are PAPR's, as QEMU 7.2's spapr uses
 * them.
 */
#ifndef FARAD_BASE_PAPR_H
#define FARAD_BASE_PAPR_H

#include <stdint.h>

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

/* Hypercall numbers (r3 on entry), one per base/hcalls.def row:
 * H_PUT_TERM_CHAR, KVMPPC_H_RTAS (r4 = the RTAS argument block), ... */
enum {
#define HCALL(name, number, group, handler) name = number,
#include "hcalls.def"
#undef HCALL
};

/* PAPR's name of hypercall nr ("H_PUT_TERM_CHAR"), or NULL when
 * base/hcalls.def has no row for it. */
const char *papr_hcall_name(uint64_t nr);

/* RTAS tokens: base/rtas-calls.def lists them; the first is this one.
 * The legacy fixed token of display-character is RTAS_TOKEN_DISPLAY_CHAR. */
#define RTAS_TOKEN_BASE 0x2000
#define RTAS_TOKEN_DISPLAY_CHAR 0xa

/* The name of RTAS token `token` (either display-character token
 * included), or NULL when no call has it. */
const char *papr_rtas_name(unsigned token);

/* The token of the RTAS call called name (base/rtas-calls.def), or 0. */
unsigned papr_rtas_token(const char *name);

#endif
