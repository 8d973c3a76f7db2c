/* SPDX-License-Identifier: MIT */
/*
 * Capstone wrapper: see disas.h. The word is always handed to Capstone
 * as big-endian bytes, so one handle serves both guest byte orders.
 */
#include <capstone/capstone.h>
#include <stdio.h>
#include <stdlib.h>

#include "disas.h"

struct Disas {
    csh handle;
};

Disas *disas_new(void)
{
    Disas *ds = calloc(1, sizeof(*ds));
    if (!ds) {
        return NULL;
    }
    if (cs_open(CS_ARCH_PPC, CS_MODE_64 | CS_MODE_BIG_ENDIAN, &ds->handle)
        != CS_ERR_OK) {
        free(ds);
        return NULL;
    }
    return ds;
}

void disas_free(Disas *ds)
{
    if (ds) {
        cs_close(&ds->handle);
        free(ds);
    }
}

static cs_insn *disas_raw(Disas *ds, uint32_t raw, uint64_t addr)
{
    uint8_t bytes[4] = { raw >> 24, raw >> 16, raw >> 8, raw };
    cs_insn *insn = NULL;
    if (!ds || cs_disasm(ds->handle, bytes, 4, addr, 1, &insn) != 1) {
        return NULL;
    }
    return insn;
}

bool disas_insn(Disas *ds, uint32_t raw, uint64_t addr, char *out, size_t n)
{
    cs_insn *insn = disas_raw(ds, raw, addr);
    if (!insn) {
        if (n) {
            out[0] = 0;
        }
        return false;
    }
    if (insn->op_str[0]) {
        snprintf(out, n, "%s %s", insn->mnemonic, insn->op_str);
    } else {
        snprintf(out, n, "%s", insn->mnemonic);
    }
    cs_free(insn, 1);
    return true;
}

bool disas_mnemonic(Disas *ds, uint32_t raw, char *out, size_t n)
{
    cs_insn *insn = disas_raw(ds, raw, 0);
    if (!insn) {
        if (n) {
            out[0] = 0;
        }
        return false;
    }
    snprintf(out, n, "%s", insn->mnemonic);
    cs_free(insn, 1);
    return true;
}
