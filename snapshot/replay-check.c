/* SPDX-License-Identifier: MIT */
/*
 * Replay side of record/replay: loading and checking a recording (one
 * clear error for a file of another kind, a truncated or malformed
 * journal), the divergence checks with their reports (first diverging
 * point, the instruction, the state fields that differ by name).
 */
#include <fcntl.h>
#include <inttypes.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "replay-int.h"
#include "core/machine/machine-types.h"
#include "core/machine/platform.h"

#define MAX_DIFF_LINES 12

static bool bad(Replay *r, GError **err, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);
static bool bad(Replay *r, GError **err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    g_autofree char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE, "%s: %s",
                snap_db_path(r->db), msg);
    return false;
}

static char *col_str(sqlite3_stmt *st, int i)
{
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? g_strdup((const char *)t) : NULL;
}

bool replay_load_journal(Replay *r, GError **err)
{
    g_autofree char *ver = replay_meta_get(r->db, "rr.version");
    if (!ver) {
        return bad(r, err, "not a recording (a snapshot database without "
                   "a record/replay journal)");
    }
    if (strcmp(ver, "1")) {
        return bad(r, err, "recording format %s is not supported (this "
                   "farad reads 1)", ver);
    }
    sqlite3_stmt *st;
    int rc = snap_db_prepare(r->db,
        "SELECT j.run, j.seq, j.icount, j.kind, j.data, i.call, i.pre_hash, "
        "i.pre_state, i.post_icount, i.post_hash, i.post_state, c.hash, "
        "c.state, c.out_len, c.out_hash, c.console_calls, c.time_calls "
        "FROM journal j LEFT JOIN rr_input i ON i.seq = j.seq "
        "LEFT JOIN rr_check c ON c.seq = j.seq ORDER BY j.run, j.seq", &st);
    int64_t expect = 0;
    uint64_t last_icount = 0;
    bool ok = true;
    while (ok && rc == SQLITE_OK && (rc = snap_db_step(r->db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        ReplayEntry e = { 0 };
        e.seq = sqlite3_column_int64(st, 1);
        e.icount = (uint64_t)sqlite3_column_int64(st, 2);
        int k = replay_kind_parse((const char *)sqlite3_column_text(st, 3));
        if (sqlite3_column_int64(st, 0) != 1 || e.seq != expect) {
            ok = bad(r, err, "journal is truncated or damaged: entry %"
                     PRId64 " follows entry %" PRId64, e.seq, expect - 1);
            break;
        }
        if (k < 0) {
            ok = bad(r, err, "journal entry %" PRId64 " has an unknown kind "
                     "'%s'", e.seq, sqlite3_column_text(st, 3));
            break;
        }
        if (r->end) {
            ok = bad(r, err, "journal entry %" PRId64 " follows the end "
                     "record", e.seq);
            break;
        }
        if (e.icount < last_icount) {
            ok = bad(r, err, "journal entry %" PRId64 " goes back in time "
                     "(icount %" PRIu64 " after %" PRIu64 ")", e.seq,
                     e.icount, last_icount);
            break;
        }
        last_icount = e.icount;
        e.kind = (ReplayKind)k;
        const void *d = sqlite3_column_blob(st, 4);
        gsize dlen = (gsize)sqlite3_column_bytes(st, 4);
        /* empty reads are never logged; a time is 8 bytes */
        if ((k == RK_CONSOLE && dlen == 0) || (k == RK_TIME && dlen != 8) ||
            ((k == RK_NET || k == RK_CHR || k == RK_SLIRP) &&
             (dlen < 6 || !memchr((const char *)d + 4, 0, dlen - 4)))) {
            ok = bad(r, err, "journal entry %" PRId64 " (%s) holds %zu "
                     "bytes", e.seq, replay_kind_name((ReplayKind)k),
                     (size_t)dlen);
            break;
        }
        e.data = g_bytes_new(d, dlen);
        bool input = k == RK_CONSOLE || k == RK_EOF || k == RK_TIME;
        if (input && sqlite3_column_type(st, 5) == SQLITE_NULL) {
            replay_entry_clear(&e);
            ok = bad(r, err, "journal entry %" PRId64 " (%s) has no rr_input "
                     "row", expect, replay_kind_name((ReplayKind)k));
            break;
        }
        if (k == RK_CMD && !replay_command_known(d, dlen)) {
            replay_entry_clear(&e);
            ok = bad(r, err, "journal entry %" PRId64 " (cmd) names no "
                     "command farad journals", expect);
            break;
        }
        if (!input && k != RK_CMD && k != RK_NET && k != RK_CHR &&
            k != RK_SLIRP &&
            sqlite3_column_type(st, 13) == SQLITE_NULL) {
            replay_entry_clear(&e);
            ok = bad(r, err, "journal entry %" PRId64 " (%s) has no rr_check "
                     "row", expect, replay_kind_name((ReplayKind)k));
            break;
        }
        e.call = (uint64_t)sqlite3_column_int64(st, 5);
        e.pre_hash = col_str(st, 6);
        e.pre_state = col_str(st, 7);
        e.post_icount = (uint64_t)sqlite3_column_int64(st, 8);
        e.post_hash = col_str(st, 9);
        e.post_state = col_str(st, 10);
        e.hash = col_str(st, 11);
        e.state = col_str(st, 12);
        e.out_len = (uint64_t)sqlite3_column_int64(st, 13);
        e.out_hash = (uint64_t)sqlite3_column_int64(st, 14);
        e.console_calls = (uint64_t)sqlite3_column_int64(st, 15);
        e.time_calls = (uint64_t)sqlite3_column_int64(st, 16);
        if (k == RK_SNAP && !r->first_snap) {
            gsize n;
            const char *p = g_bytes_get_data(e.data, &n);
            r->first_snap = g_strndup(p, n);
        }
        if (k == RK_END) {
            gsize n;
            const char *p = g_bytes_get_data(e.data, &n);
            r->end_reason = g_strndup(p ? p : "", n);
        }
        g_array_append_val(r->entries, e);
        if (k == RK_END) {
            r->end = &g_array_index(r->entries, ReplayEntry,
                                    r->entries->len - 1);
        }
        expect++;
    }
    sqlite3_finalize(st);
    if (!ok) {
        return false;
    }
    if (rc != SQLITE_DONE) {
        return snap_db_error(r->db, rc, "read journal", err);
    }
    if (!r->first_snap) {
        return bad(r, err, "the journal has no initial snapshot");
    }
    if (!r->end && !r->open_journal) {
        return bad(r, err, "journal is truncated: no end record after entry %"
                   PRId64 " (icount %" PRIu64 "); the recording was cut "
                   "short", expect - 1, last_icount);
    }
    /* r->end points into the array: no appends after this */
    return true;
}

/* Up to MAX_DIFF_LINES "key: replay != recorded" lines between two
 * light-state texts. */
void replay_diff_states(GString *out, const char *replay, const char *rec)
{
    if (!replay || !rec) {
        g_string_append(out, "  (no recorded state to compare)\n");
        return;
    }
    GHashTable *h = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                          g_free);
    gchar **rl = g_strsplit(rec, "\n", -1);
    for (int i = 0; rl[i]; i++) {
        char *eq = strchr(rl[i], '=');
        if (eq) {
            g_hash_table_insert(h, g_strndup(rl[i], (gsize)(eq - rl[i])),
                                g_strdup(eq + 1));
        }
    }
    gchar **pl = g_strsplit(replay, "\n", -1);
    int n = 0, more = 0;
    for (int i = 0; pl[i]; i++) {
        char *eq = strchr(pl[i], '=');
        if (!eq) {
            continue;
        }
        g_autofree char *k = g_strndup(pl[i], (gsize)(eq - pl[i]));
        const char *v = g_hash_table_lookup(h, k);
        if (v && !strcmp(v, eq + 1)) {
            continue;
        }
        if (n++ < MAX_DIFF_LINES) {
            g_string_append_printf(out, "  %s: %s != %s (replay != "
                                   "recorded)\n", k, eq + 1,
                                   v ? v : "(absent)");
        } else {
            more++;
        }
    }
    if (more) {
        g_string_append_printf(out, "  ... and %d more fields\n", more);
    }
    if (n == 0) {
        g_string_append(out, "  every CPU and device field is equal: guest "
                        "RAM differs\n");
    }
    g_strfreev(rl);
    g_strfreev(pl);
    g_hash_table_destroy(h);
}

static void describe_input(GString *s, const ReplayEntry *e)
{
    g_string_append_printf(s, "journal entry %" PRId64 " (%s", e->seq,
                           replay_kind_name(e->kind));
    if (e->kind == RK_CONSOLE) {
        gsize n;
        const uint8_t *p = g_bytes_get_data(e->data, &n);
        g_string_append(s, " \"");
        for (gsize i = 0; i < n && i < 16; i++) {
            if (p[i] >= 0x20 && p[i] < 0x7f && p[i] != '"') {
                g_string_append_c(s, (char)p[i]);
            } else {
                g_string_append_printf(s, "\\x%02x", p[i]);
            }
        }
        g_string_append(s, n > 16 ? "\"..." : "\"");
    }
    g_string_append_printf(s, ", console/time call %" PRIu64 ", icount %"
                           PRIu64 ")", e->call, e->icount);
}

void replay_diverge(Replay *r, uint64_t icount, GString *report)
{
    if (r->narrowing) {   /* a trial run went elsewhere: just stop it */
        g_string_free(report, TRUE);
        r->m->stop = true;
        return;
    }
    if (r->result.diverged) {
        g_string_free(report, TRUE);
        return;
    }
    r->result.diverged = true;
    r->result.icount = icount;
    g_free(r->result.report);
    r->result.report = g_string_free(report, FALSE);
    r->stopped = true;
    r->m->stop = true;
    r->m->exit = MACHINE_EXIT_ERROR;
}

void replay_diverge_input(Replay *r, const ReplayEntry *e, uint64_t now,
                          const char *why)
{
    GString *s = g_string_new(NULL);
    g_string_append_printf(s, "DIVERGED at icount %" PRIu64 ": ", now);
    if (e) {
        describe_input(s, e);
        g_string_append_printf(s, ": %s\n", why);
    } else {
        g_string_append_printf(s, "%s\n", why);
    }
    g_string_append_printf(s, "  first instruction that differs: icount %"
                           PRIu64 " (the guest's console/time request)\n",
                           now);
    replay_diverge(r, now, s);
}

bool replay_check_pre(Replay *r, const ReplayEntry *e)
{
    if (r->narrowing) {
        return true;
    }
    g_autofree char *text = snap_state_text(r->m);
    g_autofree char *h = g_compute_checksum_for_string(G_CHECKSUM_SHA256,
                                                       text, -1);
    if (e->pre_hash && !strcmp(h, e->pre_hash)) {
        return true;
    }
    GString *s = g_string_new(NULL);
    g_string_append_printf(s, "DIVERGED before icount %" PRIu64 ": the "
                           "state when the guest asked for ", e->icount);
    describe_input(s, e);
    g_string_append(s, " differs:\n");
    replay_diff_states(s, text, e->pre_state);
    replay_diverge(r, e->icount, s);
    return false;
}

void replay_check_post(Replay *r, const ReplayEntry *e)
{
    if (r->narrowing) {
        return;
    }
    uint64_t now = machine_icount(r->m);
    g_autofree char *text = snap_state_text(r->m);
    g_autofree char *h = g_compute_checksum_for_string(G_CHECKSUM_SHA256,
                                                       text, -1);
    if (now == e->post_icount && e->post_hash && !strcmp(h, e->post_hash)) {
        return;
    }
    /* the state before it matched (checked when it was taken): the
     * instruction that consumed the input is the first whose effect
     * differs */
    GString *s = g_string_new(NULL);
    g_string_append_printf(s, "DIVERGED at icount %" PRIu64 ": the "
                           "instruction that consumed ", e->icount);
    describe_input(s, e);
    g_string_append_printf(s, " has a different effect (state compared "
                           "at icount %" PRIu64 ", recorded at %" PRIu64
                           "):\n", now, e->post_icount);
    replay_diff_states(s, text, e->post_state);
    g_string_append_printf(s, "  first instruction that differs: icount %"
                           PRIu64 "\n", e->icount);
    replay_diverge(r, e->icount, s);
}

/* Inputs between two icounts, for a checkpoint report. */
static void inputs_between(Replay *r, GString *s, uint64_t lo, uint64_t hi)
{
    int n = 0;
    for (guint i = 0; i < r->entries->len; i++) {
        const ReplayEntry *e = &g_array_index(r->entries, ReplayEntry, i);
        if ((e->kind == RK_CONSOLE || e->kind == RK_EOF ||
             e->kind == RK_TIME) && e->icount > lo && e->icount <= hi &&
            n++ < 4) {
            g_string_append(s, "  input in that range: ");
            describe_input(s, e);
            g_string_append_c(s, '\n');
        }
    }
    if (!n) {
        g_string_append(s, "  no journal input in that range: the "
                        "difference is not explained by the journal "
                        "(an input the recording missed, or emulator "
                        "non-determinism)\n");
    }
}

static uint64_t prev_check_icount(Replay *r, const ReplayEntry *e)
{
    uint64_t p = 0;
    for (guint i = 0; i < r->entries->len; i++) {
        const ReplayEntry *x = &g_array_index(r->entries, ReplayEntry, i);
        if (x == e) {
            break;
        }
        if (x->kind == RK_CHECK) {
            p = x->icount;
        }
    }
    return p;
}

static bool compare_full(Replay *r, const ReplayEntry *e, const char *what)
{
    g_autofree char *full = snap_state_hash(r->m);
    bool out_ok = r->out_len == e->out_len && r->out_hash == e->out_hash;
    if (e->hash && !strcmp(full, e->hash) && out_ok) {
        return true;
    }
    uint64_t prev = prev_check_icount(r, e);
    GString *s = g_string_new(NULL);
    g_string_append_printf(s, "DIVERGED at %s (journal entry %" PRId64
                           ", icount %" PRIu64 "): ", what, e->seq,
                           e->icount);
    if (!out_ok) {
        g_string_append_printf(s, "console output differs (%" PRIu64
                               " bytes, recorded %" PRIu64 ")\n", r->out_len,
                               e->out_len);
    } else {
        g_string_append_printf(s, "state hash %.16s... != recorded "
                               "%.16s...\n", full, e->hash ? e->hash : "?");
    }
    g_string_append_printf(s, "  the previous checkpoint (icount %" PRIu64
                           ") matched\n", prev);
    g_autofree char *text = snap_state_text(r->m);
    replay_diff_states(s, text, e->state);
    inputs_between(r, s, prev, e->icount);
    replay_diverge(r, e->icount, s);
    return false;
}

bool replay_check_checkpoint(Replay *r, const ReplayEntry *e)
{
    if (r->narrowing) {
        return true;
    }
    g_autofree char *what = g_strdup_printf("checkpoint icount %" PRIu64,
                                            e->icount);
    return compare_full(r, e, what);
}

void replay_check_end(Replay *r, MachineExit why)
{
    const ReplayEntry *e = r->end;
    uint64_t now = machine_icount(r->m);
    if (now != e->icount) {
        GString *s = g_string_new(NULL);
        g_string_append_printf(s, "DIVERGED: the replay ended at icount %"
                               PRIu64 ", the recording at %" PRIu64 " (%s)\n",
                               now, e->icount, r->end_reason);
        uint64_t prev = prev_check_icount(r, e);
        g_string_append_printf(s, "  the last checkpoint (icount %" PRIu64
                               ") matched\n", prev);
        inputs_between(r, s, prev, MAX(now, e->icount));
        replay_diverge(r, MIN(now, e->icount), s);
        return;
    }
    if (!compare_full(r, e, "the end of the recording")) {
        return;
    }
    (void)why;
    r->result.completed = true;
    r->result.icount = now;
    g_free(r->result.report);
    uint64_t nchecks = 0, ninputs = 0, nframes = 0, nchr = 0;
    for (guint i = 0; i < r->entries->len; i++) {
        ReplayKind k = g_array_index(r->entries, ReplayEntry, i).kind;
        nchecks += k == RK_CHECK;
        ninputs += k == RK_CONSOLE || k == RK_EOF || k == RK_TIME;
        nframes += k == RK_NET;
        nchr += k == RK_CHR;
    }
    GString *more = g_string_new(NULL);
    if (nframes) {
        g_string_append_printf(more, ", %" PRIu64 " network frames", nframes);
    }
    if (nchr) {
        g_string_append_printf(more, ", %" PRIu64 " chardev polls", nchr);
    }
    g_autofree char *frames = g_string_free(more, FALSE);
    r->result.report = g_strdup_printf(
        "pass: %" PRIu64 " instructions, %" PRIu64 " inputs%s, %" PRIu64
        " checkpoints and the end state match the recording (%s)\n", now,
        ninputs, frames, nchecks, r->end_reason);
}

/* ---- farad-snap replay ---- */

/* Meta value `key` of recording `file`, or NULL with err set. */
static char *file_meta(const char *file, const char *key, GError **err)
{
    SnapDb *db = snap_db_open_readonly(file, err);
    if (!db) {
        return NULL;
    }
    char *v = replay_meta_get(db, key);
    snap_db_close(db);
    if (!v) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: not a recording (a snapshot database without a "
                    "record/replay journal)", file);
    }
    return v;
}

