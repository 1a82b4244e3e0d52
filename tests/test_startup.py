"""The start-up preparation the application runs before its first window."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import gc
from sqlalchemy import inspect
from fieldpartner.domain.models import Partner
from fieldpartner.startup import prepare_process

assert gc.get_freeze_count() == 0
prepare_process()
frozen = gc.get_freeze_count()
prepare_process()  # a second call changes nothing
print(frozen, gc.get_freeze_count(), inspect(Partner).configured)
"""


def test_prepare_process_configures_the_orm_and_freezes_start_up_objects_once():
    # In a process of its own: freezing is process-wide.
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True
    )
    frozen, again, configured = result.stdout.split()
    assert int(frozen) > 10_000  # the imports' modules, classes and functions
    assert again == frozen
    assert configured == "True"
