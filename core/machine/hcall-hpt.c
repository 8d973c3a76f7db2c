/* SPDX-License-Identifier: MIT */
/*
 * The partition's hashed page table, owned by the hypervisor (PAPR
 * 14.5.4.1), and its hcall-pft / hcall-bulk / hcall-hpt-resize
 * hypercalls: H_ENTER, H_REMOVE, H_READ, H_PROTECT, H_BULK_REMOVE,
 * H_RESIZE_HPT_PREPARE/COMMIT with QEMU 7.2's flags,
 * checks and return codes (hw/ppc/spapr_softmmu.c). QEMU 7.2 under TCG
 * answers H_CLEAR_REF and H_CLEAR_MOD with H_FUNCTION; so does farad
 * (their base/hcalls.def rows stay unbound).
 *
 * The table lives outside guest memory, sized as QEMU sizes it for the
 * RAM (spapr_hpt_shift, also ibm,pft-size in the tree); every CPU gets
 * it through ppc_cpu_set_htab and walks it itself (cpu-ppc/mmu-hash.c).
 * A POWER9 partition starts in hash mode as in QEMU 7.2 under TCG. When
 * it registers a radix process table (H_REGISTER_PROC_TBL,
 * hcall-radix.c) the CPUs lose the HPT, and get it back when it
 * registers a hash one.
 * HPTEs are big-endian doublewords. Bit 0x40 of the first doubleword is
 * QEMU's software "dirty" marker: H_ENTER, H_REMOVE and H_PROTECT set
 * it as QEMU does, so H_READ returns the same words.
 */
#include <string.h>

#include "hcall.h"

#define H_BIT(n) (1ULL << (63 - (n)))
#define H_EXACT   H_BIT(24)
#define H_READ_4  H_BIT(26)
#define H_AVPN    H_BIT(32)
#define H_ANDCOND H_BIT(33)

enum { H_PTEG_FULL = -6 };

#define HPTE_V_SSIZE  0xc000000000000000ULL
#define HPTE_V_1T     0x4000000000000000ULL
#define HPTE_V_AVPN   0x3fffffffffffff80ULL
#define HPTE_V_BOLTED 0x0000000000000010ULL
#define HPTE_V_SECONDARY 0x0000000000000002ULL
#define HPTE_V_VALID  0x0000000000000001ULL
#define HPTE_V_DIRTY  0x0000000000000040ULL  /* QEMU's software bit */
#define HPTE_R_PP0    0x8000000000000000ULL
#define HPTE_R_KEY_HI 0x3000000000000000ULL
#define HPTE_R_RPN    0x0ffffffffffff000ULL
#define HPTE_R_KEY_LO 0x0000000000000e00ULL
#define HPTE_R_R      0x0000000000000100ULL
#define HPTE_R_C      0x0000000000000080ULL
#define HPTE_R_W      0x0000000000000040ULL
#define HPTE_R_I      0x0000000000000020ULL
#define HPTE_R_M      0x0000000000000010ULL
#define HPTE_R_WIMG   0x0000000000000078ULL
#define HPTE_R_N      0x0000000000000004ULL
#define HPTE_R_PP     0x0000000000000003ULL

uint32_t spapr_hpt_shift(uint64_t ram)
{
    unsigned shift = 0;
    while ((1ULL << shift) < ram) {
        shift++;
    }
    shift = shift > 7 ? shift - 7 : 0;
    return shift < 18 ? 18 : shift > 46 ? 46 : shift;
}

/* Hand the HPT (or none) to every CPU. */
static void give_all(Machine *m, uint8_t *htab, uint64_t size)
{
    unsigned max = 0;
    while (max < 63 &&
           (2ULL << max) <= m->spapr->opts.cap_hpt_max_page_size) {
        max++;
    }
    PpcCpu *c;   /* CPU 0 only before smp_init makes the others */
    for (int i = 0; (c = machine_cpu(m, i)); i++) {
        c->hpt_max_shift = (uint8_t)max;   /* cap-hpt-max-page-size */
        ppc_cpu_set_htab(c, htab, size);
    }
}

void spapr_hpt_set_active(Machine *m, bool on)
{
    SpaprState *s = m->spapr;
    s->htab_active = on;
    give_all(m, on ? s->htab : NULL, 1ULL << s->htab_shift);
}

