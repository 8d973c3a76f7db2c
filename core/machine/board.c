/* SPDX-License-Identifier: MIT */
/* Lookups in a board's hypercall and RTAS tables (board.h). */
#include <string.h>

#include "board.h"

const HcallRow *board_hcall(const Board *b, uint64_t nr)
{
    for (size_t i = 0; i < b->n_hcalls; i++) {
        if (b->hcalls[i].number == nr) {
            return &b->hcalls[i];
        }
    }
    return NULL;
}

const RtasRow *board_rtas(const Board *b, uint32_t token)
{
    for (size_t i = 0; i < b->n_rtas; i++) {
        if (b->rtas[i].token == token) {
            return &b->rtas[i];
        }
    }
    return NULL;
}

uint32_t board_rtas_token(const Board *b, const char *name)
{
    for (size_t i = 0; i < b->n_rtas; i++) {
        if (!strcmp(b->rtas[i].name, name)) {
            return b->rtas[i].token;
        }
    }
    return 0;
}
