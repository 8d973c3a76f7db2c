/* SPDX-License-Identifier: MIT */
/*
 * What farad's QEMU 7.2 migration stream of a pseries-7.2 machine holds
 * beyond XICS machines', without QEMU. The XIVE sections
 * (snapshot/qemu-xive.c): a pseries-7.2 ic-mode=dual
 * machine with two CPUs and XIVE routing set by hand is written with
 * snap_qemu_save_stream, the bytes are checked against QEMU 7.2's layout
 * (as its own streams have it, see tests/snap/fixtures/slof-mig.txt:
 * xive-source = nr_irqs 0x2000 then one status byte per source;
 * spapr-xive = nr_irqs, 0x2000 EAS and 8 ENDs per vCPU, each word as
 * QEMU's x86 host migrates it, byte-reversed; xive-tctx per CPU = the
 * 64 TIMA bytes), then loaded into a fresh machine, which must hold the
 * same XIVE state with XIVE in use. A stream of an ic-mode=dual machine
 * is refused by ic-mode=xics (QEMU's unknown-section line), and a status
 * byte farad cannot hold by farad's one line. A Linux guest's state:
 * spapr's spapr_fwnmi subsection (ibm,nmi-register's two entry points,
 * QEMU's interlock -1), and AMOR full, as QEMU's pseries CPUs have it
 * (QEMU masks the guest's AMR writes with it). tests/migrate-xive.t
 * checks the same against QEMU 7.2 itself.
 */
#include <glib.h>
#include <string.h>

#include "board/board.h"
#include "core/machine/spapr-cas.h"
#include "core/machine/spapr-irq.h"
#include "core/machine/xive.h"
#include "snapshot/snap.h"

#define EAS_VALUE 0x8000000d00001100ULL   /* valid, END 13, data 0x1100 */

static Machine *new_machine(const char *ic_mode)
{
    MachineConfig cfg;
    machine_config_init(&cfg);
    cfg.board = &pseries_board;
    g_free(cfg.machine_type);
    cfg.machine_type = g_strdup("pseries-7.2");
    cfg.machine_props = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(cfg.machine_props, g_strdup_printf("ic-mode=%s", ic_mode));
    cfg.dumpdtb = g_strdup("/dev/null");   /* stop before loading images */
    cfg.nodefaults = true;
    cfg.serial_stdio = false;
    cfg.smp = 2;
    GError *err = NULL;
    Machine *m = machine_new(&cfg, &err);
    g_assert_no_error(err);
    machine_config_clear(&cfg);
    return m;
}

/* XIVE chosen at CAS, source 0x1100 routed to CPU 1 priority 5 (END
 * 13), pending, its queue entry counted, CPU 1's OS ring signalling. */
static void route(Machine *m)
{
    Xive *x = spapr_xive(m);
    m->spapr->ov5_cas[OV5_XIVE_EXPLOIT / 8] |= 0x80 >> (OV5_XIVE_EXPLOIT % 8);
    spapr_irq_update_active(m);
    x->t.eas[0x1100] = EAS_VALUE;
    x->t.status[0x1100] = XIVE_PQ_PENDING;
    XiveEnd *e = &x->t.endt[13];
    e->w[0] = END_W0_VALID | END_W0_ENQUEUE;
    e->w[1] = END_W1_GENERATION | 1;
    e->w[3] = 0x2000000;
    e->w[6] = XIVE_NVT_BASE + 1;
    e->w[7] = 5u << 16;
    uint8_t *os = &x->tctx[1].regs[TM_QW1_OS];
    os[TM_NSR] = TM_NSR_EO;
    os[TM_IPB] = 0x80 >> 5;
    os[TM_PIPR] = 5;
}

/* The payload of device section name (instance inst) in stream d. */
static const uint8_t *payload(GByteArray *d, const char *name, uint32_t inst)
{
    size_t n = strlen(name);
    for (size_t i = 0; i + 1 + n + 8 < d->len; i++) {
        const uint8_t *p = d->data + i;
        if (p[0] == n && !memcmp(p + 1, name, n)) {
            const uint8_t *q = p + 1 + n;
            uint32_t got = (uint32_t)q[0] << 24 | q[1] << 16 | q[2] << 8 | q[3];
            if (got == inst) {
                return q + 8;   /* instance, version */
            }
        }
    }
    return NULL;
}

