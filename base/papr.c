/* SPDX-License-Identifier: MIT */
/* Names of PAPR calls by number (base/papr.h), from the one list. */
#include <stddef.h>

#include "papr.h"

const char *papr_hcall_name(uint64_t nr)
{
    static const struct { uint64_t nr; const char *name; } calls[] = {
#define HCALL(name, number, group, handler) { number, #name },
#include "hcalls.def"
#undef HCALL
    };
    for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
        if (calls[i].nr == nr) {
            return calls[i].name;
        }
    }
    return NULL;
}

const char *papr_rtas_name(unsigned token)
{
    static const struct { unsigned token; const char *name; } calls[] = {
#define RTAS_CALL(token, name, handler) { token, name },
#include "rtas-calls.def"
#undef RTAS_CALL
    };
    if (token == RTAS_TOKEN_DISPLAY_CHAR) {
        return "display-character";
    }
    for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
        if (calls[i].token == token) {
            return calls[i].name;
        }
    }
    return NULL;
}
