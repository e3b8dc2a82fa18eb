#!/usr/bin/env bash
# Build HubDesk for this platform:
#   dist/hubdesk/                       the one-folder PyInstaller bundle (run dist/hubdesk/hubdesk)
#   dist/hubdesk_<version>_<arch>.deb   on Debian/Ubuntu: bundle in /opt/hubdesk, /usr/bin/hubdesk,
#                                       desktop entry, hicolor icon, .asice MIME type (opens the reviewer)
#   bash packaging/build.sh [--no-deb]
# Uses the project's virtualenv (.venv, made by packaging/dev.sh setup) or $PYTHON.
# Windows (Inno Setup) and macOS (.app) use the same spec: see README "Installers".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
deb=1
[ "${1:-}" = "--no-deb" ] && deb=0
py="${PYTHON:-$root/.venv/bin/python}"
if [ ! -x "$py" ]; then
  bash packaging/dev.sh setup
  py="$root/.venv/bin/python"
fi
"$py" -c "import PyInstaller" 2>/dev/null || "$py" -m pip install -q "pyinstaller>=6.5"
version="$(PYTHONPATH="$root" "$py" -c 'import hubdesk; print(hubdesk.__version__)')"
build="$root/build/bundle"
rm -rf "$build" dist/hubdesk
mkdir -p "$build" dist
echo "build: HubDesk $version"
QT_QPA_PLATFORM=offscreen "$py" packaging/make_icons.py "$build/icons" >/dev/null
HUBDESK_BUILD_DIR="$build" "$py" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath "$build/pyinstaller" packaging/hubdesk.spec
echo "build: dist/hubdesk/ ($(du -sh dist/hubdesk | cut -f1))"

if [ "$deb" = 0 ] || ! command -v dpkg-deb >/dev/null 2>&1; then
  exit 0
fi
arch="$(dpkg --print-architecture)"
tree="$build/deb"
mkdir -p "$tree/DEBIAN" "$tree/opt" "$tree/usr/bin" "$tree/usr/share/applications" \
  "$tree/usr/share/mime/packages" "$tree/usr/share/icons"
cp -a dist/hubdesk "$tree/opt/hubdesk"
ln -s /opt/hubdesk/hubdesk "$tree/usr/bin/hubdesk"
install -m 644 packaging/linux/hubdesk.desktop "$tree/usr/share/applications/hubdesk.desktop"
install -m 644 packaging/linux/hubdesk-mime.xml "$tree/usr/share/mime/packages/hubdesk.xml"
cp -a "$build/icons/hicolor" "$tree/usr/share/icons/hicolor"
size="$(du -sk "$tree" | cut -f1)"
cat >"$tree/DEBIAN/control" <<CONTROL
Package: hubdesk
Version: $version
Architecture: $arch
Maintainer: HubDesk developers <hubdesk@localhost>
Installed-Size: $size
Depends: libc6 (>= 2.34), libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-render-util0, libxcb-shape0, libxcb-xkb1
Section: misc
Priority: optional
Homepage: https://hubdesk.invalid
Description: Offline workbench for the Puglia "Hub di Innovazione Sociale" call
 Draft, validate and sign proposals as ASiC-E packages, and review signed
 packages (.asice opens in the reviewer view). Works without a network.
CONTROL
for script in postinst postrm; do
  cat >"$tree/DEBIAN/$script" <<'SCRIPT'
#!/bin/sh
set -e
command -v update-mime-database >/dev/null 2>&1 && update-mime-database /usr/share/mime || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
exit 0
SCRIPT
  chmod 755 "$tree/DEBIAN/$script"
done
out="dist/hubdesk_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$tree" "$out" >/dev/null
contents="$(dpkg-deb -c "$out")"
for entry in ./opt/hubdesk/hubdesk ./usr/bin/hubdesk ./usr/share/applications/hubdesk.desktop \
  ./usr/share/mime/packages/hubdesk.xml ./usr/share/icons/hicolor/48x48/apps/hubdesk.png \
  ./usr/share/icons/hicolor/scalable/apps/hubdesk.svg; do
  grep -q " $entry" <<<"$contents" || { echo "build: $entry missing from $out" >&2; exit 1; }
done
echo "build: $out ($(du -h "$out" | cut -f1))"
