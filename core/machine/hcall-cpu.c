/* SPDX-License-Identifier: MIT */
/*
 * Hypercalls about the calling or another processor: SPRG0, DABR,
 * H_SET_MODE (interrupt endianness, AIL), H_CEDE/H_CONFER/H_PROD, the
 * VPA/SLB-shadow/DTL registration and H_GET_CPU_CHARACTERISTICS, with
 * QEMU 7.2's argument checks and return codes (hw/ppc/spapr_hcall.c).
 */
#include <string.h>

#include "hcall.h"

#define H_DABRX_HYPERVISOR 0x4ULL
#define H_DABRX_KERNEL 0x2ULL
#define H_DABRX_USER 0x1ULL

#define LPCR_AIL (3ULL << LPCR_AIL_SHIFT)

#define FLAGS_REGISTER_VPA         0x0000200000000000ULL
#define FLAGS_REGISTER_DTL         0x0000400000000000ULL
#define FLAGS_REGISTER_SLBSHADOW   0x0000600000000000ULL
#define FLAGS_DEREGISTER_VPA       0x0000a00000000000ULL
#define FLAGS_DEREGISTER_DTL       0x0000c00000000000ULL
#define FLAGS_DEREGISTER_SLBSHADOW 0x0000e00000000000ULL

#define VPA_MIN_SIZE 640
#define VPA_SHARED_PROC_OFFSET 0x9
#define VPA_SHARED_PROC_VAL 0x2
#define VPA_DISPATCH_COUNTER 0x100

/* H_GET_CPU_CHARACTERISTICS bits (PAPR; QEMU's spapr.h names). */
#define H_CPU_CHAR_SPEC_BAR_ORI31     (1ULL << 63)
#define H_CPU_CHAR_BCCTRL_SERIALISED  (1ULL << 62)
#define H_CPU_CHAR_L1D_FLUSH_ORI30    (1ULL << 61)
#define H_CPU_CHAR_L1D_FLUSH_TRIG2    (1ULL << 60)
#define H_CPU_CHAR_L1D_THREAD_PRIV    (1ULL << 59)
#define H_CPU_CHAR_HON_BRANCH_HINTS   (1ULL << 58)
#define H_CPU_CHAR_THR_RECONF_TRIG    (1ULL << 57)
#define H_CPU_CHAR_CACHE_COUNT_DIS    (1ULL << 56)
#define H_CPU_CHAR_BCCTR_FLUSH_ASSIST (1ULL << 54)
#define H_CPU_BEHAV_FAVOUR_SECURITY   (1ULL << 63)
#define H_CPU_BEHAV_L1D_FLUSH_PR      (1ULL << 62)
#define H_CPU_BEHAV_BNDS_CHK_SPEC_BAR (1ULL << 61)
#define H_CPU_BEHAV_FLUSH_COUNT_CACHE (1ULL << 58)
#define H_CPU_BEHAV_NO_L1D_FLUSH_ENTRY   (1ULL << 56)
#define H_CPU_BEHAV_NO_L1D_FLUSH_UACCESS (1ULL << 55)

/* The CPU whose device-tree id (vCPU id) is id, or NULL. */
static PpcCpu *find_cpu(Machine *m, uint64_t id)
{
    for (int i = 0; i < m->cfg.smp; i++) {
        PpcCpu *c = machine_cpu(m, i);
        if (c && spapr_vcpu_id(m, i) == id) {
            return c;
        }
    }
    return NULL;
}

static SpaprCpuState *cpu_state(Machine *m, PpcCpu *cpu)
{
    return &m->spapr->cpus[cpu->index];
}

static bool is_power8(Machine *m)
{
    return m->cpu->isa >= PPC_ISA_207;   /* POWER7 lacks ISA 2.07 */
}

long h_set_sprg0(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)m;
    cpu->arch.sprg[0] = args[0];
    return H_SUCCESS;
}

/* QEMU 7.2 gives POWER7 a DABR and DABRX; its POWER8 and POWER9 have
 * neither (DAWR instead), so both calls answer H_HARDWARE there. */
