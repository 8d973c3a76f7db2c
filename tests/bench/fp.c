/* SPDX-License-Identifier: MIT */
/*
 * Benchmark workload, double-precision: a dense matrix multiply, the
 * spectral-norm power iteration and a Mandelbrot escape-time sweep
 * (fmul/fadd/fmadd/fdiv/fsqrt and FP compares). Prints a checksum of
 * the result bits.
 */
#include "rt/rt.h"

#ifndef MAT_N
#define MAT_N 160
#endif
#ifndef SN_N
#define SN_N 400
#endif
#ifndef MB_N
#define MB_N 320
#endif

static double ma[MAT_N][MAT_N], mb[MAT_N][MAT_N], mc[MAT_N][MAT_N];
static double u[SN_N], v[SN_N], t[SN_N];

static double sqrt_(double x)
{
    double r;
    __asm__("fsqrt %0,%1" : "=d"(r) : "d"(x));
    return r;
}

static double a_elt(int i, int j)
{
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

static void mul_av(const double *in, double *out, int n)
{
    for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += a_elt(i, j) * in[j];
        }
        out[i] = s;
    }
}

static void mul_atv(const double *in, double *out, int n)
{
    for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += a_elt(j, i) * in[j];
        }
        out[i] = s;
    }
}

static uint64_t bits(double d)
{
    uint64_t b;
    memcpy(&b, &d, 8);
    return b;
}

int main(void)
{
    for (int i = 0; i < MAT_N; i++) {
        for (int j = 0; j < MAT_N; j++) {
            ma[i][j] = (i * 7 + j * 3) % 17 * 0.125 - 1.0;
            mb[i][j] = (i + 2 * j) % 13 * 0.25 + 0.5;
        }
    }
    for (int i = 0; i < MAT_N; i++) {
        for (int j = 0; j < MAT_N; j++) {
            double s = 0;
            for (int k = 0; k < MAT_N; k++) {
                s += ma[i][k] * mb[k][j];
            }
            mc[i][j] = s;
        }
    }
    double trace = 0;
    for (int i = 0; i < MAT_N; i++) {
        trace += mc[i][i] * (i + 1);
    }

    for (int i = 0; i < SN_N; i++) {
        u[i] = 1;
    }
    for (int k = 0; k < 10; k++) {
        mul_av(u, t, SN_N);
        mul_atv(t, v, SN_N);
        mul_av(v, t, SN_N);
        mul_atv(t, u, SN_N);
    }
    double vbv = 0, vv = 0;
    for (int i = 0; i < SN_N; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    double norm = sqrt_(vbv / vv);

    unsigned inside = 0, iters = 0;
    for (int y = 0; y < MB_N; y++) {
        for (int x = 0; x < MB_N; x++) {
            double cr = -2.0 + x * (2.5 / MB_N), ci = -1.25 + y * (2.5 / MB_N);
            double zr = 0, zi = 0;
            int k = 0;
            while (k < 100 && zr * zr + zi * zi <= 4.0) {
                double tr = zr * zr - zi * zi + cr;
                zi = 2 * zr * zi + ci;
                zr = tr;
                k++;
            }
            iters += (unsigned)k;
            inside += k == 100;
        }
    }
    uint64_t h = bits(trace) ^ (bits(norm) * 3) ^ ((uint64_t)iters << 20) ^ inside;
    rt_printf("fp checksum %016lx (trace %a norm %a)\n", (unsigned long)h, trace, norm);
    return 0;
}
