/* SPDX-License-Identifier: MIT */
/*
 * Guest symbols: the function and object symbols of a -kernel ELF, by
 * guest physical address, for the plugin API's symbol query (and any
 * tool that wants "function+offset" names).
 */
#ifndef FARAD_BASE_SYMBOLS_H
#define FARAD_BASE_SYMBOLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct SymTab SymTab;

/* One segment mapping of the ELF: virtual [vaddr, vaddr+size) was loaded
 * at physical paddr. */
typedef struct SymSegment {
    uint64_t vaddr, size, paddr;
} SymSegment;

/*
 * Read the .symtab of an ELF64 image held in memory (data, len; le: its
 * byte order), keeping function, object and label (STT_NOTYPE, not
 * ".L...") symbols whose value lies in one of the loaded segments,
 * translated to physical addresses. Returns
 * NULL when the file has no symbol table (stripped) or it is malformed;
 * never fails otherwise.
 */
SymTab *symtab_from_elf(const uint8_t *data, size_t len, bool le,
                        const SymSegment *segs, unsigned nsegs);
void symtab_free(SymTab *t);

/* The symbol covering physical address pa (pa in [value, value+size), or
 * the nearest one below for size-0 symbols), and pa's offset in it; NULL
 * when none. The string lives as long as t. */
const char *symtab_lookup(const SymTab *t, uint64_t pa, uint64_t *offset);

/* Number of symbols kept (for tests). */
size_t symtab_count(const SymTab *t);

#endif
