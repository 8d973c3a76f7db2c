/* SPDX-License-Identifier: MIT */
/*
 * Whole-machine save and load: the list of sections a machine has
 * (machine, cpu, spapr, every device with a description, subsections,
 * plugin blobs), RAM as content-addressed pages, the state hash, and the
 * two-phase load (read and validate everything into scratch memory,
 * then apply, which cannot fail).
 */
#include <inttypes.h>
#include <string.h>

#include "snap-int.h"
#include "snap-platform.h"
#include "core/machine/machine-types.h"
#include "core/machine/platform.h"
#include "core/machine/spapr.h"
#include "core/machine/device.h"
#include "core/machine/spapr-irq.h"
#include "core/machine/xics.h"
#include "core/machine/xive.h"
#include "cpu-ppc/cpu-snap.h"
#include "core/machine/spapr-drc.h"
#include "core/net/net.h"
#include "pci/spapr-phb.h"
#include "plugins/host.h"

#define RAM_BLOCK_NAME "ppc_spapr.ram"   /* QEMU's name for the block */
#define HASH_LEN 32                      /* SHA-256 */
#define PLUGIN_SECTION "plugins"

/* A section instance: its description, object and values. */
typedef struct SecVals {
    const SnapSection *sec;   /* NULL: plugin blobs */
    void *base;
    char *name;
    uint32_t instance;
    uint32_t version;
    GPtrArray *vals;
} SecVals;

static void secvals_free(gpointer p)
{
    SecVals *s = p;
    g_free(s->name);
    if (s->vals) {
        g_ptr_array_unref(s->vals);
    }
    g_free(s);
}

/* Every section target of m in save order. ms must outlive the array. */
static GArray *machine_targets(Machine *m, SnapMachineState *ms)
{
    GArray *t = g_array_new(FALSE, TRUE, sizeof(SnapTarget));
    ms->icount = machine_icount(m);
    ms->ram_size = m->ram_size;
    ms->tb_shift = m->cpu->tb_shift;
    ms->ncpus = 0;
    ms->round_end = m->round_end;
    ms->turn = (uint32_t)m->turn;
    SnapTarget x = { &snap_machine_section, ms, 0 };
    g_array_append_val(t, x);
    for (int i = 0; machine_cpu(m, i) && i < SNAP_MAX_CPUS; i++) {
        PpcCpu *c = machine_cpu(m, i);
        ms->ncpus++;
        ms->vcpu[i].icount = ppc_icount(c);
        ms->vcpu[i].idle = c->idle;
        x = (SnapTarget){ &ppc_cpu_snap, c, (uint32_t)i };
        g_array_append_val(t, x);
        x = (SnapTarget){ &snap_vcpu_section, &ms->vcpu[i], (uint32_t)i };
        g_array_append_val(t, x);
    }
    x = (SnapTarget){ &snap_spapr_section, m->spapr, 0 };
    g_array_append_val(t, x);
    Xics *xics = spapr_xics(m);
    if (xics) {
        x = (SnapTarget){ &xics_ics_snap, xics_ics_state(xics), 0 };
        g_array_append_val(t, x);
        for (int i = 0; xics_icp_state(xics, i); i++) {
            x = (SnapTarget){ &xics_icp_snap, xics_icp_state(xics, i),
                              (uint32_t)i };
            g_array_append_val(t, x);
        }
    }
    Xive *xive = spapr_xive(m);
    if (xive) {
        x = (SnapTarget){ &xive_snap, xive, 0 };
        g_array_append_val(t, x);
        for (int i = 0; xive_tctx_state(xive, i); i++) {
            x = (SnapTarget){ &xive_tctx_snap, xive_tctx_state(xive, i),
                              (uint32_t)i };
            g_array_append_val(t, x);
        }
    }
    GHashTable *inst = g_hash_table_new(g_str_hash, g_str_equal);
    for (Device *d = m->devices; d; d = d->next) {
        const SnapSection *s = d->cls->snap;
        if (!s) {
            continue;
        }
        guint n = GPOINTER_TO_UINT(g_hash_table_lookup(inst, s->name));
        g_hash_table_insert(inst, (gpointer)s->name, GUINT_TO_POINTER(n + 1));
        x = (SnapTarget){ s, d, n };
        g_array_append_val(t, x);
    }
    /* the PCI device set device_add / device_del made */
    if (m->spapr) {
        x = (SnapTarget){ &pci_hotplug_set_snap, pci_hotplug_set_state(m),
                          0 };
        g_array_append_val(t, x);
    }
    /* each PHB's TCE table (not in its "spapr_pci" section, whose
     * layout is QEMU's) */
    uint32_t nphb = 0;
    for (Device *d = m->devices; d; d = d->next) {
        if (d->cls == &spapr_phb_class) {
            x = (SnapTarget){ &spapr_phb_tce_snap, d, nphb++ };
            g_array_append_val(t, x);
        }
    }
    /* each user netdev's libslirp state (host-side: not hashed) */
    NetDev *nd;
    for (uint32_t i = 0; (nd = net_user_nth(m, i)); i++) {
        x = (SnapTarget){ &net_user_snap, net_user_state(nd), i };
        g_array_append_val(t, x);
    }
    g_hash_table_destroy(inst);
    return t;
}

bool snap_section_host_side(const char *name)
{
    return !strcmp(name, net_user_snap.name);
}

static void plugin_blob(void *opaque, const char *name, const void *data,
                        size_t len)
{
    snap_vals_add_bytes(opaque, name, data, len);
}

