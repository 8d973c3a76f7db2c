/* SPDX-License-Identifier: MIT */
/* Test plugin whose install fails (returns 7), with a reason when given
 * the option why=TEXT. */
#include <string.h>

#include "farad-plugin.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;

FARAD_PLUGIN_EXPORT int farad_plugin_install(farad_plugin_id id,
                                             const FaradPluginInfo *info,
                                             int argc, char **argv)
{
    (void)info;
    for (int i = 0; i < argc; i++) {
        if (!strncmp(argv[i], "why=", 4)) {
            farad_plugin_set_error(id, argv[i] + 4);
        }
    }
    return 7;
}
