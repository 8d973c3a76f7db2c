/* SPDX-License-Identifier: MIT */
/*
 * Record/replay engine (see replay.h and docs/replay.md): the journal
 * interface for inputs from outside, checkpoints (full state hash every
 * rrcheck instructions), seek snapshots (every rrsnap), the end record,
 * and in replay the checks that find the first divergence: a journal
 * input taken at another call or icount, a different state just before
 * or just after the instruction that consumed an input, a checkpoint
 * hash or console output that differs, or a different end.
 *
 * Storage (schema 2 file plus side tables created here):
 *   journal(run=1, seq, icount, kind, data): kinds console (data = the
 *     bytes), eof, time (8-byte LE microseconds), check, snap (data =
 *     snapshot name), end (data = exit reason), cmd (data = a
 *     command's name), net (data = poll index u32 LE, netdev id, NUL,
 *     the frame; core/net/net.h), chr (data = poll index u32 LE,
 *     chardev id, NUL, connected byte, input; core/machine/chr-host.h),
 *     slirp (data = net poll index u32 LE, netdev id, NUL, libslirp's
 *     state bytes after that poll changed them; core/net/net.h)
 *   rr_input(seq, call, pre_hash, pre_state, post_icount, post_hash,
 *     post_state): per input, the console/time call index and the
 *     light state (every section but RAM) around the consuming insn
 *   rr_check(seq, hash, out_len, out_hash, state, console_calls,
 *     time_calls): per check/snap/end row
 *   meta rr.*: version, machine type, RAM size, shift, argv, intervals
 */
#include <inttypes.h>
#include <string.h>

#include "replay-int.h"
#include "core/machine/machine-types.h"
#include "core/machine/platform.h"
#include "core/machine/smp.h"
#include "core/machine/spapr-events.h"
#include "pci/spapr-phb.h"

static const char rr_schema[] =
    "CREATE TABLE IF NOT EXISTS rr_input(seq INTEGER PRIMARY KEY, "
    "  call INTEGER NOT NULL, pre_hash TEXT, pre_state TEXT, "
    "  post_icount INTEGER, post_hash TEXT, post_state TEXT);"
    "CREATE TABLE IF NOT EXISTS rr_check(seq INTEGER PRIMARY KEY, "
    "  hash TEXT, out_len INTEGER, out_hash INTEGER, state TEXT, "
    "  console_calls INTEGER, time_calls INTEGER);";

static const char *const kind_names[] = {
    [RK_CONSOLE] = "console", [RK_EOF] = "eof", [RK_TIME] = "time",
    [RK_CHECK] = "check", [RK_SNAP] = "snap", [RK_END] = "end",
    [RK_CMD] = "cmd", [RK_NET] = "net", [RK_CHR] = "chr",
    [RK_SLIRP] = "slirp",
};

const char *replay_kind_name(ReplayKind k)
{
    return (unsigned)k < G_N_ELEMENTS(kind_names) ? kind_names[k] : "?";
}

int replay_kind_parse(const char *s)
{
    for (unsigned i = 0; s && i < G_N_ELEMENTS(kind_names); i++) {
        if (kind_names[i] && !strcmp(kind_names[i], s)) {
            return (int)i;
        }
    }
    return -1;
}

void replay_entry_clear(ReplayEntry *e)
{
    if (e->data) {
        g_bytes_unref(e->data);
    }
    g_free(e->pre_hash);
    g_free(e->pre_state);
    g_free(e->post_hash);
    g_free(e->post_state);
    g_free(e->hash);
    g_free(e->state);
    memset(e, 0, sizeof(*e));
}

/* ---- options ---- */

bool replay_parse_icount(const char *arg, ReplayConfig *rc, GError **err)
{
    gchar **items = g_strsplit(arg, ",", -1);
    bool ok = true;
    for (int i = 0; ok && items[i]; i++) {
        const char *it = items[i];
        if (!strncmp(it, "rr=", 3)) {
            if (!strcmp(it + 3, "record")) {
                rc->mode = REPLAY_RECORD;
            } else if (!strcmp(it + 3, "replay")) {
                rc->mode = REPLAY_PLAY;
            } else if (!strcmp(it + 3, "off")) {
                rc->mode = REPLAY_OFF;
            } else {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "-icount %s: rr must be record, replay or off",
                            arg);
                ok = false;
            }
        } else if (!strncmp(it, "rrfile=", 7)) {
            g_free(rc->file);
            rc->file = g_strdup(it + 7);
        } else if (!strncmp(it, "rrcheck=", 8) || !strncmp(it, "rrsnap=", 7)) {
            bool check = it[2] == 'c';
            const char *v = strchr(it, '=') + 1;
            char *end;
            guint64 n = g_ascii_strtoull(v, &end, 0);
            if (!*v || *end || n == 0) {
                g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                            "-icount %s: %s needs a positive instruction "
                            "count", arg, check ? "rrcheck" : "rrsnap");
                ok = false;
            } else if (check) {
                rc->check_every = n;
            } else {
                rc->snap_every = n;
            }
        }
    }
    g_strfreev(items);
    if (ok && rc->mode != REPLAY_OFF && !rc->file) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-icount %s: rr=%s needs rrfile=FILE", arg,
                    rc->mode == REPLAY_RECORD ? "record" : "replay");
        ok = false;
    }
    return ok;
}

