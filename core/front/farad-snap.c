/* SPDX-License-Identifier: MIT */
/*
 * farad-snap: inspect and maintain snapshot databases without running a
 * machine. list, info, show (fields as a table), diff A B (changed
 * fields and RAM pages, changed instruction words disassembled with
 * Capstone), verify, gc, delete, upgrade (the only command that
 * migrates an older schema; the read-only ones never write), replay
 * (a recording's machine-shaping options only), and the QEMU spapr_pci
 * codec:
 * export-qemu writes a stored PHB section in QEMU's wire format,
 * import-qemu reads spapr_pci sections from a QEMU migration stream (or
 * a section file) and checks them against a fresh machine of the
 * stream's type; simpoint takes snapshots at the intervals a SimPoint
 * analysis chose (core/front/simpoint.c); export-disk writes the disk a
 * drive had at a snapshot as a raw image (snapshot/snap-disk-export.c,
 * docs/block.md). See docs/snapshots.md.
 */
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "snapshot/replay.h"
#include "snapshot/snap-wire.h"
#include "base/disas.h"
#include "board/board.h"
#include "core/machine/machine-types.h"
#include "core/machine/platform.h"
#include "core/machine/spapr.h"
#include "pci/spapr-phb.h"
#include "cli.h"
#include "session.h"
#include "simpoint.h"

static int usage(void)
{
    fprintf(stderr,
            "usage: farad-snap DB list\n"
            "       farad-snap DB info NAME\n"
            "       farad-snap DB show NAME [SECTION]\n"
            "       farad-snap DB diff A B\n"
            "       farad-snap DB verify | gc | delete NAME | upgrade\n"
            "       farad-snap DB export-qemu NAME [INSTANCE [SECTION_ID]] > F.bin\n"
            "       farad-snap DB export-disk NAME DRIVE OUT.img [IMAGE]\n"
            "       farad-snap import-qemu FILE.mig[.gz]|FILE.bin [MACHINE]\n"
            "       farad-snap DB import-qemu NAME FILE.mig[.gz] "
            "[-- FARAD-OPTIONS]\n"
            "       farad-snap DB export-qemu NAME --machine "
            "[-- FARAD-OPTIONS] > F.mig\n"
            "       farad-snap replay FILE [--verify] [--show-output] "
            "[-- FARAD-OPTIONS]\n"
            "       farad-snap DB simpoint FILE.simpoints LENGTH "
            "[--weights FILE.weights] [-- FARAD-OPTIONS]\n");
    return 2;
}

static int fail(GError *err)
{
    fprintf(stderr, "farad-snap: %s\n", err->message);
    g_error_free(err);
    return 1;
}

static int64_t snapshot_id(SnapDb *db, const char *name, GError **err)
{
    sqlite3_stmt *st;
    int64_t id = -1;
    int rc = snap_db_prepare(db, "SELECT id FROM snapshot WHERE name = ?", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
        rc = snap_db_step(db, st);
        if (rc == SQLITE_ROW) {
            id = sqlite3_column_int64(st, 0);
        }
    }
    sqlite3_finalize(st);
    if (id < 0) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "%s: no snapshot named '%s'", snap_db_path(db), name);
    }
    return id;
}

static void print_value(sqlite3_stmt *st, int col, const char *type)
{
    if (!strcmp(type, "bytes")) {
        int n = sqlite3_column_bytes(st, col);
        const uint8_t *p = sqlite3_column_blob(st, col);
        printf("%d bytes", n);
        for (int i = 0; i < n && i < 16; i++) {
            printf("%s%02x", i ? "" : " ", p[i]);
        }
        printf("%s\n", n > 16 ? "..." : "");
    } else {
        printf("0x%llx\n", (unsigned long long)sqlite3_column_int64(st, col));
    }
}

static int cmd_list(SnapDb *db)
{
    GError *err = NULL;
    GArray *l = snap_list(db, &err);
    if (!l) {
        return fail(err);
    }
    printf("%-4s %-20s %-12s %-12s %14s %8s  %s\n", "ID", "NAME", "PARENT",
           "MACHINE", "ICOUNT", "PAGES", "STATE HASH");
    for (guint i = 0; i < l->len; i++) {
        SnapInfo *s = &g_array_index(l, SnapInfo, i);
        printf("%-4lld %-20s %-12s %-12s %14llu %8llu  %.16s\n",
               (long long)s->id, s->name, s->parent ? s->parent : "-",
               s->machine_type, (unsigned long long)s->icount,
               (unsigned long long)s->ram_pages, s->state_hash);
    }
    snap_list_free(l);
    return 0;
}

