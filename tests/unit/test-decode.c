/* SPDX-License-Identifier: MIT */
/*
 * Decoder tests (cpu-ppc/decode.c):
 *   /decode/rows       every row of ppc_op_info decodes back from its
 *                      canonical encoding (primary << 26 | xo placed as
 *                      insn.h documents);
 *   /decode/capstone   a fixed-seed pseudo-random sample of instruction
 *                      words (half of them with an extended-opcode
 *                      primary): wherever Capstone and farad both decode a
 *                      word, farad's row must be the instruction class
 *                      Capstone names (extended mnemonics normalised);
 *   /decode/illegal    every primary opcode without rows decodes to
 *                      PPC_OP_ILLEGAL, and executing it takes a program
 *                      interrupt with SRR1[illegal];
 *   /decode/isa-level  instructions new in ISA 3.0 / 2.07 decode to the
 *                      illegal handler (and raise 0x700 with SRR1[illegal])
 *                      on a CPU of an older level, and run on POWER9 —
 *                      the sets QEMU 7.2 uses for -cpu POWER8 / POWER7
 *                      (tests/guest/isa-levels.c records QEMU's choice);
 *   /decode/row-checks every F_FP row raises FP unavailable (0x800) with
 *                      MSR[FP] = 0 and no other row does; every F_PRIV
 *                      row raises the privileged program interrupt in
 *                      problem state; both also for a record decoded
 *                      while the MSR allowed it (the check is made when
 *                      the record runs, not when it is decoded);
 *   /decode/vectors    every row of insn.def is exercised by at least
 *                      one QEMU-oracle instruction vector of tests/insn
 *                      (expected/<cat>.h), except the rows of the
 *                      commented exemption list below, which it prints.
 */
#include <glib.h>
#include <string.h>

#include "base/disas.h"
#include "cpu-ppc/insn.h"
#include "tests/cpu-env.h"
#include "tests/insn/vector.h"
#include "tests/insn/isa-deviations.h"

/* The instruction vectors of every category (tests/insn/vectors.c,
 * compiled once per category and linked in). */
#define INSN_CATEGORY(cat) extern const InsnVector *const insn_table_##cat;
INSN_CATEGORY(branch) INSN_CATEGORY(int) INSN_CATEGORY(ldst) INSN_CATEGORY(fp)
INSN_CATEGORY(sys) INSN_CATEGORY(rand) INSN_CATEGORY(vmxperm)
INSN_CATEGORY(vsxmem) INSN_CATEGORY(vmxint) INSN_CATEGORY(vecfp)
INSN_CATEGORY(dfp) INSN_CATEGORY(vsxscalar)
#undef INSN_CATEGORY

static const struct {
    const char *cat;
    const InsnVector *const *vectors;   /* &insn_table_<cat> */
} vector_sets[] = {
    { "branch", &insn_table_branch }, { "int", &insn_table_int },
    { "ldst", &insn_table_ldst }, { "fp", &insn_table_fp }, { "sys", &insn_table_sys },
    { "rand", &insn_table_rand },
    { "vmxperm", &insn_table_vmxperm },
    { "vsxmem", &insn_table_vsxmem },
    { "vmxint", &insn_table_vmxint },
    { "vecfp", &insn_table_vecfp },
    { "dfp", &insn_table_dfp },
    { "vsxscalar", &insn_table_vsxscalar },
};

#define SAMPLE_WORDS 200000
#define SAMPLE_SEED 0x5eed1234u

/* Where the extended opcode of each primary lives (insn.h / decode.c). */
typedef struct XoField {
    unsigned shift, bits;
} XoField;

static XoField xo_field(unsigned prim)
{
    switch (prim) {
    case 4: return (XoField){ 0, 11 };  /* VMX: VA/VC/VX (insn.h) */
    case 60: return (XoField){ 0, 11 };  /* VSX: XX2/XX3/XX4 (insn.h) */
    case 17: return (XoField){ 0, 2 };  /* sc / scv */
    case 19: case 31: case 59: case 63: return (XoField){ 1, 10 };
    case 30: return (XoField){ 1, 4 };
    case 57: case 58: case 62: return (XoField){ 0, 2 };
    case 61: return (XoField){ 0, 3 };
    default: return (XoField){ 0, 0 };
    }
}

static uint32_t canonical_word(const PpcOpInfo *in)
{
    XoField f = xo_field(in->prim);
    return (uint32_t)in->prim << 26 | (uint32_t)in->xo << f.shift;
}

