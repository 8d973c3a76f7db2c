/* SPDX-License-Identifier: MIT */
/*
 * The pseries machine: guest RAM, the CPU, the console, the device tree,
 * hypercalls and RTAS. One Machine object holds all mutable state of an
 * emulation (no globals), so several machines can live in one process.
 */
#ifndef FARAD_CORE_MACHINE_H
#define FARAD_CORE_MACHINE_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "base/error.h"
#include "cpu-ppc/cpu.h"
#include "props.h"

/* Everything the command line can say about a machine. */
typedef struct MachineConfig {
    const struct Board *board;  /* what the machine is made of (board.h;
                                   board/board.h's pseries_board); set by
                                   the caller, machine_new refuses NULL */
    char *machine_type;       /* "pseries" (= "pseries-7.2"),
                                 "pseries-2.8", "pseries-2.7" */
    uint64_t ram_size;        /* bytes */
    int smp;                  /* CPUs (-smp cpus=) */
    int smp_cores;            /* cores per socket from -smp's topology
                                 (one thread each); 0: not given, the
                                 machine type decides (fdt.c) */
    char *bios;               /* -bios NAME or path (raw image at 0);
                                 NULL: slof.bin; "none": no firmware
                                 (firmware.c) */
    GPtrArray *fw_dirs;       /* -L DIR, searched first (char *) */
    char *kernel;             /* -kernel ELF */
    char *initrd;
    char *append;             /* kernel command line */
    char *dumpdtb;            /* -machine dumpdtb=FILE: write the tree,
                                 exit */
    char *accel;              /* -machine accel=: tcg only */
    bool usb, graphics;       /* -machine usb=, graphics=: accepted,
                                 farad has neither */
    bool nodefaults;          /* no default vty */
    bool serial_stdio;        /* a console (VTY), on stdin/stdout unless
                                 serial_chr names another device */
    bool mon_stdio;           /* -serial mon:stdio */
    bool monitor_stdio;       /* -monitor stdio (core/front/monitor.h) */
    bool start_paused;        /* -S: paused until the monitor's cont */
    GPtrArray *chardevs;      /* -chardev arguments (char *; chardev.h) */
    GPtrArray *mons;          /* -mon arguments (char *) */
    GPtrArray *qmp;           /* -qmp arguments (char *; qmp.h) */
    char *monitor_chr;        /* -monitor / -mon mode=readline on a socket,
                                 file or pipe device (as serial_chr) */
    char *serial_chr;         /* -serial on a character device other
                                 than stdio ("chardev:ID", "file:P",
                                 "unix:P,server,nowait", ...), or NULL */
    unsigned trace;           /* PPC_TRACE_* from -d */
    char *logfile;            /* -D */
    uint64_t max_insns;       /* stop after this many (0: no limit) */
    unsigned icount_shift;    /* -icount shift=N */
    GPtrArray *devices;       /* -device arguments, in order (char *) */
    GPtrArray *drives;        /* drives in command-line order (char *),
                                 each "WHERE\nOPTS": the option as the
                                 user gave it, for errors ("-cdrom F"),
                                 and its -drive argument (-cdrom F:
                                 block_cdrom_opts(F); core/block/block.h) */
    bool snapshot;            /* -snapshot: every drive snapshot=on */
    GPtrArray *netdevs;       /* -netdev arguments and those -nic stands
                                 for, in order (char *; core/net/net.h) */
    GPtrArray *nics;          /* the -device arguments of -nic's NICs,
                                 created with the machine's defaults */
    bool default_nic;         /* QEMU's default NIC (a spapr-vlan on a
                                 user netdev): the CLI sets it without
                                 -nodefaults, -nic, -netdev (as the
                                 default vty, serial_stdio) */
    bool net_offline;         /* no host network (a replay: frames come
                                 from the journal) */
    GPtrArray *objects;       /* -object arguments (memory-backend.h) */
    GPtrArray *globals;       /* -global driver.prop=value (char *) */
    GPtrArray *machine_props; /* the machine type's -machine prop=value
                                 (spapr-machine table; char *) */
    char *rtc;                /* -rtc argument, NULL: fixed epoch */
    GPtrArray *plugins;       /* -plugin arguments, in order (char *) */
    char *gdb;                /* -gdb tcp::PORT (-s: tcp::1234), or NULL */
    char *snapshot_db;        /* -snapshot-db FILE */
    char *loadvm;             /* -loadvm NAME */
    GPtrArray *savevm_at;     /* -savevm-at ICOUNT:NAME (char *) */
    char *name;               /* -name: the guest's name (the tree's
                                 ibm,partition-name), or NULL */
    char *uuid;               /* -uuid, lower case 8-4-4-4-12 hex, or
                                 NULL (vm,uuid all zeros) */
    bool no_reboot;           /* -no-reboot: a guest reboot ends the run
                                 (MACHINE_EXIT_RESET) */
    bool no_shutdown;         /* -no-shutdown: a power-off stops the
                                 machine, the process stays (a monitor's
                                 system_reset starts it again) */
    char *pidfile;            /* -pidfile FILE (core/front/daemon.h) */
    bool daemonize;           /* -daemonize */
    char *process_name;       /* -name ...,process=NAME */
    struct ReplayConfig *replay;  /* -icount rr=...: record/replay
                                     (snapshot/replay.h), owned; NULL */
    void (*replay_destroy)(struct ReplayConfig *); /* frees replay */
} MachineConfig;

