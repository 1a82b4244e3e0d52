#!/usr/bin/env bash
# Completes the Linux one-folder build: the desktop entry and the icons in share/ (the layout
# of a prefix, so `cp -r share ~/.local/` or a distribution package installs them), then
# prints the folder's size against its budget.
#   packaging/linux/finish.sh dist/fieldpartner build/icons
set -euo pipefail
folder=$1
icons=$2
here=$(cd "$(dirname "$0")" && pwd)
budget_mb=250

install -D -m 0644 "$here/fieldpartner.desktop" "$folder/share/applications/fieldpartner.desktop"
for png in "$icons"/fieldpartner-*.png; do
  size=$(basename "$png" .png); size=${size#fieldpartner-}
  install -D -m 0644 "$png" "$folder/share/icons/hicolor/${size}x${size}/apps/fieldpartner.png"
done
install -D -m 0644 "$here/../../resources/icons/fieldpartner.svg" \
  "$folder/share/icons/hicolor/scalable/apps/fieldpartner.svg"
install -m 0755 "$here/install-desktop-entry.sh" "$folder/install-desktop-entry.sh"

size_mb=$(du -sm "$folder" | cut -f1)
echo "package: $folder is ${size_mb} MB (budget ${budget_mb} MB), $(find "$folder" -type f | wc -l) files"
if [ "$size_mb" -gt "$budget_mb" ]; then
  echo "package: over the ${budget_mb} MB budget" >&2
  exit 1
fi
