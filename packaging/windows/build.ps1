# Windows build: the wheel, the one-folder PyInstaller build, signed executables, a per-user
# Inno Setup installer, signed. Run in PowerShell from the repository, with Python 3.11 (x64),
# Inno Setup 6 (iscc.exe) and the Windows SDK (signtool.exe) on PATH:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-CertificateThumbprint SHA1]
# Without a thumbprint nothing is signed (a test build; SmartScreen will warn).
param([string]$CertificateThumbprint = "", [string]$TimestampUrl = "http://timestamp.digicert.com")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$env:PYTHONHASHSEED = "0"
$env:SOURCE_DATE_EPOCH = (git log -1 --format=%ct)
$version = (Select-String -Path src\fieldpartner\__init__.py -Pattern '__version__ = "(.*)"').Matches[0].Groups[1].Value

# 1. A build environment from the lock file (hashes checked), then the wheel.
#    The lock is resolved on Linux; where a package has platform markers, re-run
#    `pip-compile` on Windows into requirements\package-windows.lock and use that.
py -3.11 -m venv build\win-venv
build\win-venv\Scripts\python -m pip install --upgrade pip
build\win-venv\Scripts\python -m pip install --require-hashes -r requirements\package.lock
Get-ChildItem translations\*.ts | ForEach-Object {
  build\win-venv\Scripts\pyside6-lrelease -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
}
build\win-venv\Scripts\python -m pip wheel --no-deps --no-build-isolation --wheel-dir dist .
build\win-venv\Scripts\python -m pip install --no-deps "dist\fieldpartner-$version-py3-none-any.whl"
build\win-venv\Scripts\python packaging\icons.py resources\icons\fieldpartner.svg build\icons

# 2. The one-folder build: dist\fieldpartner\fieldpartner.exe and fieldpartner-cli.exe.
build\win-venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\fieldpartner.spec
dist\fieldpartner\fieldpartner-cli.exe --version

function Sign($path) {
  if ($CertificateThumbprint) {
    # Authenticode with SHA-256 and an RFC 3161 timestamp, so the signature outlives the
    # certificate. The certificate (an OV or EV code-signing certificate, ideally on a
    # hardware token) is chosen by its SHA-1 thumbprint in the user's certificate store.
    signtool sign /sha1 $CertificateThumbprint /fd SHA256 /tr $TimestampUrl /td SHA256 /d "FieldPartner" $path
    signtool verify /pa /v $path
  }
}
Sign dist\fieldpartner\fieldpartner.exe
Sign dist\fieldpartner\fieldpartner-cli.exe

# 3. The per-user installer (no administrator rights), then its signature.
iscc /DVersion=$version /DSourceDir=..\..\dist\fieldpartner packaging\windows\fieldpartner.iss
Sign "dist\FieldPartner-$version-setup.exe"
Get-FileHash "dist\FieldPartner-$version-setup.exe" -Algorithm SHA256
