/* SPDX-License-Identifier: MIT */
/*
 * qemu-plugin.h - farad's own header for plugins written against QEMU's
 * TCG plugin API. Written for farad from QEMU's documented interface
 * (docs/devel/tcg-plugins.rst and the prototypes QEMU documents): the
 * names, argument types, enum values and opaque handles are QEMU's, so a
 * plugin built against this header loads in qemu-system-ppc64 7.2 and in
 * farad, and one built against QEMU's own header loads in farad.
 *
 * API version 1 is QEMU 7.2's (43 functions), the default. A plugin
 * defining QEMU_PLUGIN_VERSION to 2, 3 or 4 before including this header
 * gets the later versions' interface as far as farad implements it
 * (docs/plugins.md, "QEMU plugins"):
 *   2: scoreboards and per-vCPU inline operations (ADD and STORE),
 *      conditional callbacks, register reads, qemu_plugin_num_vcpus;
 *      the plain *_exec_inline / mem_inline registrations and
 *      qemu_plugin_n_vcpus / n_max_vcpus are gone from the header;
 *   3: qemu_plugin_insn_data copies into the caller's buffer;
 *   4: qemu_plugin_read_memory_vaddr.
 * Such a plugin loads in farad, not in QEMU 7.2.
 *
 * In farad: every vCPU runs on one host thread, callbacks never run
 * concurrently; handles (tb, insn, hwaddr) live only during the callback
 * that received them; see docs/plugins.md for what a "tb" is in farad.
 */
#ifndef QEMU_PLUGIN_API_H
#define QEMU_PLUGIN_API_H

#include <inttypes.h>
#include <stdbool.h>
#include <stddef.h>

#ifndef QEMU_PLUGIN_VERSION
#define QEMU_PLUGIN_VERSION 1
#endif
#if QEMU_PLUGIN_VERSION >= 2
#include <glib.h>   /* GArray, GByteArray */
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define QEMU_PLUGIN_EXPORT __attribute__((visibility("default")))
#define QEMU_PLUGIN_LOCAL  __attribute__((visibility("hidden")))

/* Opaque identity of one loaded plugin. */
typedef uint64_t qemu_plugin_id_t;

/* The API version the plugin is built against; the plugin defines it:
 *   QEMU_PLUGIN_EXPORT int qemu_plugin_version = QEMU_PLUGIN_VERSION; */
extern QEMU_PLUGIN_EXPORT int qemu_plugin_version;

/* What the host tells the plugin at install time (valid during install). */
typedef struct qemu_info_t {
    const char *target_name;      /* "ppc64" */
    struct {
        int min;                  /* oldest API version accepted */
        int cur;                  /* newest API version implemented */
    } version;
    bool system_emulation;        /* true: full system */
    union {
        struct {
            int smp_vcpus;        /* vCPUs at start */
            int max_vcpus;        /* vCPUs at most */
        } system;
    };
} qemu_info_t;

/* Exported by the plugin: called once when loaded; argv holds the
 * options after the file name ("key=value"), valid for the plugin's
 * lifetime. Returns 0 on success. */
QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id,
                                           const qemu_info_t *info,
                                           int argc, char **argv);

/* ---- callback types ---- */
typedef void (*qemu_plugin_simple_cb_t)(qemu_plugin_id_t id);
typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t id, void *userdata);
typedef void (*qemu_plugin_vcpu_simple_cb_t)(qemu_plugin_id_t id,
                                             unsigned int vcpu_index);
typedef void (*qemu_plugin_vcpu_udata_cb_t)(unsigned int vcpu_index,
                                            void *userdata);

/* Remove every callback of the plugin and unload it; cb runs once that
 * is done. Not from install. */
void qemu_plugin_uninstall(qemu_plugin_id_t id, qemu_plugin_simple_cb_t cb);
/* Remove every callback of the plugin (it stays loaded); then cb runs. */
void qemu_plugin_reset(qemu_plugin_id_t id, qemu_plugin_simple_cb_t cb);

/* vCPU life cycle: init (before its first instruction), exit (end of
 * the run), idle (the vCPU stops to wait, e.g. H_CEDE), resume. */
void qemu_plugin_register_vcpu_init_cb(qemu_plugin_id_t id,
                                       qemu_plugin_vcpu_simple_cb_t cb);
void qemu_plugin_register_vcpu_exit_cb(qemu_plugin_id_t id,
                                       qemu_plugin_vcpu_simple_cb_t cb);
