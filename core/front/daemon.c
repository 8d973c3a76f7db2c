/* SPDX-License-Identifier: MIT */
/*
 * -daemonize, -pidfile and the process name (daemon.h): a pipe from the
 * forked child tells the waiting parent when the machine is built.
 */
#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "daemon.h"

static int ready_fd = -1;     /* the child's end of the pipe */
static char *pidfile_path;    /* written by us: removed at exit */

/* SIGTERM, SIGINT, SIGHUP end farad (their default action): the pid
 * file goes first, as QEMU removes it when a signal ends it. */
static void pidfile_signal(int sig)
{
    unlink(pidfile_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* The parent: wait for the child's byte (0: ready); EOF means it failed
 * (its own stderr said why). Never returns. */
static void parent_wait(int fd, pid_t child)
{
    unsigned char status = 1;
    ssize_t n;
    do {
        n = read(fd, &status, 1);
    } while (n < 0 && errno == EINTR);
    if (n != 1) {
        int ws;
        status = 1;
        if (waitpid(child, &ws, WNOHANG) == child && WIFEXITED(ws) &&
            WEXITSTATUS(ws)) {
            status = (unsigned char)WEXITSTATUS(ws);
        }
    }
    _exit(status);
}

static bool fork_daemon(GError **err)
{
    int fds[2];
    if (pipe(fds) != 0) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-daemonize: pipe: %s", g_strerror(errno));
        return false;
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-daemonize: fork: %s", g_strerror(errno));
        return false;
    }
    if (pid > 0) {
        close(fds[1]);
        parent_wait(fds[0], pid);
    }
    close(fds[0]);
    ready_fd = fds[1];
    setsid();
    return true;
}

/* Create and lock path, write our pid (QEMU's qemu_write_pidfile). */
static bool write_pidfile(const char *path, GError **err)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-pidfile %s: cannot create PID file: %s", path,
                    g_strerror(errno));
        return false;
    }
    if (lockf(fd, F_TLOCK, 0) != 0) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-pidfile %s: cannot create PID file: Cannot lock pid "
                    "file: %s", path, g_strerror(errno));
        close(fd);
        return false;
    }
    char buf[32];
    int n = snprintf(buf, sizeof(buf), "%d\n", (int)getpid());
    if (ftruncate(fd, 0) != 0 || write(fd, buf, (size_t)n) != n) {
        g_set_error(err, FARAD_ERROR, FARAD_ERROR_USAGE,
                    "-pidfile %s: cannot write PID file: %s", path,
                    g_strerror(errno));
        close(fd);
        return false;
    }
    /* fd stays open: the lock lasts as long as the process */
    pidfile_path = g_strdup(path);
    static const int sigs[] = { SIGTERM, SIGINT, SIGHUP };
    for (size_t i = 0; i < G_N_ELEMENTS(sigs); i++) {
        struct sigaction sa = { .sa_handler = pidfile_signal };
        struct sigaction old;
        /* only where the default would end the process unannounced */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_DFL) {
            sigaction(sigs[i], &sa, NULL);
        }
    }
    return true;
}

bool daemon_start(const MachineConfig *cfg, GError **err)
{
    if (cfg->daemonize && !fork_daemon(err)) {
        return false;
    }
    if (cfg->process_name) {
        prctl(PR_SET_NAME, cfg->process_name, 0, 0, 0);
    }
    return !cfg->pidfile || write_pidfile(cfg->pidfile, err);
}

void daemon_ready(const MachineConfig *cfg)
{
    if (ready_fd < 0) {
        return;
    }
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
        fflush(NULL);
        dup2(null, 0);
        dup2(null, 1);
        if (!cfg->logfile) {
            dup2(null, 2);
        }
        close(null);
    }
    unsigned char ok = 0;
    ssize_t n;
    do {
        n = write(ready_fd, &ok, 1);
    } while (n < 0 && errno == EINTR);
    close(ready_fd);
    ready_fd = -1;
}

void daemon_end(void)
{
    if (pidfile_path) {
        unlink(pidfile_path);
        g_free(pidfile_path);
        pidfile_path = NULL;
    }
}
