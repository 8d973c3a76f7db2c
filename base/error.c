/* SPDX-License-Identifier: MIT */
/* The FARAD_ERROR domain (base/error.h). */
#include "error.h"

GQuark farad_error_quark(void)
{
    return g_quark_from_static_string("farad-error");
}
