#!/usr/bin/env bash
# Offline by construction: the app links no network library and opens no network socket.
# usage: offline_check.sh PATH/TO/sipcodes WORKDIR
set -euo pipefail
app=$1
work=$2
mkdir -p "$work"
# LeakSanitizer cannot run under ptrace; the leak checks are the other tests' job.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
fail() { echo "FAIL: $*" >&2; exit 1; }

# No network or TLS library, directly or through a dependency.
if readelf -d "$app" | grep NEEDED | grep -qi network; then
    fail "links a network module: $(readelf -d "$app" | grep NEEDED | grep -i network)"
fi
if ldd "$app" | grep -Ei 'Qt6Network|libssl|libcurl|libgnutls|libnghttp'; then
    fail "a network library is loaded with the app"
fi

# The terminal mode opens no socket at all.
strace -f -qq -e trace=socket,connect -o "$work/terminal.trace" "$app" 486 > /dev/null
if grep -E 'socket\(|connect\(' "$work/terminal.trace"; then
    fail "the terminal mode opened a socket"
fi

# The window opens only local sockets (the display, the C library's name-service cache).
# Stopped after 4 s; killed 3 s later if ptrace and the thread group's stop and continue leave the
# tracer waiting (seen once in a loaded CI run: a 60 s timeout, the trace ending in "stopped by
# SIGCONT").
QT_QPA_PLATFORM=offscreen timeout -k 3 -s TERM 4 \
    strace -f -q -e trace=socket -o "$work/window.trace" "$app" > /dev/null 2>&1 || true
# Still running when stopped (the stop signal reached it), so the window had come up and was idle.
grep -qE 'killed by SIGTERM|--- SIGTERM ' "$work/window.trace" \
    || fail "the window did not stay up: $(tail -3 "$work/window.trace")"
if grep 'socket(' "$work/window.trace" | grep -v 'socket(AF_UNIX'; then
    fail "the window opened a network socket"
fi
echo "offline check: no network library, no network socket"