static void test_rows(void)
{
    ppc_decode_init();
    for (unsigned op = 1; op < PPC_OP_COUNT; op++) {
        const PpcOpInfo *in = &ppc_op_info[op];
        XoField f = xo_field(in->prim);
        if (f.bits == 0 && (in->xo || in->mask)) {
            g_test_message("row %s: primary %u has no xo field but xo %#x "
                           "mask %#x", in->name, in->prim, in->xo, in->mask);
            g_test_fail();
            continue;
        }
        uint32_t w = canonical_word(in);
        PpcInsn d;
        ppc_decode(w, &d);
        if (d.op != op) {
            g_test_message("row %s (primary %u xo %#x): word %08x decodes "
                           "to %s", in->name, in->prim, in->xo, w,
                           ppc_op_info[d.op].name);
        }
        g_assert_cmpstr(ppc_op_info[d.op].name, ==, in->name);
        g_assert_true(d.exec == in->exec);
        g_assert_cmphex(d.raw, ==, w);
    }
}

/* Capstone extended mnemonics and their base instruction. */
static const char *const alias_table[][2] = {
    { "li", "addi" }, { "la", "addi" }, { "subi", "addi" },
    { "lis", "addis" }, { "subis", "addis" }, { "subic", "addic" },
    { "sub", "subf" }, { "subc", "subfc" },
    { "mr", "or" }, { "nop", "ori" }, { "xnop", "xori" }, { "not", "nor" },
    { "slwi", "rlwinm" }, { "srwi", "rlwinm" }, { "clrlwi", "rlwinm" },
    { "clrrwi", "rlwinm" }, { "rotlwi", "rlwinm" }, { "rotrwi", "rlwinm" },
    { "extlwi", "rlwinm" }, { "extrwi", "rlwinm" }, { "clrlslwi", "rlwinm" },
    { "inslwi", "rlwimi" }, { "insrwi", "rlwimi" }, { "rotlw", "rlwnm" },
    { "sldi", "rldicr" }, { "clrrdi", "rldicr" }, { "extldi", "rldicr" },
    { "srdi", "rldicl" }, { "clrldi", "rldicl" }, { "rotldi", "rldicl" },
    { "rotrdi", "rldicl" }, { "extrdi", "rldicl" }, { "insrdi", "rldimi" },
    { "clrlsldi", "rldic" }, { "rotld", "rldcl" },
    { "cmpwi", "cmpi" }, { "cmpdi", "cmpi" }, { "cmpw", "cmp" },
    { "cmpd", "cmp" }, { "cmplwi", "cmpli" }, { "cmpldi", "cmpli" },
    { "cmplw", "cmpl" }, { "cmpld", "cmpl" },
    { "crset", "creqv" }, { "crclr", "crxor" }, { "crmove", "cror" },
    { "crnot", "crnor" },
    { "mtcr", "mtcrf" }, { "mtocrf", "mtcrf" }, { "mfocrf", "mfcr" },
    { "lwsync", "sync" }, { "ptesync", "sync" }, { "hwsync", "sync" },
    { "msync", "sync" },
    { "dcbtct", "dcbt" }, { "dcbtds", "dcbt" }, { "dcbtt", "dcbt" },
    { "dcbtstct", "dcbtst" }, { "dcbtstds", "dcbtst" }, { "dcbtstt", "dcbtst" },
    { "dcbfl", "dcbf" }, { "dcbflp", "dcbf" }, { "dcbzl", "dcbz" },
    { "trap", "tw" }, { "mbar", "eieio" },
    { "dstt", "dst" }, { "dststt", "dstst" }, { "dssall", "dss" },
    /* VSX permute/logical extended mnemonics; xx475 is one row for the
     * four byte reverses and the six FP instructions of XX2 xo 475 */
    { "xxmrghd", "xxpermdi" }, { "xxmrgld", "xxpermdi" },
    { "xxswapd", "xxpermdi" }, { "xxspltd", "xxpermdi" },
    { "xxmr", "xxlor" }, { "xxlnot", "xxlnor" },
    { "xxbrh", "xx475" }, { "xxbrw", "xx475" }, { "xxbrd", "xx475" },
    { "xxbrq", "xx475" }, { "xvxexpdp", "xx475" }, { "xvxsigdp", "xx475" },
    { "xvxexpsp", "xx475" }, { "xvxsigsp", "xx475" }, { "xvcvhpsp", "xx475" },
    { "xvcvsphp", "xx475" },
};

/* Instruction class of a Capstone branch mnemonic (NULL: not a branch). */
static const char *branch_class(const char *m)
{
    size_t n = strlen(m);
    if (m[0] != 'b' || strncmp(m, "bpermd", 6) == 0 || strncmp(m, "brinc", 5) == 0) {
        return NULL;
    }
    if (!strcmp(m, "b") || !strcmp(m, "ba") || !strcmp(m, "bl") ||
        !strcmp(m, "bla")) {
        return "b";
    }
#define ENDS(s) (n >= strlen(s) && !strcmp(m + n - strlen(s), s))
    if (ENDS("tar") || ENDS("tarl")) {
        return "bctar";
    }
    if (ENDS("ctr") || ENDS("ctrl")) {
        return "bcctr";
    }
    if (ENDS("lr") || ENDS("lrl")) {
        return "bclr";
    }
#undef ENDS
    return "bc";
}

