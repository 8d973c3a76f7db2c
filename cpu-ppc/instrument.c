/* SPDX-License-Identifier: MIT */
/* Attaching an instrumenter to a CPU (instrument.h). */
#include "instrument.h"

void ppc_instrument_attach(PpcCpu *cpu, const PpcInstrumentHooks *hooks,
                           struct farad_plugin_vcpu *state)
{
    cpu->plugins = hooks ? state : NULL;
    cpu->hooks = hooks;
    ppc_cpu_state_changed(cpu);               /* memory hooks: slow path */
    ppc_invalidate_code(cpu, 0, cpu->ram_size); /* decode afresh */
}
