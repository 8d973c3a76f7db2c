/* SPDX-License-Identifier: MIT */
/*
 * hpctl: the part of PCI hot-plug that Linux 6.1 leaves to user space
 * (rtas_errd and drmgr from ppc64-diag / powerpc-utils), for the test
 * initramfs (tests/hotplug.t). A static ppc64le program with no libc:
 *
 *   hpctl event          wait for the next RTAS event log the kernel
 *                        passes on (/proc/powerpc/rtas/error_log, what
 *                        rtas_errd reads) and print its hot-plug
 *                        section: "EVENT add|remove pci index 0xI"
 *   hpctl add I PARENT   what drmgr -c pci -a does for the slot with
 *                        DRC index I under the node PARENT: check the
 *                        slot is populated (get-sensor-state), unisolate
 *                        it, light its DR indicator, fetch its node with
 *                        ibm,configure-connector and add it to the
 *                        kernel's tree (/proc/powerpc/ofdt add_node);
 *                        prints the node path
 *   hpctl remove I PATH  what drmgr -c pci -r does once the kernel let
 *                        go of the function: remove the node (ofdt
 *                        remove_node), isolate the slot, indicator off
 *
 * The RTAS calls go through the rtas system call with the work area in
 * the kernel's RTAS user buffer (/proc/powerpc/rtas/rmo_buffer, mapped
 * through /dev/mem), as librtas does. Exit status 0 on success, 1 with
 * one line on stdout otherwise.
 */
typedef unsigned long u64;
typedef unsigned int u32;
typedef unsigned char u8;

enum {
    SYS_exit = 1, SYS_read = 3, SYS_write = 4, SYS_open = 5, SYS_close = 6,
    SYS_mmap = 90, SYS_rtas = 255,
    O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_SYNC = 04010000,
    PROT_RW = 3, MAP_SHARED = 1,
};

static long sys6(long n, long a, long b, long c, long d, long e, long f)
{
    register long r0 __asm__("r0") = n;
    register long r3 __asm__("r3") = a;
    register long r4 __asm__("r4") = b;
    register long r5 __asm__("r5") = c;
    register long r6 __asm__("r6") = d;
    register long r7 __asm__("r7") = e;
    register long r8 __asm__("r8") = f;
    __asm__ volatile("sc\n\tbns+ 1f\n\tneg %1, %1\n1:"
                     : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6),
                       "+r"(r7), "+r"(r8)
                     :
                     : "r9", "r10", "r11", "r12", "cr0", "ctr", "xer",
                       "memory");
    return r3;
}

#define sys3(n, a, b, c) sys6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)

/* gcc may call these for copies and zeroing */
void *memcpy(void *d, const void *s, unsigned long n)
{
    u8 *dd = d;
    const u8 *ss = s;
    while (n--) {
        *dd++ = *ss++;
    }
    return d;
}

void *memset(void *d, int c, unsigned long n)
{
    u8 *dd = d;
    while (n--) {
        *dd++ = (u8)c;
    }
    return d;
}

static unsigned long slen(const char *s)
{
    unsigned long n = 0;
    while (s[n]) {
        n++;
    }
    return n;
}

static void out(const char *s)
{
    sys3(SYS_write, 1, s, slen(s));
}

