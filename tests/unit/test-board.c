/* SPDX-License-Identifier: MIT */
/*
 * The pseries board's tables (board/pseries.c, from base/hcalls.def and
 * base/rtas-calls.def) against QEMU 7.2: the RTAS tokens and the
 * hypertas function sets agree with /rtas of the fixtures' device trees
 * (fixtures/qemu-7.2/dt p72 and p28) and with farad's own tree; the
 * names come from the one table; and the two hypercalls that answer in
 * several registers (H_GET_CPU_CHARACTERISTICS, H_HOME_NODE_ASSOCIATIVITY)
 * answer through the dispatcher with QEMU 7.2's values (recorded from
 * qemu-system-ppc64 7.2 with tests/guest/hcall-info.c).
 */
#include <glib.h>
#include <libfdt.h>
#include <string.h>

#include "board/board.h"
#include "base/papr.h"
#include "core/machine/platform.h"
#include "core/machine/spapr-cas.h"

#define FIXTURES "/work/shared/fixtures/qemu-7.2/dt"

static void *fixture(const char *name)
{
    char *path = g_strdup_printf("%s/%s.dtb", FIXTURES, name);
    gchar *data = NULL;
    gsize len = 0;
    GError *err = NULL;
    if (!g_file_get_contents(path, &data, &len, &err)) {
        g_test_skip(err->message);
        g_error_free(err);
        g_free(path);
        return NULL;
    }
    g_free(path);
    g_assert_cmpint(fdt_check_header(data), ==, 0);
    return data;
}

/* A machine that is built but not run (dumpdtb set: no image needed);
 * its hypercalls are called directly. */
static Machine *new_machine(const char *type, int smp)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup(type);
    cfg.smp = smp;
    cfg.serial_stdio = false;
    cfg.dumpdtb = g_strdup("/dev/null");
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    return m;
}

/* Every /rtas token of tree fdt is a board row with that name, and every
 * board row is in the tree. */
static void check_rtas_tokens(const void *fdt)
{
    int rtas = fdt_path_offset(fdt, "/rtas");
    g_assert_cmpint(rtas, >=, 0);
    unsigned tokens = 0;
    int off;
    fdt_for_each_property_offset(off, fdt, rtas) {
        const char *name;
        int len;
        const fdt32_t *v = fdt_getprop_by_offset(fdt, off, &name, &len);
        if (len != 4 || fdt32_to_cpu(*v) < RTAS_TOKEN_BASE ||
            fdt32_to_cpu(*v) >= RTAS_TOKEN_BASE + 0x100) {
            continue;   /* rtas-size, ibm,lrdr-capacity, ... */
        }
        const RtasRow *row = board_rtas(&pseries_board, fdt32_to_cpu(*v));
        g_assert_nonnull(row);
        g_assert_cmpstr(row->name, ==, name);
        tokens++;
    }
    g_assert_cmpuint(tokens, ==, pseries_board.n_rtas);
}

/* The NUL-separated hypertas list the board advertises: groups in the
 * order of their first row, "qemu," ones (prefix stripped) when qemu. */
static GString *board_hypertas(bool qemu, bool resize)
{
    GString *s = g_string_new(NULL);
    for (size_t i = 0; i < pseries_board.n_hcalls; i++) {
        const char *g = pseries_board.hcalls[i].group;
        if (!g || g_str_has_prefix(g, "qemu,") != qemu ||
            (!resize && !strcmp(g, "hcall-hpt-resize"))) {
            continue;
        }
        const char *n = qemu ? g + 5 : g;
        bool seen = false;
        for (const char *p = s->str; p < s->str + s->len; p += strlen(p) + 1) {
            seen |= !strcmp(p, n);
        }
        if (!seen) {
            g_string_append_len(s, n, (gssize)strlen(n) + 1);
        }
    }
    return s;
}

static void check_hypertas(const void *fdt, bool resize)
{
    int rtas = fdt_path_offset(fdt, "/rtas");
    static const char *const props[2] = { "ibm,hypertas-functions",
                                          "qemu,hypertas-functions" };
    for (int q = 0; q < 2; q++) {
        int len;
        const char *v = fdt_getprop(fdt, rtas, props[q], &len);
        g_assert_nonnull(v);
        GString *want = board_hypertas(q == 1, resize);
        g_assert_cmpmem(v, len, want->str, want->len);
        g_string_free(want, TRUE);
    }
}

static void test_fixtures(void)
{
    static const struct { const char *fixture, *type; bool resize; } t[] = {
        { "p72", "pseries-7.2", true },
        { "p28", "pseries-2.8", false },   /* resize-hpt disabled (2.9) */
    };
    for (size_t i = 0; i < G_N_ELEMENTS(t); i++) {
        void *q = fixture(t[i].fixture);
        if (!q) {
            return;
        }
        check_rtas_tokens(q);
        check_hypertas(q, t[i].resize);
        g_free(q);
        Machine *m = new_machine(t[i].type, 1);
        check_rtas_tokens(m->fdt);
        check_hypertas(m->fdt, t[i].resize);
        machine_free(m);
    }
}

