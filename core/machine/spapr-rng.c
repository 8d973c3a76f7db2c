/* SPDX-License-Identifier: MIT */
/*
 * spapr-rng: the hardware random number generator of the platform
 * facilities (H_RANDOM, /ibm,platform-facilities/ibm,random-v1). Its
 * numbers come from the machine's seeded stream, so runs repeat; QEMU
 * reads a host rng backend instead. Like QEMU, H_RANDOM answers
 * H_FUNCTION when no spapr-rng device exists.
 */
#include <libfdt.h>

#include "hcall.h"

typedef struct SpaprRng {
    Device dev;           /* must be first */
    char *rng;            /* backend id (accepted, unused: seeded) */
    bool use_kvm;
} SpaprRng;

static const PropDesc rng_props[] = {
    PROP_STR("rng", SpaprRng, rng, NULL,
             "ID of the random number generator backend"),
    PROP_BOOL("use-kvm", SpaprRng, use_kvm, false),
    PROP_END
};

const DeviceClass spapr_rng_class = {
    .name = "spapr-rng",
    .desc = NULL,   /* QEMU's has none: the H_RANDOM generator */
    .category = "Misc",
    .size = sizeof(SpaprRng),
    .props = rng_props,
    .user_creatable = true,
};

long h_random(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    if (!device_find(m, "spapr-rng")) {
        return H_FUNCTION;
    }
    args[0] = spapr_random(m);
    return H_SUCCESS;
}
