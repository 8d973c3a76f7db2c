/* SPDX-License-Identifier: MIT */
/*
 * QMP snapshot jobs: snapshot-save, snapshot-load and snapshot-delete
 * (QEMU 7.2's job-id, tag, vmstate, devices arguments) on the
 * -snapshot-db store, with query-jobs and job-dismiss. A job is created
 * by its command and runs right after the command's reply, still between
 * run chunks (an instruction boundary of every CPU), going through
 * QEMU's states created, running, waiting, pending, concluded with a
 * JOB_STATUS_CHANGE event each; it stays until job-dismiss (status
 * null). farad has no block devices: vmstate and devices are checked
 * for their types only, and the whole machine goes into the store.
 */
#include <string.h>

#include "core/machine/platform.h"
#include "qmp-int.h"
#include "snapshot/snap.h"

static void job_free(QmpJob *j)
{
    g_free(j->id);
    g_free(j->error);
    json_free(j->args);
    g_free(j);
}

static QmpJob *find(Qmp *q, const char *id, guint *at)
{
    for (guint i = 0; i < q->jobs->len; i++) {
        QmpJob *j = g_ptr_array_index(q->jobs, i);
        if (!strcmp(j->id, id)) {
            if (at) {
                *at = i;
            }
            return j;
        }
    }
    return NULL;
}

static void set_status(Qmp *q, QmpJob *j, const char *status)
{
    j->status = status;
    GString *d = g_string_new("{\"status\": ");
    json_append_str(d, status ? status : "null");
    g_string_append(d, ", \"id\": ");
    json_append_str(d, j->id);
    g_string_append_c(d, '}');
    qmp_event(q, "JOB_STATUS_CHANGE", d->str);
    g_string_free(d, TRUE);
}

/* A deep copy of the arguments (the request is freed after it ran). */
static Json *copy(const Json *j)
{
    GString *s = g_string_new(NULL);
    json_append_value(s, j);
    char *e = NULL;
    Json *c = json_parse(s->str, s->len, &e);
    g_free(e);
    g_string_free(s, TRUE);
    return c;
}

bool qmp_job_create(Qmp *q, const char *type, const Json *args, GError **err)
{
    const char *id = qmp_arg_str(args, "job-id");
    if (find(q, id, NULL)) {
        g_set_error(err, QMP_ERROR, QMP_GENERIC,
                    "Job ID '%s' already in use", id);
        return false;
    }
    QmpJob *j = g_new0(QmpJob, 1);
    j->id = g_strdup(id);
    j->type = type;
    j->args = copy(args);
    g_ptr_array_add(q->jobs, j);
    set_status(q, j, "created");
    return true;
}

static SnapDb *store(Qmp *q, GError **err)
{
    if (!q->db) {
        if (!q->m->cfg.snapshot_db) {
            g_set_error(err, QMP_ERROR, QMP_GENERIC, "no snapshot store "
                        "(start farad with -snapshot-db FILE)");
            return NULL;
        }
        q->db = snap_db_open(q->m->cfg.snapshot_db, err);
    }
    return q->db;
}

/* The job's work; false with err. */
static bool work(Qmp *q, QmpJob *j, GError **err)
{
    const char *tag = qmp_arg_str(j->args, "tag");
    if (!strcmp(j->type, "snapshot-load") &&
        qmp_refuse_in_replay(q, "snapshot-load", err)) {
        return false;
    }
    SnapDb *db = store(q, err);
    if (!db) {
        return false;
    }
    if (!strcmp(j->type, "snapshot-save")) {
        SnapSaveOpts o = { .replace = false };
        return snap_save(q->m, db, tag, &o, err);
    }
    if (!strcmp(j->type, "snapshot-load")) {
        return snap_load(q->m, db, tag, err);
    }
    return snap_delete(db, tag, err);
}

void qmp_jobs_run(Qmp *q)
{
    for (guint i = 0; i < q->jobs->len; i++) {
        QmpJob *j = g_ptr_array_index(q->jobs, i);
        if (strcmp(j->status, "created")) {
            continue;
        }
        set_status(q, j, "running");
        bool was_paused = q->paused;
        bool vm = strcmp(j->type, "snapshot-delete") != 0;
        if (vm) {
            qmp_pause(q, true);   /* as QEMU: the VM stops for the job */
        }
        GError *e = NULL;
        if (!work(q, j, &e)) {
            j->error = g_strdup(e->message);
            g_error_free(e);
        }
        if (vm) {
            qmp_pause(q, was_paused);
        }
        set_status(q, j, "waiting");
        set_status(q, j, "pending");
        set_status(q, j, "concluded");
    }
}

void qmp_query_jobs(Qmp *q, GString *ret)
{
    g_string_append_c(ret, '[');
    for (guint i = 0; i < q->jobs->len; i++) {
        QmpJob *j = g_ptr_array_index(q->jobs, i);
        bool done = !strcmp(j->status, "concluded");
        g_string_append_printf(ret, "%s{\"current-progress\": %d, "
                               "\"status\": \"%s\", \"total-progress\": 1, "
                               "\"type\": \"%s\", \"id\": ", i ? ", " : "",
                               done, j->status, j->type);
        json_append_str(ret, j->id);
        if (j->error) {
            g_string_append(ret, ", \"error\": ");
            json_append_str(ret, j->error);
        }
        g_string_append_c(ret, '}');
    }
    g_string_append_c(ret, ']');
}

bool qmp_job_dismiss(Qmp *q, const char *id, GError **err)
{
    guint at;
    QmpJob *j = find(q, id, &at);
    if (!j) {
        g_set_error(err, QMP_ERROR, QMP_DEVICE_NOT_FOUND,
                    "Job not found");
        return false;
    }
    if (strcmp(j->status, "concluded")) {
        g_set_error(err, QMP_ERROR, QMP_GENERIC, "Job '%s' in state '%s' "
                    "cannot accept command verb 'dismiss'", id, j->status);
        return false;
    }
    set_status(q, j, NULL);
    g_ptr_array_remove_index(q->jobs, at);
    job_free(j);
    return true;
}

void qmp_jobs_free(Qmp *q)
{
    for (guint i = 0; i < q->jobs->len; i++) {
        job_free(g_ptr_array_index(q->jobs, i));
    }
    g_ptr_array_unref(q->jobs);
}
