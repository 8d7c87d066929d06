#!/usr/bin/env bash
# Checks the manual page kept in the repository: it renders without a single warning (the way
# lintian runs man), its NAME line suits whatis, and its OPTIONS section names exactly the options
# that `sipcodes --help` lists, so that a new option cannot be added to one and not the other.
# usage: manpage_check.sh SIPCODES PAGE WORKDIR
set -euo pipefail
. "$(dirname "$0")/common.sh"
export SIPCODES=$1
page=$2
work=$3
rm -rf "$work"
mkdir -p "$work"
export SIPCODES_CONFIG_HOME=$work/config

command -v man > /dev/null || fail "man is missing (apt-get install man-db; tools/dev test does)"
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
           man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 > /dev/null) || fail "man cannot render $page"
[ -z "$warnings" ] || fail "man --warnings reports on $page:"$'\n'"$warnings"
whatis=$(lexgrog "$page") || fail "lexgrog finds no NAME line in $page"
echo "whatis: $whatis"

# The option names of the tags in the OPTIONS section: each line after a .TP, up to the next
# section or subsection (the Qt options have a subsection of their own, as --help-all has).
page_options() {
    awk '/^\.SH /{ in_options = ($0 ~ /^\.SH "?OPTIONS"?$/); next }
         /^\.SS /{ in_options = 0 }
         in_options && tag { print; tag = 0 }
         in_options && /^\.TP/{ tag = 1 }' "$page" \
        | sed 's/\\-/-/g' | grep -oE -- '(^|[[:space:]"])--?[[:alnum:]][[:alnum:]-]*' \
        | sed 's/^[[:space:]"]*//' | LC_ALL=C sort -u
}
help=$(help_options)
documented=$(page_options)
[ -n "$help" ] || fail "found no options in sipcodes --help"
if [ "$help" != "$documented" ]; then
    echo "Options in sipcodes --help but not in the manual page:" >&2
    comm -23 <(echo "$help") <(echo "$documented") >&2
    echo "Options in the manual page but not in sipcodes --help:" >&2
    comm -13 <(echo "$help") <(echo "$documented") >&2
    fail "the OPTIONS section of $page and sipcodes --help disagree"
fi
echo "manual page check: $(echo "$help" | wc -l) options, in step with --help; no warnings"
