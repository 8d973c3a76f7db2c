/* SPDX-License-Identifier: MIT */
/*
 * QMP's memory dumps: memsave (virtual, as a CPU sees it) and pmemsave
 * (physical) write guest bytes to a file; dump-guest-memory writes an
 * ELF64 core file as QEMU's does for ppc64 without paging: one PT_NOTE
 * with an NT_PRSTATUS per CPU (Linux's ppc64 elf_prstatus: the pt_regs
 * GPRs, NIP, MSR, CTR, LR, XER, CR) and one PT_LOAD for all of RAM, in
 * the byte order of CPU 0's MSR[LE]. Zero pages are left as holes of a
 * sparse file.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "core/machine/platform.h"
#include "qmp-int.h"

static bool fail_errno(GError **err, const char *what, const char *path)
{
    g_set_error(err, QMP_ERROR, QMP_GENERIC, "%s '%s': %s", what, path,
                g_strerror(errno));
    return false;
}

bool qmp_memsave(Qmp *q, const Json *args, bool phys, GError **err)
{
    uint64_t addr = 0, size = 0, cpu = 0;
    qmp_arg_u64(args, "val", &addr);
    qmp_arg_u64(args, "size", &size);
    qmp_arg_u64(args, "cpu-index", &cpu);
    const char *path = qmp_arg_str(args, "filename");
    if (cpu >= (uint64_t)q->m->cfg.smp) {
        g_set_error(err, QMP_ERROR, QMP_GENERIC,
                    "CPU %" G_GUINT64_FORMAT " is not present", cpu);
        return false;
    }
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return fail_errno(err, "Could not open", path);
    }
    uint8_t buf[4096];
    bool ok = true;
    for (uint64_t done = 0; done < size && ok;) {
        uint64_t n = MIN(size - done, (uint64_t)sizeof(buf));
        if (!machine_debug_rw(q->m, machine_cpu(q->m, (int)cpu), addr + done,
                              buf, n, false, phys)) {
            g_set_error(err, QMP_ERROR, QMP_GENERIC,
                        "Invalid addr 0x%" G_GINT64_MODIFIER "x/size %"
                        G_GUINT64_FORMAT " specified", addr, size);
            ok = false;
        } else if (write(fd, buf, n) != (ssize_t)n) {
            ok = fail_errno(err, "Error writing", path);
        }
        done += n;
    }
    if (close(fd) != 0 && ok) {
        ok = fail_errno(err, "Error writing", path);
    }
    return ok;
}

/* ---- the ELF core ---- */

typedef struct Out {
    GByteArray *b;
    bool le;
} Out;

static void put(Out *o, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++) {
        int sh = o->le ? 8 * i : 8 * (bytes - 1 - i);
        uint8_t c = (uint8_t)(v >> sh);
        g_byte_array_append(o->b, &c, 1);
    }
}

#define PRSTATUS_SIZE 504   /* ppc64 elf_prstatus */
#define NOTE_SIZE (12 + 8 + PRSTATUS_SIZE)   /* header, "CORE\0"+pad */

static void prstatus_note(Out *o, PpcCpu *cpu, int index)
{
    put(o, 5, 4);                  /* namesz "CORE\0" */
    put(o, PRSTATUS_SIZE, 4);
    put(o, 1, 4);                  /* NT_PRSTATUS */
    g_byte_array_append(o->b, (const uint8_t *)"CORE\0\0\0\0", 8);
    guint start = o->b->len;
    g_byte_array_set_size(o->b, start + 32);   /* signal info, pending */
    memset(o->b->data + start, 0, 32);
    put(o, (uint64_t)index + 1, 4);           /* pr_pid: CPU index + 1 */
    g_byte_array_set_size(o->b, start + 112); /* ppid..cstime */
    memset(o->b->data + start + 36, 0, 112 - 36);
    const PpcArch *a = &cpu->arch;
    for (int i = 0; i < 32; i++) {
        put(o, a->gpr[i], 8);
    }
    uint64_t tail[16] = {
        a->nip, a->msr, a->gpr[3], a->ctr, a->lr, ppc_get_xer(cpu), a->cr,
    };
    for (int i = 0; i < 16; i++) {   /* ... softe, trap, dar, dsisr,
                                        result: 0 */
        put(o, tail[i], 8);
    }
    put(o, 0, 8);                    /* pr_fpvalid + padding */
}

