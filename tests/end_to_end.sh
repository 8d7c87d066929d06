#!/usr/bin/env bash
# Drives the built program on the X server in $DISPLAY as a person does: real key presses from
# xdotool (XTEST), the real clipboard read back with xclip, a screenshot of each step in WORK_DIR.
#   end_to_end.sh SIPCODES WORK_DIR
set -uo pipefail
app=$1
work=$2
[ -n "${DISPLAY:-}" ] || { echo "end_to_end: DISPLAY is not set (run under xvfb-run)" >&2; exit 2; }
for tool in xdotool xclip import; do
    command -v "$tool" >/dev/null || { echo "end_to_end: $tool is missing (packages xdotool, xclip, imagemagick)" >&2; exit 2; }
done
rm -rf "$work"
mkdir -p "$work/home/runtime"
chmod 700 "$work/home/runtime"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/home/runtime"

passed=0
failed=0
step=0
pid=""
window=""

check() { # check NAME CONDITION-RESULT DETAIL
    if [ "$2" -eq 0 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAILED: $1: $3"
    fi
}

shot() {
    step=$((step + 1))
    import -window root "$(printf '%s/%02d-%s.png' "$work" "$step" "$1")" 2>/dev/null
}

start() { # start [ENV=VALUE...]
    env "$@" "$app" >"$work/stdout.log" 2>>"$work/stderr.log" &
    pid=$!
    window=$(timeout 20 xdotool search --sync --onlyvisible --pid "$pid" --class sipcodes 2>/dev/null | head -n 1)
    [ -n "$window" ] || { echo "end_to_end: the window never mapped"; kill -9 "$pid"; exit 1; }
    xdotool windowfocus --sync "$window"
    sleep 0.5
}

stop() {
    xdotool key --clearmodifiers ctrl+q
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid"
        check "quit" 1 "Ctrl+Q did not end the app"
    fi
    wait "$pid" 2>/dev/null
}

keys() { xdotool key --clearmodifiers --delay 60 "$@"; sleep 0.3; }
typed() { xdotool type --delay 60 "$1"; sleep 0.3; }

# Waits for the clipboard's TARGET (text by default) to start with PREFIX; prints what it holds.
clipboard_starts() { # clipboard_starts NAME PREFIX [TARGET]
    local name=$1 prefix=$2 target=${3:-UTF8_STRING} text=""
    for _ in $(seq 1 30); do
        text=$(timeout 2 xclip -o -selection clipboard -t "$target" 2>/dev/null)
        [[ "$text" == "$prefix"* ]] && break
        sleep 0.1
    done
    [[ "$text" == "$prefix"* ]]
    check "$name" $? "expected the clipboard ($target) to start with \"$prefix\", found \"${text:0:120}\""
}

clipboard_has() { # clipboard_has NAME NEEDLE [TARGET]
    local text
    text=$(timeout 2 xclip -o -selection clipboard -t "${3:-UTF8_STRING}" 2>/dev/null)
    [[ "$text" == *"$2"* ]]
    check "$1" $? "expected \"$2\" in the clipboard (${3:-text}), found \"${text:0:160}\""
}

start LANGUAGE= LC_ALL=C.UTF-8
shot start

# Type, then copy in each format.
keys ctrl+f
typed busy
shot busy
keys ctrl+c
clipboard_starts "type then Ctrl+C" "SIP 486 Busy Here: "
clipboard_has "targets offer HTML" "text/html" TARGETS
clipboard_has "HTML ticket line" "<b>SIP 486 Busy Here</b>" text/html
keys ctrl+shift+c
clipboard_starts "Ctrl+Shift+C: Markdown" "- **SIP 486 Busy Here**: "
keys ctrl+alt+c
clipboard_starts "Ctrl+Alt+C: code and phrase" "486 Busy Here"
keys ctrl+shift+d
clipboard_starts "Ctrl+Shift+D: description" "SIP 486 Busy Here"

# Down into the results, then copy; arrow keys, then copy.
keys Down ctrl+c
clipboard_starts "Down then Ctrl+C" "SIP 486 Busy Here: "
clipboard_has "Down then Ctrl+C keeps HTML" "<b>SIP 486 Busy Here</b>" text/html
keys Down Down ctrl+c
clipboard_starts "arrows then Ctrl+C" "SIP 600 Busy Everywhere: "
shot arrows

# A line pasted from a trace.
printf '%s' '2026-11-22 10:31:07.512 <-- SIP/2.0 488 Not Acceptable Here' | xclip -i -selection clipboard
keys ctrl+f ctrl+v
shot trace-line
keys ctrl+c
clipboard_starts "pasted trace line then Ctrl+C" "SIP 488 Not Acceptable Here: "

# An unregistered code.
keys ctrl+f
typed 431
keys ctrl+c
clipboard_starts "unregistered code" "SIP 431 not registered, handled as 400 Bad Request: "

# Back and forward through the codes viewed.
keys Escape alt+Left
keys ctrl+c
clipboard_starts "Alt+Left" "SIP 488 Not Acceptable Here: "
keys alt+Right ctrl+c
clipboard_starts "Alt+Right" "SIP 431 not registered, handled as 400 Bad Request: "

# A Reason header pasted from a trace, and a PBX's cause name typed: each selects its cause.
printf '%s' 'Reason: Q.850;cause=16;text="Normal call clearing"' | xclip -i -selection clipboard
keys ctrl+f ctrl+v
shot reason-header
keys ctrl+c
clipboard_starts "pasted Reason header then Ctrl+C" "Q.850 cause 16 Normal call clearing: "
keys ctrl+f
typed USER_BUSY
keys ctrl+c
clipboard_starts "PBX cause name then Ctrl+C" "Q.850 cause 17 User busy: FreeSWITCH USER_BUSY, Asterisk AST_CAUSE_USER_BUSY"
keys Escape

# The language, switched through the Language menu with the keyboard only.
keys alt+l
shot language-menu
keys Down Return
sleep 0.5
keys ctrl+f
typed 486
shot zh_CN
keys ctrl+c
clipboard_starts "Chinese ticket line" "SIP 486 "
clipboard_has "Chinese ticket keeps the wire phrase" "Busy Here"
text=$(timeout 2 xclip -o -selection clipboard 2>/dev/null)
[[ "$text" == *$'\xe5\xbf\x99'* ]] # 忙
check "ticket line in Chinese after the switch" $? "found \"${text:0:120}\""
keys ctrl+f
typed busy
shot zh_CN-busy
stop

# A screen at scale 2: the first window still fits it.
rm -rf "$XDG_CONFIG_HOME"
start QT_SCALE_FACTOR=2 LANGUAGE= LC_ALL=C.UTF-8
shot scale-2
eval "$(xdotool getwindowgeometry --shell "$window")"
eval "$(xdotool getdisplaygeometry --shell | sed 's/^/SCREEN_/')"
[ "$WIDTH" -le "$SCREEN_WIDTH" ] && [ "$HEIGHT" -le "$SCREEN_HEIGHT" ]
check "first window fits a scale-2 screen" $? "${WIDTH}x${HEIGHT} on ${SCREEN_WIDTH}x${SCREEN_HEIGHT}"
stop

if [ -s "$work/stderr.log" ]; then
    check "no warnings" 1 "$(head -c 400 "$work/stderr.log")"
fi
echo "screenshots: $work"
echo "end_to_end: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
