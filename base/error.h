/* SPDX-License-Identifier: MIT */
/*
 * The error domain of farad's user-facing errors (GError), shared by
 * every layer: a GError in this domain carries one line for the user,
 * except FARAD_ERROR_REPORTS, whose message is several reports (one per
 * line, each printed with the program's prefix, as QEMU's migration
 * loader reports its chain of errors).
 */
#ifndef FARAD_BASE_ERROR_H
#define FARAD_BASE_ERROR_H

#include <glib.h>

#define FARAD_ERROR (farad_error_quark())
GQuark farad_error_quark(void);
enum { FARAD_ERROR_USAGE = 1, FARAD_ERROR_IMAGE, FARAD_ERROR_IO,
       FARAD_ERROR_REPORTS };

#endif
