#!/usr/bin/env bash
# Starts the app COUNT times from cold, each with an empty home, on the X server in $DISPLAY, as
# a user would. A start fails when the app warns on stderr (Qt's "QApplication was not created in
# the main() thread" froze one start in a few), when its window never maps, or when it does not
# quit on Ctrl+Q typed as real X input.
#   startup_loop.sh SIPCODES WORK_DIR [COUNT]
set -uo pipefail
app=$1
work=$2
count=${3:-40}
[ -n "${DISPLAY:-}" ] || { echo "startup_loop: DISPLAY is not set (run under xvfb-run)" >&2; exit 2; }
for tool in xdotool; do
    command -v "$tool" >/dev/null || { echo "startup_loop: $tool is missing (Debian package $tool)" >&2; exit 2; }
done
rm -rf "$work"
mkdir -p "$work"

passed=0
failed=0
for i in $(seq 1 "$count"); do
    home="$work/home-$i"
    mkdir -p "$home/runtime"
    chmod 700 "$home/runtime" # as a login session provides it
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/runtime" "$app" >"$work/stdout-$i.log" 2>"$work/stderr-$i.log" &
    pid=$!
    problem=""
    window=$(timeout 20 xdotool search --sync --onlyvisible --pid "$pid" --class sipcodes 2>/dev/null | head -n 1)
    if [ -z "$window" ]; then
        problem="its window never mapped"
    else
        xdotool windowfocus --sync "$window" 2>/dev/null
        xdotool key --clearmodifiers ctrl+q
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && problem="it did not quit on Ctrl+Q"
    fi
    if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null
    fi
    wait "$pid" 2>/dev/null
    if [ -s "$work/stderr-$i.log" ]; then
        problem="${problem:+$problem; }it printed: $(head -c 300 "$work/stderr-$i.log" | tr '\n' ' ')"
    fi
    if [ -n "$problem" ]; then
        echo "start $i: FAILED: $problem"
        failed=$((failed + 1))
    else
        passed=$((passed + 1))
    fi
done
echo "startup_loop: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -eq "$count" ]
