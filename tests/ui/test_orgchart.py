"""The organisation chart: the seed's Fra/Til pair in the colours of the comparison, a unit and
its counterpart selected together, zoom, fit and collapse, and the tree's edits made on the
chart (one undo step each, the tree following)."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from fredapp.core.calc.scenarios import compare_units, find_scenario, scenario_units
from fredapp.core.models import Unit
from fredapp.ui.context import AppContext
from fredapp.ui.contrast import ratio
from fredapp.ui.main_window import MainWindow
from fredapp.ui.orgchart import changes
from fredapp.ui.orgchart.page import OrgChartPage
from fredapp.ui.orgchart.painting import SPAN_COLOUR, ChartPainter, toggle_rect
from fredapp.ui.orgchart.view import ChartView
from fredapp.ui.tabs.organisation import OrganisationTab


@pytest.fixture
def tab(window: MainWindow) -> OrganisationTab:
    tab = window.organisation_tab
    tab.pages.setCurrentWidget(tab.chart_page)
    return tab


@pytest.fixture
def page(tab: OrganisationTab) -> OrgChartPage:
    return tab.chart_page


def unit_named(view: ChartView, name: str) -> uuid.UUID:
    (found,) = [unit.id for unit in view.units.records.values() if unit.name == name]
    return found


def stored(context: AppContext, unit_id: uuid.UUID) -> Unit:
    with context.database.session() as session:
        unit = session.get(Unit, unit_id)
    assert unit is not None
    return unit


def rendered(view: ChartView) -> QImage:
    """The chart drawn at 100 %, as the view draws it."""
    layout = view.chart_layout
    image = QImage(int(layout.width) + 2, int(layout.height) + 2, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    ChartPainter(layout, view.units.records).paint(
        painter, QRectF(0, 0, layout.width, layout.height), view.chart_style
    )
    painter.end()
    return image


def expected_kinds(
    context: AppContext,
) -> tuple[dict[uuid.UUID, set[str]], dict[uuid.UUID, set[str]]]:
    """Per side, each lineage's kinds, read straight from compare_units."""
    before = scenario_units(context.database, find_scenario(context.database, "Fra").id)
    after = scenario_units(context.database, find_scenario(context.database, "Til").id)
    old, new = {u.lineage_id for u in before}, {u.lineage_id for u in after}
    kinds: tuple[dict[uuid.UUID, set[str]], dict[uuid.UUID, set[str]]] = ({}, {})
    for change in compare_units(before, after):
        for lineage in change.lineage_ids:
            for side, lineages in zip(kinds, (old, new), strict=True):
                if lineage in lineages:
                    side.setdefault(lineage, set()).add(change.kind)
    return kinds


def test_the_pair_is_coloured_as_the_comparison_says(
    page: OrgChartPage, context: AppContext
) -> None:
    page.compare("Fra", "Til")
    sides = expected_kinds(context)
    for view, expected in zip((page.left, page.right), sides, strict=True):
        image = rendered(view)
        assert len(view.chart_layout.boxes) == len(view.units.records)
        for unit in view.units.records.values():
            kinds = expected.get(unit.lineage_id, set())
            main = min(kinds, key=changes.PRIORITY.index) if kinds else changes.UNCHANGED
            box = view.chart_layout.by_id[unit.id]
            # Inside the frame, left of the text: the box's fill.
            colour = image.pixelColor(int(box.x + 4), int(box.y + box.height / 2))
            assert colour.name().upper() == changes.COLOURS[main][0].upper(), unit.name
            letters = view.chart_style.marks.letters(unit.lineage_id)  # type: ignore[union-attr]
            assert len(letters) == len(kinds), unit.name
    # The seed's story: Anskaffelser moved, Kommunikasjon og service split.
    for view in (page.left, page.right):
        anskaffelser = view.units.unit(unit_named(view, "Anskaffelser"))
        assert view.chart_style.marks.main(anskaffelser.lineage_id) == "moved"  # type: ignore[union-attr]
    kos = page.left.units.unit(unit_named(page.left, "Kommunikasjon og service"))
    assert page.left.chart_style.marks.main(kos.lineage_id) == "split"  # type: ignore[union-attr]
    for heir in ("Kommunikasjon", "Innbyggerdialog"):
        unit = page.right.units.unit(unit_named(page.right, heir))
        assert "split" in page.right.chart_style.marks.of(unit.lineage_id)  # type: ignore[union-attr]
    caption = page.caption.text()
    assert "Ledere 28 → 21" in caption
    assert "Flyttet:" in caption and "Anskaffelser" in caption
    assert "Delt:" in caption and "Kommunikasjon og service" in caption
    # Readable: black text on every fill at least 4.5:1; the legend names every kind.
    for fill, _edge in changes.COLOURS.values():
        assert ratio("#000000", fill) >= 4.5
    assert page.legend.isVisible()
    assert [label.text() for label in page.legend.labels.values()] == [
        "D Delt", "S Slått sammen", "F Flyttet", "N Ny", "X Fjernet", "O Omdøpt",
        "E Endret nivå", "Uendret",
    ]  # fmt: skip


