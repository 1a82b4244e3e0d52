"""The radar's section names in a PDF: whole, inside the drawing, and never on each other."""

from __future__ import annotations

import json

import pytest
from reportlab.graphics.shapes import Group, String

from fieldpartner.domain.templates.resources import builtin_dir
from fieldpartner.reports.charts import radar_chart
from fieldpartner.reports.fonts import register_fonts


def _strings(node) -> list[String]:
    found = []
    for child in getattr(node, "contents", []):
        if isinstance(child, String) and child.text.strip():
            found.append(child)
        found.extend(_strings(child))
    return found


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("width", [300, 480])
@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_capacity_section_names_neither_overlap_nor_leave_the_drawing(lang, width):
    register_fonts()
    body = json.loads((builtin_dir() / "capacity.json").read_text(encoding="utf-8"))
    titles = [section["title"][lang] for section in body["sections"]]
    drawing = radar_chart(
        titles, [50.0] * len(titles), [40.0] * len(titles), lang=lang, width=width
    )
    chart, *rest = drawing.contents
    strings = _strings(Group(chart.draw(), *rest))
    boxes = [(s.text, s.getBounds()) for s in strings]
    clashes = [
        (first[0], second[0])
        for number, first in enumerate(boxes)
        for second in boxes[number + 1 :]
        if _overlap(first[1], second[1])
    ]
    assert clashes == []
    outside = [
        text
        for text, (x0, y0, x1, y1) in boxes
        if x0 < 0 or y0 < 0 or x1 > drawing.width or y1 > drawing.height
    ]
    assert outside == []
    # Every word of every name is drawn (nothing cut short with an ellipsis).
    if lang != "ar":  # Arabic lines are shaped, so their letters are other code points
        drawn = " ".join(s.text for s in strings).split()
        for title in titles:
            assert all(word in drawn for word in title.split()), title
