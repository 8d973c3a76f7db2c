/* SPDX-License-Identifier: MIT */
/*
 * farad-plugin.h - the public instrumentation API of farad.
 *
 * A plugin is a shared object loaded with
 *     farad -plugin path.so[,key=value,...]   (or -plugin file=path.so,...)
 * It includes only this header, exports its API version and an install
 * function, and registers callbacks from there.
 *
 * Model:
 *  - Instructions are decoded lazily, a block at a time. When a block is
 *    decoded, every callback registered with
 *    farad_plugin_register_block_trans_cb() sees it and may ask for
 *    execution callbacks or inline counters on the block or on single
 *    instructions. Code nobody instruments runs exactly as without
 *    plugins: the interpreter swaps in an instrumented handler only for
 *    the instructions that asked for it.
 *  - A block is a straight-line run of instructions inside one 4 KiB
 *    page, ending at a branch, a system/synchronising instruction, the
 *    page end, or an instruction that is a known branch target in the
 *    page (a "leader": relative branch targets and the instruction after
 *    any branch). Execution that enters a block in its middle (an
 *    indirect jump to a non-leader) runs the per-instruction
 *    instrumentation but not the block's.
 *  - Execution callbacks run before the instruction. Register and memory
 *    writes made from one take effect at once: the instruction itself
 *    and every later one see them; writing the PC skips the instruction
 *    and continues at the new address; overwriting code re-decodes it.
 *
 * Threading: farad runs all vCPUs on one host thread; every callback
 * runs on that thread, never concurrently with another callback.
 *
 * Lifetimes: handles passed to a callback (struct farad_plugin_block,
 * struct farad_plugin_insn, struct farad_plugin_mem_info) are valid only
 * during that callback. A struct farad_plugin_vcpu handle is valid from
 * its vcpu-init callback to its vcpu-exit callback. A farad_plugin_id is
 * valid until the plugin is unloaded (after its atexit callbacks).
 *
 * Versioning: FARAD_PLUGIN_API_VERSION is bumped on every addition,
 * FARAD_PLUGIN_API_MIN_VERSION on every incompatible change; farad
 * refuses a plugin whose farad_plugin_api_version is outside
 * [MIN, CUR] and names both numbers.
 */
#ifndef FARAD_PLUGIN_H
#define FARAD_PLUGIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FARAD_PLUGIN_EXPORT __attribute__((visibility("default")))

/* Current API version and the oldest one this farad still loads. */
#define FARAD_PLUGIN_API_VERSION 2
#define FARAD_PLUGIN_API_MIN_VERSION 1

/** typedef farad_plugin_id - handle of one loaded plugin instance. */
typedef struct farad_plugin *farad_plugin_id;

/* Opaque handles. */
struct farad_plugin_vcpu;    /* one virtual CPU */
struct farad_plugin_block;   /* a block being decoded */
struct farad_plugin_insn;    /* an instruction of such a block */

/**
 * struct FaradPluginInfo - what farad tells a plugin at install time.
 * @size: sizeof the struct as farad built it; fields are only appended.
 * @version: the API versions farad accepts (@min) and implements (@cur).
 * @target_name: "ppc64".
 * @machine: the machine type, e.g. "pseries".
 * @n_vcpus: number of vCPUs of the machine.
 */
typedef struct FaradPluginInfo {
    uint32_t size;
    struct {
        int min;
        int cur;
    } version;
    const char *target_name;
    const char *machine;
    int n_vcpus;
} FaradPluginInfo;

/**
 * struct FaradPluginExitInfo - final counts handed to atexit callbacks.
 * @size: sizeof the struct as farad built it.
 * @icount: instructions retired by all vCPUs (farad's own count).
 * @n_vcpus: number of entries of @vcpu_icount.
 * @vcpu_icount: instructions retired per vCPU.
 * @reason: why the run ended: "poweroff", "reset", "limit", "halted",
 *          "error", or "startup" when nothing ran (a plugin loaded after
 *          this one failed to install, the machine could not start, or
 *          only its device tree was dumped); output is then discarded.
 */