/* An empty table of the size the RAM gets (allocated again when the
 * current one has another size): every HPTE empty and "dirty", as QEMU
 * allocates it (H_READ of an unused slot shows 0x40). */
static void hpt_empty_default(Machine *m)
{
    SpaprState *s = m->spapr;
    uint32_t shift = spapr_hpt_shift(m->ram_size);
    g_assert(shift < 32);
    if (!s->htab || s->htab_shift != shift) {   /* first use, or resized */
        g_free(s->htab);
        s->htab_shift = shift;
        s->htab_bytes = 1u << shift;
        s->htab = g_malloc(s->htab_bytes);
    }
    memset(s->htab, 0, 1ULL << s->htab_shift);
    for (uint64_t i = 0; i < (1ULL << s->htab_shift) / 16; i++) {
        s->htab[i * 16 + 7] = (uint8_t)HPTE_V_DIRTY;
    }
}

void spapr_hpt_reset(Machine *m)
{
    SpaprState *s = m->spapr;
    hpt_empty_default(m);
    s->hpt_pending_shift = 0;
    s->htab_used = false;
    /* every model starts in hash mode, POWER9 too (QEMU 7.2 under TCG:
     * H_ENTER works before CAS) */
    spapr_hpt_set_active(m, true);
}

void spapr_hpt_free(SpaprState *s)
{
    g_free(s->htab);
    s->htab = NULL;
}

/* Every CPU drops its cached translations (an HPTE went away or lost
 * rights). */
static void flush_all(Machine *m)
{
    PpcCpu *c;
    for (int i = 0; (c = machine_cpu(m, i)); i++) {
        ppc_mmu_flush(c);
    }
}

static bool valid_ptex(const SpaprState *s, uint64_t ptex)
{
    return s->htab_active && (ptex >> 3) < (1ULL << (s->htab_shift - 7));
}

static uint64_t be64_at(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) {
        v = (v << 8) | p[i];
    }
    return v;
}

static void be64_put(uint8_t *p, uint64_t v)
{
    for (int i = 0; i < 8; i++) {
        p[i] = (uint8_t)(v >> (56 - 8 * i));
    }
}

static uint64_t hpte0(const SpaprState *s, uint64_t ptex)
{
    return be64_at(s->htab + ptex * 16);
}

static uint64_t hpte1(const SpaprState *s, uint64_t ptex)
{
    return be64_at(s->htab + ptex * 16 + 8);
}

static void hpte_store(SpaprState *s, uint64_t ptex, uint64_t v, uint64_t r)
{
    be64_put(s->htab + ptex * 16, v);
    be64_put(s->htab + ptex * 16 + 8, r);
}

/* H_ENTER(flags, ptex, pteh, ptel): r4 = the slot used. */
long h_enter(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    SpaprState *s = m->spapr;
    uint64_t flags = args[0], ptex = args[1], pteh = args[2], ptel = args[3];
    unsigned shift = ppc_hpte_page_shift(cpu, pteh, ptel);
    if (!shift) {
        return H_PARAMETER;  /* page size encoding */
    }
    uint64_t raddr = (ptel & HPTE_R_RPN) & ~((1ULL << shift) - 1);
    if (raddr < m->ram_size) {
        if ((ptel & HPTE_R_WIMG) != HPTE_R_M) {
            return H_PARAMETER;  /* RAM must be WIMG = 0010 */
        }
    } else {
        uint64_t wim = ptel & (HPTE_R_W | HPTE_R_I | HPTE_R_M);
        if (wim != HPTE_R_I && wim != (HPTE_R_I | HPTE_R_M)) {
            return H_PARAMETER;  /* I/O must be cache-inhibited */
        }
    }
    pteh &= ~0x60ULL;  /* software bits */
    if (!valid_ptex(s, ptex)) {
        return H_PARAMETER;
    }
    uint64_t slot = ptex & 7, group = ptex & ~7ULL;
    if (!(flags & H_EXACT)) {
        for (slot = 0; slot < 8; slot++) {
            if (!(hpte0(s, group + slot) & HPTE_V_VALID)) {
                break;
            }
        }
        if (slot == 8) {
            return H_PTEG_FULL;
        }
    } else if (hpte0(s, group + slot) & HPTE_V_VALID) {
        return H_PTEG_FULL;
    }
    hpte_store(s, group + slot, pteh | HPTE_V_DIRTY, ptel);
    s->htab_used = true;
    args[0] = group + slot;
    return H_SUCCESS;
}

