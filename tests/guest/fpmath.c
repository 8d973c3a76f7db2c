/* SPDX-License-Identifier: MIT */
/*
 * Double-precision guest program: Mandelbrot escape counts, a short
 * n-body integration, Newton and fsqrt square roots, series for pi and
 * e, fused multiply-adds, single-precision rounding, integer<->double
 * conversions, and FPSCR flags. Results are printed as bit patterns
 * (rt_printf %a) and compared with QEMU's.
 */
#include "rt/rt.h"

static double hw_sqrt(double x)
{
    double r;
    __asm__("fsqrt %0,%1" : "=d"(r) : "d"(x));
    return r;
}

static double fabs_(double x)
{
    return x < 0 ? -x : x;
}

static void mandelbrot(void)
{
    uint32_t h = 0;
    unsigned total = 0;
    for (int py = 0; py < 24; py++) {
        for (int px = 0; px < 32; px++) {
            double cr = -2.2 + px * (3.0 / 32), ci = -1.2 + py * (2.4 / 24);
            double zr = 0, zi = 0;
            int k = 0;
            while (k < 200 && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2 * zr * zi + ci;
                zr = t;
                k++;
            }
            total += (unsigned)k;
            h = (h ^ (uint32_t)k) * 16777619u;
        }
    }
    rt_printf("mandelbrot: total %u hash %08x\n", total, h);
}

typedef struct Body {
    double x, y, z, vx, vy, vz, m;
} Body;