static bool has_dabr(Machine *m)
{
    return m->cpu->isa == PPC_ISA_206;
}

long h_set_dabr(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    if (!has_dabr(m)) {
        return H_HARDWARE;
    }
    cpu->arch.dabrx = 0x3;  /* problem and privileged state */
    cpu->arch.dabr = args[0];
    return H_SUCCESS;
}

long h_set_xdabr(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    uint64_t dabrx = args[1];
    if (!has_dabr(m)) {
        return H_HARDWARE;
    }
    if ((dabrx & ~0xfULL) || (dabrx & H_DABRX_HYPERVISOR) ||
        !(dabrx & (H_DABRX_KERNEL | H_DABRX_USER))) {
        return H_PARAMETER;
    }
    cpu->arch.dabrx = dabrx;
    cpu->arch.dabr = args[0];
    return H_SUCCESS;
}

enum {
    H_SET_MODE_RESOURCE_LE = 4,
    H_SET_MODE_RESOURCE_ADDR_TRANS_MODE = 3,
};

void spapr_set_all_lpcrs(Machine *m, uint64_t value, uint64_t mask)
{
    PpcCpu *c;   /* CPU 0 only before smp_init makes the others */
    for (int i = 0; (c = machine_cpu(m, i)); i++) {
        c->arch.lpcr = (c->arch.lpcr & ~mask) | (value & mask);
        ppc_mmu_flush(c);
        ppc_cpu_state_changed(c);
    }
}

long h_set_mode(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint64_t mflags = args[0], resource = args[1];
    uint64_t value1 = args[2], value2 = args[3];

    switch (resource) {
    case H_SET_MODE_RESOURCE_LE:
        if (value1) {
            return H_P3;
        }
        if (value2) {
            return H_P4;
        }
        if (mflags == 0) {
            spapr_set_all_lpcrs(m, 0, LPCR_ILE);
        } else if (mflags == 1) {
            spapr_set_all_lpcrs(m, LPCR_ILE, LPCR_ILE);
        } else {
            return H_UNSUPPORTED_FLAG;
        }
        return H_SUCCESS;
    case H_SET_MODE_RESOURCE_ADDR_TRANS_MODE:
        if (!is_power8(m)) {
            return H_P2;
        }
        if (value1) {
            return H_P3;
        }
        if (value2) {
            return H_P4;
        }
        if (mflags == 1) {
            return H_UNSUPPORTED_FLAG;   /* AIL 1 is reserved */
        }
        spapr_set_all_lpcrs(m, mflags << LPCR_AIL_SHIFT, LPCR_AIL);
        return H_SUCCESS;
    default:
        return H_P2;
    }
}

static bool cpu_has_work(PpcCpu *cpu)
{
    bool ext = cpu->env.external_pending &&
               cpu->env.external_pending(cpu->env.opaque, cpu);
    return (cpu->arch.msr & MSR_EE) && (ext || cpu->arch.dec_pending);
}

/* The VPA's dispatch counter (PAPR: odd while the virtual processor is
 * not dispatched) goes up by one; nothing without a registered VPA. */
static void vpa_dispatch_bump(Machine *m, PpcCpu *cpu)
{
    uint64_t vpa = cpu->arch.sprg_vpa;
    if (vpa && spapr_ram_ok(m, vpa + VPA_DISPATCH_COUNTER, 4)) {
        spapr_st32(m, vpa + VPA_DISPATCH_COUNTER,
                   spapr_ld32(m, vpa + VPA_DISPATCH_COUNTER) + 1);
    }
}

void spapr_cpu_woke(void *opaque, PpcCpu *cpu)
{
    Machine *m = opaque;
    SpaprCpuState *s = cpu_state(m, cpu);
    if (s->vpa_ceded) {
        s->vpa_ceded = false;
        vpa_dispatch_bump(m, cpu);   /* dispatched again: even */
    }
}

/* cpu gives up its processor until an interrupt wakes it
 * (spapr_cpu_woke): halted, and its dispatch counter odd. */
