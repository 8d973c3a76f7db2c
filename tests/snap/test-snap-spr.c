/* SPDX-License-Identifier: MIT */
/*
 * SPRs in snapshots are saved by name ("cpu" section version 2):
 *  - the committed version-1 fixture (SPRs stored by slot number, written
 *    before the change) loads with every SPR in its register, runs to
 *    the output and final state it ran to when it was written;
 *  - a new snapshot round-trips every SPR of spr.c's table;
 *  - every SPR with plain storage has its own field, named after it, and
 *    no two fields of the section share a name (so adding an SPR cannot
 *    shift the others).
 */
#include "snap-test-util.h"
#include "cpu-ppc/cpu.h"
#include "cpu-ppc/cpu-snap.h"
#include "cpu-ppc/spr.h"
#include "snapshot/snap-int.h"

/* tests/snap/fixtures/cpu1-spr.txt: how the fixture was made. */
#define FX_MACHINE "pseries-7.2"
#define FX_RAM (256ULL << 20)
#define FX_END 748038
#define FX_END_HASH \
    "af455691e4cb114d8243a765ff904cc9eb0de2dd1dbca0840df8d274f0dc0bf3"

/* tests/guest/spr-keep.c's value for SPR n, and the SPRs it writes. */
static uint64_t keep_pattern(unsigned n)
{
    return 0x0051000000000000ULL | (uint64_t)n << 32 | (0x1000u + n) << 8 |
           (n & 0xff);
}

static const unsigned keep_sprs[] = {
    18, 31, 144, 159, 272, 273, 274, 275, 282, 784, 785, 786, 787, 788,
    789, 790, 791, 792, 796, 797, 798, 800, 802, 804, 805, 806, 888, 889,
    890, 892, 893, 894, 895,
};

/* A private copy of the fixture, opened. */
static SnapDb *open_fixture(char **path)
{
    g_autofree char *fx = g_strdup_printf("%s/tests/snap/fixtures/"
                                          "cpu1-spr.db", FARAD_SRC);
    *path = tmp_db("cpu1");
    GBytes *b = file_bytes(fx);
    g_assert_true(g_file_set_contents(*path, g_bytes_get_data(b, NULL),
                                      (gssize)g_bytes_get_size(b), NULL));
    g_bytes_unref(b);
    GError *err = NULL;
    SnapDb *db = snap_db_open(*path, &err);
    g_assert_no_error(err);
    return db;
}

/* A fresh fixture-shaped machine with snapshot `name` of db loaded. */
static void load_into_new(TMachine *t, const char *bios, SnapDb *db,
                          const char *name)
{
    GError *err = NULL;
    /* the fixture's machine had no VSCSI adapter: -nodefaults today */
    tm_new_machine(t, bios, FX_MACHINE, FX_RAM, true);
    g_assert_true(snap_load(t->m, db, name, &err));
    g_assert_no_error(err);
}

/* The expected output from the fixture's 'mid' on: spr-keep's expected
 * output without its first line (printed before the save). */
static char *expected_tail(void)
{
    g_autofree char *p = g_strdup_printf("%s/tests/guest/expected/"
                                         "spr-keep-be.txt", FARAD_SRC);
    g_autofree char *all = NULL;
    g_assert_true(g_file_get_contents(p, &all, NULL, NULL));
    g_assert_true(g_str_has_prefix(all, "written; spinning\n"));
    return g_strdup(all + strlen("written; spinning\n"));
}

static void test_v1_fixture(void)
{
    /* any image: RAM comes from the file */
    g_autofree char *bios = guest_path("calls-be");
    if (!bios) {
        return;
    }
    g_autofree char *path = NULL;
    SnapDb *db = open_fixture(&path);
    GError *err = NULL;
    g_assert_true(snap_verify(db, stderr, &err));
    GArray *l = snap_list(db, &err);
    g_assert_no_error(err);
    g_assert_cmpuint(l->len, ==, 2);
    g_assert_cmpstr(g_array_index(l, SnapInfo, 1).name, ==, "end");
    g_assert_cmpstr(g_array_index(l, SnapInfo, 1).state_hash, ==,
                    FX_END_HASH);
    snap_list_free(l);

    /* the final state as the old farad saved it (its stored state hash
     * is checked by the load), as this build hashes it */
    TMachine end;
    load_into_new(&end, bios, db, "end");
    g_autofree char *h_end = snap_state_hash(end.m);
    tm_free(&end);

    TMachine t;
    load_into_new(&t, bios, db, "mid");
    snap_db_close(db);
    for (size_t i = 0; i < G_N_ELEMENTS(keep_sprs); i++) {
        unsigned n = keep_sprs[i];
        uint64_t want = keep_pattern(n);
        if (n == 159) {
            want = (uint32_t)want;   /* PSPB is 32 bits */
        }
        if (ppc_spr_read(t.m->cpu, n) != want) {
            g_printerr("SPR %u (%s): %016llx, %016llx expected\n", n,
                       ppc_spr_name(n),
                       (unsigned long long)ppc_spr_read(t.m->cpu, n),
                       (unsigned long long)want);
        }
        g_assert_cmphex(ppc_spr_read(t.m->cpu, n), ==, want);
    }
    g_assert_cmphex(ppc_spr_read(t.m->cpu, 795), ==, 0x00000abc80000000ULL);

    g_assert_cmpint(tm_run(&t, 0), ==, MACHINE_EXIT_POWEROFF);
    g_assert_cmpuint(machine_icount(t.m), ==, FX_END);
    g_autofree char *want = expected_tail();
    g_assert_cmpstr(t.out, ==, want);
    g_autofree char *h = snap_state_hash(t.m);
    g_assert_cmpstr(h, ==, h_end);
    tm_free(&t);
    g_unlink(path);
}