static uint64_t le(const uint8_t *p, unsigned w)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < w; i++) {
        v |= (uint64_t)p[i] << (8 * i);
    }
    return v;
}

static void test_layout_and_load(void)
{
    Machine *a = new_machine("dual");
    route(a);
    Xive *xa = spapr_xive(a);
    GByteArray *s = snap_qemu_save_stream(a, false);

    const uint8_t *src = payload(s, "xive-source", 0);
    g_assert_nonnull(src);
    g_assert_cmphex(le(src, 4), ==, 0x00200000);   /* 0x2000 big-endian */
    g_assert_cmphex(src[4 + 0x1100], ==, XIVE_PQ_PENDING);
    g_assert_cmphex(src[4 + 0x1000], ==, XIVE_PQ_OFF);   /* reset: off */
    g_assert_cmphex(src[4 + 0x2000], ==, 0x7e);   /* the footer */

    const uint8_t *sx = payload(s, "spapr-xive", 0);
    g_assert_nonnull(sx);
    g_assert_cmphex(le(sx + 4 + 8 * 0x1100, 8), ==, EAS_VALUE);
    /* IPI 0's EAS: claimed and masked, as QEMU's 00 00 00 80 00 00 00 80 */
    g_assert_cmphex(le(sx + 4, 8), ==, EAS_VALID | EAS_MASKED);
    const uint8_t *endt = sx + 4 + 8 * XIVE_NR_IRQS;
    g_assert_cmphex(le(endt + 32 * 13, 4), ==, END_W0_VALID | END_W0_ENQUEUE);
    g_assert_cmphex(le(endt + 32 * 13 + 28, 4), ==, 5u << 16);
    /* an END never configured: ESn and ESe off (QEMU's 00 00 00 50) */
    g_assert_cmphex(le(endt + 4, 4), ==, END_W1_ESN_Q | END_W1_ESE_Q);
    g_assert_cmphex(endt[32 * xa->nr_ends], ==, 0x7e);   /* 2 vCPUs: 16 */
    g_assert_cmpuint(xa->nr_ends, ==, 16);

    const uint8_t *t1 = payload(s, "xive-tctx", 1);
    g_assert_nonnull(t1);
    g_assert_cmpmem(t1, XIVE_TM_RINGS, xa->tctx[1].regs, XIVE_TM_RINGS);
    g_assert_cmphex(t1[XIVE_TM_RINGS], ==, 0x7e);
    g_assert_nonnull(payload(s, "ics", 0));          /* dual: XICS too */
    g_assert_nonnull(payload(s, "icp/server", 1));

    Machine *b = new_machine("dual");
    GError *err = NULL;
    g_assert_true(snap_qemu_load_stream(b, s->data, s->len, NULL, &err));
    g_assert_no_error(err);
    Xive *xb = spapr_xive(b);
    g_assert_true(spapr_irq_xive_active(b));
    g_assert_cmpmem(xb->t.eas, sizeof(xb->t.eas), xa->t.eas, sizeof(xa->t.eas));
    g_assert_cmpmem(xb->t.status, sizeof(xb->t.status), xa->t.status,
                    sizeof(xa->t.status));
    g_assert_cmpmem(xb->t.endt, 16 * sizeof(XiveEnd), xa->t.endt,
                    16 * sizeof(XiveEnd));
    g_assert_cmpmem(xb->tctx, 2 * sizeof(XiveTctx), xa->tctx,
                    2 * sizeof(XiveTctx));
    g_assert_true(spapr_irq_cpu_pending(b, 1));
    g_assert_false(spapr_irq_cpu_pending(b, 0));

    /* ic-mode=xics has no XIVE sections: QEMU's refusal */
    Machine *c = new_machine("xics");
    g_assert_false(snap_qemu_load_stream(c, s->data, s->len, NULL, &err));
    g_assert_nonnull(strstr(err->message, "Unknown savevm section or instance "
                                          "'xive-source' 0."));
    g_clear_error(&err);

    /* a status byte beyond PQ and the asserted bit */
    s->data[(src - s->data) + 4 + 0x1100] = 0x0a;
    Machine *d = new_machine("dual");
    g_assert_false(snap_qemu_load_stream(d, s->data, s->len, NULL, &err));
    g_assert_true(g_str_has_prefix(err->message,
                                   "xive-source: status 0xa of source 0x1100: "
                                   "farad's XIVE has PQ and the asserted bit "
                                   "only\n"));
    g_assert_false(spapr_irq_xive_active(d));   /* nothing changed */
    g_clear_error(&err);

    g_byte_array_unref(s);
    machine_free(a);
    machine_free(b);
    machine_free(c);
    machine_free(d);
}

