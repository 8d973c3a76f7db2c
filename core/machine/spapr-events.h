/* SPDX-License-Identifier: MIT */
/*
 * RTAS event sources (spapr-events.c): the queue of platform event logs
 * (EPOW, hot-plug) that check-exception hands out, as QEMU 7.2's
 * spapr_events.c.
 */
#ifndef FARAD_CORE_SPAPR_EVENTS_H
#define FARAD_CORE_SPAPR_EVENTS_H

#include "platform.h"
#include "spapr.h"

/* Event class masks of check-exception's mask argument. */
#define SPAPR_EVENT_MASK_INTERNAL_ERRORS 0x80000000u
#define SPAPR_EVENT_MASK_EPOW 0x40000000u
#define SPAPR_EVENT_MASK_HOTPLUG 0x10000000u
#define SPAPR_EVENT_MASK_IO 0x08000000u

/* Length of an EPOW log as check-exception writes it: the 8-byte
 * header and the extended log (v6 header, Main-A, Main-B, EPOW). */
#define SPAPR_EPOW_LOG_LEN 116

/* A power-down request (the monitor's system_powerdown): queue an EPOW
 * log (action "system shutdown", normal, partition specific) and pulse
 * the epow-events interrupt. */
void spapr_event_powerdown(Machine *m);
/* Hot-plug log values (the "HP" section, PAPR; Linux's
 * pseries_hp_errorlog). */
#define SPAPR_HP_TYPE_PCI 5
#define SPAPR_HP_ACTION_ADD 1
#define SPAPR_HP_ACTION_REMOVE 2
#define SPAPR_HP_ID_DRC_INDEX 2
/* Length of a hot-plug log as check-exception writes it (header, v6
 * header, Main-A, Main-B, HP). */
#define SPAPR_HOTPLUG_LOG_LEN 116

/* A hot-plug request for the guest: queue a log (resource type, add or
 * remove, by DRC index) and pulse the hot-plug event source (the EPOW
 * one unless the guest negotiated the dedicated source at CAS). */
void spapr_event_hotplug(Machine *m, uint8_t type, bool add, uint32_t index);
/* Events of a class in mask are queued. */
bool spapr_events_pending(Machine *m, uint32_t mask);
/* Drop every queued event (machine reset); hot-plug ones only (CAS). */
void spapr_events_clear(Machine *m);
void spapr_events_clear_hotplug(Machine *m);

#endif