static int cmd_info(SnapDb *db, const char *name)
{
    GError *err = NULL;
    GArray *l = snap_list(db, &err);
    if (!l) {
        return fail(err);
    }
    int rc = 1;
    for (guint i = 0; i < l->len; i++) {
        SnapInfo *s = &g_array_index(l, SnapInfo, i);
        if (strcmp(s->name, name)) {
            continue;
        }
        printf("name          %s\nparent        %s\nmachine type  %s\n"
               "created       %s\nicount        %llu\nstate hash    %s\n"
               "note          %s\nRAM pages     %llu non-zero (%llu KiB)\n"
               "schema        %d\n", s->name, s->parent ? s->parent : "-",
               s->machine_type, s->created ? s->created : "- (deterministic)",
               (unsigned long long)s->icount, s->state_hash,
               s->note ? s->note : "-", (unsigned long long)s->ram_pages,
               (unsigned long long)s->ram_pages * SNAP_PAGE_SIZE / 1024,
               snap_db_schema(db));
        if (s->disks) {
            printf("disks         %llu, overlays of %llu clusters (%llu KiB)\n",
                   (unsigned long long)s->disks,
                   (unsigned long long)s->disk_clusters,
                   (unsigned long long)s->disk_clusters * SNAP_PAGE_SIZE /
                   1024);
        }
        rc = 0;
    }
    snap_list_free(l);
    if (rc) {
        fprintf(stderr, "farad-snap: no snapshot named '%s'\n", name);
    }
    return rc;
}

static int cmd_show(SnapDb *db, const char *name, const char *section)
{
    GError *err = NULL;
    int64_t id = snapshot_id(db, name, &err);
    if (id < 0) {
        return fail(err);
    }
    sqlite3_stmt *st;
    int rc = snap_db_prepare(db, "SELECT s.name, s.instance, s.version, "
                             "f.name, f.type, f.value FROM section s JOIN "
                             "field f ON f.section = s.id WHERE s.snapshot = ? "
                             "AND (?2 IS NULL OR s.name = ?2) ORDER BY s.seq, "
                             "f.seq", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
        if (section) {
            sqlite3_bind_text(st, 2, section, -1, SQLITE_STATIC);
        }
    }
    printf("%-16s %4s %3s  %-28s %-5s %s\n", "SECTION", "INST", "VER",
           "FIELD", "TYPE", "VALUE");
    while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        const char *type = (const char *)sqlite3_column_text(st, 4);
        const char *sec = (const char *)sqlite3_column_text(st, 0);
        const char *field = (const char *)sqlite3_column_text(st, 3);
        int ver = sqlite3_column_int(st, 2);
        /* an older layout's field shows the name it loads into */
        const char *now = snap_field_renamed(sec ? sec : "", (uint32_t)ver,
                                             field ? field : "");
        g_autofree char *shown = now ? g_strdup_printf("%s -> %s", field, now)
                                     : g_strdup(field);
        printf("%-16s %4d %3d  %-28s %-5s ", sec, sqlite3_column_int(st, 1),
               ver, shown, type);
        print_value(st, 5, type ? type : "");
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        snap_db_error(db, rc, "show", &err);
        return fail(err);
    }
    return 0;
}

/* The CPU's MSR[LE] in snapshot id: the byte order of code words. */
static bool snapshot_le(SnapDb *db, int64_t id)
{
    sqlite3_stmt *st;
    bool le = false;
    if (snap_db_prepare(db, "SELECT f.value FROM field f JOIN section s ON "
                        "f.section = s.id WHERE s.snapshot = ? AND s.name = "
                        "'cpu' AND s.instance = 0 AND f.name = 'msr'", &st)
        == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
        if (snap_db_step(db, st) == SQLITE_ROW) {
            le = sqlite3_column_int64(st, 0) & 1;
        }
    }
    sqlite3_finalize(st);
    return le;
}

