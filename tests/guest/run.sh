# SPDX-License-Identifier: MIT
# Sourced by tests/guest.t and tests/qemu-diff.t: running guest programs
# in parallel and reporting where two outputs first differ (TAP comment
# lines).

# guest_parallel JOBS FUNC ARG...: run "FUNC ARG" in the background for
# each ARG, at most JOBS at a time, and wait for all of them. FUNC keeps
# its results in files (it runs in a subshell).
guest_parallel() {
    local jobs=$1 fn=$2 running=0 a
    shift 2
    for a in "$@"; do
        "$fn" "$a" &
        running=$((running + 1))
        if [ $running -ge "$jobs" ]; then
            wait -n 2>/dev/null || true
            running=$((running - 1))
        fi
    done
    wait
}

# guest_first_diff LABEL_A FILE_A LABEL_B FILE_B: when the files differ
# in a line, "#   first difference at line N" and that line of each
# (labels padded to one width, lines cut to 150 characters); returns 1
# when no line differs (identical, or one file is a prefix of the other).
guest_first_diff() {
    local line w=${#1}
    [ ${#3} -gt "$w" ] && w=${#3}
    line=$(cmp "$2" "$4" 2>&1 | sed -n 's/.*line \([0-9]*\).*/\1/p')
    [ -n "$line" ] || return 1
    echo "#   first difference at line $line"
    printf '#   %-*s %s\n' $((w + 1)) "$1:" "$(sed -n "${line}p" "$2" | cut -c1-150)"
    printf '#   %-*s %s\n' $((w + 1)) "$3:" "$(sed -n "${line}p" "$4" | cut -c1-150)"
}
