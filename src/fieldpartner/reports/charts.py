"""The capacity radar: section scores on a spider chart, labels shaped for Arabic."""

from __future__ import annotations

import textwrap

from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from fieldpartner.reports.fonts import font_for
from fieldpartner.reports.text import has_rtl, is_rtl_language, rtl_base, visual_line

CURRENT = colors.HexColor("#1a73e8")
PREVIOUS = colors.HexColor("#9aa0a6")


def radar_chart(
    labels: list[str],
    current: list[float],
    previous: list[float] | None,
    *,
    lang: str,
    width: float = 300,
    height: float = 230,
) -> Drawing:
    """A spider chart of percentages (0-100); the previous assessment drawn behind."""
    drawing = Drawing(width, height)
    drawing.initialFontName = font_for(False)  # not reportlab's unembedded Times-Roman
    chart = SpiderChart()
    side = min(width - 200, height - 70)
    chart.x, chart.y = (width - side) / 2, (height - side) / 2
    chart.width = chart.height = side
    chart.spokes.labelRadius = 1.16
    series = [previous, current] if previous else [current]
    # Mirrored for right-to-left readers: the first section at the top, then leftwards.
    chart.direction = "anticlockwise" if is_rtl_language(lang) else "clockwise"
    chart.data = [[max(v, 0.5) for v in values] for values in series]
    chart.labels = [_label(label, lang) for label in labels]
    arabic = any(has_rtl(label) for label in labels)
    # ``labels`` are drawn as the spoke labels; one font per chart, so an Arabic report's
    # labels are all set in Noto Naskh Arabic.
    chart.spokeLabels.fontName = font_for(arabic)
    chart.spokeLabels.fontSize = 7.5
    chart.strandLabels.fontName = font_for(False)
    chart.fillColor = None
    for index in range(len(series)):
        colour = PREVIOUS if previous and index == 0 else CURRENT
        chart.strands[index].strokeColor = colour
        chart.strands[index].fillColor = colors.Color(colour.red, colour.green, colour.blue, 0.15)
        chart.strands[index].strokeWidth = 1.2
    chart.spokes.strokeColor = colors.HexColor("#dadce0")
    drawing.add(chart)
    return drawing


def _label(label: str, lang: str, width: int = 22) -> str:
    """A strand label on up to a few short lines, broken in logical order first and then
    shaped line by line (Arabic joins and reorders within each line)."""
    lines = textwrap.wrap(label, width) or [""]
    if has_rtl(label):
        lines = [visual_line(line, rtl_base(line, lang)) for line in lines]
    return "\n".join(lines)