typedef struct FaradPluginExitInfo {
    uint32_t size;
    uint64_t icount;
    unsigned n_vcpus;
    const uint64_t *vcpu_icount;
    const char *reason;
} FaradPluginExitInfo;

/** enum farad_plugin_mem_rw - which accesses a memory callback wants. */
enum farad_plugin_mem_rw {
    FARAD_PLUGIN_MEM_R = 1,
    FARAD_PLUGIN_MEM_W = 2,
    FARAD_PLUGIN_MEM_RW = 3,
};

/**
 * struct farad_plugin_mem_info - one guest data access.
 * @pc: address of the instruction making the access.
 * @vaddr: effective address.
 * @paddr: guest physical (real) address.
 * @value: the value loaded or stored, as the register sees it
 *         (zero-extended; 0 for block operations such as dcbz).
 * @size: access size in bytes (1, 2, 4, 8, or a block size).
 * @store: true for a store.
 * @big_endian: the access was made in big-endian byte order.
 * @io: the address is not RAM (MMIO or unassigned).
 */
struct farad_plugin_mem_info {
    uint64_t pc;
    uint64_t vaddr;
    uint64_t paddr;
    uint64_t value;
    uint32_t size;
    bool store;
    bool big_endian;
    bool io;
};

/** enum farad_plugin_insn_class - coarse instruction classes. */
enum farad_plugin_insn_class {
    FARAD_PLUGIN_CLASS_INTEGER = 0, /* fixed-point arithmetic and logic */
    FARAD_PLUGIN_CLASS_LOADSTORE,   /* loads, stores, cache operations */
    FARAD_PLUGIN_CLASS_BRANCH,      /* branches */
    FARAD_PLUGIN_CLASS_FP,          /* floating point */
    FARAD_PLUGIN_CLASS_SYSTEM,      /* sc, rfid, SPR/MSR/CR moves, sync */
    FARAD_PLUGIN_CLASS_VECTOR,      /* VMX/VSX */
    FARAD_PLUGIN_CLASS_ILLEGAL,     /* not a valid instruction */
    FARAD_PLUGIN_CLASS_COUNT
};

/* ---- callback types ---- */

/* vCPU init and exit. */
typedef void (*farad_plugin_vcpu_cb_t)(farad_plugin_id id,
                                       struct farad_plugin_vcpu *vcpu,
                                       void *udata);
/* Block decode ("translation"). */
typedef void (*farad_plugin_block_trans_cb_t)(farad_plugin_id id,
                                              struct farad_plugin_block *b,
                                              void *udata);
/* Block or instruction execution. */
typedef void (*farad_plugin_exec_cb_t)(struct farad_plugin_vcpu *vcpu,
                                       void *udata);
/* Memory access, after the access completed. */
typedef void (*farad_plugin_mem_cb_t)(struct farad_plugin_vcpu *vcpu,
                                      const struct farad_plugin_mem_info *m,
                                      void *udata);
/* Hypercall entry: args are r4..r12. */
typedef void (*farad_plugin_hcall_cb_t)(struct farad_plugin_vcpu *vcpu,
                                        uint64_t nr, const uint64_t *args,
                                        void *udata);
/* Hypercall exit: ret is r3 after the call. */
typedef void (*farad_plugin_hcall_ret_cb_t)(struct farad_plugin_vcpu *vcpu,
                                            uint64_t nr, int64_t ret,
                                            void *udata);
/* RTAS entry (args) and exit (status = rets[0], or -3 when unknown). */
typedef void (*farad_plugin_rtas_cb_t)(struct farad_plugin_vcpu *vcpu,
                                       uint32_t token, const char *name,
                                       uint32_t nargs, const uint32_t *args,
                                       void *udata);