def test_selecting_a_unit_selects_its_counterpart_and_shows_it(page: OrgChartPage) -> None:
    page.compare("Fra", "Til")
    page.left.zoom_by(4)  # close in: the counterpart has to be scrolled to
    page.left.select(unit_named(page.left, "Anskaffelser"))
    assert page.right.current == unit_named(page.right, "Anskaffelser")
    # Far out or near, the tooltip names the box and what happened to it.
    middle = page.right.mapFromScene(
        QPointF(*page.right.chart_layout.by_id[page.right.current].centre)
    )
    assert page.right.box_tooltip(middle).split("\n") == [
        "Anskaffelser", "Virksomhetsleder", "12 ansatte", "Flyttet"
    ]  # fmt: skip
    viewport = page.right.viewport()
    help_event = QHelpEvent(QEvent.Type.ToolTip, middle, viewport.mapToGlobal(middle))
    QApplication.sendEvent(viewport, help_event)
    assert QToolTip.text().startswith("Anskaffelser\n")
    box = page.right.chart_layout.by_id[page.right.current]
    shown = page.right.mapFromScene(QRectF(box.x, box.y, box.width, box.height)).boundingRect()
    assert page.right.viewport().rect().intersects(shown)
    # A split unit's counterparts are the units it split into.
    page.left.select(unit_named(page.left, "Kommunikasjon og service"))
    heirs = {unit_named(page.right, "Kommunikasjon"), unit_named(page.right, "Innbyggerdialog")}
    assert page.right.current in heirs
    # And back: a unit on the right selects its source on the left.
    page.right.select(unit_named(page.right, "Organisasjon"))
    assert page.left.current == unit_named(page.left, "Innovasjon og utvikling")


def test_zoom_fit_and_collapse_by_keys_wheel_and_mouse(page: OrgChartPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = page.left
    view.setFocus()
    view.fit()
    fitted = view.scale_now()
    whole = view.mapFromScene(view.sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-1, -1, 1, 1).contains(whole)  # (rounding)
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_now() == pytest.approx(fitted * 1.25)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_now() == pytest.approx(fitted)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre, view.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.scale_now() == pytest.approx(fitted * 1.25)
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_now() == pytest.approx(fitted)
    # Collapse a branch with the keyboard, open it with the mouse on its ±.
    everything = len(view.chart_layout.boxes)
    hr = unit_named(view, "Personal og lønn")
    below = len(view.tree.children(hr))
    view.select(hr)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert len(view.chart_layout.boxes) == everything - below
    assert view.chart_layout.by_id[hr].collapsed
    view.zoom_by(2)
    view.ensure_shown(hr)
    circle = toggle_rect(view.chart_layout.by_id[hr], view.chart_style.orientation)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(circle.center())
    )
    assert len(view.chart_layout.boxes) == everything
    # Arrows walk the tree: down to the first child, right to its sibling, up to the parent.
    view.select(hr)
    QTest.keyClick(view, Qt.Key.Key_Down)
    first, second = [unit.id for unit in view.tree.children(hr)][:2]
    assert view.current == first
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.current == second
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert view.current == hr
    # Left to right: the same units, now in columns by level.
    page.orientation_box.setCurrentIndex(1)
    root, child = view.chart_layout.by_id[view.tree.roots()[0].id], view.chart_layout.by_id[hr]
    assert child.x > root.x + root.width
    assert len(view.chart_layout.boxes) == everything


