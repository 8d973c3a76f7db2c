/* SPDX-License-Identifier: MIT */
/* Test plugin with an API version farad does not support. */
#include "farad-plugin.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = 42;   /* above every version so far */

FARAD_PLUGIN_EXPORT int farad_plugin_install(farad_plugin_id id,
                                             const FaradPluginInfo *info,
                                             int argc, char **argv)
{
    (void)id;
    (void)info;
    (void)argc;
    (void)argv;
    return 0;
}