typedef void (*farad_plugin_rtas_ret_cb_t)(struct farad_plugin_vcpu *vcpu,
                                           uint32_t token, const char *name,
                                           int32_t status, void *udata);
/* Interrupt taken: vector, and the SRR0/SRR1 it saved. */
typedef void (*farad_plugin_interrupt_cb_t)(struct farad_plugin_vcpu *vcpu,
                                            unsigned vector, uint64_t srr0,
                                            uint64_t srr1, void *udata);
/* Decoded code of [paddr, paddr+len) was dropped. */
typedef void (*farad_plugin_flush_cb_t)(farad_plugin_id id, uint64_t paddr,
                                        uint64_t len, void *udata);
/* Snapshot save (write the state with farad_plugin_snapshot_write) and
 * load (data is what the save wrote; valid during the call). */
typedef void (*farad_plugin_snap_save_cb_t)(farad_plugin_id id, void *udata);
typedef void (*farad_plugin_snap_load_cb_t)(farad_plugin_id id,
                                            const void *data, size_t len,
                                            void *udata);
/* End of the run. */
typedef void (*farad_plugin_atexit_cb_t)(farad_plugin_id id,
                                         const FaradPluginExitInfo *info,
                                         void *udata);

/* ---- what the plugin exports ---- */

/*
 * In the plugin:
 *   FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;
 *   FARAD_PLUGIN_EXPORT int farad_plugin_install(farad_plugin_id id,
 *           const FaradPluginInfo *info, int argc, char **argv);
 * install returns 0 on success; anything else stops farad's start-up
 * with one error line (use farad_plugin_set_error() to say why). argv
 * holds the options after the file name, "key=value" each ("arg=V"
 * is passed as "V", as QEMU does).
 */
typedef int (*farad_plugin_install_fn)(farad_plugin_id id,
                                       const FaradPluginInfo *info,
                                       int argc, char **argv);

/* ---- general ---- */

/**
 * farad_plugin_outs() - write text to farad's log (stderr, or the -D file).
 * @id: the plugin.
 * @str: NUL-terminated text, written as is.
 *
 * Callable from any callback and from install.
 */
void farad_plugin_outs(farad_plugin_id id, const char *str);

/**
 * farad_plugin_set_error() - give the reason of a failing install.
 * @id: the plugin.
 * @msg: one line without newline; copied.
 *
 * Only meaningful during install, before returning non-zero: farad then
 * prints "farad: -plugin FILE: MSG" and exits with status 1.
 */
void farad_plugin_set_error(farad_plugin_id id, const char *msg);

/**
 * farad_plugin_name() - the plugin's file name without directory.
 * @id: the plugin.
 *
 * Return: a string valid as long as @id.
 */
const char *farad_plugin_name(farad_plugin_id id);

/**
 * farad_plugin_hcall_name() - PAPR's name of a hypercall number.
 * @nr: the number (r3 at the call, as hypercall callbacks get it).
 *
 * Since API version 2.
 * Return: a static string ("H_PUT_TERM_CHAR", "KVMPPC_H_RTAS", ...), or
 *         NULL for a number farad has no name for.
 */
const char *farad_plugin_hcall_name(uint64_t nr);

/**
 * farad_plugin_n_vcpus() - number of vCPUs of the machine.
 * @id: the plugin.
 */
int farad_plugin_n_vcpus(farad_plugin_id id);

/**
 * farad_plugin_bool_parse() - parse an on/off option value.
 * @name: option name (unused; for symmetry with QEMU's helper).
 * @val: "on", "off", "true", "false", "yes", "no".
 * @ret: where the result goes.
 *
 * Return: false when @val is none of those.
 */
bool farad_plugin_bool_parse(const char *name, const char *val, bool *ret);

/* ---- registration: from install or any callback ---- */

