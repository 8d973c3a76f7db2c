/* SPDX-License-Identifier: MIT */
/*
 * A PpcEnv without a machine, for tests that run a bare PpcCpu on a RAM
 * buffer (tests/insn, tests/unit/test-decode.c): nothing answers MMIO
 * (reads give 0 and fail, writes fail), hypercalls do nothing, no
 * external interrupt is ever pending, no timer events.
 */
#ifndef FARAD_TESTS_CPU_ENV_H
#define FARAD_TESTS_CPU_ENV_H

#include "cpu-ppc/cpu.h"

static inline bool test_env_mmio_read(void *o, uint64_t pa, unsigned size,
                                      uint64_t *v)
{
    (void)o; (void)pa; (void)size;
    *v = 0;
    return false;
}

static inline bool test_env_mmio_write(void *o, uint64_t pa, unsigned size,
                                       uint64_t v)
{
    (void)o; (void)pa; (void)size; (void)v;
    return false;
}

static inline void test_env_hcall(void *o, PpcCpu *cpu)
{
    (void)o; (void)cpu;
}

static inline bool test_env_external(void *o, PpcCpu *cpu)
{
    (void)o; (void)cpu;
    return false;
}

/* The environment described above; opaque is NULL. */
static inline PpcEnv test_null_env(void)
{
    return (PpcEnv){
        .mmio_read = test_env_mmio_read, .mmio_write = test_env_mmio_write,
        .hcall = test_env_hcall, .external_pending = test_env_external,
    };
}

#endif
