/* SPDX-License-Identifier: MIT */
/*
 * The PCI device set device_add / device_del made, for snapshots (see
 * spapr-phb.h). QEMU's savevm stores device state only and wants the
 * same devices at the destination; farad's own loadvm instead rebuilds
 * the snapshot's set in the running machine, so a snapshot taken after
 * a device_add loads after a device_del and the reverse. The set is
 * text, one line each:
 *   pci BUS DEVFN ID     every PCI function in creation order (ID "-"
 *                        without one): a section's instance number is
 *                        its place among devices of its kind
 *   add BUS DEVFN ARG    a device_add ARG still plugged at BUS/DEVFN
 *   del ID               a command-line device device_del removed
 *   drc INDEX STATE INDICATOR UNPLUG HOTPLUGGED CCS_OFFSET CCS_DEPTH
 *                        a DR connector not as a reset leaves it (a
 *                        hot-plug or unplug the guest has not finished,
 *                        a configure-connector walk under way: its
 *                        node is built again, the same, on the next
 *                        step)
 * DEVFN and INDEX are hex. Saved only when the set differs from the
 * command line's or a connector is not at rest, so other snapshots are
 * as before.
 */
#include <stdlib.h>
#include <string.h>

#include "base/snapdesc.h"
#include "core/block/block.h"
#include "core/machine/spapr-drc.h"
#include "core/net/net.h"
#include "spapr-phb.h"

/* One device device_add made that is still there. */
typedef struct HotplugRec {
    Device *dev;
    char *arg;
} HotplugRec;

typedef struct HotplugSet {
    Machine *m;
    GPtrArray *added;          /* HotplugRec *, in device_add order */
    uint8_t *text;             /* the section's bytes (pre_save / load) */
    uint32_t text_len;
    char *boot;                /* the "pci" lines of the command line's
                                  functions, taken before the first
                                  change: a snapshot without the section
                                  has them in this order */
} HotplugSet;

static void rec_free(gpointer p)
{
    HotplugRec *r = p;
    g_free(r->arg);
    g_free(r);
}

static void set_free(void *p)
{
    HotplugSet *s = p;
    g_ptr_array_free(s->added, TRUE);
    g_free(s->text);
    g_free(s->boot);
    g_free(s);
}

static bool is_pci(const DeviceClass *dc);
static void pci_lines(Machine *m, GString *t);

void *pci_hotplug_set_state(Machine *m)
{
    if (!m->spapr->hotplug_set) {
        HotplugSet *s = g_new0(HotplugSet, 1);
        s->m = m;
        s->added = g_ptr_array_new_with_free_func(rec_free);
        GString *t = g_string_new(NULL);
        pci_lines(m, t);
        s->boot = g_string_free(t, FALSE);
        m->spapr->hotplug_set = s;
        m->spapr->hotplug_set_free = set_free;
    }
    return m->spapr->hotplug_set;
}

void pci_hotplug_record(Machine *m, Device *dev, const char *arg)
{
    HotplugSet *s = pci_hotplug_set_state(m);
    HotplugRec *r = g_new0(HotplugRec, 1);
    r->dev = dev;
    r->arg = g_strdup(arg);
    g_ptr_array_add(s->added, r);
}

void pci_hotplug_forget(Machine *m, Device *dev)
{
    HotplugSet *s = m->spapr ? m->spapr->hotplug_set : NULL;
    for (guint i = 0; s && i < s->added->len; i++) {
        if (((HotplugRec *)s->added->pdata[i])->dev == dev) {
            g_ptr_array_remove_index(s->added, i);
            return;
        }
    }
}

/* ---- the set as text ---- */

static bool is_pci(const DeviceClass *dc)
{
    return dc->bus && !strcmp(dc->bus, "PCI");
}

static bool hot_added(HotplugSet *s, const Device *d)
{
    for (guint i = 0; i < s->added->len; i++) {
        if (((HotplugRec *)s->added->pdata[i])->dev == d) {
            return true;
        }
    }
    return false;
}

/* The value of option key ("key=") in a -device / device_add argument
 * (newly allocated), or NULL. */
static char *arg_opt(const char *arg, const char *key)
{
    g_auto(GStrv) parts = g_strsplit(arg, ",", -1);
    size_t n = strlen(key);
    for (int i = 1; parts[i]; i++) {
        if (!strncmp(parts[i], key, n) && parts[i][n] == '=') {
            return g_strdup(parts[i] + n + 1);
        }
    }
    return NULL;
}