void replay_config_clear(ReplayConfig *rc)
{
    g_free(rc->file);
    g_strfreev(rc->argv);
    memset(rc, 0, sizeof(*rc));
}

/* ---- helpers ---- */

static uint64_t now_icount(Replay *r)
{
    return machine_icount(r->m);
}

/* FNV-1a over the console output, as a running digest. */
static void out_digest(Replay *r, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        r->out_hash = (r->out_hash ^ p[i]) * 0x100000001b3ULL;
    }
    r->out_len += n;
}

void replay_console_output(Replay *r, const uint8_t *buf, size_t n)
{
    out_digest(r, buf, n);
}

/* Light state: every section but RAM, as text, and its SHA-256. */
static char *light_state(Replay *r, char **hash)
{
    char *t = snap_state_text(r->m);
    *hash = g_compute_checksum_for_string(G_CHECKSUM_SHA256, t, -1);
    return t;
}

static bool exec_sql(Replay *r, sqlite3_stmt *st, int rc, GError **err)
{
    if (rc == SQLITE_OK) {
        rc = snap_db_step(r->db, st);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE || snap_db_error(r->db, rc, "journal", err);
}

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
    if (s) {
        sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    } else {
        sqlite3_bind_null(st, i);
    }
}

/* Append a journal row; returns its seq or -1. */
static int64_t journal_add(Replay *r, ReplayKind k, uint64_t icount,
                           const void *data, size_t len, GError **err)
{
    sqlite3_stmt *st;
    int64_t seq = r->next_seq;
    int rc = snap_db_prepare(r->db, "INSERT INTO journal(run, seq, icount, "
                             "kind, data) VALUES(1, ?, ?, ?, ?)", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, seq);
        sqlite3_bind_int64(st, 2, (int64_t)icount);
        sqlite3_bind_text(st, 3, replay_kind_name(k), -1, SQLITE_STATIC);
        if (data) {
            sqlite3_bind_blob(st, 4, data, (int)len, SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_null(st, 4);
        }
    }
    if (!exec_sql(r, st, rc, err)) {
        return -1;
    }
    r->next_seq++;
    return seq;
}

static bool check_row_add(Replay *r, int64_t seq, const char *hash,
                          const char *state, GError **err)
{
    sqlite3_stmt *st;
    int rc = snap_db_prepare(r->db, "INSERT INTO rr_check(seq, hash, out_len, "
                             "out_hash, state, console_calls, time_calls) "
                             "VALUES(?,?,?,?,?,?,?)", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, seq);
        bind_text_or_null(st, 2, hash);
        sqlite3_bind_int64(st, 3, (int64_t)r->out_len);
        sqlite3_bind_int64(st, 4, (int64_t)r->out_hash);
        bind_text_or_null(st, 5, state);
        sqlite3_bind_int64(st, 6, (int64_t)r->console_calls);
        sqlite3_bind_int64(st, 7, (int64_t)r->time_calls);
    }
    return exec_sql(r, st, rc, err);
}

/* A recording write failed: say so once and stop recording (the guest
 * goes on; the recording ends at the last good row). */
static void record_failed(Replay *r, GError *e)
{
    fprintf(stderr, "farad: record: %s; recording stopped\n",
            e ? e->message : "error");
    if (e) {
        g_error_free(e);
    }
    r->broken = true;
}

/* ---- the journal interface ---- */

/* Record: log one input (kind, bytes) taken at console call `call`. */
static void record_input(Replay *r, ReplayKind k, uint64_t call,
                         const void *data, size_t len)
{
    if (r->broken) {
        return;
    }
    GError *e = NULL;
    g_autofree char *pre_hash = NULL;
    g_autofree char *pre = light_state(r, &pre_hash);
    int64_t seq = journal_add(r, k, now_icount(r), data, len, &e);
    sqlite3_stmt *st;
    int rc = seq < 0 ? SQLITE_ERROR :
        snap_db_prepare(r->db, "INSERT INTO rr_input(seq, call, pre_hash, "
                        "pre_state) VALUES(?,?,?,?)", &st);
    if (seq >= 0 && rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, seq);
        sqlite3_bind_int64(st, 2, (int64_t)call);
        sqlite3_bind_text(st, 3, pre_hash, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, pre, -1, SQLITE_STATIC);
    }
    if (seq < 0 || !exec_sql(r, st, rc, &e)) {
        record_failed(r, e);
        return;
    }
    r->post_seq = seq;   /* the post check comes when the insn retired */
    r->post_pending = true;
    for (int i = 0; machine_cpu(r->m, i); i++) {
        machine_cpu(r->m, i)->exit_request = true;
    }
}

