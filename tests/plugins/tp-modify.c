/* SPDX-License-Identifier: MIT */
/*
 * Test plugin: writes from execution callbacks must be seen at once.
 * Options target=ADDR, patch=ADDR, skip=ADDR, word=ADDR (from nm on
 * tests/guest/plugin-modify.S). Before the instruction at target runs it
 * sets r3 = 42, stores 99 at word, and rewrites the instruction at patch
 * as "li r6, 100"; when the instruction at skip is about to run it sets
 * the PC to skip + 4.
 */
#include <stdlib.h>
#include <string.h>

#include "farad-plugin.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;

typedef struct Modify {
    uint64_t target, patch, skip, word;
    bool big_endian;
} Modify;

static void put32(uint8_t *b, uint32_t v, bool be)
{
    for (int i = 0; i < 4; i++) {
        b[be ? i : 3 - i] = (uint8_t)(v >> (24 - 8 * i));
    }
}

static void at_target(struct farad_plugin_vcpu *vcpu, void *udata)
{
    Modify *m = udata;
    uint64_t msr;
    uint8_t b[4];
    farad_plugin_read_register(vcpu, farad_plugin_find_register("msr"), &msr);
    bool be = !(msr & 1);
    farad_plugin_write_register(vcpu, farad_plugin_find_register("r3"), 42);
    put32(b, 99, be);
    farad_plugin_write_memory(vcpu, m->word, b, 4, false);
    put32(b, 0x38c00064, be);  /* li r6, 100 */
    farad_plugin_write_memory(vcpu, m->patch, b, 4, false);
}

static void at_skip(struct farad_plugin_vcpu *vcpu, void *udata)
{
    Modify *m = udata;
    uint64_t pc;
    farad_plugin_read_register(vcpu, farad_plugin_find_register("pc"), &pc);
    if (pc == m->skip) {
        farad_plugin_write_register(vcpu, farad_plugin_find_register("pc"),
                                    m->skip + 4);
    }
}

static void trans(farad_plugin_id id, struct farad_plugin_block *b,
                  void *udata)
{
    Modify *m = udata;
    (void)id;
    for (size_t i = 0; i < farad_plugin_block_n_insns(b); i++) {
        struct farad_plugin_insn *in = farad_plugin_block_get_insn(b, i);
        uint64_t a = farad_plugin_insn_vaddr(in);
        if (a == m->target) {
            farad_plugin_register_insn_exec_cb(in, at_target, m);
        } else if (a == m->skip) {
            farad_plugin_register_insn_exec_cb(in, at_skip, m);
        }
    }
}

static void done(farad_plugin_id id, const FaradPluginExitInfo *info,
                 void *udata)
{
    (void)id;
    (void)info;
    free(udata);
}

FARAD_PLUGIN_EXPORT int farad_plugin_install(farad_plugin_id id,
                                             const FaradPluginInfo *info,
                                             int argc, char **argv)
{
    (void)info;
    Modify *m = calloc(1, sizeof(*m));
    for (int i = 0; i < argc; i++) {
        char *eq = strchr(argv[i], '=');
        uint64_t v = eq ? strtoull(eq + 1, NULL, 0) : 0;
        if (!strncmp(argv[i], "target=", 7)) {
            m->target = v;
        } else if (!strncmp(argv[i], "patch=", 6)) {
            m->patch = v;
        } else if (!strncmp(argv[i], "skip=", 5)) {
            m->skip = v;
        } else if (!strncmp(argv[i], "word=", 5)) {
            m->word = v;
        }
    }
    farad_plugin_register_block_trans_cb(id, trans, m);
    farad_plugin_register_atexit_cb(id, done, m);
    return 0;
}