/**
 * farad_plugin_register_vcpu_init_cb() - call @cb for each vCPU.
 * @id: the plugin.
 * @cb: called once per vCPU after every plugin was installed, before
 *      the first instruction runs.
 * @udata: passed to @cb.
 */
void farad_plugin_register_vcpu_init_cb(farad_plugin_id id,
                                        farad_plugin_vcpu_cb_t cb,
                                        void *udata);

/**
 * farad_plugin_register_vcpu_exit_cb() - call @cb when a vCPU goes away.
 * @id: the plugin.
 * @cb: called once per vCPU at the end of the run, before atexit.
 * @udata: passed to @cb.
 */
void farad_plugin_register_vcpu_exit_cb(farad_plugin_id id,
                                        farad_plugin_vcpu_cb_t cb,
                                        void *udata);

/**
 * farad_plugin_register_block_trans_cb() - see every decoded block.
 * @id: the plugin.
 * @cb: called once per block decode (again after the code was flushed),
 *      on the vCPU thread. From @cb the plugin may query the block and
 *      its instructions and register execution callbacks and inline
 *      operations on them; the handles die when @cb returns.
 * @udata: passed to @cb.
 */
void farad_plugin_register_block_trans_cb(farad_plugin_id id,
                                          farad_plugin_block_trans_cb_t cb,
                                          void *udata);

/**
 * farad_plugin_register_mem_cb() - see every guest data access.
 * @id: the plugin.
 * @cb: called after each access matching @rw; the access is complete.
 * @rw: loads, stores or both.
 * @udata: passed to @cb.
 *
 * Registering one switches every vCPU to the slow memory path for the
 * rest of the run (the RAM fast path cannot report). Instruction fetches
 * are not data accesses (use execution callbacks).
 */
void farad_plugin_register_mem_cb(farad_plugin_id id, farad_plugin_mem_cb_t cb,
                                  enum farad_plugin_mem_rw rw, void *udata);

/**
 * farad_plugin_register_hcall_cb() - see hypercalls (sc 1).
 * @id: the plugin.
 * @entry: called before the hypercall runs (may be NULL); @args (r4..r12,
 *         9 values) valid during the call.
 * @ret: called after it ran (may be NULL).
 * @udata: passed to both.
 */
void farad_plugin_register_hcall_cb(farad_plugin_id id,
                                    farad_plugin_hcall_cb_t entry,
                                    farad_plugin_hcall_ret_cb_t ret,
                                    void *udata);

/**
 * farad_plugin_register_rtas_cb() - see RTAS calls.
 * @id: the plugin.
 * @entry: called before the call with the token, its name ("?" for an
 *         unknown token) and the input arguments (may be NULL).
 * @ret: called after it with the status (may be NULL).
 * @udata: passed to both.
 *
 * An RTAS call is made through the KVMPPC_H_RTAS hypercall, so hypercall
 * callbacks see it too (outside the RTAS ones).
 */
void farad_plugin_register_rtas_cb(farad_plugin_id id,
                                   farad_plugin_rtas_cb_t entry,
                                   farad_plugin_rtas_ret_cb_t ret,
                                   void *udata);

/**
 * farad_plugin_register_interrupt_cb() - see interrupts and exceptions.
 * @id: the plugin.
 * @cb: called when an interrupt is delivered, after SRR0/SRR1 were set
 *      and before the handler's first instruction.
 * @udata: passed to @cb.
 */
void farad_plugin_register_interrupt_cb(farad_plugin_id id,
                                        farad_plugin_interrupt_cb_t cb,
                                        void *udata);

/**
 * farad_plugin_register_flush_cb() - see decoded code being dropped.
 * @id: the plugin.
 * @cb: called when decoded code of a physical range is invalidated
 *      (code writes, icbi, reset). Blocks there will be decoded (and
 *      shown to block_trans callbacks) again.
 * @udata: passed to @cb.
 */