static void record_post(Replay *r)
{
    g_autofree char *hash = NULL;
    g_autofree char *st_text = light_state(r, &hash);
    sqlite3_stmt *st;
    GError *e = NULL;
    int rc = snap_db_prepare(r->db, "UPDATE rr_input SET post_icount = ?, "
                             "post_hash = ?, post_state = ? WHERE seq = ?",
                             &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, (int64_t)now_icount(r));
        sqlite3_bind_text(st, 2, hash, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, st_text, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 4, r->post_seq);
    }
    if (!exec_sql(r, st, rc, &e)) {
        record_failed(r, e);
    }
}

/* ---- commands from outside (QMP, the monitor) ---- */

/* The commands a journal holds: a name, and for the hot-plug ones the
 * rest of the command line after a space ("device_add DRIVER,...",
 * "device_del ID"). */
static const char *const journal_commands[] = {
    "system_reset", "system_powerdown", "device_add", "device_del",
};

bool replay_command_known(const char *name, size_t len)
{
    const char *sp = memchr(name, ' ', len);
    size_t n = sp ? (size_t)(sp - name) : len;
    for (size_t i = 0; i < G_N_ELEMENTS(journal_commands); i++) {
        if (strlen(journal_commands[i]) == n &&
            !memcmp(journal_commands[i], name, n)) {
            return true;
        }
    }
    return false;
}

/* Run a journalled device_add / device_del line (len bytes at name);
 * false when it is neither. Their errors repeat the recording's. */
static bool run_hotplug(Machine *m, const char *name, size_t len)
{
    static const char add[] = "device_add ", del[] = "device_del ";
    bool is_add = len > strlen(add) && !memcmp(name, add, strlen(add));
    bool is_del = len > strlen(del) && !memcmp(name, del, strlen(del));
    if (!is_add && !is_del) {
        return false;
    }
    g_autofree char *arg = g_strndup(name + strlen(add), len - strlen(add));
    GError *err = NULL;
    bool ok = is_add ? pci_hotplug_add(m, arg, &err) != NULL
                     : pci_hotplug_del(m, arg, &err);
    if (!ok) {
        g_error_free(err);   /* the recording failed the same way */
    }
    return true;
}

bool replay_log_command(Machine *m, const char *name, GError **err)
{
    Replay *r = m->replay;
    if (!r) {
        return true;
    }
    if (r->mode != REPLAY_RECORD) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE, "%s: the machine "
                    "replays a journal, which has its commands", name);
        return false;
    }
    g_assert(replay_command_known(name, strlen(name)));
    if (r->broken) {
        return true;
    }
    GError *e = NULL;
    if (journal_add(r, RK_CMD, now_icount(r), name, strlen(name), &e) < 0) {
        record_failed(r, e);
    }
    return true;
}

int replay_run_commands(Replay *r)
{
    Machine *m = r->m;
    uint64_t now = now_icount(r);
    ReplayEntry *e;
    while (r->mode == REPLAY_PLAY && !r->stopped &&
           (e = replay_next_entry(r, 1u << RK_CMD, &r->cmd_cursor)) &&
           e->icount <= now) {
        r->cmd_cursor++;
        gsize n;
        const char *name = g_bytes_get_data(e->data, &n);
        if (e->icount < now) {
            GString *rep = g_string_new(NULL);
            g_string_printf(rep, "DIVERGED at icount %" PRIu64 ": the "
                            "journal's %.*s (entry %" PRId64 ") was due at "
                            "icount %" PRIu64 "\n", now, (int)n, name, e->seq,
                            e->icount);
            replay_diverge(r, now, rep);
            return 0;
        }
        if (n == strlen("system_reset") && !memcmp(name, "system_reset", n)) {
            return machine_reboot(m) ? 1 : -1;
        }
        if (!run_hotplug(m, name, n)) {
            spapr_event_powerdown(m);   /* system_powerdown */
        }
    }
    return 0;
}

/* Replay: the next input entry (console/eof/time kinds in `kinds`
 * mask) at or after the cursor. */
ReplayEntry *replay_next_entry(Replay *r, unsigned kinds, guint *cursor)
{
    while (*cursor < r->entries->len) {
        ReplayEntry *e = &g_array_index(r->entries, ReplayEntry, *cursor);
        if ((1u << e->kind) & kinds) {
            return e;
        }
        (*cursor)++;
    }
    return NULL;
}

