/* SPDX-License-Identifier: MIT */
/*
 * Benchmark workload, branch- and call-heavy: a small stack-based
 * bytecode virtual machine (switch dispatch, frames with arguments and
 * locals, calls and returns) running recursive Fibonacci and a loop of
 * Euclid GCDs. The bytecode is assembled at start-up. Prints a checksum.
 */
#include "rt/rt.h"

#ifndef FIB_N
#define FIB_N 24
#endif
#ifndef GCD_ROUNDS
#define GCD_ROUNDS 30000
#endif

enum {
    OP_HALT, OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_SUB, OP_MUL, OP_MOD,
    OP_XOR, OP_LT, OP_JZ, OP_JMP, OP_CALL, OP_RET,
};

typedef struct Vm {
    int64_t stack[8192];
    int32_t frames[4096];
    uint64_t steps;
} Vm;

static int64_t vm_run(Vm *vm, const int32_t *code)
{
    int pc = 0, sp = 0, fp = 0, base = 0;
    int64_t *st = vm->stack;
    uint64_t steps = 0;
    for (;;) {
        steps++;
        switch (code[pc++]) {
        case OP_HALT:
            vm->steps += steps;
            return st[sp - 1];
        case OP_PUSH:
            st[sp++] = code[pc++];
            break;
        case OP_LOAD:
            st[sp++] = st[base + code[pc++]];
            break;
        case OP_STORE:
            st[base + code[pc++]] = st[--sp];
            break;
        case OP_ADD:
            sp--;
            st[sp - 1] = (int64_t)((uint64_t)st[sp - 1] + (uint64_t)st[sp]);
            break;
        case OP_SUB:
            sp--;
            st[sp - 1] = (int64_t)((uint64_t)st[sp - 1] - (uint64_t)st[sp]);
            break;
        case OP_MUL:
            sp--;
            st[sp - 1] = (int64_t)((uint64_t)st[sp - 1] * (uint64_t)st[sp]);
            break;
        case OP_MOD:
            sp--;
            st[sp - 1] = st[sp] ? st[sp - 1] % st[sp] : 0;
            break;
        case OP_XOR:
            sp--;
            st[sp - 1] ^= st[sp];
            break;
        case OP_LT:
            sp--;
            st[sp - 1] = st[sp - 1] < st[sp];
            break;
        case OP_JZ:
            pc = st[--sp] ? pc + 1 : code[pc];
            break;
        case OP_JMP:
            pc = code[pc];
            break;
        case OP_CALL: {  /* CALL target nargs nlocals */
            int32_t t = code[pc], nargs = code[pc + 1], nloc = code[pc + 2];
            vm->frames[fp++] = pc + 3;
            vm->frames[fp++] = base;
            base = sp - nargs;
            for (int i = 0; i < nloc; i++) {
                st[sp++] = 0;
            }
            pc = t;
            break;
        }
        case OP_RET: {
            int64_t r = st[sp - 1];
            sp = base;
            base = vm->frames[--fp];
            pc = vm->frames[--fp];
            st[sp++] = r;
            break;
        }
        default:
            vm->steps += steps;
            return -1;
        }
    }
}

/* ---- a tiny assembler ---- */

typedef struct Asm {
    int32_t code[256];
    int n;
} Asm;

static int emit(Asm *a, int32_t w)
{
    a->code[a->n] = w;
    return a->n++;
}

static int emit2(Asm *a, int32_t op, int32_t arg)
{
    emit(a, op);
    return emit(a, arg);  /* index of the operand, for patching */
}

static void build(Asm *a, int fib_n, int rounds)
{
    /* main */
    emit2(a, OP_PUSH, fib_n);
    emit(a, OP_CALL);
    int call_fib = emit(a, 0);
    emit(a, 1);
    emit(a, 0);
    emit(a, OP_CALL);
    int call_sum = emit(a, 0);
    emit(a, 0);
    emit(a, 2);
    emit(a, OP_XOR);
    emit(a, OP_HALT);

    /* fib(n) */
    int fib = a->n;
    a->code[call_fib] = fib;
    emit2(a, OP_LOAD, 0);
    emit2(a, OP_PUSH, 2);
    emit(a, OP_LT);
    int jz = emit2(a, OP_JZ, 0);
    emit2(a, OP_LOAD, 0);
    emit(a, OP_RET);
    a->code[jz] = a->n;
    emit2(a, OP_LOAD, 0);
    emit2(a, OP_PUSH, 1);
    emit(a, OP_SUB);
    emit(a, OP_CALL);
    emit(a, fib);
    emit(a, 1);
    emit(a, 0);
    emit2(a, OP_LOAD, 0);
    emit2(a, OP_PUSH, 2);
    emit(a, OP_SUB);
    emit(a, OP_CALL);
    emit(a, fib);
    emit(a, 1);
    emit(a, 0);
    emit(a, OP_ADD);
    emit(a, OP_RET);

    /* gcd(a, b) */
    int gcd = a->n;
    int loop = a->n;
    emit2(a, OP_LOAD, 1);
    int jend = emit2(a, OP_JZ, 0);
    emit2(a, OP_LOAD, 0);
    emit2(a, OP_LOAD, 1);
    emit(a, OP_MOD);
    emit2(a, OP_LOAD, 1);
    emit2(a, OP_STORE, 0);
    emit2(a, OP_STORE, 1);
    emit2(a, OP_JMP, loop);
    a->code[jend] = a->n;
    emit2(a, OP_LOAD, 0);
    emit(a, OP_RET);

    /* gcdsum(): locals acc (0), i (1) */
    a->code[call_sum] = a->n;
    emit2(a, OP_PUSH, rounds);
    emit2(a, OP_STORE, 1);
    loop = a->n;
    emit2(a, OP_LOAD, 1);
    jend = emit2(a, OP_JZ, 0);
    emit2(a, OP_LOAD, 0);
    emit2(a, OP_LOAD, 1);
    emit2(a, OP_PUSH, 7919);
    emit(a, OP_MUL);
    emit2(a, OP_LOAD, 1);
    emit2(a, OP_PUSH, 104729);
    emit(a, OP_ADD);
    emit(a, OP_CALL);
    emit(a, gcd);
    emit(a, 2);
    emit(a, 0);
    emit(a, OP_ADD);
    emit2(a, OP_STORE, 0);
    emit2(a, OP_LOAD, 1);
    emit2(a, OP_PUSH, 1);
    emit(a, OP_SUB);
    emit2(a, OP_STORE, 1);
    emit2(a, OP_JMP, loop);
    a->code[jend] = a->n;
    emit2(a, OP_LOAD, 0);
    emit(a, OP_RET);
}

static Vm vm;
static Asm as;

int main(void)
{
    uint64_t r = 0;
    for (int rep = 0; rep < 3; rep++) {
        as.n = 0;
        build(&as, FIB_N - rep, GCD_ROUNDS - rep * 1000);
        r = r * 31 + (uint64_t)vm_run(&vm, as.code);
    }
    rt_printf("vm checksum %016lx (%lu bytecodes)\n", (unsigned long)r,
              (unsigned long)vm.steps);
    return 0;
}