/* The driver of an argument (without "driver="). */
static char *arg_driver(const char *arg)
{
    if (!strncmp(arg, "driver=", 7)) {
        arg += 7;
    }
    const char *c = strchr(arg, ',');
    return c ? g_strndup(arg, (size_t)(c - arg)) : g_strdup(arg);
}

/* The command-line PCI device with this id as it is now, or NULL when
 * device_del removed it. */
static Device *cold_device(HotplugSet *s, const char *id)
{
    for (Device *d = s->m->devices; d; d = d->next) {
        if (d->id && !strcmp(d->id, id) && is_pci(d->cls) &&
            !hot_added(s, d)) {
            return d;
        }
    }
    return NULL;
}

/* Append the "del" lines (or count them when out is NULL). */
static unsigned cold_removed(HotplugSet *s, GString *out)
{
    Machine *m = s->m;
    unsigned n = 0;
    for (guint i = 0; m->cfg.devices && i < m->cfg.devices->len; i++) {
        const char *arg = m->cfg.devices->pdata[i];
        g_autofree char *drv = arg_driver(arg);
        g_autofree char *id = arg_opt(arg, "id");
        const DeviceClass *dc = device_class_find(m->cfg.board, drv);
        if (dc && is_pci(dc) && id && !cold_device(s, id)) {
            n++;
            if (out) {
                g_string_append_printf(out, "del %s\n", id);
            }
        }
    }
    return n;
}

/* Whether drc is as spapr_drc_reset leaves it. */
static bool drc_at_rest(const SpaprDrc *drc)
{
    return drc->dev
        ? drc->state == SPAPR_DRC_PHYSICAL_CONFIGURED &&
          drc->dr_indicator == SPAPR_DR_INDICATOR_ACTIVE &&
          !drc->unplug_requested && !drc->hotplugged &&
          drc->ccs_offset == 0 && drc->ccs_depth == 0
        : drc->state == SPAPR_DRC_PHYSICAL_POWERON &&
          drc->dr_indicator == SPAPR_DR_INDICATOR_INACTIVE &&
          !drc->unplug_requested && !drc->hotplugged &&
          drc->ccs_offset == -1 && drc->ccs_depth == -1;
}

/* Append a "drc" line for each connector not at rest; their number. */
static unsigned drc_lines(Machine *m, GString *out)
{
    unsigned n = 0;
    for (Device *d = m->devices; d; d = d->next) {
        SpaprDrc *drc;
        for (unsigned i = 0; d->cls->drc_at && (drc = d->cls->drc_at(d, i));
             i++) {
            if (drc_at_rest(drc)) {
                continue;
            }
            n++;
            if (out) {
                g_string_append_printf(out, "drc %x %u %u %d %d %d %d\n",
                                       drc->index, drc->state,
                                       drc->dr_indicator,
                                       drc->unplug_requested,
                                       drc->hotplugged, drc->ccs_offset,
                                       drc->ccs_depth);
            }
        }
    }
    return n;
}

static bool set_needed(void *opaque)
{
    HotplugSet *s = opaque;
    return s->added->len || cold_removed(s, NULL) || drc_lines(s->m, NULL);
}

bool pci_hotplug_set_changed(Machine *m)
{
    return set_needed(pci_hotplug_set_state(m));
}

/* After the load (the connectors were put at rest first): the states
 * of those that were not. */
static void set_post_load(void *opaque)
{
    HotplugSet *s = opaque;
    g_autofree char *t = g_strndup((const char *)s->text, s->text_len);
    g_auto(GStrv) rows = g_strsplit(t, "\n", -1);
    for (int i = 0; rows[i]; i++) {
        unsigned index, state, ind;
        int unplug, hot, off, depth;
        if (sscanf(rows[i], "drc %x %u %u %d %d %d %d", &index, &state, &ind,
                   &unplug, &hot, &off, &depth) != 7) {
            continue;
        }
        SpaprDrc *drc = spapr_drc_find(s->m, index);
        if (!drc) {
            continue;   /* restore checked them */
        }
        drc->state = state;
        drc->dr_indicator = ind;
        drc->unplug_requested = unplug && drc->dev;
        drc->hotplugged = hot && drc->dev;
        drc->ccs_offset = off;
        drc->ccs_depth = depth;
        g_free(drc->fdt);
        drc->fdt = NULL;
    }
}

