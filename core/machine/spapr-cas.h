/* SPDX-License-Identifier: MIT */
/*
 * Client-architecture-support (spapr-cas.c): option vector bits in
 * PAPR's numbering (vector byte B, bit b from the most significant:
 * (B - 1) * 8 + b), the compat-PVR choice and the platform's option
 * vector 5, shared with fdt.c and the tests.
 */
#ifndef FARAD_CORE_SPAPR_CAS_H
#define FARAD_CORE_SPAPR_CAS_H

#include "platform.h"
#include "spapr.h"

#define OV_BIT(byte, bit) (((byte) - 1) * 8 + (bit))
#define OV1_PPC_3_00 OV_BIT(3, 0)
#define OV5_DRCONF_MEMORY OV_BIT(2, 2)
#define OV5_FORM1_AFFINITY OV_BIT(5, 0)
#define OV5_FORM2_AFFINITY OV_BIT(5, 2)
#define OV5_HP_EVT OV_BIT(6, 5)
#define OV5_HPT_RESIZE OV_BIT(6, 7)
#define OV5_DRMEM_V2 OV_BIT(22, 0)
#define OV5_XIVE_BOTH OV_BIT(23, 0)
#define OV5_XIVE_EXPLOIT OV_BIT(23, 1)
#define OV5_MMU_BOTH OV_BIT(24, 0)
#define OV5_MMU_RADIX_300 OV_BIT(24, 1)
#define OV5_MMU_RADIX_GTSE OV_BIT(26, 1)

/* Is logical PVR compat (at or above the logical PVR min, 0: any)
 * something a CPU with real_pvr can run as? (QEMU's ppc_check_compat
 * without a maximum.) */
bool spapr_compat_ok(uint32_t real_pvr, uint32_t compat, uint32_t min);
/* Scan the CAS PVR list at *addr (mask, value pairs up to a terminator
 * with value bits outside the mask, at most 512): returns the best
 * logical PVR listed (0: none) and whether real_pvr matched an entry
 * (*raw); *addr ends after the list, at the option vectors. */
uint32_t spapr_cas_pick_pvr(Machine *m, uint32_t real_pvr, uint64_t *addr,
                            bool *raw);
/* Option vector `vector` (1-based) of the table at guest address table
 * into out (bytes 1.. at out[0..], zero padded, cut at max); false when
 * the table has fewer vectors. */
bool spapr_ovec_find(Machine *m, uint64_t table, int vector, uint8_t *out,
                     size_t max);
/* What the platform offers in option vector 5 (SPAPR_OV5_BYTES). */
void spapr_ov5_platform(Machine *m, uint8_t *ov5);
bool spapr_ov5_test(const uint8_t *ov5, unsigned bit);

/* CAS itself, for KVMPPC_H_CAS and VOF's call-method: the PVR list and
 * option vectors at guest address vec pick the compat mode and the
 * negotiated option vector 5, and the tree is rebuilt into m->fdt (the
 * reset tree with reset_tree, as QEMU builds it for VOF; else the CAS
 * tree) and must fit in bufsize. Returns the hcall status; fatal guest
 * requests stop the machine as QEMU exits. */
long spapr_cas_negotiate(Machine *m, PpcCpu *cpu, uint64_t vec,
                         uint64_t bufsize, bool reset_tree);

#endif