void qemu_plugin_register_vcpu_idle_cb(qemu_plugin_id_t id,
                                       qemu_plugin_vcpu_simple_cb_t cb);
void qemu_plugin_register_vcpu_resume_cb(qemu_plugin_id_t id,
                                         qemu_plugin_vcpu_simple_cb_t cb);

/* Opaque: a translation block, one of its instructions. */
struct qemu_plugin_tb;
struct qemu_plugin_insn;

/* Whether a callback reads or writes the vCPU's registers. */
enum qemu_plugin_cb_flags {
    QEMU_PLUGIN_CB_NO_REGS,
    QEMU_PLUGIN_CB_R_REGS,
    QEMU_PLUGIN_CB_RW_REGS,
};

enum qemu_plugin_mem_rw {
    QEMU_PLUGIN_MEM_R = 1,
    QEMU_PLUGIN_MEM_W,
    QEMU_PLUGIN_MEM_RW,
};

/* Translation: called once per translated block; from it the plugin
 * queries the block and registers execution callbacks and inline ops. */
typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t id,
                                               struct qemu_plugin_tb *tb);
void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id,
                                           qemu_plugin_vcpu_tb_trans_cb_t cb);

/* cb runs each time the block is entered, before its first insn. */
void qemu_plugin_register_vcpu_tb_exec_cb(struct qemu_plugin_tb *tb,
                                          qemu_plugin_vcpu_udata_cb_t cb,
                                          enum qemu_plugin_cb_flags flags,
                                          void *userdata);

/* Inline operations (no call into the plugin). */
enum qemu_plugin_op {
    QEMU_PLUGIN_INLINE_ADD_U64,
    QEMU_PLUGIN_INLINE_STORE_U64,   /* version 2 on */
};

#if QEMU_PLUGIN_VERSION < 2
/* *(uint64_t *)ptr += imm each time the block is entered. */
void qemu_plugin_register_vcpu_tb_exec_inline(struct qemu_plugin_tb *tb,
                                              enum qemu_plugin_op op,
                                              void *ptr, uint64_t imm);
#endif
/* cb runs each time the instruction executes, before it. */
void qemu_plugin_register_vcpu_insn_exec_cb(struct qemu_plugin_insn *insn,
                                            qemu_plugin_vcpu_udata_cb_t cb,
                                            enum qemu_plugin_cb_flags flags,
                                            void *userdata);
#if QEMU_PLUGIN_VERSION < 2
/* *(uint64_t *)ptr += imm each time the instruction executes. */
void qemu_plugin_register_vcpu_insn_exec_inline(struct qemu_plugin_insn *insn,
                                                enum qemu_plugin_op op,
                                                void *ptr, uint64_t imm);
#endif

/* Block queries (during the translation callback). */
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
uint64_t qemu_plugin_tb_vaddr(const struct qemu_plugin_tb *tb);
struct qemu_plugin_insn *qemu_plugin_tb_get_insn(const struct qemu_plugin_tb *tb,
                                                 size_t idx);

/* Instruction queries (during the translation callback). The data are
 * the instruction's bytes in guest memory order: up to version 2 a
 * pointer to them, from version 3 copied to dest (returns the count). */
#if QEMU_PLUGIN_VERSION >= 3
size_t qemu_plugin_insn_data(const struct qemu_plugin_insn *insn, void *dest,
                             size_t len);
#else
const void *qemu_plugin_insn_data(const struct qemu_plugin_insn *insn);
#endif
size_t qemu_plugin_insn_size(const struct qemu_plugin_insn *insn);
uint64_t qemu_plugin_insn_vaddr(const struct qemu_plugin_insn *insn);
/* Host address of the instruction's bytes. */
void *qemu_plugin_insn_haddr(const struct qemu_plugin_insn *insn);

/* Opaque description of one memory access, and of its physical side. */
typedef uint32_t qemu_plugin_meminfo_t;
struct qemu_plugin_hwaddr;

/* log2 of the access size in bytes. */
unsigned int qemu_plugin_mem_size_shift(qemu_plugin_meminfo_t info);
bool qemu_plugin_mem_is_sign_extended(qemu_plugin_meminfo_t info);
bool qemu_plugin_mem_is_big_endian(qemu_plugin_meminfo_t info);
bool qemu_plugin_mem_is_store(qemu_plugin_meminfo_t info);

/* Physical side of the access being reported (during a memory callback
 * only; NULL in user mode). */
struct qemu_plugin_hwaddr *qemu_plugin_get_hwaddr(qemu_plugin_meminfo_t info,
                                                  uint64_t vaddr);