size_t replay_console_read(Replay *r, uint8_t *buf, size_t max)
{
    Console *c = &r->m->console;
    uint64_t call = r->console_calls++;
    if (r->mode == REPLAY_RECORD) {
        bool eof_before = c->eof;
        size_t n = console_read_host(c, buf, max);
        if (n) {
            record_input(r, RK_CONSOLE, call, buf, n);
        } else if (c->eof && !eof_before) {
            record_input(r, RK_EOF, call, NULL, 0);
        }
        return n;
    }
    if (c->out) {
        fflush(c->out);
    }
    if (r->stopped) {
        return 0;
    }
    ReplayEntry *e = replay_next_entry(r, (1u << RK_CONSOLE) | (1u << RK_EOF),
                                &r->console_cursor);
    uint64_t now = now_icount(r);
    if (!e || e->call > call) {
        if (e && now > e->icount) {
            replay_diverge_input(r, e, now, "the replay passed its icount "
                                 "without the guest asking for input");
        }
        return 0;
    }
    r->console_cursor++;
    if (e->call < call || e->icount != now) {
        replay_diverge_input(r, e, now, e->icount != now ?
                             "the guest asked for it at another icount" :
                             "the console call numbers differ");
        return 0;
    }
    if (!replay_check_pre(r, e)) {
        return 0;
    }
    size_t n = 0;
    if (e->kind == RK_EOF) {
        c->eof = true;
    } else {
        gsize len;
        const uint8_t *p = g_bytes_get_data(e->data, &len);
        if (len > max) {
            replay_diverge_input(r, e, now, "it holds more bytes than the "
                                 "guest asked for");
            return 0;
        }
        memcpy(buf, p, len);
        n = len;
    }
    r->post_entry = e;
    r->post_pending = true;
    for (int i = 0; machine_cpu(r->m, i); i++) {
        machine_cpu(r->m, i)->exit_request = true;
    }
    return n;
}

/* RK_NET data: index (u32 LE), id, NUL, frame */
static void net_entry_parse(const ReplayEntry *e, uint32_t *index,
                            const char **id, const uint8_t **frame,
                            size_t *len)
{
    gsize n;
    const uint8_t *p = g_bytes_get_data(e->data, &n);
    *index = p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
             (uint32_t)p[3] << 24;
    *id = (const char *)p + 4;
    size_t idlen = strlen(*id);
    *frame = p + 4 + idlen + 1;
    *len = n - 4 - idlen - 1;
}

/* Record an RK_NET or RK_CHR entry: index, id, NUL, bytes. */
static void keyed_input(Replay *r, ReplayKind k, uint32_t index,
                        const char *id, const uint8_t *buf, size_t len)
{
    if (r->mode != REPLAY_RECORD || r->broken) {
        return;
    }
    size_t idlen = strlen(id);
    g_autofree uint8_t *d = g_malloc(4 + idlen + 1 + len);
    for (int i = 0; i < 4; i++) {
        d[i] = (uint8_t)(index >> (8 * i));
    }
    memcpy(d + 4, id, idlen + 1);
    memcpy(d + 4 + idlen + 1, buf, len);
    GError *e = NULL;
    if (journal_add(r, k, now_icount(r), d, 4 + idlen + 1 + len, &e) < 0) {
        record_failed(r, e);
    }
}

/* Replay: the RK_NET, RK_CHR or RK_SLIRP entry of poll `index` now, if
 * any. */
static bool keyed_replay(Replay *r, ReplayKind k, guint *cursor,
                         uint32_t index, char **id, uint8_t **buf,
                         size_t *len)
{
    if (r->stopped) {
        return false;
    }
    ReplayEntry *e = replay_next_entry(r, 1u << k, cursor);
    if (!e) {
        return false;
    }
    uint64_t now = now_icount(r);
    uint32_t at;
    const char *eid;
    const uint8_t *frame;
    size_t n;
    net_entry_parse(e, &at, &eid, &frame, &n);
    if (e->icount < now || (e->icount == now && at < index)) {
        replay_diverge_input(r, e, now, k != RK_CHR
                             ? "the guest's network poll for it never came "
                               "(another poll count or icount)"
                             : "the chardev poll for it never came (another "
                               "poll count or icount)");
        return false;
    }
    if (e->icount > now || at > index) {
        return false;
    }
    (*cursor)++;
    *id = g_strdup(eid);
    *buf = g_memdup2(frame, n);
    *len = n;
    return true;
}

void replay_net_frame(Replay *r, uint32_t index, const char *id,
                      const uint8_t *buf, size_t len)
{
    keyed_input(r, RK_NET, index, id, buf, len);
}

bool replay_net_replay(Replay *r, uint32_t index, char **id, uint8_t **buf,
                       size_t *len)
{
    return keyed_replay(r, RK_NET, &r->net_cursor, index, id, buf, len);
}

void replay_net_state(Replay *r, uint32_t index, const char *id,
                      const uint8_t *buf, size_t len)
{
    keyed_input(r, RK_SLIRP, index, id, buf, len);
}

bool replay_net_state_replay(Replay *r, uint32_t index, char **id,
                             uint8_t **buf, size_t *len)
{
    return keyed_replay(r, RK_SLIRP, &r->slirp_cursor, index, id, buf, len);
}