bool qmp_dump_guest_memory(Qmp *q, const Json *args, GError **err)
{
    const char *proto = qmp_arg_str(args, "protocol");
    const char *fmt = qmp_arg_str(args, "format");
    if (qmp_arg_bool(args, "paging", false)) {
        g_set_error(err, QMP_ERROR, QMP_GENERIC, "dump-guest-memory: "
                    "paging=true is not supported by farad");
        return false;
    }
    if (fmt && strcmp(fmt, "elf")) {
        g_set_error(err, QMP_ERROR, QMP_GENERIC, "dump-guest-memory: "
                    "format '%s' is not supported by farad (elf is)", fmt);
        return false;
    }
    if (json_get(args, "begin") || json_get(args, "length")) {
        g_set_error(err, QMP_ERROR, QMP_GENERIC, "dump-guest-memory: "
                    "begin/length are not supported by farad");
        return false;
    }
    if (!g_str_has_prefix(proto, "file:")) {
        g_set_error(err, QMP_ERROR, QMP_GENERIC, "dump-guest-memory: "
                    "protocol '%s' is not supported by farad (file:PATH is)",
                    proto);
        return false;
    }
    const char *path = proto + 5;
    Machine *m = q->m;
    int ncpu = m->cfg.smp;
    uint64_t ram = machine_ram_size(m);
    Out o = { g_byte_array_new(), (machine_cpu(m, 0)->arch.msr & MSR_LE) };
    uint64_t phoff = 64, noteoff = phoff + 2 * 56;
    uint64_t notesz = (uint64_t)ncpu * NOTE_SIZE;
    uint64_t loadoff = (noteoff + notesz + 4095) & ~4095ULL;
    /* ELF header */
    g_byte_array_append(o.b, (const uint8_t *)"\x7f" "ELF", 4);
    uint8_t ident[12] = { 2, o.le ? 1 : 2, 1 };   /* ELFCLASS64, data, v1 */
    g_byte_array_append(o.b, ident, 12);
    put(&o, 4, 2);        /* ET_CORE */
    put(&o, 21, 2);       /* EM_PPC64 */
    put(&o, 1, 4);
    put(&o, 0, 8);        /* entry */
    put(&o, phoff, 8);
    put(&o, 0, 8);        /* no sections */
    put(&o, 0, 4);        /* flags */
    put(&o, 64, 2);
    put(&o, 56, 2);
    put(&o, 2, 2);        /* phnum */
    put(&o, 64, 2);
    put(&o, 0, 2);
    put(&o, 0, 2);
    /* PT_NOTE */
    put(&o, 4, 4); put(&o, 0, 4);
    put(&o, noteoff, 8); put(&o, 0, 8); put(&o, 0, 8);
    put(&o, notesz, 8); put(&o, notesz, 8); put(&o, 0, 8);
    /* PT_LOAD: RAM at physical 0 */
    put(&o, 1, 4); put(&o, 0, 4);
    put(&o, loadoff, 8); put(&o, 0, 8); put(&o, 0, 8);
    put(&o, ram, 8); put(&o, ram, 8); put(&o, 0, 8);
    for (int i = 0; i < ncpu; i++) {
        prstatus_note(&o, machine_cpu(m, i), i);
    }
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        g_byte_array_unref(o.b);
        return fail_errno(err, "dump-guest-memory: could not open", path);
    }
    bool ok = write(fd, o.b->data, o.b->len) == (ssize_t)o.b->len &&
              ftruncate(fd, (off_t)(loadoff + ram)) == 0;
    g_byte_array_unref(o.b);
    const uint8_t *r = machine_ram(m);
    static const uint8_t zero[4096];
    for (uint64_t off = 0; ok && off < ram; off += 4096) {
        uint64_t n = MIN(4096, ram - off);
        if (memcmp(r + off, zero, n)) {
            ok = pwrite(fd, r + off, n, (off_t)(loadoff + off)) == (ssize_t)n;
        }
    }
    if (close(fd) != 0) {
        ok = false;
    }
    if (!ok) {
        return fail_errno(err, "dump-guest-memory: error writing", path);
    }
    char *data = g_strdup_printf("{\"result\": {\"total\": %" G_GUINT64_FORMAT
                                 ", \"status\": \"completed\", \"completed\": %"
                                 G_GUINT64_FORMAT "}}", ram, ram);
    qmp_event(q, "DUMP_COMPLETED", data);
    g_free(data);
    return true;
}