/* A "pci" line for every PCI function of m, in creation order. */
static void pci_lines(Machine *m, GString *t)
{
    for (Device *d = m->devices; d; d = d->next) {
        if (is_pci(d->cls)) {
            PciDevice *pd = (PciDevice *)d;
            g_string_append_printf(t, "pci %s %02x %s\n", pd->bus->name,
                                   pd->devfn, d->id ? d->id : "-");
        }
    }
}

static void set_pre_save(void *opaque)
{
    HotplugSet *s = opaque;
    GString *t = g_string_new(NULL);
    pci_lines(s->m, t);
    for (guint i = 0; i < s->added->len; i++) {
        HotplugRec *r = s->added->pdata[i];
        PciDevice *pd = (PciDevice *)r->dev;
        g_string_append_printf(t, "add %s %02x %s\n", pd->bus->name,
                               pd->devfn, r->arg);
    }
    cold_removed(s, t);
    drc_lines(s->m, t);
    g_free(s->text);
    s->text_len = (uint32_t)t->len;
    s->text = (uint8_t *)g_string_free(t, FALSE);
}

static const SnapField set_fields[] = {
    SNAP_BUFFER_ALLOC("devices", HotplugSet, text, text_len, 1),
    SNAP_DERIVED("m", HotplugSet, m),
    SNAP_DERIVED("added", HotplugSet, added),
    SNAP_DERIVED("boot", HotplugSet, boot),
    SNAP_END
};

const SnapSection pci_hotplug_set_snap = {
    .name = "pci_hotplug_set", .version = 1, .min_version = 1,
    .fields = set_fields,
    .needed = set_needed,
    .pre_save = set_pre_save,
    .post_load = set_post_load,
};

/* ---- rebuilding a snapshot's set ---- */

typedef struct Line {
    char kind;                 /* 'p'ci, 'a'dd, 'd'el */
    char *bus;
    unsigned devfn;
    char *rest;                /* id ("-": none) or the device_add arg */
    bool done;                 /* add: a device already there matches */
} Line;

static void line_clear(gpointer p)
{
    Line *l = p;
    g_free(l->bus);
    g_free(l->rest);
}

static bool parse(Machine *m, const char *snapshot, const uint8_t *text,
                  uint32_t len, GArray *lines, GError **err)
{
    g_autofree char *t = g_strndup((const char *)text, len);
    g_auto(GStrv) rows = g_strsplit(t, "\n", -1);
    for (int i = 0; rows[i]; i++) {
        if (!rows[i][0]) {
            continue;
        }
        Line l = { 0 };
        g_auto(GStrv) f = g_strsplit(rows[i], " ", 4);
        guint n = g_strv_length(f);
        char *end = NULL;
        unsigned index, state, ind;
        int unplug, hot, off, depth;
        if (!strcmp(f[0], "drc")) {
            if (sscanf(rows[i], "drc %x %u %u %d %d %d %d", &index, &state,
                       &ind, &unplug, &hot, &off, &depth) == 7 &&
                spapr_drc_find(m, index) &&
                state >= SPAPR_DRC_PHYSICAL_POWERON &&
                state <= SPAPR_DRC_PHYSICAL_CONFIGURED &&
                ind <= SPAPR_DR_INDICATOR_ACTION) {
                continue;
            }
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                        "snapshot '%s': pci_hotplug_set line %d names no DR "
                        "connector of this machine or a state it cannot "
                        "have: '%s'", snapshot, i + 1, rows[i]);
            return false;
        }
        if (!strcmp(f[0], "del") && n == 2) {
            l.kind = 'd';
            l.rest = g_strdup(f[1]);
        } else if ((!strcmp(f[0], "pci") || !strcmp(f[0], "add")) &&
                   n == 4 && (l.devfn = (unsigned)strtoul(f[2], &end, 16),
                              end && !*end && l.devfn < 256)) {
            l.kind = f[0][0];
            l.bus = g_strdup(f[1]);
            l.rest = g_strdup(f[3]);
        } else {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                        "snapshot '%s': pci_hotplug_set line %d is "
                        "malformed: '%s'", snapshot, i + 1, rows[i]);
            return false;
        }
        g_array_append_val(lines, l);
    }
    return true;
}