void replay_chr_input(Replay *r, uint32_t index, const char *id,
                      const uint8_t *buf, size_t len)
{
    keyed_input(r, RK_CHR, index, id, buf, len);
}

bool replay_chr_replay(Replay *r, uint32_t index, char **id, uint8_t **buf,
                       size_t *len)
{
    return keyed_replay(r, RK_CHR, &r->chr_cursor, index, id, buf, len);
}

int64_t replay_host_time_us(Replay *r)
{
    uint64_t call = r->time_calls++;
    if (r->mode == REPLAY_RECORD) {
        int64_t us = g_get_real_time();
        uint8_t le[8];
        for (int i = 0; i < 8; i++) {
            le[i] = (uint8_t)((uint64_t)us >> (8 * i));
        }
        record_input(r, RK_TIME, call, le, sizeof(le));
        return us;
    }
    ReplayEntry *e = replay_next_entry(r, 1u << RK_TIME, &r->time_cursor);
    if (!e || e->call != call) {
        if (!r->stopped) {
            replay_diverge_input(r, e, now_icount(r), "no host time was "
                                 "recorded for this request");
        }
        return 0;
    }
    r->time_cursor++;
    gsize len;
    const uint8_t *p = g_bytes_get_data(e->data, &len);
    uint64_t v = 0;
    for (gsize i = 0; i < len && i < 8; i++) {
        v |= (uint64_t)p[i] << (8 * i);
    }
    return (int64_t)v;
}

void replay_cpu_stopped(Replay *r)
{
    if (!r->post_pending) {
        return;
    }
    r->post_pending = false;
    if (r->mode == REPLAY_RECORD) {
        if (!r->broken) {
            record_post(r);
        }
    } else if (r->post_entry && !r->stopped) {
        replay_check_post(r, r->post_entry);
        r->post_entry = NULL;
    }
}

bool replay_no_host_input(const Replay *r)
{
    return r && r->mode == REPLAY_PLAY;
}

bool replay_wait_input(Replay *r)
{
    guint cur = r->console_cursor;
    if (replay_next_entry(r, (1u << RK_CONSOLE) | (1u << RK_EOF), &cur)) {
        return true;
    }
    if (r->reexec) {
        /* the recording waited here for the host: record from now on */
        r->reexec = false;
        r->mode = REPLAY_RECORD;
        return true;
    }
    /* nothing more will come: the recording ended while the guest waited */
    r->m->stop = true;
    r->m->exit = MACHINE_EXIT_HALTED;
    return false;
}

/* ---- checkpoints, snapshots ---- */

static void record_check(Replay *r, uint64_t at)
{
    GError *e = NULL;
    g_autofree char *full = snap_state_hash(r->m);
    g_autofree char *lh = NULL;
    g_autofree char *light = light_state(r, &lh);
    int64_t seq = journal_add(r, RK_CHECK, at, NULL, 0, &e);
    if (seq < 0 || !check_row_add(r, seq, full, light, &e)) {
        record_failed(r, e);
    }
    r->nchecks++;
}

void replay_record_snap(Replay *r, uint64_t at)
{
    GError *e = NULL;
    g_autofree char *name = g_strdup_printf("rr-%" PRIu64, at);
    SnapSaveOpts o = { .replace = true, .note = "record/replay seek point" };
    int64_t seq = -1;
    /* the gdb stub's history must not become the parent of the user's
     * next savevm */
    char *last = r->silent ? g_strdup(r->m->snap_last) : NULL;
    if (snap_save(r->m, r->db, name, &o, &e)) {
        seq = journal_add(r, RK_SNAP, at, name, strlen(name), &e);
    }
    if (r->silent) {
        g_free(r->m->snap_last);
        r->m->snap_last = last;
    }
    if (seq < 0 || !check_row_add(r, seq, NULL, NULL, &e)) {
        record_failed(r, e);
    }
}