static uint32_t word(const uint8_t *p, bool le)
{
    return le ? (uint32_t)p[3] << 24 | p[2] << 16 | p[1] << 8 | p[0]
              : (uint32_t)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
}

static int cmd_diff(SnapDb *db, const char *a, const char *b)
{
    GError *err = NULL;
    int64_t ia = snapshot_id(db, a, &err), ib = -1;
    if (ia < 0 || (ib = snapshot_id(db, b, &err)) < 0) {
        return fail(err);
    }
    sqlite3_stmt *st;
    /* fields present in either, changed or missing in the other */
    static const char q[] =
        "WITH fa AS (SELECT s.name sn, s.instance si, f.name fn, f.type ft, "
        "f.value fv FROM section s JOIN field f ON f.section = s.id WHERE "
        "s.snapshot = ?1), fb AS (SELECT s.name sn, s.instance si, f.name fn, "
        "f.type ft, f.value fv FROM section s JOIN field f ON f.section = "
        "s.id WHERE s.snapshot = ?2) "
        "SELECT fa.sn, fa.si, fa.fn, fa.ft, fa.fv, fb.fv FROM fa LEFT JOIN fb "
        "USING (sn, si, fn) WHERE fb.fv IS NOT fa.fv "
        "UNION ALL SELECT fb.sn, fb.si, fb.fn, fb.ft, NULL, fb.fv FROM fb "
        "WHERE NOT EXISTS (SELECT 1 FROM fa WHERE fa.sn = fb.sn AND fa.si = "
        "fb.si AND fa.fn = fb.fn)";
    int rc = snap_db_prepare(db, q, &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, ia);
        sqlite3_bind_int64(st, 2, ib);
    }
    int nf = 0;
    printf("fields (%s -> %s):\n", a, b);
    while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        const char *t = (const char *)sqlite3_column_text(st, 3);
        printf("  %s[%d].%-24s ", sqlite3_column_text(st, 0),
               sqlite3_column_int(st, 1), sqlite3_column_text(st, 2));
        if (t && strcmp(t, "bytes")) {
            printf("0x%llx -> 0x%llx\n",
                   (unsigned long long)sqlite3_column_int64(st, 4),
                   (unsigned long long)sqlite3_column_int64(st, 5));
        } else {
            printf("(%d bytes -> %d bytes, changed)\n",
                   sqlite3_column_bytes(st, 4), sqlite3_column_bytes(st, 5));
        }
        nf++;
    }
    sqlite3_finalize(st);
    st = NULL;   /* an error above skips the next prepare */
    /* RAM pages whose content differs (zero pages have no row) */
    static const char qp[] =
        "WITH pa AS (SELECT r.idx, r.page FROM ram_page r JOIN ram_block k ON "
        "r.block = k.id WHERE k.snapshot = ?1), pb AS (SELECT r.idx, r.page "
        "FROM ram_page r JOIN ram_block k ON r.block = k.id WHERE k.snapshot "
        "= ?2), ix AS (SELECT idx FROM pa UNION SELECT idx FROM pb) "
        "SELECT ix.idx, (SELECT data FROM page WHERE id = pa.page), "
        "(SELECT data FROM page WHERE id = pb.page) FROM ix LEFT JOIN pa ON "
        "pa.idx = ix.idx LEFT JOIN pb ON pb.idx = ix.idx WHERE pa.page IS NOT "
        "pb.page ORDER BY ix.idx";
    if (rc == SQLITE_DONE) {
        rc = snap_db_prepare(db, qp, &st);
    }
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, ia);
        sqlite3_bind_int64(st, 2, ib);
    }
    bool le = snapshot_le(db, ib);
    Disas *ds = disas_new();
    static const uint8_t zero[SNAP_PAGE_SIZE];
    int np = 0;
    printf("RAM pages:\n");
    while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        uint64_t pa = (uint64_t)sqlite3_column_int64(st, 0) * SNAP_PAGE_SIZE;
        const uint8_t *o = sqlite3_column_blob(st, 1);
        const uint8_t *n = sqlite3_column_blob(st, 2);
        o = o ? o : zero;
        n = n ? n : zero;
        int words = 0;
        for (unsigned i = 0; i < SNAP_PAGE_SIZE; i += 4) {
            words += memcmp(o + i, n + i, 4) != 0;
        }
        printf("  page 0x%llx: %d words changed\n", (unsigned long long)pa,
               words);
        np++;
        if (words > 32) {
            continue;   /* data, not a patch of code: no listing */
        }
        for (unsigned i = 0; i < SNAP_PAGE_SIZE; i += 4) {
            if (!memcmp(o + i, n + i, 4)) {
                continue;
            }
            char da[96] = "", db_[96] = "";
            uint32_t wo = word(o + i, le), wn = word(n + i, le);
            if (ds) {
                disas_insn(ds, wo, pa + i, da, sizeof(da));
                disas_insn(ds, wn, pa + i, db_, sizeof(db_));
            }
            printf("    0x%08llx: %08x %-26s -> %08x %s\n",
                   (unsigned long long)(pa + i), wo, da[0] ? da : "(data)",
                   wn, db_[0] ? db_ : "(data)");
        }
    }
    sqlite3_finalize(st);
    if (ds) {
        disas_free(ds);
    }
    if (rc != SQLITE_DONE) {
        snap_db_error(db, rc, "diff", &err);
        return fail(err);
    }
    printf("%d fields and %d pages differ\n", nf, np);
    return 0;
}

