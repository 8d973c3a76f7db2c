/* SPDX-License-Identifier: MIT */
/*
 * VMX/VSX loads and stores off the RAM fast path (cpu-ppc/vec-ldst.c):
 *   /vec-mem/mmio-be, /vec-mem/mmio-le  every form runs on a RAM buffer
 *       and on an MMIO device outside RAM holding the same bytes (the
 *       device sees big-endian byte-image values, as PpcEnv says), in
 *       both byte orders: all 64 VSRs, the GPRs and the bytes must come
 *       out identical, and the access must reach the device. (What RAM
 *       holds is checked against QEMU 7.2 by tests/insn/vsxmem.vec.)
 *   /vec-mem/smc  a quadword store over the following, already decoded
 *       instructions is what runs next (stores invalidate decoded code).
 */
#include <glib.h>
#include <string.h>

#include "cpu-ppc/cpu.h"

#define RAM_SIZE   0x100000ULL
#define RAM_BUF    0x8000ULL
#define CODE       0x1000ULL

#include "tests/mmio-window.h"

/* (powerpc64-linux-gnu-as -mpower9, objdump) */
static const struct {
    uint32_t word;
    const char *text;
} insns[] = {
    { 0x7c6428ce, "lvx v3,r4,r5" },
    { 0x7c6429ce, "stvx v3,r4,r5" },
    { 0x7c64280e, "lvebx v3,r4,r5" },
    { 0x7c64284e, "lvehx v3,r4,r5" },
    { 0x7c64288e, "lvewx v3,r4,r5" },
    { 0x7c64290e, "stvebx v3,r4,r5" },
    { 0x7c64294e, "stvehx v3,r4,r5" },
    { 0x7c64298e, "stvewx v3,r4,r5" },
    { 0x7c642e98, "lxvd2x vs3,r4,r5" },
    { 0x7c642e19, "lxvw4x vs35,r4,r5" },
    { 0x7c642e58, "lxvh8x vs3,r4,r5" },
    { 0x7c642ed9, "lxvb16x vs35,r4,r5" },
    { 0x7c642a18, "lxvx vs3,r4,r5" },
    { 0x7c642a19, "lxvx vs35,r4,r5" },
    { 0x7c642f98, "stxvd2x vs3,r4,r5" },
    { 0x7c642f19, "stxvw4x vs35,r4,r5" },
    { 0x7c642f58, "stxvh8x vs3,r4,r5" },
    { 0x7c642fd9, "stxvb16x vs35,r4,r5" },
    { 0x7c642b18, "stxvx vs3,r4,r5" },
    { 0xf4640019, "lxv vs35,16(r4)" },
    { 0xf4640035, "stxv vs3,48(r4)" },
    { 0xe464000a, "lxsd v3,8(r4)" },
    { 0xf464000a, "stxsd v3,8(r4)" },
    { 0xe4640007, "lxssp v3,4(r4)" },
    { 0xf4640007, "stxssp v3,4(r4)" },
    { 0x7c642c98, "lxsdx vs3,r4,r5" },
    { 0x7c642d99, "stxsdx vs35,r4,r5" },
    { 0x7c642898, "lxsiwax vs3,r4,r5" },
    { 0x7c642818, "lxsiwzx vs3,r4,r5" },
    { 0x7c642c18, "lxsspx vs3,r4,r5" },
    { 0x7c642918, "stxsiwx vs3,r4,r5" },
    { 0x7c642d18, "stxsspx vs3,r4,r5" },
    { 0x7c642e1a, "lxsibzx vs3,r4,r5" },
    { 0x7c642e5b, "lxsihzx vs35,r4,r5" },
    { 0x7c642f1a, "stxsibx vs3,r4,r5" },
    { 0x7c642f5b, "stxsihx vs35,r4,r5" },
    { 0x7c642a98, "lxvdsx vs3,r4,r5" },
    { 0x7c642ad9, "lxvwsx vs35,r4,r5" },
    { 0x7c64321a, "lxvl vs3,r4,r6" },
    { 0x7c64325b, "lxvll vs35,r4,r6" },
    { 0x7c64331a, "stxvl vs3,r4,r6" },
    { 0x7c64335b, "stxvll vs35,r4,r6" },
};

