/* SPDX-License-Identifier: MIT */
/*
 * QMP commands (QEMU 7.2's schema names and arguments): the table that
 * query-commands lists, argument checking with QEMU's messages, and the
 * commands on the run state (stop, cont, quit, system_reset,
 * system_powerdown), the queries, human-monitor-command (through the
 * HMP monitor of monitor.h) and the replay commands. Memory dumps are in
 * qmp-dump.c, snapshot jobs in qmp-jobs.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/machine/platform.h"
#include "core/machine/spapr-events.h"
#include "monitor.h"
#include "qmp-int.h"
#include "snapshot/replay.h"

typedef bool QmpFn(Qmp *q, const Json *args, GString *ret, GError **err);

typedef struct QmpCmd {
    const char *name;
    const char *schema;   /* qmp_check_args */
    QmpFn *run;
} QmpCmd;

static bool fail(GError **err, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
static bool fail(GError **err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g_set_error_literal(err, QMP_ERROR, QMP_GENERIC, msg);
    g_free(msg);
    return false;
}

/* ---- arguments ---- */

static bool type_ok(const Json *v, const char *type)
{
    if (!strcmp(type, "any")) {
        return true;
    }
    if (!strcmp(type, "str")) {
        return v->type == JSON_STRING;
    }
    if (!strcmp(type, "bool")) {
        return v->type == JSON_BOOL;
    }
    if (!strcmp(type, "int")) {
        return v->type == JSON_INT;
    }
    if (!strcmp(type, "uint")) {
        return v->type == JSON_INT && !v->neg;
    }
    if (!strcmp(type, "strlist")) {
        if (v->type != JSON_ARRAY) {
            return false;
        }
        for (guint i = 0; i < v->items->len; i++) {
            if (((Json *)g_ptr_array_index(v->items, i))->type != JSON_STRING) {
                return false;
            }
        }
        return true;
    }
    return false;
}

static const char *type_word(const char *type)
{
    if (!strcmp(type, "str")) {
        return "string";
    }
    if (!strcmp(type, "bool")) {
        return "boolean";
    }
    if (!strcmp(type, "strlist")) {
        return "array";
    }
    return "integer";
}

bool qmp_check_args(const Json *args, const char *schema, GError **err)
{
    gchar **fields = g_strsplit(schema, ",", -1);
    bool ok = true;
    /* unknown members first, as QEMU's visitor reports them */
    for (guint i = 0; args && i < args->keys->len && ok; i++) {
        const char *k = g_ptr_array_index(args->keys, i);
        bool known = false;
        for (gchar **f = fields; *f && **f && !known; f++) {
            size_t n = strcspn(*f, ":");
            known = strlen(k) == n && !strncmp(*f, k, n);
        }
        if (!known) {
            ok = fail(err, "Parameter '%s' is unexpected", k);
        }
    }
    for (gchar **f = fields; *f && **f && ok; f++) {
        char *colon = strchr(*f, ':');
        *colon = 0;
        char *type = colon + 1;
        size_t tl = strlen(type);
        bool optional = tl && type[tl - 1] == '?';
        if (optional) {
            type[tl - 1] = 0;
        }
        const Json *v = json_get(args, *f);
        if (!v) {
            if (!optional) {
                ok = fail(err, "Parameter '%s' is missing", *f);
            }
        } else if (!type_ok(v, type)) {
            ok = fail(err, "Invalid parameter type for '%s', expected: %s",
                      *f, type_word(type));
        }
    }
    g_strfreev(fields);
    return ok;
}

const char *qmp_arg_str(const Json *args, const char *key)
{
    const Json *v = json_get(args, key);
    return v && v->type == JSON_STRING ? v->s : NULL;
}

bool qmp_arg_u64(const Json *args, const char *key, uint64_t *out)
{
    const Json *v = json_get(args, key);
    if (!v || v->type != JSON_INT) {
        return false;
    }
    *out = v->u;
    return true;
}

bool qmp_arg_bool(const Json *args, const char *key, bool def)
{
    const Json *v = json_get(args, key);
    return v && v->type == JSON_BOOL ? v->b : def;
}

static ReplayMode replay_mode(Qmp *q)
{
    return (ReplayMode)q->rr_mode;
}

bool qmp_refuse_in_replay(Qmp *q, const char *cmd, GError **err)
{
    if (replay_mode(q) == REPLAY_OFF) {
        return false;
    }
    fail(err, "%s changes the machine outside the replay journal: farad "
         "refuses it while recording or replaying", cmd);
    return true;
}

/* A command that changes the machine from outside: journalled when it
 * records, refused when it replays (snapshot/replay.h). */
static bool journal(Qmp *q, const char *name, GError **err)
{
    GError *e = NULL;
    if (!replay_log_command(q->m, name, &e)) {
        fail(err, "%s", e->message);
        g_error_free(e);
        return false;
    }
    return true;
}

/* ---- the run state ---- */

static bool cmd_capabilities(Qmp *q, const Json *args, GString *ret,
                             GError **err)
{
    (void)q;
    (void)ret;
    const Json *en = json_get(args, "enable");
    if (en && en->items->len) {
        const Json *c = g_ptr_array_index(en->items, 0);
        return fail(err, "Capability '%s' not available", c->s);
    }
    return true;
}

static bool cmd_query_status(Qmp *q, const Json *args, GString *ret,
                             GError **err)
{
    (void)args;
    (void)err;
    g_string_append_printf(ret, "{\"status\": \"%s\", \"singlestep\": false, "
                           "\"running\": %s}",
                           q->prelaunch ? "prelaunch"
                                        : q->paused ? "paused" : "running",
                           q->paused ? "false" : "true");
    return true;
}

static bool cmd_query_version(Qmp *q, const Json *args, GString *ret,
                              GError **err)
{
    (void)q;
    (void)args;
    (void)err;
    g_string_append(ret, "{\"qemu\": {\"micro\": 0, \"minor\": 2, "
                    "\"major\": 7}, \"package\": \"farad 0.1 "
                    "(QEMU-compatible QMP)\"}");
    return true;
}

static bool cmd_query_commands(Qmp *q, const Json *args, GString *ret,
                               GError **err);

static bool cmd_stop(Qmp *q, const Json *args, GString *ret, GError **err)
{
    (void)args;
    (void)ret;
    (void)err;
    qmp_pause(q, true);
    return true;
}

static bool cmd_cont(Qmp *q, const Json *args, GString *ret, GError **err)
{
    (void)args;
    (void)ret;
    (void)err;
    qmp_pause(q, false);
    return true;
}

static bool cmd_quit(Qmp *q, const Json *args, GString *ret, GError **err)
{
    (void)args;
    (void)ret;
    (void)err;
    q->shutdown_sent = true;
    qmp_event(q, "SHUTDOWN", "{\"guest\": false, \"reason\": "
              "\"host-qmp-quit\"}");
    q->request = QMP_REQ_QUIT;
    return true;
}

static bool cmd_system_reset(Qmp *q, const Json *args, GString *ret,
                             GError **err)
{
    (void)args;
    (void)ret;
    if (!journal(q, "system_reset", err)) {
        return false;
    }
    qmp_event(q, "RESET", "{\"guest\": false, \"reason\": "
              "\"host-qmp-system-reset\"}");
    q->request = QMP_REQ_RESET;
    return true;
}

static bool cmd_system_powerdown(Qmp *q, const Json *args, GString *ret,
                                 GError **err)
{
    (void)args;
    (void)ret;
    if (!journal(q, "system_powerdown", err)) {
        return false;
    }
    qmp_event(q, "POWERDOWN", NULL);
    spapr_event_powerdown(q->m);   /* an EPOW event for the guest */
    return true;
}

static bool cmd_query_cpus_fast(Qmp *q, const Json *args, GString *ret,
                                GError **err)
{
    (void)args;
    (void)err;
    g_string_append_c(ret, '[');
    for (int i = 0; i < q->m->cfg.smp; i++) {
        g_string_append_printf(ret, "%s{\"thread-id\": %d, \"props\": "
                               "{\"core-id\": %d, \"node-id\": 0}, "
                               "\"qom-path\": \"/machine/unattached/"
                               "device[%d]/thread[0]\", \"cpu-index\": %d, "
                               "\"target\": \"ppc64\"}", i ? ", " : "",
                               (int)getpid(), i, i + 1, i);
    }
    g_string_append_c(ret, ']');
    return true;
}

/* Through the HMP monitor: a monitor writing into a memory stream for
 * this one command line, sharing QMP's run state. */
static bool cmd_hmp(Qmp *q, const Json *args, GString *ret, GError **err)
{
    const char *line = qmp_arg_str(args, "command-line");
    uint64_t cpu = 0;
    bool cpu_given = qmp_arg_u64(args, "cpu-index", &cpu);
    if (cpu_given && cpu >= (uint64_t)q->m->cfg.smp) {
        return fail(err, "Parameter 'cpu-index' expects a CPU index");
    }
    static const char *const changers[] = {
        "loadvm",   /* system_reset/powerdown: journalled by the monitor */
    };
    const char *w = line + strspn(line, " \t");
    for (size_t i = 0; i < G_N_ELEMENTS(changers); i++) {
        size_t n = strlen(changers[i]);
        if (!strncmp(w, changers[i], n) && strchr(" \t", w[n]) &&
            qmp_refuse_in_replay(q, changers[i], err)) {
            return false;
        }
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    if (!out) {
        return fail(err, "human-monitor-command: out of memory");
    }
    Monitor *mon = monitor_new_capture(q->m, out, q->paused);
    monitor_set_cpu_index(mon, (int)cpu);
    monitor_run_line(mon, line);
    MonitorAction a = monitor_poll_nowait(mon);
    bool paused = monitor_paused(mon);
    monitor_free(mon);
    fclose(out);
    GString *text = g_string_new(NULL);
    for (size_t i = 0; i < len; i++) {   /* QEMU's monitor: \r\n lines */
        if (buf[i] == '\n') {
            g_string_append_c(text, '\r');
        }
        g_string_append_c(text, buf[i]);
    }
    free(buf);
    json_append_str(ret, text->str);
    g_string_free(text, TRUE);
    qmp_pause(q, paused);
    if (a == MONITOR_EXIT) {
        q->shutdown_sent = true;
        qmp_event(q, "SHUTDOWN", "{\"guest\": false, \"reason\": "
                  "\"host-qmp-quit\"}");
        q->request = QMP_REQ_QUIT;
    } else if (a == MONITOR_RESET) {
        qmp_event(q, "RESET", "{\"guest\": false, \"reason\": "
                  "\"host-qmp-system-reset\"}");
        q->request = QMP_REQ_RESET;
    }
    return true;
}

/* ---- replay ---- */

static bool cmd_query_replay(Qmp *q, const Json *args, GString *ret,
                             GError **err)
{
    (void)args;
    (void)err;
    ReplayMode mode = replay_mode(q);
    static const char *const names[] = { "none", "record", "play" };
    g_string_append_printf(ret, "{\"mode\": \"%s\"", names[mode]);
    if (mode != REPLAY_OFF && q->rr_file) {
        g_string_append(ret, ", \"filename\": ");
        json_append_str(ret, q->rr_file);
    }
    g_string_append_printf(ret, ", \"icount\": %" G_GUINT64_FORMAT "}",
                           machine_icount(q->m));
    return true;
}

static bool cmd_replay_break(Qmp *q, const Json *args, GString *ret,
                             GError **err)
{
    (void)ret;
    uint64_t t = 0;
    qmp_arg_u64(args, "icount", &t);
    if (replay_mode(q) != REPLAY_PLAY) {
        return fail(err, "setting the breakpoint is allowed only in play "
                    "mode");
    }
    if (t < machine_icount(q->m)) {
        return fail(err, "cannot set breakpoint at the instruction in the "
                    "past");
    }
    q->brk = t;
    q->brk_set = true;
    return true;
}

static bool cmd_replay_delete_break(Qmp *q, const Json *args, GString *ret,
                                    GError **err)
{
    (void)args;
    (void)ret;
    if (replay_mode(q) != REPLAY_PLAY) {
        return fail(err, "replay breakpoints are allowed only in play mode");
    }
    q->brk_set = false;
    return true;
}

static bool cmd_replay_seek(Qmp *q, const Json *args, GString *ret,
                            GError **err)
{
    (void)ret;
    uint64_t t = 0;
    qmp_arg_u64(args, "icount", &t);
    if (replay_mode(q) == REPLAY_OFF) {
        return fail(err, "replay must be enabled to seek");
    }
    GError *e = NULL;
    if (!replay_seek(q->m, t, &e)) {
        fail(err, "replay-seek: %s", e->message);
        g_error_free(e);
        return false;
    }
    qmp_pause(q, true);   /* as QEMU: the machine stops at the target */
    return true;
}

/* ---- memory and jobs (qmp-dump.c, qmp-jobs.c) ---- */

static bool cmd_memsave(Qmp *q, const Json *args, GString *ret, GError **err)
{
    (void)ret;
    return qmp_memsave(q, args, false, err);
}

static bool cmd_pmemsave(Qmp *q, const Json *args, GString *ret,
                         GError **err)
{
    (void)ret;
    return qmp_memsave(q, args, true, err);
}

static bool cmd_dump(Qmp *q, const Json *args, GString *ret, GError **err)
{
    (void)ret;
    return qmp_dump_guest_memory(q, args, err);
}

static bool cmd_snapshot_save(Qmp *q, const Json *args, GString *ret,
                              GError **err)
{
    (void)ret;
    return qmp_job_create(q, "snapshot-save", args, err);
}

static bool cmd_snapshot_load(Qmp *q, const Json *args, GString *ret,
                              GError **err)
{
    (void)ret;
    return qmp_job_create(q, "snapshot-load", args, err);
}

static bool cmd_snapshot_delete(Qmp *q, const Json *args, GString *ret,
                                GError **err)
{
    (void)ret;
    return qmp_job_create(q, "snapshot-delete", args, err);
}

static bool cmd_query_jobs(Qmp *q, const Json *args, GString *ret,
                           GError **err)
{
    (void)args;
    (void)err;
    qmp_query_jobs(q, ret);
    return true;
}

static bool cmd_job_dismiss(Qmp *q, const Json *args, GString *ret,
                            GError **err)
{
    (void)ret;
    return qmp_job_dismiss(q, qmp_arg_str(args, "id"), err);
}

static bool cmd_migrate(Qmp *q, const Json *args, GString *ret,
                        GError **err)
{
    (void)ret;
    return qmp_migrate(q, args, err);
}

static bool cmd_query_migrate(Qmp *q, const Json *args, GString *ret,
                              GError **err)
{
    (void)args;
    (void)err;
    qmp_query_migrate(q, ret);
    return true;
}

static bool cmd_migrate_incoming(Qmp *q, const Json *args, GString *ret,
                                 GError **err)
{
    (void)ret;
    return qmp_migrate_incoming(q, args, err);
}

static const QmpCmd commands[] = {
    { "qmp_capabilities", "enable:strlist?", cmd_capabilities },
    { "query-status", "", cmd_query_status },
    { "query-version", "", cmd_query_version },
    { "query-commands", "", cmd_query_commands },
    { "stop", "", cmd_stop },
    { "cont", "", cmd_cont },
    { "quit", "", cmd_quit },
    { "system_reset", "", cmd_system_reset },
    { "system_powerdown", "", cmd_system_powerdown },
    { "query-cpus-fast", "", cmd_query_cpus_fast },
    { "device_add", "*", qmp_device_add },   /* "*": free-form */
    { "device_del", "id:str", qmp_device_del },
    { "human-monitor-command", "command-line:str,cpu-index:int?", cmd_hmp },
    { "memsave", "val:uint,size:uint,filename:str,cpu-index:int?",
      cmd_memsave },
    { "pmemsave", "val:uint,size:uint,filename:str", cmd_pmemsave },
    { "dump-guest-memory", "paging:bool,protocol:str,detach:bool?,"
      "begin:uint?,length:uint?,format:str?", cmd_dump },
    { "snapshot-save", "job-id:str,tag:str,vmstate:str,devices:strlist",
      cmd_snapshot_save },
    { "snapshot-load", "job-id:str,tag:str,vmstate:str,devices:strlist",
      cmd_snapshot_load },
    { "snapshot-delete", "job-id:str,tag:str,devices:strlist",
      cmd_snapshot_delete },
    { "query-jobs", "", cmd_query_jobs },
    { "migrate", "uri:str,detach:bool?,blk:bool?,inc:bool?,resume:bool?",
      cmd_migrate },
    { "query-migrate", "", cmd_query_migrate },
    { "migrate-incoming", "uri:str", cmd_migrate_incoming },
    { "job-dismiss", "id:str", cmd_job_dismiss },
    { "query-replay", "", cmd_query_replay },
    { "replay-break", "icount:uint", cmd_replay_break },
    { "replay-delete-break", "", cmd_replay_delete_break },
    { "replay-seek", "icount:uint", cmd_replay_seek },
};

static bool cmd_query_commands(Qmp *q, const Json *args, GString *ret,
                               GError **err)
{
    (void)q;
    (void)args;
    (void)err;
    g_string_append_c(ret, '[');
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++) {
        g_string_append_printf(ret, "%s{\"name\": \"%s\"}", i ? ", " : "",
                               commands[i].name);
    }
    g_string_append_c(ret, ']');
    return true;
}

bool qmp_dispatch(Qmp *q, const char *name, const Json *args, GString *ret,
                  GError **err)
{
    for (size_t i = 0; i < G_N_ELEMENTS(commands); i++) {
        const QmpCmd *c = &commands[i];
        if (!strcmp(c->name, name)) {
            return (!strcmp(c->schema, "*") ||
                    qmp_check_args(args, c->schema, err)) &&
                   c->run(q, args, ret, err);
        }
    }
    g_set_error(err, QMP_ERROR, QMP_COMMAND_NOT_FOUND,
                "The command %s has not been found", name);
    return false;
}
