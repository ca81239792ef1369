"""The effect matrix: measures placed by effort and effect, dragged to new ratings, hovered."""

from __future__ import annotations

import pytest
from sqlmodel import select

from fredapp.core import seed
from fredapp.core.models import Measure
from fredapp.ui.board.matrix import EffectMatrix, rating, spread_positions
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


def test_points_sit_on_their_ratings_and_never_on_each_other(matrix: EffectMatrix) -> None:
    x, y = matrix.scatter.getData()
    assert len(x) == 46
    points = set(zip(x.round(6), y.round(6), strict=True))
    assert len(points) == 46  # spread: no point hides another
    kkv2 = seed.seed_id("measure", "KKV2")  # lowest on the slide "Effekt": effect 1
    px, py = matrix.positions[kkv2]
    assert (rating(px), rating(py)) == (3, 1)
    s6 = seed.seed_id("measure", "S6")  # highest: effect 5
    assert rating(matrix.positions[s6][1]) == 5
    assert {label.toPlainText() for label in matrix.labels} >= {"KKV2", "S6", "S-S0"}


def test_spread_keeps_every_point_nearest_its_own_spot() -> None:
    import uuid
    from types import SimpleNamespace

    group = [SimpleNamespace(id=uuid.uuid4(), effect=3, effort=3) for _ in range(30)]
    positions = spread_positions(group)  # type: ignore[arg-type]
    assert len(set(positions.values())) == 30
    assert all((rating(x), rating(y)) == (3, 3) for x, y in positions.values())


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
    s4 = seed.seed_id("measure", "S-S4")
    spot = next(p for p in matrix.scatter.points() if p.data() == s4)
    matrix.scatter.sigHovered.emit(matrix.scatter, [spot], None)
    assert matrix.hover_label.text().startswith("S-S4: Flytte Anskaffelser")
    assert "Flytte Anskaffelser" in matrix._tip(0, 0, s4)


def test_filter_applies_to_the_matrix(window: MainWindow, matrix: EffectMatrix) -> None:
    tab = window.measures_tab
    tab.dimension_filter.setCurrentIndex(tab.dimension_filter.findData("KKV"))
    assert len(matrix.scatter.getData()[0]) == 5
    assert len(matrix.labels) == 5


def test_mouse_drag_of_a_point(matrix: EffectMatrix, context: AppContext) -> None:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
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

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 6):
        send(QEvent.Type.MouseMove, start + (end - start) * step / 5, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert ratings(context, "KKV2") == (5, 1)  # effect up to 5, effort down to 1
    context.undo_stack.undo()
    assert ratings(context, "KKV2") == (1, 3)
