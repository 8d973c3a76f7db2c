/* SPDX-License-Identifier: MIT */
/*
 * Hypercall implementations shared between the hcall-*.c files and the
 * devices that own their hcalls (spapr-vty.c, spapr-rng.c). Each takes
 * the calling CPU and args = &r4 (results are written back there) and
 * returns the status for r3, with QEMU 7.2's argument checks.
 */
#ifndef FARAD_CORE_HCALL_H
#define FARAD_CORE_HCALL_H

#include "platform.h"
#include "spapr.h"

typedef long (*HcallFn)(Machine *m, PpcCpu *cpu, uint64_t *args);

/* A handler's return for "one step done, the arguments in r4.. now
 * describe the rest": r3 keeps the hcall number and the CPU runs the sc
 * again as its next instruction, so a long hypercall is charged to the
 * instruction budget and a stop (monitor, gdb, -max-insns) or an
 * interrupt can come between its steps. Not a PAPR status. */
#define HCALL_AGAIN 0x7fff0001L

/* PAPR status codes beyond platform.h's. */
enum {
    H_BUSY = 1,
    H_CLOSED = 2,
    H_NOT_AVAILABLE = 3,
    H_CONTINUE = 18,
    H_BAD_MODE = -5,
    H_NOT_FOUND = -7,
    H_RESERVED_DABR = -29,
    H_RESOURCE = -16,
    H_AUTHORITY = -10,
    H_DROPPED = -12,
    H_LONG_BUSY_ORDER_100_MSEC = 9902,
    H_P5 = -58,
};

/* The numbers are base/papr.h's (base/hcalls.def); board/pseries.c binds
 * them to these handlers. */

/* hcall.c: KVMPPC_H_RTAS, r4 = the RTAS argument block. */
long h_rtas(Machine *m, PpcCpu *cpu, uint64_t *args);

/* hcall-cpu.c */
long h_set_sprg0(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_set_dabr(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_set_xdabr(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_set_mode(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_cede(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_join(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_signal_sys_reset(Machine *m, PpcCpu *cpu, uint64_t *args);

/* Deliver the system reset H_SIGNAL_SYS_RESET asked for to cpu, which
 * is not inside ppc_cpu_run (smp.c calls it for the calling CPU once its
 * hcall has returned): with FWNMI registered, r3 is saved in the RTAS
 * area and the interrupt enters at the registered address; a ceded CPU
 * is dispatched again. */
void spapr_cpu_deliver_sreset(Machine *m, PpcCpu *cpu);

/* PpcEnv.woke: a ceded CPU runs again. The VPA's dispatch counter
 * (PAPR: odd while the virtual processor is not dispatched) goes up by
 * one when a CPU stops running (H_CEDE, H_CONFER to itself;
 * SpaprCpuState.vpa_ceded) and here when it runs again, as QEMU 7.2
 * counts it. */
void spapr_cpu_woke(void *opaque, PpcCpu *cpu);
long h_confer(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_prod(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_register_vpa(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_get_cpu_characteristics(Machine *m, PpcCpu *cpu, uint64_t *args);

/* hcall-numa.c */
long h_home_node_associativity(Machine *m, PpcCpu *cpu, uint64_t *args);

/* hcall-mem.c */
long h_logical_load(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_logical_store(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_logical_nop(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_page_init(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_logical_memop(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_cas(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_update_dt(Machine *m, PpcCpu *cpu, uint64_t *args);
/* vof.c: KVMPPC_H_VOF_CLIENT, r4 = the client-interface argument block
 * (H_FUNCTION unless x-vof=on). */
long h_vof_client(Machine *m, PpcCpu *cpu, uint64_t *args);

/* hcall-hpt.c: the hashed page table and its hypercalls */
long h_enter(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_remove(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_read(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_protect(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_bulk_remove(Machine *m, PpcCpu *cpu, uint64_t *args);

/* hcall-radix.c: the partition's process table */
long h_resize_hpt_prepare(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_resize_hpt_commit(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_register_proc_tbl(Machine *m, PpcCpu *cpu, uint64_t *args);

/* spapr-vty.c */
long h_put_term_char(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_get_term_char(Machine *m, PpcCpu *cpu, uint64_t *args);

/* xics.c */
long h_cppr(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_eoi(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_ipi(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_ipoll(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_xirr(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_xirr_x(Machine *m, PpcCpu *cpu, uint64_t *args);

/* xive-hcall.c */
long h_int_get_source_info(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_int_set_source_config(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_int_get_source_config(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_int_get_queue_info(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_int_set_queue_config(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_int_get_queue_config(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_int_os_reporting_line(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_int_esb(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_int_sync(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_int_reset(Machine *m, PpcCpu *cpu, uint64_t *args);

/* spapr-vio.c */
long h_vio_signal(Machine *m, PpcCpu *cpu, uint64_t *args);
/* spapr-vio-dma.c: the CRQ calls and H_COPY_RDMA */
long h_reg_crq(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_free_crq(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_send_crq(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_enable_crq(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_copy_rdma(Machine *m, PpcCpu *cpu, uint64_t *args);
/* spapr-vlan.c: the logical LAN */
long h_register_logical_lan(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_free_logical_lan(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_add_logical_lan_buffer(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_send_logical_lan(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_multicast_ctrl(Machine *m, PpcCpu *cpu, uint64_t *args);
long h_change_logical_lan_mac(Machine *m, PpcCpu *cpu, uint64_t *args);

/* spapr-rng.c: H_FUNCTION unless an spapr-rng device exists */
long h_random(Machine *m, PpcCpu *cpu, uint64_t *args);

/* Physical memory access for hcalls: RAM or the MMIO bus, big-endian
 * values; false when nothing answers (the access is then ignored / reads
 * as 0, as QEMU's unassigned memory). */
bool hcall_phys_read(Machine *m, uint64_t addr, unsigned size, uint64_t *v);
bool hcall_phys_write(Machine *m, uint64_t addr, unsigned size, uint64_t v);

#endif