/*
 * Does Capstone's mnemonic `cs` name the instruction class of farad's
 * row `op` for word w?
 */
static bool same_class(const char *cs, unsigned op, uint32_t w)
{
    const PpcOpInfo *in = &ppc_op_info[op];
    char m[32], fname[32];
    g_strlcpy(m, cs, sizeof(m));
    g_strlcpy(fname, in->name, sizeof(fname));

    /* farad spells always-recording rows name_rc (addic_rc = addic.) */
    size_t fl = strlen(fname);
    if (fl > 3 && !strcmp(fname + fl - 3, "_rc")) {
        fname[fl - 3] = 0;
    }
    /* strip prediction hints and the record dot */
    size_t n = strlen(m);
    while (n && (m[n - 1] == '+' || m[n - 1] == '-' || m[n - 1] == '.')) {
        m[--n] = 0;
    }
    if (!strcmp(m, fname)) {
        return true;
    }
    /* OE form: "addo" for a row with F_OE and the OE bit set */
    if ((in->flags & F_OE) && (w & 0x400) && n > 1 && m[n - 1] == 'o' &&
        !strncmp(m, fname, n - 1) && fname[n - 1] == 0) {
        return true;
    }
    for (size_t i = 0; i < G_N_ELEMENTS(alias_table); i++) {
        if (!strcmp(m, alias_table[i][0])) {
            return !strcmp(alias_table[i][1], fname);
        }
    }
    if (in->flags & F_BRANCH) {
        const char *bc = branch_class(m);
        return bc && !strcmp(bc, fname);
    }
    /* SPR moves: mflr, mtctr, mfsprg1, mttbl, ... */
    if (!strcmp(fname, "mfspr") || !strcmp(fname, "mftb")) {
        return !strncmp(m, "mf", 2);
    }
    if (!strcmp(fname, "mtspr")) {
        return !strncmp(m, "mt", 2);
    }
    /* trap conditions: tweq, tdlgti, ... */
    if (!strcmp(fname, "tw") || !strcmp(fname, "twi") ||
        !strcmp(fname, "td") || !strcmp(fname, "tdi")) {
        bool fi = fname[2] == 'i', mi = m[n - 1] == 'i';
        return !strncmp(m, fname, 2) && fi == mi;
    }
    /* isel conditions: isellt, iseleq, ... */
    if (!strcmp(fname, "isel")) {
        return !strncmp(m, "isel", 4);
    }
    return false;
}

/* xorshift32: deterministic and the same everywhere. */
static uint32_t next_word(uint32_t *s)
{
    uint32_t x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return *s = x;
}

static int cmp_count(gconstpointer a, gconstpointer b, gpointer table)
{
    guint ca = GPOINTER_TO_UINT(g_hash_table_lookup(table, *(char *const *)a));
    guint cb = GPOINTER_TO_UINT(g_hash_table_lookup(table, *(char *const *)b));
    return ca < cb ? 1 : ca > cb ? -1 : strcmp(*(char *const *)a, *(char *const *)b);
}

/* Print the most frequent keys of a mnemonic -> count table. */
static void report_table(const char *what, GHashTable *t, guint max)
{
    guint n = 0;
    gpointer *keys = g_hash_table_get_keys_as_array(t, &n);
    g_qsort_with_data(keys, (gint)n, sizeof(gpointer), cmp_count, t);
    GString *s = g_string_new(NULL);
    for (guint i = 0; i < n && i < max; i++) {
        g_string_append_printf(s, " %s:%u", (char *)keys[i],
                               GPOINTER_TO_UINT(g_hash_table_lookup(t, keys[i])));
    }
    g_test_message("%s (%u kinds):%s%s", what, n, s->str, n > max ? " ..." : "");
    g_string_free(s, TRUE);
    g_free(keys);
}

static void count(GHashTable *t, const char *k)
{
    guint c = GPOINTER_TO_UINT(g_hash_table_lookup(t, k));
    g_hash_table_replace(t, g_strdup(k), GUINT_TO_POINTER(c + 1));
}

