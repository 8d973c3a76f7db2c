/* SPDX-License-Identifier: MIT */
/*
 * Hypercalls (`sc 1`): r3 = number, arguments in r4..r12, status back in
 * r3 and further results in r4... The numbers and return codes are
 * PAPR's as QEMU's spapr implements them; an unknown hcall is answered
 * H_FUNCTION with one log line per distinct number.
 */
#include <inttypes.h>

#include "platform.h"

typedef long (*HcallFn)(Machine *m, PpcCpu *cpu, uint64_t *args);

/* Bytes of a term-char call are packed big-endian in r6/r7 (r5/r6 on
 * return) whatever the guest byte order. */
static long h_put_term_char(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint64_t len = args[1];
    uint8_t buf[16];
    if (len > 16) {
        return H_PARAMETER;
    }
    for (unsigned i = 0; i < len; i++) {
        buf[i] = (uint8_t)(args[2 + i / 8] >> (56 - 8 * (i % 8)));
    }
    console_write(&m->console, buf, len);
    return H_SUCCESS;
}

static long h_get_term_char(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)args;
    uint8_t buf[16] = { 0 };
    size_t n = console_read(&m->console, buf, sizeof(buf));
    uint64_t w0 = 0, w1 = 0;
    for (unsigned i = 0; i < 16; i++) {
        if (i < 8) {
            w0 = (w0 << 8) | buf[i];
        } else {
            w1 = (w1 << 8) | buf[i];
        }
    }
    cpu->arch.gpr[4] = n;
    cpu->arch.gpr[5] = w0;
    cpu->arch.gpr[6] = w1;
    return H_SUCCESS;
}

enum {
    H_SET_MODE_RESOURCE_SET_CIABR = 1,
    H_SET_MODE_RESOURCE_SET_DAWR0 = 2,
    H_SET_MODE_RESOURCE_ADDR_TRANS_MODE = 3,
    H_SET_MODE_RESOURCE_LE = 4,
};

static long h_set_mode(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    uint64_t mflags = args[0], resource = args[1];
    uint64_t value1 = args[2], value2 = args[3];
    PpcCpu *c = m->cpu;  /* every CPU of the partition */
    (void)cpu;

    switch (resource) {
    case H_SET_MODE_RESOURCE_LE:
        if (value1) {
            return H_P3;
        }
        if (value2) {
            return H_P4;
        }
        if (mflags == 0) {
            c->arch.lpcr &= ~LPCR_ILE;
        } else if (mflags == 1) {
            c->arch.lpcr |= LPCR_ILE;
        } else {
            return H_UNSUPPORTED_FLAG;
        }
        return H_SUCCESS;
    case H_SET_MODE_RESOURCE_ADDR_TRANS_MODE:
        if (value1) {
            return H_P3;
        }
        if (value2) {
            return H_P4;
        }
        if (mflags != 0 && mflags != 2 && mflags != 3) {
            return H_UNSUPPORTED_FLAG;
        }
        c->arch.lpcr = (c->arch.lpcr & ~(3ULL << LPCR_AIL_SHIFT)) |
                       (mflags << LPCR_AIL_SHIFT);
        return H_SUCCESS;
    default:
        return H_P2;
    }
}

static long h_rtas(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    return spapr_rtas_call(m, cpu, args[0]);
}

typedef struct HcallEntry {
    uint64_t number;
    const char *name;
    HcallFn fn;
} HcallEntry;

static const HcallEntry hcalls[] = {
    { H_GET_TERM_CHAR, "H_GET_TERM_CHAR", h_get_term_char },
    { H_PUT_TERM_CHAR, "H_PUT_TERM_CHAR", h_put_term_char },
    { H_SET_MODE, "H_SET_MODE", h_set_mode },
    { KVMPPC_H_RTAS, "KVMPPC_H_RTAS", h_rtas },
};

void spapr_hcall(void *opaque, PpcCpu *cpu)
{
    Machine *m = opaque;
    uint64_t nr = cpu->arch.gpr[3];
    uint64_t *args = &cpu->arch.gpr[4];

    if (cpu->arch.msr & MSR_PR) {
        cpu->arch.gpr[3] = (uint64_t)(int64_t)H_PRIVILEGE;
        return;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(hcalls); i++) {
        if (hcalls[i].number == nr) {
            cpu->arch.gpr[3] = (uint64_t)hcalls[i].fn(m, cpu, args);
            return;
        }
    }
    if (!g_hash_table_contains(m->warned_hcalls, &nr)) {
        uint64_t *key = g_new(uint64_t, 1);
        *key = nr;
        g_hash_table_add(m->warned_hcalls, key);
        fprintf(stderr, "farad: unimplemented hcall 0x%" PRIx64
                " answered H_FUNCTION\n", nr);
    }
    cpu->arch.gpr[3] = (uint64_t)(int64_t)H_FUNCTION;
}
