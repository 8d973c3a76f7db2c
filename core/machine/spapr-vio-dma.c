/* SPDX-License-Identifier: MIT */
/*
 * DMA of sPAPR VIO devices: each device with a DMA window has its own
 * TCE table (liobn = its unit address, 4 KiB pages at bus address 0,
 * QEMU's SPAPR_VIO_LIOBN), which the guest fills with the hcall-tce
 * calls (pci/phb-tce.c finds it here); the device reads and writes
 * guest RAM through it. On top of that, the Command/Response Queue
 * (PAPR 17.2.3): H_REG_CRQ registers a queue of 16-byte entries in the
 * guest's DMA window, H_SEND_CRQ hands the device one message,
 * spapr_vio_send_crq puts the device's replies on the queue (and
 * pulses its interrupt when H_VIO_SIGNAL enabled it), H_FREE_CRQ and
 * H_ENABLE_CRQ. H_COPY_RDMA copies between two windows. RTAS
 * ibm,set-tce-bypass turns a window off (bus address = real address),
 * as SLOF's drivers ask.
 */
#include <string.h>

#include "hcall.h"
#include "rtas.h"
#include "spapr-irq.h"

enum { TCE_READ = 1, TCE_WRITE = 2 };

/* QEMU 7.2's h_reg_crq limits (a queue of 4 KiB to 256 MiB). */
#define CRQ_MIN_SIZE 0x1000u
#define CRQ_MAX_SIZE 0x10000000u
/* H_COPY_RDMA: PAPR's largest copy in one call (128 KiB). */
#define COPY_RDMA_MAX (128u << 10)

SpaprTceTable *spapr_vio_tce_find(Machine *m, uint32_t liobn)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (!d->cls->vio) {
            continue;
        }
        SpaprVioDevice *v = (SpaprVioDevice *)d;
        if (v->tce.table && v->tce.liobn == liobn) {
            return &v->tce;
        }
    }
    return NULL;
}

/* One step of a DMA: the RAM address of ioba and how many bytes of the
 * page remain, or false when the page is unmapped or lacks perm. */
static bool tce_translate(Machine *m, const SpaprTceTable *t, uint64_t ioba,
                          unsigned perm, uint64_t len, uint64_t *pa,
                          uint64_t *n)
{
    uint64_t psize = 1ULL << t->page_shift;
    if (ioba < t->bus_offset) {
        return false;
    }
    uint64_t index = (ioba - t->bus_offset) >> t->page_shift;
    if (index >= t->nb_table) {
        return false;
    }
    uint64_t tce = t->table[index];
    if ((tce & perm) != perm) {
        return false;
    }
    uint64_t off = ioba & (psize - 1);
    *n = MIN(len, psize - off);
    *pa = (tce & ~(psize - 1)) + off;
    return spapr_ram_ok(m, *pa, *n);
}

/* Copy through a table: buf to RAM (write) or RAM to buf. A NULL buf
 * with write fills with c. */
static bool tce_rw(Machine *m, const SpaprTceTable *t, uint64_t ioba,
                   uint8_t *buf, uint64_t len, bool write, uint8_t c)
{
    while (len) {
        uint64_t pa, n;
        if (!tce_translate(m, t, ioba, write ? TCE_WRITE : TCE_READ, len,
                           &pa, &n)) {
            return false;
        }
        if (write && buf) {
            spapr_write_ram(m, pa, buf, n);   /* drops translated code */
        } else if (write) {
            memset(m->ram + pa, c, n);
            ppc_invalidate_code(m->cpu, pa, n);
        } else {
            memcpy(buf, m->ram + pa, n);
        }
        ioba += n;
        len -= n;
        if (buf) {
            buf += n;
        }
    }
    return true;
}

/* Bypass mode: the bus address is the real address. */
static bool bypass_rw(Machine *m, uint64_t ra, uint8_t *buf, uint64_t len,
                      bool write, uint8_t c)
{
    if (!spapr_ram_ok(m, ra, len)) {
        return false;
    }
    if (!write) {
        memcpy(buf, m->ram + ra, len);
    } else if (buf) {
        spapr_write_ram(m, ra, buf, len);
    } else if (len) {
        memset(m->ram + ra, c, len);
        ppc_invalidate_code(m->cpu, ra, len);
    }
    return true;
}

bool spapr_vio_dma_rw(SpaprVioDevice *v, uint64_t ioba, void *buf,
                      uint64_t len, bool write)
{
    if (v->tce_bypass) {
        return bypass_rw(v->dev.machine, ioba, buf, len, write, 0);
    }
    return v->tce.table &&
           tce_rw(v->dev.machine, &v->tce, ioba, buf, len, write, 0);
}

bool spapr_vio_dma_set(SpaprVioDevice *v, uint64_t ioba, uint8_t c,
                       uint64_t len)
{
    if (v->tce_bypass) {
        return bypass_rw(v->dev.machine, ioba, NULL, len, true, c);
    }
    return v->tce.table &&
           tce_rw(v->dev.machine, &v->tce, ioba, NULL, len, true, c);
}

