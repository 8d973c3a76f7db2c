/* SPDX-License-Identifier: MIT */
/*
 * Fixed-point instruction sweep: every Book I fixed-point instruction
 * form (OE, Rc, CA-using, immediate variants) run through inline asm on
 * all pairs of a set of edge-case operands with XER both clear and with
 * SO/OV/CA/OV32/CA32 set, in 64-bit mode and (for the forms whose
 * results depend on it) with MSR[SF] = 0. For each form the program
 * prints a checksum of result, XER and CR; the output is compared with
 * QEMU's.
 */
#include "rt/rt.h"

typedef struct Res {
    uint64_t r, xer, cr;
} Res;

typedef Res (*OpFn)(uint64_t a, uint64_t b, uint64_t c, uint64_t xer);

static const uint64_t vals[] = {
    0, 1, 2, 3, 0xffffffffffffffffULL, 0xfffffffffffffffeULL,
    0x7f, 0x80, 0x7fff, 0x8000, 0x7fffffff, 0x80000000,
    0xffffffff, 0x100000000ULL, 0x17fffffffULL, 0x7fffffffffffffffULL,
    0x8000000000000000ULL, 0x123456789abcdef0ULL, 0xfedcba9876543210ULL,
    0x8000000080000000ULL, 0xfffffffeULL, 0x5555555555555555ULL,
    0xaaaaaaaaaaaaaaaaULL, 0xffffffff00000000ULL,
};
#define NVALS (sizeof(vals) / sizeof(vals[0]))

static const uint64_t xers[] = { 0, 0xe00c0000 };

/* CR value loaded before each operation (fields the op leaves alone
 * must survive). */
#define CR_IN 0x2468ace1

/*
 * OP(fn, text): a 64-bit mode wrapper. In text, %[rt] is RT (it holds c
 * on entry, for the forms that read their target), %[ra] is RA (= a),
 * %[rb] is RB (= b). "b" constraints keep r0 out of RA/RB so (RA|0) forms see
 * the register.
 */