static void stop_dispatch(Machine *m, PpcCpu *cpu, SpaprCpuState *s)
{
    cpu->arch.halted = 1;
    vpa_dispatch_bump(m, cpu);
    s->vpa_ceded = true;
}

long h_cede(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)args;
    SpaprCpuState *s = cpu_state(m, cpu);
    cpu->arch.msr |= MSR_EE;
    cpu->exit_request = true;   /* look at interrupts before going on */
    if (s->prod) {
        s->prod = false;
        return H_SUCCESS;
    }
    if (!cpu_has_work(cpu)) {
        stop_dispatch(m, cpu, s);
    }
    return H_SUCCESS;
}

static long confer_self(Machine *m, PpcCpu *cpu)
{
    SpaprCpuState *s = cpu_state(m, cpu);
    if (s->prod) {
        s->prod = false;
        return H_SUCCESS;
    }
    stop_dispatch(m, cpu, s);
    cpu->exit_request = true;
    return H_SUCCESS;
}

long h_confer(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    int64_t target = (int64_t)args[0];
    uint32_t dispatch = (uint32_t)args[1];

    if (target != -1) {
        PpcCpu *t = find_cpu(m, (uint64_t)target);
        if (!t) {
            return H_PARAMETER;
        }
        if (t == cpu) {
            return confer_self(m, cpu);
        }
        uint64_t vpa = t->arch.sprg_vpa;
        if (!vpa || !(dispatch & 1)) {
            return H_SUCCESS;
        }
        if (spapr_ram_ok(m, vpa + VPA_DISPATCH_COUNTER, 4) &&
            spapr_ld32(m, vpa + VPA_DISPATCH_COUNTER) != dispatch) {
            return H_SUCCESS;
        }
    }
    cpu->exit_request = true;   /* yield: let other CPUs run */
    return H_SUCCESS;
}

/* A halted CPU runs again (H_PROD, a system reset): its dispatch
 * counter goes back to even when it had ceded. */
static void dispatch_again(Machine *m, PpcCpu *t)
{
    if (t->arch.halted) {
        t->arch.halted = 0;
        spapr_cpu_woke(m, t);
    }
}

long h_prod(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    PpcCpu *t = find_cpu(m, args[0]);
    if (!t) {
        return H_PARAMETER;
    }
    cpu_state(m, t)->prod = true;
    dispatch_again(m, t);   /* a stopped CPU too, as QEMU 7.2 */
    cpu_state(m, t)->stopped = false;
    return H_SUCCESS;
}

/*
 * H_JOIN: the caller (MSR[EE] off) stops until H_PROD, unless it is the
 * last CPU still running (H_CONTINUE). QEMU 7.2 counts a CPU as joined
 * when it is halted with MSR[EE] off; stopped CPUs (stop-self, not
 * started) are halted with EE off too, so they count.
 */
long h_join(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)args;
    if (cpu->arch.msr & MSR_EE) {
        return H_BAD_MODE;
    }
    bool last = true;
    PpcCpu *c;
    for (int i = 0; (c = machine_cpu(m, i)); i++) {
        if (c != cpu && (!c->arch.halted || (c->arch.msr & MSR_EE))) {
            last = false;
            break;
        }
    }
    if (last) {
        return H_CONTINUE;
    }
    stop_dispatch(m, cpu, cpu_state(m, cpu));
    cpu->exit_request = true;
    return H_SUCCESS;
}

#define H_SIGNAL_SYS_RESET_ALL -1
#define H_SIGNAL_SYS_RESET_ALL_BUT_SELF -2
#define RTAS_ERROR_LOG_MAX 2048   /* FWNMI save areas follow it */