bool qemu_plugin_hwaddr_is_io(const struct qemu_plugin_hwaddr *haddr);
uint64_t qemu_plugin_hwaddr_phys_addr(const struct qemu_plugin_hwaddr *haddr);
/* Name of what backs the address ("RAM" for RAM); valid as long as the
 * plugin. */
const char *qemu_plugin_hwaddr_device_name(const struct qemu_plugin_hwaddr *h);

/* Memory callbacks of one instruction: cb runs after each of its data
 * accesses matching rw. */
typedef void (*qemu_plugin_vcpu_mem_cb_t)(unsigned int vcpu_index,
                                          qemu_plugin_meminfo_t info,
                                          uint64_t vaddr, void *userdata);
void qemu_plugin_register_vcpu_mem_cb(struct qemu_plugin_insn *insn,
                                      qemu_plugin_vcpu_mem_cb_t cb,
                                      enum qemu_plugin_cb_flags flags,
                                      enum qemu_plugin_mem_rw rw,
                                      void *userdata);
#if QEMU_PLUGIN_VERSION < 2
void qemu_plugin_register_vcpu_mem_inline(struct qemu_plugin_insn *insn,
                                          enum qemu_plugin_mem_rw rw,
                                          enum qemu_plugin_op op, void *ptr,
                                          uint64_t imm);
#endif

/* System calls: only user-mode emulation reports them (never in farad). */
typedef void (*qemu_plugin_vcpu_syscall_cb_t)(qemu_plugin_id_t id,
                                              unsigned int vcpu_index,
                                              int64_t num, uint64_t a1,
                                              uint64_t a2, uint64_t a3,
                                              uint64_t a4, uint64_t a5,
                                              uint64_t a6, uint64_t a7,
                                              uint64_t a8);
void qemu_plugin_register_vcpu_syscall_cb(qemu_plugin_id_t id,
                                          qemu_plugin_vcpu_syscall_cb_t cb);
typedef void (*qemu_plugin_vcpu_syscall_ret_cb_t)(qemu_plugin_id_t id,
                                                  unsigned int vcpu_idx,
                                                  int64_t num, int64_t ret);
void qemu_plugin_register_vcpu_syscall_ret_cb(
    qemu_plugin_id_t id, qemu_plugin_vcpu_syscall_ret_cb_t cb);

/* Disassembly of the instruction, newly allocated (free with g_free). */
char *qemu_plugin_insn_disas(const struct qemu_plugin_insn *insn);
/* Name of the guest symbol the instruction is in, or NULL. */
const char *qemu_plugin_insn_symbol(const struct qemu_plugin_insn *insn);

/* Call cb once for every existing vCPU. */
void qemu_plugin_vcpu_for_each(qemu_plugin_id_t id,
                               qemu_plugin_vcpu_simple_cb_t cb);
/* cb runs when translated code is dropped. */
void qemu_plugin_register_flush_cb(qemu_plugin_id_t id,
                                   qemu_plugin_simple_cb_t cb);
/* cb runs once at the end of the run. */
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id,
                                    qemu_plugin_udata_cb_t cb, void *userdata);

#if QEMU_PLUGIN_VERSION < 2
/* vCPU counts (-1 in user mode). */
int qemu_plugin_n_vcpus(void);
int qemu_plugin_n_max_vcpus(void);
#endif

/* Write text to the log: shown with -d plugin (stderr, or the -D file). */
void qemu_plugin_outs(const char *string);

/* Parse an on/off value of option name into *ret; false when invalid. */
bool qemu_plugin_bool_parse(const char *name, const char *val, bool *ret);

/* User mode only (NULL / 0 in system emulation). */
const char *qemu_plugin_path_to_binary(void);
uint64_t qemu_plugin_start_code(void);
uint64_t qemu_plugin_end_code(void);
uint64_t qemu_plugin_entry_code(void);

#if QEMU_PLUGIN_VERSION >= 2
/* ---- version 2 ---- */

/* Number of vCPUs started so far. */
int qemu_plugin_num_vcpus(void);

/* A scoreboard: one element of element_size bytes per vCPU, zeroed,
 * owned by the plugin (free it at exit). */
struct qemu_plugin_scoreboard;
struct qemu_plugin_scoreboard *qemu_plugin_scoreboard_new(size_t element_size);
void qemu_plugin_scoreboard_free(struct qemu_plugin_scoreboard *score);
/* The element of vCPU vcpu_index. */
void *qemu_plugin_scoreboard_find(struct qemu_plugin_scoreboard *score,
                                  unsigned int vcpu_index);

