/* SPDX-License-Identifier: MIT */
/* Names of PAPR calls by number (base/papr.h), from the one list. */
#include <stddef.h>
#include <string.h>

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

/* base/rtas-calls.def's tokens and names */
static const struct {
    unsigned token;
    const char *name;
} rtas_calls[] = {
#define RTAS_CALL(token, name, handler) { token, name },
#include "rtas-calls.def"
#undef RTAS_CALL
};

const char *papr_rtas_name(unsigned token)
{
    if (token == RTAS_TOKEN_DISPLAY_CHAR) {
        return "display-character";
    }
    for (size_t i = 0; i < sizeof(rtas_calls) / sizeof(rtas_calls[0]); i++) {
        if (rtas_calls[i].token == token) {
            return rtas_calls[i].name;
        }
    }
    return NULL;
}

unsigned papr_rtas_token(const char *name)
{
    for (size_t i = 0; i < sizeof(rtas_calls) / sizeof(rtas_calls[0]); i++) {
        if (!strcmp(rtas_calls[i].name, name)) {
            return rtas_calls[i].token;
        }
    }
    return 0;
}