uint64_t replay_poll(Machine *m)
{
    Replay *r = m->replay;
    uint64_t now = machine_icount(m);
    if (r->reexec && now >= r->frontier) {
        /* re-executed up to where the recording stopped: record again */
        r->reexec = false;
        r->mode = REPLAY_RECORD;
    }
    if (r->mode == REPLAY_RECORD) {
        if (!r->broken && now >= r->next_snap) {
            replay_record_snap(r, now);
            r->next_snap = (now / r->snap_every + 1) * r->snap_every;
        }
        if (!r->broken && now >= r->next_check) {
            record_check(r, now);
            r->next_check = (now / r->check_every + 1) * r->check_every;
        }
        return MIN(r->next_check, r->next_snap);
    }
    if (r->stopped) {
        m->stop = true;
        return UINT64_MAX;
    }
    /* replay: every check the recording has at or before now */
    ReplayEntry *e;
    while ((e = replay_next_entry(r, 1u << RK_CHECK, &r->check_cursor)) &&
           e->icount <= now) {
        r->check_cursor++;
        if (e->icount == now && !replay_check_checkpoint(r, e)) {
            m->stop = true;
            m->exit = MACHINE_EXIT_ERROR;
            return UINT64_MAX;
        }
    }
    uint64_t at = e ? e->icount : UINT64_MAX;
    /* seek snapshots: the replay's state must be the recorded one */
    while (!r->rewound && !r->reexec && !r->narrowing &&
           (e = replay_next_entry(r, 1u << RK_SNAP, &r->snap_cursor)) &&
           e->icount <= now) {
        r->snap_cursor++;
        if (e->icount == now && !replay_check_snapshot(r, e)) {
            m->stop = true;
            m->exit = MACHINE_EXIT_ERROR;
            return UINT64_MAX;
        }
    }
    if (e && !r->rewound && !r->reexec && !r->narrowing) {
        at = MIN(at, e->icount);
    }
    if (r->end && now >= r->end->icount) {
        /* the recording stopped here (killed, quit or a limit) */
        m->stop = true;
        m->exit = r->end_exit;
        return UINT64_MAX;
    }
    if (r->end) {
        at = MIN(at, r->end->icount);
    }
    if (r->reexec) {
        at = MIN(at, r->frontier);
    }
    /* stop where a command is due (the cursor moves past other kinds
     * only, so this stays linear over the journal) */
    if ((e = replay_next_entry(r, 1u << RK_CMD, &r->cmd_cursor))) {
        at = MIN(at, e->icount);
    }
    return at;
}

/* ---- start ---- */

static bool meta_set(Replay *r, const char *k, const char *v, GError **err)
{
    sqlite3_stmt *st;
    int rc = snap_db_prepare(r->db, "INSERT OR REPLACE INTO meta(key, value) "
                             "VALUES(?, ?)", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(st, 1, k, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, v, -1, SQLITE_STATIC);
    }
    return exec_sql(r, st, rc, err);
}

char *replay_meta_get(SnapDb *db, const char *k)
{
    sqlite3_stmt *st;
    char *v = NULL;
    if (snap_db_prepare(db, "SELECT value FROM meta WHERE key = ?", &st) ==
        SQLITE_OK) {
        sqlite3_bind_text(st, 1, k, -1, SQLITE_STATIC);
        if (snap_db_step(db, st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
            v = g_strdup((const char *)sqlite3_column_text(st, 0));
        }
    }
    sqlite3_finalize(st);
    return v;
}

static const char *exit_name(MachineExit x)
{
    switch (x) {
    case MACHINE_EXIT_POWEROFF: return "poweroff";
    case MACHINE_EXIT_RESET: return "reset";
    case MACHINE_EXIT_LIMIT: return "limit";
    case MACHINE_EXIT_HALTED: return "halted";
    case MACHINE_EXIT_ERROR: return "error";
    case MACHINE_EXIT_PANIC: return "panic";
    default: return "quit";
    }
}

static MachineExit exit_parse(const char *s)
{
    static const MachineExit all[] = {
        MACHINE_EXIT_POWEROFF, MACHINE_EXIT_RESET, MACHINE_EXIT_LIMIT,
        MACHINE_EXIT_HALTED, MACHINE_EXIT_ERROR, MACHINE_EXIT_PANIC,
    };
    for (unsigned i = 0; i < G_N_ELEMENTS(all); i++) {
        if (!strcmp(exit_name(all[i]), s)) {
            return all[i];
        }
    }
    return MACHINE_EXIT_ERROR;
}

/* meta rr.images: "OPTION<TAB>SHA-256<TAB>PATH" per boot image read
 * from a host file, so that farad-snap replay reads only the images the
 * recording was made with (replay_file_image_ok). */
static char *image_lines(const MachineConfig *c)
{
    const char *const opts[] = { "-bios", "-kernel", "-initrd" };
    const char *const paths[] = { c->bios, c->kernel, c->initrd };
    GString *s = g_string_new("");
    for (unsigned i = 0; i < G_N_ELEMENTS(opts); i++) {
        g_autofree char *h = paths[i] ? replay_image_hash(paths[i]) : NULL;
        if (h) {
            g_string_append_printf(s, "%s\t%s\t%s\n", opts[i], h, paths[i]);
        }
    }
    return g_string_free(s, FALSE);
}

static bool start_record(Replay *r, const ReplayConfig *rc, GError **err)
{
    Machine *m = r->m;
    r->db = snap_db_open(rc->file, err);
    if (!r->db) {
        return false;
    }
    g_autofree char *old = replay_meta_get(r->db, "rr.version");
    if (old) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: already holds a recording; record into a new file",
                    rc->file);
        return false;
    }
    if (snap_db_exec(r->db, rr_schema) != SQLITE_OK) {
        return snap_db_error(r->db, SQLITE_ERROR, "create replay tables", err);
    }
    g_autofree char *argv = rc->argv ? g_strjoinv("\n", rc->argv) : g_strdup("");
    g_autofree char *ram = g_strdup_printf("%" PRIu64, m->ram_size);
    g_autofree char *shift = g_strdup_printf("%u", m->cpu->tb_shift);
    g_autofree char *chk = g_strdup_printf("%" PRIu64, r->check_every);
    g_autofree char *snp = g_strdup_printf("%" PRIu64, r->snap_every);
    g_autofree char *images = image_lines(&m->cfg);
    if (!snap_db_begin(r->db, err)) {
        return false;
    }
    bool ok = meta_set(r, "rr.version", "1", err) &&
              meta_set(r, "rr.images", images, err) &&
              meta_set(r, "rr.machine", m->type->name, err) &&
              meta_set(r, "rr.ram_size", ram, err) &&
              meta_set(r, "rr.shift", shift, err) &&
              meta_set(r, "rr.argv", argv, err) &&
              meta_set(r, "rr.check", chk, err) &&
              meta_set(r, "rr.snap", snp, err);
    if (!ok) {
        snap_db_rollback(r->db);
        return false;
    }
    if (!snap_db_commit(r->db, err)) {
        return false;
    }
    uint64_t now = machine_icount(m);
    replay_record_snap(r, now);       /* rr-ICOUNT: the initial snapshot */
    if (!r->silent) {
        record_check(r, now);
    }
    if (r->broken) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IO,
                    "%s: cannot write the initial snapshot", rc->file);
        return false;
    }
    r->first_snap = g_strdup_printf("rr-%" PRIu64, now);
    r->next_check = r->silent ? UINT64_MAX
                              : (now / r->check_every + 1) * r->check_every;
    r->next_snap = (now / r->snap_every + 1) * r->snap_every;
    return true;
}

