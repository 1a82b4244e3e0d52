#!/usr/bin/env bash
# The wheel as a user installs it: a fresh environment outside the checkout, the locked
# dependencies (hashes checked), the wheel without dependencies; then tools/smoke_run.sh with
# the installed executables. Fails if anything is read from the checkout instead of the wheel.
#   tools/wheel_smoke.sh dist/fieldpartner-VERSION-py3-none-any.whl
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
wheel=$(realpath "$1")
python=${PYTHON:-python3}
venv=$(mktemp -d)
trap 'rm -rf "$venv"' EXIT
echo "wheel smoke: $(basename "$wheel") in a fresh environment at $venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --require-hashes -r "$root/requirements/runtime.lock"
"$venv/bin/python" -m pip install --quiet --no-deps "$wheel"
# Run from the environment's folder: the checkout is not on sys.path.
(cd "$venv" && "$venv/bin/python" - <<'PY'
import importlib.resources, sys
from pathlib import Path
import fieldpartner
from fieldpartner.resources import icon_path, resources_root, translation_file
prefix = Path(sys.prefix).resolve()
for path in (Path(fieldpartner.__file__), resources_root(), icon_path(), translation_file("ar")):
    assert prefix in path.resolve().parents, f"{path} is not inside the installed wheel"
print("wheel smoke: resources and catalogues read from", resources_root().parent)
PY
)
"$root/tools/smoke_run.sh" "$venv/bin/fieldpartner-cli" "$venv/bin/fieldpartner"
echo "wheel smoke: passed"