typedef struct Machine Machine;

/* firmware.c: QEMU's firmware search. */
#define FIRMWARE_DEFAULT "slof.bin"   /* no -bios: QEMU 7.2's pseries SLOF */
#define FIRMWARE_NONE "none"          /* -bios none: no firmware */
#define FIRMWARE_DATADIR "/usr/share/qemu"  /* Debian's qemu-system-data */

/* QEMU's data directory: $FARAD_DATADIR when set, else
 * FIRMWARE_DATADIR. */
const char *firmware_datadir(void);

/* Print the firmware search directories, one a line (-L help). */
void firmware_print_dirs(const MachineConfig *cfg, FILE *f);

/*
 * The firmware file cfg boots: cfg->bios (default: default_name, QEMU's
 * FIRMWARE_DEFAULT or, with x-vof=on, VOF_FIRMWARE_NAME) as
 * a path when it has a '/' or is readable as given, else the first
 * DIR/NAME readable over cfg->fw_dirs and firmware_datadir(). *path is
 * NULL (and true returned) for FIRMWARE_NONE. False with err naming the
 * file, the directories searched and the Debian package when nothing
 * is found.
 */
bool firmware_resolve(const MachineConfig *cfg, const char *default_name,
                      char **path, GError **err);

/* Exit status of a run. */
typedef enum MachineExit {
    MACHINE_EXIT_POWEROFF,    /* RTAS power-off: process exits 0 */
    MACHINE_EXIT_RESET,       /* system-reboot requested */
    MACHINE_EXIT_LIMIT,       /* -max-insns reached */
    MACHINE_EXIT_HALTED,      /* every CPU halted with nothing to wake it */
    MACHINE_EXIT_ERROR,       /* a fatal guest condition */
    MACHINE_EXIT_QUIT,        /* monitor quit / Ctrl-A x: exits 0 */
    MACHINE_EXIT_PANIC,       /* ibm,os-term: the guest gave up; QEMU's
                                 default panic action shuts down, exit 0 */
} MachineExit;

/* The -machine properties every machine type has (QEMU's generic
 * machine options: dumpdtb, accel, usb, graphics), stored in the
 * MachineConfig itself; the type's own are the spapr-machine table. */
extern const PropDesc machine_config_props[];

/* Default values for a config (pseries = pseries-7.2, 512 MiB, 1 CPU). */
void machine_config_init(MachineConfig *cfg);
void machine_config_clear(MachineConfig *cfg);

/* Build the machine of cfg->board: RAM, CPU, device tree, images
 * loaded. Returns NULL and sets err (one line naming file/option) on a
 * user error. */
Machine *machine_new(const MachineConfig *cfg, GError **err);
void machine_free(Machine *m);

/* Run until power-off, reset, the instruction limit, or a halt with no
 * wake-up possible. */
MachineExit machine_run(Machine *m);

/* Instructions retired so far (all CPUs). */
uint64_t machine_icount(const Machine *m);

/* Accessors for tests and tools. */
PpcCpu *machine_cpu(Machine *m, int index);
uint8_t *machine_ram(Machine *m);
uint64_t machine_ram_size(const Machine *m);
uint64_t machine_fdt_addr(const Machine *m);
/* The machine's drives (-drive, -cdrom and the default CD-ROM;
 * core/block/block.h), opened before any device is created. */
struct BlockSet *machine_blocks(Machine *m);

/* debug-mem.c: a debugger's access to len bytes of guest memory at addr,
 * into or out of buf: a physical address (phys), or an effective address
 * translated page by page as cpu sees it (as QEMU's debug accesses: as a
 * load, else as an instruction fetch; nothing in the guest changes).
 * RAM only. False when a page is unmapped or outside RAM (the pages
 * before it are done). Writes drop decoded code they overwrite. */
bool machine_debug_rw(Machine *m, PpcCpu *cpu, uint64_t addr, uint8_t *buf,
                      uint64_t len, bool write, bool phys);

#endif