/* The values of every section of m (pre_save hooks run). */
static GPtrArray *collect_sections(Machine *m)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(secvals_free);
    SnapMachineState ms;
    GArray *t = machine_targets(m, &ms);
    for (guint i = 0; i < t->len; i++) {
        SnapTarget *x = &g_array_index(t, SnapTarget, i);
        if (x->sec->needed && !x->sec->needed(x->base)) {
            continue;
        }
        SecVals *s = g_new0(SecVals, 1);
        s->sec = x->sec;
        s->base = x->base;
        s->name = g_strdup(x->sec->name);
        s->instance = x->instance;
        s->version = x->sec->version;
        s->vals = snap_vals_new();
        snap_section_save(x->sec, x->base, s->vals);
        g_ptr_array_add(out, s);
        for (const SnapSection *const *sub = x->sec->subsections; sub && *sub;
             sub++) {
            if ((*sub)->needed && !(*sub)->needed(x->base)) {
                continue;
            }
            SecVals *ss = g_new0(SecVals, 1);
            ss->sec = *sub;
            ss->base = x->base;
            ss->name = g_strdup((*sub)->name);
            ss->instance = x->instance;
            ss->version = (*sub)->version;
            ss->vals = snap_vals_new();
            snap_section_save(*sub, x->base, ss->vals);
            g_ptr_array_add(out, ss);
        }
    }
    g_array_free(t, TRUE);
    if (m->plugins) {
        SecVals *s = g_new0(SecVals, 1);
        s->name = g_strdup(PLUGIN_SECTION);
        s->version = 1;
        s->vals = snap_vals_new();
        plugins_snapshot_save(m->plugins, plugin_blob, s->vals);
        if (s->vals->len) {
            g_ptr_array_add(out, s);
        } else {
            secvals_free(s);
        }
    }
    return out;
}

/* Page i of RAM is all zero? */
static bool page_zero(const uint8_t *p)
{
    static const uint8_t zero[64];
    for (unsigned o = 0; o < SNAP_PAGE_SIZE; o += 64) {
        if (memcmp(p + o, zero, 64)) {
            return false;
        }
    }
    return true;
}

typedef struct PageRef {
    uint64_t idx;
    uint8_t hash[HASH_LEN];
    const uint8_t *data;
} PageRef;

static void sha256(GChecksum *c, const uint8_t *p, size_t n, uint8_t *out)
{
    gsize len = HASH_LEN;
    g_checksum_reset(c);
    g_checksum_update(c, p, (gssize)n);
    g_checksum_get_digest(c, out, &len);
}

/* Non-zero pages of RAM with their hashes. */
static GArray *ram_pages(const uint8_t *ram, uint64_t size)
{
    GArray *a = g_array_new(FALSE, FALSE, sizeof(PageRef));
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    for (uint64_t i = 0; i < size / SNAP_PAGE_SIZE; i++) {
        const uint8_t *p = ram + i * SNAP_PAGE_SIZE;
        if (page_zero(p)) {
            continue;
        }
        PageRef r = { .idx = i, .data = p };
        sha256(c, p, SNAP_PAGE_SIZE, r.hash);
        g_array_append_val(a, r);
    }
    g_checksum_free(c);
    return a;
}

/* The state hash over sections, page hashes and the drives' overlays. */
static char *state_hash(GPtrArray *secs, uint64_t ram_size, GArray *pages,
                        const GPtrArray *disks)
{
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    for (guint i = 0; i < secs->len; i++) {
        SecVals *s = secs->pdata[i];
        if (!snap_section_host_side(s->name)) {
            snap_hash_section(c, s->name, s->instance, s->version, s->vals);
        }
    }
    g_checksum_update(c, (const guchar *)RAM_BLOCK_NAME,
                      sizeof(RAM_BLOCK_NAME));
    g_checksum_update(c, (const guchar *)&ram_size, sizeof(ram_size));
    for (guint i = 0; i < pages->len; i++) {
        PageRef *r = &g_array_index(pages, PageRef, i);
        g_checksum_update(c, (const guchar *)&r->idx, sizeof(r->idx));
        g_checksum_update(c, r->hash, HASH_LEN);
    }
    snap_disks_hash(c, disks);
    char *h = g_strdup(g_checksum_get_string(c));
    g_checksum_free(c);
    return h;
}

char *snap_state_hash(Machine *m)
{
    GPtrArray *secs = collect_sections(m);
    GArray *pages = ram_pages(m->ram, m->ram_size);
    GPtrArray *disks = snap_disks_collect(m);
    char *h = state_hash(secs, m->ram_size, pages, disks);
    g_ptr_array_unref(disks);
    g_array_free(pages, TRUE);
    g_ptr_array_unref(secs);
    return h;
}

/* Every section of m except RAM as text, one "cpu0.gpr[3]=0x..." line
 * per field (long byte fields as their length and SHA-256): the light
 * state record/replay compares and diffs (snapshot/replay.c). */
char *snap_state_text(Machine *m)
{
    GPtrArray *secs = collect_sections(m);
    GString *t = g_string_new(NULL);
    for (guint i = 0; i < secs->len; i++) {
        SecVals *s = secs->pdata[i];
        if (snap_section_host_side(s->name)) {
            continue;
        }
        for (guint k = 0; k < s->vals->len; k++) {
            SnapVal *v = s->vals->pdata[k];
            g_string_append_printf(t, "%s%u.%s=", s->name, s->instance,
                                   v->name);
            if (v->kind != SV_BYTES) {
                g_string_append_printf(t, "0x%" G_GINT64_MODIFIER "x\n",
                                       v->u);
                continue;
            }
            gsize n;
            const guchar *p = g_bytes_get_data(v->bytes, &n);
            if (n <= 32) {
                for (gsize j = 0; j < n; j++) {
                    g_string_append_printf(t, "%02x", p[j]);
                }
                g_string_append_c(t, '\n');
            } else {
                g_autofree char *h = g_compute_checksum_for_data(
                    G_CHECKSUM_SHA256, p, n);
                g_string_append_printf(t, "%zu bytes sha256 %.16s\n",
                                       (size_t)n, h);
            }
        }
    }
    g_ptr_array_unref(secs);
    return g_string_free(t, FALSE);
}

