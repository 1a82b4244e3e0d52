"""A radar chart of section scores (as percent of each section's range), painted with
QPainter: each section's name is written whole beside its spoke, broken into lines to the
room there (an axis of QtCharts cut long names short: "Governance and leader…"), and a
legend names the series."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

Series = tuple[str, Sequence[float | None]]  # name, one value (0-100) per axis
SERIES_COLOURS = ("#1f6fb2", "#c26a00", "#4d8f3a")
LABEL_GAP = 8  # pixels between a spoke's end and its name
LABEL_ROOM = 150  # the widest a name beside a spoke may be, before the circle shrinks


@dataclass(frozen=True)
class SpokeLabel:
    """Where one section's name is written, broken into lines."""

    rect: QRectF
    lines: list[str]
    alignment: Qt.AlignmentFlag


class RadarChart(QWidget):
    """Section scores around a circle; several series (now, earlier) overlay."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("radarChart")
        self.setAccessibleName(self.tr("Radar chart of section scores"))
        self.setMinimumSize(440, 420)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.labels: list[str] = []
        self.series: list[Series] = []

    def sizeHint(self) -> QSize:
        return QSize(560, 460)

    def set_data(self, labels: Sequence[str], series: Sequence[Series]) -> None:
        self.labels = list(labels)
        self.series = list(series)
        self.update()

    def clear(self) -> None:
        self.set_data([], [])

    # --- geometry ----------------------------------------------------------------------

    def _legend_height(self) -> float:
        return QFontMetricsF(self.font()).lineSpacing() + 8 if self.series else 0.0

    def _circle(self) -> tuple[QPointF, float]:
        line = QFontMetricsF(self.font()).lineSpacing()
        height = self.height() - self._legend_height()
        room = min(LABEL_ROOM, self.width() * 0.25)
        radius = min(self.width() / 2 - room - LABEL_GAP, height / 2 - 3 * line - LABEL_GAP)
        return QPointF(self.width() / 2, height / 2), max(radius, 20.0)

    def _angle(self, index: int) -> float:
        """Radians of spoke ``index``: the first at the top, then clockwise (anticlockwise
        for right-to-left readers, as the report draws it)."""
        turn = -1 if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else 1
        return -math.pi / 2 + turn * 2 * math.pi * index / max(len(self.labels), 1)

    def spoke_labels(self) -> list[SpokeLabel]:
        """Each name on the side away from the circle, broken into lines that fit."""
        count = len(self.labels)
        if count == 0:
            return []
        metrics = QFontMetricsF(self.font())
        centre, radius = self._circle()
        reach = radius + LABEL_GAP
        between = 2 * reach * math.sin(math.pi / count) if count > 2 else self.width()
        placed = []
        for index, label in enumerate(self.labels):
            angle = self._angle(index)
            dx, dy = math.cos(angle), math.sin(angle)
            x, y = centre.x() + reach * dx, centre.y() + reach * dy
            if abs(dx) < 0.2:
                room = min(between, 2 * min(x, self.width() - x)) - 4
            elif dx > 0:
                room = self.width() - x - 2
            else:
                room = x - 2
            lines = _wrap(label, room, metrics)
            width = min(room, max(metrics.horizontalAdvance(line) for line in lines) + 2)
            height = len(lines) * metrics.lineSpacing()
            if abs(dx) < 0.2:
                left, alignment = x - width / 2, Qt.AlignmentFlag.AlignHCenter
            # Placed by geometry, so never mirrored right to left (AlignAbsolute): the
            # lines keep to the side away from the spoke in every language.
            elif dx > 0:
                left = x
                alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
            else:
                left = x - width
                alignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
            if dy < -0.2:  # upper half (y grows downwards): the block ends at the spoke
                top = y - height
            elif dy > 0.2:
                top = y
            else:
                top = y - height / 2
            placed.append(SpokeLabel(QRectF(left, top, width, height), lines, alignment))
        return placed

    # --- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        labels, series = self.labels, self.series
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count = len(labels)
        if count == 0:
            painter.end()
            return
        centre, radius = self._circle()

        def point(index: int, value: float) -> QPointF:
            angle = self._angle(index)
            distance = radius * max(0.0, min(value, 100.0)) / 100
            return QPointF(
                centre.x() + distance * math.cos(angle), centre.y() + distance * math.sin(angle)
            )

        grid = QPen(self.palette().mid().color())
        painter.setPen(grid)
        for ring in (25, 50, 75, 100):
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(count)]))
        for index in range(count):
            painter.drawLine(centre, point(index, 100))
        painter.setPen(self.palette().text().color())
        for spoke in self.spoke_labels():
            painter.drawText(
                spoke.rect,
                int(spoke.alignment | Qt.AlignmentFlag.AlignVCenter),
                "\n".join(spoke.lines),
            )
        for number, (_name, values) in enumerate(series):
            colour = QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)])
            painter.setPen(QPen(colour, 2))
            fill = QColor(colour)
            fill.setAlpha(40)
            painter.setBrush(fill)
            shape = [point(i, v) for i, v in enumerate(values) if v is not None]
            if len(shape) >= 2:
                painter.drawPolygon(QPolygonF(shape))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        self._paint_legend(painter)
        painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        """The series' names with their colours, centred under the chart."""
        if not self.series:
            return
        metrics = QFontMetricsF(self.font())
        swatch = metrics.height() * 0.8
        entries = [
            (QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)]), name)
            for n, (name, _values) in enumerate(self.series)
        ]
        total = sum(swatch + 6 + metrics.horizontalAdvance(name) + 18 for _c, name in entries)
        x = max((self.width() - total) / 2, 0)
        y = self.height() - self._legend_height() + 4
        for colour, name in entries:
            painter.fillRect(QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch), colour)
            x += swatch + 6
            width = metrics.horizontalAdvance(name) + 2
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(x, y, width, metrics.height()), int(Qt.AlignmentFlag.AlignVCenter), name
            )
            x += width + 16


def _wrap(label: str, room: float, metrics: QFontMetricsF) -> list[str]:
    """Words on lines no wider than ``room`` pixels; a longer word gets a line of its own."""
    lines: list[str] = []
    for word in label.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(candidate) <= room:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines or [""]