/* The argument with bus= and addr= for the place the snapshot had. */
static char *placed(const char *arg, const char *bus, unsigned devfn)
{
    g_autofree char *b = arg_opt(arg, "bus");
    g_autofree char *a = arg_opt(arg, "addr");
    GString *s = g_string_new(arg);
    if (!b && bus) {
        g_string_append_printf(s, ",bus=%s", bus);
    }
    if (!a) {
        g_string_append_printf(s, ",addr=%x.%x", devfn >> 3, devfn & 7);
    }
    return g_string_free(s, FALSE);
}

/* What must exist for arg to be created again: its drive and netdev. */
static bool backends_ok(Machine *m, const char *snapshot, const char *arg,
                        GError **err)
{
    g_autofree char *drive = arg_opt(arg, "drive");
    g_autofree char *netdev = arg_opt(arg, "netdev");
    if (drive && !block_find(m->blocks, drive)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "snapshot '%s' has device '%s', whose drive '%s' this "
                    "machine does not have", snapshot, arg, drive);
        return false;
    }
    if (netdev && !net_find(m, netdev)) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "snapshot '%s' has device '%s', whose netdev '%s' this "
                    "machine does not have", snapshot, arg, netdev);
        return false;
    }
    return true;
}

/* The snapshot's place (bus, devfn) of the function with this id. */
static const Line *place_of_id(GArray *lines, const char *id)
{
    for (guint i = 0; i < lines->len; i++) {
        const Line *l = &g_array_index(lines, Line, i);
        if (l->kind == 'p' && !strcmp(l->rest, id)) {
            return l;
        }
    }
    return NULL;
}

static bool deleted_in(GArray *lines, const char *id)
{
    for (guint i = 0; i < lines->len; i++) {
        const Line *l = &g_array_index(lines, Line, i);
        if (l->kind == 'd' && !strcmp(l->rest, id)) {
            return true;
        }
    }
    return false;
}

/* The snapshot's creation-order rank of a function (G_MAXUINT: not in
 * the snapshot's list). */
static guint rank(GArray *lines, const PciDevice *pd)
{
    guint r = 0;
    for (guint i = 0; i < lines->len; i++) {
        const Line *l = &g_array_index(lines, Line, i);
        if (l->kind != 'p') {
            continue;
        }
        if (l->devfn == pd->devfn && !strcmp(l->bus, pd->bus->name)) {
            return r;
        }
        r++;
    }
    return G_MAXUINT;
}

/* Put the PCI functions of m's device list in the snapshot's order;
 * other devices keep their places. */
static void reorder(Machine *m, GArray *lines)
{
    GPtrArray *all = g_ptr_array_new();
    GPtrArray *pci = g_ptr_array_new();
    for (Device *d = m->devices; d; d = d->next) {
        g_ptr_array_add(all, d);
        if (is_pci(d->cls)) {
            g_ptr_array_add(pci, d);
        }
    }
    /* a stable insertion sort by rank: a handful of functions */
    for (guint i = 1; i < pci->len; i++) {
        Device *d = pci->pdata[i];
        guint r = rank(lines, (PciDevice *)d), j = i;
        while (j > 0 && rank(lines, pci->pdata[j - 1]) > r) {
            pci->pdata[j] = pci->pdata[j - 1];
            j--;
        }
        pci->pdata[j] = d;
    }
    guint k = 0;
    for (guint i = 0; i < all->len; i++) {
        if (is_pci(((Device *)all->pdata[i])->cls)) {
            all->pdata[i] = pci->pdata[k++];
        }
    }
    Device **link = &m->devices;
    for (guint i = 0; i < all->len; i++) {
        *link = all->pdata[i];
        link = &(*link)->next;
    }
    *link = NULL;
    g_ptr_array_free(all, TRUE);
    g_ptr_array_free(pci, TRUE);
}

/* A command-line device made again where the snapshot had it: plugged
 * into its connector as a cold-plugged one. */
static Device *recreate_cold(Machine *m, const char *arg, const Line *place,
                             GError **err)
{
    g_autofree char *full = place ? placed(arg, place->bus, place->devfn)
                                  : g_strdup(arg);
    Device *dev = device_create_from_arg(m, full, err);
    if (!dev) {
        return NULL;
    }
    PciDevice *pd = (PciDevice *)dev;
    SpaprPhb *p = pd->bus->host;
    if (p->drcs) {
        spapr_drc_attach(&p->drcs[pd->devfn], dev, false);
        spapr_drc_reset(&p->drcs[pd->devfn]);
    }
    m->spapr->hotplug_changes++;
    return dev;
}