def test_edits_on_the_chart_are_the_trees_operations_with_undo(
    tab: OrganisationTab,
    page: OrgChartPage,
    context: AppContext,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    view, stack = page.left, context.undo_stack
    tree_names = lambda: {unit.name for unit in tab.model.units}  # noqa: E731
    # Rename: F2, type, Enter.
    byarkivet = unit_named(view, "Byarkivet")
    view.select(byarkivet)
    steps = stack.index()
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert view.editor is not None and view.editor.isVisible()
    view.editor.setText("Byarkiv og dokumentsenter")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    assert stored(context, byarkivet).name == "Byarkiv og dokumentsenter"
    assert stack.index() == steps + 1
    qtbot.waitUntil(lambda: view.units.unit(byarkivet).name == "Byarkiv og dokumentsenter")
    assert "Byarkiv og dokumentsenter" in tree_names()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the window's undo
    assert stored(context, byarkivet).name == "Byarkivet"
    qtbot.waitUntil(lambda: view.units.unit(byarkivet).name == "Byarkivet")
    # A double-click on a box opens its name too.
    view.ensure_shown(byarkivet)
    middle = view.mapFromScene(QPointF(*view.chart_layout.by_id[byarkivet].centre))
    view.editor.hide()
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert view.editor.isVisible() and view.editor.text() == "Byarkivet"
    QTest.keyClick(view.editor, Qt.Key.Key_Escape)
    # A refused name stays in the editor, and the message says why.
    view.select(byarkivet)
    QTest.keyClick(view, Qt.Key.Key_F2)
    view.editor.setText("   ")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    assert view.editor.isVisible() and view.editor.text() == "   "
    assert page.message_label.text()
    QTest.keyClick(view.editor, Qt.Key.Key_Escape)
    assert stored(context, byarkivet).name == "Byarkivet"
    # Insert: a new unit below the current one, its name ready to type.
    steps = stack.index()
    QTest.keyClick(view, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: view.current is not None and view.current != byarkivet)
    added = view.current
    assert view.tree.parent_id(added) == byarkivet and view.editor.isVisible()
    assert view.units.unit(added).name == "Ny enhet" and "Ny enhet" in tree_names()
    assert page.message_label.text() == ""  # the refusal went with the next edit
    QTest.keyClick(view.editor, Qt.Key.Key_Escape)
    assert stack.index() == steps + 1
    # Delete: the unit goes (one undo step); undo brings it back, in the tree too.
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert stored(context, added).deleted
    qtbot.waitUntil(lambda: added not in view.units.records)
    assert "Ny enhet" not in tree_names()
    stack.undo()
    qtbot.waitUntil(lambda: added in view.units.records)
    assert "Ny enhet" in tree_names()
    # Drag Anskaffelser onto Organisasjon: a move, undone in one step.
    anskaffelser, organisasjon = unit_named(view, "Anskaffelser"), unit_named(view, "Organisasjon")
    old_parent = stored(context, anskaffelser).parent_id
    view.zoom_by(2)
    view.ensure_shown(anskaffelser)
    start = view.mapFromScene(QPointF(*view.chart_layout.by_id[anskaffelser].centre))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    view.ensure_shown(organisasjon)
    target = view.mapFromScene(QPointF(*view.chart_layout.by_id[organisasjon].centre))
    steps = stack.index()
    for point in (start + QPoint(12, 0), target):
        QTest.mouseMove(view.viewport(), point)
    assert view.chart_style.target == organisasjon
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert stored(context, anskaffelser).parent_id == organisasjon
    assert stack.index() == steps + 1
    qtbot.waitUntil(lambda: view.tree.parent_id(anskaffelser) == organisasjon)
    assert tab.model.unit(anskaffelser).parent_id == organisasjon
    stack.undo()
    assert stored(context, anskaffelser).parent_id == old_parent
    qtbot.waitUntil(lambda: view.tree.parent_id(anskaffelser) == old_parent)


def test_a_unit_cannot_be_dropped_below_itself(page: OrgChartPage) -> None:
    view = page.left
    organisasjon = unit_named(view, "Organisasjon")
    view.select(organisasjon)
    child = view.tree.children(organisasjon)[0].id
    assert view._drop_target(child) is None
    assert view._drop_target(organisasjon) is None


def test_the_chart_names_itself_and_points_to_the_tree(page: OrgChartPage) -> None:
    for view in (page.left, page.right):
        assert view.accessibleName() == "Organisasjonskart"
        assert "Tre" in view.accessibleDescription()
        assert view.viewport().accessibleName() == "Organisasjonskart"
    # The arrows' unit is announced: the viewport's name says it.
    page.left.setFocus()
    QTest.keyClick(page.left, Qt.Key.Key_Home)
    first = page.left.units.unit(page.left.current)
    assert first is not None
    assert page.left.viewport().accessibleName().startswith(f"Organisasjonskart: {first.name}, ")
    assert page.left.accessibleName() == "Organisasjonskart"


def test_a_leader_with_too_many_reports_is_marked(
    tab: OrganisationTab,
    page: OrgChartPage,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    view = page.left
    assert view.chart_style.spans == {}  # the seed's leaders all have 3 to 15 reports
    assert not page.span_label.isVisible()
    lonn = unit_named(view, "Lønn")
    assert tab.model.edit_unit(lonn, headcount=21)  # the tree's edit: 20 reports
    qtbot.waitUntil(lambda: lonn in view.chart_style.spans)
    assert view.chart_style.spans == {lonn: "Spenn 20"}
    assert page.span_label.isVisible() and "16+" in page.span_label.text()
    box = view.chart_layout.by_id[lonn]
    image = rendered(view)
    marked = [
        image.pixelColor(x, y).name()
        for x in range(int(box.x + box.width / 2), int(box.x + box.width))
        for y in range(int(box.y + box.height - 20), int(box.y + box.height))
    ]
    assert SPAN_COLOUR.name() in marked


def test_the_tree_and_the_chart_open_on_each_others_unit(tab: OrganisationTab) -> None:
    page = tab.chart_page
    tab.pages.setCurrentIndex(0)
    anskaffelser = unit_named(page.left, "Anskaffelser")
    tab.select_unit(anskaffelser)
    tab.pages.setCurrentWidget(page)
    assert page.left.current == anskaffelser
    byarkivet = unit_named(page.left, "Byarkivet")
    page.left.select(byarkivet)
    tab.pages.setCurrentIndex(0)
    assert tab.current_unit().id == byarkivet
    assert tab.description_panel.isVisible()


def test_damaged_data_is_drawn_as_the_one_tree_places_it(context: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from fredapp.core.queries import current_scenario
    from fredapp.core.tree import CYCLE, MISSING_PARENT, UnitTree
    from fredapp.ui.orgchart.edits import ChartUnits

    database = context.database
    scenario = current_scenario(database)
    assert scenario is not None
    units = scenario_units(database, scenario.id)
    leaf = next(u for u in units if u.parent_id and not any(c.parent_id == u.id for c in units))
    parent = next(u for u in units if u.id == leaf.parent_id)
    orphan = next(u for u in units if u.parent_id and u.id not in (leaf.id, parent.id))
    with database.engine.begin() as conn:  # damaged as a merge of two moves can damage it
        conn.exec_driver_sql(
            "UPDATE unit SET parent_id = ? WHERE id = ?", (leaf.id.hex, parent.id.hex)
        )
        conn.exec_driver_sql(
            "UPDATE unit SET parent_id = ? WHERE id = ?", (uuid.uuid4().hex, orphan.id.hex)
        )
    tree = UnitTree(scenario_units(database, scenario.id))
    assert sorted(repair.kind for repair in tree.repairs) == [CYCLE, MISSING_PARENT]
    loaded = ChartUnits(context)
    loaded.load(scenario.id)
    view = ChartView(loaded)
    qtbot.addWidget(view)
    view.show_units()
    boxes = view.chart_layout.boxes
    assert sorted(box.unit_id for box in boxes) == sorted(unit.id for unit in units)  # all, once
    assert [box.unit_id for box in boxes] == [unit.id for unit in tree]  # the tree's order
    assert {unit_id: view.tree.parent_id(unit_id) for unit_id in view.tree.by_id} == {
        unit.id: tree.parent_id(unit.id) for unit in tree
    }


def test_other_span_bands_chosen_on_the_comparison_page_mark_the_chart(
    tab: OrganisationTab, page: OrgChartPage
) -> None:
    view = page.left
    view.mark_spans()
    assert view.chart_style.spans == {}
    tab.comparison_view.bands_edit.setText("2, 5, 7")  # 8 or more reports is now the top band
    assert tab.comparison_view.apply_bands()
    assert view.chart_style.spans, "no leader marked"
    assert all(int(text.split()[-1]) >= 8 for text in view.chart_style.spans.values())
    assert "8+" in page.span_label.text()


def test_a_right_click_offers_the_edits_on_the_box_clicked(
    page: OrgChartPage,
    context: AppContext,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    view = page.left
    texts = [action.text() for action in view.actions()]
    assert texts[:3] == ["Gi enheten nytt &navn", "&Legg til enhet under", "&Slett enhet"]
    assert [a.shortcut().toString() for a in view.actions()[:3]] == ["F2", "Ins", "Del"]
    byarkivet = unit_named(view, "Byarkivet")
    view.ensure_shown(byarkivet)
    middle = view.mapFromScene(QPointF(*view.chart_layout.by_id[byarkivet].centre))
    QTest.mousePress(view.viewport(), Qt.MouseButton.RightButton, pos=middle)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.RightButton, pos=middle)
    assert view.current == byarkivet
    view.actions()[2].trigger()  # Slett enhet
    assert stored(context, byarkivet).deleted
    qtbot.waitUntil(lambda: byarkivet not in view.units.records)
    context.undo_stack.undo()
    assert not stored(context, byarkivet).deleted