/* ---- every SPR of the table through a new snapshot ---- */

/* A value for SPR n that no other SPR gets. */
static uint64_t spr_value(unsigned n)
{
    return 0x7100000000000000ULL | (uint64_t)n << 40 | (uint64_t)n << 16 |
           0x5a00 | (n & 0xff);
}

/* Write every SPR of the table that has storage. */
static void write_all_sprs(PpcCpu *cpu)
{
    for (unsigned n = 0; n < 1024; n++) {
        if (ppc_spr_name(n)) {
            ppc_spr_write(cpu, n, spr_value(n));
        }
    }
}

static void test_roundtrip_all(void)
{
    g_autofree char *bios = guest_path("calls-be");
    if (!bios) {
        return;
    }
    g_autofree char *path = tmp_db("spr-rt");
    GError *err = NULL;
    TMachine a, b;
    tm_new(&a, bios, "pseries-7.2", 0);
    tm_run(&a, 1000);
    write_all_sprs(a.m->cpu);
    SnapDb *db = snap_db_open(path, &err);
    g_assert_no_error(err);
    g_assert_true(snap_save(a.m, db, "all", NULL, &err));
    g_assert_no_error(err);
    tm_new(&b, bios, "pseries-7.2", 0);
    g_assert_true(snap_load(b.m, db, "all", &err));
    g_assert_no_error(err);
    unsigned nonzero = 0;
    for (unsigned n = 0; n < 1024; n++) {
        if (!ppc_spr_name(n)) {
            continue;
        }
        uint64_t va = ppc_spr_read(a.m->cpu, n);
        if (va != ppc_spr_read(b.m->cpu, n)) {
            g_printerr("SPR %u (%s) differs after the load\n", n,
                       ppc_spr_name(n));
        }
        g_assert_cmphex(va, ==, ppc_spr_read(b.m->cpu, n));
        nonzero += va != 0;
    }
    g_assert_cmpuint(nonzero, >, 60);
    g_autofree char *ha = snap_state_hash(a.m);
    g_autofree char *hb = snap_state_hash(b.m);
    g_assert_cmpstr(ha, ==, hb);
    snap_db_close(db);
    tm_free(&a);
    tm_free(&b);
    g_unlink(path);
}

/* ---- names ---- */

/* The saved fields of cpu, by name (name -> SnapVal*), and their list. */
static GHashTable *saved_fields(PpcCpu *cpu, GPtrArray **vals)
{
    *vals = snap_vals_new();
    snap_section_save(&ppc_cpu_snap, cpu, *vals);
    GHashTable *h = snap_vals_index(*vals);
    /* no two saved fields share a name */
    g_assert_cmpuint(g_hash_table_size(h), ==, (*vals)->len);
    return h;
}

/* Does field name f name SPR `spr` (lower case), its problem-state view
 * "u"+f or its upper-half alias f+"u"? dsisr_hi is DSISR's high word. */
static bool field_names_spr(const char *f, const char *spr)
{
    g_autofree char *s = g_ascii_strdown(spr, -1);
    size_t n = strlen(f);
    return !strcmp(s, f) || (s[0] == 'u' && !strcmp(s + 1, f)) ||
           (!strncmp(s, f, n) && !strcmp(s + n, "u")) ||
           (!strcmp(f, "dsisr_hi") && !strcmp(s, "dsisr"));
}

/* Is the field stored in PpcArch.spr_misc? */
static bool in_spr_misc(const SnapField *f)
{
    size_t lo = offsetof(PpcArch, spr_misc);
    return f->offset >= lo && f->offset < lo + sizeof(((PpcArch *)0)->spr_misc);
}

static const SnapField *field_named(const SnapSection *s, const char *name)
{
    for (const SnapField *f = s->fields; f->name; f++) {
        if (!strcmp(f->name, name)) {
            return f;
        }
    }
    return NULL;
}

/* Writing SPR n changes which saved spr_misc fields? Each must be named
 * after n; returns how many. */