typedef struct Result {
    uint64_t gpr[32];
    PpcVec vsr[64];
    uint64_t nip;
    uint8_t mem[WIN];
    unsigned accesses;
} Result;

static PpcCpu *new_cpu(uint8_t *ram, PpcEnv *env, bool le)
{
    PpcCpu *cpu = ppc_cpu_new(0, ram, RAM_SIZE, env);
    for (unsigned i = 0; i < 32; i++) {
        cpu->arch.gpr[i] = 0x0123456789abcdefULL * (i + 1);
        cpu->arch.fpr[i] = 0x3ff0000000000000ULL + i * 0x10203ULL;
        cpu->arch.fpr_dw1[i] = 0xfedcba9876543210ULL ^ i;
        cpu->arch.vr[i].dw[0] = 0x8899aabbccddeeffULL + i;
        cpu->arch.vr[i].dw[1] = 0x0011223344556677ULL * (i + 1);
    }
    cpu->arch.nip = CODE;
    if (le) {
        cpu->arch.lpcr |= 1ULL << 25;  /* interrupts keep LE */
    }
    ppc_set_msr(cpu, MSR_SF | MSR_ME | MSR_FP | MSR_VEC | MSR_VSX |
                     (le ? MSR_LE : 0));
    return cpu;
}

static void put_word(uint8_t *p, uint32_t word, bool le)
{
    for (unsigned i = 0; i < 4; i++) {
        p[i] = (uint8_t)(word >> (le ? 8 * i : 24 - 8 * i));
    }
}

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
    memcpy(mmio ? dev.bytes : ram + RAM_BUF, pattern, WIN);
    put_word(ram + CODE, word, le);
    PpcCpu *cpu = new_cpu(ram, &env, le);
    cpu->arch.gpr[4] = base;
    cpu->arch.gpr[5] = 0x13;                   /* unaligned index */
    cpu->arch.gpr[6] = 0x0b00000000000000ULL;  /* 11 bytes (lxvl & co) */
    ppc_cpu_run(cpu, 1);

    memcpy(out->gpr, cpu->arch.gpr, sizeof(out->gpr));
    out->gpr[4] -= base;
    for (unsigned n = 0; n < 32; n++) {
        out->vsr[n] = (PpcVec){ { cpu->arch.fpr[n], cpu->arch.fpr_dw1[n] } };
        out->vsr[32 + n] = cpu->arch.vr[n];
    }
    out->nip = cpu->arch.nip;
    memcpy(out->mem, mmio ? dev.bytes : ram + RAM_BUF, WIN);
    out->accesses = dev.accesses;
    ppc_cpu_free(cpu);
    g_free(ram);
}

