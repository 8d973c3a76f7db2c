/* SPDX-License-Identifier: MIT */
/* Test plugin without the install function. */
#include "farad-plugin.h"

FARAD_PLUGIN_EXPORT int farad_plugin_api_version = FARAD_PLUGIN_API_VERSION;
