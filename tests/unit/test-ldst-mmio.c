/* SPDX-License-Identifier: MIT */
/*
 * MMIO byte order of the load/store instructions (cpu-ppc/mem.c,
 * ldst*.c): every instruction below runs twice, once on a RAM buffer
 * and once on an MMIO device outside RAM holding the same bytes (the
 * device sees values in big-endian byte-image order, as PpcEnv says),
 * in both MSR[LE] settings. Registers and memory bytes must come out
 * identical: plain, byte-reversed, update, multiple, string, quadword,
 * reserve and dcbz accesses must put the same bytes on the bus as in
 * RAM. (What RAM holds is checked against QEMU by tests/insn.)
 *   /ldst-mmio/be, /ldst-mmio/le
 */
#include <glib.h>
#include <string.h>

#include "cpu-ppc/cpu.h"

#define RAM_SIZE   0x100000ULL
#define RAM_BUF    0x8000ULL
#define CODE       0x1000ULL

#include "tests/mmio-window.h"

static const struct {
    uint32_t word;
    const char *text;
} insns[] = {
    { 0x88640005, "lbz r3,5(r4)" },
    { 0xa0640006, "lhz r3,6(r4)" },
    { 0xa8640080, "lha r3,128(r4)" },
    { 0x80640003, "lwz r3,3(r4)" },
    { 0xe8640082, "lwa r3,128(r4)" },
    { 0xe8640008, "ld r3,8(r4)" },
    { 0x7c642e2c, "lhbrx r3,r4,r5" },
    { 0x7c642c2c, "lwbrx r3,r4,r5" },
    { 0x7c642c28, "ldbrx r3,r4,r5" },
    { 0x84640004, "lwzu r3,4(r4)" },
    { 0x98640005, "stb r3,5(r4)" },
    { 0xb0640006, "sth r3,6(r4)" },
    { 0x90640003, "stw r3,3(r4)" },
    { 0xf864000c, "std r3,12(r4)" },
    { 0x7c642f2c, "sthbrx r3,r4,r5" },
    { 0x7c642d2c, "stwbrx r3,r4,r5" },
    { 0x7c642d28, "stdbrx r3,r4,r5" },
    { 0xf8640009, "stdu r3,8(r4)" },
    { 0xbb840004, "lmw r28,4(r4)" },
    { 0xbf840004, "stmw r28,4(r4)" },
    { 0x7ca43caa, "lswi r5,r4,7" },
    { 0x7ca43daa, "stswi r5,r4,7" },
    { 0xe0c40010, "lq r6,16(r4)" },
    { 0xf8c40012, "stq r6,16(r4)" },
    { 0x7c642828, "lwarx r3,r4,r5" },
    { 0x7c6428a8, "ldarx r3,r4,r5" },
    { 0x7c042fec, "dcbz r4,r5" },
};

typedef struct Result {
    uint64_t gpr[32];
    uint64_t nip;
    uint8_t mem[WIN];
    unsigned accesses;
} Result;

static void run_one(uint32_t word, bool le, bool mmio, Result *out)
{
    uint8_t *ram = g_malloc0(RAM_SIZE);
    Dev dev = { .accesses = 0 };
    PpcEnv env = dev_env(&dev);
    uint8_t pattern[WIN];
    for (unsigned i = 0; i < WIN; i++) {
        pattern[i] = (uint8_t)(i * 37 + 0x91);
    }
    uint64_t base = mmio ? MMIO_BASE : RAM_BUF;
    if (mmio) {
        memcpy(dev.bytes, pattern, WIN);
    } else {
        memcpy(ram + RAM_BUF, pattern, WIN);
    }
    for (unsigned i = 0; i < 4; i++) {
        unsigned sh = le ? 8 * i : 24 - 8 * i;
        ram[CODE + i] = (uint8_t)(word >> sh);
    }
    PpcCpu *cpu = ppc_cpu_new(0, ram, RAM_SIZE, &env);
    for (unsigned i = 0; i < 32; i++) {
        cpu->arch.gpr[i] = 0x0123456789abcdefULL * (i + 1);
    }
    cpu->arch.gpr[4] = base;
    cpu->arch.gpr[5] = 0x10;
    cpu->arch.nip = CODE;
    if (le) {
        cpu->arch.lpcr |= 1ULL << 25;  /* interrupts keep LE */
    }
    ppc_set_msr(cpu, MSR_SF | MSR_ME | (le ? MSR_LE : 0));
    ppc_cpu_run(cpu, 1);

    memcpy(out->gpr, cpu->arch.gpr, sizeof(out->gpr));
    out->gpr[4] -= base;  /* update forms: compare the offset */
    out->nip = cpu->arch.nip;
    memcpy(out->mem, mmio ? dev.bytes : ram + RAM_BUF, WIN);
    out->accesses = dev.accesses;
    ppc_cpu_free(cpu);
    g_free(ram);
}

static void test_order(gconstpointer data)
{
    bool le = GPOINTER_TO_INT(data);
    for (size_t k = 0; k < G_N_ELEMENTS(insns); k++) {
        Result r, m;
        run_one(insns[k].word, le, false, &r);
        run_one(insns[k].word, le, true, &m);
        g_test_message("%s (%s)", insns[k].text, le ? "LE" : "BE");
        for (unsigned i = 0; i < 32; i++) {
            if (r.gpr[i] != m.gpr[i]) {
                g_test_message("%s: r%u: RAM %#" G_GINT64_MODIFIER "x, MMIO %#"
                               G_GINT64_MODIFIER "x", insns[k].text, i,
                               r.gpr[i], m.gpr[i]);
            }
            g_assert_cmphex(r.gpr[i], ==, m.gpr[i]);
        }
        g_assert_cmphex(r.nip, ==, m.nip);
        for (unsigned i = 0; i < WIN; i++) {
            if (r.mem[i] != m.mem[i]) {
                g_test_message("%s: byte %u: RAM %#x, MMIO %#x",
                               insns[k].text, i, r.mem[i], m.mem[i]);
            }
            g_assert_cmphex(r.mem[i], ==, m.mem[i]);
        }
        /* the access really went to the device (unless it trapped) */
        if (r.nip == CODE + 4) {
            g_assert_cmpuint(m.accesses, >, 0);
        }
    }
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_data_func("/ldst-mmio/be", GINT_TO_POINTER(0), test_order);
    g_test_add_data_func("/ldst-mmio/le", GINT_TO_POINTER(1), test_order);
    return g_test_run();
}