void farad_plugin_register_flush_cb(farad_plugin_id id,
                                    farad_plugin_flush_cb_t cb, void *udata);

/**
 * farad_plugin_register_snapshot_cb() - keep plugin state in snapshots.
 * @id: the plugin.
 * @save: called when a snapshot is taken; it writes its state with
 *        farad_plugin_snapshot_write().
 * @load: called when a snapshot with state saved by a plugin of the same
 *        file name is loaded.
 * @udata: passed to both.
 */
void farad_plugin_register_snapshot_cb(farad_plugin_id id,
                                       farad_plugin_snap_save_cb_t save,
                                       farad_plugin_snap_load_cb_t load,
                                       void *udata);

/**
 * farad_plugin_snapshot_write() - append bytes to the plugin's blob.
 * @id: the plugin.
 * @data: bytes, copied.
 * @len: their number.
 *
 * Only valid inside the plugin's own snapshot save callback.
 * Return: false when called elsewhere.
 */
bool farad_plugin_snapshot_write(farad_plugin_id id, const void *data,
                                 size_t len);

/**
 * farad_plugin_register_atexit_cb() - call @cb at the end of the run.
 * @id: the plugin.
 * @cb: called once with the final instruction counts, after every
 *      vcpu-exit callback; the plugin is unloaded afterwards.
 * @udata: passed to @cb.
 */
void farad_plugin_register_atexit_cb(farad_plugin_id id,
                                     farad_plugin_atexit_cb_t cb,
                                     void *udata);

/* ---- blocks: only inside a block_trans callback ---- */

/**
 * farad_plugin_block_n_insns() - number of instructions in the block.
 * @b: the block (valid during the block_trans callback).
 */
size_t farad_plugin_block_n_insns(const struct farad_plugin_block *b);

/**
 * farad_plugin_block_vaddr() - effective address of the first instruction.
 * @b: the block.
 */
uint64_t farad_plugin_block_vaddr(const struct farad_plugin_block *b);

/**
 * farad_plugin_block_get_insn() - the i-th instruction of a block.
 * @b: the block.
 * @i: index, below farad_plugin_block_n_insns().
 *
 * Return: a handle valid during the block_trans callback, or NULL.
 */
struct farad_plugin_insn *farad_plugin_block_get_insn(
    const struct farad_plugin_block *b, size_t i);

/**
 * farad_plugin_register_block_exec_cb() - call @cb when the block starts.
 * @b: the block.
 * @cb: called on the vCPU thread before the block's first instruction,
 *      each time the block is entered at its start.
 * @udata: passed to @cb.
 */
void farad_plugin_register_block_exec_cb(struct farad_plugin_block *b,
                                         farad_plugin_exec_cb_t cb,
                                         void *udata);

/**
 * farad_plugin_register_block_exec_inline_add() - count block entries.
 * @b: the block.
 * @ptr: a counter owned by the plugin; must live until atexit.
 * @imm: added to *@ptr each time the block is entered at its start.
 *
 * Cheaper than a callback: no call into the plugin.
 */
void farad_plugin_register_block_exec_inline_add(struct farad_plugin_block *b,
                                                 uint64_t *ptr, uint64_t imm);

/* ---- instructions: only inside a block_trans callback ---- */

/**
 * farad_plugin_register_insn_exec_cb() - call @cb before the instruction.
 * @insn: the instruction.
 * @cb: called on the vCPU thread each time the instruction is about to
 *      execute; it may read and write registers and memory (the
 *      instruction sees the writes; a PC write skips it).
 * @udata: passed to @cb.
 */
void farad_plugin_register_insn_exec_cb(struct farad_plugin_insn *insn,
                                        farad_plugin_exec_cb_t cb,
                                        void *udata);

/**
 * farad_plugin_register_insn_exec_inline_add() - count executions.
 * @insn: the instruction.
 * @ptr: a counter owned by the plugin; must live until atexit.
 * @imm: added to *@ptr each time the instruction executes.
 */
