/* SPDX-License-Identifier: MIT */
/*
 * Character devices as QEMU spells them: `-chardev BACKEND,id=ID,...`
 * and the inline forms -qmp / -serial / -monitor take (unix:P,server,
 * nowait, tcp:H:P,server=on,wait=off, stdio, null, file:P, pipe:P).
 * Parsing (for the command line's errors) and opening sockets; the
 * users are the QMP server (qmp.c) and chr-port.c (the console's and
 * the HMP monitor's devices).
 */
#ifndef FARAD_CORE_CHARDEV_H
#define FARAD_CORE_CHARDEV_H

#include <glib.h>
#include <stdbool.h>

typedef enum ChrBackend {
    CHR_SOCKET, CHR_FILE, CHR_PIPE, CHR_NULL, CHR_STDIO,
} ChrBackend;

typedef struct ChardevSpec {
    char *id;          /* -chardev id=, NULL for an inline spec */
    ChrBackend backend;
    char *path;        /* socket path= (unix), file/pipe path */
    char *host;        /* tcp host (NULL: unix socket) */
    int port;
    bool server;       /* listen (server=on) or connect */
    bool wait;         /* server: wait for a client before starting */
} ChardevSpec;

/* `-chardev BACKEND,id=ID,opts`. False with err (one line) on a bad or
 * unsupported spec. */
bool chardev_parse(const char *arg, ChardevSpec *out, GError **err);

/* An inline spec (-qmp unix:P,server,wait=off; tcp:H:P,...; stdio;
 * null; file:P; pipe:P). `opt` names the option in errors. */
bool chardev_parse_inline(const char *opt, const char *arg, ChardevSpec *out,
                          GError **err);

void chardev_spec_clear(ChardevSpec *s);

/* A socket spec's descriptor: the listening socket (server) or the
 * connected one (client); non-blocking, close-on-exec. A unix server
 * removes a stale socket file first. -1 with err. */
int chardev_socket_open(const ChardevSpec *s, GError **err);

/* The spec in -chardev argv `args` (char *) with this id, parsed; false
 * with err when none has it. */
bool chardev_find(GPtrArray *args, const char *id, ChardevSpec *out,
                  GError **err);

/* `-mon chardev=ID[,mode=readline|control][,pretty=on|off]`: *id (to
 * free) and whether it is a QMP (control) monitor. False with err. */
bool chardev_parse_mon(const char *arg, char **id, bool *control,
                       GError **err);

#endif