/* A uint64_t at offset in every element of a scoreboard. */
typedef struct {
    struct qemu_plugin_scoreboard *score;
    size_t offset;
} qemu_plugin_u64;

#define qemu_plugin_scoreboard_u64(score) \
    (qemu_plugin_u64) { score, 0 }
#define qemu_plugin_scoreboard_u64_in_struct(score, type, member) \
    (qemu_plugin_u64) { score, offsetof(type, member) }

void qemu_plugin_u64_add(qemu_plugin_u64 entry, unsigned int vcpu_index,
                         uint64_t added);
uint64_t qemu_plugin_u64_get(qemu_plugin_u64 entry, unsigned int vcpu_index);
void qemu_plugin_u64_set(qemu_plugin_u64 entry, unsigned int vcpu_index,
                         uint64_t val);
/* The sum over all vCPUs. */
uint64_t qemu_plugin_u64_sum(qemu_plugin_u64 entry);

/* Inline operations on the executing vCPU's entry: ADD adds imm, STORE
 * stores it. */
void qemu_plugin_register_vcpu_tb_exec_inline_per_vcpu(
    struct qemu_plugin_tb *tb, enum qemu_plugin_op op, qemu_plugin_u64 entry,
    uint64_t imm);
void qemu_plugin_register_vcpu_insn_exec_inline_per_vcpu(
    struct qemu_plugin_insn *insn, enum qemu_plugin_op op,
    qemu_plugin_u64 entry, uint64_t imm);
void qemu_plugin_register_vcpu_mem_inline_per_vcpu(
    struct qemu_plugin_insn *insn, enum qemu_plugin_mem_rw rw,
    enum qemu_plugin_op op, qemu_plugin_u64 entry, uint64_t imm);

/* Conditions of conditional callbacks: the executing vCPU's entry
 * compared with imm. */
enum qemu_plugin_cond {
    QEMU_PLUGIN_COND_NEVER,
    QEMU_PLUGIN_COND_ALWAYS,
    QEMU_PLUGIN_COND_EQ,
    QEMU_PLUGIN_COND_NE,
    QEMU_PLUGIN_COND_LT,
    QEMU_PLUGIN_COND_LE,
    QEMU_PLUGIN_COND_GT,
    QEMU_PLUGIN_COND_GE,
};

/* cb runs on entering the block / before the instruction when the
 * condition holds at that moment. */
void qemu_plugin_register_vcpu_tb_exec_cond_cb(struct qemu_plugin_tb *tb,
                                               qemu_plugin_vcpu_udata_cb_t cb,
                                               enum qemu_plugin_cb_flags flags,
                                               enum qemu_plugin_cond cond,
                                               qemu_plugin_u64 entry,
                                               uint64_t imm, void *userdata);
void qemu_plugin_register_vcpu_insn_exec_cond_cb(
    struct qemu_plugin_insn *insn, qemu_plugin_vcpu_udata_cb_t cb,
    enum qemu_plugin_cb_flags flags, enum qemu_plugin_cond cond,
    qemu_plugin_u64 entry, uint64_t imm, void *userdata);

/* Registers of the vCPU whose callback runs. */
struct qemu_plugin_register;
typedef struct {
    struct qemu_plugin_register *handle;
    const char *name;
    const char *feature;
} qemu_plugin_reg_descriptor;

/* Every register: a new GArray of qemu_plugin_reg_descriptor (free it
 * with g_array_free). Call from a vCPU callback (init or later). */
GArray *qemu_plugin_get_registers(void);
/* Append the register's bytes (gdb's layout and byte order) to buf;
 * returns their count, -1 for a bad handle. */
int qemu_plugin_read_register(struct qemu_plugin_register *handle,
                              GByteArray *buf);

/* Time control: farad's guest time is its instruction count, so no
 * plugin gets control (NULL) and update_ns does nothing. */
const void *qemu_plugin_request_time_control(void);
void qemu_plugin_update_ns(const void *handle, int64_t time);
#endif

#if QEMU_PLUGIN_VERSION >= 4
/* Read len bytes of guest memory at virtual address addr (translated as
 * the running vCPU would, without faults) into data (resized). */
bool qemu_plugin_read_memory_vaddr(uint64_t addr, GByteArray *data,
                                   size_t len);
#endif

#ifdef __cplusplus
}
#endif

#endif /* QEMU_PLUGIN_API_H */