enum { REMOVE_SUCCESS = 0, REMOVE_NOT_FOUND = 1, REMOVE_PARM = 2 };

/* Remove HPTE ptex if it is valid and passes the H_AVPN / H_ANDCOND
 * check against avpn; *v, *r = its words before. */
static int remove_hpte(SpaprState *s, uint64_t ptex, uint64_t avpn,
                       uint64_t flags, uint64_t *v, uint64_t *r)
{
    if (!valid_ptex(s, ptex)) {
        return REMOVE_PARM;
    }
    uint64_t pv = hpte0(s, ptex), pr = hpte1(s, ptex);
    if (!(pv & HPTE_V_VALID) ||
        ((flags & H_AVPN) && (pv & ~0x7fULL) != avpn) ||
        ((flags & H_ANDCOND) && (pv & avpn) != 0)) {
        return REMOVE_NOT_FOUND;
    }
    *v = pv;
    *r = pr;
    hpte_store(s, ptex, HPTE_V_DIRTY, 0);
    return REMOVE_SUCCESS;
}

/* H_REMOVE(flags, ptex, avpn): r4, r5 = the removed HPTE. */
long h_remove(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint64_t v, r;
    switch (remove_hpte(m->spapr, args[1], args[2], args[0], &v, &r)) {
    case REMOVE_SUCCESS:
        args[0] = v;
        args[1] = r;
        flush_all(m);
        return H_SUCCESS;
    case REMOVE_NOT_FOUND:
        return H_NOT_FOUND;
    default:
        return H_PARAMETER;
    }
}

/* H_READ(flags, ptex): r4.. = one HPTE, or four (H_READ_4, from the
 * group of four holding ptex). */
long h_read(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprState *s = m->spapr;
    uint64_t flags = args[0], ptex = args[1];
    if (!valid_ptex(s, ptex)) {
        return H_PARAMETER;
    }
    int n = 1;
    if (flags & H_READ_4) {
        ptex &= ~3ULL;
        n = 4;
    }
    for (int i = 0; i < n; i++) {
        args[2 * i] = hpte0(s, ptex + (uint64_t)i);
        args[2 * i + 1] = hpte1(s, ptex + (uint64_t)i);
    }
    return H_SUCCESS;
}

/* H_PROTECT(flags, ptex, avpn): new PP0, PP, N and key bits from flags. */
long h_protect(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprState *s = m->spapr;
    uint64_t flags = args[0], ptex = args[1], avpn = args[2];
    if (!valid_ptex(s, ptex)) {
        return H_PARAMETER;
    }
    uint64_t v = hpte0(s, ptex), r = hpte1(s, ptex);
    if (!(v & HPTE_V_VALID) || ((flags & H_AVPN) && (v & ~0x7fULL) != avpn)) {
        return H_NOT_FOUND;
    }
    r &= ~(HPTE_R_PP0 | HPTE_R_PP | HPTE_R_N | HPTE_R_KEY_HI | HPTE_R_KEY_LO);
    r |= (flags << 55) & HPTE_R_PP0;
    r |= (flags << 48) & HPTE_R_KEY_HI;
    r |= flags & (HPTE_R_PP | HPTE_R_N | HPTE_R_KEY_LO);
    hpte_store(s, ptex, v | HPTE_V_DIRTY, r);
    flush_all(m);
    return H_SUCCESS;
}

#define BULK_TYPE     0xc000000000000000ULL
#define BULK_REQUEST  0x4000000000000000ULL
#define BULK_RESPONSE 0x8000000000000000ULL
#define BULK_END      0xc000000000000000ULL
#define BULK_PARM     0x2000000000000000ULL
#define BULK_FLAGS    0x0300000000000000ULL
#define BULK_ANDCOND  0x0100000000000000ULL
#define BULK_AVPN     0x0200000000000000ULL
#define BULK_PTEX     0x00ffffffffffffffULL

/* H_BULK_REMOVE: up to four (translation specifier high, low) pairs in
 * r4..r11; each high word is rewritten as the response (code in bits
 * 2:3, the removed R and C in bits 4:5). */