static void test_capstone(void)
{
    Disas *ds = disas_new();
    if (!ds) {
        g_test_skip("Capstone cannot be opened");
        return;
    }
    ppc_decode_init();
    GHashTable *farad_only = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    GHashTable *cs_only = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    GHashTable *bad = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    unsigned agree = 0, disagree = 0, n_farad_only = 0, n_cs_only = 0;
    uint32_t seed = SAMPLE_SEED;

    for (unsigned i = 0; i < SAMPLE_WORDS; i++) {
        uint32_t w = next_word(&seed);
        if (i & 1) {
            /* half the sample in the extended-opcode primaries, where
             * the decoder has the most rows */
            static const uint8_t ext[] = { 4, 19, 30, 31, 31, 31, 58, 59, 62, 63 };
            w = (w & 0x03ffffff) | (uint32_t)ext[(w >> 26) % sizeof(ext)] << 26;
        }
        PpcInsn d;
        char m[32];
        ppc_decode(w, &d);
        bool cs_ok = disas_mnemonic(ds, w, m, sizeof(m));
        if (d.op == PPC_OP_ILLEGAL) {
            if (cs_ok) {
                n_cs_only++;
                count(cs_only, m);
            }
            continue;
        }
        if (!cs_ok) {
            n_farad_only++;
            count(farad_only, ppc_op_info[d.op].name);
            continue;
        }
        if (same_class(m, d.op, w)) {
            agree++;
            continue;
        }
        disagree++;
        char key[80];
        g_snprintf(key, sizeof(key), "%s/%s", ppc_op_info[d.op].name, m);
        if (!g_hash_table_contains(bad, key)) {
            char text[96];
            disas_insn(ds, w, 0, text, sizeof(text));
            g_test_message("disagreement: word %08x: farad %s, Capstone %s (%s)",
                           w, ppc_op_info[d.op].name, m, text);
        }
        count(bad, key);
    }
    g_test_message("%u words: %u agree, %u disagree, %u farad-only, "
                   "%u Capstone-only", SAMPLE_WORDS, agree, disagree,
                   n_farad_only, n_cs_only);
    report_table("decoded by farad only", farad_only, 40);
    report_table("decoded by Capstone only (not in farad yet)", cs_only, 60);
    if (disagree) {
        report_table("disagreements farad/Capstone", bad, 100);
    }
    g_assert_cmpuint(disagree, ==, 0);
    g_assert_cmpuint(agree, >, 0);
    g_hash_table_destroy(farad_only);
    g_hash_table_destroy(cs_only);
    g_hash_table_destroy(bad);
    disas_free(ds);
}

/* Every QEMU deviation of tests/insn/isa-deviations.h names a vector
 * recorded from QEMU in one of the categories. */
static void test_deviations_known(void)
{
    for (const InsnDeviation *dv = isa_deviations; dv->vector; dv++) {
        bool found = false;
        for (size_t c = 0; c < G_N_ELEMENTS(vector_sets) && !found; c++) {
            for (const InsnVector *v = *vector_sets[c].vectors;
                 v->name && !found; v++) {
                found = !strcmp(v->name, dv->vector);
            }
        }
        if (!found) {
            g_test_message("isa-deviations.h: deviation for unknown "
                           "vector %s", dv->vector);
            g_test_fail();
        }
    }
}

/* ---- running a few instructions on a bare CPU ---- */

enum { CHK_RAM = 64 * 1024, CHK_AT = 0x1000 };

/* A fresh POWER9 CPU on ram (CHK_RAM bytes, zeroed) with the n
 * big-endian words w at CHK_AT. */
static PpcCpu *cpu_with_words(uint8_t *ram, const uint32_t *w, unsigned n)
{
    PpcEnv env = test_null_env();
    PpcCpu *cpu = ppc_cpu_new(0, ram, CHK_RAM, &env);
    for (unsigned j = 0; j < n; j++) {
        for (int i = 0; i < 4; i++) {
            ram[CHK_AT + 4 * j + i] = (uint8_t)(w[j] >> (24 - 8 * i));
        }
    }
    ppc_invalidate_code(cpu, 0, CHK_RAM);
    cpu->arch.nip = CHK_AT;
    return cpu;
}

static PpcCpu *cpu_with_word(uint8_t *ram, uint32_t w)
{
    return cpu_with_words(ram, &w, 1);
}