/* ---- save ---- */

/* Look up a snapshot id by name: 1 found, 0 not found, -1 error. */
static int find_snapshot(SnapDb *db, const char *name, int64_t *id,
                         GError **err)
{
    sqlite3_stmt *st;
    int rc = snap_db_prepare(db, "SELECT id FROM snapshot WHERE name = ?",
                             &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
        rc = snap_db_step(db, st);
    }
    int found = 0;
    if (rc == SQLITE_ROW) {
        *id = sqlite3_column_int64(st, 0);
        found = 1;
    } else if (rc != SQLITE_DONE) {
        snap_db_error(db, rc, "find snapshot", err);
        found = -1;
    }
    sqlite3_finalize(st);
    return found;
}

/* Run a prepared statement to completion, finalize it. */
static bool run(SnapDb *db, sqlite3_stmt *st, int rc, const char *what,
                GError **err)
{
    if (rc == SQLITE_OK) {
        rc = snap_db_step(db, st);
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ||
           snap_db_error(db, rc, what, err);
}

static bool insert_section(SnapDb *db, int64_t snap, int seq, SecVals *s,
                           GError **err)
{
    sqlite3_stmt *st;
    int rc = snap_db_prepare(db, "INSERT INTO section(snapshot, seq, name, "
                             "instance, version) VALUES(?,?,?,?,?)", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, snap);
        sqlite3_bind_int(st, 2, seq);
        sqlite3_bind_text(st, 3, s->name, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 4, s->instance);
        sqlite3_bind_int64(st, 5, s->version);
    }
    if (!run(db, st, rc, "insert section", err)) {
        return false;
    }
    int64_t sec = sqlite3_last_insert_rowid(db->db);
    rc = snap_db_prepare(db, "INSERT INTO field(section, seq, name, type, "
                         "value) VALUES(?,?,?,?,?)", &st);
    for (guint i = 0; rc == SQLITE_OK && i < s->vals->len; i++) {
        SnapVal *v = s->vals->pdata[i];
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, sec);
        sqlite3_bind_int(st, 2, (int)i);
        sqlite3_bind_text(st, 3, v->name, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, snap_kind_name(v->kind), -1, SQLITE_STATIC);
        if (v->kind == SV_BYTES) {
            gsize n;
            const void *p = g_bytes_get_data(v->bytes, &n);
            if (n) {
                sqlite3_bind_blob(st, 5, p, (int)n, SQLITE_STATIC);
            } else {
                sqlite3_bind_zeroblob(st, 5, 0);
            }
        } else {
            sqlite3_bind_int64(st, 5, (int64_t)v->u);
        }
        rc = snap_db_step(db, st);
        if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK || snap_db_error(db, rc, "insert field", err);
}

static bool insert_ram(SnapDb *db, int64_t snap, uint64_t size, GArray *pages,
                       GError **err)
{
    sqlite3_stmt *st;
    int rc = snap_db_prepare(db, "INSERT INTO ram_block(snapshot, name, size) "
                             "VALUES(?,?,?)", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, snap);
        sqlite3_bind_text(st, 2, RAM_BLOCK_NAME, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 3, (int64_t)size);
    }
    if (!run(db, st, rc, "insert ram block", err)) {
        return false;
    }
    int64_t block = sqlite3_last_insert_rowid(db->db);
    SnapPageRefs w;
    rc = snap_page_refs_prepare(db, "INSERT INTO ram_page(block, idx, page) "
                                "VALUES(?,?,?)", &w);
    for (guint i = 0; rc == SQLITE_OK && i < pages->len; i++) {
        PageRef *r = &g_array_index(pages, PageRef, i);
        rc = snap_page_refs_add(db, &w, block, r->idx, r->hash, r->data,
                                SNAP_PAGE_SIZE);
    }
    snap_page_refs_finish(&w);
    return rc == SQLITE_OK || snap_db_error(db, rc, "insert ram pages", err);
}

/* The machine's snapshot bookkeeping (the last snapshot saved/loaded). */
static char **last_name(Machine *m)
{
    return &m->snap_last;
}

