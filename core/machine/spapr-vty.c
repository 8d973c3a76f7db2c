/* SPDX-License-Identifier: MIT */
/*
 * spapr-vty: the hypervisor virtual terminal (hvterm1) on the VIO bus,
 * driven by H_PUT_TERM_CHAR / H_GET_TERM_CHAR. A vty with a chardev
 * (the default one gets "serial0", the -serial backend) talks to the
 * machine console; one without discards output and has no input, as in
 * QEMU.
 *
 * Input: the main loop polls the console at every round
 * (spapr_vty_poll) into the vty's 16-byte buffer and pulses the vty's
 * XICS source (an MSI) when input arrives in an empty buffer, as QEMU
 * 7.2's vty_receive does whatever the H_VIO_SIGNAL mode (its vty takes
 * none); the guest masks the source through XICS. H_GET_TERM_CHAR
 * takes buffered bytes first. tests/guest/vty-irq.c checks this
 * against QEMU.
 */
#include <libfdt.h>
#include <poll.h>
#include <string.h>

#include "hcall.h"
#include "spapr-irq.h"

#define VTY_BUF_SIZE 16

typedef struct SpaprVty {
    SpaprVioDevice vio;   /* must be first */
    char *chardev;        /* backend id, NULL = none */
    uint8_t buf[VTY_BUF_SIZE];  /* input taken for the interrupt path */
    uint32_t in, out;     /* bytes put into / taken from buf */
} SpaprVty;

static const PropDesc vty_props[] = {
    PROP_U32("reg", SpaprVty, vio.reg, UINT32_MAX),
    PROP_STR("chardev", SpaprVty, chardev, NULL,
             "ID of a chardev to use as a backend"),
    PROP_END
};

static const SnapField vty_fields[] = {
    SNAP_U32_EQUAL("reg", SpaprVty, vio.reg, 1),
    SNAP_U32_EQUAL("irq", SpaprVty, vio.irq, 1),
    SNAP_U32("signal_state", SpaprVty, vio.signal_state, 1),
    SNAP_BYTES("buf", SpaprVty, buf, VTY_BUF_SIZE, 1),
    SNAP_U32("in", SpaprVty, in, 1),
    SNAP_U32("out", SpaprVty, out, 1),
    SNAP_END
};

static const SnapSection vty_snap = {
    .name = "spapr_vty", .version = 1, .min_version = 1,
    .fields = vty_fields,
};

static bool vty_realize(Device *d, GError **err)
{
    SpaprVty *v = (SpaprVty *)d;
    Machine *m = d->machine;
    /* the first vty created by the machine takes the serial backend */
    if (!v->chardev && m->cfg.serial_stdio && !spapr_vty_default(m)) {
        v->chardev = g_strdup("serial0");
    }
    return spapr_vio_realize(&v->vio, err);
}

static void vty_reset(Device *d)
{
    SpaprVty *v = (SpaprVty *)d;
    v->vio.signal_state = 0;
    v->in = v->out = 0;
}

static int vty_fdt(Device *d, void *fdt)
{
    SpaprVty *v = (SpaprVty *)d;
    return spapr_vio_fdt_common(&v->vio, fdt, "serial", "hvterm1");
}

const DeviceClass spapr_vty_class = {
    .name = "spapr-vty",
    .desc = NULL,   /* QEMU's has none: the hypervisor terminal, hvterm1 */
    .category = "Input",
    .bus = "spapr-vio-bus",
    .size = sizeof(SpaprVty),
    .props = vty_props,
    .snap = &vty_snap,
    .user_creatable = true,
    .vio = true,
    .realize = vty_realize,
    .reset = vty_reset,
    .build_fdt = vty_fdt,
};

bool spapr_vty_is(Device *d)
{
    return d && d->cls == &spapr_vty_class;
}

SpaprVioDevice *spapr_vty_default(Machine *m)
{
    SpaprVioDevice *best = NULL;
    for (Device *d = m->devices; d; d = d->next) {
        if (spapr_vty_is(d) &&
            (!best || ((SpaprVioDevice *)d)->reg < best->reg)) {
            best = (SpaprVioDevice *)d;
        }
    }
    return best;
}

