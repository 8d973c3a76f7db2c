/* SPDX-License-Identifier: MIT */
/*
 * Where the firmware comes from (see platform.h, firmware_resolve): as
 * QEMU 7.2's pseries, no -bios means QEMU's SLOF (slof.bin) from QEMU's
 * data directory, the one Debian's qemu-system-data package installs
 * (/usr/share/qemu); -L DIR adds directories searched first, in order;
 * -bios NAME is the name as a path when it is readable there, else
 * searched like the default (qemu_find_file's order for firmware).
 * farad's own `-bios none` runs without firmware: a -kernel ELF is then
 * entered directly.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "platform.h"
#include "vof.h"

const char *firmware_datadir(void)
{
    const char *d = getenv("FARAD_DATADIR");
    return d && *d ? d : FIRMWARE_DATADIR;
}

/* The directories searched for a firmware name, in order (owned). */
static GPtrArray *search_dirs(const MachineConfig *cfg)
{
    GPtrArray *dirs = g_ptr_array_new();
    for (guint i = 0; cfg->fw_dirs && i < cfg->fw_dirs->len; i++) {
        g_ptr_array_add(dirs, g_ptr_array_index(cfg->fw_dirs, i));
    }
    g_ptr_array_add(dirs, (gpointer)firmware_datadir());
    return dirs;
}

void firmware_print_dirs(const MachineConfig *cfg, FILE *f)
{
    GPtrArray *dirs = search_dirs(cfg);
    for (guint i = 0; i < dirs->len; i++) {
        fprintf(f, "%s\n", (const char *)g_ptr_array_index(dirs, i));
    }
    g_ptr_array_free(dirs, TRUE);
}

/* The Debian package that ships firmware `name`, or NULL. */
static const char *shipped_by(const char *name)
{
    return !strcmp(name, FIRMWARE_DEFAULT) || !strcmp(name, VOF_FIRMWARE_NAME)
           ? "qemu-system-data" : NULL;
}

bool firmware_resolve(const MachineConfig *cfg, const char *default_name,
                      char **path, GError **err)
{
    const char *name = cfg->bios ? cfg->bios : default_name;
    *path = NULL;
    if (!strcmp(name, FIRMWARE_NONE)) {
        return true;
    }
    /* a path (or a name readable as given) is used as it is; its errors
     * are the loader's */
    if (strchr(name, '/') || access(name, R_OK) == 0) {
        *path = g_strdup(name);
        return true;
    }
    GPtrArray *dirs = search_dirs(cfg);
    for (guint i = 0; i < dirs->len && !*path; i++) {
        char *p = g_build_filename(g_ptr_array_index(dirs, i), name, NULL);
        if (access(p, R_OK) == 0) {
            *path = p;
        } else {
            g_free(p);
        }
    }
    if (!*path) {
        g_ptr_array_add(dirs, NULL);
        char *where = g_strjoinv(", ", (char **)dirs->pdata);
        const char *pkg = shipped_by(name);
        char *hint = pkg ? g_strdup_printf("; Debian's package %s installs "
                                           "it, or use -L DIR", pkg)
                         : g_strdup("");
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_IMAGE,
                    "could not find LPAR firmware '%s' (searched %s%s%s)",
                    name, where, hint,
                    cfg->bios ? "" : "; -bios none runs without firmware");
        g_free(hint);
        g_free(where);
    }
    g_ptr_array_free(dirs, TRUE);
    return *path != NULL;
}
