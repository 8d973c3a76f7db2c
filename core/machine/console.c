/* SPDX-License-Identifier: MIT */
/*
 * The console backend behind the spapr vty: stdout for output, stdin
 * (non-blocking, raw mode on a terminal) for input. Input enters the
 * machine only through console_read, the one place record/replay hooks.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include "platform.h"

static struct termios saved_tio;

static void restore_tty(void)
{
    tcsetattr(STDIN_FILENO, TCSANOW, &saved_tio);
}

void console_open(Console *c, bool use_stdio)
{
    c->in_fd = -1;
    c->out = NULL;
    c->raw_tty = false;
    c->eof = false;
    c->npending = 0;
    c->input = (ConsoleInput){ 0 };
    if (!use_stdio) {
        return;
    }
    c->out = stdout;
    c->in_fd = STDIN_FILENO;
    if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved_tio) == 0) {
        struct termios tio = saved_tio;
        tio.c_lflag &= ~(ICANON | ECHO);  /* keep ISIG: Ctrl-C quits */
        tio.c_iflag &= ~(ICRNL | IXON);
        tio.c_cc[VMIN] = 1;
        tio.c_cc[VTIME] = 0;
        if (tcsetattr(STDIN_FILENO, TCSANOW, &tio) == 0) {
            c->raw_tty = true;
            atexit(restore_tty);
        }
    }
}

void console_close(Console *c)
{
    if (c->out) {
        fflush(c->out);
    }
    if (c->raw_tty) {
        restore_tty();
        c->raw_tty = false;
    }
}

void console_write(Console *c, const uint8_t *buf, size_t n)
{
    const InputJournal *j = c->journal;
    if (j && j->ops) {   /* checkpoints compare the output too */
        j->ops->console_output(j->self, buf, n);
        if (!j->ops->output_visible(j->self)) {
            return;    /* re-executed after a reverse: shown already */
        }
    }
    if (!c->out || n == 0) {
        return;
    }
    /* Written through at once, as QEMU's chardevs do: a program reading
     * the console from a pipe must see a prompt before it answers it, and
     * the guest may not ask for input (H_GET_TERM_CHAR) until it gets an
     * interrupt for it. */
    fwrite(buf, 1, n, c->out);
    fflush(c->out);
}

size_t console_read(Console *c, uint8_t *buf, size_t max)
{
    const InputJournal *j = c->journal;
    if (j && j->ops) {   /* record/replay: the one journal interface */
        return j->ops->console_read(j->self, buf, max);
    }
    return console_read_host(c, buf, max);
}

size_t console_read_host(Console *c, uint8_t *buf, size_t max)
{
    /* A guest asking for input is waiting for its user: what else went
     * to the same stream (the monitor's lines on stdio) must be visible
     * first; the guest's own output is written through already. */
    if (c->out) {
        fflush(c->out);
    }
    if (c->in_fd < 0 || c->eof) {
        return 0;
    }
    if (c->input.read) {   /* mon:stdio: only what was typed for the guest */
        return c->input.read(c->input.self, buf, max);
    }
    struct pollfd p = { .fd = c->in_fd, .events = POLLIN };
    if (poll(&p, 1, 0) <= 0 || !(p.revents & (POLLIN | POLLHUP))) {
        return 0;
    }
    ssize_t n = read(c->in_fd, buf, max);
    if (n == 0) {
        c->eof = true;
        return 0;
    }
    if (n < 0) {
        if (errno != EAGAIN && errno != EINTR) {
            c->eof = true;
        }
        return 0;
    }
    return (size_t)n;
}
