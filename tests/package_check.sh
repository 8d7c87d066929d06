#!/usr/bin/env bash
# Builds the .deb, checks what it declares and ships, unpacks it into a scratch root and runs the
# installed binary. usage: package_check.sh BUILD_DIR WORKDIR
set -euo pipefail
build=$1
work=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$work/root"
cpack --config "$build/CPackConfig.cmake" -B "$work" > "$work/cpack.log" || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libqt6widgets6 libqt6gui6 libqt6core6 libc6; do
    grep -q "$library" <<< "$depends" || fail "Depends lacks $library"
done
dpkg-deb -x "$deb" "$work/root"
app_id=io.github.sipcodes.SipCodes
for file in usr/bin/sipcodes usr/share/applications/$app_id.desktop \
            usr/share/metainfo/$app_id.metainfo.xml usr/share/icons/hicolor/scalable/apps/$app_id.svg \
            usr/share/icons/hicolor/256x256/apps/$app_id.png; do
    [ -e "$work/root/$file" ] || fail "the package lacks /$file"
done
desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/$app_id.metainfo.xml"
version=$(env -u DISPLAY "$work/root/usr/bin/sipcodes" --version)
[ "$version" = "sipcodes $3" ] || fail "installed binary says '$version'"
echo "package check: $(basename "$deb") installs and runs ($version)"