static bool start_replay(Replay *r, const ReplayConfig *rc, GError **err)
{
    Machine *m = r->m;
    r->db = snap_db_open_readonly(rc->file, err);
    if (!r->db) {
        return false;
    }
    if (!replay_load_journal(r, err)) {
        return false;
    }
    g_autofree char *mt = replay_meta_get(r->db, "rr.machine");
    g_autofree char *ram = replay_meta_get(r->db, "rr.ram_size");
    g_autofree char *shift = replay_meta_get(r->db, "rr.shift");
    if (!mt || strcmp(machine_type_legacy_name(mt), m->type->name)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: the recording is of machine type '%s', this "
                    "machine is '%s'", rc->file, mt ? mt : "?", m->type->name);
        return false;
    }
    if (!ram || g_ascii_strtoull(ram, NULL, 10) != m->ram_size) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: the recording has %s bytes of RAM, this machine "
                    "%" PRIu64, rc->file, ram ? ram : "?", m->ram_size);
        return false;
    }
    if (!shift || g_ascii_strtoull(shift, NULL, 10) != m->cpu->tb_shift) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: the recording used -icount shift=%s, this run "
                    "shift=%u", rc->file, shift ? shift : "?",
                    m->cpu->tb_shift);
        return false;
    }
    if (!snap_load(m, r->db, r->first_snap, err)) {
        return false;
    }
    r->end_exit = exit_parse(r->end_reason);
    return true;
}

void replay_config_free(ReplayConfig *rc)
{
    if (rc) {
        replay_config_clear(rc);
        g_free(rc);
    }
}

/* ---- the machine's input journal and run hook (core/machine/run-hooks.h) ---- */

static size_t j_console_read(void *self, uint8_t *buf, size_t max)
{
    return replay_console_read(self, buf, max);
}

static void j_console_output(void *self, const uint8_t *buf, size_t n)
{
    replay_console_output(self, buf, n);
}

static bool j_output_visible(const void *self)
{
    return replay_output_visible(self);
}

static int64_t j_host_time_us(void *self)
{
    return replay_host_time_us(self);
}

static void j_cpu_stopped(void *self)
{
    replay_cpu_stopped(self);
}

static bool j_no_host_input(const void *self)
{
    return replay_no_host_input(self);
}

static bool j_wait_input(void *self)
{
    return replay_wait_input(self);
}

static void j_net_frame(void *self, uint32_t index, const char *id,
                        const uint8_t *buf, size_t len)
{
    replay_net_frame(self, index, id, buf, len);
}

static bool j_net_replay(void *self, uint32_t index, char **id,
                         uint8_t **buf, size_t *len)
{
    return replay_net_replay(self, index, id, buf, len);
}

static void j_net_state(void *self, uint32_t index, const char *id,
                        const uint8_t *buf, size_t len)
{
    replay_net_state(self, index, id, buf, len);
}

static bool j_net_state_replay(void *self, uint32_t index, char **id,
                               uint8_t **buf, size_t *len)
{
    return replay_net_state_replay(self, index, id, buf, len);
}

