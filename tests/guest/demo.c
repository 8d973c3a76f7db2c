/* SPDX-License-Identifier: MIT */
/*
 * The bundled demo of `./build.sh run`: a bare-metal pseries program
 * that introduces itself, reads the device tree the machine handed it
 * (model, CPU, clocks, memory, RTAS services), draws a small Mandelbrot
 * set in ASCII with double-precision arithmetic, and powers the machine
 * off through RTAS.
 */
#include "rt/rt.h"

static void rule(void)
{
    rt_puts("+------------------------------------------------------------+\n");
}

/* One line of the banner box: a and b side by side, padded to fit. */
static void box_line(const char *a, const char *b)
{
    int n = (int)(strlen(a) + strlen(b));
    rt_printf("| %s%s", a, b);
    for (int i = n; i < 58; i++) {
        rt_putc(' ');
    }
    rt_puts(" |\n");
}

static const char *str_prop(const char *path, const char *name)
{
    uint32_t len;
    const char *s = rt_fdt_prop(path, name, &len);
    return s && len ? s : "(absent)";
}

/* Prints a cell-list value as a frequency in MHz. */
static void print_freq(const char *label, const char *path, const char *name)
{
    uint32_t len;
    const uint8_t *v = rt_fdt_prop(path, name, &len);
    if (!v || (len != 4 && len != 8)) {
        rt_printf("  %s: (absent)\n", label);
        return;
    }
    uint64_t hz = len == 8 ? (uint64_t)rt_be32(v) << 32 | rt_be32(v + 4) : rt_be32(v);
    rt_printf("  %s: %lu.%03lu MHz\n", label, (unsigned long)(hz / 1000000),
              (unsigned long)(hz / 1000 % 1000));
}

typedef struct TokenList {
    int count;
    int shown;
} TokenList;

static void show_token(const char *name, const void *val, uint32_t len, void *ctx)
{
    TokenList *t = ctx;
    /* RTAS services are the 4-byte properties other than the
     * parameters "rtas-*" */
    if (len != 4 || !memcmp(name, "rtas-", 5)) {
        return;
    }
    t->count++;
    static const char *const interesting[] = {
        "display-character", "get-time-of-day", "power-off", "system-reboot",
        "read-pci-config", "write-pci-config", "start-cpu", "nvram-fetch",
    };
    for (unsigned i = 0; i < sizeof(interesting) / sizeof(interesting[0]); i++) {
        if (!strcmp(name, interesting[i])) {
            rt_printf("    %-20s token 0x%x\n", name, rt_be32(val));
            t->shown++;
        }
    }
}

static void machine_info(void)
{
    rt_printf("  model:      %s\n", str_prop("/", "model"));
    rt_printf("  compatible: %s\n", str_prop("/", "compatible"));
    const char *cpu = NULL;
    for (int i = 0; (cpu = rt_fdt_child("/cpus", i)) != NULL; i++) {
        char path[96] = "/cpus/";
        size_t n = strlen(cpu);
        if (n > sizeof(path) - 7) {
            continue;
        }
        memcpy(path + 6, cpu, n + 1);
        const char *type = rt_fdt_prop(path, "device_type", NULL);
        if (type && !strcmp(type, "cpu")) {
            rt_printf("  cpu:        %s\n", cpu);
            print_freq("cpu clock ", path, "clock-frequency");
            print_freq("timebase  ", path, "timebase-frequency");
            break;
        }
    }
    uint32_t len;
    const uint8_t *reg = rt_fdt_prop("/memory@0", "reg", &len);
    if (reg && len == 16) {
        uint64_t size = (uint64_t)rt_be32(reg + 8) << 32 | rt_be32(reg + 12);
        rt_printf("  memory:     %lu MiB at 0x0 (device tree at %p)\n",
                  (unsigned long)(size >> 20), rt_fdt);
    }
    TokenList t = { 0, 0 };
    rt_printf("  RTAS services:\n");
    rt_fdt_props("/rtas", show_token, &t);
    rt_printf("    ... %d services in all\n", t.count);
}

static void mandelbrot(void)
{
    static const char shade[] = " .:-=+*#%@";
    for (int y = 0; y < 20; y++) {
        rt_puts("  ");
        for (int x = 0; x < 60; x++) {
            double cr = -2.2 + (x + 0.5) * (2.8 / 60), ci = -1.2 + (y + 0.5) * (2.4 / 20);
            double zr = 0, zi = 0;
            int k = 0;
            while (k < 60 && zr * zr + zi * zi < 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2 * zr * zi + ci;
                zr = t;
                k++;
            }
            static const int steps[] = { 2, 3, 4, 6, 9, 14, 22, 35, 60 };
            int idx = 0;
            while (idx < 9 && k >= steps[idx]) {
                idx++;
            }
            rt_putc(shade[idx]);
        }
        rt_putc('\n');
    }
}

int main(void)
{
    rule();
    box_line("farad: a PPC64 pSeries (sPAPR) machine emulator", "");
    box_line("this demo runs bare metal, ",
#ifdef __LITTLE_ENDIAN__
             "little-endian"
#else
             "big-endian"
#endif
    );
    rule();
    rt_printf("What the device tree says about this machine:\n");
    machine_info();
    rt_printf("\nThe Mandelbrot set, in double precision:\n");
    mandelbrot();
    rt_printf("\nPowering off through RTAS (token 0x%x). Goodbye.\n",
              rt_rtas_token("power-off"));
    return 0;
}
