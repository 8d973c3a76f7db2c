/* SPDX-License-Identifier: MIT */
/*
 * Oracle guest main program (run under QEMU by tests/insn/regen.sh):
 * installs the interrupt stubs of oracle.S, then for each vector of the
 * generated table writes the instruction into the slot, runs it with
 * vec_run and prints one line with the complete output state:
 *   V <index> vec srr0 srr1 hmsr dar dsisr actxer actfpscr msrin
 *     gpr0..31 fpr0..31 cr xer lr ctr fpscr tar
 *     vsr0.dw0 vsr0.dw1 .. vsr63.dw1 vscr vrsave mem
 * all in hex (mem as 2 hex digits per scratch byte). Vectors run with
 * MSR[FP], [VEC] and [VSX] on unless the vector clears them.
 */
#include "../../guest/rt/rt.h"
#include "oracle.h"

#define MSR_SF (1ULL << 63)
#define MSR_VEC (1ULL << 25)
#define MSR_VSX (1ULL << 23)

/* Word 3 of a quadword slot as lvx/stvx see it (mtvscr/mfvscr). */
#ifdef __LITTLE_ENDIAN__
#define VSCR_WORD 0
#else
#define VSCR_WORD 3
#endif

static uint64_t ctx[CTX_SIZE / 8] __attribute__((aligned(128)));

static const unsigned vectors[] = {
    0x200, 0x300, 0x380, 0x400, 0x480, 0x500, 0x600, 0x700, 0x800, 0x900,
    0x980, 0xa00, 0xb00, 0xc00, 0xd00, 0xe00, 0xf00, 0xf20, 0xf40, 0xf60,
};

static void sync_icache(volatile void *p, unsigned long n)
{
    for (unsigned long a = (unsigned long)p & ~3UL; a < (unsigned long)p + n;
         a += 4) {
        __asm__ volatile("dcbst 0,%0; sync; icbi 0,%0" : : "r"(a) : "memory");
    }
    __asm__ volatile("sync; isync" : : : "memory");
}

static void put_hex(uint64_t v, int digits)
{
    static const char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; i--) {
        rt_putc(hex[(v >> (4 * i)) & 0xf]);
    }
}

static void put_field(uint64_t v)
{
    rt_putc(' ');
    put_hex(v, 16);
}

static uint64_t get_msr(void)
{
    uint64_t m;
    __asm__ volatile("mfmsr %0" : "=r"(m));
    return m;
}

int main(void)
{
    if ((unsigned long)vec_landing != ORACLE_LANDING ||
        (unsigned long)vec_scratch != ORACLE_SCRATCH) {
        rt_printf("oracle: layout error: landing %p scratch %p\n",
                  vec_landing, vec_scratch);
        return 1;
    }
    unsigned nstub = (unsigned)(vec_stub_end - vec_stub);
    for (unsigned i = 0; i < sizeof(vectors) / sizeof(vectors[0]); i++) {
        volatile uint32_t *p = (volatile uint32_t *)(unsigned long)vectors[i];
        for (unsigned w = 0; w < nstub; w++) {
            p[w] = w == 3 ? (vec_stub[w] & 0xffff0000u) | vectors[i]
                          : vec_stub[w];
        }
        sync_icache(p, nstub * 4);
    }

    uint64_t msr = get_msr() | MSR_VEC | MSR_VSX;
    __asm__ volatile("mtmsrd %0; isync" : : "r"(msr));
    volatile uint32_t *slot = (volatile uint32_t *)ORACLE_SLOT;
    for (unsigned i = 0; i < oracle_nvecs; i++) {
        const OracleVec *v = &oracle_vecs[i];
        memcpy(vec_scratch, v->mem, ORACLE_SCRATCH_SIZE);
        *slot = v->word;
        sync_icache(slot, 4);
        memset(ctx, 0, sizeof(ctx));
        for (unsigned r = 0; r < 32; r++) {
            ctx[CTX_IN_GPR / 8 + r] = v->gpr[r];
            ctx[CTX_IN_FPR / 8 + r] = v->fpr[r];
            ctx[CTX_IN_VSR / 8 + 2 * r] = v->fpr[r];
            ctx[CTX_IN_VSR / 8 + 2 * r + 1] = v->vsr_dw1[r];
            ctx[CTX_IN_VSR / 8 + 64 + 2 * r] = v->vr[r][0];
            ctx[CTX_IN_VSR / 8 + 64 + 2 * r + 1] = v->vr[r][1];
        }
        ((uint32_t *)ctx)[CTX_IN_VSCRQ / 4 + VSCR_WORD] = (uint32_t)v->vscr;
        ctx[CTX_IN_VRSAVE / 8] = v->vrsave;
        ctx[CTX_IN_CR / 8] = v->cr;
        ctx[CTX_IN_XER / 8] = v->xer;
        ctx[CTX_IN_LR / 8] = v->lr;
        ctx[CTX_IN_CTR / 8] = v->ctr;
        ctx[CTX_IN_FPSCR / 8] = v->fpscr;
        ctx[CTX_IN_TAR / 8] = v->tar;
        ctx[CTX_IN_NIP / 8] = ORACLE_SLOT;
        uint64_t msr_in = (msr & ~MSR_SF & ~v->msr_clear) |
                          (v->msr_sf ? MSR_SF : 0);
        ctx[CTX_IN_MSR / 8] = msr_in;
        vec_run((uint8_t *)ctx);
        *slot = 0;
        sync_icache(slot, 4);

        rt_puts("V ");
        put_hex(i, 4);
        put_field(ctx[CTX_OUT_VEC / 8]);
        put_field(ctx[CTX_OUT_SRR0 / 8]);
        put_field(ctx[CTX_OUT_SRR1 / 8]);
        put_field(ctx[CTX_OUT_MSR / 8]);
        put_field(ctx[CTX_OUT_DAR / 8]);
        put_field(ctx[CTX_OUT_DSISR / 8]);
        put_field(ctx[CTX_ACT_XER / 8]);
        put_field(ctx[CTX_ACT_FPSCR / 8]);
        put_field(msr_in);
        for (unsigned r = 0; r < 32; r++) {
            put_field(ctx[CTX_OUT_GPR / 8 + r]);
        }
        for (unsigned r = 0; r < 32; r++) {
            put_field(ctx[CTX_OUT_FPR / 8 + r]);
        }
        put_field(ctx[CTX_OUT_CR / 8]);
        put_field(ctx[CTX_OUT_XER / 8]);
        put_field(ctx[CTX_OUT_LR / 8]);
        put_field(ctx[CTX_OUT_CTR / 8]);
        put_field(ctx[CTX_OUT_FPSCR / 8]);
        put_field(ctx[CTX_OUT_TAR / 8]);
        for (unsigned q = 0; q < 128; q++) {
            put_field(ctx[CTX_OUT_VSR / 8 + q]);
        }
        put_field(((uint32_t *)ctx)[CTX_OUT_VSCRQ / 4 + VSCR_WORD]);
        put_field(ctx[CTX_OUT_VRSAVE / 8]);
        rt_putc(' ');
        for (unsigned b = 0; b < ORACLE_SCRATCH_SIZE; b++) {
            put_hex((uint8_t)vec_scratch[b], 2);
        }
        rt_putc('\n');
    }
    rt_puts("done\n");
    return 0;
}
