#!/usr/bin/env bash
# Profiles start-up of SIP Codes beside the bare window, as README.md here describes, and leaves
# the raw material in OUT_DIR:
#   phases.txt             median milliseconds from main() to each step (startup_phases), RUNS starts each
#   logging.*.txt          Qt's own timeline (QT_LOGGING_RULES qt.qpa.*, qt.text.font.db), stamped in ms
#   perf-stat.*.txt        perf stat's software counters (task-clock, page faults), RUNS starts each
#   callgrind.*.out/.txt   valgrind --tool=callgrind, instructions by function, inclusive
#   files.*.txt            the files each one opens or looks for (strace), with counts
# Every start gets an empty HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR and the C.UTF-8 locale, on an
# Xvfb of its own started as bench_startup starts one (not xvfb-run's: starts on that one were
# slower and far noisier here), after one warm-up start of each program. Tools that are missing
# (perf: linux-perf, valgrind, strace) are skipped with a note.
#   profile_startup.sh SIPCODES BARE_WINDOW STARTUP_PHASES OUT_DIR [RUNS]
set -uo pipefail

# fresh COMMAND...: runs COMMAND as a first start on a fresh account.
fresh() {
    local home
    home=$(mktemp -d "${TMPDIR:-/tmp}/profile_startup-XXXXXX")
    mkdir -p "$home/runtime"
    chmod 700 "$home/runtime"
    env -u LANGUAGE -u XDG_DATA_HOME -u XDG_CACHE_HOME -u XDG_STATE_HOME -u DBUS_SESSION_BUS_ADDRESS \
        HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/runtime" \
        LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb "$@"
    local status=$?
    rm -rf "$home"
    return $status
}

# "profile_startup.sh --fresh COMMAND...", for perf stat, which repeats one command.
if [ "${1:-}" = --fresh ]; then
    shift
    fresh "$@"
    exit $?
fi

if [ $# -lt 4 ]; then
    echo "usage: profile_startup.sh SIPCODES BARE_WINDOW STARTUP_PHASES OUT_DIR [RUNS]" >&2
    exit 2
fi
app=$1
bare=$2
phases=$3
out=$4
runs=${5:-15}
command -v Xvfb >/dev/null || { echo "profile_startup: Xvfb is missing (Debian package xvfb)" >&2; exit 2; }
mkdir -p "$out"

# Our own X server: it writes its display number once it accepts clients.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$out/display" 2>/dev/null &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null' EXIT
for _ in $(seq 1 100); do
    [ -s "$out/display" ] && break
    sleep 0.1
done
[ -s "$out/display" ] || { echo "profile_startup: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -n 1 "$out/display")"
SIPCODES_STARTUP_PROBE=quit fresh "$app" >/dev/null 2>&1
SIPCODES_STARTUP_PROBE=quit fresh "$bare" >/dev/null 2>&1

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/load.txt"

# 1. Phases, alternating; medians per phase.
: >"$out/phases.raw"
for run in $(seq 1 "$runs"); do
    fresh "$phases" | sed 's/^/sipcodes /' >>"$out/phases.raw"
    fresh "$phases" --bare | sed 's/^/bare /' >>"$out/phases.raw"
done
{
    echo "median ms from main() to the end of each step, $runs starts each"
    for who in sipcodes bare; do
        for phase in application icon catalog window show exposed first-frame; do
            values=$(awk -v w="$who" -v p="$phase" '$1 == w && $2 == p { print $3 }' "$out/phases.raw" | sort -g)
            [ -n "$values" ] || continue
            count=$(echo "$values" | wc -l)
            median=$(echo "$values" | sed -n "$(((count + 1) / 2))p")
            printf '%-9s %-12s %8.2f\n' "$who" "$phase" "$median"
        done
    done
} | tee "$out/phases.txt"

# 2. Qt's own timeline.
for who in app bare; do
    program=$app
    [ $who = bare ] && program=$bare
    SIPCODES_STARTUP_PROBE=quit QT_MESSAGE_PATTERN='%{time process} %{category}: %{message}' \
        QT_LOGGING_RULES='qt.qpa.*=true;qt.text.font.db=true;qt.qpa.input.devices=false;qt.qpa.events=false' \
        fresh "$program" >"$out/logging.$who.txt" 2>&1
done

# 3. perf stat: software counters only where the machine has no hardware ones (virtual machines).
if command -v perf >/dev/null; then
    for who in app bare; do
        program=$app
        [ $who = bare ] && program=$bare
        SIPCODES_STARTUP_PROBE=quit perf stat -r "$runs" -e task-clock,page-faults,context-switches,instructions \
            -o "$out/perf-stat.$who.txt" -- "$0" --fresh "$program" >/dev/null 2>&1
    done
else
    echo "perf not found (Debian package linux-perf): perf stat skipped" | tee -a "$out/load.txt"
fi

# 4. callgrind: instructions, deterministic, from exec to the first Expose (then the probe quits).
if command -v valgrind >/dev/null; then
    for who in app bare; do
        program=$app
        [ $who = bare ] && program=$bare
        SIPCODES_STARTUP_PROBE=quit fresh valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.$who.out" \
            "$program" >"$out/callgrind.$who.log" 2>&1
        callgrind_annotate --inclusive=yes --threshold=100 "$out/callgrind.$who.out" >"$out/callgrind.$who.txt" 2>/dev/null
    done
else
    echo "valgrind not found: callgrind skipped" | tee -a "$out/load.txt"
fi

# 5. Files opened or looked for.
if command -v strace >/dev/null; then
    for who in app bare; do
        program=$app
        [ $who = bare ] && program=$bare
        SIPCODES_STARTUP_PROBE=quit fresh strace -f -e trace=openat,statx,newfstatat,access,readlink \
            -o "$out/strace.$who.log" "$program" >/dev/null 2>&1
        grep -o '"[^"]*"' "$out/strace.$who.log" | sed 's#/profile_startup-[^/"]*#/HOME#' | sort | uniq -c \
            | sort -rn >"$out/files.$who.txt"
    done
else
    echo "strace not found: file lists skipped" | tee -a "$out/load.txt"
fi

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt"