static void nbody(void)
{
    const double pi = 3.141592653589793, mass = 4 * pi * pi, dpy = 365.24;
    static Body b[5] = {
        { 0, 0, 0, 0, 0, 0, 1 },
        { 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
          1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
          9.54791938424326609e-04 },
        { 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
          -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
          2.85885980666130812e-04 },
        { 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
          2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
          4.36624404335156298e-05 },
        { 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
          2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
          5.15138902046611451e-05 },
    };
    for (int i = 0; i < 5; i++) {
        b[i].vx *= dpy;
        b[i].vy *= dpy;
        b[i].vz *= dpy;
        b[i].m *= mass;
    }
    double px = 0, py = 0, pz = 0;
    for (int i = 0; i < 5; i++) {
        px += b[i].vx * b[i].m;
        py += b[i].vy * b[i].m;
        pz += b[i].vz * b[i].m;
    }
    b[0].vx = -px / mass;
    b[0].vy = -py / mass;
    b[0].vz = -pz / mass;
    const double dt = 0.01;
    for (int step = 0; step < 200; step++) {
        for (int i = 0; i < 5; i++) {
            for (int j = i + 1; j < 5; j++) {
                double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * hw_sqrt(d2));
                b[i].vx -= dx * b[j].m * mag;
                b[i].vy -= dy * b[j].m * mag;
                b[i].vz -= dz * b[j].m * mag;
                b[j].vx += dx * b[i].m * mag;
                b[j].vy += dy * b[i].m * mag;
                b[j].vz += dz * b[i].m * mag;
            }
        }
        for (int i = 0; i < 5; i++) {
            b[i].x += dt * b[i].vx;
            b[i].y += dt * b[i].vy;
            b[i].z += dt * b[i].vz;
        }
    }
    double e = 0;
    for (int i = 0; i < 5; i++) {
        e += 0.5 * b[i].m * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
        for (int j = i + 1; j < 5; j++) {
            double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
            e -= b[i].m * b[j].m / hw_sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    rt_printf("nbody: energy %a x1 %a vz4 %a\n", e, b[1].x, b[4].vz);
}

static void roots(void)
{
    for (int i = 1; i <= 10; i++) {
        double x = i * 1.7 + 0.3;
        double g = x;
        for (int k = 0; k < 30; k++) {
            g = 0.5 * (g + x / g);
        }
        rt_printf("sqrt(%d.%d): newton %a fsqrt %a close %d\n", (int)x,
                  (int)((x - (int)x) * 10 + 0.5) % 10, g, hw_sqrt(x),
                  fabs_(g - hw_sqrt(x)) < 1e-15 * x);
    }
}

static void series(void)
{
    double pi = 0;
    for (int k = 0; k < 2000; k++) {
        double t = 1.0 / (2 * k + 1);
        pi += (k & 1) ? -t : t;
    }
    pi *= 4;
    double e = 1, term = 1;
    for (int k = 1; k < 20; k++) {
        term /= k;
        e += term;
    }
    double z2 = 0;
    for (int k = 1000; k >= 1; k--) {
        z2 += 1.0 / ((double)k * k);
    }
    rt_printf("leibniz pi %a e %a zeta2 %a\n", pi, e, z2);
}

static void fused(void)
{
    static const double v[] = { 1.0, -2.5, 1e300, 3e-310, 0.1, 1.0 / 3, -0.0, 65504.0 };
    uint64_t h = 0;
    for (int i = 0; i < 8; i++) {
        for (int j = 0; j < 8; j++) {
            double a = v[i], b = v[j], c = v[(i + j) % 8];
            double r1, r2, r3, r4;
            __asm__("fmadd %0,%4,%5,%6\n"
                    "fmsub %1,%4,%5,%6\n"
                    "fnmadd %2,%4,%5,%6\n"
                    "fnmsub %3,%4,%5,%6\n"
                    : "=&d"(r1), "=&d"(r2), "=&d"(r3), "=&d"(r4)
                    : "d"(a), "d"(b), "d"(c));
            double q = b != 0 ? a / b : a;
            uint64_t bits[5];
            memcpy(&bits[0], &r1, 8);
            memcpy(&bits[1], &r2, 8);
            memcpy(&bits[2], &r3, 8);
            memcpy(&bits[3], &r4, 8);
            memcpy(&bits[4], &q, 8);
            for (int k = 0; k < 5; k++) {
                h = (h ^ bits[k]) * 1099511628211ULL;
            }
        }
    }
    rt_printf("fma/div hash %016lx\n", (unsigned long)h);
}

static void conversions(void)
{
    static const double v[] = {
        0.5, 1.5, 2.5, -0.5, -1.5, 123456.789, -98765.4321, 4294967295.5,
        1e19, -1e19, 3.0e9, -3.0e9, 1.0 / 3, 0.0,
    };
    for (unsigned i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
        double x = v[i];
        float f = (float)x;
        double back = f;
        long long ll = x > -9.2e18 && x < 9.2e18 ? (long long)x : 0;
        int iw = x > -2.1e9 && x < 2.1e9 ? (int)x : 0;
        unsigned long long ull = x >= 0 && x < 1.8e19 ? (unsigned long long)x : 0;
        double r;
        __asm__("frin %0,%1" : "=d"(r) : "d"(x));
        double fl, ce, tr;
        __asm__("frim %0,%3\nfrip %1,%3\nfriz %2,%3" : "=&d"(fl), "=&d"(ce), "=&d"(tr) : "d"(x));
        rt_printf("cvt %a: f %a ll %ld w %d ull %lu rnd %a %a %a %a\n", x, back,
                  (long)ll, iw, (unsigned long)ull, r, fl, ce, tr);
    }
    for (long k = -3; k <= 3; k++) {
        long n = k * 1234567890123L;
        double d = (double)n;
        double u = (double)((unsigned long)n * (unsigned long)n);
        float s = (float)n;
        rt_printf("int->fp %ld: %a %a %a\n", n, d, u, (double)s);
    }
}

static void fpscr_flags(void)
{
    volatile double z = 0.0, one = 1.0, big = 1e308, tiny = 1e-308;
    volatile double r;
    uint64_t f0, f1, f2, f3;
    double fs;
    __asm__ volatile("mtfsf 0xff,%0" : : "d"(0.0));
    r = one / 3.0;
    __asm__ volatile("mffs %0" : "=d"(fs));
    memcpy(&f0, &fs, 8);
    r = big * 10.0;
    __asm__ volatile("mffs %0" : "=d"(fs));
    memcpy(&f1, &fs, 8);
    r = tiny / 1e10;
    __asm__ volatile("mffs %0" : "=d"(fs));
    memcpy(&f2, &fs, 8);
    r = z / z;
    __asm__ volatile("mffs %0" : "=d"(fs));
    memcpy(&f3, &fs, 8);
    rt_printf("fpscr %08x %08x %08x %08x last %a\n", (unsigned)f0, (unsigned)f1,
              (unsigned)f2, (unsigned)f3, (double)r);
    __asm__ volatile("mtfsf 0xff,%0" : : "d"(0.0));
    /* rounding modes: toward zero, +inf, -inf, nearest */
    double third[4];
    for (int m = 0; m < 4; m++) {
        __asm__ volatile("mtfsfi 7,%0" : : "i"(0));
        switch (m) {
        case 0: __asm__ volatile("mtfsfi 7,1"); break;
        case 1: __asm__ volatile("mtfsfi 7,2"); break;
        case 2: __asm__ volatile("mtfsfi 7,3"); break;
        default: __asm__ volatile("mtfsfi 7,0"); break;
        }
        volatile double n = -2.0;
        third[m] = n / 3.0;
    }
    __asm__ volatile("mtfsfi 7,0");
    rt_printf("rounding -2/3: %a %a %a %a\n", third[0], third[1], third[2], third[3]);
    volatile double cmp_nan = z / z;
    __asm__ volatile("mtfsf 0xff,%0" : : "d"(0.0));
    rt_printf("compare nan: %d %d %d one<two %d\n", cmp_nan < one, cmp_nan == cmp_nan,
              cmp_nan > one, one < 2.0);
}

int main(void)
{
    mandelbrot();
    nbody();
    roots();
    series();
    fused();
    conversions();
    fpscr_flags();
    return 0;
}
