"""Drawing the organisation chart's boxes and lines with a QPainter: on screen, in SVG and PDF.

One painter for every device, so the screen, the files and the briefing's picture show the same
thing. It draws only what lies in the rectangle asked for (the layout's grid finds it), and at a
small scale leaves the text out (level of detail): a box too small to read is a coloured
rectangle.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QLine, QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QStaticText,
    QTextLayout,
    QTextOption,
)

from fredapp.ui.orgchart import changes
from fredapp.ui.orgchart.layout import LINE, PAD, TOP_DOWN, WIDTH, Box, ChartLayout

if TYPE_CHECKING:  # imported where the chart is drawn far out (see ChartPainter._far)
    import numpy as np

NAME_PIXELS, TEXT_PIXELS = 13, 11
BADGE = 18.0  # the corner badge with the change letters
TOGGLE = 14.0  # the ± circle
MIN_TEXT_PIXELS = 4.5  # below this on the device, the small text is left out
MIN_NAME_PIXELS = 4.0  # and below this the names too
FAR_PIXELS = 6.0  # a box narrower than this on the device is drawn as its pixels
SELECTED = QColor("#1A1A1A")
TARGET = QColor("#0072B2")
LINE_COLOUR = QColor("#7A7A7A")
SPAN_COLOUR = QColor("#8A1C1C")


class ChartUnit(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def lineage_id(self) -> uuid.UUID: ...
    @property
    def name(self) -> str: ...
    @property
    def leader_title(self) -> str: ...
    @property
    def leader_name(self) -> str: ...
    @property
    def headcount(self) -> int: ...


def name_font() -> QFont:
    font = QFont()
    font.setPixelSize(NAME_PIXELS)
    font.setBold(True)
    return font


def text_font() -> QFont:
    font = QFont()
    font.setPixelSize(TEXT_PIXELS)
    return font


NAME_WIDTH = WIDTH - 2 * PAD
_WRAPPED: dict[str, list[str]] = {}  # name -> its lines in a box, kept: layouts ask often


def wrap_name(name: str) -> list[str]:
    """A name's lines in its box: broken between words, inside a word only when one word is
    wider than the box; the painter draws exactly these lines, so a name is never cut."""
    known = _WRAPPED.get(name)
    if known is None:
        font = name_font()
        if QFontMetricsF(font).horizontalAdvance(name) <= NAME_WIDTH - 4:
            known = [name]  # most names: one measurement
        else:
            layout = QTextLayout(name, font)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.beginLayout()
            known = []
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(NAME_WIDTH - 4)  # a little room: other devices measure wider
                known.append(name[line.textStart() : line.textStart() + line.textLength()].strip())
            layout.endLayout()
            known = [text for text in known if text] or [name]
        _WRAPPED[name] = known
    return known


def box_lines(unit: ChartUnit) -> int:
    """A box holds its name's lines and two more: the leader, the headcount."""
    return len(wrap_name(unit.name)) + 2


@dataclass
class ChartStyle:
    """What the painter marks beyond the boxes."""

    orientation: str = TOP_DOWN
    marks: changes.Marks | None = None  # colours of a compared pair
    spans: Mapping[uuid.UUID, str] = field(default_factory=dict)  # span of control, by unit id
    selected: Collection[uuid.UUID] = ()
    target: uuid.UUID | None = None  # a box a dragged box would land on
    translate: Callable[[str, str], str] = QCoreApplication.translate


