/* SPDX-License-Identifier: MIT */
/*
 * Physical dynamic-reconfiguration connectors (DRCs, PAPR 13.5), the
 * kind a PHB has one of per PCI slot (type "28"), with the state machine
 * QEMU 7.2's spapr_drc.c gives them: POWERON (empty, or a device the
 * guest has not taken yet) -> UNISOLATE (set-indicator isolation-state
 * unisolate) -> CONFIGURED (ibm,configure-connector handed out the
 * device's node) and back by isolating. A connector whose device was
 * asked to go (device_del) releases it once the guest isolated it, or
 * at once when the guest never took it. The owner (pci/phb-hotplug.c)
 * supplies the device's device-tree node and the release. The RTAS
 * calls on top are in rtas-drc.c; the CPU cores' logical connectors
 * are not modelled here (always present, see rtas-drc.c).
 */
#ifndef FARAD_CORE_SPAPR_DRC_H
#define FARAD_CORE_SPAPR_DRC_H

#include <stdbool.h>
#include <stdint.h>

#include "device.h"

/* QEMU's SpaprDrcState numbers for the physical states. */
typedef enum SpaprDrcState {
    SPAPR_DRC_PHYSICAL_POWERON = 1,
    SPAPR_DRC_PHYSICAL_UNISOLATE = 2,
    SPAPR_DRC_PHYSICAL_CONFIGURED = 3,
} SpaprDrcState;

/* RTAS sensor / indicator types and values (PAPR 7.3.16-17). */
enum {
    SPAPR_SENSOR_ISOLATION_STATE = 9001,
    SPAPR_SENSOR_DR_INDICATOR = 9002,
    SPAPR_SENSOR_ALLOCATION_STATE = 9003,
    SPAPR_SENSOR_ENTITY_SENSE = 9003,
    SPAPR_ISOLATED = 0,
    SPAPR_UNISOLATED = 1,
    SPAPR_DR_INDICATOR_INACTIVE = 0,
    SPAPR_DR_INDICATOR_ACTIVE = 1,
    SPAPR_DR_INDICATOR_IDENTIFY = 2,
    SPAPR_DR_INDICATOR_ACTION = 3,
    SPAPR_ENTITY_SENSE_EMPTY = 0,
    SPAPR_ENTITY_SENSE_PRESENT = 1,
    SPAPR_ENTITY_SENSE_UNUSABLE = 2,
};

/* ibm,configure-connector results (PAPR 13.5.3.5). */
typedef enum SpaprCcResponse {
    SPAPR_CC_SUCCESS = 0,
    SPAPR_CC_NEXT_SIBLING = 1,
    SPAPR_CC_NEXT_CHILD = 2,
    SPAPR_CC_NEXT_PROPERTY = 3,
    SPAPR_CC_PREV_PARENT = 4,
    SPAPR_CC_ERROR = -1,
    SPAPR_CC_NOT_CONFIGURABLE = -9003,
} SpaprCcResponse;

typedef struct SpaprDrc SpaprDrc;

struct SpaprDrc {
    uint32_t index;           /* "ibm,drc-indexes" entry */
    uint32_t state;           /* SpaprDrcState */
    uint32_t dr_indicator;    /* SPAPR_DR_INDICATOR_* */
    Device *dev;              /* the plugged device, or NULL */
    bool unplug_requested;    /* device_del waits for the guest */
    bool hotplugged;          /* dev came with device_add */
    /* the node configure-connector walks (built on first use) */
    void *fdt;
    int ccs_offset, ccs_depth;
    /* owner hooks */
    void *owner;
    /* Write dev's node (begin_node .. end_node) into fdt, a
     * sequential-write tree whose root node is open; libfdt error < 0. */
    int (*populate)(SpaprDrc *drc, void *fdt);
    /* The guest (or a reset) let go of dev: unplug and free it. */
    void (*release)(SpaprDrc *drc);
};

/* A connector with no device, as at machine creation. */
void spapr_drc_init(SpaprDrc *drc, uint32_t index, void *owner,
                    int (*populate)(SpaprDrc *, void *),
                    void (*release)(SpaprDrc *));
/* Free what the connector holds (not the device). */
void spapr_drc_fini(SpaprDrc *drc);

/* Plug dev (the connector must be empty). hotplugged: by device_add, so
 * the guest must take it (POWERON until it unisolates); else it is
 * ready as a cold-plugged device after the next reset. */
void spapr_drc_attach(SpaprDrc *drc, Device *dev, bool hotplugged);
/* device_del: returns true when dev was released at once (the guest
 * never took it), false when the release waits for the guest. */
bool spapr_drc_unplug_request(SpaprDrc *drc);
/* Machine reset: a pending unplug completes, a present device is ready
 * (CONFIGURED, indicator active) as a cold-plugged one. */
void spapr_drc_reset(SpaprDrc *drc);

/* The RTAS operations, each returning the RTAS status QEMU 7.2 gives. */
int32_t spapr_drc_set_isolation(SpaprDrc *drc, uint32_t state);
int32_t spapr_drc_set_dr_indicator(SpaprDrc *drc, uint32_t state);
uint32_t spapr_drc_entity_sense(const SpaprDrc *drc);

/* One step of ibm,configure-connector. On NEXT_CHILD *name is the node
 * name; on NEXT_PROPERTY *name, *data and *len the property; pointers
 * into the connector's tree, valid until the next call. */
SpaprCcResponse spapr_drc_cc_step(SpaprDrc *drc, const char **name,
                                  const void **data, int *len);

/* The physical connector with this index on any device of m (through
 * DeviceClass.drc_find), or NULL. */
SpaprDrc *spapr_drc_find(Machine *m, uint32_t index);
/* The index of the first connector whose state is not the one a reset
 * gives it (a hot-plug or unplug the guest has not finished, a DR
 * indicator it changed); 0 when every connector is at rest. */
uint32_t spapr_drc_busy(Machine *m);
/* Put every connector at rest (spapr_drc_reset each): a snapshot load,
 * before the snapshot's device set gives back those that were not
 * (pci/phb-hotplug-set.c). */
void spapr_drc_rest_all(Machine *m);
/* The connector dev is plugged into, or NULL. */
SpaprDrc *spapr_drc_of_device(Machine *m, const Device *dev);

#endif
