/* SPDX-License-Identifier: MIT */
/*
 * farad-snap replay's machine description from a recording (the trust
 * model: core/front/replay-args.c, docs/replay.md).
 */
#ifndef FARAD_CORE_REPLAY_ARGS_H
#define FARAD_CORE_REPLAY_ARGS_H

#include <glib.h>

/*
 * The argv (argv[0] "farad", no NULL end) to build the replay's machine
 * from: the machine-shaping options of the recording's stored command
 * line `stored` (session-only ones dropped), then the replay's own
 * options `own` (trusted; may be NULL). A stored option that touches
 * host files, plugins or host-backed devices is refused unless `own`
 * gives the same option: NULL with one line in err naming recording
 * `file` and the option.
 */
GPtrArray *replay_args_build(const char *file, char **stored, char **own,
                             GError **err);

#endif
