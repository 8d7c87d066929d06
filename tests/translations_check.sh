#!/usr/bin/env bash
# Every interface translation is complete: no unfinished, obsolete or vanished entry, and no
# numerus entry with an empty form. usage: translations_check.sh TRANSLATIONS_DIR
set -euo pipefail
status=0
for ts in "$1"/sipcodes_*.ts; do
    messages=$(grep -c '<message' "$ts")
    bad=$(grep -cE 'type="(unfinished|obsolete|vanished)"|<numerusform></numerusform>|<translation></translation>' "$ts" || true)
    echo "$(basename "$ts"): $messages messages, $bad incomplete"
    [ "$bad" -eq 0 ] || status=1
done
exit $status