/* The PHB description: the class of the default PHB of a pseries
 * machine (device classes are constant tables). */
static const DeviceClass *phb_class(void)
{
    return device_class_find(&pseries_board, "spapr-pci-host-bridge");
}

static int cmd_export(SnapDb *db, const char *name, uint32_t inst,
                      uint32_t sid)
{
    GError *err = NULL;
    int64_t id = snapshot_id(db, name, &err);
    if (id < 0) {
        return fail(err);
    }
    const DeviceClass *dc = phb_class();
    sqlite3_stmt *st;
    int rc = snap_db_prepare(db, "SELECT s.version, f.name, f.type, f.value "
                             "FROM section s JOIN field f ON f.section = s.id "
                             "WHERE s.snapshot = ? AND s.name = 'spapr_pci' "
                             "AND s.instance = ? ORDER BY f.seq", &st);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, inst);
    }
    GPtrArray *vals = snap_vals_new();
    uint32_t version = 0;
    while (rc == SQLITE_OK && (rc = snap_db_step(db, st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        version = (uint32_t)sqlite3_column_int64(st, 0);
        int k = snap_kind_parse((const char *)sqlite3_column_text(st, 2));
        const char *fn = (const char *)sqlite3_column_text(st, 1);
        if (k == SV_BYTES || k < 0) {
            continue;
        }
        snap_vals_add_u(vals, fn, k, (uint64_t)sqlite3_column_int64(st, 3));
    }
    sqlite3_finalize(st);
    if (!vals->len) {
        fprintf(stderr, "farad-snap: snapshot '%s' has no spapr_pci instance "
                "%u\n", name, inst);
        g_ptr_array_unref(vals);
        return 1;
    }
    GByteArray *pl = snap_wire_encode_vals(dc->snap, vals);
    GByteArray *sec = snap_wire_section("spapr_pci", sid, inst, version, pl,
                                        true);
    fwrite(sec->data, 1, sec->len, stdout);
    g_byte_array_unref(pl);
    g_byte_array_unref(sec);
    g_ptr_array_unref(vals);
    return 0;
}

/* A machine of `type` with -nodefaults (as QEMU's streams were made)
 * and enough PHBs for instance `need`. */
static Machine *fresh_machine(const char *type, uint32_t need, GError **err)
{
    g_autofree char *bios = g_strdup_printf("%s/farad-snap-%d.bin",
                                            g_get_tmp_dir(), (int)getpid());
    if (!g_file_set_contents(bios, "\0\0\0\0", 4, err)) {
        return NULL;
    }
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.bios = g_strdup(bios);
    cfg.board = &pseries_board;
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup(type);
    cfg.nodefaults = true;
    cfg.serial_stdio = false;
    cfg.devices = g_ptr_array_new_with_free_func(g_free);
    for (uint32_t i = 1; i <= need; i++) {
        g_ptr_array_add(cfg.devices, g_strdup_printf(
            "spapr-pci-host-bridge,index=%u", i));
    }
    Machine *m = machine_new(&cfg, err);
    machine_config_clear(&cfg);
    g_unlink(bios);
    return m;
}

/* fresh_machine with PHBs up to instance `need`, or QEMU's refusal of
 * an unknown instance when the type has no room for that many PHBs
 * (checked before any PHB is made: the instance comes from the file). */
static Machine *fresh_machine_for_instance(const char *file, const char *type,
                                           uint32_t need, GError **err)
{
    Machine *m = fresh_machine(type, 0, err);
    if (!m || !need) {
        return m;
    }
    uint32_t room = spapr_phb_max_count(m->spapr->opts.legacy_phb_placement);
    machine_free(m);
    if (need >= room) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "import-qemu %s: Unknown savevm section or instance "
                    "'spapr_pci' %u (a %s machine has at most %u PHBs)",
                    file, need, type, room);
        return NULL;
    }
    return fresh_machine(type, need, err);
}

