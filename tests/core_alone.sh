#!/usr/bin/env bash
# The core and the models are Qt Core only: their test programs, which link nothing else, must
# not pull in Qt GUI or Qt Widgets. A dependency that crept in shows here, not at a user's.
#   core_alone.sh PROGRAM...
set -uo pipefail
status=0
for program in "$@"; do
    libraries=$(ldd "$program") || { echo "core_alone: cannot read $program" >&2; exit 2; }
    grep -q 'libQt6Core' <<<"$libraries" || { echo "core_alone: $program does not even link Qt Core?"; status=1; }
    if grep -E 'libQt6(Gui|Widgets)' <<<"$libraries"; then
        echo "core_alone: $(basename "$program") links Qt GUI or Qt Widgets"
        status=1
    else
        echo "core_alone: $(basename "$program") links Qt Core without Qt GUI"
    fi
done
exit $status
