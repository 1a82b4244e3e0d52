"""The partner dossier as its reader sees it: contents whose page numbers are right, then
the profile and summary, the full report of every assessment and every workshop, each
from a new page; in Arabic too; with progress and a cancel that stops within a page."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from report_helpers import PASSPHRASE, busy_partner, normalise, pdf_fonts, pdf_text

from fieldpartner.domain.assessments import assessments_of, results_of, template_of
from fieldpartner.domain.models import AssessmentKind, Partner
from fieldpartner.domain.templates.document import TemplateDocument, text_of
from fieldpartner.domain.workshops import workshops_of_partner
from fieldpartner.reports import ReportCancelled, render_report
from fieldpartner.vault import Vault

REPORT_TITLES = {
    "due_diligence": "Due-diligence report",
    "capacity": "Capacity assessment report",
    "two_way": "Capacity assessment report",
    "partnership_dialogue": "Partnership dialogue report",
    "workshop_review": "Partnership dialogue report",
}
_CONTENTS_LINE = re.compile(r"^\s*(\S.*?)\s{2,}(\d+)\s*$")


@pytest.fixture(scope="module")
def busy(
    _template_vault: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Vault, str]]:
    """A vault with one partner with 20 assessments (every built-in template) and two
    workshops; tests only read it."""
    target = tmp_path_factory.mktemp("dossier") / "Busy.fpvault"
    shutil.copytree(_template_vault[0], target)
    vault = Vault.unlock(target, PASSPHRASE)
    partner_id = busy_partner(vault)
    yield vault, partner_id
    vault.lock()


@pytest.fixture(scope="module")
def dossier_pdf(busy: tuple[Vault, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    vault, partner_id = busy
    pdf = tmp_path_factory.mktemp("dossier-pdf") / "dossier.pdf"
    pdf.write_bytes(render_report(vault, "dossier", partner_id))
    return pdf


def _pages(pdf: Path, first: int, last: int | None = None, *, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8", "-f", str(first), "-l", str(last or first)]
    if layout:
        args.append("-layout")
    return subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]


def _contents(pdf: Path) -> list[tuple[str, int]]:
    """The contents lines on page 1: (entry, page)."""
    lines = _pages(pdf, 1, layout=True).splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "Contents")
    found = []
    for line in lines[start + 1 :]:
        match = _CONTENTS_LINE.match(line)
        if match:
            found.append((re.sub(r"\s+", " ", match.group(1)), int(match.group(2))))
    return found


def _no_spaces_or_punctuation(text: str) -> str:
    return re.sub(r"[\s:,\u060c\u061f?]", "", text)


def _expected(vault: Vault, partner_id: str) -> dict[str, Any]:
    """What the dossier must show, read from the vault without the report code."""
    with vault.session() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None
        order = [k.value for k in AssessmentKind]
        assessments = sorted(
            reversed(assessments_of(session, partner)),
            key=lambda a: order.index(a.assessment_kind),
        )
        parts = []
        for a in assessments:
            doc = TemplateDocument(template_of(session, a).body)
            results = results_of(session, a)
            entry = f"{doc.title('en')}, {a.assessed_on.isoformat()}"
            if a.status == "draft":
                entry += ", Draft"
            parts.append(
                {
                    "entry": entry,
                    "kind": a.assessment_kind,
                    "title": REPORT_TITLES[a.assessment_kind],
                    "sections": [
                        text_of(doc.sections[s.id].section["title"])
                        for s in results.sections
                        if s.score is not None and s.method != "none"
                    ],
                    "scores": [
                        f"{round(s.score or 0.0, 2):g}"
                        for s in results.sections
                        if s.score is not None and s.method != "none"
                    ],
                }
            )
        for w in workshops_of_partner(session, partner):
            parts.append(
                {
                    "entry": f"Workshop: {w.title}, {w.start_date.isoformat()}",
                    "kind": "workshop",
                    "title": "Workshop report",
                    "sections": [w.title, "Participants", "Follow-up plan"],
                    "scores": [],
                }
            )
        return {"parts": parts, "assessments": len(assessments)}


def test_contents_lists_every_part_at_the_page_it_starts_on(
    busy: tuple[Vault, str], dossier_pdf: Path
) -> None:
    expected = _expected(*busy)
    contents = _contents(dossier_pdf)
    assert [entry for entry, _ in contents] == ["Profile and summary"] + [
        p["entry"] for p in expected["parts"]
    ]
    pages = [page for _, page in contents]
    assert pages == sorted(set(pages)), "each part starts on a later page than the one before"
    assert pages[0] == 2  # the title and contents fill page 1
    assert _page_count(dossier_pdf) >= 40
    for (entry, page), following in zip(contents, [*pages[1:], None], strict=True):
        # The part's title and, under it, its contents line (without "Workshop: ": the
        # title says so) open the page, and not the page before, the previous part's.
        line = normalise(entry.removeprefix("Workshop: "))
        assert line in normalise(_pages(dossier_pdf, page)), (entry, page)
        assert page == 2 or line not in normalise(_pages(dossier_pdf, page - 1)), (entry, page)
        if following is not None:
            assert following > page


def test_every_assessment_and_workshop_has_its_full_report(
    busy: tuple[Vault, str], dossier_pdf: Path
) -> None:
    expected = _expected(*busy)
    assert expected["assessments"] == 20
    contents = dict(_contents(dossier_pdf))
    last_page = _page_count(dossier_pdf)
    starts = sorted(contents.values())
    for part in expected["parts"]:
        first = contents[part["entry"]]
        later = [p for p in starts if p > first]
        text = normalise(_pages(dossier_pdf, first, (later[0] - 1) if later else last_page))
        assert text.count(part["title"]) >= 1, part["entry"]
        for section, score in zip(part["sections"], part["scores"], strict=False):
            assert normalise(section) in text, (part["entry"], section)
            assert score in text, (part["entry"], section, score)
        for section in part["sections"][len(part["scores"]) :]:
            assert normalise(section) in text, (part["entry"], section)


def test_profile_and_summary_come_first(busy: tuple[Vault, str], dossier_pdf: Path) -> None:
    first_assessment = _contents(dossier_pdf)[1][1]
    text = normalise(_pages(dossier_pdf, 1, first_assessment - 1))
    for heading in (
        "Partner dossier",
        "Benchmark Centre for Human Rights (BCHR)",
        "Includes every assessment (drafts marked as such) and every workshop.",
        "Profile and summary",
        "Assessments",
        "Latest assessments",
        "Open actions",
    ):
        assert heading in text


def test_pdf_outline_matches_the_contents(dossier_pdf: Path) -> None:
    with pikepdf.open(dossier_pdf) as pdf, pdf.open_outline() as outline:
        page_of = {page.objgen: number for number, page in enumerate(pdf.pages, start=1)}
        # Each entry goes to [page, /Fit]: the title, and the page it opens.
        found = [(item.title, page_of[item.destination[0].objgen]) for item in outline.root]
    assert found == _contents(dossier_pdf)


def test_latest_only_keeps_one_full_report_per_kind_and_the_summary_of_all(
    busy: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, partner_id = busy
    pdf = tmp_path / "latest.pdf"
    pdf.write_bytes(render_report(vault, "dossier", partner_id, latest_only=True))
    entries = [entry for entry, _ in _contents(pdf)]
    # The profile, the latest of each of the five kinds, the latest workshop.
    assert len(entries) == 7
    assert entries[-1].startswith("Workshop: Safeguarding workshop 2")
    newest_of_kind: dict[str, str] = {}
    for part in _expected(vault, partner_id)["parts"]:  # newest first within each kind
        newest_of_kind.setdefault(part["kind"], part["entry"])
    assert entries[1:] == list(newest_of_kind.values())
    summary = normalise(_pages(pdf, 2, _contents(pdf)[1][1] - 1))
    assert summary.count("2024-") + summary.count("2025-") >= 20  # every assessment listed
    assert "Includes the latest assessment of each kind and the latest workshop." in normalise(
        _pages(pdf, 1)
    )


def test_arabic_dossier_is_shaped_and_every_font_embedded(
    busy: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, partner_id = busy
    data = render_report(vault, "dossier", partner_id, lang="ar")
    text = pdf_text(data, tmp_path)
    for label in (
        "\u0645\u0644\u0641 \u0627\u0644\u0634\u0631\u064a\u0643",  # partner dossier
        "\u0627\u0644\u0645\u062d\u062a\u0648\u064a\u0627\u062a",  # contents
        # profile and summary
        "\u0627\u0644\u0645\u0644\u0641 \u0627\u0644\u062a\u0639\u0631\u064a\u0641\u064a "
        "\u0648\u0627\u0644\u0645\u0644\u062e\u0635",
        "\u0645\u0633\u0648\u062f\u0629",  # draft
    ):
        assert normalise(label) in text, label
    with vault.session() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None
        titles = {
            TemplateDocument(template_of(session, a).body).title("ar")
            for a in assessments_of(session, partner)
        }
    assert len(titles) == 5
    # pdftotext rebuilds logical order from glyph positions but misplaces the spaces next
    # to neutral punctuation (":" and the Arabic comma), so compare without either.
    loose = _no_spaces_or_punctuation(text)
    for title in titles:
        assert _no_spaces_or_punctuation(normalise(title)) in loose, title
    fonts = pdf_fonts(data, tmp_path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts
    assert "NotoNaskhArabic" in " ".join(row[0] for row in fonts)


def test_every_font_of_the_english_dossier_is_embedded(dossier_pdf: Path, tmp_path: Path) -> None:
    fonts = pdf_fonts(dossier_pdf.read_bytes(), tmp_path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts


def test_progress_counts_parts_and_cancel_is_asked_after_every_page(
    busy: tuple[Vault, str], dossier_pdf: Path
) -> None:
    vault, partner_id = busy
    parts = len(_contents(dossier_pdf))
    pages = _page_count(dossier_pdf)
    seen: list[tuple[int, int]] = []
    asked = [0]

    def cancel() -> bool:
        asked[0] += 1
        return False

    render_report(
        vault, "dossier", partner_id, progress=lambda d, t: seen.append((d, t)), cancel=cancel
    )
    # Built, then laid out twice (the contents' page numbers), then finished.
    assert seen[-1] == (3 * parts + 1, 3 * parts + 1)
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert len(set(done)) == 3 * parts + 2  # 0, one step per part and pass, the end
    assert asked[0] >= 2 * pages  # after every page of both passes


def test_cancel_during_layout_stops_the_dossier(busy: tuple[Vault, str]) -> None:
    vault, partner_id = busy
    progress: list[int] = []
    pages_after_cancel = [0]

    def cancel() -> bool:
        if progress and progress[-1] >= 25:  # the parts are built: laying out pass 1
            pages_after_cancel[0] += 1
            return True
        return False

    with pytest.raises(ReportCancelled):
        render_report(
            vault,
            "dossier",
            partner_id,
            progress=lambda d, t: progress.append(d),
            cancel=cancel,
        )
    assert pages_after_cancel[0] == 1  # stopped at the first question after it
