/* SPDX-License-Identifier: MIT */
/*
 * farad-snap DB simpoint: snapshots at the start of the intervals a
 * SimPoint analysis chose, in one run (or replay) of the guest. Reads
 * SimPoint's .simpoints file ("INTERVAL_INDEX CLUSTER_ID" per line) and
 * optionally its .weights file ("WEIGHT CLUSTER_ID" per line), turns
 * each point into -savevm-at INDEX*LENGTH:simpoint-CLUSTER on the given
 * farad command line, runs it to the last point (a replay: to its end),
 * and records each
 * snapshot's interval, cluster and weight in its note.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "board/board.h"
#include "cli.h"
#include "core/machine/platform.h"
#include "session.h"
#include "simpoint.h"
#include "snapshot/replay.h"
#include "snapshot/snap-int.h"

typedef struct SimPoint {
    uint64_t index, cluster;
    double weight;
    bool has_weight;
} SimPoint;

/* Split a line into exactly two fields; false if it has another count. */
static bool two_fields(char *line, char **a, char **b)
{
    char *save = NULL;
    *a = strtok_r(line, " \t\r", &save);
    *b = *a ? strtok_r(NULL, " \t\r", &save) : NULL;
    return *a && *b && !strtok_r(NULL, " \t\r", &save);
}

static bool parse_u64_field(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    if (*s == '-' || *s == '+') {
        return false;
    }
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end) {
        return false;
    }
    *out = v;
    return true;
}

/* Read FILE line by line; blank lines are skipped. */
static gchar **read_lines(const char *file, GError **err)
{
    gchar *text;
    GError *e = NULL;
    if (!g_file_get_contents(file, &text, NULL, &e)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE, "%s: %s", file,
                    e->code == G_FILE_ERROR_NOENT ? "no such file"
                                                  : e->message);
        g_error_free(e);
        return NULL;
    }
    gchar **lines = g_strsplit(text, "\n", -1);
    g_free(text);
    return lines;
}

static GArray *read_simpoints(const char *file, uint64_t len, GError **err)
{
    gchar **lines = read_lines(file, err);
    if (!lines) {
        return NULL;
    }
    GArray *pts = g_array_new(FALSE, TRUE, sizeof(SimPoint));
    for (int i = 0; lines[i]; i++) {
        char *a, *b;
        SimPoint p = { 0 };
        if (!*g_strstrip(lines[i])) {
            continue;
        }
        if (!two_fields(lines[i], &a, &b) ||
            !parse_u64_field(a, &p.index) || !parse_u64_field(b, &p.cluster)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s:%d: expected 'INTERVAL_INDEX CLUSTER_ID'", file,
                        i + 1);
            goto bad;
        }
        if (p.index > UINT64_MAX / len) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s:%d: interval %llu times length %llu is beyond "
                        "any instruction count", file, i + 1,
                        (unsigned long long)p.index, (unsigned long long)len);
            goto bad;
        }
        for (guint k = 0; k < pts->len; k++) {
            if (g_array_index(pts, SimPoint, k).cluster == p.cluster) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "%s:%d: cluster %llu appears twice", file, i + 1,
                            (unsigned long long)p.cluster);
                goto bad;
            }
        }
        g_array_append_val(pts, p);
    }
    g_strfreev(lines);
    if (!pts->len) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: no simulation points", file);
        g_array_free(pts, TRUE);
        return NULL;
    }
    return pts;
bad:
    g_strfreev(lines);
    g_array_free(pts, TRUE);
    return NULL;
}

static bool read_weights(const char *file, GArray *pts, GError **err)
{
    gchar **lines = read_lines(file, err);
    if (!lines) {
        return false;
    }
    for (int i = 0; lines[i]; i++) {
        char *a, *b, *end;
        uint64_t c;
        if (!*g_strstrip(lines[i])) {
            continue;
        }
        bool ok = two_fields(lines[i], &a, &b) && parse_u64_field(b, &c);
        double w = ok ? g_ascii_strtod(a, &end) : 0;
        if (!ok || end == a || *end || !(w >= 0 && w <= 1)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s:%d: expected 'WEIGHT CLUSTER_ID' with a weight "
                        "in [0, 1]", file, i + 1);
            g_strfreev(lines);
            return false;
        }
        for (guint k = 0; k < pts->len; k++) {
            SimPoint *p = &g_array_index(pts, SimPoint, k);
            if (p->cluster == c) {
                p->weight = w;
                p->has_weight = true;
            }
        }
    }
    g_strfreev(lines);
    for (guint k = 0; k < pts->len; k++) {
        SimPoint *p = &g_array_index(pts, SimPoint, k);
        if (!p->has_weight) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: no weight for cluster %llu", file,
                        (unsigned long long)p->cluster);
            return false;
        }
    }
    return true;
}

/* Options simpoint gives itself: the user's command line must not. */
static bool own_option(const char *a)
{
    static const char *const own[] = { "-snapshot-db", "-savevm-at",
                                       "--snapshot-db", "--savevm-at" };
    for (size_t i = 0; i < G_N_ELEMENTS(own); i++) {
        if (!strcmp(a, own[i])) {
            return true;
        }
    }
    return false;
}

