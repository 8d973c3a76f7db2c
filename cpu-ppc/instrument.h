/* SPDX-License-Identifier: MIT */
/*
 * The CPU's instrumentation interface: the hooks the interpreter calls
 * while an instrumenter (the plugin host, plugins/) is attached to a CPU,
 * and the views of decoded code an instrumenter needs to rewrite records.
 * The CPU owns this interface and the instrumenter fills it in, so the
 * leaf layer calls upward only through function pointers.
 *
 * Every hook runs only when cpu->plugins is set (an `if (unlikely(...))`
 * in a cold path), so a run without an instrumenter executes none of it.
 */
#ifndef FARAD_CPU_PPC_INSTRUMENT_H
#define FARAD_CPU_PPC_INSTRUMENT_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu.h"
#include "fastpath.h"
#include "hostmem.h"
#include "insn.h"

typedef struct PpcInstrumentHooks {
    /* A record was just decoded (and specialised) at index idx of the
     * current page: the instrumenter may swap its handler. */
    void (*decode)(PpcCpu *cpu, PpcInsn *rec, unsigned idx);
    /* Decoded code of [pa, pa+len) is being dropped. */
    void (*flush)(PpcCpu *cpu, uint64_t pa, uint64_t len);
    /* Whether memory hooks are wanted (the RAM fast path must stay off). */
    bool (*wants_mem)(const PpcCpu *cpu);
    /* A data access completed (d may be NULL outside instructions). */
    void (*mem)(PpcCpu *cpu, const PpcInsn *d, uint64_t ea, uint64_t pa,
                unsigned size, bool store, uint64_t val, bool io);
    /* Hypercall entry (args = r4..r12) and exit (ret = r3). */
    void (*hcall)(PpcCpu *cpu, uint64_t nr, const uint64_t *args);
    void (*hcall_ret)(PpcCpu *cpu, uint64_t nr, int64_t ret);
    /* An interrupt was delivered. */
    void (*interrupt)(PpcCpu *cpu, unsigned vector, uint64_t srr0,
                      uint64_t srr1);
} PpcInstrumentHooks;

/*
 * Attach an instrumenter to cpu: state becomes cpu->plugins and hooks
 * are called from then on. ppc_instrument_attach(cpu, NULL, NULL)
 * detaches. hooks must outlive the attachment.
 */
void ppc_instrument_attach(PpcCpu *cpu, const PpcInstrumentHooks *hooks,
                           struct farad_plugin_vcpu *state);

/* ---- decoded pages, for rewriting records ---- */

/* Guest physical base and byte order of a decoded page. */
uint64_t ppc_code_page_pa(const PpcCodePage *p);
bool ppc_code_page_le(const PpcCodePage *p);
/* True while record d is not decoded (it still holds the decode stub). */
bool ppc_insn_is_stub(const PpcInsn *d);

#endif