bool snap_save(Machine *m, SnapDb *db, const char *name,
               const SnapSaveOpts *opts, GError **err)
{
    static const SnapSaveOpts none;
    if (!opts) {
        opts = &none;
    }
    if (!name || !*name) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "snapshot name must not be empty");
        return false;
    }
    if (opts->host_stamp && db->schema < 2) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: schema %d has no creation stamp column", db->path,
                    db->schema);
        return false;
    }
    if (!snap_disks_writable_check(m, err)) {
        return false;
    }
    GPtrArray *secs = collect_sections(m);
    GArray *pages = ram_pages(m->ram, m->ram_size);
    GPtrArray *disks = snap_disks_collect(m);
    char *hash = state_hash(secs, m->ram_size, pages, disks);
    const char *parent = opts->parent ? opts->parent : *last_name(m);
    bool ok = snap_db_begin(db, err);
    int64_t id = 0, pid = 0;
    int found = 0, pfound = 0;
    if (ok) {
        found = find_snapshot(db, name, &id, err);
        ok = found >= 0;
    }
    if (ok && found && !opts->replace) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: snapshot '%s' already exists", db->path, name);
        ok = false;
    }
    if (ok && parent) {
        pfound = find_snapshot(db, parent, &pid, err);
        ok = pfound >= 0;
        if (ok && opts->parent && !pfound) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "%s: parent snapshot '%s' does not exist", db->path,
                        parent);
            ok = false;
        }
        if (ok && found && pid == id) {
            pfound = 0;   /* replacing the parent itself: keep its parent */
        }
    }
    if (ok && found) {
        sqlite3_stmt *st;
        int rc = snap_db_prepare(db, "UPDATE snapshot SET parent = "
                                 "(SELECT parent FROM snapshot WHERE id = ?1) "
                                 "WHERE parent = ?1", &st);
        if (rc == SQLITE_OK) {
            sqlite3_bind_int64(st, 1, id);
        }
        ok = run(db, st, rc, "re-parent", err);
        if (ok) {
            rc = snap_db_prepare(db, "DELETE FROM snapshot WHERE id = ?", &st);
            if (rc == SQLITE_OK) {
                sqlite3_bind_int64(st, 1, id);
            }
            ok = run(db, st, rc, "replace snapshot", err);
        }
    }
    if (ok) {
        sqlite3_stmt *st;
        g_autofree char *stamp = NULL;
        if (opts->host_stamp) {
            GDateTime *now = g_date_time_new_now_utc();
            stamp = g_date_time_format_iso8601(now);
            g_date_time_unref(now);
        }
        int rc = snap_db_prepare(db, db->schema >= 2 ?
                                 "INSERT INTO snapshot(parent, name, "
                                 "machine_type, icount, state_hash, note, "
                                 "created) VALUES(?,?,?,?,?,?,?)" :
                                 "INSERT INTO snapshot(parent, name, "
                                 "machine_type, icount, state_hash, note) "
                                 "VALUES(?,?,?,?,?,?)", &st);
        if (rc == SQLITE_OK) {
            if (pfound) {
                sqlite3_bind_int64(st, 1, pid);
            }
            sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 3, m->type->name, -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, 4, (int64_t)machine_icount(m));
            sqlite3_bind_text(st, 5, hash, -1, SQLITE_STATIC);
            if (opts->note) {
                sqlite3_bind_text(st, 6, opts->note, -1, SQLITE_STATIC);
            }
            if (stamp) {
                sqlite3_bind_text(st, 7, stamp, -1, SQLITE_STATIC);
            }
        }
        ok = run(db, st, rc, "insert snapshot", err);
        id = sqlite3_last_insert_rowid(db->db);
    }
    for (guint i = 0; ok && i < secs->len; i++) {
        ok = insert_section(db, id, (int)i, secs->pdata[i], err);
    }
    if (ok) {
        ok = insert_ram(db, id, m->ram_size, pages, err);
    }
    if (ok) {
        ok = snap_disks_insert(db, id, disks, err);
    }
    if (ok) {
        ok = snap_db_commit(db, err);
    } else {
        snap_db_rollback(db);
    }
    if (ok) {
        g_free(*last_name(m));
        *last_name(m) = g_strdup(name);
    }
    g_free(hash);
    g_ptr_array_unref(disks);
    g_array_free(pages, TRUE);
    g_ptr_array_unref(secs);
    return ok;
}

/* ---- load ---- */

typedef struct Loaded {
    char *machine_type;
    uint64_t icount;
    char *state_hash;
    GPtrArray *secs;          /* SecVals, in saved order */
    GArray *pages;            /* PageRef, data pointing into page_data */
    GByteArray *page_data;
    uint64_t ram_size;
    GPtrArray *disks;         /* SnapDisk, with their overlays */
    GPtrArray *tce_empty;     /* PHBs whose TCE table the file has empty
                                 (no section): emptied at the apply */
} Loaded;

static void loaded_clear(Loaded *l)
{
    g_free(l->machine_type);
    g_free(l->state_hash);
    if (l->secs) {
        g_ptr_array_unref(l->secs);
    }
    if (l->pages) {
        g_array_free(l->pages, TRUE);
    }
    if (l->disks) {
        g_ptr_array_unref(l->disks);
    }
    if (l->page_data) {
        g_byte_array_unref(l->page_data);
    }
    if (l->tce_empty) {
        g_ptr_array_free(l->tce_empty, TRUE);
    }
}

static bool corrupt(SnapDb *db, GError **err, const char *fmt, ...)
    G_GNUC_PRINTF(3, 4);
static bool corrupt(SnapDb *db, GError **err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    g_autofree char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE, "%s: %s", db->path, msg);
    return false;
}

