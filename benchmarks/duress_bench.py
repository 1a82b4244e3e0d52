"""Unlocking with the duress passphrase against unlocking with the real one: median of five
fresh copies each, and their ratio (docs/threat-model.md asks for them within 10 %).

    PYTHONPATH=src python benchmarks/duress_bench.py [--calibrated]
"""

import os
import shutil
import statistics as st
import sys
import tempfile
import time
from pathlib import Path

from fieldpartner.vault import Vault
from fieldpartner.vault.keys import KdfParams, calibrate
from fieldpartner.vault.security import enable_duress

tmp = Path(tempfile.mkdtemp())
kdf = calibrate() if "--calibrated" in sys.argv else KdfParams(salt=os.urandom(16))
base = tmp / "Base.fpvault"
v, _ = Vault.create(base, "correct horse battery staple", kdf=kdf)
enable_duress(v, "lemon tree by the old station")
v.lock()
print("kdf memory MiB", kdf.memory_kib // 1024)
real, duress = [], []
for i in range(5):
    for label, pw, acc in (
        ("real", "correct horse battery staple", real),
        ("duress", "lemon tree by the old station", duress),
    ):
        target = tmp / f"{label}{i}.fpvault"
        shutil.copytree(base, target)
        t = time.perf_counter()
        Vault.unlock(target, pw).lock()
        acc.append(time.perf_counter() - t)
r, d = st.median(real), st.median(duress)
print(f"median real {r:.3f} s, duress {d:.3f} s, ratio {d / r:.3f}")
shutil.rmtree(tmp)
