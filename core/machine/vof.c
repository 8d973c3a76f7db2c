/* SPDX-License-Identifier: MIT */
/*
 * The VOF client interface (IEEE 1275 services) on the machine's device
 * tree, answering KVMPPC_H_VOF_CLIENT as QEMU 7.2 does: the argument
 * block is big-endian { service, nargs, nret, args[10] }; a service
 * whose name or argument counts do not match answers -1; a block that
 * cannot be read or is malformed fails the hcall with H_PARAMETER.
 * Strings are read with QEMU's limits (property names 64, paths and
 * methods 256 characters). "write" consumes its bytes without printing
 * them, as QEMU 7.2's VOF has no output backend.
 */
#include <ctype.h>
#include <libfdt.h>
#include <stdio.h>

#include "hcall.h"
#include "smp.h"
#include "spapr-cas.h"
#include "vof.h"

#define PROPNAME_LEN 65      /* 64 characters and the NUL */
#define PATH_LEN 256
#define METHOD_LEN 256
#define SETPROP_MAX 2048
#define NCELLS 10            /* argument cells in a block */
#define REAL_MASK 0x0fffffffffffffffULL

/* One client call: the machine, the calling CPU, its VOF, the tree, the
 * argument cells
 * and the extra results (rets[0] is the call's second return cell). */
typedef struct VofCall {
    Machine *m;
    PpcCpu *cpu;             /* the caller */
    Vof *v;
    void *fdt;
    uint32_t args[NCELLS];
    uint32_t rets[NCELLS];
} VofCall;

bool vof_enabled(const Machine *m)
{
    return m->spapr && m->spapr->vof;
}

void vof_instance_free(void *inst)
{
    VofInstance *i = inst;
    g_free(i->path);
    g_free(i);
}

/* ---- guest memory ---- */

static bool mem_read(Machine *m, uint64_t pa, void *buf, uint64_t len)
{
    if (!spapr_ram_ok(m, pa, len)) {
        return false;
    }
    memcpy(buf, m->ram + pa, len);
    return true;
}

static bool mem_write(Machine *m, uint64_t pa, const void *buf, uint64_t len)
{
    if (!spapr_ram_ok(m, pa, len)) {
        return false;
    }
    spapr_write_ram(m, pa, buf, len);
    return true;
}

/* A string at pa that fits in size bytes with its NUL (QEMU reads the
 * whole buffer, so it must lie in RAM). */
static bool read_str(Machine *m, uint64_t pa, char *buf, size_t size)
{
    return mem_read(m, pa, buf, size) && strnlen(buf, size) < size;
}

/* ---- tree helpers ---- */

/* The node of a client path: unit addresses compare in lower case
 * (IEEE 1275 prints them so); aliases resolve as libfdt does. */
static int path_offset(const void *fdt, const char *path)
{
    char *p = g_strdup(path);
    bool in_unit = false;
    for (char *c = p; *c; c++) {
        if (*c == '@') {
            in_unit = true;
        } else if (*c == '/') {
            in_unit = false;
        } else if (in_unit) {
            *c = (char)tolower((unsigned char)*c);
        }
    }
    int off = fdt_path_offset(fdt, p);
    g_free(p);
    return off;
}

static int node_of(const void *fdt, uint32_t phandle)
{
    return fdt_node_offset_by_phandle(fdt, phandle);
}

/* The full path of a node into buf (size bytes); its length with the
 * NUL, or -1. */
static int node_path(const void *fdt, int off, char *buf, int size)
{
    if (off < 0 || fdt_get_path(fdt, off, buf, size - 1) < 0) {
        return -1;
    }
    buf[size - 1] = 0;
    return (int)strlen(buf) + 1;
}

/* The phandle of a node offset, 0 when it is an error. */
static uint32_t phandle_of(const void *fdt, int off)
{
    return off >= 0 ? fdt_get_phandle(fdt, off) : 0;
}

static VofInstance *instance(Vof *v, uint32_t ihandle)
{
    return g_hash_table_lookup(v->instances, GUINT_TO_POINTER(ihandle));
}

uint32_t vof_open_path(Vof *v, void *fdt, const char *path)
{
    int off = path_offset(fdt, path);
    if (off < 0 || v->last_ihandle == UINT32_MAX) {
        return VOF_ERROR;
    }
    VofInstance *i = g_new0(VofInstance, 1);
    i->path = g_strdup(path);
    i->phandle = fdt_get_phandle(fdt, off);
    v->last_ihandle++;
    g_hash_table_insert(v->instances, GUINT_TO_POINTER(v->last_ihandle), i);
    return v->last_ihandle;
}

/* ---- the services ---- */