long h_bulk_remove(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    long rc = H_SUCCESS;
    bool removed = false;
    for (int i = 0; i < 4; i++) {
        uint64_t *tsh = &args[2 * i];
        uint64_t tsl = args[2 * i + 1];
        if ((*tsh & BULK_TYPE) == BULK_END) {
            break;
        }
        if ((*tsh & BULK_TYPE) != BULK_REQUEST) {
            rc = H_PARAMETER;
            break;
        }
        *tsh &= BULK_PTEX | BULK_FLAGS;
        *tsh |= BULK_RESPONSE;
        if ((*tsh & BULK_ANDCOND) && (*tsh & BULK_AVPN)) {
            *tsh |= BULK_PARM;
            rc = H_PARAMETER;
            break;
        }
        uint64_t v, r;
        int ret = remove_hpte(m->spapr, *tsh & BULK_PTEX, tsl,
                              (*tsh & BULK_FLAGS) >> 26, &v, &r);
        *tsh |= (uint64_t)ret << 60;
        if (ret == REMOVE_SUCCESS) {
            *tsh |= (r & (HPTE_R_C | HPTE_R_R)) << 43;
            removed = true;
        } else if (ret == REMOVE_PARM) {
            rc = H_PARAMETER;
            break;
        }
    }
    if (removed) {
        flush_all(m);
    }
    return rc;
}

/*
 * HPT resizing (hcall-hpt-resize, as QEMU 7.2 implements it in its
 * spapr_hcall.c / spapr_softmmu.c): H_RESIZE_HPT_PREPARE(flags, shift)
 * gets a table of 2^shift bytes ready, H_RESIZE_HPT_COMMIT(flags, shift)
 * moves the valid bolted HPTEs into it (the others are dropped, as the
 * guest expects) and makes it the partition's table.
 *
 * Determinism: QEMU zeroes the new table in a thread and answers
 * H_LONG_BUSY_ORDER_100_MSEC until it is done, so when a repeated
 * prepare (or a commit, H_BUSY before then) sees it ready depends on
 * host timing. farad's prepare is done at once: the first prepare of a
 * size answers H_LONG_BUSY_ORDER_100_MSEC as QEMU's always does, every
 * later one of the same size H_SUCCESS, and a commit never finds it
 * busy. Nothing is allocated until the commit (a prepared table is all
 * zeros), so the pending state is its size alone (hpt_pending_shift,
 * saved in snapshots).
 */

bool spapr_hpt_resize_allowed(const Machine *m)
{
    return strcmp(m->spapr->opts.resize_hpt, "disabled") != 0;
}

/* H_RESIZE_HPT_PREPARE(flags, shift): shift 0 cancels a prepared size. */
long h_resize_hpt_prepare(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprState *s = m->spapr;
    uint64_t flags = args[0], shift = args[1];
    if (!spapr_hpt_resize_allowed(m)) {
        return H_AUTHORITY;
    }
    if (!s->htab_active) {
        return H_NOT_AVAILABLE;   /* radix: no HPT */
    }
    if (flags) {
        return H_PARAMETER;
    }
    if (shift && (shift < 18 || shift > 46)) {
        return H_PARAMETER;
    }
    /* at most one order above what the RAM gets; farad keeps sizes in a
     * u32 (htab_bytes), which only RAM of 256G or more could exceed */
    if (shift > spapr_hpt_shift(m->ram_size) + 1 || shift > 31) {
        return H_RESOURCE;
    }
    if (shift && s->hpt_pending_shift == shift) {
        return H_SUCCESS;         /* prepared (at once, see above) */
    }
    s->hpt_pending_shift = (uint32_t)shift;   /* replaces another size */
    return shift ? H_LONG_BUSY_ORDER_100_MSEC : H_SUCCESS;
}

bool spapr_hpt_cas_no_resize(Machine *m)
{
    SpaprState *s = m->spapr;
    if (!strcmp(s->opts.resize_hpt, "required")) {
        return false;
    }
    if (s->htab_shift < spapr_hpt_shift(m->ram_size)) {
        hpt_empty_default(m);
        spapr_hpt_set_active(m, s->htab_active);   /* the new table */
    }
    return true;
}

/* The primary hash an HPTE in PTEG `pteg` of a table with PTEG mask
 * `mask` was entered under: the AVPN holds the VSID and the EA's
 * segment offset down to bit 23, the PTEG index gives the offset bits
 * below (as QEMU 7.2 recovers them, from the page size the HPTE's L/LP
 * encode). False for a B field that is neither 256M nor 1T. */