/* Read snapshot id's sections and fields. */
static bool read_sections(SnapDb *db, int64_t id, Loaded *l, GError **err)
{
    sqlite3_stmt *st;
    int rc = snap_db_prepare(db, "SELECT s.id, s.name, s.instance, s.version, "
                             "f.name, f.type, f.value FROM section s LEFT JOIN "
                             "field f ON f.section = s.id WHERE s.snapshot = ? "
                             "ORDER BY s.seq, f.seq", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
    }
    l->secs = g_ptr_array_new_with_free_func(secvals_free);
    int64_t cur = -1;
    SecVals *s = NULL;
    while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        int64_t sid = sqlite3_column_int64(st, 0);
        if (sid != cur) {
            cur = sid;
            s = g_new0(SecVals, 1);
            s->name = g_strdup((const char *)sqlite3_column_text(st, 1));
            int64_t inst = sqlite3_column_int64(st, 2);
            int64_t ver = sqlite3_column_int64(st, 3);
            s->vals = snap_vals_new();
            g_ptr_array_add(l->secs, s);
            if (!s->name || inst < 0 || inst > UINT32_MAX || ver < 0 ||
                ver > UINT32_MAX) {
                sqlite3_finalize(st);
                return corrupt(db, err, "section row %" G_GINT64_FORMAT
                               " is malformed", sid);
            }
            s->instance = (uint32_t)inst;
            s->version = (uint32_t)ver;
        }
        if (sqlite3_column_type(st, 4) == SQLITE_NULL) {
            continue;   /* a section without fields */
        }
        const char *fname = (const char *)sqlite3_column_text(st, 4);
        int kind = snap_kind_parse((const char *)sqlite3_column_text(st, 5));
        int ctype = sqlite3_column_type(st, 6);
        if (!fname || kind < 0 ||
            (kind == SV_BYTES ? ctype != SQLITE_BLOB : ctype != SQLITE_INTEGER)) {
            sqlite3_finalize(st);
            return corrupt(db, err, "section %s: field %s has a malformed "
                           "type or value", s->name, fname ? fname : "?");
        }
        if (kind == SV_BYTES) {
            snap_vals_add_bytes(s->vals, fname, sqlite3_column_blob(st, 6),
                                (size_t)sqlite3_column_bytes(st, 6));
        } else {
            snap_vals_add_u(s->vals, fname, kind,
                            (uint64_t)sqlite3_column_int64(st, 6));
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE || snap_db_error(db, rc, "read sections", err);
}

/* The RAM size the snapshot's "machine" section records (0: none). */
static uint64_t machine_section_ram_size(const Loaded *l)
{
    for (guint i = 0; l->secs && i < l->secs->len; i++) {
        SecVals *sv = l->secs->pdata[i];
        for (guint j = 0; sv->vals && !strcmp(sv->name, "machine") &&
             j < sv->vals->len; j++) {
            SnapVal *v = sv->vals->pdata[j];
            if (!strcmp(v->name, "ram_size")) {
                return v->u;
            }
        }
    }
    return 0;
}

/* The RAM block's size where it enters: a non-zero multiple of the
 * page size, equal to the machine section's ram_size. */
static bool check_ram_block_size(SnapDb *db, const Loaded *l, GError **err)
{
    uint64_t want = machine_section_ram_size(l);
    if (want && l->ram_size != want) {
        return corrupt(db, err, "RAM block '%s' has size 0x%" PRIx64 ", the "
                       "machine section's ram_size 0x%" PRIx64 " expected",
                       RAM_BLOCK_NAME, l->ram_size, want);
    }
    if (!l->ram_size || l->ram_size % SNAP_PAGE_SIZE) {
        return corrupt(db, err, "RAM block '%s' has size 0x%" PRIx64 ", a "
                       "non-zero multiple of %u expected", RAM_BLOCK_NAME,
                       l->ram_size, SNAP_PAGE_SIZE);
    }
    return true;
}

static bool read_ram(SnapDb *db, int64_t id, Loaded *l, GError **err)
{
    sqlite3_stmt *st;
    int rc = snap_db_prepare(db, "SELECT id, name, size FROM ram_block "
                             "WHERE snapshot = ?", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
    }
    int64_t block = -1;
    int nblocks = 0;
    while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        const char *n = (const char *)sqlite3_column_text(st, 1);
        if (!n || strcmp(n, RAM_BLOCK_NAME)) {
            sqlite3_finalize(st);
            return corrupt(db, err, "unknown RAM block '%s'", n ? n : "?");
        }
        block = sqlite3_column_int64(st, 0);
        l->ram_size = (uint64_t)sqlite3_column_int64(st, 2);
        nblocks++;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        return snap_db_error(db, rc, "read ram block", err);
    }
    if (nblocks != 1) {
        return corrupt(db, err, "snapshot has %d RAM blocks, 1 expected",
                       nblocks);
    }
    if (!check_ram_block_size(db, l, err)) {
        return false;
    }
    rc = snap_db_prepare(db, "SELECT r.idx, p.hash, p.data FROM ram_page r "
                         "JOIN page p ON p.id = r.page WHERE r.block = ? "
                         "ORDER BY r.idx", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, block);
    }
    l->pages = g_array_new(FALSE, FALSE, sizeof(PageRef));
    l->page_data = g_byte_array_new();
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    bool ok = true;
    int64_t prev = -1;
    while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        PageRef r = { .idx = (uint64_t)sqlite3_column_int64(st, 0) };
        uint8_t h[HASH_LEN] = { 0 }, real[HASH_LEN];
        const void *hp = sqlite3_column_blob(st, 1);
        int hl = sqlite3_column_bytes(st, 1);
        if (hp && hl == HASH_LEN) {
            memcpy(h, hp, HASH_LEN);
        }
        const void *d = sqlite3_column_blob(st, 2);
        int dl = sqlite3_column_bytes(st, 2);
        if ((int64_t)r.idx <= prev || r.idx >= l->ram_size / SNAP_PAGE_SIZE) {
            ok = corrupt(db, err, "RAM page %" G_GUINT64_FORMAT " lies "
                         "outside RAM block '%s' of 0x%" PRIx64 " bytes",
                         r.idx, RAM_BLOCK_NAME, l->ram_size);
            break;
        }
        if (hl != HASH_LEN || dl != SNAP_PAGE_SIZE || !d) {
            ok = corrupt(db, err, "RAM page %" G_GUINT64_FORMAT " is "
                         "malformed (hash %d bytes, data %d bytes)", r.idx,
                         hl, dl);
            break;
        }
        sha256(c, d, SNAP_PAGE_SIZE, real);
        if (memcmp(real, h, HASH_LEN)) {
            ok = corrupt(db, err, "RAM page %" G_GUINT64_FORMAT " does not "
                         "match its hash", r.idx);
            break;
        }
        prev = (int64_t)r.idx;
        memcpy(r.hash, h, HASH_LEN);
        g_byte_array_append(l->page_data, d, SNAP_PAGE_SIZE);
        g_array_append_val(l->pages, r);
    }
    g_checksum_free(c);
    sqlite3_finalize(st);
    if (!ok) {
        return false;
    }
    if (rc != SQLITE_DONE) {
        return snap_db_error(db, rc, "read ram pages", err);
    }
    for (guint i = 0; i < l->pages->len; i++) {
        g_array_index(l->pages, PageRef, i).data =
            l->page_data->data + (size_t)i * SNAP_PAGE_SIZE;
    }
    return true;
}