static void j_chr_input(void *self, uint32_t index, const char *id,
                        const uint8_t *buf, size_t len)
{
    replay_chr_input(self, index, id, buf, len);
}

static bool j_chr_replay(void *self, uint32_t index, char **id,
                         uint8_t **buf, size_t *len)
{
    return replay_chr_replay(self, index, id, buf, len);
}

static const InputJournalOps replay_journal = {
    .net_frame = j_net_frame,
    .net_replay = j_net_replay,
    .net_state = j_net_state,
    .net_state_replay = j_net_state_replay,
    .chr_input = j_chr_input,
    .chr_replay = j_chr_replay,
    .console_read = j_console_read,
    .console_output = j_console_output,
    .output_visible = j_output_visible,
    .host_time_us = j_host_time_us,
    .cpu_stopped = j_cpu_stopped,
    .no_host_input = j_no_host_input,
    .wait_input = j_wait_input,
};

static RunStep hook_poll(void *self, Machine *m, int64_t *chunk,
                         MachineExit *exit)
{
    /* record/replay: journalled commands, checkpoints, seek points */
    (void)self;
    int cmd = replay_run_commands(m->replay);
    if (cmd < 0) {
        *exit = MACHINE_EXIT_ERROR;
        return RUN_RETURN;
    }
    if (cmd > 0) {
        return RUN_RESTART;
    }
    uint64_t at = replay_poll(m), done = machine_icount(m);
    if (m->stop) {
        m->stop = false;
        *exit = m->exit;
        return RUN_RETURN;
    }
    if (at != UINT64_MAX && at > done) {
        *chunk = (int64_t)MIN((uint64_t)*chunk, at - done);
    }
    return RUN_ON;
}

static void hook_end(void *self, Machine *m, MachineExit *why)
{
    (void)self;
    *why = replay_end(m, *why);
}

static void hook_free(void *self)
{
    replay_free(self);
}

static const RunHookOps replay_run_hooks = {
    .poll = hook_poll,
    .end = hook_end,
    .free = hook_free,
};

bool replay_start(Machine *m, const ReplayConfig *rc, GError **err)
{
    Replay *r = g_new0(Replay, 1);
    r->m = m;
    r->mode = rc->mode;
    r->verify = rc->verify;
    r->quiet = rc->quiet;
    r->silent = rc->silent;
    r->check_every = rc->check_every ? rc->check_every : REPLAY_DEFAULT_CHECK;
    r->snap_every = rc->snap_every ? rc->snap_every : REPLAY_DEFAULT_SNAP;
    r->out_hash = 0xcbf29ce484222325ULL;
    r->entries = g_array_new(FALSE, TRUE, sizeof(ReplayEntry));
    g_array_set_clear_func(r->entries, (GDestroyNotify)replay_entry_clear);
    m->replay = r;
    machine_set_journal(m, &replay_journal, r);
    bool ok = rc->mode == REPLAY_RECORD ? start_record(r, rc, err)
                                        : start_replay(r, rc, err);
    if (!ok) {
        replay_free(m);
        return false;
    }
    machine_add_run_hook(m, &replay_run_hooks, m);
    return true;
}

/* ---- end ---- */

MachineExit replay_end(Machine *m, MachineExit why)
{
    Replay *r = m->replay;
    if (!r || r->silent) {
        return why;
    }
    uint64_t now = machine_icount(m);
    if (r->reexec) {
        fprintf(stderr, "farad: record: the run ended while re-executing "
                "(reverse debugging) at icount %" PRIu64 ", before the "
                "recorded %" PRIu64 ": the recording has no end record\n",
                now, r->frontier);
        return why;
    }
    if (r->mode == REPLAY_RECORD) {
        if (!r->broken) {
            GError *e = NULL;
            g_autofree char *full = snap_state_hash(m);
            g_autofree char *lh = NULL;
            g_autofree char *light = light_state(r, &lh);
            const char *reason = exit_name(why);
            int64_t seq = journal_add(r, RK_END, now, reason, strlen(reason),
                                      &e);
            if (seq < 0 || !check_row_add(r, seq, full, light, &e)) {
                record_failed(r, e);
            }
        }
        return why;
    }
    if (!r->result.diverged) {
        replay_check_end(r, why);
    }
    if (!r->quiet) {
        fflush(stdout);
        fprintf(stderr, "farad: replay: %s", r->result.report);
    }
    return r->result.diverged ? MACHINE_EXIT_ERROR : why;
}

const ReplayResult *replay_result(Machine *m)
{
    return m->replay ? &m->replay->result : NULL;
}

void replay_free(Machine *m)
{
    Replay *r = m->replay;
    if (!r) {
        return;
    }
    snap_db_close(r->db);
    g_array_free(r->entries, TRUE);
    g_free(r->first_snap);
    g_free(r->end_reason);
    g_free(r->result.report);
    g_free(r);
    m->replay = NULL;
    machine_set_journal(m, NULL, NULL);
}