static bool hpte_hash(PpcCpu *cpu, uint64_t v, uint64_t r, uint64_t pteg,
                      uint64_t mask, uint64_t *hash)
{
    unsigned shift = ppc_hpte_page_shift(cpu, v, r);
    if (!shift) {
        return false;             /* H_ENTER refuses such encodings */
    }
    uint64_t avpn = ((v & HPTE_V_AVPN) >> 7) & ~(((1ULL << shift) - 1) >> 23);
    uint64_t primary = (v & HPTE_V_SECONDARY) ? ~pteg : pteg;
    uint64_t vsid, off, vhash;
    if ((v & HPTE_V_SSIZE) == 0) {             /* 256M segment */
        vsid = avpn >> 5;
        off = (avpn & 0x1f) << 23;
        vhash = vsid;
    } else if ((v & HPTE_V_SSIZE) == HPTE_V_1T) {
        vsid = avpn >> 17;
        off = (avpn & 0x1ffff) << 23;
        vhash = vsid ^ (vsid << 25);
    } else {
        return false;
    }
    if (shift < 23) {
        off |= ((vhash ^ primary) & mask) << shift;
    }
    *hash = vhash ^ (off >> shift);
    return true;
}

/* Move the valid bolted HPTEs of the current table into `to` (zeroed,
 * 2^shift bytes), each to the same slot of the PTEG its hash selects
 * there (the secondary PTEG for a secondary entry). H_PTEG_FULL when
 * two land in one slot (only when shrinking), H_HARDWARE for an entry
 * whose segment size is invalid. */
static long rehash_bolted(SpaprState *s, PpcCpu *cpu, uint8_t *to,
                          unsigned shift)
{
    uint64_t old_mask = (1ULL << (s->htab_shift - 7)) - 1;
    uint64_t new_mask = (1ULL << (shift - 7)) - 1;
    for (uint64_t ptex = 0; ptex < (old_mask + 1) * 8; ptex++) {
        uint64_t v = hpte0(s, ptex), r = hpte1(s, ptex), hash;
        if (!(v & HPTE_V_VALID) || !(v & HPTE_V_BOLTED)) {
            continue;
        }
        if (!hpte_hash(cpu, v, r, ptex / 8, old_mask, &hash)) {
            return H_HARDWARE;
        }
        /* QEMU 7.2 asserts on a secondary entry here (it compares and
         * indexes with the complement unmasked); farad places it where
         * the secondary hash puts it */
        uint64_t group = ((v & HPTE_V_SECONDARY) ? ~hash : hash) & new_mask;
        uint8_t *dst = to + (group * 8 + ptex % 8) * 16;
        if (be64_at(dst) & HPTE_V_VALID) {
            return H_PTEG_FULL;   /* bolted collision */
        }
        be64_put(dst, v);
        be64_put(dst + 8, r);
    }
    return H_SUCCESS;
}

/* H_RESIZE_HPT_COMMIT(flags, shift): switch to the prepared size. The
 * prepare is used up whatever the outcome; on failure the old table
 * stays. Every CPU drops its cached translations. */
long h_resize_hpt_commit(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    SpaprState *s = m->spapr;
    uint64_t flags = args[0], shift = args[1];
    if (!spapr_hpt_resize_allowed(m)) {
        return H_AUTHORITY;
    }
    if (flags) {
        return H_PARAMETER;
    }
    if (!s->hpt_pending_shift || s->hpt_pending_shift != shift) {
        return H_CLOSED;          /* no matching prepare */
    }
    s->hpt_pending_shift = 0;
    if (!s->htab_active) {
        /* went radix since the prepare (QEMU 7.2 asserts) */
        return H_CLOSED;
    }
    /* new free slots read 0, not QEMU's 0x40 "dirty" of a reset table:
     * QEMU's prepared table is zeroed */
    uint8_t *t = g_malloc0(1ULL << shift);
    long rc = rehash_bolted(s, cpu, t, (unsigned)shift);
    if (rc != H_SUCCESS) {
        g_free(t);
        return rc;
    }
    g_free(s->htab);
    s->htab = t;
    s->htab_shift = (uint32_t)shift;
    s->htab_bytes = 1u << shift;
    s->htab_used = true;   /* snapshots save it: not what a reset makes */
    spapr_hpt_set_active(m, true);   /* hands it over, flushes the caches */
    return H_SUCCESS;
}
