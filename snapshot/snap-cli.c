/* SPDX-License-Identifier: MIT */
/*
 * Command-line snapshots: -snapshot-db FILE opens the store, -loadvm NAME
 * loads a snapshot after boot, -savevm-at ICOUNT:NAME saves one when the
 * instruction count reaches ICOUNT exactly (the run loop stops there).
 */
#include <stdlib.h>
#include <string.h>

#include "snap-int.h"
#include "core/machine/platform.h"

typedef struct SaveAt {
    uint64_t icount;
    char *name;
} SaveAt;

typedef struct SnapRun {
    SnapDb *db;
    GArray *save_at;    /* SaveAt, sorted by icount */
    guint next;
} SnapRun;

static int save_at_cmp(const void *a, const void *b)
{
    const SaveAt *x = a, *y = b;
    return x->icount < y->icount ? -1 : x->icount > y->icount;
}

/* ---- -savevm-at's part in the run loop (core/machine/run-hooks.h) ---- */

static bool save_due(Machine *m)
{
    GError *err = NULL;
    if (!snap_machine_poll(m, &err)) {
        fprintf(stderr, "farad: savevm: %s\n", err->message);
        g_error_free(err);
        return false;
    }
    return true;
}

static RunStep hook_poll(void *self, Machine *m, int64_t *chunk,
                         MachineExit *exit)
{
    (void)self;
    if (!save_due(m)) {   /* -savevm-at: stop exactly there */
        *exit = MACHINE_EXIT_ERROR;
        return RUN_RETURN;
    }
    uint64_t at = snap_machine_next_save(m), done = machine_icount(m);
    if (at != UINT64_MAX && at > done) {
        *chunk = (int64_t)MIN((uint64_t)*chunk, at - done);
    }
    return RUN_ON;
}

static void hook_end(void *self, Machine *m, MachineExit *why)
{
    (void)self;
    /* -savevm-at the very count the machine stopped at (power-off,
     * halt): the loop saves only before running on */
    if (*why != MACHINE_EXIT_ERROR && !save_due(m)) {
        *why = MACHINE_EXIT_ERROR;
    }
}

static void hook_free(void *self)
{
    snap_machine_stop(self);
}

static const RunHookOps snap_run_hooks = {
    .poll = hook_poll,
    .end = hook_end,
    .free = hook_free,
};

bool snap_machine_start(Machine *m, GError **err)
{
    const MachineConfig *c = &m->cfg;
    bool want = c->snapshot_db || c->loadvm ||
                (c->savevm_at && c->savevm_at->len);
    if (!want) {
        return true;
    }
    if (!c->snapshot_db) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-loadvm/-savevm-at need -snapshot-db FILE");
        return false;
    }
    SnapRun *r = g_new0(SnapRun, 1);
    m->snaprun = r;
    machine_add_run_hook(m, &snap_run_hooks, m);
    r->save_at = g_array_new(FALSE, TRUE, sizeof(SaveAt));
    for (guint i = 0; c->savevm_at && i < c->savevm_at->len; i++) {
        const char *a = c->savevm_at->pdata[i];
        const char *colon = strchr(a, ':');
        char *end;
        SaveAt s = { .icount = strtoull(a, &end, 0) };
        if (!colon || end != colon || !colon[1]) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "-savevm-at %s: expected ICOUNT:NAME", a);
            return false;
        }
        s.name = g_strdup(colon + 1);
        g_array_append_val(r->save_at, s);
    }
    g_array_sort(r->save_at, save_at_cmp);
    /* -loadvm names a snapshot in an existing file: never create one */
    r->db = c->loadvm ? snap_db_open_existing(c->snapshot_db, err)
                      : snap_db_open(c->snapshot_db, err);
    if (!r->db) {
        return false;
    }
    if (c->loadvm && !snap_load(m, r->db, c->loadvm, err)) {
        return false;
    }
    /* points already behind the loaded icount are skipped */
    while (r->next < r->save_at->len &&
           g_array_index(r->save_at, SaveAt, r->next).icount <
           machine_icount(m)) {
        r->next++;
    }
    return true;
}

uint64_t snap_machine_next_save(Machine *m)
{
    SnapRun *r = m->snaprun;
    if (!r || r->next >= r->save_at->len) {
        return UINT64_MAX;
    }
    return g_array_index(r->save_at, SaveAt, r->next).icount;
}

bool snap_machine_poll(Machine *m, GError **err)
{
    SnapRun *r = m->snaprun;
    while (r && r->next < r->save_at->len &&
           g_array_index(r->save_at, SaveAt, r->next).icount <=
           machine_icount(m)) {
        SaveAt *s = &g_array_index(r->save_at, SaveAt, r->next);
        r->next++;
        SnapSaveOpts o = { .replace = true };
        if (!snap_save(m, r->db, s->name, &o, err)) {
            return false;
        }
    }
    return true;
}

void snap_machine_stop(Machine *m)
{
    SnapRun *r = m->snaprun;
    if (r) {
        for (guint i = 0; i < r->save_at->len; i++) {
            g_free(g_array_index(r->save_at, SaveAt, i).name);
        }
        g_array_free(r->save_at, TRUE);
        snap_db_close(r->db);
        g_free(r);
        m->snaprun = NULL;
    }
}
