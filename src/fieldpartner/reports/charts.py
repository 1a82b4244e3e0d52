"""The capacity radar: section scores on a spider chart, labels shaped for Arabic."""

from __future__ import annotations

import math

from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

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
    series = [previous, current] if previous else [current]
    # Mirrored for right-to-left readers: the first section at the top, then leftwards.
    chart.direction = "anticlockwise" if is_rtl_language(lang) else "clockwise"
    chart.data = [[max(v, 0.5) for v in values] for values in series]
    # The spider chart centres every label on its spoke's end, so long neighbouring
    # labels ran into each other; they are drawn below, each away from the circle.
    chart.labels = [""] * len(labels)
    chart.strandLabels.fontName = font_for(False)
    chart.fillColor = None
    for index in range(len(series)):
        colour = PREVIOUS if previous and index == 0 else CURRENT
        chart.strands[index].strokeColor = colour
        chart.strands[index].fillColor = colors.Color(colour.red, colour.green, colour.blue, 0.15)
        chart.strands[index].strokeWidth = 1.2
    chart.spokes.strokeColor = colors.HexColor("#dadce0")
    drawing.add(chart)
    for string in _spoke_labels(labels, chart, lang, width):
        drawing.add(string)
    return drawing


LABEL_SIZE = 7.5
LABEL_GAP = 6  # points between the end of a spoke and its label


def _spoke_labels(labels: list[str], chart: SpiderChart, lang: str, width: float) -> list[String]:
    """Each label beside the end of its spoke, on the side away from the circle: to the
    right of spokes pointing right, to the left of those pointing left, above the top and
    below the bottom. Lines are broken to the room there, measured in the font used."""
    count = len(labels)
    if count == 0:
        return []
    # One font per chart, so an Arabic report's labels are all set in Noto Naskh Arabic.
    font = font_for(any(has_rtl(label) for label in labels))
    leading = LABEL_SIZE * 1.2
    radius = chart.width / 2
    centre_x, centre_y = chart.x + radius, chart.y + radius
    turn = 1 if chart.direction == "anticlockwise" else -1
    # Above the top and below the bottom a label may use the width between its neighbours.
    between = 2 * (radius + LABEL_GAP) * math.sin(math.pi / count) if count > 2 else width
    strings = []
    for index, label in enumerate(labels):
        angle = math.radians(90 + turn * index * 360 / count)
        dx, dy = math.cos(angle), math.sin(angle)
        x = centre_x + (radius + LABEL_GAP) * dx
        y = centre_y + (radius + LABEL_GAP) * dy
        if abs(dx) < 0.2:
            anchor, room = "middle", min(between, 2 * min(x, width - x))
        elif dx > 0:
            anchor, room = "start", width - x - 2
        else:
            anchor, room = "end", x - 2
        lines = _wrap(label, room, font)
        block = len(lines) * leading
        if dy > 0.2:  # upper half: the block ends at the spoke
            first = y + block - LABEL_SIZE
        elif dy < -0.2:  # lower half: the block starts at the spoke
            first = y - LABEL_SIZE
        else:
            first = y + block / 2 - LABEL_SIZE
        for number, line in enumerate(lines):
            if has_rtl(line):
                line = visual_line(line, rtl_base(line, lang))
            strings.append(
                String(
                    x,
                    first - number * leading,
                    line,
                    fontName=font,
                    fontSize=LABEL_SIZE,
                    textAnchor=anchor,
                    fillColor=colors.HexColor("#202124"),
                )
            )
    return strings


def _wrap(label: str, room: float, font: str) -> list[str]:
    """Words on lines no wider than ``room`` points (a longer word gets a line of its own),
    in logical order: right-to-left lines are shaped after breaking."""
    lines: list[str] = []
    for word in label.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and stringWidth(candidate, font, LABEL_SIZE) <= room:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines or [""]