static void test_illegal(void)
{
    bool used[64] = { false };
    unsigned tested = 0;

    ppc_decode_init();
    for (unsigned op = 1; op < PPC_OP_COUNT; op++) {
        used[ppc_op_info[op].prim] = true;
    }
    for (unsigned prim = 0; prim < 64; prim++) {
        if (used[prim]) {
            continue;
        }
        /* a few words of the slot: all-zero and all-one operand bits */
        const uint32_t words[] = {
            prim << 26, prim << 26 | 0x03ffffff, prim << 26 | 0x01234567,
        };
        for (unsigned k = 0; k < G_N_ELEMENTS(words); k++) {
            uint32_t w = words[k];
            PpcInsn d;
            ppc_decode(w, &d);
            if (d.op != PPC_OP_ILLEGAL) {
                g_test_message("primary %u word %08x decodes to %s", prim, w,
                               ppc_op_info[d.op].name);
            }
            g_assert_cmpuint(d.op, ==, PPC_OP_ILLEGAL);

            uint8_t *ram = g_malloc0(CHK_RAM);
            PpcCpu *cpu = cpu_with_word(ram, w);
            ppc_set_msr(cpu, MSR_SF | MSR_ME | MSR_FP);
            ppc_cpu_run(cpu, 1);
            if (cpu->arch.nip != EXCP_PROGRAM) {
                g_test_message("primary %u word %08x: nip %#" G_GINT64_MODIFIER
                               "x after one instruction", prim, w,
                               cpu->arch.nip);
            }
            g_assert_cmphex(cpu->arch.nip, ==, EXCP_PROGRAM);
            g_assert_cmphex(cpu->arch.srr0, ==, CHK_AT);
            g_assert_cmphex(cpu->arch.srr1 & SRR1_PROG_ILLEGAL, ==,
                            SRR1_PROG_ILLEGAL);
            ppc_cpu_free(cpu);
            g_free(ram);
            tested++;
        }
    }
    g_test_message("%u words of empty primary opcodes tested", tested);
}

/* One instruction at CHK_AT on a fresh CPU of level isa: the vector taken
 * (0 when none) and SRR1. */
static uint64_t run_at_level(uint32_t w, unsigned isa, uint64_t *srr1)
{
    uint8_t *ram = g_malloc0(CHK_RAM);
    PpcCpu *cpu = cpu_with_word(ram, w);
    cpu->isa = isa;
    cpu->arch.gpr[8] = 0x2000;   /* address operand of the load forms */
    ppc_set_msr(cpu, MSR_SF | MSR_ME | MSR_FP);
    ppc_cpu_run(cpu, 1);
    uint64_t vec = cpu->arch.nip == CHK_AT + 4 ? 0 : cpu->arch.nip;
    *srr1 = cpu->arch.srr1;
    ppc_cpu_free(cpu);
    g_free(ram);
    return vec;
}

static void test_isa_level(void)
{
    /* encodings from binutils (powerpc64-linux-gnu-as -mpower9) */
    static const struct {
        const char *name;
        uint32_t word;
        unsigned level;     /* first level that has it */
    } cases[] = {
        { "cmprb 1,0,5,6",     0x7c853180, PPC_ISA_300 },
        { "cmpeqb 1,5,6",      0x7c8531c0, PPC_ISA_300 },
        { "setb 9,1",          0x7d240100, PPC_ISA_300 },
        { "maddld 9,5,6,7",    0x112531f3, PPC_ISA_300 },
        { "maddhd 9,5,6,7",    0x112531f0, PPC_ISA_300 },
        { "cnttzd 9,5",        0x7ca90474, PPC_ISA_300 },
        { "modud 9,6,5",       0x7d262a12, PPC_ISA_300 },
        { "extswsli 9,5,3",    0x7ca91ef4, PPC_ISA_300 },
        { "mcrxrx 1",          0x7c800480, PPC_ISA_300 },
        { "addpcis 9,0",       0x4d200004, PPC_ISA_300 },
        { "mffsl 0",           0xfc18048e, PPC_ISA_300 },
        { "lqarx 10,0,8",      0x7d404228, PPC_ISA_207 },
        { "fmrgew 0,1,1",      0xfc010f8c, PPC_ISA_207 },
        { "bctar 4,2",         0x4c820460, PPC_ISA_207 },
        { "mffs 0",            0xfc00048e, PPC_ISA_206 },
        { "lbarx 9,0,8",       0x7d204068, PPC_ISA_206 },
        { "lq 10,0(8)",        0xe1480000, PPC_ISA_206 },
        { "vpermr 1,2,3,4",    0x1022193b, PPC_ISA_300 },
        { "vextractub 1,3,2",  0x10221a0d, PPC_ISA_300 },
        { "bcdctsq. 1,3",      0x10201d81, PPC_ISA_300 },
        { "vpermxor 1,2,3,4",  0x1022192d, PPC_ISA_207 },
        { "vpkudum 1,2,3",     0x10221c4e, PPC_ISA_207 },
        { "bcdadd. 1,2,3,0",   0x10221c01, PPC_ISA_207 },
        { "vperm 1,2,3,4",     0x1022192b, PPC_ISA_206 },
        /* VMX integer (insn-vmx-int.def; the ISA's version column) */
        { "vabsdub 1,2,3",     0x10221c03, PPC_ISA_300 },
        { "vnegw 1,3",         0x10261e02, PPC_ISA_300 },
        { "vrldnm 1,2,3",      0x102219c5, PPC_ISA_300 },
        { "vpmsumd 1,2,3",     0x10221cc8, PPC_ISA_207 },
        { "vaddudm 1,2,3",     0x102218c0, PPC_ISA_207 },
        { "vaddubm 1,2,3",     0x10221800, PPC_ISA_206 },
    };
    ppc_decode_init();
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        for (unsigned isa = PPC_ISA_206; isa <= PPC_ISA_300; isa++) {
            PpcInsn d;
            ppc_decode_isa(cases[i].word, &d, isa);
            bool want_illegal = isa < cases[i].level;
            g_test_message("%s on level %u: %s", cases[i].name, isa,
                           d.op == PPC_OP_ILLEGAL ? "illegal" : "decoded");
            g_assert_cmpint(d.op == PPC_OP_ILLEGAL, ==, want_illegal);
            ppc_decode(cases[i].word, &d);
            g_assert_cmpuint(d.op, !=, PPC_OP_ILLEGAL);   /* a real row */
            uint64_t srr1;
            uint64_t vec = run_at_level(cases[i].word, isa, &srr1);
            if (want_illegal) {
                g_assert_cmphex(vec, ==, EXCP_PROGRAM);
                g_assert_cmphex(srr1 & SRR1_PROG_ILLEGAL, ==,
                                SRR1_PROG_ILLEGAL);
            } else if (vec == EXCP_PROGRAM) {
                g_assert_cmphex(srr1 & SRR1_PROG_ILLEGAL, ==, 0);
            }
        }
    }
}