/* A machine of type `type` as "farad -M TYPE -display none -S
 * [-nodefaults] OPTIONS..." builds it (not started), for whole-machine
 * conversions: with QEMU's default devices (user network, spapr-vlan,
 * spapr-vscsi with its CD-ROM) when `defaults`. */
static Machine *temp_machine(const char *type, bool defaults, int nopt,
                             char **opts, GError **err)
{
    GPtrArray *av = g_ptr_array_new();
    const char *fixed[] = { "farad", "-M", type, "-display", "none", "-S" };
    for (size_t i = 0; i < G_N_ELEMENTS(fixed); i++) {
        g_ptr_array_add(av, (char *)fixed[i]);
    }
    if (!defaults) {
        g_ptr_array_add(av, (char *)"-nodefaults");
    }
    for (int i = 0; i < nopt; i++) {
        g_ptr_array_add(av, opts[i]);
    }
    int argc = (int)av->len;
    g_ptr_array_add(av, NULL);
    MachineConfig cfg;
    CliAction action;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    Machine *m = NULL;
    if (cli_parse(argc, (char **)av->pdata, &cfg, &action, err)) {
        /* never run: no host network (hostfwd ports stay free); the
         * netdevs keep libslirp's state as snapshots hold it */
        cfg.net_offline = true;
        m = machine_new(&cfg, err);
    }
    machine_config_clear(&cfg);
    g_ptr_array_free(av, TRUE);
    return m;
}

/* Options after "--" (none when absent). */
static int after_dashes(int argc, char **argv, int from, char ***opts)
{
    for (int i = from; i < argc; i++) {
        if (!strcmp(argv[i], "--")) {
            *opts = argv + i + 1;
            return argc - i - 1;
        }
    }
    *opts = NULL;
    return 0;
}

/* DB import-qemu NAME STREAM [-- OPTIONS]: a whole QEMU stream loaded
 * into a machine of its type (as -incoming), saved as snapshot NAME. */