/* Check every point was saved and write its note. */
static bool finish(const char *db, GArray *pts, uint64_t len,
                   uint64_t reached, GError **err)
{
    SnapDb *d = snap_db_open_existing(db, err);
    if (!d) {
        return false;
    }
    bool ok = true;
    for (guint k = 0; k < pts->len && ok; k++) {
        SimPoint *p = &g_array_index(pts, SimPoint, k);
        char *name = g_strdup_printf("simpoint-%llu",
                                     (unsigned long long)p->cluster);
        char *note = p->has_weight
            ? g_strdup_printf("simpoint interval %llu (icount %llu, length "
                              "%llu) cluster %llu weight %.17g",
                              (unsigned long long)p->index,
                              (unsigned long long)(p->index * len),
                              (unsigned long long)len,
                              (unsigned long long)p->cluster, p->weight)
            : g_strdup_printf("simpoint interval %llu (icount %llu, length "
                              "%llu) cluster %llu",
                              (unsigned long long)p->index,
                              (unsigned long long)(p->index * len),
                              (unsigned long long)len,
                              (unsigned long long)p->cluster);
        sqlite3_stmt *st;
        int rc = snap_db_prepare(d, "UPDATE snapshot SET note = ? WHERE "
                                    "name = ? AND icount = ?", &st);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(st, 1, note, -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, 3, (int64_t)(p->index * len));
            rc = snap_db_step(d, st);
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                        "%s: cannot write the note of %s", db, name);
            ok = false;
        } else if (sqlite3_changes(d->db) != 1) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "simpoint interval %llu (icount %llu) was not "
                        "reached: the run ended at icount %llu",
                        (unsigned long long)p->index,
                        (unsigned long long)(p->index * len),
                        (unsigned long long)reached);
            ok = false;
        }
        g_free(note);
        g_free(name);
    }
    snap_db_close(d);
    return ok;
}

int simpoint_snapshots(const char *db, const char *simpoints,
                       const char *weights, uint64_t len, char **opts,
                       FILE *out, GError **err)
{
    if (!len) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "simpoint: the interval length must be above 0");
        return 2;
    }
    GArray *pts = read_simpoints(simpoints, len, err);
    if (!pts) {
        return 2;
    }
    if (weights && !read_weights(weights, pts, err)) {
        g_array_free(pts, TRUE);
        return 2;
    }
    GPtrArray *av = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(av, g_strdup("farad"));
    for (int i = 0; opts && opts[i]; i++) {
        if (own_option(opts[i])) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "simpoint: %s is farad-snap simpoint's own: give "
                        "the database as its first argument", opts[i]);
            g_ptr_array_unref(av);
            g_array_free(pts, TRUE);
            return 2;
        }
        g_ptr_array_add(av, g_strdup(opts[i]));
    }
    g_ptr_array_add(av, g_strdup("-snapshot-db"));
    g_ptr_array_add(av, g_strdup(db));
    uint64_t last = 0;
    for (guint k = 0; k < pts->len; k++) {
        SimPoint *p = &g_array_index(pts, SimPoint, k);
        g_ptr_array_add(av, g_strdup("-savevm-at"));
        g_ptr_array_add(av, g_strdup_printf("%llu:simpoint-%llu",
                                            (unsigned long long)(p->index * len),
                                            (unsigned long long)p->cluster));
        last = MAX(last, p->index * len);
    }
    int argc = (int)av->len;
    g_ptr_array_add(av, NULL);
    MachineConfig cfg;
    CliAction action;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    bool ok = cli_parse(argc, (char **)av->pdata, &cfg, &action, err);
    g_ptr_array_unref(av);
    if (!ok || action != CLI_RUN) {
        if (ok) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "simpoint: the farad options ask for no run");
        }
        machine_config_clear(&cfg);
        g_array_free(pts, TRUE);
        return 2;
    }
    /* one pass, up to the last point: a run stops there; a replay runs
     * to the recording's end (stopping early would be a divergence) */
    bool replay = cfg.replay && cfg.replay->mode == REPLAY_PLAY;
    if (!replay && (!cfg.max_insns || cfg.max_insns > last)) {
        cfg.max_insns = last ? last : 1;
    }
    Machine *m = machine_new(&cfg, err);
    if (m && !session_start(m, &cfg, err)) {
        machine_free(m);
        m = NULL;
    }
    machine_config_clear(&cfg);
    if (!m) {
        g_array_free(pts, TRUE);
        return 2;
    }
    MachineExit why = machine_run(m);
    uint64_t reached = machine_icount(m);
    machine_free(m);
    if (why == MACHINE_EXIT_ERROR) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "simpoint: the run failed at icount %llu",
                    (unsigned long long)reached);
        g_array_free(pts, TRUE);
        return 2;
    }
    ok = finish(db, pts, len, reached, err);
    if (ok) {
        for (guint k = 0; k < pts->len; k++) {
            SimPoint *p = &g_array_index(pts, SimPoint, k);
            fprintf(out, "simpoint-%llu icount %llu\n",
                    (unsigned long long)p->cluster,
                    (unsigned long long)(p->index * len));
        }
    }
    g_array_free(pts, TRUE);
    return ok ? 0 : 1;
}