bool pci_hotplug_set_restore(Machine *m, const char *snapshot,
                             const uint8_t *text, uint32_t len,
                             GError **err)
{
    HotplugSet *s = pci_hotplug_set_state(m);
    GArray *lines = g_array_new(FALSE, TRUE, sizeof(Line));
    g_array_set_clear_func(lines, line_clear);
    /* no section: the command line's set, in its order */
    bool ok = text ? parse(m, snapshot, text, len, lines, err)
                   : parse(m, snapshot, (const uint8_t *)s->boot,
                           (uint32_t)strlen(s->boot), lines, err);
    /* hot-added devices the snapshot has too, where it had them */
    GPtrArray *gone = g_ptr_array_new();
    for (guint i = 0; ok && i < s->added->len; i++) {
        HotplugRec *r = s->added->pdata[i];
        PciDevice *pd = (PciDevice *)r->dev;
        bool keep = false;
        for (guint k = 0; k < lines->len && !keep; k++) {
            Line *l = &g_array_index(lines, Line, k);
            if (l->kind == 'a' && !l->done && l->devfn == pd->devfn &&
                !strcmp(l->bus, pd->bus->name) && !strcmp(l->rest, r->arg)) {
                l->done = keep = true;
            }
        }
        if (!keep) {
            g_ptr_array_add(gone, r->dev);
        }
    }
    /* command-line devices: removed in the snapshot, or to come back */
    GPtrArray *cold_back = g_ptr_array_new();
    for (guint i = 0; ok && m->cfg.devices && i < m->cfg.devices->len;
         i++) {
        const char *arg = m->cfg.devices->pdata[i];
        g_autofree char *drv = arg_driver(arg);
        g_autofree char *id = arg_opt(arg, "id");
        const DeviceClass *dc = device_class_find(m->cfg.board, drv);
        if (!dc || !is_pci(dc) || !id) {
            continue;
        }
        Device *d = cold_device(s, id);
        if (d && deleted_in(lines, id)) {
            g_ptr_array_add(gone, d);
        } else if (!d && !deleted_in(lines, id)) {
            g_ptr_array_add(cold_back, (gpointer)arg);
        }
    }
    /* everything to create can be: checked before anything changes */
    for (guint k = 0; ok && k < lines->len; k++) {
        Line *l = &g_array_index(lines, Line, k);
        if (l->kind == 'a' && !l->done) {
            ok = backends_ok(m, snapshot, l->rest, err);
        }
    }
    for (guint i = 0; ok && i < cold_back->len; i++) {
        ok = backends_ok(m, snapshot, cold_back->pdata[i], err);
    }
    for (guint i = 0; ok && i < gone->len; i++) {
        pci_hotplug_remove_now(m, gone->pdata[i]);
    }
    for (guint k = 0; ok && k < lines->len; k++) {
        Line *l = &g_array_index(lines, Line, k);
        if (l->kind != 'a' || l->done) {
            continue;
        }
        g_autofree char *full = placed(l->rest, l->bus, l->devfn);
        GError *e = NULL;
        Device *dev = pci_hotplug_create(m, full, false, &e);
        if (!dev) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "snapshot '%s': device_add %s: %s", snapshot,
                        l->rest, e->message);
            g_error_free(e);
            ok = false;
            break;
        }
        pci_hotplug_record(m, dev, l->rest);
    }
    for (guint i = 0; ok && i < cold_back->len; i++) {
        const char *arg = cold_back->pdata[i];
        g_autofree char *id = arg_opt(arg, "id");
        GError *e = NULL;
        if (!recreate_cold(m, arg, place_of_id(lines, id), &e)) {
            g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                        "snapshot '%s': -device %s: %s", snapshot, arg,
                        e->message);
            g_error_free(e);
            ok = false;
        }
    }
    if (ok) {
        /* the snapshot's connectors were at rest: no unplug under way */
        for (Device *d = m->devices; d; d = d->next) {
            SpaprDrc *drc = is_pci(d->cls) ? spapr_drc_of_device(m, d)
                                           : NULL;
            if (drc) {
                drc->unplug_requested = false;
            }
        }
        reorder(m, lines);
    }
    g_ptr_array_free(gone, TRUE);
    g_ptr_array_free(cold_back, TRUE);
    g_array_free(lines, TRUE);
    return ok;
}
