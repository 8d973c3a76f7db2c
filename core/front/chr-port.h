/* SPDX-License-Identifier: MIT */
/*
 * An open character device (chardev.h spec) as a byte stream for the
 * console and the HMP monitor: a socket server taking one client at a
 * time (accepted when the user looks for input; output while no client
 * is connected is dropped, as QEMU's socket backend does; a client that
 * leaves makes it listen again), a socket client, a file (output only),
 * or a pipe (PATH.in / PATH.out, or PATH both ways, as QEMU).
 */
#ifndef FARAD_CORE_CHR_PORT_H
#define FARAD_CORE_CHR_PORT_H

#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>

#include "chardev.h"

typedef struct ChrPort ChrPort;

/* Open spec (socket, file or pipe backends). A server with wait=on
 * blocks here until its client connects, saying so on stderr with
 * `what` (the option). NULL with one line in err. */
ChrPort *chr_port_open(const ChardevSpec *spec, const char *what,
                       GError **err);
void chr_port_free(ChrPort *p);

/* The output stream (unbuffered; writes to a gone client are dropped,
 * never SIGPIPE). Owned by the port. */
FILE *chr_port_out(ChrPort *p);

/* Accept a waiting client (never blocks): true when one just
 * connected. */
bool chr_port_accept(ChrPort *p);

/* The descriptor to poll for input: the connection, the listening
 * socket while no client is there (readable when one connects), or -1
 * when the device has no input. */
int chr_port_poll_fd(const ChrPort *p);

/* The listening socket of a server, or -1. */
int chr_port_listen_fd(const ChrPort *p);

/* Read what is there (never blocks): > 0 bytes, 0 nothing now, -1 the
 * input ended for good (a client left a server: 0, it listens again). */
ssize_t chr_port_read(ChrPort *p, uint8_t *buf, size_t max);

#endif
