/* SPDX-License-Identifier: MIT */
/*
 * Memory backend objects, QEMU's "-object memory-backend-ram,..." and
 * "-object memory-backend-file,...": a named block of host memory a
 * device (ivshmem-plain's memdev=) uses as its guest-visible memory.
 * The command line keeps the -object strings (MachineConfig.objects);
 * a device looks its backend up by id and maps it when it realizes.
 */
#ifndef FARAD_CORE_MEMORY_BACKEND_H
#define FARAD_CORE_MEMORY_BACKEND_H

#include "machine.h"

typedef struct MemBackend {
    char *id;
    bool is_file;             /* memory-backend-file */
    uint64_t size;            /* bytes, > 0 */
    char *mem_path;           /* memory-backend-file: the host file */
    bool share;               /* share=on: writes reach the file / peers */
} MemBackend;

/*
 * Parse an -object argument "TYPE,id=ID,size=SIZE[,mem-path=P][,share=on]"
 * into b (cleared by the caller with memory_backend_clear). On error
 * returns false with err set to QEMU 7.2's message, prefixed with
 * "-object ARG: " as QEMU prints it.
 */
bool memory_backend_parse(const char *arg, MemBackend *b, GError **err);

/* Check a whole -object argument as QEMU does at start-up (syntax, and
 * that a file backend's mem-path can be opened, creating it if absent)
 * and that its id is not among `objects` (earlier -object strings). */
bool memory_backend_check(const char *arg, const GPtrArray *objects,
                          GError **err);

/* Find the backend called id in m's -object list. Returns false with
 * QEMU's "Device 'ID' not found" when there is none. */
bool memory_backend_find(Machine *m, const char *id, MemBackend *b,
                         GError **err);

/*
 * Map b's memory: zeroed anonymous memory for a RAM backend, the file
 * (extended to size when shorter) for a file backend, shared or private
 * per share=. Returns NULL with err set on failure; release with
 * memory_backend_unmap(p, b->size).
 */
uint8_t *memory_backend_map(const MemBackend *b, GError **err);
void memory_backend_unmap(uint8_t *p, uint64_t size);

void memory_backend_clear(MemBackend *b);

#endif