void farad_plugin_register_insn_exec_inline_add(struct farad_plugin_insn *insn,
                                                uint64_t *ptr, uint64_t imm);

/**
 * farad_plugin_insn_vaddr() - effective address of the instruction.
 * @insn: the instruction (valid during the block_trans callback).
 */
uint64_t farad_plugin_insn_vaddr(const struct farad_plugin_insn *insn);

/**
 * farad_plugin_insn_paddr() - guest physical address of the instruction.
 * @insn: the instruction.
 */
uint64_t farad_plugin_insn_paddr(const struct farad_plugin_insn *insn);

/**
 * farad_plugin_insn_size() - size in bytes (always 4 on Power ISA 3.0).
 * @insn: the instruction.
 */
size_t farad_plugin_insn_size(const struct farad_plugin_insn *insn);

/**
 * farad_plugin_insn_word() - the instruction word as a number.
 * @insn: the instruction.
 *
 * The value is independent of the guest byte order (opcode in bits 0:5,
 * i.e. word >> 26).
 */
uint32_t farad_plugin_insn_word(const struct farad_plugin_insn *insn);

/**
 * farad_plugin_insn_data() - the instruction bytes as stored in memory.
 * @insn: the instruction.
 * @buf: destination.
 * @len: room in @buf.
 *
 * Return: number of bytes copied (min(@len, 4)).
 */
size_t farad_plugin_insn_data(const struct farad_plugin_insn *insn, void *buf,
                              size_t len);

/**
 * farad_plugin_insn_disas() - Capstone disassembly of the instruction.
 * @insn: the instruction.
 * @buf: destination, NUL-terminated ("mnemonic operands").
 * @len: room in @buf.
 *
 * Return: length of the text, 0 when Capstone does not know the word
 *         (then @buf holds ".long 0x...").
 */
size_t farad_plugin_insn_disas(const struct farad_plugin_insn *insn, char *buf,
                               size_t len);

/**
 * farad_plugin_insn_mnemonic() - farad's name of the instruction.
 * @insn: the instruction.
 *
 * Return: a static string (lives as long as farad), e.g. "add", "ld",
 *         "illegal"; without the 'o' and '.' suffixes.
 */
const char *farad_plugin_insn_mnemonic(const struct farad_plugin_insn *insn);

/**
 * farad_plugin_insn_class() - coarse class of the instruction.
 * @insn: the instruction.
 */
enum farad_plugin_insn_class farad_plugin_insn_class(
    const struct farad_plugin_insn *insn);

/**
 * farad_plugin_class_name() - name of an instruction class.
 * @c: the class.
 *
 * Return: a static string ("integer", "load/store", ...).
 */
const char *farad_plugin_class_name(enum farad_plugin_insn_class c);

/**
 * farad_plugin_insn_symbol() - symbol covering the instruction.
 * @insn: the instruction.
 *
 * Symbols come from the .symtab of the ELF given with -kernel (function
 * and object symbols, matched by the instruction's physical address).
 *
 * Return: the symbol's name, valid for the whole run, or NULL when the
 * address is in no known symbol (a -bios image has none).
 */
const char *farad_plugin_insn_symbol(const struct farad_plugin_insn *insn);

/**
 * farad_plugin_disas() - disassemble any instruction word.
 * @id: the plugin.
 * @word: instruction word (numeric, as farad_plugin_insn_word()).
 * @addr: its address (for branch targets).
 * @buf: destination.
 * @len: room in @buf.
 *
 * Return: as farad_plugin_insn_disas().
 */
size_t farad_plugin_disas(farad_plugin_id id, uint32_t word, uint64_t addr,
                          char *buf, size_t len);

/* ---- vCPUs: registers and memory, from any vCPU callback ---- */

/**
 * farad_plugin_vcpu_index() - the vCPU's number (0-based).
 * @vcpu: the vCPU.
 */