class ChartPainter:
    """Paints a layout's boxes for the units they stand for."""

    def __init__(self, layout: ChartLayout, units: Mapping[uuid.UUID, ChartUnit]) -> None:
        self.layout, self.units = layout, units
        self._name_font, self._text_font = name_font(), text_font()

    def paint(self, painter: QPainter, area: QRectF, style: ChartStyle) -> int:
        """Draw what touches ``area`` (scene units); returns the number of boxes drawn."""
        left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
        scale = painter.worldTransform().map(QLineF(0, 0, 1, 0)).length()
        if scale * WIDTH < FAR_PIXELS:
            return self._far(painter, area, style)
        segments = self.layout.segments_in(left, top, right, bottom)
        boxes = self.layout.boxes_in(left, top, right, bottom)
        painter.setPen(QPen(LINE_COLOUR, 1.2 if scale >= 0.5 else 0))
        painter.drawLines([QLineF(*segment) for segment in segments])
        if scale * NAME_PIXELS < MIN_NAME_PIXELS:
            self._plain(painter, boxes, style)
        else:
            for box in boxes:
                self._box(painter, box, style)
        return len(boxes)

    def _kind(self, box: Box, style: ChartStyle) -> str:
        unit = self.units.get(box.unit_id)
        if style.marks is None or unit is None:
            return changes.UNCHANGED
        return style.marks.main(unit.lineage_id)

    def _far(self, painter: QPainter, area: QRectF, style: ChartStyle) -> int:
        """Very far out, a box is a few pixels: each device pixel is drawn once (thousands of
        boxes and lines fall on the same pixels), worked out for all boxes at once."""
        transform = painter.worldTransform()
        import numpy as np  # here: 0.2 s the window's start-up need not wait for

        scale = np.array([transform.m11(), transform.m22()] * 2)
        shift = np.array([transform.dx(), transform.dy()] * 2)
        inside = QRectF(area)
        boxes = self.layout.box_array()
        visible = (
            (boxes[:, 0] <= inside.right())
            & (boxes[:, 0] + boxes[:, 2] >= inside.left())
            & (boxes[:, 1] <= inside.bottom())
            & (boxes[:, 1] + boxes[:, 3] >= inside.top())
        )
        corners = boxes[:, :2] * scale[:2] + shift[:2]
        sizes = np.maximum(np.rint(boxes[:, 2:] * scale[2:]), 1)
        cells = np.column_stack([np.floor(corners), sizes, self._kinds(style)]).astype(np.int64)[
            visible
        ]
        lines = np.rint(self.layout.segment_array() * scale + shift).astype(np.int64)
        # A line shorter than a pixel lies under its boxes' pixels: left out.
        lines = np.unique(
            lines[(lines[:, 0] != lines[:, 2]) | (lines[:, 1] != lines[:, 3])], axis=0
        )
        cells = np.unique(cells, axis=0)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(LINE_COLOUR, 0))
        painter.drawLines([QLine(*map(int, line)) for line in lines])
        painter.setPen(Qt.PenStyle.NoPen)
        for number, kind in enumerate(changes.PRIORITY):
            rects = cells[cells[:, 4] == number]
            if len(rects):
                painter.setBrush(changes.edge(kind))
                painter.drawRects([QRect(*map(int, rect[:4])) for rect in rects])
        painter.restore()
        return int(visible.sum())

    def _kinds(self, style: ChartStyle) -> np.ndarray[Any, Any]:
        """Each box's kind as its place in changes.PRIORITY (kept per marks)."""
        import numpy as np

        key = id(style.marks)
        cached = self.layout.kind_cache
        if cached is None or cached[0] != key:
            order = {kind: number for number, kind in enumerate(changes.PRIORITY)}
            kinds = np.array(
                [order[self._kind(box, style)] for box in self.layout.boxes], dtype=np.int64
            )
            cached = self.layout.kind_cache = (key, kinds)
        return cached[1]

    def _plain(self, painter: QPainter, boxes: list[Box], style: ChartStyle) -> None:
        """Far out: rectangles in one colour per kind, one call each."""
        by_kind: dict[str, list[QRectF]] = {}
        for box in boxes:
            rect = QRectF(box.x, box.y, box.width, box.height)
            by_kind.setdefault(self._kind(box, style), []).append(rect)
        for kind, rects in by_kind.items():
            painter.setPen(QPen(changes.edge(kind), 0))
            painter.setBrush(changes.fill(kind))
            painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _box(self, painter: QPainter, box: Box, style: ChartStyle) -> None:
        unit = self.units.get(box.unit_id)
        if unit is None:
            return
        kind = self._kind(box, style)
        rect = QRectF(box.x, box.y, box.width, box.height)
        chosen = box.unit_id in style.selected
        frame = QPen(SELECTED if chosen else changes.edge(kind), 3.0 if chosen else 1.2)
        if style.target == box.unit_id:
            frame = QPen(TARGET, 3.0, Qt.PenStyle.DashLine)
        painter.setPen(frame)
        painter.setBrush(changes.fill(kind))
        painter.drawRect(rect)  # (rounded corners cost four times as much to draw)
        letters = style.marks.letters(unit.lineage_id) if style.marks is not None else ""
        if letters:
            self._badge(painter, rect, letters, changes.edge(kind))
        self._texts(painter, rect, unit, box, painter.worldTransform().m11())
        if box.unit_id in style.spans:
            self._span(painter, rect, style.spans[box.unit_id])
        if box.children:
            self._toggle(painter, toggle_rect(box, style.orientation), box.collapsed)

    def _texts(
        self, painter: QPainter, rect: QRectF, unit: ChartUnit, box: Box, scale: float
    ) -> None:
        painter.setPen(QColor("black"))
        painter.setFont(self._name_font)
        x, top = rect.left() + PAD, rect.top() + PAD - 2
        for number, line in enumerate(wrap_name(unit.name)):
            self._line(painter, x, top + number * LINE, line, True)
        if abs(scale) * TEXT_PIXELS < MIN_TEXT_PIXELS:
            return  # far out: the names alone
        painter.setFont(self._text_font)
        leader = _elided(leader_text(unit), self._text_font)
        y = rect.bottom() - PAD - 2 * LINE
        self._line(painter, x, y, leader, False)
        people = QCoreApplication.translate("OrgChart", "%n employee(s)", "", unit.headcount)
        if box.collapsed and box.children:
            people += " · " + QCoreApplication.translate(
                "OrgChart", "%n unit(s) below", "", box.children
            )
        self._line(painter, x, y + LINE, people, False)

    def _line(self, painter: QPainter, x: float, y: float, text: str, name: bool) -> None:
        """One line of text, centred in its LINE of height; laid out once and kept (a pan
        draws the same few hundred lines again and again)."""
        key = (name, text)
        static = _STATIC.get(key)
        if static is None:
            if len(_STATIC) > STATIC_KEPT:  # a long pan over 10,000 boxes: start afresh
                _STATIC.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._name_font if name else self._text_font)
            _STATIC[key] = static
        offset = (LINE - static.size().height()) / 2
        painter.drawStaticText(QPointF(x, y + offset), static)

    def _badge(self, painter: QPainter, rect: QRectF, letters: str, colour: QColor) -> None:
        width = max(BADGE, 9.0 * len(letters) + 6)
        # Astride the top edge, so the name has the box's whole width.
        badge = QRectF(rect.right() - width - 4, rect.top() - BADGE / 2, width, BADGE)
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(badge, 3, 3)
        painter.setPen(QColor("black"))
        painter.setFont(self._name_font)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), letters)

    def _span(self, painter: QPainter, rect: QRectF, text: str) -> None:
        """A leader with too few or too many direct reports: a tag at the box's lower right."""
        metrics = QFontMetricsF(self._text_font)
        width = metrics.horizontalAdvance(text) + 8
        tag = QRectF(rect.right() - width - 4, rect.bottom() - LINE - 4, width, LINE)
        painter.setPen(QPen(SPAN_COLOUR, 1.2))
        painter.setBrush(QColor("white"))
        painter.drawRect(tag)
        painter.setPen(SPAN_COLOUR)
        painter.setFont(self._text_font)
        painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), text)

    def _toggle(self, painter: QPainter, circle: QRectF, collapsed: bool) -> None:
        painter.setPen(QPen(LINE_COLOUR, 1.2))
        painter.setBrush(QBrush(QColor("white")))
        painter.drawEllipse(circle)
        centre = circle.center()
        arm = circle.width() / 2 - 3.5
        painter.setPen(QPen(QColor("black"), 1.6))
        painter.drawLine(
            QPointF(centre.x() - arm, centre.y()), QPointF(centre.x() + arm, centre.y())
        )
        if collapsed:
            painter.drawLine(
                QPointF(centre.x(), centre.y() - arm), QPointF(centre.x(), centre.y() + arm)
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)


_STATIC: dict[tuple[bool, str], QStaticText] = {}
STATIC_KEPT = 4000  # lines of text kept laid out
_ELIDED: dict[str, str] = {}


def _elided(text: str, font: QFont) -> str:
    known = _ELIDED.get(text)
    if known is None:
        known = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, NAME_WIDTH)
        _ELIDED[text] = known
    return known


def toggle_rect(box: Box, orientation: str) -> QRectF:
    """The ± circle: on the lower edge (top-down) or the right edge (left to right)."""
    if orientation == TOP_DOWN:
        centre = QPointF(box.x + box.width / 2, box.y + box.height)
    else:
        centre = QPointF(box.x + box.width, box.y + box.height / 2)
    return QRectF(centre.x() - TOGGLE / 2, centre.y() - TOGGLE / 2, TOGGLE, TOGGLE)


def leader_text(unit: ChartUnit) -> str:
    if unit.leader_title and unit.leader_name:
        return f"{unit.leader_title}: {unit.leader_name}"
    return unit.leader_title or unit.leader_name
