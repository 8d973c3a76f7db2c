/* SPDX-License-Identifier: MIT */
/*
 * Snapshots at SimPoint's chosen intervals (core/front/simpoint.c).
 */
#ifndef FARAD_CORE_SIMPOINT_H
#define FARAD_CORE_SIMPOINT_H

#include <glib.h>
#include <stdint.h>
#include <stdio.h>

/*
 * farad-snap DB simpoint FILE.simpoints LENGTH [--weights FILE.weights]
 * [-- FARAD-OPTIONS]: run the machine of FARAD-OPTIONS (a farad command
 * line without the program name; a replay with -icount rr=replay works
 * too) once, up to the last chosen interval (a replay to its end, as
 * any stop before would be a divergence), saving into DB the snapshot
 * simpoint-CLUSTER at icount INDEX * LENGTH (the machine's retired
 * instructions, all CPUs) for each "INDEX CLUSTER" line of simpoints. The
 * note of each snapshot names its interval, cluster and weight (from
 * weights, "WEIGHT CLUSTER" lines, optional). Prints
 * "simpoint-C icount N" per point to out.
 * Returns 0 when every point was saved, 1 when the run ended before one
 * (err names it), 2 for bad input or a failed start (err: one line).
 */
int simpoint_snapshots(const char *db, const char *simpoints,
                       const char *weights, uint64_t len, char **opts,
                       FILE *out, GError **err);

#endif