/* ibm,set-tce-bypass(unit, enable): SLOF's VIO drivers switch their
 * device's window off while they run (QEMU 7.2's rtas_set_tce_bypass:
 * a unit without a window is a parameter error). */
void rtas_set_tce_bypass(RtasCall *c)
{
    if (c->nargs != 2) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    SpaprVioDevice *v = spapr_vio_find(c->m, rtas_ld(c, 0));
    if (!v || !v->tce.table) {
        rtas_st(c, 0, (uint32_t)RTAS_OUT_PARAM_ERROR);
        return;
    }
    v->tce_bypass = rtas_ld(c, 1) != 0;
    rtas_st(c, 0, RTAS_OUT_SUCCESS);
}

int spapr_vio_send_crq(SpaprVioDevice *v, const uint8_t msg[16])
{
    if (!v->crq_size) {
        return -1;
    }
    uint64_t at = v->crq_addr + v->crq_next;
    uint8_t valid;
    if (!spapr_vio_dma_rw(v, at, &valid, 1, false)) {
        return -1;
    }
    if (valid) {
        return 1;   /* the guest has not taken this entry yet */
    }
    /* the payload first, then the header that makes the entry valid */
    if (!spapr_vio_dma_rw(v, at + 8, (void *)(msg + 8), 8, true) ||
        !spapr_vio_dma_rw(v, at, (void *)msg, 8, true)) {
        return -1;
    }
    v->crq_next = (v->crq_next + 16) % v->crq_size;
    if (v->signal_state & 1) {
        spapr_irq_pulse(v->dev.machine, v->irq);
    }
    return 0;
}

static SpaprVioDevice *vio_at(Machine *m, uint64_t reg)
{
    return reg <= UINT32_MAX ? spapr_vio_find(m, (uint32_t)reg) : NULL;
}

long h_reg_crq(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprVioDevice *v = vio_at(m, args[0]);
    uint64_t addr = args[1], len = args[2];
    if (!v || len < CRQ_MIN_SIZE || len > CRQ_MAX_SIZE || (addr & 0xfff)) {
        return H_PARAMETER;
    }
    if (!v->crq_receive) {
        return H_NOT_FOUND;
    }
    if (v->crq_size) {
        return H_RESOURCE;   /* one queue per device */
    }
    v->crq_addr = addr;
    v->crq_size = (uint32_t)len;
    v->crq_next = 0;
    return H_SUCCESS;
}

long h_free_crq(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprVioDevice *v = vio_at(m, args[0]);
    if (!v) {
        return H_PARAMETER;
    }
    v->crq_addr = 0;
    v->crq_size = v->crq_next = 0;
    return H_SUCCESS;
}

long h_send_crq(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprVioDevice *v = vio_at(m, args[0]);
    if (!v) {
        return H_PARAMETER;
    }
    if (!v->crq_receive) {
        return H_HARDWARE;
    }
    uint8_t msg[16];
    for (int i = 0; i < 8; i++) {   /* r5, r6 big-endian, as in memory */
        msg[i] = (uint8_t)(args[1] >> (56 - 8 * i));
        msg[8 + i] = (uint8_t)(args[2] >> (56 - 8 * i));
    }
    return v->crq_receive(v, msg);
}

long h_enable_crq(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    return vio_at(m, args[0]) ? H_SUCCESS : H_PARAMETER;
}

/* H_COPY_RDMA(len, source liobn, source ioba, destination liobn,
 * destination ioba): PAPR's copy between two windows, for the server
 * side of a VIO partner. QEMU 7.2 has no such call (H_FUNCTION); farad
 * offers it (in no hypertas set) with PAPR's checks: both tables
 * exist, every page is mapped with read (source) / write (destination)
 * permission, at most 128 KiB. */
long h_copy_rdma(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint64_t len = args[0], sioba = args[2], dioba = args[4];
    SpaprTceTable *src = args[1] <= UINT32_MAX
        ? spapr_vio_tce_find(m, (uint32_t)args[1]) : NULL;
    SpaprTceTable *dst = args[3] <= UINT32_MAX
        ? spapr_vio_tce_find(m, (uint32_t)args[3]) : NULL;
    if (!src || !dst || len > COPY_RDMA_MAX) {
        return H_PARAMETER;
    }
    /* check every page of both sides before copying anything */
    for (uint64_t done = 0, n; done < len; done += n) {
        uint64_t pa, ns;
        if (!tce_translate(m, src, sioba + done, TCE_READ, len - done, &pa,
                           &ns) ||
            !tce_translate(m, dst, dioba + done, TCE_WRITE, len - done, &pa,
                           &n)) {
            return H_PARAMETER;
        }
        n = MIN(n, ns);
    }
    uint8_t *buf = g_malloc(len ? len : 1);
    bool ok = tce_rw(m, src, sioba, buf, len, false, 0) &&
              tce_rw(m, dst, dioba, buf, len, true, 0);
    g_free(buf);
    return ok ? H_SUCCESS : H_PARAMETER;
}
