/* SPDX-License-Identifier: MIT */
/*
 * QEMU-API test plugin declaring an API version no host implements:
 * QEMU and farad must both refuse it with QEMU's message.
 */
#include "qemu-plugin.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = 999;

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id,
                                           const qemu_info_t *info,
                                           int argc, char **argv)
{
    (void)id;
    (void)info;
    (void)argc;
    (void)argv;
    return 0;
}