void spapr_cpu_deliver_sreset(Machine *m, PpcCpu *t)
{
    SpaprState *s = m->spapr;
    uint64_t rtas = spapr_rtas_base(m);
    cpu_state(m, t)->sreset_pending = false;
    if (s->fwnmi_sreset_addr != UINT64_MAX && rtas) {
        uint64_t save = rtas + RTAS_ERROR_LOG_MAX + 16ULL * (unsigned)t->index;
        hcall_phys_write(m, save, 8, t->arch.gpr[3]);
        hcall_phys_write(m, save + 8, 8, 0);
        t->arch.gpr[3] = save;
    }
    ppc_cpu_system_reset(t);
    if (s->fwnmi_sreset_addr != UINT64_MAX && rtas) {
        t->arch.nip = s->fwnmi_sreset_addr;
    }
    dispatch_again(m, t);
}

/* Ask for a system reset on t: at once when t is not running; for the
 * calling CPU once its hcall returned (SRR0 the next instruction, r3
 * the status, as QEMU's run_on_cpu on itself). Stopped CPUs ignore it
 * (start-cpu sets their state anyway). */
static void signal_sreset(Machine *m, PpcCpu *cpu, PpcCpu *t)
{
    if (cpu_state(m, t)->stopped && t->arch.halted) {
        return;
    }
    if (t == cpu) {
        cpu_state(m, t)->sreset_pending = true;
        cpu->exit_request = true;
        return;
    }
    spapr_cpu_deliver_sreset(m, t);
}

long h_signal_sys_reset(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    int64_t target = (int64_t)args[0];
    if (target >= 0) {
        PpcCpu *t = find_cpu(m, (uint64_t)target);
        if (!t) {
            return H_PARAMETER;
        }
        signal_sreset(m, cpu, t);
        return H_SUCCESS;
    }
    if (target < H_SIGNAL_SYS_RESET_ALL_BUT_SELF) {
        return H_PARAMETER;
    }
    PpcCpu *c;
    for (int i = 0; (c = machine_cpu(m, i)); i++) {
        if (c != cpu || target == H_SIGNAL_SYS_RESET_ALL) {
            signal_sreset(m, cpu, c);
        }
    }
    return H_SUCCESS;
}

static uint16_t ld16(Machine *m, uint64_t a)
{
    return (uint16_t)(m->ram[a] << 8 | m->ram[a + 1]);
}

static long register_vpa(Machine *m, PpcCpu *t, uint64_t vpa)
{
    if (vpa == 0) {
        return H_HARDWARE;
    }
    if (vpa % 128) {   /* the data cache line size */
        return H_PARAMETER;
    }
    if (!spapr_ram_ok(m, vpa, 6)) {
        return H_PARAMETER;
    }
    uint16_t size = ld16(m, vpa + 4);
    if (size < VPA_MIN_SIZE) {
        return H_PARAMETER;
    }
    if (vpa / 4096 != (vpa + size - 1) / 4096) {
        return H_PARAMETER;   /* may not cross a page */
    }
    if (!spapr_ram_ok(m, vpa, size)) {
        return H_PARAMETER;   /* all of it in RAM: later uses need no check */
    }
    t->arch.sprg_vpa = vpa;
    uint8_t b = m->ram[vpa + VPA_SHARED_PROC_OFFSET] | VPA_SHARED_PROC_VAL;
    spapr_write_ram(m, vpa + VPA_SHARED_PROC_OFFSET, &b, 1);
    return H_SUCCESS;
}

