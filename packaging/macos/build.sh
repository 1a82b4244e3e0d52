#!/usr/bin/env bash
# macOS build: FieldPartner.app (both executables in Contents/MacOS) in a signed, notarised
# and stapled .dmg. Run on macOS 12 or later with Python 3.11 from python.org (universal2)
# and the Xcode command line tools:
#   packaging/macos/build.sh                       # unsigned test build
#   SIGN_IDENTITY="Developer ID Application: NAME (TEAMID)" NOTARY_PROFILE=fieldpartner \
#     packaging/macos/build.sh                     # release: signed, notarised, stapled
# NOTARY_PROFILE is a keychain profile made once with
#   xcrun notarytool store-credentials fieldpartner --apple-id ID --team-id TEAMID
# (an app-specific password, or an App Store Connect API key with --key/--key-id/--issuer).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PYTHONHASHSEED=0 SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/fieldpartner/__init__.py)
venv=build/mac-venv

# 1. A build environment from the lock file (hashes checked; re-run pip-compile on macOS into
#    requirements/package-macos.lock where a package has platform markers), then the wheel.
python3.11 -m venv "$venv"
"$venv/bin/python" -m pip install --upgrade pip
"$venv/bin/python" -m pip install --require-hashes -r requirements/package.lock
for ts in translations/*.ts; do "$venv/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"; done
"$venv/bin/python" -m pip wheel --no-deps --no-build-isolation --wheel-dir dist .
"$venv/bin/python" -m pip install --no-deps "dist/fieldpartner-$version-py3-none-any.whl"
QT_QPA_PLATFORM=offscreen "$venv/bin/python" packaging/icons.py resources/icons/fieldpartner.svg build/icons

# 2. The .app (the spec's BUNDLE step on macOS).
"$venv/bin/pyinstaller" --noconfirm --distpath dist --workpath build/pyinstaller packaging/fieldpartner.spec
app=dist/FieldPartner.app
"$app/Contents/MacOS/fieldpartner-cli" --version

# 3. Signing, inside out: every library and executable with the hardened runtime and a secure
#    timestamp, then the bundle. (--deep is not used: it signs in an unspecified order and
#    applies the entitlements to everything.)
if [ -n "${SIGN_IDENTITY:-}" ]; then
  sign() {
    codesign --force --timestamp --options runtime \
      --entitlements packaging/macos/entitlements.plist --sign "$SIGN_IDENTITY" "$@"
  }
  export -f sign
  export SIGN_IDENTITY
  find "$app/Contents" -type f \( -name '*.so' -o -name '*.dylib' \) -print0 | xargs -0 -n 20 bash -c 'sign "$@"' _
  find "$app/Contents/Frameworks" -type d -name '*.framework' -prune -print0 2>/dev/null |
    xargs -0 -n 1 bash -c 'sign "$@"' _ || true
  sign "$app/Contents/MacOS/fieldpartner-cli" "$app/Contents/MacOS/fieldpartner"
  sign "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
fi

# 4. The disk image: the app and a link to /Applications.
staging=build/dmg
rm -rf "$staging" && mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="dist/FieldPartner-$version.dmg"
rm -f "$dmg"
hdiutil create -volname FieldPartner -srcfolder "$staging" -fs HFS+ -format UDZO "$dmg"

# 5. Notarisation and stapling: Apple checks the signed image; the ticket is stapled to it so
#    Gatekeeper accepts it offline (the field often has no network).
if [ -n "${SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$SIGN_IDENTITY" "$dmg"
  xcrun notarytool submit "$dmg" --keychain-profile "${NOTARY_PROFILE:?set NOTARY_PROFILE}" --wait
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose "$dmg"
fi
shasum -a 256 "$dmg"