/* Read snapshot `name` completely. */
static bool read_snapshot(SnapDb *db, const char *name, Loaded *l,
                          GError **err)
{
    sqlite3_stmt *st;
    int rc = snap_db_prepare(db, "SELECT id, machine_type, icount, state_hash "
                             "FROM snapshot WHERE name = ?", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
        rc = snap_db_step(db, st);
    }
    int64_t id = 0;
    if (rc == SQLITE_ROW) {
        id = sqlite3_column_int64(st, 0);
        /* "pseries" in a file meant pseries-2.8 when it was written */
        l->machine_type = g_strdup(machine_type_legacy_name(
            (const char *)sqlite3_column_text(st, 1)));
        l->icount = (uint64_t)sqlite3_column_int64(st, 2);
        l->state_hash = g_strdup((const char *)sqlite3_column_text(st, 3));
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: no snapshot named '%s'", db->path, name);
        return false;
    }
    if (rc != SQLITE_ROW) {
        return snap_db_error(db, rc, "read snapshot", err);
    }
    if (!l->machine_type || !l->state_hash) {
        return corrupt(db, err, "snapshot '%s' row is malformed", name);
    }
    /* one read transaction: a consistent view of the file */
    if (!read_sections(db, id, l, err) || !read_ram(db, id, l, err)) {
        return false;
    }
    l->disks = snap_disks_read(db, id, true, err);
    return l->disks != NULL;
}

/* The description that loads version `version` of sec: sec itself, or
 * one of its frozen older layouts (SnapSection.older). A version neither
 * loads is left to sec, whose check reports it. */
static const SnapSection *description_for(const SnapSection *sec,
                                          uint32_t version)
{
    for (const SnapSection *const *o = sec->older; o && *o; o++) {
        if (version >= (*o)->min_version && version <= (*o)->version) {
            return *o;
        }
    }
    return sec;
}

static const SnapField *field_by_name(const SnapSection *sec,
                                      const char *name)
{
    for (const SnapField *f = sec->fields; f->name; f++) {
        if (!strcmp(f->name, name)) {
            return f;
        }
    }
    return NULL;
}

const char *snap_field_renamed(const char *section, uint32_t version,
                               const char *field)
{
    /* sections every machine has (device sections have no older
     * layouts yet; their classes are the board's) */
    static const SnapSection *const fixed[] = {
        &snap_machine_section, &ppc_cpu_snap,
    };
    const SnapSection *cur = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(fixed); i++) {
        if (!strcmp(fixed[i]->name, section)) {
            cur = fixed[i];
        }
    }
    const SnapSection *o = cur ? description_for(cur, version) : NULL;
    if (!o || o == cur) {
        return NULL;
    }
    const SnapField *f = field_by_name(o, field);
    for (const SnapField *c = cur->fields; f && c->name; c++) {
        if (c->offset == f->offset && c->type == f->type &&
            !(c->flags & SNAP_F_DERIVED) && strcmp(c->name, f->name)) {
            return c->name;
        }
    }
    return NULL;
}

/* Match the loaded sections to m's targets and check them all. */
static bool check_loaded(Machine *m, Loaded *l, SnapMachineState *live_ms,
                         GError **err)
{
    GArray *t = machine_targets(m, live_ms);
    bool ok = true;
    GHashTable *used = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (guint i = 0; ok && i < l->secs->len; i++) {
        SecVals *s = l->secs->pdata[i];
        if (!strcmp(s->name, PLUGIN_SECTION)) {
            continue;   /* given to the plugins that are loaded, if any */
        }
        for (guint k = 0; k < t->len && !s->sec; k++) {
            SnapTarget *x = &g_array_index(t, SnapTarget, k);
            if (x->instance != s->instance) {
                continue;
            }
            if (!strcmp(x->sec->name, s->name)) {
                s->sec = x->sec;
                s->base = x->base;
                g_hash_table_add(used, x);
            }
            for (const SnapSection *const *sub = x->sec->subsections;
                 !s->sec && sub && *sub; sub++) {
                if (!strcmp((*sub)->name, s->name)) {
                    s->sec = *sub;
                    s->base = x->base;
                }
            }
        }
        if (!s->sec) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                        "section '%s' instance %u in the snapshot does not "
                        "exist on this machine", s->name, s->instance);
            ok = false;
            break;
        }
        s->sec = description_for(s->sec, s->version);
        GHashTable *idx = snap_vals_index(s->vals);
        ok = snap_section_check(s->sec, s->base, s->version, idx, NULL, err);
        g_hash_table_destroy(idx);
    }
    /* A section the snapshot lacks (a device newer than the file, as in
     * QEMU) keeps its current state; the core ones and those marked
     * required (PCI devices) must be there. */
    for (guint k = 0; ok && k < t->len; k++) {
        SnapTarget *x = &g_array_index(t, SnapTarget, k);
        if (!g_hash_table_contains(used, x) &&
            (x->sec == &snap_machine_section || x->sec == &ppc_cpu_snap ||
             x->sec == &snap_vcpu_section || x->sec->required)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                        "section '%s' instance %u is missing from the "
                        "snapshot%s", x->sec->name, x->instance,
                        x->sec->required ? " (taken without this device)"
                                         : "");
            ok = false;
        }
    }
    /* a PHB whose TCE table was empty at the save has no section: it
     * loads empty (at the apply: a check must change nothing) */
    if (!l->tce_empty) {
        l->tce_empty = g_ptr_array_new();
    }
    g_ptr_array_set_size(l->tce_empty, 0);
    for (guint k = 0; ok && k < t->len; k++) {
        SnapTarget *x = &g_array_index(t, SnapTarget, k);
        if (!g_hash_table_contains(used, x) &&
            x->sec == &spapr_phb_tce_snap) {
            g_ptr_array_add(l->tce_empty, x->base);
        }
    }
    g_hash_table_destroy(used);
    g_array_free(t, TRUE);
    return ok;
}

