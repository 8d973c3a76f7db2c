/* SPDX-License-Identifier: MIT */
/*
 * Test plugin for the snapshot hooks: saves "count=N" where N is the
 * number of vCPU-init callbacks plus the value last loaded, and reports
 * what a load gave it through farad_plugin_outs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "farad-plugin.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;

typedef struct Snap {
    unsigned long count;
} Snap;

static void vcpu_init(farad_plugin_id id, struct farad_plugin_vcpu *vcpu,
                      void *udata)
{
    Snap *s = udata;
    (void)id;
    (void)vcpu;
    s->count++;
}

static void save(farad_plugin_id id, void *udata)
{
    Snap *s = udata;
    char buf[32];
    int n = snprintf(buf, sizeof(buf), "count=%lu", s->count);
    farad_plugin_snapshot_write(id, buf, (size_t)n);
}

static void load(farad_plugin_id id, const void *data, size_t len,
                 void *udata)
{
    Snap *s = udata;
    char buf[64], line[96];
    size_t n = len < sizeof(buf) - 1 ? len : sizeof(buf) - 1;
    memcpy(buf, data, n);
    buf[n] = 0;
    if (!strncmp(buf, "count=", 6)) {
        s->count = strtoul(buf + 6, NULL, 10);
    }
    snprintf(line, sizeof(line), "tp-snap loaded '%s'\n", buf);
    farad_plugin_outs(id, line);
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
    (void)argc;
    (void)argv;
    Snap *s = calloc(1, sizeof(*s));
    farad_plugin_register_vcpu_init_cb(id, vcpu_init, s);
    farad_plugin_register_snapshot_cb(id, save, load, s);
    farad_plugin_register_atexit_cb(id, done, s);
    return 0;
}
