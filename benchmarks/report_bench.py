"""Report benchmark: the partner dossier of a partner with 20 assessments, against bare
reportlab producing a document of the same page count in the same run (DESIGN.md
"Performance": a ratio to a baseline measured in the same run).

    .venv/bin/python benchmarks/report_bench.py [--runs 5] [--lang en|ar]

Builds a throw-away vault (floor Argon2id parameters, fictional data): the small demo data
plus one partner with 20 answered assessments (capacity and partnership dialogue, drafts,
so their results are computed at render time, the slower path). Prints the median time of
the dossier, its pages per second, the same for the baseline, and the ratio.

The baseline is what reportlab costs with no FieldPartner code at all: the same number of
A4 pages of a heading, a 12-row table and a paragraph per page in Helvetica (no font
embedding, no bidi, no database).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table
from sqlalchemy import select

from fieldpartner.domain.assessments import create_assessment, set_answer
from fieldpartner.domain.demo import populate_demo
from fieldpartner.domain.models import Template
from fieldpartner.domain.partners import add_partner
from fieldpartner.domain.templates.document import TemplateDocument
from fieldpartner.reports import render_report
from fieldpartner.vault import Vault
from fieldpartner.vault.keys import KdfParams

PASSPHRASE = "report benchmark only"


def page_count(data: bytes) -> int:
    info = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True, check=True)
    for line in info.stdout.decode().splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise RuntimeError("pdfinfo gave no page count")


def make_partner(vault: Vault, assessments: int = 20) -> str:
    rng = random.Random(7)
    with vault.transaction() as session:
        partner = add_partner(
            session,
            name="Benchmark Centre for Human Rights",
            country="KE",
            mandate="Documentation and strategic litigation. " * 8,
        )
        templates = {
            t.template_key: t
            for t in session.scalars(select(Template))
            if t.template_key in ("fp.capacity", "fp.partnership-dialogue")
        }
        keys = sorted(templates)
        for index in range(assessments):
            template = templates[keys[index % len(keys)]]
            doc = TemplateDocument(template.body)
            assessment = create_assessment(
                session,
                partner,
                template,
                assessed_on=date(2024, 1, 1) + timedelta(days=30 * index),
                place="Nairobi",
                assessors=["Benchmark Assessor"],
            )
            for ref in doc.item_order:
                values = doc.answer_values(ref)
                if values:
                    set_answer(
                        session,
                        assessment,
                        ref.id,
                        rng.choice(values),
                        evidence_note="Seen during the visit.",
                    )
        return partner.id


def baseline(pages: int) -> bytes:
    styles = getSampleStyleSheet()
    story = []
    for page in range(pages):
        story.append(Paragraph(f"Section {page + 1}", styles["Heading1"]))
        story.append(Table([[f"Row {r}", "Score", f"{r / 3:.2f}", "Rating"] for r in range(12)]))
        story.append(
            Paragraph("Baseline paragraph text for the benchmark. " * 12, styles["BodyText"])
        )
        if page < pages - 1:
            story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def timed(work, runs: int) -> tuple[float, bytes]:  # type: ignore[no-untyped-def]
    times, data = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        data = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), data


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="en", choices=("en", "fr", "es", "ar"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(
            Path(tmp) / "Bench.fpvault",
            PASSPHRASE,
            name="Bench",
            author="Bench",
            kdf=KdfParams(salt=os.urandom(16)),
        )
        try:
            populate_demo(vault, "small")
            partner_id = make_partner(vault)
            render_report(vault, "dossier", partner_id, lang=args.lang)  # warm: fonts, caches
            dossier_s, data = timed(
                lambda: render_report(vault, "dossier", partner_id, lang=args.lang), args.runs
            )
        finally:
            vault.lock()
    pages = page_count(data)
    baseline(pages)
    base_s, base_data = timed(lambda: baseline(pages), args.runs)
    assert page_count(base_data) == pages, (page_count(base_data), pages)
    print(f"dossier ({args.lang}), 20 assessments: {pages} pages, {len(data) / 1024:.0f} KiB")
    print(f"  FieldPartner: {dossier_s * 1000:8.1f} ms  {pages / dossier_s:7.1f} pages/s")
    print(f"  bare reportlab: {base_s * 1000:6.1f} ms  {pages / base_s:7.1f} pages/s")
    print(f"  ratio: x{dossier_s / base_s:.1f} (median of {args.runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