static void out_hex(u64 v)
{
    char b[20];
    int i = 19;
    b[i] = 0;
    do {
        b[--i] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    b[--i] = 'x';
    b[--i] = '0';
    out(b + i);
}

static void out_dec(long v)
{
    char b[24];
    int i = 23;
    int neg = v < 0;
    u64 u = neg ? (u64)-v : (u64)v;
    b[i] = 0;
    do {
        b[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg) {
        b[--i] = '-';
    }
    out(b + i);
}

static void die(const char *what, long v)
{
    out("hpctl: ");
    out(what);
    out(" ");
    out_dec(v);
    out("\n");
    sys3(SYS_exit, 1, 0, 0);
    for (;;) {
    }
}

static u64 parse_num(const char *s)
{
    u64 v = 0;
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    }
    for (; *s; s++) {
        int d = *s >= '0' && *s <= '9' ? *s - '0'
              : *s >= 'a' && *s <= 'f' ? *s - 'a' + 10
              : *s >= 'A' && *s <= 'F' ? *s - 'A' + 10 : 99;
        if (d >= base) {
            break;
        }
        v = v * (u64)base + (u64)d;
    }
    return v;
}

static u32 be32(const u8 *p)
{
    return (u32)p[0] << 24 | (u32)p[1] << 16 | (u32)p[2] << 8 | p[3];
}

static void put_be32(u8 *p, u32 v)
{
    p[0] = (u8)(v >> 24);
    p[1] = (u8)(v >> 16);
    p[2] = (u8)(v >> 8);
    p[3] = (u8)v;
}

static long read_file(const char *path, u8 *buf, long max)
{
    long fd = sys3(SYS_open, path, O_RDONLY, 0);
    if (fd < 0) {
        return fd;
    }
    long n = sys3(SYS_read, fd, buf, max);
    sys3(SYS_close, fd, 0, 0);
    return n;
}

/* ---- RTAS through the rtas system call ---- */

struct rtas_args {
    u32 token, nargs, nret;   /* big-endian */
    u32 args[16];
    u64 rets;                 /* kernel's */
};

static u32 token(const char *name)
{
    char path[128] = "/proc/device-tree/rtas/";
    unsigned long n = slen(path);
    for (unsigned long i = 0; name[i] && n < sizeof(path) - 1; i++) {
        path[n++] = name[i];
    }
    path[n] = 0;
    u8 b[4];
    if (read_file(path, b, 4) != 4) {
        die("no RTAS token for", 0);
    }
    return be32(b);
}

/* rets[0..nret) of the call (big-endian args in, host out). */
static long rtas(const char *name, int nargs, int nret, const u32 *in,
                 u32 *rets)
{
    struct rtas_args a;
    memset(&a, 0, sizeof(a));
    put_be32((u8 *)&a.token, token(name));
    put_be32((u8 *)&a.nargs, (u32)nargs);
    put_be32((u8 *)&a.nret, (u32)nret);
    for (int i = 0; i < nargs; i++) {
        put_be32((u8 *)&a.args[i], in[i]);
    }
    long rc = sys3(SYS_rtas, &a, 0, 0);
    if (rc < 0) {
        die("rtas system call failed:", rc);
    }
    for (int i = 0; i < nret; i++) {
        rets[i] = be32((u8 *)&a.args[nargs + i]);
    }
    return (int)rets[0];
}

static long set_indicator(u32 type, u32 index, u32 value)
{
    u32 in[3] = { type, index, value }, r[1];
    return rtas("set-indicator", 3, 1, in, r);
}

/* The kernel's RTAS user buffer (physical address), mapped. */
static u8 *rmo_buffer(u64 *phys)
{
    u8 txt[64];
    long n = read_file("/proc/powerpc/rtas/rmo_buffer", txt, sizeof(txt) - 1);
    if (n <= 0) {
        die("cannot read /proc/powerpc/rtas/rmo_buffer:", n);
    }
    txt[n] = 0;
    char *p = (char *)txt;
    u64 addr = 0;
    for (; *p && *p != ' '; p++) {
        int d = *p >= '0' && *p <= '9' ? *p - '0' : (*p | 32) - 'a' + 10;
        addr = addr * 16 + (u64)d;
    }
    long fd = sys3(SYS_open, "/dev/mem", O_RDWR | O_SYNC, 0);
    if (fd < 0) {
        die("cannot open /dev/mem:", fd);
    }
    long m = sys6(SYS_mmap, 0, 4096, PROT_RW, MAP_SHARED, fd, (long)addr);
    if (m < 0 && m > -4096) {
        die("cannot map the RTAS buffer:", m);
    }
    *phys = addr;
    return (u8 *)m;
}

/* ---- the commands ---- */

static int cmd_event(void)
{
    static u8 buf[16384];
    long n = read_file("/proc/powerpc/rtas/error_log", buf, sizeof(buf));
    if (n < 12) {
        die("read /proc/powerpc/rtas/error_log:", n);
    }
    const u8 *log = buf + 4;            /* after the sequence number */
    u32 ext = be32(log + 4);
    const u8 *sec = log + 8 + 16;       /* after the v6 header */
    const u8 *end = log + 8 + ext;
    while (sec + 4 <= end) {
        u32 id = (u32)sec[0] << 8 | sec[1];
        u32 len = (u32)sec[2] << 8 | sec[3];
        if (id == 0x4850 && len >= 16) {   /* "HP" */
            out("EVENT ");
            out(sec[9] == 1 ? "add" : sec[9] == 2 ? "remove" : "?");
            out(sec[8] == 5 ? " pci" : " other");
            out(" index ");
            out_hex(be32(sec + 12));
            out("\n");
            return 0;
        }
        if (len < 4) {
            break;
        }
        sec += len;
    }
    die("no hot-plug section in the log; summary", (long)be32(log));
    return 1;
}

/* One "name len value " entry of an ofdt add_node command. */
static unsigned long put_prop(u8 *cmd, unsigned long n, const char *name,
                              const u8 *val, u32 len)
{
    for (unsigned long i = 0; name[i]; i++) {
        cmd[n++] = (u8)name[i];
    }
    cmd[n++] = ' ';
    char num[16];
    int i = 15;
    num[i] = 0;
    u32 v = len;
    do {
        num[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (; num[i]; i++) {
        cmd[n++] = (u8)num[i];
    }
    cmd[n++] = ' ';
    for (u32 k = 0; k < len; k++) {
        cmd[n++] = val[k];
    }
    cmd[n++] = ' ';
    return n;
}

static int cmd_add(u32 index, const char *parent)
{
    u32 in[2] = { 9003, index }, r[2];
    long rc = rtas("get-sensor-state", 2, 2, in, r);
    if (rc || r[1] != 1) {
        die("slot not populated: get-sensor-state status/state", rc ? rc
                                                                 : r[1]);
    }
    if ((rc = set_indicator(9001, index, 1))) {
        die("unisolate failed:", rc);
    }
    set_indicator(9002, index, 1);   /* DR indicator on, as drmgr */
    u64 phys;
    u8 *wa = rmo_buffer(&phys);
    static u8 cmd[65536];
    unsigned long n = 0;
    const char *pre = "add_node ";
    for (unsigned long i = 0; pre[i]; i++) {
        cmd[n++] = (u8)pre[i];
    }
    for (unsigned long i = 0; parent[i]; i++) {
        cmd[n++] = (u8)parent[i];
    }
    int depth = 0;
    memset(wa, 0, 4096);
    put_be32(wa, index);
    for (;;) {
        u32 a[2] = { (u32)phys, (u32)(phys >> 32) };
        rc = rtas("ibm,configure-connector", 2, 1, a, r);
        if (rc == 0) {
            break;
        }
        if (rc == 2) {        /* next child: its name */
            if (depth++) {
                die("nested nodes not handled, depth", depth);
            }
            const char *name = (const char *)wa + be32(wa + 8);
            cmd[n++] = '/';
            for (unsigned long i = 0; name[i]; i++) {
                cmd[n++] = (u8)name[i];
            }
            cmd[n++] = ' ';
        } else if (rc == 3) { /* next property */
            const char *name = (const char *)wa + be32(wa + 8);
            n = put_prop(cmd, n, name, wa + be32(wa + 16), be32(wa + 12));
        } else if (rc == 4) { /* previous parent */
            depth--;
        } else if (rc != -2) {   /* -2: call again */
            die("configure-connector returned", rc);
        }
    }
    long fd = sys3(SYS_open, "/proc/powerpc/ofdt", O_WRONLY, 0);
    if (fd < 0) {
        die("cannot open /proc/powerpc/ofdt:", fd);
    }
    long w = sys3(SYS_write, fd, cmd, n - 1);   /* no trailing space */
    sys3(SYS_close, fd, 0, 0);
    if (w < 0) {
        die("ofdt add_node failed:", w);
    }
    /* the path: from after "add_node " to the first space after it */
    unsigned long s = slen(pre), e = s;
    while (cmd[e] != ' ') {
        e++;
    }
    cmd[e] = 0;
    out("NODE ");
    out((const char *)cmd + s);
    out("\n");
    return 0;
}

static int cmd_remove(u32 index, const char *path)
{
    char cmd[512] = "remove_node ";
    unsigned long n = slen(cmd);
    for (unsigned long i = 0; path[i] && n < sizeof(cmd) - 1; i++) {
        cmd[n++] = path[i];
    }
    long fd = sys3(SYS_open, "/proc/powerpc/ofdt", O_WRONLY, 0);
    if (fd < 0) {
        die("cannot open /proc/powerpc/ofdt:", fd);
    }
    long w = sys3(SYS_write, fd, cmd, n);
    sys3(SYS_close, fd, 0, 0);
    if (w < 0) {
        die("ofdt remove_node failed:", w);
    }
    long rc = set_indicator(9001, index, 0);
    if (rc) {
        die("isolate failed:", rc);
    }
    set_indicator(9002, index, 0);
    u32 in[2] = { 9003, index }, r[2];
    rc = rtas("get-sensor-state", 2, 2, in, r);
    out("SENSE ");
    out_dec(rc);
    out(" ");
    out_dec(r[1]);
    out("\n");
    return 0;
}

static int streq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static int hpctl_main(long argc, char **argv)
{
    if (argc >= 2 && streq(argv[1], "event")) {
        return cmd_event();
    }
    if (argc >= 4 && streq(argv[1], "add")) {
        return cmd_add((u32)parse_num(argv[2]), argv[3]);
    }
    if (argc >= 4 && streq(argv[1], "remove")) {
        return cmd_remove((u32)parse_num(argv[2]), argv[3]);
    }
    out("usage: hpctl event | add INDEX PARENT | remove INDEX PATH\n");
    return 1;
}

void hpctl_start(long *sp)
{
    long rc = hpctl_main(sp[0], (char **)(sp + 1));
    sys3(SYS_exit, rc, 0, 0);
    for (;;) {
    }
}

/* The entry point: the TOC pointer, then a C frame on the initial
 * stack (argc, argv...). */
__asm__(".globl _start\n"
        "_start:\n"
        "  lis 2, .TOC.@highest\n"
        "  ori 2, 2, .TOC.@higher\n"
        "  rldicr 2, 2, 32, 31\n"
        "  oris 2, 2, .TOC.@h\n"
        "  ori 2, 2, .TOC.@l\n"
        "  mr 3, 1\n"
        "  clrrdi 1, 1, 4\n"
        "  li 0, 0\n"
        "  stdu 0, -64(1)\n"
        "  bl hpctl_start\n"
        "  nop\n");