static void test_tables(void)
{
    const Board *b = &pseries_board;
    for (size_t i = 0; i < b->n_hcalls; i++) {
        const HcallRow *r = &b->hcalls[i];
        g_assert_true(board_hcall(b, r->number) == r);   /* unique */
        g_assert_cmpstr(papr_hcall_name(r->number), ==, r->name);
    }
    g_assert_cmpuint(H_GET_CPU_CHARACTERISTICS, ==, 0x1c8);
    g_assert_cmpuint(H_HOME_NODE_ASSOCIATIVITY, ==, 0x2ec);
    g_assert_nonnull(board_hcall(b, H_HOME_NODE_ASSOCIATIVITY)->fn);
    g_assert_cmpstr(board_hcall(b, H_HOME_NODE_ASSOCIATIVITY)->group, ==,
                    "hcall-vphn");
    g_assert_null(board_hcall(b, 0x369));
    g_assert_null(papr_hcall_name(0x369));
    for (size_t i = 0; i < b->n_rtas; i++) {
        const RtasRow *r = &b->rtas[i];
        g_assert_true(board_rtas(b, r->token) == r);
        g_assert_cmpstr(papr_rtas_name(r->token), ==, r->name);
        g_assert_cmpuint(board_rtas_token(b, r->name), ==, r->token);
    }
    g_assert_cmpuint(board_rtas_token(b, "power-off"), ==, 0x2003);
    g_assert_cmpuint(board_rtas_token(b, "ibm,change-msi"), ==, 0x2019);
    g_assert_cmpuint(board_rtas_token(b, "no-such-call"), ==, 0);
}

/* sc 1 from m's CPU 0 with r3 = nr, r4.. = a0, a1; returns r3. */
static int64_t hcall(Machine *m, uint64_t nr, uint64_t a0, uint64_t a1)
{
    PpcCpu *cpu = machine_cpu(m, 0);
    cpu->arch.gpr[3] = nr;
    cpu->arch.gpr[4] = a0;
    cpu->arch.gpr[5] = a1;
    spapr_hcall(m, cpu);
    return (int64_t)cpu->arch.gpr[3];
}

static void test_cpu_characteristics(void)
{
    /* QEMU 7.2's default machine: cfpc, sbbc, ibs "workaround",
     * ccf-assist on (qemu-system-ppc64 -M pseries-7.2, TCG) */
    Machine *m = new_machine("pseries-7.2", 1);
    PpcCpu *cpu = machine_cpu(m, 0);
    g_assert_cmpint(hcall(m, 0x1c8, 0, 0), ==, H_SUCCESS);
    g_assert_cmphex(cpu->arch.gpr[4], ==, 0xbc40000000000000ULL);
    g_assert_cmphex(cpu->arch.gpr[5], ==, 0xe400000000000000ULL);
    /* the number farad used by mistake is not a hypercall */
    g_assert_cmpint(hcall(m, 0x369, 0, 0), ==, H_FUNCTION);
    machine_free(m);
    /* pseries-2.8 (and 2.7): every mitigation cap "broken" */
    m = new_machine("pseries-2.8", 1);
    cpu = machine_cpu(m, 0);
    g_assert_cmpint(hcall(m, 0x1c8, 0, 0), ==, H_SUCCESS);
    g_assert_cmphex(cpu->arch.gpr[4], ==, 0x0400000000000000ULL);
    g_assert_cmphex(cpu->arch.gpr[5], ==, 0xe000000000000000ULL);
    machine_free(m);
}

static void check_vphn(Machine *m, uint64_t procno, const uint64_t *want)
{
    PpcCpu *cpu = machine_cpu(m, 0);
    g_assert_cmpint(hcall(m, H_HOME_NODE_ASSOCIATIVITY, 1, procno), ==,
                    H_SUCCESS);
    for (int i = 0; i < 6; i++) {
        g_assert_cmphex(cpu->arch.gpr[4 + i], ==, want[i]);
    }
}

static void test_home_node_associativity(void)
{
    /* pseries-7.2, 2 vCPUs (ids 0 and 1), no NUMA nodes: FORM1 gives
     * four zero domains then the vCPU id, -1 after (QEMU 7.2) */
    Machine *m = new_machine("pseries-7.2", 2);
    const uint64_t all1 = UINT64_MAX;
    uint64_t want0[6] = { 0, 0, 0x00000000ffffffffULL, all1, all1, all1 };
    uint64_t want1[6] = { 0, 0, 0x00000001ffffffffULL, all1, all1, all1 };
    check_vphn(m, 0, want0);
    check_vphn(m, 1, want1);
    /* no such vCPU: H_P2; flags other than 1 (vCPU): H_FUNCTION */
    g_assert_cmpint(hcall(m, H_HOME_NODE_ASSOCIATIVITY, 1, 8), ==, H_P2);
    g_assert_cmpint(hcall(m, H_HOME_NODE_ASSOCIATIVITY, 1, 99), ==, H_P2);
    g_assert_cmpint(hcall(m, H_HOME_NODE_ASSOCIATIVITY, 0, 0), ==,
                    H_FUNCTION);
    g_assert_cmpint(hcall(m, H_HOME_NODE_ASSOCIATIVITY, 2, 0), ==,
                    H_FUNCTION);
    /* FORM2 affinity negotiated by CAS: the node, then the vCPU id */
    SpaprState *s = spapr_state(m);
    s->ov5_cas[OV5_FORM2_AFFINITY / 8] |= 0x80 >> (OV5_FORM2_AFFINITY % 8);
    uint64_t want2[6] = { 0x0000000000000001ULL, all1, all1, all1, all1,
                          all1 };
    check_vphn(m, 1, want2);
    machine_free(m);
    /* pseries-2.8: vCPU ids 0, 8, ... */
    m = new_machine("pseries-2.8", 2);
    uint64_t want8[6] = { 0, 0, 0x00000008ffffffffULL, all1, all1, all1 };
    check_vphn(m, 8, want8);
    g_assert_cmpint(hcall(m, H_HOME_NODE_ASSOCIATIVITY, 1, 1), ==, H_P2);
    machine_free(m);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/board/fixtures", test_fixtures);
    g_test_add_func("/board/tables", test_tables);
    g_test_add_func("/board/cpu-characteristics", test_cpu_characteristics);
    g_test_add_func("/board/home-node-associativity",
                    test_home_node_associativity);
    return g_test_run();
}
