/* SPDX-License-Identifier: MIT */
/*
 * The non-device sections (snap-platform.c) and their structs' sizes for
 * the coverage test.
 */
#ifndef FARAD_SNAPSHOT_SNAP_PLATFORM_H
#define FARAD_SNAPSHOT_SNAP_PLATFORM_H

#include "snap-int.h"

extern const SnapSection snap_machine_section;
extern const SnapSection snap_vcpu_section;
extern const SnapSection snap_spapr_section;
extern const SnapSection snap_spapr_htab_section;  /* its subsections */
extern const SnapSection snap_spapr_vof_section;
extern const SnapSection snap_spapr_cpu_section;

#endif
