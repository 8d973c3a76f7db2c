/* SPDX-License-Identifier: MIT */
/*
 * Densely packed decimal (Power ISA 3.0 Book I 5.1 and Appendix B): the
 * 10-bit declet <-> three BCD digits codec the DFP formats and the BCD
 * assists share. Decoding follows the ISA's table for all 1024 declets
 * (the 24 non-preferred ones decode like their preferred twin); encoding
 * gives the preferred declet.
 */
#include "dfp-internal.h"

/* Declet bit k counted from the left (p = 0 ... y = 9). */
static unsigned declet_bit(unsigned dec, unsigned k)
{
    return (dec >> (9 - k)) & 1;
}

unsigned dpd_declet_to_bin(unsigned dec)
{
    unsigned p = declet_bit(dec, 0), q = declet_bit(dec, 1);
    unsigned r = declet_bit(dec, 2), s = declet_bit(dec, 3);
    unsigned t = declet_bit(dec, 4), u = declet_bit(dec, 5);
    unsigned v = declet_bit(dec, 6), w = declet_bit(dec, 7);
    unsigned x = declet_bit(dec, 8), y = declet_bit(dec, 9);
    unsigned pqr = p * 4 + q * 2 + r, stu = s * 4 + t * 2 + u;
    unsigned d2, d1, d0;
    if (!v) {
        d2 = pqr, d1 = stu, d0 = w * 4 + x * 2 + y;
    } else if (!w && !x) {
        d2 = pqr, d1 = stu, d0 = 8 + y;
    } else if (!w && x) {
        d2 = pqr, d1 = 8 + u, d0 = s * 4 + t * 2 + y;
    } else if (w && !x) {
        d2 = 8 + r, d1 = stu, d0 = p * 4 + q * 2 + y;
    } else if (!s && !t) {
        d2 = 8 + r, d1 = 8 + u, d0 = p * 4 + q * 2 + y;
    } else if (!s && t) {
        d2 = 8 + r, d1 = p * 4 + q * 2 + u, d0 = 8 + y;
    } else if (s && !t) {
        d2 = pqr, d1 = 8 + u, d0 = 8 + y;
    } else {
        d2 = 8 + r, d1 = 8 + u, d0 = 8 + y;
    }
    return d2 * 100 + d1 * 10 + d0;
}

/* The ISA's encoding table, keyed by which digits are large (8 or 9):
 * a = d2 >= 8, e = d1 >= 8, i = d0 >= 8; small digits keep 3 bits, large
 * ones only their low bit. */
unsigned dpd_bin_to_declet(unsigned n)
{
    unsigned d2 = n / 100 % 10, d1 = n / 10 % 10, d0 = n % 10;
    unsigned a = d2 >> 3, e = d1 >> 3, i = d0 >> 3;
    unsigned b2 = d2 & 7, b1 = d1 & 7, b0 = d0 & 7;   /* small digits */
    unsigned l2 = d2 & 1, l1 = d1 & 1, l0 = d0 & 1;   /* large digits */
    unsigned pqr, stu, vwxy;
    switch (a << 2 | e << 1 | i) {
    case 0: pqr = b2, stu = b1, vwxy = b0; break;
    case 1: pqr = b2, stu = b1, vwxy = 8 | l0; break;
    case 2: pqr = b2, stu = (b0 & 6) | l1, vwxy = 0xa | l0; break;
    case 4: pqr = (b0 & 6) | l2, stu = b1, vwxy = 0xc | l0; break;
    case 6: pqr = (b0 & 6) | l2, stu = l1, vwxy = 0xe | l0; break;
    case 5: pqr = (b1 & 6) | l2, stu = 2 | l1, vwxy = 0xe | l0; break;
    case 3: pqr = b2, stu = 4 | l1, vwxy = 0xe | l0; break;
    default: pqr = l2, stu = 6 | l1, vwxy = 0xe | l0; break;
    }
    return pqr << 7 | stu << 4 | vwxy;
}

unsigned dpd_bcd3_to_declet(unsigned bcd)
{
    return dpd_bin_to_declet(((bcd >> 8) & 0xf) * 100 +
                             ((bcd >> 4) & 0xf) * 10 + (bcd & 0xf));
}

unsigned dpd_declet_to_bcd3(unsigned dec)
{
    unsigned n = dpd_declet_to_bin(dec);
    return (n / 100) << 8 | (n / 10 % 10) << 4 | n % 10;
}
