#!/usr/bin/env bash
# What a user does first, with installed executables (from the wheel or the PyInstaller build):
#   tools/smoke_run.sh CLI APP
# creates an HQ and a field vault, joins the field vault to the organisation, lists the
# built-in templates, adds a partner, exports a bundle, renders an Arabic report (checking
# that the Arabic font is embedded), then starts the application offscreen and quits it.
# Everything happens in a temporary folder; HOME and the XDG folders point into it.
set -euo pipefail
cli=$1
app=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
export FIELDPARTNER_PASSPHRASE="smoke test passphrase"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

step() { echo "smoke: $*"; }

step "fieldpartner-cli --version: $("$cli" --version)"
"$cli" vault create HQ.fpvault >/dev/null
"$cli" org create HQ.fpvault --name "Smoke Org" --profile-out org.profile \
  --identity-backup-out hq.identity >org.txt
fingerprint=$(sed -n 's/^fingerprint: //p' org.txt)
"$cli" vault create Field.fpvault >/dev/null
"$cli" org join Field.fpvault org.profile --fingerprint "$fingerprint" >join.txt
device=$(sed -n 's/^fingerprint: //p' join.txt)
templates=$("$cli" template list Field.fpvault)
echo "$templates" | grep -q "^fp.capacity " || { echo "smoke: no built-in templates" >&2; exit 1; }
step "$(echo "$templates" | tail -1) listed"
partner=$("$cli" partner add Field.fpvault --name "Smoke Partner" --country KE)
step "partner added: $partner"
"$cli" bundle export Field.fpvault -o field.fpbundle >/dev/null
"$cli" bundle import HQ.fpvault field.fpbundle --trust "$device" >/dev/null
step "bundle exported ($(stat -c %s field.fpbundle) bytes) and imported at HQ"
"$cli" report Field.fpvault --partner "Smoke Partner" --kind dossier --lang ar -o ar.pdf 2>/dev/null
fonts=$(pdffonts ar.pdf)
echo "$fonts" | grep -q "NotoNaskhArabic-Regular .* yes" || {
  echo "smoke: the Arabic report does not embed Noto Naskh Arabic" >&2
  exit 1
}
step "Arabic report rendered ($(stat -c %s ar.pdf) bytes, Noto Naskh Arabic embedded)"
"$app" --vault Field.fpvault --quit-after 2 2>app.err || {
  cat app.err >&2
  exit 1
}
if grep -q Traceback app.err; then cat app.err >&2; exit 1; fi
step "application started offscreen and quit cleanly"