/* ---- XER[OV32], XER[CA32]: ISA 3.0 only ---- */

/* XER after one instruction w with r4, r5 on a fresh 64-bit CPU of
 * level isa. */
static uint64_t xer_after(uint32_t w, unsigned isa, uint64_t r4, uint64_t r5)
{
    uint8_t *ram = g_malloc0(CHK_RAM);
    PpcCpu *cpu = cpu_with_word(ram, w);
    cpu->isa = isa;
    cpu->arch.gpr[4] = r4;
    cpu->arch.gpr[5] = r5;
    ppc_set_msr(cpu, MSR_SF | MSR_ME);
    ppc_cpu_run(cpu, 1);
    g_assert_cmphex(cpu->arch.nip, ==, CHK_AT + 4);
    uint64_t xer = ppc_get_xer(cpu);
    ppc_cpu_free(cpu);
    g_free(ram);
    return xer;
}

/*
 * XER[OV32] (bit 44) and XER[CA32] (bit 45) exist from ISA 3.0 (Book I
 * 3.2.2); in ISA 2.07 (POWER8) and 2.06 (POWER7) they are reserved and
 * no instruction sets them. The decoder wraps the writers for older
 * levels (int_writes_xer32) and leaves the POWER9 handlers alone.
 */
static void test_xer32_level(void)
{
    /* encodings from binutils (powerpc64-linux-gnu-as -mpower9) */
    static const struct {
        const char *name;
        uint32_t word;
        uint64_t r4, r5;
        uint64_t xer300;    /* XER on POWER9; older: without OV32/CA32 */
    } cases[] = {
        /* carry out of both the doubleword and the low word */
        { "addc 3,4,5", 0x7c642814, ~0ULL, 1, 0x20040000 },
        /* overflow of both the doubleword and the low word */
        { "addo 3,4,5", 0x7c642e14, 0x7fffffff7fffffffULL,
          0x0000000100000001ULL, 0xc0080000 },
        /* low-word overflow only: OV32 alone */
        { "addo 3,4,5", 0x7c642e14, 0x7fffffff, 1, 0x00080000 },
        { "mullwo 3,4,5", 0x7c642dd6, 0x10000, 0x10000, 0xc0080000 },
        { "subfic 3,4,0", 0x20640000, 0, 0, 0x20040000 },
        /* negative source, a 1-bit shifted out */
        { "srawi 3,4,1", 0x7c830e70, ~0ULL, 0, 0x20040000 },
        { "sradi 3,4,1", 0x7c830e74, ~0ULL, 0, 0x20040000 },
        { "mtxer 4", 0x7c8103a6, 0xe00c0000, 0, 0xe00c0000 },
    };
    ppc_decode_init();
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        for (unsigned isa = PPC_ISA_206; isa <= PPC_ISA_300; isa++) {
            uint64_t want = cases[i].xer300;
            if (isa < PPC_ISA_300) {
                want &= ~(uint64_t)(XER_OV32 | XER_CA32);
            }
            uint64_t got = xer_after(cases[i].word, isa, cases[i].r4,
                                     cases[i].r5);
            g_test_message("%s on level %u: xer %#" G_GINT64_MODIFIER "x",
                           cases[i].name, isa, got);
            g_assert_cmphex(got, ==, want);
            PpcInsn d;
            ppc_decode_isa(cases[i].word, &d, isa);
            /* POWER9 runs the row's own handler: no wrapper cost */
            g_assert_true((d.exec == ppc_op_info[d.op].exec) ==
                          (isa == PPC_ISA_300));
        }
    }
}