/* QEMU's vty_lookup: the vty at reg; reg 0 (Linux early debug) means
 * the vty with the lowest address. */
static SpaprVty *vty_lookup(Machine *m, uint64_t reg)
{
    SpaprVioDevice *v = reg <= UINT32_MAX ? spapr_vio_find(m, (uint32_t)reg)
                                          : NULL;
    if (!v && reg == 0) {
        return (SpaprVty *)spapr_vty_default(m);
    }
    return v && spapr_vty_is(&v->dev) ? (SpaprVty *)v : NULL;
}

/* Bytes of a term-char call are packed big-endian in r6/r7 (r5/r6 on
 * return) whatever the guest byte order. */
long h_put_term_char(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint64_t len = args[1];
    uint8_t buf[16];
    if (len > 16) {
        return H_PARAMETER;
    }
    SpaprVty *v = vty_lookup(m, args[0]);
    if (!v) {
        return H_PARAMETER;
    }
    for (unsigned i = 0; i < len; i++) {
        buf[i] = (uint8_t)(args[2 + i / 8] >> (56 - 8 * (i % 8)));
    }
    if (v->chardev) {
        console_write(&m->console, buf, len);
    }
    return H_SUCCESS;
}

long h_get_term_char(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    SpaprVty *v = vty_lookup(m, args[0]);
    if (!v) {
        return H_PARAMETER;
    }
    uint8_t buf[16] = { 0 };
    size_t n = 0;
    while (n < sizeof(buf) && v->out != v->in) {   /* buffered first */
        buf[n++] = v->buf[v->out++ % VTY_BUF_SIZE];
    }
    if (v->chardev && n < sizeof(buf)) {
        n += console_read(&m->console, buf + n, sizeof(buf) - n);
    }
    uint64_t w0 = 0, w1 = 0;
    for (unsigned i = 0; i < 8; i++) {
        w0 = (w0 << 8) | buf[i];
        w1 = (w1 << 8) | buf[8 + i];
    }
    args[0] = n;
    args[1] = w0;
    args[2] = w1;
    return H_SUCCESS;
}

/* A vty whose input can raise its interrupt now. */
static bool vty_irq_ready(Machine *m, SpaprVty *v)
{
    return v->chardev && v->in == v->out &&
           m->console.in_fd >= 0 && !m->console.eof;
}

/* ... and whose interrupt can wake a CPU (its source is not masked):
 * only for such a vty does a halted machine wait for the host's input. */
static bool vty_listening(Machine *m, SpaprVty *v)
{
    return spapr_irq_enabled(m, v->vio.irq);
}

bool spapr_vty_poll(Machine *m, bool wait)
{
    bool any = false, got = false;
    for (Device *d = m->devices; d; d = d->next) {
        if (!spapr_vty_is(d) || !vty_irq_ready(m, (SpaprVty *)d)) {
            continue;
        }
        SpaprVty *v = (SpaprVty *)d;
        if (wait && !vty_listening(m, v)) {
            continue;
        }
        any = true;
        const InputJournal *j = &m->journal;
        if (wait && j->ops && j->ops->no_host_input(j->self)) {
            if (!j->ops->wait_input(j->self)) {
                return false;   /* the recording ends here */
            }
            wait = false;
        }
        if (wait) {
            /* until input comes, or a front end (QMP, the monitor) has a
             * command for the run loop: waiting takes no virtual time */
            struct pollfd p = { .fd = m->console.in_fd, .events = POLLIN };
            while (poll(&p, 1, 100) == 0 && !machine_hooks_have_work(m)) {
            }
            wait = false;
        }
        uint8_t tmp[VTY_BUF_SIZE];
        size_t n = console_read(&m->console, tmp, sizeof(tmp));
        for (size_t i = 0; i < n; i++) {
            v->buf[v->in++ % VTY_BUF_SIZE] = tmp[i];
        }
        if (n) {
            spapr_irq_pulse(m, v->vio.irq);
            got = true;
        }
    }
    /* with wait, a machine with a listening vty is not halted for good
     * (an end of input is seen by the next poll) */
    return got || (any && !m->console.eof);
}
