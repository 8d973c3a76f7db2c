/* SPDX-License-Identifier: MIT */
/*
 * The CPU's snapshot description: every PpcArch field by name (section
 * "cpu"). The object is the PpcCpu (PpcArch is its first member); after
 * a load, post_load rebuilds the derived state.
 */
#ifndef FARAD_CPU_PPC_CPU_SNAP_H
#define FARAD_CPU_PPC_CPU_SNAP_H

#include "base/snapdesc.h"

/* Section "cpu" as this build saves it (version 2: every SPR by name). */
extern const SnapSection ppc_cpu_snap;

/* The frozen reader of version 1 (SPRs stored by slot number in the old
 * slot order): loads a version-1 "cpu" section into a PpcCpu. Only for
 * loading; the snapshot code picks it by the stored version. */
extern const SnapSection ppc_cpu_snap_v1;

#endif
