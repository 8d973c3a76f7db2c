/* SPDX-License-Identifier: MIT */
/*
 * mfspr/mtspr of every SPR number in supervisor and problem state:
 * prints, per SPR that does not behave as an unimplemented one, a class
 * for read and write in each state (v: value read, n: no-op, w: written,
 * P: privileged program interrupt, I: illegal, F: facility unavailable),
 * then write/read-back masks of the plain read-write SPRs, then CFAR:
 * the address of the last taken branch (not of a branch not taken), and
 * its write/read-back.
 */
#include "excp-util.h"

static volatile uint64_t got_vec, got_srr1;

static void hook(uint64_t v, RtFrame *f)
{
    got_vec = v;
    got_srr1 = f->srr1;
    if (xu_in_user) {
        if (v == 0xc00) {
            got_vec = 0;
        }
        xu_user_return(f);
    } else {
        f->srr0 += 4;
    }
}

#define SENT 0x5a5a5a5a12345678ULL

static char classify(uint64_t r, int is_read)
{
    if (got_vec == 0x700) {
        if (got_srr1 & 0x80000) {
            return 'I';
        }
        return (got_srr1 & 0x40000) ? 'P' : '7';
    }
    if (got_vec == 0xf60) {
        return 'F';
    }
    if (got_vec) {
        rt_printf("[vector %lx]", (unsigned long)got_vec);
        return 'X';
    }
    if (is_read) {
        return r == SENT ? 'n' : 'v';
    }
    return 'w';
}

/* Supervisor SPRs safe to write all-ones patterns to. */
static const unsigned rw_list[] = {
    1, 13, 17, 18, 19, 26, 27, 29, 31, 48, 61, 136, 144, 153, 157, 159,
    176, 256, 259, 272, 273, 275, 282, 446, 768, 769, 770, 771, 776,
    779, 780, 781, 782, 784, 785, 786, 787, 792, 795, 796, 797, 798, 800,
    801, 802, 803, 804, 805, 806, 815, 848, 888, 889, 890, 892, 893, 894,
    895, 896, 1023,
};

static uint64_t rd(unsigned n)
{
    xu_put_stub(xu_mfspr(3, n), XU_BLR, 0, 0);
    got_vec = 0;
    uint64_t r = xu_call(SENT, 0);
    return got_vec ? 0xeeeeeeeeeeeeeeeeULL : r;
}

static void wr(unsigned n, uint64_t v)
{
    xu_put_stub(xu_mtspr(n, 3), XU_BLR, 0, 0);
    got_vec = 0;
    xu_call(v, 0);
}

/* Put n instruction words in the stub (at most 8) and make them
 * fetchable. */
static void put_stub(const uint32_t *w, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        xu_stub[i] = w[i];
    }
    __asm__ volatile("dcbst 0,%0; sync; icbi 0,%0; isync"
                     :: "r"(xu_stub) : "memory");
}

static void cfar_checks(void)
{
    /* b .+8; trap; bdz .+8 (CTR = the stub's address: not taken);
     * mfspr r3,CFAR; blr */
    const uint32_t taken[] = { 0x48000008u, 0x7fe00008u, 0x42400008u,
                               xu_mfspr(3, 28), XU_BLR };
    put_stub(taken, 5);
    got_vec = 0;
    uint64_t r = xu_call(0, 0);
    rt_printf("cfar after b at stub+0, bdz not taken at +8: stub+%ld%s\n",
              (long)(r - (uint64_t)(uintptr_t)xu_stub),
              got_vec ? " (interrupt)" : "");
    /* mtspr CFAR,r3; mfspr r3,CFAR; blr */
    const uint32_t rw[] = { xu_mtspr(28, 3), xu_mfspr(3, 28), XU_BLR };
    put_stub(rw, 3);
    got_vec = 0;
    r = xu_call(0x123456789abcdef0ULL, 0);
    rt_printf("cfar write 123456789abcdef0 reads %016lx%s\n",
              (unsigned long)r, got_vec ? " (interrupt)" : "");
}

int main(void)
{
    rt_exception_hook = hook;
    user_mmu_setup();
    for (unsigned n = 0; n < 1024; n++) {
        char c[4];
        uint64_t r, wv;
        if (n == 8 || n == 9 || n == 22 || n == 28) {
            continue;  /* LR/CTR/DEC/CFAR change under the probe itself */
        }
        xu_put_stub(xu_mfspr(3, n), XU_BLR, 0, 0);
        got_vec = 0;
        r = xu_call(SENT, 0);
        c[0] = classify(r, 1);
        wv = (c[0] == 'v') ? r : 0;
        xu_put_stub(xu_mtspr(n, 3), XU_BLR, 0, 0);
        got_vec = 0;
        r = xu_call(wv, 0);
        c[1] = classify(r, 0);
        xu_put_stub(xu_mfspr(3, n), XU_SC0, 0, 0);
        got_vec = 0;
        r = xu_call_user(SENT, 0);
        c[2] = classify(r, 1);
        wv = (c[2] == 'v') ? r : 0;
        xu_put_stub(xu_mtspr(n, 3), XU_SC0, 0, 0);
        got_vec = 0;
        r = xu_call_user(wv, 0);
        c[3] = classify(r, 0);
        if (c[0] == 'n' && c[1] == 'w' && c[2] == 'P' && c[3] == 'P') {
            continue;  /* an unimplemented SPR */
        }
        rt_printf("spr %4u sup %c%c user %c%c\n", n, c[0], c[1], c[2], c[3]);
    }
    for (unsigned i = 0; i < sizeof(rw_list) / sizeof(rw_list[0]); i++) {
        unsigned n = rw_list[i];
        uint64_t r0 = rd(n);
        if (n == 26 || n == 27 || n == 274 || n == 1023) {
            r0 = 0;  /* reset values that depend on the runtime/machine */
        }
        wr(n, ~0ULL);
        uint64_t a = rd(n);
        wr(n, 0x5555555555555555ULL);
        uint64_t b = rd(n);
        wr(n, 0);
        uint64_t c = rd(n);
        rt_printf("spr %4u reset %016lx ones %016lx fives %016lx zero %016lx\n",
                  n, (unsigned long)r0, (unsigned long)a, (unsigned long)b,
                  (unsigned long)c);
    }
    wr(152, 0);
    rt_printf("ctrl after 0: %lx\n", (unsigned long)rd(136));
    wr(152, 1);
    rt_printf("ctrl after 1: %lx\n", (unsigned long)rd(136));
    cfar_checks();
    return 0;
}