#define OP(fn, text) \
    static Res fn(uint64_t a, uint64_t b, uint64_t c, uint64_t xer) \
    { \
        Res o; \
        o.r = c; \
        __asm__ volatile("mtxer %[xer]\n\t" \
                         "mtcr %[cr]\n\t" \
                         text "\n\t" \
                         "mfxer %[xo]\n\t" \
                         "mfcr %[co]" \
                         : [rt] "+&r"(o.r), [xo] "=&r"(o.xer), \
                           [co] "=&r"(o.cr) \
                         : [xer] "r"(xer), [ra] "b"(a), [rb] "b"(b), \
                           [cr] "r"(CR_IN) \
                         : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", \
                           "cr6", "cr7", "xer"); \
        return o; \
    }

/* The same with MSR[SF] = 0 around the operation. */
#define OP32(fn, text) \
    static Res fn(uint64_t a, uint64_t b, uint64_t c, uint64_t xer) \
    { \
        Res o; \
        uint64_t m, t; \
        o.r = c; \
        __asm__ volatile("mfmsr %[m]\n\t" \
                         "rldicl %[t],%[m],0,1\n\t" \
                         "mtxer %[xer]\n\t" \
                         "mtcr %[cr]\n\t" \
                         "mtmsrd %[t]\n\t" \
                         text "\n\t" \
                         "mtmsrd %[m]\n\t" \
                         "mfxer %[xo]\n\t" \
                         "mfcr %[co]" \
                         : [rt] "+&r"(o.r), [xo] "=&r"(o.xer), \
                           [co] "=&r"(o.cr), [m] "=&r"(m), [t] "=&r"(t) \
                         : [xer] "r"(xer), [ra] "b"(a), [rb] "b"(b), \
                           [cr] "r"(CR_IN) \
                         : "cr0", "cr1", "cr2", "cr3", "cr4", "cr5", \
                           "cr6", "cr7", "xer", "memory"); \
        return o; \
    }

/* XO-form arithmetic in its four flavours, 64-bit mode, plus o. in
 * 32-bit mode. */
#define XO4(n, mn) \
    OP(n, mn " %[rt],%[ra],%[rb]") \
    OP(n##_rc, mn ". %[rt],%[ra],%[rb]") \
    OP(n##_o, mn "o %[rt],%[ra],%[rb]") \
    OP(n##_orc, mn "o. %[rt],%[ra],%[rb]") \
    OP32(n##_32, mn "o. %[rt],%[ra],%[rb]")

#define XO1(n, mn) \
    OP(n, mn " %[rt],%[ra]") \
    OP(n##_rc, mn ". %[rt],%[ra]") \
    OP(n##_o, mn "o %[rt],%[ra]") \
    OP(n##_orc, mn "o. %[rt],%[ra]") \
    OP32(n##_32, mn "o. %[rt],%[ra]")

#define X2(n, mn) \
    OP(n, mn " %[rt],%[ra],%[rb]") \
    OP(n##_rc, mn ". %[rt],%[ra],%[rb]") \
    OP32(n##_32, mn ". %[rt],%[ra],%[rb]")

#define X1(n, mn) \
    OP(n, mn " %[rt],%[ra]") \
    OP(n##_rc, mn ". %[rt],%[ra]") \
    OP32(n##_32, mn ". %[rt],%[ra]")

/* ---- the operations ---- */

XO4(add, "add")
XO4(addc, "addc")
XO4(adde, "adde")
XO4(subf, "subf")
XO4(subfc, "subfc")
XO4(subfe, "subfe")
XO1(addme, "addme")
XO1(addze, "addze")
XO1(subfme, "subfme")
XO1(subfze, "subfze")
XO1(neg, "neg")
XO4(mullw, "mullw")
XO4(mulld, "mulld")
XO4(divw, "divw")
XO4(divwu, "divwu")
XO4(divd, "divd")
XO4(divdu, "divdu")
XO4(divwe, "divwe")
XO4(divweu, "divweu")
XO4(divde, "divde")
XO4(divdeu, "divdeu")
X2(mulhw, "mulhw")
X2(mulhwu, "mulhwu")
X2(mulhd, "mulhd")
X2(mulhdu, "mulhdu")
OP(addex, "addex %[rt],%[ra],%[rb],0")
OP32(addex_32, "addex %[rt],%[ra],%[rb],0")
OP(modsw, "modsw %[rt],%[ra],%[rb]")
OP(moduw, "moduw %[rt],%[ra],%[rb]")
OP(modsd, "modsd %[rt],%[ra],%[rb]")
OP(modud, "modud %[rt],%[ra],%[rb]")
OP(maddhd, "maddhd %[rt],%[ra],%[rb],%[rt]")
OP(maddhdu, "maddhdu %[rt],%[ra],%[rb],%[rt]")
OP(maddld, "maddld %[rt],%[ra],%[rb],%[rt]")

OP(addic, "addic %[rt],%[ra],-7")
OP(addic_rc, "addic. %[rt],%[ra],1")
OP32(addic_32, "addic. %[rt],%[ra],-1")
OP(subfic, "subfic %[rt],%[ra],-1")
OP32(subfic_32, "subfic %[rt],%[ra],5")
OP(mulli, "mulli %[rt],%[ra],-12345")
OP(addis, "addis %[rt],%[ra],-32768")
OP(addi, "addi %[rt],%[ra],32767")

OP(cmp_all, "cmpd 1,%[ra],%[rb]\n\tcmpw 2,%[ra],%[rb]\n\tcmpld 3,%[ra],%[rb]\n\tcmplw 4,%[ra],%[rb]\n\t"
            "cmpdi 5,%[ra],-1\n\tcmpwi 6,%[ra],1\n\tcmpldi 7,%[ra],0x8000\n\t"
            "cmplwi 0,%[ra],0x7fff")
OP32(cmp_all_32, "cmpd 1,%[ra],%[rb]\n\tcmpw 2,%[ra],%[rb]\n\tcmpld 3,%[ra],%[rb]\n\t"
                 "cmplw 4,%[ra],%[rb]")
OP(cmprb, "cmprb 1,0,%[ra],%[rb]\n\tcmprb 6,1,%[ra],%[rb]")
OP(cmpeqb, "cmpeqb 3,%[ra],%[rb]")
OP(setb, "mtcr %[ra]\n\tsetb %[rt],1")
OP(isel, "mtcr %[rb]\n\tisel %[rt],%[ra],%[rb],6")
OP(isel0, "mtcr %[rb]\n\tisel %[rt],0,%[rb],31")
/* XER is cleared again after mcrxrx: its reserved bits are not what
 * this program tests. */
OP(mcrxrx, "mtxer %[ra]\n\tmcrxrx 6\n\tli %[rt],0\n\tmtxer %[rt]")

X2(and, "and")
X2(andc, "andc")
X2(or, "or")
X2(orc, "orc")
X2(xor, "xor")
X2(nand, "nand")
X2(nor, "nor")
X2(eqv, "eqv")
OP(andi, "andi. %[rt],%[ra],0x8081")
OP(andis, "andis. %[rt],%[ra],0x8001")
OP32(andis_32, "andis. %[rt],%[ra],0x8001")
OP(ori, "ori %[rt],%[ra],0x8001")
OP(oris, "oris %[rt],%[ra],0x8001")
OP(xori, "xori %[rt],%[ra],0xffff")
OP(xoris, "xoris %[rt],%[ra],0xffff")
X1(extsb, "extsb")
X1(extsh, "extsh")
X1(extsw, "extsw")
X1(cntlzw, "cntlzw")
X1(cntlzd, "cntlzd")
X1(cnttzw, "cnttzw")
X1(cnttzd, "cnttzd")
OP(popcntb, "popcntb %[rt],%[ra]")
OP(popcntw, "popcntw %[rt],%[ra]")
OP(popcntd, "popcntd %[rt],%[ra]")
OP(prtyw, "prtyw %[rt],%[ra]")
OP(prtyd, "prtyd %[rt],%[ra]")
OP(cmpb, "cmpb %[rt],%[ra],%[rb]")
OP(bpermd, "bpermd %[rt],%[ra],%[rb]")

OP(rlwinm_a, "rlwinm %[rt],%[ra],5,3,28")
OP(rlwinm_b, "rlwinm. %[rt],%[ra],31,29,2")
OP32(rlwinm_32, "rlwinm. %[rt],%[ra],1,0,31")
OP(rlwimi_a, "rlwimi %[rt],%[ra],8,12,19")
OP(rlwimi_b, "rlwimi. %[rt],%[ra],28,30,1")
OP(rlwnm_a, "rlwnm %[rt],%[ra],%[rb],0,31")
OP(rlwnm_b, "rlwnm. %[rt],%[ra],%[rb],16,7")
OP(rldicl_a, "rldicl %[rt],%[ra],13,7")
OP(rldicl_b, "rldicl. %[rt],%[ra],0,32")
OP32(rldicl_32, "rldicl. %[rt],%[ra],32,0")
OP(rldicr_a, "rldicr %[rt],%[ra],60,59")
OP(rldicr_b, "rldicr. %[rt],%[ra],1,0")
OP(rldic_a, "rldic %[rt],%[ra],8,40")
OP(rldic_b, "rldic. %[rt],%[ra],40,8")
OP(rldimi_a, "rldimi %[rt],%[ra],16,32")
OP(rldimi_b, "rldimi. %[rt],%[ra],48,8")
OP(rldcl_a, "rldcl %[rt],%[ra],%[rb],3")
OP(rldcl_b, "rldcl. %[rt],%[ra],%[rb],60")
OP(rldcr_a, "rldcr %[rt],%[ra],%[rb],3")
OP(rldcr_b, "rldcr. %[rt],%[ra],%[rb],60")
X2(slw, "slw")
X2(srw, "srw")
X2(sraw, "sraw")
X2(sld, "sld")
X2(srd, "srd")
X2(srad, "srad")
OP(srawi_a, "srawi %[rt],%[ra],0")
OP(srawi_b, "srawi. %[rt],%[ra],7")
OP32(srawi_32, "srawi. %[rt],%[ra],31")
OP(sradi_a, "sradi %[rt],%[ra],33")
OP(sradi_b, "sradi. %[rt],%[ra],1")
OP(sradi_c, "sradi %[rt],%[ra],63")
OP(extswsli_a, "extswsli %[rt],%[ra],0")
OP(extswsli_b, "extswsli. %[rt],%[ra],35")

/* ---- the sweep ---- */

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v;
    h *= 0x100000001b3ULL;
    return h ^ (h >> 29);
}

typedef struct Test {
    const char *name;
    OpFn fn;
} Test;

#define T(n) { #n, n }

static const Test tests[] = {
    T(add), T(add_rc), T(add_o), T(add_orc), T(add_32),
    T(addc), T(addc_rc), T(addc_o), T(addc_orc), T(addc_32),
    T(adde), T(adde_rc), T(adde_o), T(adde_orc), T(adde_32),
    T(subf), T(subf_rc), T(subf_o), T(subf_orc), T(subf_32),
    T(subfc), T(subfc_rc), T(subfc_o), T(subfc_orc), T(subfc_32),
    T(subfe), T(subfe_rc), T(subfe_o), T(subfe_orc), T(subfe_32),
    T(addme), T(addme_rc), T(addme_o), T(addme_orc), T(addme_32),
    T(addze), T(addze_rc), T(addze_o), T(addze_orc), T(addze_32),
    T(subfme), T(subfme_rc), T(subfme_o), T(subfme_orc), T(subfme_32),
    T(subfze), T(subfze_rc), T(subfze_o), T(subfze_orc), T(subfze_32),
    T(neg), T(neg_rc), T(neg_o), T(neg_orc), T(neg_32),
    T(mullw), T(mullw_rc), T(mullw_o), T(mullw_orc), T(mullw_32),
    T(mulld), T(mulld_rc), T(mulld_o), T(mulld_orc), T(mulld_32),
    T(divw), T(divw_rc), T(divw_o), T(divw_orc), T(divw_32),
    T(divwu), T(divwu_rc), T(divwu_o), T(divwu_orc), T(divwu_32),
    T(divd), T(divd_rc), T(divd_o), T(divd_orc), T(divd_32),
    T(divdu), T(divdu_rc), T(divdu_o), T(divdu_orc), T(divdu_32),
    T(divwe), T(divwe_rc), T(divwe_o), T(divwe_orc), T(divwe_32),
    T(divweu), T(divweu_rc), T(divweu_o), T(divweu_orc), T(divweu_32),
    T(divde), T(divde_rc), T(divde_o), T(divde_orc), T(divde_32),
    T(divdeu), T(divdeu_rc), T(divdeu_o), T(divdeu_orc), T(divdeu_32),
    T(mulhw), T(mulhw_rc), T(mulhw_32), T(mulhwu), T(mulhwu_rc),
    T(mulhwu_32), T(mulhd), T(mulhd_rc), T(mulhd_32), T(mulhdu),
    T(mulhdu_rc), T(mulhdu_32),
    T(addex), T(addex_32), T(modsw), T(moduw), T(modsd), T(modud),
    T(maddhd), T(maddhdu), T(maddld),
    T(addic), T(addic_rc), T(addic_32), T(subfic), T(subfic_32), T(mulli),
    T(addis), T(addi),
    T(cmp_all), T(cmp_all_32), T(cmprb), T(cmpeqb), T(setb), T(isel),
    T(isel0), T(mcrxrx),
    T(and), T(and_rc), T(and_32), T(andc), T(andc_rc), T(andc_32),
    T(or), T(or_rc), T(or_32), T(orc), T(orc_rc), T(orc_32),
    T(xor), T(xor_rc), T(xor_32), T(nand), T(nand_rc), T(nand_32),
    T(nor), T(nor_rc), T(nor_32), T(eqv), T(eqv_rc), T(eqv_32),
    T(andi), T(andis), T(andis_32), T(ori), T(oris), T(xori), T(xoris),
    T(extsb), T(extsb_rc), T(extsb_32), T(extsh), T(extsh_rc), T(extsh_32),
    T(extsw), T(extsw_rc), T(extsw_32), T(cntlzw), T(cntlzw_rc),
    T(cntlzw_32), T(cntlzd), T(cntlzd_rc), T(cntlzd_32), T(cnttzw),
    T(cnttzw_rc), T(cnttzw_32), T(cnttzd), T(cnttzd_rc), T(cnttzd_32),
    T(popcntb), T(popcntw), T(popcntd), T(prtyw), T(prtyd), T(cmpb),
    T(bpermd),
    T(rlwinm_a), T(rlwinm_b), T(rlwinm_32), T(rlwimi_a), T(rlwimi_b),
    T(rlwnm_a), T(rlwnm_b), T(rldicl_a), T(rldicl_b), T(rldicl_32),
    T(rldicr_a), T(rldicr_b), T(rldic_a), T(rldic_b), T(rldimi_a),
    T(rldimi_b), T(rldcl_a), T(rldcl_b), T(rldcr_a), T(rldcr_b),
    T(slw), T(slw_rc), T(slw_32), T(srw), T(srw_rc), T(srw_32),
    T(sraw), T(sraw_rc), T(sraw_32), T(sld), T(sld_rc), T(sld_32),
    T(srd), T(srd_rc), T(srd_32), T(srad), T(srad_rc), T(srad_32),
    T(srawi_a), T(srawi_b), T(srawi_32), T(sradi_a), T(sradi_b),
    T(sradi_c), T(extswsli_a), T(extswsli_b),
};

int main(void)
{
    uint64_t all = 0;
    for (size_t t = 0; t < sizeof(tests) / sizeof(tests[0]); t++) {
        uint64_t h = 0xcbf29ce484222325ULL;
        for (size_t i = 0; i < NVALS; i++) {
            for (size_t j = 0; j < NVALS; j++) {
                for (size_t x = 0; x < 2; x++) {
                    /* c (the old RT) varies with the pair too */
                    uint64_t c = vals[(i + j + x) % NVALS];
                    Res o = tests[t].fn(vals[i], vals[j], c, xers[x]);
                    h = mix(h, o.r);
                    h = mix(h, o.xer);
                    h = mix(h, o.cr);
                }
            }
        }
        rt_printf("%-12s %016llx\n", tests[t].name, (unsigned long long)h);
        all = mix(all, h);
    }
    rt_printf("int-ops total %016llx\n", (unsigned long long)all);
    return 0;
}
