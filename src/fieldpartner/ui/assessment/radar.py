"""A radar chart of section scores (as percent of each section's range): QtCharts'
``QPolarChart`` where QtCharts is installed, else a radar painted with QPainter."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

try:  # QtCharts ships in pyside6-addons, which a slim installation may lack.
    from PySide6.QtCharts import (
        QCategoryAxis,
        QChartView,
        QLineSeries,
        QPolarChart,
        QValueAxis,
    )

    HAS_QTCHARTS = True
except ImportError:  # pragma: no cover - depends on the installation
    HAS_QTCHARTS = False

Series = tuple[str, Sequence[float | None]]  # name, one value (0-100) per axis
SERIES_COLOURS = ("#1f6fb2", "#c26a00", "#4d8f3a")


class RadarChart(QWidget):
    """Section scores around a circle; several series (now, earlier) overlay."""

    def __init__(self, parent: QWidget | None = None, *, painted: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("radarChart")
        self.setAccessibleName(self.tr("Radar chart of section scores"))
        self.setMinimumSize(440, 420)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.uses_qtcharts = HAS_QTCHARTS and not painted
        self.labels: list[str] = []
        self.series: list[Series] = []
        if self.uses_qtcharts:
            self._chart = QPolarChart()
            self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            self._chart.setMargins(QMargins(4, 4, 4, 4))
            self._chart.setBackgroundRoundness(0)
            self._view = QChartView(self._chart, self)
            self._view.setObjectName("radarChartView")
            self._view.setRenderHint(QPainter.RenderHint.Antialiasing)
            layout.addWidget(self._view)
        else:
            self._painted = _PaintedRadar(self)
            layout.addWidget(self._painted)

    def set_data(self, labels: Sequence[str], series: Sequence[Series]) -> None:
        self.labels = list(labels)
        self.series = list(series)
        if self.uses_qtcharts:
            self._fill_chart()
        else:
            self._painted.update()

    def clear(self) -> None:
        self.set_data([], [])

    def _fill_chart(self) -> None:
        # A fresh chart each time: axes removed from a polar chart leave their labels.
        old = self._chart
        chart = self._chart = QPolarChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        self._view.setChart(chart)
        old.deleteLater()
        count = len(self.labels)
        if count == 0:
            return
        step = 360.0 / count
        angular = QCategoryAxis()
        angular.setRange(0, 360)
        angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for index, label in enumerate(self.labels):
            angular.append(_short(label, 22), index * step)
        radial = QValueAxis()
        radial.setRange(0, 100)
        radial.setTickCount(5)
        radial.setLabelFormat("%d%%")
        chart.addAxis(angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        chart.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        for number, (name, values) in enumerate(self.series):
            line = QLineSeries()
            line.setName(name)
            pen = QPen(QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)]))
            pen.setWidth(2)
            line.setPen(pen)
            points = [(i * step, v) for i, v in enumerate(values) if v is not None]
            for angle, value in points:
                line.append(angle, value)
            if points:
                line.append(360.0, points[0][1] if points[0][0] == 0 else points[-1][1])
            chart.addSeries(line)
            line.attachAxis(angular)
            line.attachAxis(radial)


def _short(label: str, limit: int = 28) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


class _PaintedRadar(QWidget):
    """The fallback: axes, rings at 25% steps, one polygon per series."""

    def __init__(self, chart: RadarChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.setObjectName("paintedRadar")

    def paintEvent(self, event: QPaintEvent) -> None:
        labels, series = self.chart.labels, self.chart.series
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        count = len(labels)
        if count == 0:
            painter.end()
            return
        margin = 70
        side = min(self.width(), self.height()) - 2 * margin
        radius = max(side / 2, 10)
        centre = QPointF(self.width() / 2, self.height() / 2)

        def point(index: int, value: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * index / count
            distance = radius * max(0.0, min(value, 100.0)) / 100
            return QPointF(
                centre.x() + distance * math.cos(angle), centre.y() + distance * math.sin(angle)
            )

        grid = QPen(self.palette().mid().color())
        painter.setPen(grid)
        for ring in (25, 50, 75, 100):
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(count)]))
        for index, label in enumerate(labels):
            painter.drawLine(centre, point(index, 100))
            tip = point(index, 118)
            box = QRectF(tip.x() - 60, tip.y() - 12, 120, 24)
            painter.setPen(self.palette().text().color())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, _short(label, 20))
            painter.setPen(grid)
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
        painter.end()
