#!/usr/bin/env bash
# Adds FieldPartner to the desktop's application menu for this user (no administrator rights):
# the desktop entry pointing at this folder's executable, and the icons.
# Run from the unpacked folder: ./install-desktop-entry.sh   (undo: --remove)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/fieldpartner.desktop"
  find "$data/icons/hicolor" -name 'fieldpartner.*' -delete 2>/dev/null || true
  exit 0
fi
mkdir -p "$data/applications"
cp -r "$here/share/icons" "$data/"
sed "s|^Exec=fieldpartner |Exec=\"$here/fieldpartner\" |" "$here/share/applications/fieldpartner.desktop" \
  >"$data/applications/fieldpartner.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "FieldPartner added to the application menu (runs $here/fieldpartner)"
