/* SPDX-License-Identifier: MIT */
/*
 * Shared by the libFuzzer targets in fuzz/ (docs/fuzzing.md): a quiet
 * process, a machine built the way tests/unit builds one, and the seams
 * that hand fuzz bytes to code that reads a file.
 */
#ifndef FARAD_FUZZ_COMMON_H
#define FARAD_FUZZ_COMMON_H
#include <glib.h>
#include <stddef.h>
#include <stdint.h>
#include "core/machine/machine.h"

/* Once per process: stdout to /dev/null (the monitor, -help and
 * caveats print there), SIGPIPE ignored, a private scratch directory
 * for database files. Commands that write files (savevm) write in the
 * current directory: ./build.sh fuzz runs the targets in a scratch one. */
void fuzz_init(void);

/* A pseries-7.2 machine with ram_mb MiB and smp CPUs, built like the
 * unit tests build one (the device tree goes to /dev/null and no image
 * is loaded) with the console of -nographic (the seed databases' shape);
 * monitor: as with -monitor stdio. Aborts on failure. */
Machine *fuzz_machine(uint64_t ram_mb, int smp, bool monitor);

/* Write data to a file of this process (a memfd, rewritten on every
 * call) and return a path that opens it ("/proc/self/fd/N"). */
const char *fuzz_file(const uint8_t *data, size_t size);

/* Write data to a regular file in the scratch directory (SQLite wants
 * a real file for its locks; its journal files are removed) and return
 * its path. */
const char *fuzz_db_file(const uint8_t *data, size_t size);

/* Drop *err (which may be NULL); with FARAD_FUZZ_VERBOSE set, print it
 * first (to see why a seed is refused). */
void fuzz_drop_error(GError **err);

/* data split at sep into at most max strings (NUL-terminated copies;
 * free with g_ptr_array_unref). */
GPtrArray *fuzz_split(const uint8_t *data, size_t size, char sep, int max);
#endif