long h_register_vpa(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    uint64_t flags = args[0], addr = args[2];
    PpcCpu *t = find_cpu(m, args[1]);
    if (!t) {
        return H_PARAMETER;
    }
    SpaprCpuState *s = cpu_state(m, t);
    uint32_t size;

    switch (flags) {
    case FLAGS_REGISTER_VPA:
        return register_vpa(m, t, addr);
    case FLAGS_DEREGISTER_VPA:
        if (s->slb_shadow_addr || s->dtl_addr) {
            return H_RESOURCE;
        }
        t->arch.sprg_vpa = 0;
        return H_SUCCESS;
    case FLAGS_REGISTER_SLBSHADOW:
        if (addr == 0) {
            return H_HARDWARE;
        }
        if (!spapr_ram_ok(m, addr, 8)) {
            return H_PARAMETER;
        }
        size = spapr_ld32(m, addr + 4);
        if (size < 0x8 || addr / 4096 != (addr + size - 1) / 4096) {
            return H_PARAMETER;
        }
        if (!t->arch.sprg_vpa) {
            return H_RESOURCE;
        }
        s->slb_shadow_addr = addr;
        s->slb_shadow_size = size;
        return H_SUCCESS;
    case FLAGS_DEREGISTER_SLBSHADOW:
        s->slb_shadow_addr = s->slb_shadow_size = 0;
        return H_SUCCESS;
    case FLAGS_REGISTER_DTL:
        if (addr == 0) {
            return H_HARDWARE;
        }
        if (!spapr_ram_ok(m, addr, 8)) {
            return H_PARAMETER;
        }
        size = spapr_ld32(m, addr + 4);
        if (size < 48) {
            return H_PARAMETER;
        }
        if (!t->arch.sprg_vpa) {
            return H_RESOURCE;
        }
        s->dtl_addr = addr;
        s->dtl_size = size;
        return H_SUCCESS;
    case FLAGS_DEREGISTER_DTL:
        s->dtl_addr = s->dtl_size = 0;
        return H_SUCCESS;
    default:
        return H_PARAMETER;
    }
}

/*
 * What the guest must do against speculation, from the machine's caps
 * as QEMU 7.2 answers under TCG (it warns that TCG cannot honour
 * "workaround" but keeps the value): pseries-7.2's defaults (cfpc, sbbc,
 * ibs "workaround", ccf-assist on) ask for the L1D flush, the ori31
 * barrier and the count-cache flush with its assist; pseries-3.1 and
 * older ("broken", assist off) only honour branch hints.
 */
long h_get_cpu_characteristics(Machine *m, PpcCpu *cpu, uint64_t *args)
{
    (void)cpu;
    const SpaprMachineOpts *o = &m->spapr->opts;
    uint64_t characteristics = H_CPU_CHAR_HON_BRANCH_HINTS &
                               ~H_CPU_CHAR_THR_RECONF_TRIG;
    uint64_t behaviour = H_CPU_BEHAV_FAVOUR_SECURITY;

    if (!strcmp(o->cap_cfpc, "workaround")) {
        characteristics |= H_CPU_CHAR_L1D_FLUSH_ORI30 |
                           H_CPU_CHAR_L1D_FLUSH_TRIG2 |
                           H_CPU_CHAR_L1D_THREAD_PRIV;
        behaviour |= H_CPU_BEHAV_L1D_FLUSH_PR;
    } else if (!strcmp(o->cap_cfpc, "fixed")) {
        behaviour |= H_CPU_BEHAV_NO_L1D_FLUSH_ENTRY |
                     H_CPU_BEHAV_NO_L1D_FLUSH_UACCESS;
    } else {   /* broken */
        behaviour |= H_CPU_BEHAV_L1D_FLUSH_PR;
    }
    if (!strcmp(o->cap_sbbc, "workaround")) {
        characteristics |= H_CPU_CHAR_SPEC_BAR_ORI31;
        behaviour |= H_CPU_BEHAV_BNDS_CHK_SPEC_BAR;
    } else if (strcmp(o->cap_sbbc, "fixed")) {   /* broken */
        behaviour |= H_CPU_BEHAV_BNDS_CHK_SPEC_BAR;
    }
    if (!strcmp(o->cap_ibs, "fixed-ccd")) {
        characteristics |= H_CPU_CHAR_CACHE_COUNT_DIS;
    } else if (!strcmp(o->cap_ibs, "fixed-ibs")) {
        characteristics |= H_CPU_CHAR_BCCTRL_SERIALISED;
    } else if (!strcmp(o->cap_ibs, "workaround")) {
        behaviour |= H_CPU_BEHAV_FLUSH_COUNT_CACHE;
        if (o->cap_ccf_assist) {
            characteristics |= H_CPU_CHAR_BCCTR_FLUSH_ASSIST;
        }
    }
    args[0] = characteristics;
    args[1] = behaviour;
    return H_SUCCESS;
}