/* The turn of a "machine" section version 1 (or a turn out of range),
 * whose CPUs each ran to the end of a round (round_end) in CPU order:
 * the first CPU that had not reached it continues to it; when all had,
 * the last one's turn is over. (With one CPU: CPU 0, as always.) */
static int v1_turn(const SnapMachineState *ms)
{
    for (uint32_t i = 0; i < ms->ncpus; i++) {
        if (ms->vcpu[i].icount + ms->vcpu[i].idle < ms->round_end) {
            return (int)i;
        }
    }
    return ms->ncpus ? (int)ms->ncpus - 1 : 0;
}

/* The device set recorded among secs (a snapshot's sections), or NULL
 * (its set is the command line's). */
static const SnapVal *recorded_device_set(const GPtrArray *secs)
{
    for (guint i = 0; i < secs->len; i++) {
        const SecVals *s = secs->pdata[i];
        if (strcmp(s->name, pci_hotplug_set_snap.name)) {
            continue;
        }
        for (guint k = 0; k < s->vals->len; k++) {
            const SnapVal *v = s->vals->pdata[k];
            if (!strcmp(v->name, "devices") && v->bytes) {
                return v;
            }
        }
    }
    return NULL;
}

/* Rebuild m's PCI device set as recorded among secs (see
 * pci_hotplug_set_restore); err names the snapshot. */
static bool restore_device_set(Machine *m, const char *snapshot,
                               const GPtrArray *secs, GError **err)
{
    static const uint8_t none[1];
    const SnapVal *set = recorded_device_set(secs);
    gsize n = 0;
    const uint8_t *t = set ? g_bytes_get_data(set->bytes, &n) : NULL;
    return pci_hotplug_set_restore(m, snapshot, set ? (t ? t : none) : NULL,
                                   (uint32_t)n, err);
}

/* Apply a snapshot's sections, which check_loaded matched to m's
 * targets (filling live_ms), and what follows from them: the connectors,
 * the emptied TCE tables, the HPT, the radix table, the interrupt
 * controller in use, each CPU's counts. with_plugins: hand the plugin
 * blobs to the loaded plugins. RAM and disks are the caller's. Cannot
 * fail. */
static void apply_loaded(Machine *m, Loaded *l, SnapMachineState *live_ms,
                         bool with_plugins)
{
    /* the connectors at rest, then those the snapshot's device set
     * (pci_hotplug_set's post_load) has otherwise */
    spapr_drc_rest_all(m);
    for (guint i = 0; l->tce_empty && i < l->tce_empty->len; i++) {
        spapr_phb_tce_reset(l->tce_empty->pdata[i]);
    }
    uint32_t spapr_version = 0;
    bool htab_loaded = false;
    for (guint i = 0; i < l->secs->len; i++) {
        SecVals *s = l->secs->pdata[i];
        if (!s->sec) {
            if (with_plugins && m->plugins) {
                for (guint k = 0; k < s->vals->len; k++) {
                    SnapVal *v = s->vals->pdata[k];
                    gsize n;
                    const void *p = g_bytes_get_data(v->bytes, &n);
                    plugins_snapshot_load(m->plugins, v->name, p, n);
                }
            }
            continue;
        }
        GHashTable *idx = snap_vals_index(s->vals);
        snap_section_apply(s->sec, s->base, s->version, idx);
        g_hash_table_destroy(idx);
        if (s->sec == &snap_spapr_section) {
            spapr_version = s->version;
        }
        if (s->sec == &snap_spapr_htab_section) {
            htab_loaded = true;
        }
    }
    /* the CPUs see the loaded HPT (or its absence); without its bytes in
     * the file (no H_ENTER before the save, or a file from before the
     * hash MMU: spapr version < 3, hash mode) the table is empty */
    bool active = spapr_version < 3 || m->spapr->htab_active;
    uint32_t pending = spapr_version < 4 ? 0 : m->spapr->hpt_pending_shift;
    if (!htab_loaded) {
        spapr_hpt_reset(m);   /* the default size; drops the pending size */
    }
    m->spapr->hpt_pending_shift = pending;
    spapr_hpt_set_active(m, active);
    spapr_patb_give_all(m);   /* the radix process table, if any */
    spapr_irq_update_active(m);   /* XIVE if CAS chose it: its MMIO */
    for (uint32_t i = 0; i < live_ms->ncpus; i++) {
        PpcCpu *c = machine_cpu(m, (int)i);
        c->icount = live_ms->vcpu[i].icount;
        c->idle = live_ms->vcpu[i].idle;
        c->slice = c->remaining = c->uncounted = 0;
        ppc_cpu_state_changed(c);
    }
    m->round_end = live_ms->round_end;
    m->turn = live_ms->turn < live_ms->ncpus ? (int)live_ms->turn
                                           : v1_turn(live_ms);
}

