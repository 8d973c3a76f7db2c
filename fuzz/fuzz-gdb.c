/* SPDX-License-Identifier: MIT */
/*
 * Fuzz target: the gdb stub (core/front/gdb-conn.c framing, acks,
 * escapes and checksums; gdbstub.c, gdb-regs.c, gdb-break.c and
 * gdb-reverse.c packets). The input is the byte stream a gdb client
 * sends; it reaches the stub over a socketpair, as a connection would,
 * and a thread reads and drops the stub's replies.
 */
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include "fuzz-common.h"
#include "core/front/gdb-int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void *drain(void *arg)
{
    int fd = *(int *)arg;
    char buf[4096];
    while (read(fd, buf, sizeof(buf)) > 0) {
    }
    return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Machine *m;
    if (!m) {
        fuzz_init();
        m = fuzz_machine(256, 2, false);
    }
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        abort();
    }
    int bufsize = (int)size + 4096;   /* the whole input fits at once */
    setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &bufsize, sizeof(bufsize));
    setsockopt(sv[1], SOL_SOCKET, SO_RCVBUF, &bufsize, sizeof(bufsize));
    pthread_t reader;
    pthread_create(&reader, NULL, drain, &sv[0]);
    GdbStub *g = gdbstub_new_connected(m, sv[1]);
    /* the client's bytes, then its end of the stream */
    for (size_t done = 0; done < size;) {
        ssize_t n = send(sv[0], data + done, size - done, MSG_NOSIGNAL);
        if (n <= 0) {
            break;
        }
        done += (size_t)n;
    }
    shutdown(sv[0], SHUT_WR);
    /* a resume returns here as to the run loop, which comes back at
     * once (the CPUs "stopped" without running) */
    for (int rounds = 0; rounds < 1000 && g->conn.fd >= 0; rounds++) {
        if (gdbstub_serve(g) != GDB_RUN) {
            break;
        }
    }
    gdbstub_free(g);   /* closes sv[1]: the reader sees the end */
    m->gdb = NULL;
    m->stop = false;
    pthread_join(reader, NULL);
    close(sv[0]);
    return 0;
}