unsigned farad_plugin_vcpu_index(const struct farad_plugin_vcpu *vcpu);

/**
 * farad_plugin_vcpu_icount() - instructions the vCPU retired so far.
 * @vcpu: the vCPU.
 *
 * Exact from any callback (the current instruction not included).
 */
uint64_t farad_plugin_vcpu_icount(const struct farad_plugin_vcpu *vcpu);

/**
 * farad_plugin_find_register() - handle of a register by name.
 * @name: "r0".."r31", "pc" (or "nip"), "msr", "cr", "lr", "ctr", "xer",
 *        "f0".."f31", "fpscr", and SPRs by their lower-case name
 *        ("srr0", "srr1", "sprg0".."sprg3", "dar", "dsisr", "cfar", "dscr",
 *        "tar", "ppr", "lpcr", "pir", "ctrl", "amr", "iamr", "uamor",
 *        "fscr", "vrsave", "sdr1", "dabr", "dabrx", "dawr0", "dawrx0",
 *        "ciabr", "pidr", "ptcr").
 *
 * Return: a handle >= 0, or -1 for an unknown name. Handles are the same
 *         for every vCPU and every run.
 */
int farad_plugin_find_register(const char *name);

/**
 * farad_plugin_n_registers() - number of register handles (0..n-1).
 */
int farad_plugin_n_registers(void);

/**
 * farad_plugin_register_name() - name of a register handle.
 * @reg: handle.
 *
 * Return: static string, or NULL for an invalid handle.
 */
const char *farad_plugin_register_name(int reg);

/**
 * farad_plugin_read_register() - read a register.
 * @vcpu: the vCPU (from a callback).
 * @reg: handle from farad_plugin_find_register().
 * @val: the value (FPRs as IEEE double bit patterns).
 *
 * "pc" is the address of the instruction about to run in an execution
 * callback, of the accessing instruction in a memory callback, and the
 * next instruction elsewhere.
 * Return: false for an invalid handle.
 */
bool farad_plugin_read_register(struct farad_plugin_vcpu *vcpu, int reg,
                                uint64_t *val);

/**
 * farad_plugin_write_register() - write a register, effective at once.
 * @vcpu: the vCPU (from a callback).
 * @reg: handle.
 * @val: new value.
 *
 * A write of "pc" is only possible from an execution callback: the
 * current instruction is skipped and execution continues at @val. An
 * "msr" write takes all its effects (byte order, mode) before the
 * current instruction runs.
 * Return: false for an invalid handle or a pc write elsewhere.
 */
bool farad_plugin_write_register(struct farad_plugin_vcpu *vcpu, int reg,
                                 uint64_t val);

/**
 * farad_plugin_read_memory() - read guest memory.
 * @vcpu: the vCPU whose address space is used.
 * @addr: effective (@phys false) or physical (@phys true) address.
 * @buf: destination.
 * @len: bytes to read, in memory order.
 * @phys: address kind.
 *
 * Return: false (nothing copied) when part of the range is not RAM.
 */
bool farad_plugin_read_memory(struct farad_plugin_vcpu *vcpu, uint64_t addr,
                              void *buf, size_t len, bool phys);

/**
 * farad_plugin_write_memory() - write guest memory, effective at once.
 * @vcpu: the vCPU whose address space is used.
 * @addr: effective or physical address.
 * @buf: source bytes, in memory order.
 * @len: their number.
 * @phys: address kind.
 *
 * Decoded code in the range is dropped, so an instruction overwritten
 * from an execution callback runs as the new word, including the
 * current one.
 * Return: false (nothing written) when part of the range is not RAM.
 */
bool farad_plugin_write_memory(struct farad_plugin_vcpu *vcpu, uint64_t addr,
                               const void *buf, size_t len, bool phys);

#ifdef __cplusplus
}
#endif

#endif
