/* SPDX-License-Identifier: MIT */
/*
 * -smp [cpus=]N[,maxcpus=N][,sockets=N][,dies=N][,clusters=N][,cores=N]
 * [,threads=N]: parsed and resolved as QEMU 7.2 does for pseries (the
 * omitted values computed from the given ones, the same validation and
 * messages), then held to what farad models: one thread per core
 * (QEMU's TCG refuses more on pseries too), no CPU hotplug
 * (maxcpus == cpus) and at most SPAPR_MAX_CPUS CPUs.
 */
#ifndef FARAD_CORE_FRONT_SMP_ARGS_H
#define FARAD_CORE_FRONT_SMP_ARGS_H

#include "core/machine/machine.h"

/*
 * Apply the -smp argument arg to cfg: cfg->smp (the CPUs) and
 * cfg->smp_cores (cores per socket; 0 when neither sockets nor cores
 * was given, so the machine type splits them). machine names the type
 * in the limit messages. Warnings QEMU gives (a zero value) go to
 * stderr, one line. Returns false with err set to one line naming arg
 * on a user error.
 */
bool smp_args_apply(const char *arg, const char *machine, MachineConfig *cfg,
                    GError **err);

#endif
