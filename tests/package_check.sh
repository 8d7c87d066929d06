#!/usr/bin/env bash
# Builds the .deb as README.md says, and checks it the way Debian would: lintian finds nothing at
# error or warning level, the control data is well formed, the package ships what a desktop and
# a terminal user expect (desktop entry, AppStream data, icons, manual page, completions, copyright
# and changelog) where Debian's tools look for them, and the installed binary runs.
# usage: package_check.sh BUILD_DIR WORKDIR VERSION
set -euo pipefail
build=$1
work=$2
version=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in lintian appstreamcli desktop-file-validate dpkg-parsechangelog man zsh fish; do
    command -v "$tool" > /dev/null || fail "$tool is missing (tools/dev test installs it)"
done
[ -f /usr/share/bash-completion/bash_completion ] || fail "bash-completion is missing (tools/dev test installs it)"
rm -rf "$work"
mkdir -p "$work/root"
cpack --config "$build/CPackConfig.cmake" -B "$work" > "$work/cpack.log" || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/*.deb)
root=$work/root

# Control data.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libqt6widgets6 libqt6gui6 libqt6core6 libc6; do
    grep -q "$library" <<< "$depends" || fail "Depends lacks $library"
done
for field in Maintainer Homepage Description; do
    [ -n "$(dpkg-deb -f "$deb" "$field")" ] || fail "the package has no $field"
done
# A CMake list in the description leaves ";" at the start of its lines, which apt shows.
! dpkg-deb -f "$deb" Description | grep -n '^ ;' || fail "the description has lines starting with ';'"

# lintian, the way Debian judges a package: nothing at error or warning level. Its information
# tags are shown, not fatal.
lintian_status=0
lintian --fail-on error,warning --display-info "$deb" > "$work/lintian.log" 2>&1 || lintian_status=$?
grep -v 'running with root privileges' "$work/lintian.log" || true
[ "$lintian_status" -eq 0 ] || fail "lintian reports errors or warnings (exit status $lintian_status)"
echo "lintian: no errors, no warnings"

# What the package installs.
dpkg-deb -x "$deb" "$root"
app_id=io.github.sipcodes.SipCodes
for file in usr/bin/sipcodes usr/share/applications/$app_id.desktop \
            usr/share/metainfo/$app_id.metainfo.xml usr/share/icons/hicolor/scalable/apps/$app_id.svg \
            usr/share/icons/hicolor/256x256/apps/$app_id.png usr/share/man/man1/sipcodes.1.gz \
            usr/share/doc/sipcodes/copyright usr/share/doc/sipcodes/changelog.gz \
            usr/share/bash-completion/completions/sipcodes usr/share/zsh/vendor-completions/_sipcodes \
            usr/share/fish/vendor_completions.d/sipcodes.fish; do
    [ -e "$root/$file" ] || fail "the package lacks /$file"
done
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
# AppStream: errors and warnings fail; pedantic remarks and information are shown.
appstream=$(appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$app_id.metainfo.xml" 2>&1) || true
echo "$appstream"
! grep -qE '^[EW]:' <<< "$appstream" || fail "appstreamcli reports errors or warnings"

# The changelog is the one of this version and maintainer.
gzip -dc "$root/usr/share/doc/sipcodes/changelog.gz" > "$work/changelog"
[ "$(dpkg-parsechangelog -l "$work/changelog" -S Version)" = "$(dpkg-deb -f "$deb" Version)" ] \
    || fail "the changelog's top entry is not the package's version"
[ "$(dpkg-parsechangelog -l "$work/changelog" -S Maintainer)" = "$(dpkg-deb -f "$deb" Maintainer)" ] \
    || fail "the changelog's top entry names another maintainer than the package"

# `man sipcodes` finds the page once installed.
MANPATH=$root/usr/share/man man -w sipcodes > /dev/null || fail "man does not find sipcodes(1) in the package"

# Each completion sits where its shell looks for the completions of packages: bash-completion's
# loader and fish search the data folders (XDG_DATA_DIRS), zsh its fpath.
# (bash-completion 2.11 of Debian 12 names its loader __load_completion, later ones _comp_load.)
XDG_DATA_DIRS=$root/usr/share bash -c '. /usr/share/bash-completion/bash_completion
    if declare -F _comp_load > /dev/null; then _comp_load sipcodes; else __load_completion sipcodes; fi
    complete -p sipcodes' > /dev/null \
    || fail "bash-completion does not load the packaged completion"
zsh -fc 'print -l -- $fpath' | grep -qx /usr/share/zsh/vendor-completions \
    || fail "/usr/share/zsh/vendor-completions is not in zsh's fpath"
fish_offers=$(PATH=$root/usr/bin:$PATH XDG_DATA_DIRS=$root/usr/share fish -c 'complete -C"sipcodes --form"')
[ "$(cut -f1 <<< "$fish_offers")" = "--format" ] || fail "fish does not load the packaged completion"

installed=$(env -u DISPLAY "$root/usr/bin/sipcodes" --version)
[ "$installed" = "sipcodes $version" ] || fail "installed binary says '$installed'"
echo "package check: $(basename "$deb") passes lintian, installs and runs ($installed)"
