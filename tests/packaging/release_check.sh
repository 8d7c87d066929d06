#!/usr/bin/env bash
# The places that name the current release agree with the project's version: the Debian
# changelog's top entry, the AppStream metainfo's newest release (with the same date), and the
# manual page's title line. A version bump then fails here until each has its new entry.
# usage: release_check.sh SOURCE_DIR VERSION
set -euo pipefail
. "$(dirname "$0")/common.sh"
source_dir=$1
version=$2
changelog=$source_dir/resources/debian/changelog
metainfo=$source_dir/resources/desktop/io.github.sipcodes.SipCodes.metainfo.xml.in
page=$source_dir/resources/man/sipcodes.1

command -v dpkg-parsechangelog > /dev/null || fail "dpkg-parsechangelog is missing (apt-get install dpkg-dev)"
changelog_version=$(dpkg-parsechangelog -l "$changelog" -S Version)
[ "$changelog_version" = "$version" ] \
    || fail "the top entry of $changelog is $changelog_version, the project is $version: add an entry"
changelog_date=$(date -u -d "@$(dpkg-parsechangelog -l "$changelog" -S Timestamp)" +%F)

release=$(grep -m1 -oE '<release [^>]*>' "$metainfo") || fail "no <release> in $metainfo"
release_version=$(sed -nE 's/.* version="([^"]*)".*/\1/p' <<< "$release")
release_date=$(sed -nE 's/.* date="([^"]*)".*/\1/p' <<< "$release")
[ "$release_version" = "$version" ] \
    || fail "the newest <release> in $metainfo is $release_version, the project is $version"
[ "$release_date" = "$changelog_date" ] \
    || fail "the newest <release> in $metainfo is dated $release_date, the changelog entry $changelog_date"

title=$(grep -m1 '^\.TH ' "$page") || fail "no .TH line in $page"
grep -qF "\"SIP Codes $version\"" <<< "$title" \
    || fail "the title line of $page names another version than $version: $title"
echo "release check: $version of $changelog_date in the changelog, the metainfo and the manual page"