/* A load that rebuilt m's PCI device set failed a later check: put back
 * the set and every section's state as `before` (m's sections, collected
 * just before the rebuild) has them, as a load of them would. RAM, disks
 * and plugins were not touched. */
static void undo_device_set(Machine *m, GPtrArray *before)
{
    Loaded undo = { .secs = before };
    SnapMachineState ms;
    GError *e = NULL;
    for (guint i = 0; i < before->len; i++) {   /* matched afresh */
        SecVals *s = before->pdata[i];
        s->sec = NULL;
        s->base = NULL;
    }
    if (restore_device_set(m, "(the machine before the load)", before, &e) &&
        check_loaded(m, &undo, &ms, &e)) {
        apply_loaded(m, &undo, &ms, false);
    } else {
        /* the machine's own state always matches its own set */
        fprintf(stderr, "farad: warning: loadvm: the device set could not "
                "be put back: %s\n", e ? e->message : "?");
        g_clear_error(&e);
    }
    undo.secs = NULL;   /* the caller's */
    loaded_clear(&undo);
}

/* Whether a loaded snapshot's contents give its stored state hash;
 * false with err naming the file and snapshot when not. */
static bool loaded_hash_ok(SnapDb *db, const char *name, const Loaded *l,
                           GError **err)
{
    GPtrArray *hs = g_ptr_array_new();
    for (guint i = 0; i < l->secs->len; i++) {
        g_ptr_array_add(hs, l->secs->pdata[i]);
    }
    g_autofree char *h = state_hash(hs, l->ram_size, l->pages, l->disks);
    g_ptr_array_free(hs, TRUE);
    if (strcmp(h, l->state_hash)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "%s: snapshot '%s': state hash mismatch (stored %.16s"
                    "..., contents give %.16s...)", db->path, name,
                    l->state_hash, h);
        return false;
    }
    return true;
}

bool snap_load(Machine *m, SnapDb *db, const char *name, GError **err)
{
    Loaded l = { 0 };
    SnapMachineState live_ms;
    bool ok = snap_db_exec(db, "BEGIN") == SQLITE_OK ||
              snap_db_error(db, SQLITE_IOERR, "begin read", err);
    ok = ok && read_snapshot(db, name, &l, err);
    snap_db_rollback(db);   /* end of the read transaction */
    if (ok && strcmp(l.machine_type, m->type->name)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "snapshot '%s': machine type received is '%s' and local "
                    "is '%s'", name, l.machine_type, m->type->name);
        ok = false;
    }
    if (ok && l.ram_size != m->ram_size) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "snapshot '%s': RAM size %llx != %llx (local != "
                    "received)", name, (unsigned long long)m->ram_size,
                    (unsigned long long)l.ram_size);
        ok = false;
    }
    bool hashed = false;
    GPtrArray *before = NULL;   /* m's sections while its set is rebuilt */
    if (ok && m->spapr &&
        (recorded_device_set(l.secs) || pci_hotplug_set_changed(m))) {
        /* a restore that changes the running machine's devices only
         * after the contents proved intact: a damaged file must leave
         * the machine as it was; a crafted one (a recomputed hash) that
         * fails a field check below gets the old set back */
        ok = hashed = loaded_hash_ok(db, name, &l, err);
        if (ok) {
            before = collect_sections(m);
            ok = restore_device_set(m, name, l.secs, err);
            if (!ok) {   /* refused before anything changed */
                g_ptr_array_unref(before);
                before = NULL;
            }
        }
    }
    ok = ok && check_loaded(m, &l, &live_ms, err);
    ok = ok && snap_disks_check(m, l.disks, name, err);
    live_ms.turn = SNAP_NO_TURN;   /* stays so when the file has no turn */
    ok = ok && (hashed || loaded_hash_ok(db, name, &l, err));
    if (!ok) {
        if (before) {
            undo_device_set(m, before);
            g_ptr_array_unref(before);
        }
        loaded_clear(&l);
        return false;
    }
    if (before) {
        g_ptr_array_unref(before);
    }

    /* ---- apply: nothing below can fail ---- */
    net_user_load_begin(m);   /* fresh unless a "slirp" section says */
    apply_loaded(m, &l, &live_ms, true);
    PpcCpu *cpu = m->cpu;
    uint64_t npages = m->ram_size / SNAP_PAGE_SIZE;
    guint next = 0;
    for (uint64_t i = 0; i < npages; i++) {
        uint8_t *p = m->ram + i * SNAP_PAGE_SIZE;
        if (next < l.pages->len &&
            g_array_index(l.pages, PageRef, next).idx == i) {
            memcpy(p, g_array_index(l.pages, PageRef, next).data,
                   SNAP_PAGE_SIZE);
            next++;
        } else if (!page_zero(p)) {
            memset(p, 0, SNAP_PAGE_SIZE);
        }
    }
    ppc_invalidate_code(cpu, 0, m->ram_size);
    ppc_cpu_state_changed(cpu);
    snap_disks_apply(m, l.disks);
    net_user_load_end(m);
    m->stop = false;
    g_free(*last_name(m));
    *last_name(m) = g_strdup(name);
    loaded_clear(&l);
    return true;
}