static uint32_t ci_finddevice(VofCall *c)
{
    char path[PATH_LEN];
    if (!read_str(c->m, c->args[0], path, sizeof(path))) {
        return VOF_ERROR;
    }
    int off = path_offset(c->fdt, path);
    return off >= 0 ? fdt_get_phandle(c->fdt, off) : VOF_ERROR;
}

/* A property's value, or for a missing "name" the node's name without
 * its unit address (*add_nul: the copy must end in a NUL written over
 * the '@'). */
static const void *prop_value(VofCall *c, int node, const char *name,
                              int *len, bool *add_nul)
{
    *add_nul = false;
    const void *val = fdt_getprop(c->fdt, node, name, len);
    if (val || strcmp(name, "name")) {
        return val;
    }
    const char *n = fdt_get_name(c->fdt, node, len);
    if (!n) {
        return NULL;
    }
    const char *at = memchr(n, '@', (size_t)*len);
    if (at) {
        *len = (int)(at - n);
    }
    *len += 1;
    *add_nul = true;
    return n;
}

static uint32_t ci_getprop(VofCall *c)
{
    char name[PROPNAME_LEN];
    int node = node_of(c->fdt, c->args[0]), len;
    bool add_nul;
    if (node < 0 || !read_str(c->m, c->args[1], name, sizeof(name))) {
        return VOF_ERROR;
    }
    const void *val = prop_value(c, node, name, &len, &add_nul);
    if (!val) {
        return VOF_ERROR;
    }
    uint32_t n = MIN((uint32_t)len, c->args[3]);
    static const char nul = 0;
    if (!mem_write(c->m, c->args[2], val, n) ||
        (add_nul && n == (uint32_t)len &&
         !mem_write(c->m, c->args[2] + n - 1, &nul, 1))) {
        return VOF_ERROR;
    }
    return (uint32_t)len;   /* the property's size, not what fitted */
}

static uint32_t ci_getproplen(VofCall *c)
{
    char name[PROPNAME_LEN];
    int node = node_of(c->fdt, c->args[0]), len;
    bool add_nul;
    if (node < 0 || !read_str(c->m, c->args[1], name, sizeof(name))) {
        return VOF_ERROR;
    }
    return prop_value(c, node, name, &len, &add_nul) ? (uint32_t)len
                                                     : VOF_ERROR;
}

/* What the machine lets a client change (QEMU's spapr hook): every
 * property, with /chosen's bootargs kept across CAS and reset, and the
 * initrd range taken over when its cells have a valid size. */
static bool machine_setprop(Machine *m, Vof *v, const char *path,
                            const char *name, const uint8_t *val,
                            uint32_t len)
{
    if (strcmp(path, "/chosen")) {
        return true;
    }
    if (!strcmp(name, "bootargs")) {
        g_free(v->bootargs);
        v->bootargs = g_strndup((const char *)val, len);
        return true;
    }
    bool start = !strcmp(name, "linux,initrd-start");
    if (!start && strcmp(name, "linux,initrd-end")) {
        return true;
    }
    uint64_t x;
    if (len == 4) {
        x = fdt32_ld((const fdt32_t *)val);
    } else if (len == 8) {
        x = fdt64_ld((const fdt64_t *)val);
    } else {
        return false;
    }
    if (start) {
        m->initrd_base = x;
    } else {
        m->initrd_size = x - m->initrd_base;
    }
    return true;
}

static uint32_t ci_setprop(VofCall *c)
{
    char name[PROPNAME_LEN], path[PATH_LEN];
    uint32_t len = c->args[3];
    if (len > SETPROP_MAX ||
        !read_str(c->m, c->args[1], name, sizeof(name))) {
        return VOF_ERROR;
    }
    int node = node_of(c->fdt, c->args[0]);
    if (node < 0 || node_path(c->fdt, node, path, sizeof(path)) <= 0) {
        return VOF_ERROR;
    }
    uint8_t *val = g_malloc0(len ? len : 1);
    uint32_t ret = VOF_ERROR;
    if (mem_read(c->m, c->args[2], val, len) &&
        machine_setprop(c->m, c->v, path, name, val, len) &&
        fdt_setprop(c->fdt, node, name, val, (int)len) == 0) {
        ret = len;
    }
    g_free(val);
    return ret;
}

/* nextprop: 1 and the name after prev (the first for ""), 0 at the end
 * or when prev is not a property of the node. */
static uint32_t ci_nextprop(VofCall *c)
{
    char prev[PROPNAME_LEN];
    if (!read_str(c->m, c->args[1], prev, sizeof(prev))) {
        return VOF_ERROR;
    }
    int node = node_of(c->fdt, c->args[0]);
    const char *name;
    for (int off = fdt_first_property_offset(c->fdt, node); off >= 0;
         off = fdt_next_property_offset(c->fdt, off)) {
        if (!fdt_getprop_by_offset(c->fdt, off, &name, NULL)) {
            return 0;
        }
        if (prev[0] && strcmp(prev, name)) {
            continue;
        }
        if (prev[0]) {
            off = fdt_next_property_offset(c->fdt, off);
            if (off < 0 || !fdt_getprop_by_offset(c->fdt, off, &name, NULL)) {
                return 0;
            }
        }
        return mem_write(c->m, c->args[2], name, strlen(name) + 1)
            ? 1 : VOF_ERROR;
    }
    return 0;
}

