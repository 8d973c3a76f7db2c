#include "isa-levels.c"
