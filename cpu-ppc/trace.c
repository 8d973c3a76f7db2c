/* SPDX-License-Identifier: MIT */
/*
 * Tracing of instructions and the register dump (see trace.h and
 * ppc_cpu_dump in cpu.h). The layout of the dump follows QEMU's
 * "info registers" for PowerPC so that logs can be compared by eye.
 */
#include <inttypes.h>

#include "base/disas.h"
#include "internal.h"
#include "trace.h"

const char *ppc_disas_record(PpcCpu *cpu, uint64_t addr, const PpcInsn *d,
                             char *buf, size_t n)
{
    if (!cpu->disas) {
        cpu->disas = disas_new();
    }
    if (!disas_insn(cpu->disas, d->raw, addr, buf, n)) {
        char name[16];
        snprintf(buf, n, "%s (.long 0x%08x)", ppc_insn_name(d, name), d->raw);
    }
    return buf;
}

void ppc_trace_insn(PpcCpu *cpu, const char *tag, uint64_t addr,
                    const PpcInsn *d)
{
    char text[96];
    ppc_disas_record(cpu, addr, d, text, sizeof(text));
    fprintf(cpu->log, "%s: 0x%016" PRIx64 ":  %08x  %s\n", tag, addr, d->raw,
            text);
}

void ppc_trace_close(PpcCpu *cpu)
{
    disas_free(cpu->disas);
    cpu->disas = NULL;
}

void ppc_cpu_dump(PpcCpu *cpu, FILE *f)
{
    const PpcArch *a = &cpu->arch;
    fprintf(f, "NIP %016" PRIx64 "   LR %016" PRIx64 " CTR %016" PRIx64
            " XER %016" PRIx64 " CPU#%d\n", a->nip, a->lr, a->ctr,
            ppc_get_xer(cpu), cpu->index);
    fprintf(f, "MSR %016" PRIx64 " icount %" PRIu64 "\n", a->msr,
            ppc_icount(cpu));
    fprintf(f, "TB %016" PRIx64 " DECR %08" PRIx64 "\n", ppc_timebase(cpu),
            ppc_dec_read(cpu));
    for (int i = 0; i < 32; i++) {
        fprintf(f, "%sGPR%02d %016" PRIx64, (i % 4) ? " " : "", i, a->gpr[i]);
        if (i % 4 == 3) {
            fputc('\n', f);
        }
    }
    fprintf(f, "CR %08" PRIx32 "  [", a->cr);
    for (int i = 0; i < 8; i++) {
        uint32_t c = (a->cr >> (28 - 4 * i)) & 0xf;
        fprintf(f, " %c%c%c%c", c & 8 ? 'L' : '-', c & 4 ? 'G' : '-',
                c & 2 ? 'E' : '-', c & 1 ? 'O' : '-');
    }
    fprintf(f, " ]\n");
    fprintf(f, "SRR0 %016" PRIx64 " SRR1 %016" PRIx64 " DAR %016" PRIx64
            " DSISR %08" PRIx32 "\n", a->srr0, a->srr1, a->dar, a->dsisr);
    fprintf(f, "SPRG0 %016" PRIx64 " SPRG1 %016" PRIx64 " SPRG2 %016" PRIx64
            " SPRG3 %016" PRIx64 "\n", a->sprg[0], a->sprg[1], a->sprg[2],
            a->sprg[3]);
    for (int i = 0; i < 32; i++) {
        fprintf(f, "%sFPR%02d %016" PRIx64, (i % 4) ? " " : "", i, a->fpr[i]);
        if (i % 4 == 3) {
            fputc('\n', f);
        }
    }
    fprintf(f, "FPSCR %08" PRIx32 "\n", a->fpscr);
}
