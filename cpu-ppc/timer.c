/* SPDX-License-Identifier: MIT */
/*
 * Timebase and decrementer of one CPU (ISA 3.0 Book II 6, Book III 7).
 *
 * The timebase is a function of the CPU's virtual clock (exec.c,
 * ppc_timebase of ppc_vclock, which the machine keeps equal to its one
 * clock while the CPU runs, so all CPUs share one timebase): 512 MHz of
 * virtual time, plus tb_offset, which only guest TB writes (mttbl/mttbu,
 * allowed to a partition as QEMU 7.2 does) change. The decrementer is kept relative to the raw timebase (without
 * tb_offset), so TB writes do not move it:
 *
 *   dec_base        value written by mtdec, sign-extended from its width
 *   dec_written_tb  raw timebase at that write
 *   DEC(now)        dec_base - (raw_tb(now) - dec_written_tb)
 *
 * Width: 56 bits when LPCR[LD] is set (QEMU's pseries sets it, with
 * ibm,dec-bits = 56, when cap-large-decr is on, its default), else 32.
 * mfdec returns the 32-bit value zero-extended or the 56-bit value
 * sign-extended, as QEMU does.
 *
 * The decrementer exception is level-style, as on POWER8/9 and QEMU 7.2:
 * it comes into existence when DEC turns negative (ISA: its MSB goes from
 * 0 to 1) or when a negative value is written, stays while the interrupt
 * is taken (a handler must write a non-negative DEC, as Linux does), and
 * goes away only when mtdec writes a non-negative value. arch.dec_pending
 * holds it. The run loop (exec.c) ends a slice at ppc_dec_deadline(), so
 * the exception appears at an exact, reproducible instruction count.
 */
#include "internal.h"
#include "timer.h"

uint64_t ppc_tb_raw(const PpcCpu *cpu)
{
    return ppc_timebase(cpu) - cpu->arch.tb_offset;
}

void ppc_tb_write_lo(PpcCpu *cpu, uint64_t v)
{
    uint64_t tb = ppc_timebase(cpu);
    uint64_t want = (tb & 0xffffffff00000000ULL) | (uint32_t)v;
    cpu->arch.tb_offset += want - tb;
}

void ppc_tb_write_hi(PpcCpu *cpu, uint64_t v)
{
    uint64_t tb = ppc_timebase(cpu);
    uint64_t want = (v << 32) | (uint32_t)tb;
    cpu->arch.tb_offset += want - tb;
}

unsigned ppc_dec_bits(const PpcCpu *cpu)
{
    return (cpu->arch.lpcr & LPCR_LD) ? PPC_LARGE_DEC_BITS : 32;
}

static int64_t sext(uint64_t v, unsigned bits)
{
    return (int64_t)(v << (64 - bits)) >> (64 - bits);
}

/* DEC now as a full signed number (not yet cut to the width). */
static int64_t dec_now(const PpcCpu *cpu)
{
    uint64_t elapsed = ppc_tb_raw(cpu) - cpu->arch.dec_written_tb;
    return (int64_t)(cpu->arch.dec_base - elapsed);
}

uint64_t ppc_dec_read(const PpcCpu *cpu)
{
    unsigned bits = ppc_dec_bits(cpu);
    int64_t v = dec_now(cpu);
    if (bits == 32) {
        return (uint32_t)v;
    }
    return (uint64_t)sext((uint64_t)v, bits);
}

void ppc_dec_write(PpcCpu *cpu, uint64_t v)
{
    int64_t val = sext(v, ppc_dec_bits(cpu));
    cpu->arch.dec_base = (uint64_t)val;
    cpu->arch.dec_written_tb = ppc_tb_raw(cpu);
    cpu->arch.dec_pending = val < 0;
}

/* First virtual time (ppc_vclock) at which the raw timebase reaches tb. */
static uint64_t icount_at_tb(const PpcCpu *cpu, uint64_t tb)
{
    unsigned __int128 ns = ((unsigned __int128)tb * 125 + 63) / 64;
    unsigned __int128 ic = (ns + (1ULL << cpu->tb_shift) - 1) >> cpu->tb_shift;
    return ic > UINT64_MAX ? UINT64_MAX : (uint64_t)ic;
}

uint64_t ppc_dec_deadline(const PpcCpu *cpu)
{
    int64_t base = (int64_t)cpu->arch.dec_base;
    if (cpu->arch.dec_pending || base < 0) {
        return UINT64_MAX;
    }
    /* DEC = -1 at raw tb = written + base + 1 */
    uint64_t tb = cpu->arch.dec_written_tb + (uint64_t)base + 1;
    if (tb < cpu->arch.dec_written_tb) {
        return UINT64_MAX;
    }
    return icount_at_tb(cpu, tb);
}

uint64_t ppc_purr(const PpcCpu *cpu)
{
    return ppc_tb_raw(cpu) + cpu->arch.purr_base;
}
