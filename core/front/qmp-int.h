/* SPDX-License-Identifier: MIT */
/*
 * Between the QMP files: the server state (qmp.c), the command table
 * (qmp-cmds.c), memory dumps (qmp-dump.c) and snapshot jobs
 * (qmp-jobs.c).
 */
#ifndef FARAD_CORE_QMP_INT_H
#define FARAD_CORE_QMP_INT_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>

#include "core/machine/machine.h"
#include "json.h"

/* Error classes of QMP replies (GError codes in QMP_ERROR). */
enum { QMP_GENERIC = 1, QMP_COMMAND_NOT_FOUND, QMP_DEVICE_NOT_FOUND };
#define QMP_ERROR qmp_error_quark()
GQuark qmp_error_quark(void);

typedef enum QmpRequest { QMP_REQ_NONE, QMP_REQ_RESET, QMP_REQ_QUIT } QmpRequest;

typedef struct QmpJob {
    char *id;
    const char *type;     /* "snapshot-save" ... */
    const char *status;   /* "created", ..., "concluded" */
    char *error;          /* NULL: succeeded */
    Json *args;           /* the command's arguments, until it ran */
} QmpJob;

typedef struct Qmp {
    Machine *m;
    GArray *listen_fds;   /* int: listening sockets */
    GPtrArray *unlink;    /* unix socket paths to remove at the end */
    GPtrArray *conns;     /* QmpConn * */
    bool paused;          /* stop / -S / a replay breakpoint */
    bool prelaunch;       /* -S and never run */
    QmpRequest request;   /* for the run loop after the commands */
    bool brk_set;         /* replay-break */
    uint64_t brk;
    bool shutdown_sent;   /* the SHUTDOWN event went out */
    GPtrArray *jobs;      /* QmpJob *, creation order */
    struct SnapDb *db;    /* own handle on -snapshot-db */
    int rr_mode;          /* -icount rr=: ReplayMode (snapshot/replay.h) */
    char *rr_file;        /* its rrfile=, or NULL */
    const char *mig_status;   /* query-migrate: NULL, "completed", "failed" */
    char *mig_error;          /* its error-desc */
    bool incoming_started;    /* migrate-incoming ran (-incoming defer) */
} Qmp;

/* qmp-migrate.c: migrate, query-migrate, migrate-incoming. */
bool qmp_migrate(Qmp *q, const Json *args, GError **err);
void qmp_query_migrate(Qmp *q, GString *ret);
bool qmp_migrate_incoming(Qmp *q, const Json *args, GError **err);

/* hotplug-cmds.c: device_add (free-form arguments: driver, id and the
 * device's properties), device_del, and the DEVICE_DELETED events of
 * devices the guest released (called from the run loop's poll). */
bool qmp_device_add(Qmp *q, const Json *args, GString *ret, GError **err);
bool qmp_device_del(Qmp *q, const Json *args, GString *ret, GError **err);
void qmp_hotplug_events(Qmp *q);

/* Send an event to every negotiated client; data is a JSON object text
 * or NULL. */
void qmp_event(Qmp *q, const char *name, const char *data);

/* Pause / resume with the STOP / RESUME events (nothing when already
 * in that state). */
void qmp_pause(Qmp *q, bool paused);

/* Run one command: *ret gets the JSON of the return value. Errors in
 * err (QMP_ERROR code = class). */
bool qmp_dispatch(Qmp *q, const char *name, const Json *args, GString *ret,
                  GError **err);

/* True (err set) when the machine records or replays: cmd would change
 * it outside the journal (docs/qmp.md). */
bool qmp_refuse_in_replay(Qmp *q, const char *cmd, GError **err);

/* Argument helpers: check args against "name:type[?],..." (types int,
 * uint, str, bool, strlist, any); false with QEMU's messages. */
bool qmp_check_args(const Json *args, const char *schema, GError **err);
const char *qmp_arg_str(const Json *args, const char *key);
bool qmp_arg_u64(const Json *args, const char *key, uint64_t *v);
bool qmp_arg_bool(const Json *args, const char *key, bool def);

/* qmp-dump.c */
bool qmp_memsave(Qmp *q, const Json *args, bool phys, GError **err);
bool qmp_dump_guest_memory(Qmp *q, const Json *args, GError **err);

/* qmp-jobs.c: create a snapshot job (type = the command); it runs from
 * qmp_jobs_run after the reply went out. */
bool qmp_job_create(Qmp *q, const char *type, const Json *args,
                    GError **err);
void qmp_jobs_run(Qmp *q);
void qmp_query_jobs(Qmp *q, GString *ret);
bool qmp_job_dismiss(Qmp *q, const char *id, GError **err);
void qmp_jobs_free(Qmp *q);

#endif
