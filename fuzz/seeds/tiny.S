    .globl _start
    .section .text
_start:
    li 3, 42
loop:
    b loop
    .globl helper
    .type helper, @function
helper:
    blr
    .size helper, .-helper
    .data
value: .long 0x12345678