static int cmd_import_machine(const char *dbpath, const char *name,
                              const char *file, int nopt, char **opts)
{
    GError *err = NULL;
    GBytes *b = snap_qemu_file_bytes(file, &err);
    if (!b) {
        return fail(err);
    }
    gsize n;
    const uint8_t *d = g_bytes_get_data(b, &n);
    /* the machine type from the CONFIGURATION record */
    char *type = NULL;
    if (n > 13 && !memcmp(d, "QEVM", 4) && d[8] == 0x07) {
        uint32_t l = (uint32_t)d[9] << 24 | (uint32_t)d[10] << 16 |
                     (uint32_t)d[11] << 8 | d[12];
        if (l < 64 && l <= n - 13) {
            type = g_strndup((const char *)d + 13, l);
        }
    }
    if (!type) {
        g_bytes_unref(b);
        fprintf(stderr, "farad-snap: %s: not a QEMU migration stream with a "
                "machine type\n", file);
        return 1;
    }
    /* QEMU's default machine (no -nodefaults) sends its user network
     * and default NIC: build farad's the same way */
    SnapQemuStream *qs = snap_qemu_read(file, NULL, NULL);
    bool slirp = false, llan = false;
    for (guint i = 0; qs && i < qs->sections->len; i++) {
        const SnapWireSection *w = g_ptr_array_index(qs->sections, i);
        slirp |= !strcmp(w->idstr, "slirp");
        llan |= g_str_has_prefix(w->idstr, "l-lan@");
    }
    if (qs) {
        snap_qemu_free(qs);
    }
    Machine *m = temp_machine(type, slirp && llan, nopt, opts, &err);
    g_free(type);
    int rc = 1;
    SnapDb *db = NULL;
    if (m && snap_qemu_load_stream(m, d, n, NULL, &err) &&
        (db = snap_db_open(dbpath, &err)) != NULL) {
        SnapSaveOpts o = { .note = file, .replace = true };
        if (snap_save(m, db, name, &o, &err)) {
            printf("%s: snapshot '%s' (%s)\n", dbpath, name, m->type->name);
            rc = 0;
        }
    }
    if (rc && err) {
        gchar **lines = g_strsplit(err->message, "\n", -1);
        for (int i = 0; lines[i]; i++) {
            fprintf(stderr, "farad-snap: %s\n", lines[i]);
        }
        g_strfreev(lines);
        g_error_free(err);
    }
    snap_db_close(db);
    if (m) {
        machine_free(m);
    }
    g_bytes_unref(b);
    return rc;
}

/* DB export-qemu NAME --machine [-- OPTIONS]: the snapshot loaded into a
 * machine of its type, written as QEMU 7.2's migration stream. */
static int cmd_export_machine(SnapDb *db, const char *name, int nopt,
                              char **opts)
{
    GError *err = NULL;
    GArray *list = snap_list(db, &err);
    if (!list) {
        return fail(err);
    }
    char *type = NULL;
    for (guint i = 0; i < list->len; i++) {
        SnapInfo *s = &g_array_index(list, SnapInfo, i);
        if (!strcmp(s->name, name)) {
            type = g_strdup(s->machine_type);
        }
    }
    snap_list_free(list);
    if (!type) {
        fprintf(stderr, "farad-snap: %s: no snapshot '%s'\n",
                snap_db_path(db), name);
        return 1;
    }
    /* a -nodefaults machine, or else QEMU's default one (a snapshot of
     * an imported default machine); the first one's error when neither
     * takes the snapshot */
    Machine *m = temp_machine(type, false, nopt, opts, &err);
    if (m && !snap_load(m, db, name, &err)) {
        machine_free(m);
        GError *err2 = NULL;
        m = temp_machine(type, true, nopt, opts, &err2);
        if (m && snap_load(m, db, name, &err2)) {
            g_clear_error(&err);
        } else {
            if (m) {
                machine_free(m);
            }
            m = NULL;
            g_clear_error(&err2);
        }
    }
    g_free(type);
    int rc = 1;
    if (m) {
        GByteArray *b = snap_qemu_save_stream(m, false);
        rc = fwrite(b->data, 1, b->len, stdout) == b->len &&
             fflush(stdout) == 0 ? 0 : 1;
        g_byte_array_unref(b);
    }
    if (m) {
        machine_free(m);
    }
    return err ? fail(err) : rc;
}

