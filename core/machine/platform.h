/* SPDX-License-Identifier: MIT */
/*
 * Internal interfaces between the parts of the pseries machine in core/:
 * the machine state struct, the console, device tree, hypercalls, RTAS
 * and loaders. Not used outside core/ (and its tests).
 */
#ifndef FARAD_CORE_PLATFORM_H
#define FARAD_CORE_PLATFORM_H

#include "base/papr.h"
#include "bus.h"
#include "machine.h"
#include "run-hooks.h"

/* The vty console backend. */
typedef struct Console {
    int in_fd;            /* -1: no input */
    FILE *out;            /* NULL: output dropped */
    bool raw_tty;         /* stdin switched to raw mode, restore at exit */
    bool eof;
    uint8_t pending[64];  /* bytes read but not yet delivered */
    unsigned npending;
    const InputJournal *journal; /* the machine's input journal (ops NULL:
                                    none; run-hooks.h) */
    ConsoleInput input;   /* read NULL: stdin itself; otherwise e.g. the
                             monitor's mon:stdio multiplexer */
} Console;

struct Machine {
    MachineConfig cfg;
    uint8_t *ram;
    uint64_t ram_size;
    PpcCpu *cpu;                /* the boot CPU, cpus[0] */
    PpcCpu **cpus;              /* cfg.smp CPUs (smp.c) */
    int turn;                   /* the CPU whose turn it is (smp.c) */
    uint64_t round_end;         /* end of that turn, the machine's virtual
                                   time in instruction units (smp.c) */
    Console console;
    void *fdt;              /* the flattened device tree */
    uint64_t fdt_addr;      /* where it was copied in guest RAM */
    uint64_t rtas_addr;     /* where the RTAS blob lives */
    bool stop;              /* run loop should return */
    bool end_chunk;         /* end the run chunk early (a long hypercall
                               between its steps): the host checks
                               (monitor, gdb) run now; the CPUs'
                               interleaving is unchanged (smp.c) */
    bool booted;            /* RAM was used: a reset must clear it */
    bool firmware;          /* a firmware boots (not -bios none); its
                               file is cfg.bios (NULL under dumpdtb) */
    uint64_t kernel_size;   /* -kernel with firmware: size at 0x400000 */
    bool kernel_le;         /* ... and whether it is little-endian */
    uint64_t initrd_base, initrd_size;  /* -initrd, 0 size if none */
    struct SymTab *symbols; /* the -kernel ELF's symbols (symbols.h), or NULL */
    MachineExit exit;
    FILE *log;
    const struct MachineType *type;   /* pseries-2.8, ... (machine-types.c) */
    Bus *bus;                   /* MMIO regions outside RAM (bus.c) */
    struct Device *devices;     /* every device, creation order (device.c) */
    struct BlockSet *blocks;    /* the drives (core/block/block.h) */
    struct SpaprState *spapr;   /* platform state (spapr.h) */
    struct PluginHost *plugins; /* loaded -plugin objects, or NULL */
    InputJournal journal;       /* inputs that differ between runs */
    struct NetState *net;       /* netdevs (core/net/net-int.h) */
    GArray *run_hooks;          /* RunHook, in the order added */
    GArray *round_polls;        /* end-of-round polls (chr-host.h) */
    uint64_t chr_poll_icount;   /* icount of the last chr poll, and */
    uint32_t chr_poll_index;    /* the next poll's index there */
    /* Slots of the layers above, which the machine never uses itself:
     * how they find each other's state for this machine. */
    struct SnapRun *snaprun;    /* -snapshot-db state (snapshot/), or NULL */
    struct Replay *replay;      /* -icount rr= record/replay, or NULL */
    struct Monitor *monitor;    /* -monitor stdio / mon:stdio, or NULL */
    struct GdbStub *gdb;        /* -gdb stub (core/front/gdbstub.h), or NULL */
    char *snap_last;            /* last snapshot saved or loaded: the
                                   parent of the next one */
};

/* machine.c: whether a run hook has work an idle machine must return to
 * the run loop for (the monitor's pending command). */
bool machine_hooks_have_work(Machine *m);

/* console.c */
void console_open(Console *c, bool use_stdio);
void console_close(Console *c);
void console_write(Console *c, const uint8_t *buf, size_t n);
/* Up to max bytes of input available now (never blocks). With record/
 * replay on, the journal answers (and logs what the host gave). */
size_t console_read(Console *c, uint8_t *buf, size_t max);
/* The same straight from the host (the journal's record side). */
size_t console_read_host(Console *c, uint8_t *buf, size_t max);

/* fdt.c: build the device tree for m into m->fdt. */
bool spapr_build_fdt(Machine *m, GError **err);

/* hcall.c: dispatch `sc 1` from cpu. */
void spapr_hcall(void *opaque, PpcCpu *cpu);

/* rtas.c: run the RTAS call whose argument block is at guest address
 * args; returns the hcall status. */
long spapr_rtas_call(Machine *m, PpcCpu *cpu, uint64_t args);

/* generic-loader.c: whether a -device loader gave CPU `cpu` a PC
 * (cpu-num=), and which (*pc, may be NULL; the last such loader's). */
bool generic_loader_pc(Machine *m, int cpu, uint64_t *pc);

/* loader.c: images are regular files, their size checked before they
 * are read. load_raw: the file, at most max bytes and not past the end
 * of RAM, at guest address addr; *size its length. */
bool load_raw(Machine *m, const char *path, uint64_t addr, uint64_t max,
              uint64_t *size, GError **err);
/* What load_elf put where. */
typedef struct ElfImage {
    uint64_t entry;      /* entry point (an ELFv1 descriptor resolved) */
    uint64_t low, high;  /* guest physical range of the loaded segments */
    uint64_t size;       /* sum of the segments' memory sizes (QEMU's
                            kernel_size) */
    bool le;             /* little-endian ELF */
} ElfImage;

/* load_base value: load segments at their own physical addresses. */
#define ELF_AT_PADDR UINT64_MAX
/* Where QEMU's pseries puts a kernel that the firmware boots. */
#define KERNEL_LOAD_ADDR 0x400000ULL

/* Load an ELF64 PowerPC image: at its physical addresses (load_base =
 * ELF_AT_PADDR) or, as QEMU does for firmware-booted kernels, each
 * segment at (p_paddr & 0x0fffffff) + load_base. */
bool load_elf(Machine *m, const char *path, uint64_t load_base,
              ElfImage *img, GError **err);

#endif