static uint32_t ci_peer(VofCall *c)
{
    int off = c->args[0] ? fdt_next_subnode(c->fdt, node_of(c->fdt, c->args[0]))
                         : fdt_path_offset(c->fdt, "/");
    return phandle_of(c->fdt, off);
}

static uint32_t ci_child(VofCall *c)
{
    return phandle_of(c->fdt,
                      fdt_first_subnode(c->fdt, node_of(c->fdt, c->args[0])));
}

static uint32_t ci_parent(VofCall *c)
{
    return phandle_of(c->fdt,
                      fdt_parent_offset(c->fdt, node_of(c->fdt, c->args[0])));
}

static uint32_t ci_open(VofCall *c)
{
    char path[PATH_LEN];
    if (!read_str(c->m, c->args[0], path, sizeof(path))) {
        return VOF_ERROR;
    }
    return vof_open_path(c->v, c->fdt, path);
}

static uint32_t ci_close(VofCall *c)
{
    g_hash_table_remove(c->v->instances, GUINT_TO_POINTER(c->args[0]));
    return 0;
}

static uint32_t ci_instance_to_package(VofCall *c)
{
    VofInstance *i = instance(c->v, c->args[0]);
    return i ? i->phandle : VOF_ERROR;
}

/* The path of phandle into the client's buffer, written whole whatever
 * the buffer's length (as QEMU does); its length with the NUL. */
static uint32_t write_path(VofCall *c, uint32_t phandle, uint32_t buf)
{
    char path[PATH_LEN];
    int n = node_path(c->fdt, node_of(c->fdt, phandle), path, sizeof(path));
    if (n <= 0 || !mem_write(c->m, buf, path, (uint64_t)n)) {
        return VOF_ERROR;
    }
    return (uint32_t)n;
}

static uint32_t ci_package_to_path(VofCall *c)
{
    return write_path(c, c->args[0], c->args[1]);
}

static uint32_t ci_instance_to_path(VofCall *c)
{
    VofInstance *i = instance(c->v, c->args[0]);
    return i ? write_path(c, i->phandle, c->args[1]) : VOF_ERROR;
}

static uint32_t ci_write(VofCall *c)
{
    if (!instance(c->v, c->args[0]) ||
        !spapr_ram_ok(c->m, c->args[1], c->args[2])) {
        return VOF_ERROR;
    }
    return 0;   /* QEMU 7.2 drops the bytes and answers 0 */
}

static uint32_t ci_claim(VofCall *c)
{
    uint64_t at = vof_claim(c->v, c->args[0], c->args[1], c->args[2]);
    if (at >> 32) {   /* failed, or beyond what a cell holds */
        if (at != UINT64_MAX) {
            vof_release(c->v, at, c->args[1]);
        }
        return VOF_ERROR;
    }
    vof_dt_available(c->v, c->fdt);
    return (uint32_t)at;
}

static uint32_t ci_release(VofCall *c)
{
    if (!vof_release(c->v, c->args[0], c->args[1])) {
        return VOF_ERROR;
    }
    vof_dt_available(c->v, c->fdt);
    return 0;
}

/* call-method: ibm,client-architecture-support on the root's instance
 * (farad's CAS, then the tree finalized again), instantiate-rtas on
 * /rtas's (vof.bin answers that itself: reaching here is fatal, as in
 * QEMU). args: method, ihandle, parameters. */
static uint32_t ci_call_method(VofCall *c)
{
    char method[METHOD_LEN];
    VofInstance *i = c->args[1] ? instance(c->v, c->args[1]) : NULL;
    if (!i || !read_str(c->m, c->args[0], method, sizeof(method))) {
        return VOF_ERROR;
    }
    if (!strcmp(i->path, "/") &&
        !strcmp(method, "ibm,client-architecture-support")) {
        /* for the boot CPU, whichever calls (as QEMU) */
        long rc = spapr_cas_negotiate(c->m, c->m->cpu, c->args[2],
                                      VOF_FDT_SIZE, true);
        GError *err = NULL;
        if (!vof_dt_finalize(c->m, &err)) {
            spapr_guest_fatal(c->m, c->cpu, err->message);
            g_error_free(err);
        }
        c->fdt = c->m->fdt;
        c->rets[0] = 0;
        return (uint32_t)rc;
    }
    if (!strcmp(i->path, "/rtas") && !strcmp(method, "instantiate-rtas")) {
        spapr_guest_fatal(c->m, c->cpu,
                          "The firmware should have instantiated RTAS");
        c->rets[0] = c->args[2];
        return 0;
    }
    return VOF_ERROR;
}