static int cmd_import(const char *file, const char *mtype)
{
    GError *err = NULL;
    SnapQemuStream *s = NULL;
    GPtrArray *secs;
    SnapWireSection one = { 0 };
    GBytes *raw = NULL;
    if (g_str_has_suffix(file, ".bin")) {
        raw = g_bytes_new_take(NULL, 0);
        char *d;
        gsize n;
        if (!g_file_get_contents(file, &d, &n, &err)) {
            return fail(err);
        }
        g_bytes_unref(raw);
        raw = g_bytes_new_take(d, n);
        if (!snap_wire_parse_section((const uint8_t *)d, n, &one, &err)) {
            g_bytes_unref(raw);
            return fail(err);
        }
        secs = g_ptr_array_new();
        g_ptr_array_add(secs, &one);
    } else {
        s = snap_qemu_read(file, "spapr_pci", &err);
        if (!s) {
            return fail(err);
        }
        secs = g_ptr_array_ref(s->sections);
        if (!mtype) {
            mtype = s->machine;
        }
        printf("QEMU stream: machine %s, %u spapr_pci section(s)\n",
               s->machine ? s->machine : "(none)", secs->len);
    }
    if (!mtype) {
        fprintf(stderr, "farad-snap: import-qemu %s: give the machine type "
                "(the section file does not name it)\n", file);
        return 2;
    }
    uint32_t maxinst = 0;
    for (guint i = 0; i < secs->len; i++) {
        SnapWireSection *w = secs->pdata[i];
        maxinst = MAX(maxinst, w->instance);
    }
    Machine *m = fresh_machine_for_instance(file, mtype, maxinst, &err);
    int rc = m ? 0 : fail(err);
    for (guint i = 0; m && i < secs->len; i++) {
        SnapWireSection *w = secs->pdata[i];
        Device *phb = NULL;
        uint32_t k = 0;
        for (Device *d = m->devices; d && !phb; d = d->next) {
            if (d->cls->snap && !strcmp(d->cls->snap->name, "spapr_pci") &&
                k++ == w->instance) {
                phb = d;
            }
        }
        printf("section %u (0x%x) spapr_pci instance %u version %u, %zu "
               "bytes\n", w->section_id, w->section_id, w->instance,
               w->version, w->payload_len);
        GPtrArray *vals = snap_vals_new();
        if (!phb || !snap_phb_check_payload(phb, w->payload, w->payload_len,
                                            w->version,
                                            SNAP_PHB_READER_CURRENT, vals,
                                            &err)) {
            rc = err ? fail(err) : 1;
            err = NULL;
        }
        for (guint j = 0; j < vals->len; j++) {
            SnapVal *v = vals->pdata[j];
            printf("    %-22s 0x%llx\n", v->name, (unsigned long long)v->u);
        }
        if (!rc) {
            printf("    accepted by a farad %s machine\n", mtype);
        }
        g_ptr_array_unref(vals);
    }
    machine_free(m);
    g_ptr_array_unref(secs);
    g_free(one.idstr);
    if (raw) {
        g_bytes_unref(raw);
    }
    snap_qemu_free(s);
    return rc;
}

/* replay FILE [--verify] [--show-output] [-- OPTIONS]: replay a
 * recording to its end (docs/replay.md); exit 0 pass, 1 divergence, 2
 * error. OPTIONS are farad options the recording may not supply itself
 * (images, plugins, host-backed devices). */
static int cmd_replay(int argc, char **argv)
{
    const char *file = NULL;
    bool show = false;
    char **own = NULL;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--")) {
            own = argv + i + 1;   /* argv is NULL-ended */
            break;
        } else if (!strcmp(argv[i], "--verify")) {
            continue;   /* what replay does: check every checkpoint */
        } else if (!strcmp(argv[i], "--show-output")) {
            show = true;
        } else if (!file && argv[i][0] != '-') {
            file = argv[i];
        } else {
            return usage();
        }
    }
    if (!file) {
        return usage();
    }
    GError *err = NULL;
    int rc = replay_verify_file(file, own, show, stdout, &err);
    if (rc == 2) {
        fail(err);
    }
    return rc;
}

/* The database for command cmd: the commands that change it (gc,
 * delete, upgrade) open it for writing, and upgrade an older schema;
 * every other command opens it read-only and never writes. None of
 * them creates a file that does not exist. */
/* DB simpoint FILE.simpoints LENGTH [--weights F] [-- OPTIONS]: snapshots
 * at SimPoint's chosen intervals (core/front/simpoint.h); exit 0 all
 * saved, 1 one not reached, 2 error. */
static int cmd_simpoint(const char *db, int argc, char **argv)
{
    const char *points = NULL, *weights = NULL;
    char **own = NULL;
    uint64_t len = 0;
    int pos = 0;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--")) {
            own = argv + i + 1;
            break;
        } else if (!strcmp(argv[i], "--weights") && i + 1 < argc) {
            weights = argv[++i];
        } else if (pos == 0) {
            points = argv[i];
            pos++;
        } else if (pos == 1) {
            char *end;
            len = g_ascii_strtoull(argv[i], &end, 10);
            if (!*argv[i] || *end || argv[i][0] == '-' || !len) {
                fprintf(stderr, "farad-snap: simpoint: interval length '%s' "
                        "is not a positive number\n", argv[i]);
                return 2;
            }
            pos++;
        } else {
            return usage();
        }
    }
    if (pos != 2) {
        return usage();
    }
    GError *err = NULL;
    int rc = simpoint_snapshots(db, points, weights, len, own, stdout, &err);
    if (err) {
        fprintf(stderr, "farad-snap: %s\n", err->message);
        g_error_free(err);
    }
    return rc;
}

