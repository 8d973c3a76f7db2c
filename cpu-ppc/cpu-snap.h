/* SPDX-License-Identifier: MIT */
/*
 * The CPU's snapshot description: every PpcArch field by name (section
 * "cpu"). The object is the PpcCpu (PpcArch is its first member); after
 * a load, post_load rebuilds the derived state.
 */
#ifndef FARAD_CPU_PPC_CPU_SNAP_H
#define FARAD_CPU_PPC_CPU_SNAP_H

#include "base/snapdesc.h"

extern const SnapSection ppc_cpu_snap;

#endif
