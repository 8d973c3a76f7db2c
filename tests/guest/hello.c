/* Smallest guest program: prints a line and powers off. */
#include "rt/rt.h"

int main(void)
{
    rt_printf("hello from farad guest %s-endian\n",
#ifdef __LITTLE_ENDIAN__
              "little"
#else
              "big"
#endif
    );
    return 0;
}
