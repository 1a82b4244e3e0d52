"""Work done once when the application starts, before any window is shown.

Two costs would otherwise fall on the interface thread at the worst moment, the first
time the main window reads the vault:

- SQLAlchemy configures its mappers on the first ORM query (about 100 ms for our models);
- Python's cycle collector walks every container alive, and after the imports that is
  several hundred thousand objects (modules, classes, mappers): a full collection
  triggered by a background read then held the GIL for 50-80 ms.

``prepare_process`` configures the mappers, collects, and freezes what is alive then
(``gc.freeze``: moved to a generation the collector never walks). Only objects that live
as long as the process are alive at that point (nothing has been read from a vault yet),
so freezing keeps no garbage and no record data. Idempotent.
"""

from __future__ import annotations

import gc

_prepared = False


def prepare_process() -> None:
    """Configure the ORM and take start-up objects out of the collector's walk (once)."""
    global _prepared
    if _prepared:
        return
    _prepared = True
    from sqlalchemy.orm import configure_mappers

    import fieldpartner.domain.models  # noqa: F401 (every mapper must be declared first)

    configure_mappers()
    gc.collect()
    gc.freeze()
