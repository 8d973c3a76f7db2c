/* SPDX-License-Identifier: MIT */
/*
 * The tiny runtime of farad's bare-metal guest test programs: console
 * output through H_PUT_TERM_CHAR, RTAS power-off, formatted printing,
 * and interrupt hooks. A program defines `int main(void)`; its return
 * value is printed and the machine is powered off.
 */
#ifndef FARAD_GUEST_RT_H
#define FARAD_GUEST_RT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Registers saved by the interrupt entry code (start.S). */
typedef struct RtFrame {
    uint64_t gpr[32];
    uint64_t srr0, srr1, lr, ctr, cr, xer;
} RtFrame;

/* Called for every interrupt; the program may set it. The default
 * prints the vector and powers off. */
typedef void (*RtExceptionHook)(uint64_t vector, RtFrame *f);
extern RtExceptionHook rt_exception_hook;

long rt_hcall(uint64_t nr, uint64_t a1, uint64_t a2, uint64_t a3,
              uint64_t a4, uint64_t a5);
void rt_putc(char c);
void rt_puts(const char *s);
/* printf subset: %d %u %x %lx %llx %ld %lu %s %c %p %%, widths, '0' pad,
 * %016llx, %-20s / %20s, and %a for doubles as hex bit patterns. */
void rt_printf(const char *fmt, ...);
void rt_power_off(void) __attribute__((noreturn));
uint32_t rt_rtas_token(const char *name);
int rt_rtas_call(uint32_t token, int nargs, int nret, uint32_t *args,
                 uint32_t *rets);
extern void *rt_fdt;

/* Device-tree queries. A path is "/", "/cpus" or "/cpus/PowerPC,POWER8@0";
 * a component without "@unit" matches any unit address (the first such
 * node wins). */
typedef void (*RtPropFn)(const char *name, const void *val, uint32_t len,
                         void *ctx);
/* Calls fn for every property of the node; returns their number, or -1
 * when the node does not exist. fn may be NULL (just count). */
int rt_fdt_props(const char *path, RtPropFn fn, void *ctx);
/* The value of a property (and its length in *len), or NULL. */
const void *rt_fdt_prop(const char *path, const char *name, uint32_t *len);
/* The name of the index-th child of a node, or NULL. */
const char *rt_fdt_child(const char *path, int index);
/* A big-endian 32-bit cell, as device-tree values are stored. */
uint32_t rt_be32(const void *p);

void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);

int main(void);

#endif