/* mffscdrn FRT,FRB and mffscrn FRT,FRB with FRT = FRB: FRB is a source,
 * read before FRT is written (ISA 3.0B 4.6.10). The new DRN is seen by
 * a following mffs, so this runs two instructions. */
static void test_mffsc_same_reg(void)
{
    /* mffscdrn 2,2; mffs 3 and mffscrn 2,2; mffs 3 (binutils) */
    static const uint32_t words[2][2] = {
        { 0xfc54148e, 0xfc60048e }, { 0xfc56148e, 0xfc60048e },
    };
    ppc_decode_init();
    for (int k = 0; k < 2; k++) {
        uint8_t *ram = g_malloc0(CHK_RAM);
        PpcCpu *cpu = cpu_with_words(ram, words[k], 2);
        ppc_set_msr(cpu, MSR_SF | MSR_ME | MSR_FP);
        cpu->arch.fpscr = 0x1;                     /* RN = 1 */
        cpu->arch.fpscr_drn = 1;
        cpu->arch.fpr[2] = 0x0000000500000002ULL;  /* DRN 5, RN 2 */
        ppc_cpu_run(cpu, 2);
        g_assert_cmphex(cpu->arch.nip, ==, CHK_AT + 8);
        /* FRT: the old DRN and control bits */
        g_assert_cmphex(cpu->arch.fpr[2], ==, 0x0000000100000001ULL);
        /* the new mode from the old FRB, not from the new FRT */
        g_assert_cmphex(cpu->arch.fpr[3], ==,
                        k == 0 ? 0x0000000500000001ULL
                               : 0x0000000100000002ULL);
        ppc_cpu_free(cpu);
        g_free(ram);
    }
}

/* ---- row checks (F_FP, F_PRIV) ---- */

/* Run the instruction at CHK_AT once with MSR msr; its record stays
 * decoded for the next run. */
static void run_once(PpcCpu *cpu, uint64_t msr)
{
    cpu->arch.nip = CHK_AT;
    ppc_set_msr(cpu, msr);
    ppc_cpu_run(cpu, 1);
}

/* Did the last run take interrupt vec at the instruction? */
static bool took(const PpcCpu *cpu, uint64_t vec)
{
    return cpu->arch.nip == vec && cpu->arch.srr0 == CHK_AT;
}

/*
 * Row op's canonical word with MSR deny (which must stop it), decoded
 * either under deny or first run under allow (so the record already
 * exists when the MSR changes). Returns whether interrupt vec (with
 * SRR1 bits srr1 for a program interrupt) was taken.
 */
static bool denied_run(unsigned op, uint64_t allow, uint64_t deny,
                       bool decode_first, uint64_t vec, uint64_t srr1)
{
    uint8_t *ram = g_malloc0(CHK_RAM);
    PpcCpu *cpu = cpu_with_word(ram, canonical_word(&ppc_op_info[op]));
    if (decode_first) {
        run_once(cpu, allow);
    }
    cpu->arch.srr0 = cpu->arch.srr1 = 0;
    run_once(cpu, deny);
    bool ok = took(cpu, vec) && (cpu->arch.srr1 & srr1) == srr1;
    ppc_cpu_free(cpu);
    g_free(ram);
    return ok;
}

/* Rows without F_FP whose FP-unavailable interrupt depends on the
 * operand (the VSR moves: an FPR-half VSR needs MSR[FP], a VR MSR[VEC];
 * the msr_clear vectors of tests/insn/vsxmem.vec cover both). */
static bool fp_by_operand(const char *row)
{
    static const char *const rows[] = {
        "mfvsrd", "mfvsrwz", "mtvsrd", "mtvsrwa", "mtvsrwz", NULL,
    };
    for (unsigned i = 0; rows[i]; i++) {
        if (!strcmp(rows[i], row)) {
            return true;
        }
    }
    return false;
}

