/* SPDX-License-Identifier: MIT */
/*
 * The boards farad builds: what each machine is made of (core/machine/board.h's
 * Board: device classes, hypercall and RTAS tables, default devices).
 * This layer sits above core/ and pci/ and wires them together, so that
 * core never names pci. Callers of machine_new set
 * MachineConfig.board = &pseries_board.
 */
#ifndef FARAD_BOARD_BOARD_H
#define FARAD_BOARD_BOARD_H

#include "core/machine/board.h"

/* The sPAPR pseries machine of QEMU 7.2 (every pseries-* type): core's
 * platform devices, the PCI host bridge and PCI devices, every row of
 * base/hcalls.def and base/rtas-calls.def with its handler, and the
 * default PHB (index 0). */
extern const Board pseries_board;

#endif
