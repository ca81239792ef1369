"""The effect matrix: measures placed by effort and effect, dragged to new ratings, hovered."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from fredapp.core import seed
from fredapp.core.models import Measure
from fredapp.ui.board.matrix import EffectMatrix, rating
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.measures import MeasuresTab


def ratings(context: AppContext, code: str) -> tuple[int, int]:
    with context.database.session() as session:
        m = session.exec(select(Measure).where(Measure.code == code)).one()
    return m.effect, m.effort


@pytest.fixture
def matrix(window: MainWindow) -> EffectMatrix:
    tab: MeasuresTab = window.measures_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.matrix is None  # built only when first shown
    tab.views.setCurrentWidget(tab.matrix_holder)
    assert tab.matrix is not None
    return tab.matrix


def test_every_measure_is_drawn_at_its_true_effort_and_effect(
    matrix: EffectMatrix, context: AppContext
) -> None:
    with context.database.session() as session:
        stored = {m.id: (m.effort, m.effect) for m in session.exec(select(Measure)).all()}
    assert len(stored) == 46 and set(matrix.positions) == set(stored)
    for measure_id, (effort, effect) in stored.items():
        assert matrix.positions[measure_id] == (effort, effect)  # no jitter, no spread
    x, y = matrix.scatter.getData()
    spots = set(zip(x.tolist(), y.tolist(), strict=True))
    assert spots == set(stored.values())  # one marker per occupied cell, at its ratings
    assert all(1 <= v <= 5 for xy in spots for v in xy)  # never off the scale
    # S-RA1 (3, 3) was drawn at 2.55/3.45 and KKV2 (effect 1) below the scale
    assert matrix.positions[seed.seed_id("measure", "S-RA1")] == (3, 3)
    assert matrix.positions[seed.seed_id("measure", "KKV2")] == (3, 1)
    assert {label.toPlainText().strip() for label in matrix.labels} >= {"S6", "S4, S5, KK2"}


def test_a_shared_cell_shows_its_count_and_lists_its_measures(
    matrix: EffectMatrix, qtbot: Any
) -> None:
    assert matrix.badges[(3, 4)].toPlainText() == "3"
    assert matrix.badges[(3, 3)].toPlainText() == "34"
    assert (3, 5) not in matrix.badges  # S6 alone: its dot and code, no number
    spot = next(p for p in matrix.scatter.points() if tuple(p.data()) == (3, 4))
    matrix.scatter.sigClicked.emit(matrix.scatter, [spot], None)  # a click on the cell
    texts = matrix.cell_list.measure_texts()
    assert [t.split(" – ")[0] for t in texts] == ["S4", "S5", "KK2"]
    assert all(" – " in t and len(t) > 12 for t in texts)  # with their titles
    assert matrix.cell_list.summary.text() == "Effekt 4, innsats 3: 3 tiltak"
    tip = matrix._tip(3, 4, (3, 4))
    assert tip.splitlines()[0] == "Effekt 4, innsats 3: 3 tiltak"
    assert all(t in tip for t in texts)
    # by keyboard: the cell list, arrows choose a cell
    cells = matrix.cell_list.cell_view
    cells.setFocus()
    cells.setCurrentRow(0)
    qtbot.keyClick(cells, Qt.Key.Key_Down)
    assert matrix.cell_list.current_cell() == (3, 4)
    qtbot.keyClick(cells, Qt.Key.Key_Down)
    assert matrix.cell_list.summary.text() == "Effekt 3, innsats 3: 34 tiltak"
    assert len(matrix.cell_list.measure_texts()) == 34
    one = matrix._tip(3, 5, (3, 5))
    assert one.splitlines()[0] == "Effekt 5, innsats 3: 1 tiltak"
    many = matrix._tip(3, 3, (3, 3))
    assert many.splitlines()[-1] == "… og 22 til"


def test_the_quadrants_are_named_in_both_languages(
    window: MainWindow, matrix: EffectMatrix, translations: Any, qtbot: Any
) -> None:
    names = [label.toPlainText() for label in matrix.quadrant_labels]
    assert names == ["Raske gevinster", "Store løft", "Småjobber", "Lite å hente"]
    axis = matrix.plot.getPlotItem().getAxis("bottom")
    assert axis.label.toPlainText().strip() == "Innsats (1 lav – 5 høy)"
    translations.install("en")
    english = EffectMatrix(matrix.model, matrix.board_actions, matrix.measure_filter)
    qtbot.addWidget(english)
    assert [label.toPlainText() for label in english.quadrant_labels] == [
        "Quick wins",
        "Major projects",
        "Fill-ins",
        "Thankless tasks",
    ]
    assert english.badges[(3, 4)].toPlainText() == "3"
    assert english._tip(3, 4, (3, 4)).splitlines()[0] == "Effect 4, effort 3: 3 measures"
    assert english._tip(3, 5, (3, 5)).splitlines()[0] == "Effect 5, effort 3: 1 measure"


def test_dropping_a_point_rates_the_measure_with_undo(
    window: MainWindow, matrix: EffectMatrix, context: AppContext
) -> None:
    kkv2 = seed.seed_id("measure", "KKV2")
    assert ratings(context, "KKV2") == (1, 3)
    assert matrix.drop_point(kkv2, 1.2, 4.8)  # effort across, effect up
    assert ratings(context, "KKV2") == (5, 1)
    assert context.undo_stack.undoText() == "Vurder KKV2: effekt 5, innsats 1"
    x, y = matrix.positions[kkv2]
    assert (rating(x), rating(y)) == (1, 5)
    window.undo_action.trigger()
    assert ratings(context, "KKV2") == (1, 3)
    matrix.refresh()  # (the model's change also schedules this)
    assert (rating(matrix.positions[kkv2][0]), rating(matrix.positions[kkv2][1])) == (3, 1)
    assert not matrix.drop_point(kkv2, 3.1, 0.9)  # the same spot: nothing to undo
    assert context.undo_stack.count() == 1


def test_hover_shows_the_title(matrix: EffectMatrix) -> None:
    s6 = seed.seed_id("measure", "S6")
    alone = next(p for p in matrix.scatter.points() if tuple(p.data()) == (3, 5))
    matrix.scatter.sigHovered.emit(matrix.scatter, [alone], None)
    assert matrix.hover_label.text().startswith("S6: ")
    assert matrix.measure(s6) is not None
    shared = next(p for p in matrix.scatter.points() if tuple(p.data()) == (3, 3))
    matrix.scatter.sigHovered.emit(matrix.scatter, [shared], None)
    assert matrix.hover_label.text() == "Effekt 3, innsats 3: 34 tiltak"
    assert "S-S4 – Flytte Anskaffelser" in matrix._tip(3, 3, (3, 3))


def test_filter_applies_to_the_matrix(window: MainWindow, matrix: EffectMatrix) -> None:
    tab = window.measures_tab
    tab.dimension_filter.setCurrentIndex(tab.dimension_filter.findData("KKV"))
    assert {cell: len(group) for cell, group in matrix.cells.items()} == {(3, 3): 3, (3, 1): 2}
    assert len(matrix.positions) == 5
    assert matrix.cell_list.cell_view.count() == 2


def test_mouse_drag_of_a_point(
    window: MainWindow, matrix: EffectMatrix, context: AppContext
) -> None:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    kkv2 = seed.seed_id("measure", "KKV2")
    box = matrix.plot.getPlotItem().getViewBox()
    start = QPointF(matrix.plot.mapFromScene(box.mapViewToScene(matrix.point_position(kkv2))))
    end = QPointF(matrix.plot.mapFromScene(box.mapViewToScene(QPointF(1.0, 5.0))))
    viewport = matrix.plot.viewport()

    def send(kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind,
            pos,
            viewport.mapToGlobal(pos),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)

    def drag() -> None:
        send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
        for step in range(1, 6):
            send(QEvent.Type.MouseMove, start + (end - start) * step / 5, Qt.MouseButton.LeftButton)
        send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)

    drag()  # four measures share (3, 1): which one is meant is not guessed
    assert ratings(context, "KKV2") == (1, 3) and not context.undo_stack.canUndo()
    assert matrix.hover_label.text().startswith("Flere tiltak")
    assert matrix.cell_list.current_cell() == (3, 1)  # the list shows the four to choose from
    matrix.cell_list.choose((3, 1), kkv2)
    QTest.qWait(QApplication.doubleClickInterval() + 100)  # a new press, not a double click
    drag()
    assert ratings(context, "KKV2") == (5, 1)  # effect up to 5, effort down to 1
    # a mouse action that saves says so in the status bar, as a keyboard action does
    assert window.statusBar().currentMessage() == "Lagret: Vurder KKV2: effekt 5, innsats 1"
    context.undo_stack.undo()
    assert ratings(context, "KKV2") == (1, 3)
