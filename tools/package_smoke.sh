#!/usr/bin/env bash
# The PyInstaller build as a user gets it: tools/smoke_run.sh with the built executables (no
# Python environment on PATH), then portable mode: with .portable beside the executable, a
# run writes nothing under HOME.
#   tools/package_smoke.sh dist/fieldpartner
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
folder=$(realpath "$1")
PATH=/usr/bin:/bin "$root/tools/smoke_run.sh" "$folder/fieldpartner-cli" "$folder/fieldpartner"

work=$(mktemp -d)
trap 'rm -rf "$work" "$folder/.portable" "$folder/FieldPartner-data"' EXIT
touch "$folder/.portable"
HOME="$work" XDG_CONFIG_HOME="$work/.config" XDG_DATA_HOME="$work/.local/share" \
  XDG_CACHE_HOME="$work/.cache" QT_QPA_PLATFORM=offscreen \
  "$folder/fieldpartner" --vault "$work/None.fpvault" --quit-after 2 2>/dev/null
written=$(find "$work" -type f | head -5)
if [ -n "$written" ]; then
  echo "package smoke: portable mode wrote to HOME: $written" >&2
  exit 1
fi
[ -d "$folder/FieldPartner-data/settings" ] || { echo "package smoke: no portable data folder" >&2; exit 1; }
echo "package smoke: portable run wrote nothing to HOME; its data folder is beside the executable"
echo "package smoke: passed"
