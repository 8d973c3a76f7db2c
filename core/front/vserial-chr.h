/* SPDX-License-Identifier: MIT */
/*
 * The -chardev backends of virtio-serial ports (virtconsole,
 * virtserialport chardev=ID): opened when the session starts and
 * attached to each port's host stream (core/machine/chr-host.h).
 */
#ifndef FARAD_CORE_VSERIAL_CHR_H
#define FARAD_CORE_VSERIAL_CHR_H

#include <glib.h>

#include "core/machine/machine.h"

/* Open the chardev of every port of m (socket, file, pipe, null,
 * stdio); none in a replay (rr=replay). One line in err on failure
 * (QEMU's words for an unknown id). */
bool vserial_chr_start(Machine *m, const MachineConfig *cfg, GError **err);

#endif