/* ic-mode=xive: no ics or icp/server (QEMU has no XICS then). */
static void test_xive_only(void)
{
    Machine *a = new_machine("xive");
    GByteArray *s = snap_qemu_save_stream(a, false);
    g_assert_null(payload(s, "ics", 0));
    g_assert_null(payload(s, "icp/server", 0));
    g_assert_nonnull(payload(s, "xive-tctx", 1));
    Machine *b = new_machine("xive");
    GError *err = NULL;
    g_assert_true(snap_qemu_load_stream(b, s->data, s->len, NULL, &err));
    g_assert_no_error(err);
    g_assert_true(spapr_irq_xive_active(b));
    g_byte_array_unref(s);
    machine_free(a);
    machine_free(b);
}

static uint64_t be(const uint8_t *p, unsigned w)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < w; i++) {
        v = v << 8 | p[i];
    }
    return v;
}

/* The first occurrence of the n bytes of pat in d, or NULL. */
static const uint8_t *find(GByteArray *d, const char *pat, size_t n)
{
    for (size_t i = 0; i + n <= d->len; i++) {
        if (!memcmp(d->data + i, pat, n)) {
            return d->data + i;
        }
    }
    return NULL;
}

/* ibm,nmi-register's entry points travel in spapr_fwnmi; AMOR is full. */
static void test_fwnmi_amor(void)
{
    Machine *a = new_machine("dual");
    GByteArray *s = snap_qemu_save_stream(a, false);
    const char sub[] = "\x05\x0bspapr_fwnmi";
    g_assert_null(find(s, sub, strlen(sub)));
    g_byte_array_unref(s);

    a->spapr->fwnmi_sreset_addr = 0x7f00;
    a->spapr->fwnmi_mce_addr = 0x7f80;
    s = snap_qemu_save_stream(a, false);
    const uint8_t *p = find(s, sub, strlen(sub));
    g_assert_nonnull(p);
    p += strlen(sub);
    g_assert_cmphex(be(p, 4), ==, 1);          /* version */
    g_assert_cmphex(be(p + 4, 8), ==, 0x7f00);
    g_assert_cmphex(be(p + 12, 8), ==, 0x7f80);
    g_assert_cmphex(be(p + 20, 4), ==, 0xffffffff);   /* no interlock */

    const uint8_t *cpu = payload(s, "cpu", 0);
    g_assert_nonnull(cpu);
    /* unused[8], gpr[32], crf[8], nip, then spr[349] */
    g_assert_cmphex(be(cpu + 8 + 256 + 32 + 8 + 349 * 8, 8), ==, ~0ULL);

    Machine *b = new_machine("dual");
    GError *err = NULL;
    g_assert_true(snap_qemu_load_stream(b, s->data, s->len, NULL, &err));
    g_assert_no_error(err);
    g_assert_cmphex(b->spapr->fwnmi_sreset_addr, ==, 0x7f00);
    g_assert_cmphex(b->spapr->fwnmi_mce_addr, ==, 0x7f80);
    g_byte_array_unref(s);
    machine_free(a);
    machine_free(b);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/qemu-p72/xive-layout-and-load", test_layout_and_load);
    g_test_add_func("/qemu-p72/xive-only", test_xive_only);
    g_test_add_func("/qemu-p72/fwnmi-amor", test_fwnmi_amor);
    return g_test_run();
}