static uint32_t ci_interpret(VofCall *c)
{
    (void)c;
    return VOF_ERROR;   /* no Forth here */
}

static uint32_t ci_milliseconds(VofCall *c)
{
    /* the machine's virtual clock, as the timebase counts it */
    unsigned __int128 ns = (unsigned __int128)smp_vclock(c->m)
                           << c->m->cpu->tb_shift;
    return (uint32_t)(uint64_t)(ns / 1000000u);
}

static uint32_t ci_quiesce(VofCall *c)
{
    /* the tree is final: packed, and its size the one H_UPDATE_DT
     * compares with */
    fdt_pack(c->fdt);
    c->m->spapr->fdt_initial_size = fdt_totalsize(c->fdt);
    return 0;
}

static uint32_t ci_exit(VofCall *c)
{
    /* QEMU pauses the machine for good; farad ends the run (status 1) */
    spapr_guest_fatal(c->m, c->cpu, "Stopped as the VM requested \"exit\"");
    return 0;
}

/* The services: name, the argument and return counts a call must give
 * (0: any), handler. */
static const struct {
    const char *name;
    unsigned nargs, nret;
    uint32_t (*fn)(VofCall *c);
} services[] = {
    { "finddevice", 1, 1, ci_finddevice },
    { "getprop", 4, 1, ci_getprop },
    { "getproplen", 2, 1, ci_getproplen },
    { "setprop", 4, 1, ci_setprop },
    { "nextprop", 3, 1, ci_nextprop },
    { "peer", 1, 1, ci_peer },
    { "child", 1, 1, ci_child },
    { "parent", 1, 1, ci_parent },
    { "open", 1, 1, ci_open },
    { "close", 1, 0, ci_close },
    { "instance-to-package", 1, 1, ci_instance_to_package },
    { "package-to-path", 3, 1, ci_package_to_path },
    { "instance-to-path", 3, 1, ci_instance_to_path },
    { "write", 3, 1, ci_write },
    { "claim", 3, 1, ci_claim },
    { "release", 2, 0, ci_release },
    { "call-method", 0, 0, ci_call_method },
    { "interpret", 0, 0, ci_interpret },
    { "milliseconds", 0, 1, ci_milliseconds },
    { "quiesce", 0, 0, ci_quiesce },
    { "exit", 0, 0, ci_exit },
};

static uint32_t dispatch(VofCall *c, const char *service, unsigned nargs,
                         unsigned nret)
{
    for (size_t i = 0; i < G_N_ELEMENTS(services); i++) {
        if (strcmp(service, services[i].name)) {
            continue;
        }
        if ((services[i].nargs && services[i].nargs != nargs) ||
            (services[i].nret && services[i].nret != nret)) {
            break;   /* the right name with the wrong counts: unknown */
        }
        return services[i].fn(c);
    }
    return VOF_ERROR;
}

/* Run the call whose argument block is at real address blk; false when
 * the block is unusable. */
static bool client_call(Machine *m, PpcCpu *cpu, uint64_t blk)
{
    uint8_t raw[4 * (3 + NCELLS)];
    char service[64];
    if (!mem_read(m, blk, raw, sizeof(raw))) {
        return false;
    }
    uint32_t cell[3 + NCELLS];
    for (int i = 0; i < 3 + NCELLS; i++) {
        cell[i] = fdt32_ld((const fdt32_t *)(raw + 4 * i));
    }
    unsigned nargs = cell[1], nret = cell[2];
    if (nargs >= NCELLS || !mem_read(m, cell[0], service, sizeof(service)) ||
        strnlen(service, sizeof(service)) == sizeof(service) ||
        nret > NCELLS - nargs) {
        return false;
    }
    VofCall c = { .m = m, .cpu = cpu, .v = m->spapr->vof, .fdt = m->fdt };
    memcpy(c.args, cell + 3, sizeof(c.args));
    uint32_t ret = dispatch(&c, service, nargs, nret);
    if (!nret) {
        return true;
    }
    /* the return cells follow the arguments: ret, then the extras */
    uint8_t out[4 * NCELLS];
    for (unsigned i = 0; i < nret; i++) {
        fdt32_st(out + 4 * i, i ? c.rets[i - 1] : ret);
    }
    return mem_write(m, blk + 4 * (3 + nargs), out, 4 * (uint64_t)nret);
}

long h_vof_client(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    if (!vof_enabled(m)) {
        return H_FUNCTION;   /* only registered with x-vof=on */
    }
    return client_call(m, cpu, args[0] & REAL_MASK) ? H_SUCCESS : H_PARAMETER;
}