static void test_mmio(gconstpointer data)
{
    bool le = GPOINTER_TO_INT(data);
    for (size_t k = 0; k < G_N_ELEMENTS(insns); k++) {
        Result r, m;
        run_one(insns[k].word, le, false, &r);
        run_one(insns[k].word, le, true, &m);
        g_test_message("%s (%s)", insns[k].text, le ? "LE" : "BE");
        g_assert_cmphex(r.nip, ==, CODE + 4);
        g_assert_cmphex(m.nip, ==, CODE + 4);
        g_assert_cmpuint(m.accesses, >, 0);
        for (unsigned i = 0; i < 32; i++) {
            g_assert_cmphex(r.gpr[i], ==, m.gpr[i]);
        }
        for (unsigned n = 0; n < 64; n++) {
            if (memcmp(&r.vsr[n], &m.vsr[n], sizeof(PpcVec))) {
                g_test_message("%s: vs%u: RAM %016" G_GINT64_MODIFIER "x%016"
                               G_GINT64_MODIFIER "x, MMIO %016"
                               G_GINT64_MODIFIER "x%016" G_GINT64_MODIFIER
                               "x", insns[k].text, n, r.vsr[n].dw[0],
                               r.vsr[n].dw[1], m.vsr[n].dw[0], m.vsr[n].dw[1]);
            }
            g_assert_cmphex(r.vsr[n].dw[0], ==, m.vsr[n].dw[0]);
            g_assert_cmphex(r.vsr[n].dw[1], ==, m.vsr[n].dw[1]);
        }
        for (unsigned i = 0; i < WIN; i++) {
            if (r.mem[i] != m.mem[i]) {
                g_test_message("%s: byte %u: RAM %#x, MMIO %#x",
                               insns[k].text, i, r.mem[i], m.mem[i]);
            }
            g_assert_cmphex(r.mem[i], ==, m.mem[i]);
        }
    }
}

/*
 * Self-modifying code: at CODE a quadword store (stxvb16x: the register
 * is the memory image in both orders; stvx: the image byte-reversed in
 * LE) writes "li r3,42; nop; nop; nop" over "li r3,1" at CODE+16, after
 * the page was decoded. Run to CODE+20: r3 must be 42.
 */
static void test_smc(void)
{
    static const struct {
        uint32_t word;
        bool reversed_le;
        const char *text;
    } stores[] = {
        { 0x7c0027d9, false, "stxvb16x vs32,0,r4" },
        { 0x7c0021ce, true, "stvx v0,0,r4" },
    };
    for (size_t k = 0; k < G_N_ELEMENTS(stores); k++) {
        for (int le = 0; le < 2; le++) {
            uint8_t *ram = g_malloc0(RAM_SIZE);
            PpcEnv env = test_null_env();
            uint8_t img[16];
            put_word(img, 0x3860002a, le);  /* li r3,42 */
            for (unsigned i = 1; i < 4; i++) {
                put_word(img + 4 * i, 0x60000000, le);  /* nop */
            }
            put_word(ram + CODE, stores[k].word, le);
            for (unsigned i = 1; i < 4; i++) {
                put_word(ram + CODE + 4 * i, 0x60000000, le);
            }
            put_word(ram + CODE + 16, 0x38600001, le);  /* li r3,1 */
            PpcCpu *cpu = new_cpu(ram, &env, le);
            /* decode the page once: run the old code to CODE+20 */
            cpu->arch.nip = CODE + 4;
            ppc_cpu_run(cpu, 4);
            g_assert_cmphex(cpu->arch.gpr[3], ==, 1);
            cpu->arch.nip = CODE;
            cpu->arch.gpr[4] = CODE + 16;
            PpcVec v = { { 0, 0 } };
            for (unsigned i = 0; i < 16; i++) {
                unsigned b = (stores[k].reversed_le && le) ? 15 - i : i;
                v.dw[b >> 3] |= (uint64_t)img[i] << (56 - 8 * (b & 7));
            }
            cpu->arch.vr[0] = v;
            ppc_cpu_run(cpu, 5);
            g_test_message("%s (%s): r3 %#" G_GINT64_MODIFIER "x, nip %#"
                           G_GINT64_MODIFIER "x", stores[k].text,
                           le ? "LE" : "BE", cpu->arch.gpr[3], cpu->arch.nip);
            g_assert_cmphex(cpu->arch.nip, ==, CODE + 20);
            g_assert_cmphex(cpu->arch.gpr[3], ==, 42);
            ppc_cpu_free(cpu);
            g_free(ram);
        }
    }
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_data_func("/vec-mem/mmio-be", GINT_TO_POINTER(0), test_mmio);
    g_test_add_data_func("/vec-mem/mmio-le", GINT_TO_POINTER(1), test_mmio);
    g_test_add_func("/vec-mem/smc", test_smc);
    return g_test_run();
}