char *replay_file_argv(const char *file, GError **err)
{
    return file_meta(file, "rr.argv", err);
}

char *replay_file_machine(const char *file, GError **err)
{
    char *stored = file_meta(file, "rr.machine", err);
    char *name = g_strdup(machine_type_legacy_name(stored));
    g_free(stored);
    return name;
}

char *replay_image_hash(const char *path)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat sb;
    if (fd < 0) {
        return NULL;
    }
    if (fstat(fd, &sb) || !S_ISREG(sb.st_mode)) {
        close(fd);
        return NULL;
    }
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    uint8_t buf[65536];
    ssize_t n;
    while ((n = read(fd, buf, sizeof(buf))) > 0) {
        g_checksum_update(c, buf, (gssize)n);
    }
    close(fd);
    char *hex = n == 0 ? g_strdup(g_checksum_get_string(c)) : NULL;
    g_checksum_free(c);
    return hex;
}

bool replay_file_image_ok(const char *file, const char *opt,
                          const char *path)
{
    SnapDb *db = snap_db_open_readonly(file, NULL);
    g_autofree char *images = db ? replay_meta_get(db, "rr.images") : NULL;
    snap_db_close(db);
    g_auto(GStrv) lines = g_strsplit(images ? images : "", "\n", -1);
    for (int i = 0; lines[i]; i++) {
        g_auto(GStrv) f = g_strsplit(lines[i], "\t", 3);
        if (g_strv_length(f) == 3 && !strcmp(f[0], opt) &&
            !strcmp(f[2], path)) {
            g_autofree char *now = replay_image_hash(path);
            return now && !strcmp(now, f[1]);
        }
    }
    return false;
}