static unsigned check_spr_fields(TMachine *t, PpcArch *clean, unsigned n,
                                 GHashTable *hit)
{
    t->m->cpu->arch = *clean;
    GPtrArray *before, *after;
    GHashTable *hb = saved_fields(t->m->cpu, &before);
    ppc_spr_write(t->m->cpu, n, spr_value(n));
    GHashTable *ha = saved_fields(t->m->cpu, &after);
    unsigned changed = 0;
    for (guint i = 0; i < after->len; i++) {
        SnapVal *v = after->pdata[i];
        SnapVal *o = g_hash_table_lookup(hb, v->name);
        g_autofree char *base = g_strndup(v->name, strcspn(v->name, "["));
        const SnapField *f = field_named(&ppc_cpu_snap, base);
        g_assert_nonnull(o);
        g_assert_nonnull(f);   /* "gpr[3]": the array gpr */
        if (o->u == v->u || !in_spr_misc(f)) {
            continue;
        }
        if (!field_names_spr(v->name, ppc_spr_name(n))) {
            g_printerr("SPR %u (%s) is stored in field %s\n", n,
                       ppc_spr_name(n), v->name);
        }
        g_assert_true(field_names_spr(v->name, ppc_spr_name(n)));
        g_hash_table_add(hit, (gpointer)f->name);
        changed++;
    }
    g_hash_table_destroy(hb);
    g_hash_table_destroy(ha);
    g_ptr_array_unref(before);
    g_ptr_array_unref(after);
    return changed;
}

static void test_names(void)
{
    g_autofree char *bios = guest_path("calls-be");
    if (!bios) {
        return;
    }
    TMachine t;
    tm_new(&t, bios, "pseries-7.2", 0);
    PpcArch clean = t.m->cpu->arch;
    clean.msr |= MSR_TM;   /* TM SPRs writable (ppc_spr_write ignores it) */
    GHashTable *hit = g_hash_table_new(g_str_hash, g_str_equal);
    unsigned stored = 0;
    for (unsigned n = 0; n < 1024; n++) {
        if (ppc_spr_name(n)) {
            unsigned c = check_spr_fields(&t, &clean, n, hit);
            g_assert_cmpuint(c, <=, 1);   /* one field per SPR */
            stored += c;
        }
    }
    /* the saved spr_misc fields: one per slot of spr.h's list */
    unsigned fields = 0;
    for (const SnapField *f = ppc_cpu_snap.fields; f->name; f++) {
        if (!(f->flags & SNAP_F_DERIVED) && in_spr_misc(f)) {
            g_assert_cmpuint(f->since, ==, 2);
            fields++;
        }
    }
    g_assert_cmpuint(fields, ==, PPC_SPR_SLOT_COUNT - 1);
    /* each was seen under its own name (ppc_spr_write does not check
     * access, so the read-only DPDES, TIR and IC are written too) */
    g_assert_cmpuint(g_hash_table_size(hit), ==, fields);
    g_assert_cmpuint(stored, >, fields);   /* aliases share a field */
    g_hash_table_destroy(hit);
    tm_free(&t);
}

/* The section saved today has no slot-numbered field; version 1's
 * reader is frozen at the old layout. Version 3 added the SLB, version
 * 4 the vector-scalar registers beyond the FPRs and VSCR. */
static void test_versions(void)
{
    g_assert_cmpuint(ppc_cpu_snap.version, ==, 4);
    g_assert_cmpuint(field_named(&ppc_cpu_snap, "slb_esid")->since, ==, 3);
    g_assert_cmpuint(field_named(&ppc_cpu_snap, "slb_vsid")->since, ==, 3);
    g_assert_cmpuint(field_named(&ppc_cpu_snap, "vscr")->since, ==, 4);
    g_assert_cmpuint(field_named(&ppc_cpu_snap, "fpr_dw1")->since, ==, 4);
    g_assert_cmpuint(field_named(&ppc_cpu_snap, "vr")->since, ==, 4);
    g_assert_cmpuint(ppc_cpu_snap_v1.version, ==, 1);
    g_assert_null(field_named(&ppc_cpu_snap, "spr_misc"));
    for (const SnapField *f = ppc_cpu_snap.fields; f->name; f++) {
        g_assert_true((f->flags & SNAP_F_DERIVED) ||
                      !g_str_has_prefix(f->name, "spr_misc"));
    }
    const SnapField *m = field_named(&ppc_cpu_snap_v1, "spr_misc[19]");
    g_assert_nonnull(m);
    g_assert_cmpuint(m->offset, ==, field_named(&ppc_cpu_snap, "mmcr0")
                     ->offset);
    m = field_named(&ppc_cpu_snap_v1, "spr_misc[36]");
    g_assert_cmpuint(m->offset, ==, field_named(&ppc_cpu_snap, "dsisr_hi")
                     ->offset);
    /* no two old slots load into the same SPR */
    GHashTable *off = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (const SnapField *f = ppc_cpu_snap_v1.fields; f->name; f++) {
        if (g_str_has_prefix(f->name, "spr_misc[")) {
            gpointer k = GSIZE_TO_POINTER(f->offset);
            g_assert_false(g_hash_table_contains(off, k));
            g_hash_table_add(off, k);
        }
    }
    g_assert_cmpuint(g_hash_table_size(off), ==, 36);
    g_hash_table_destroy(off);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/snap/spr/v1-fixture", test_v1_fixture);
    g_test_add_func("/snap/spr/roundtrip-all", test_roundtrip_all);
    g_test_add_func("/snap/spr/names", test_names);
    g_test_add_func("/snap/spr/versions", test_versions);
    return g_test_run();
}