static SnapDb *open_for(const char *path, const char *cmd, GError **err)
{
    static const char *const writers[] = { "gc", "delete", "upgrade" };
    for (unsigned i = 0; i < G_N_ELEMENTS(writers); i++) {
        if (!strcmp(cmd, writers[i])) {
            return snap_db_open_existing(path, err);
        }
    }
    return snap_db_open_readonly(path, err);
}

int main(int argc, char **argv)
{
    if (argc >= 5 && !strcmp(argv[2], "import-qemu")) {
        char **opts;
        int nopt = after_dashes(argc, argv, 5, &opts);
        return cmd_import_machine(argv[1], argv[3], argv[4], nopt, opts);
    }
    if (argc >= 3 && !strcmp(argv[1], "import-qemu")) {
        return cmd_import(argv[2], argc > 3 ? argv[3] : NULL);
    }
    if (argc >= 3 && !strcmp(argv[1], "replay")) {
        return cmd_replay(argc - 2, argv + 2);
    }
    if (argc >= 3 && !strcmp(argv[2], "simpoint")) {
        return cmd_simpoint(argv[1], argc - 3, argv + 3);
    }
    if (argc < 3) {
        return usage();
    }
    GError *err = NULL;
    const char *cmd = argv[2];
    SnapDb *db = open_for(argv[1], cmd, &err);
    if (!db) {
        return fail(err);
    }
    int rc;
    if (!strcmp(cmd, "upgrade")) {
        printf("%s: schema %d\n", argv[1], snap_db_schema(db));
        rc = 0;
    } else if (!strcmp(cmd, "list")) {
        rc = cmd_list(db);
    } else if (!strcmp(cmd, "info") && argc == 4) {
        rc = cmd_info(db, argv[3]);
    } else if (!strcmp(cmd, "show") && (argc == 4 || argc == 5)) {
        rc = cmd_show(db, argv[3], argc == 5 ? argv[4] : NULL);
    } else if (!strcmp(cmd, "diff") && argc == 5) {
        rc = cmd_diff(db, argv[3], argv[4]);
    } else if (!strcmp(cmd, "verify")) {
        rc = snap_verify(db, stdout, &err) ? 0 : 1;
        if (err) {
            rc = fail(err);
        } else {
            if (!rc) {   /* problems were listed, one line each */
                printf("verify: ok\n");
            }
        }
    } else if (!strcmp(cmd, "gc")) {
        int64_t n = snap_gc(db, &err);
        rc = n < 0 ? fail(err) : (printf("gc: %lld pages dropped\n",
                                         (long long)n), 0);
    } else if (!strcmp(cmd, "delete") && argc == 4) {
        rc = snap_delete(db, argv[3], &err) ? 0 : fail(err);
    } else if (!strcmp(cmd, "export-disk") && (argc == 6 || argc == 7)) {
        rc = snap_disk_export(db, argv[3], argv[4], argc == 7 ? argv[6] : NULL,
                              argv[5], &err) ? 0 : fail(err);
    } else if (!strcmp(cmd, "export-qemu") && argc >= 5 &&
               !strcmp(argv[4], "--machine")) {
        char **opts;
        int nopt = after_dashes(argc, argv, 5, &opts);
        rc = cmd_export_machine(db, argv[3], nopt, opts);
    } else if (!strcmp(cmd, "export-qemu") && argc >= 4) {
        rc = cmd_export(db, argv[3], argc > 4 ? (uint32_t)strtoul(argv[4],
                        NULL, 0) : 0, argc > 5 ? (uint32_t)strtoul(argv[5],
                        NULL, 0) : 0x215);
    } else {
        rc = usage();
    }
    snap_db_close(db);
    return rc;
}
