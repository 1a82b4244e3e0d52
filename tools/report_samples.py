"""Render page 1 of every report kind to PNG for review: ``make report-samples``.

    .venv/bin/python tools/report_samples.py [OUT_FOLDER]      (default docs/reports)

Builds a throw-away small demo vault (fictional data, floor key-derivation parameters) in
a temporary folder, renders each kind in English and the partner dossier in Arabic, and
turns page 1 of each into ``<kind>-<lang>.png`` with ``pdftoppm`` (poppler-utils). The PDFs
stay in memory; only the PNGs are written.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy import func, select

from fieldpartner.domain.demo import populate_demo
from fieldpartner.domain.models import Assessment, Partner, WorkshopParticipant
from fieldpartner.reports import render_report
from fieldpartner.vault import Vault
from fieldpartner.vault.keys import KdfParams

PASSPHRASE = "report samples only"
RESOLUTION = 80


def _sample_partners(vault: Vault) -> dict[str, tuple[str, str | None, str | None]]:
    """For each kind: (partner id, assessment id, workshop id) of a representative record."""
    picks: dict[str, tuple[str, str | None, str | None]] = {}
    with vault.session() as session:
        for kind, assessment_kind in (
            ("due-diligence", "due_diligence"),
            ("capacity", "capacity"),
            ("dialogue", "partnership_dialogue"),
        ):
            found = session.scalars(
                select(Assessment)
                .where(Assessment.assessment_kind == assessment_kind, Assessment.status != "draft")
                .order_by(Assessment.assessed_on.desc())
            ).first()
            if found is not None:
                picks[kind] = (found.partner_id, found.id, None)
        row = session.scalars(
            select(WorkshopParticipant).where(WorkshopParticipant.partner_id.is_not(None))
        ).first()
        if row is not None and row.partner_id:
            picks["workshop"] = (row.partner_id, None, row.workshop_id)
        busiest = session.execute(
            select(Assessment.partner_id, func.count())
            .group_by(Assessment.partner_id)
            .order_by(func.count().desc())
        ).first()
        if busiest is not None:
            picks["dossier"] = (busiest[0], None, None)
        arabic = [
            p
            for p in session.scalars(select(Partner))
            if any("\u0600" <= c <= "\u06ff" for c in p.name)
        ]
        counts = {
            pid: n
            for pid, n in session.execute(
                select(Assessment.partner_id, func.count()).group_by(Assessment.partner_id)
            )
        }
        if arabic:
            best = max(arabic, key=lambda p: counts.get(p.id, 0))
            picks["dossier-ar"] = (best.id, None, None)
    return picks


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/reports")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        vault, _recovery = Vault.create(
            Path(tmp) / "Samples.fpvault",
            PASSPHRASE,
            name="Samples",
            author="Report samples",
            kdf=KdfParams(salt=os.urandom(16)),
        )
        try:
            vault.set_setting("organisation_name", "Rights Partnership Fund (sample)")
            populate_demo(vault, "small")
            for name, (partner_id, assessment_id, workshop_id) in _sample_partners(vault).items():
                lang = "ar" if name.endswith("-ar") else "en"
                kind = name.removesuffix("-ar")
                data = render_report(
                    vault,
                    kind,
                    partner_id,
                    assessment_id=assessment_id,
                    workshop_id=workshop_id,
                    lang=lang,
                )
                target = out / f"{kind}-{lang}"
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        str(RESOLUTION),
                        "-f",
                        "1",
                        "-l",
                        "1",
                        "-singlefile",
                        "-",
                        str(target),
                    ],
                    input=data,
                    check=True,
                )
                print(f"{target}.png")
        finally:
            vault.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
