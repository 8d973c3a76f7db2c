/* A long, deterministic computation for the monitor tests
 * (tests/monitor.t): prints progress lines over about 60 million
 * instructions (many run-loop chunks), so stop/cont, system_reset and
 * savevm/loadvm can act while it runs, then powers off. */
#include "rt/rt.h"

int main(void)
{
    uint64_t x = 0x9e3779b97f4a7c15ULL, sum = 0;
    rt_printf("mon-loop: start\n");
    for (int step = 1; step <= 8; step++) {
        for (int i = 0; i < 1000000; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            sum += x;
        }
        rt_printf("mon-loop: step %d sum %016lx\n", step, (unsigned long)sum);
    }
    rt_printf("mon-loop: done\n");
    return 0;
}