static void test_row_checks(void)
{
    const uint64_t base = MSR_SF | MSR_ME;
    unsigned n_fp = 0, n_priv = 0;

    ppc_decode_init();
    for (unsigned op = 1; op < PPC_OP_COUNT; op++) {
        const PpcOpInfo *in = &ppc_op_info[op];
        for (int first = 0; first < 2 && !fp_by_operand(in->name); first++) {
            bool fp = denied_run(op, base | MSR_FP, base, first,
                                 EXCP_FPU_UNAVAIL, 0);
            if (fp != !!(in->flags & F_FP)) {
                g_test_message("row %s (%s): FP unavailable %s with "
                               "MSR[FP]=0", in->name,
                               first ? "decoded with FP on" : "fresh",
                               fp ? "taken" : "not taken");
                g_test_fail();
            }
            if (!(in->flags & F_PRIV)) {
                continue;   /* mtspr & co. decide by operand */
            }
            if (!denied_run(op, base | MSR_FP, base | MSR_FP | MSR_PR, first,
                            EXCP_PROGRAM, SRR1_PROG_PRIV)) {
                g_test_message("row %s (%s): no privileged-instruction "
                               "interrupt in problem state", in->name,
                               first ? "decoded in supervisor state"
                                     : "fresh");
                g_test_fail();
            }
        }
        n_fp += !!(in->flags & F_FP);
        n_priv += !!(in->flags & F_PRIV);
    }
    g_test_message("%u F_FP rows, %u F_PRIV rows checked", n_fp, n_priv);
}

/* ---- every row has an instruction vector ---- */

/*
 * Rows no vector of tests/insn exercises, each with the reason. The
 * test prints this list every run, and fails if a row listed here has
 * a vector after all (then delete its line).
 */
static const struct {
    const char *row;
    const char *why;
} vector_exempt[] = {
    /* The oracle (tests/insn/oracle) enters the slot with rfid itself,
     * so SRR0/SRR1 hold the slot address and the vector's MSR: an rfid
     * in the slot would return to itself forever, and the vector format
     * has no srr0/srr1 inputs. */
    { "rfid", "the oracle enters the slot with rfid (SRR0 = the slot); "
              "compared with QEMU by tests/guest/excp-msr.c and "
              "excp-priv.c (guest.t)" },
    { NULL, NULL },
};

static const char *exempt_reason(const char *row)
{
    for (size_t i = 0; vector_exempt[i].row; i++) {
        if (!strcmp(vector_exempt[i].row, row)) {
            return vector_exempt[i].why;
        }
    }
    return NULL;
}

/* Every tests/insn/<cat>.vec is one of vector_sets (a new category
 * must be added there too). */
static void check_vector_categories(void)
{
    char *dir = g_build_filename(FARAD_SRC, "tests", "insn", NULL);
    GDir *gd = g_dir_open(dir, 0, NULL);
    g_assert_nonnull(gd);
    for (const char *f; gd && (f = g_dir_read_name(gd));) {
        if (!g_str_has_suffix(f, ".vec")) {
            continue;
        }
        bool known = false;
        for (size_t i = 0; i < G_N_ELEMENTS(vector_sets); i++) {
            known |= strlen(f) == strlen(vector_sets[i].cat) + 4 &&
                     !strncmp(f, vector_sets[i].cat, strlen(f) - 4);
        }
        if (!known) {
            g_test_message("tests/insn/%s is not in vector_sets", f);
            g_test_fail();
        }
    }
    if (gd) {
        g_dir_close(gd);
    }
    g_free(dir);
}

static void test_vectors(void)
{
    static unsigned hits[PPC_OP_COUNT];
    unsigned nvec = 0, missing = 0;

    ppc_decode_init();
    check_vector_categories();
    for (size_t i = 0; i < G_N_ELEMENTS(vector_sets); i++) {
        for (const InsnVector *v = *vector_sets[i].vectors; v->name; v++) {
            PpcInsn d;
            ppc_decode(v->word, &d);
            hits[d.op]++;
            nvec++;
        }
    }
    for (unsigned op = 1; op < PPC_OP_COUNT; op++) {
        const char *name = ppc_op_info[op].name;
        const char *why = exempt_reason(name);
        if (hits[op] && why) {
            g_test_message("row %s is exempted but has %u vectors: remove "
                           "it from vector_exempt", name, hits[op]);
            g_test_fail();
        } else if (!hits[op] && why) {
            g_test_message("exempt: row %s has no vector: %s", name, why);
        } else if (!hits[op]) {
            g_test_message("row %s of insn.def has no instruction vector "
                           "in tests/insn/*.vec", name);
            missing++;
        }
    }
    g_test_message("%u vectors, %u rows, %u without a vector", nvec,
                   PPC_OP_COUNT - 1, missing);
    g_assert_cmpuint(missing, ==, 0);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_set_nonfatal_assertions();
    g_test_add_func("/decode/rows", test_rows);
    g_test_add_func("/decode/capstone", test_capstone);
    g_test_add_func("/decode/illegal", test_illegal);
    g_test_add_func("/decode/isa-level", test_isa_level);
    g_test_add_func("/decode/xer32-level", test_xer32_level);
    g_test_add_func("/decode/mffsc-same-reg", test_mffsc_same_reg);
    g_test_add_func("/decode/row-checks", test_row_checks);
    g_test_add_func("/decode/vectors", test_vectors);
    g_test_add_func("/decode/deviations-known", test_deviations_known);
    return g_test_run();
}
