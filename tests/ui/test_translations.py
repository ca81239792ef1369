"""Bokmål is complete, English is complete, and the compiled .qm files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TOOLS = Path(sys.executable).parent
UNDONE = {"unfinished", "vanished", "obsolete"}


def unfinished(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        done = translation is not None and translation.get("type") not in UNDONE
        if translation is not None and message.get("numerus") == "yes":
            # a plural: one text per grammatical number ("%n enhet", "%n enheter")
            texts = [form.text or "" for form in translation.findall("numerusform")]
        else:
            texts = [translation.text or ""] if translation is not None else [""]
        if not done or not texts or not all(text.strip() for text in texts):
            missing.append(message.findtext("source") or "")
    return missing


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_string_in_the_ts_file_is_translated(language: str) -> None:
    assert unfinished(I18N / f"fredapp_{language}.ts") == []


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_visible_string_in_the_code_is_in_the_ts_file(language: str, tmp_path: Path) -> None:
    """lupdate over today's code adds nothing untranslated to a copy of the .ts file."""
    lupdate = TOOLS / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    copy = tmp_path / f"fredapp_{language}.ts"
    shutil.copy(I18N / copy.name, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "fredapp").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert unfinished(copy) == [], "run resources/i18n/update_translations.py and translate"


@pytest.mark.parametrize("language", ["nb", "en"])
def test_compiled_qm_matches_ts(language: str, tmp_path: Path) -> None:
    lrelease = TOOLS / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    qm = tmp_path / "out.qm"
    subprocess.run(
        [str(lrelease), str(I18N / f"fredapp_{language}.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    assert qm.read_bytes() == (I18N / f"fredapp_{language}.qm").read_bytes()


def test_qt_buttons_are_bokmal(translations) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nb",
            {
                "look in": "&Se i:",
                "file name": "Fil&navn:",
                "file type": "Fil&type:",
                "accept": "&Lagre",
                "cancel": "Avbryt",
                "columns": ["Navn", "Størrelse", "Type", "Endret"],
                "tips": ["Tilbake", "Fram", "Overordnet mappe", "Lag ny mappe"],
                "all files": "Alle filer (*)",
            },
        ),
        (
            "en",
            {
                "look in": "&Look in:",
                "file name": "File &name:",
                "file type": "Files of &type:",
                "accept": "&Save",
                "cancel": "Cancel",
                "columns": ["Name", "Size", "Type", "Date Modified"],
                "tips": ["Back", "Forward", "Parent Directory", "Create New Folder"],
                "all files": "All Files (*)",
            },
        ),
    ],
)
def test_qts_own_file_dialog_speaks_the_chosen_language(
    language: str,
    expected: dict[str, object],
    translations,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Qt ships no bokmål for its file dialog; FredApp's .ts carries it (fredapp/ui/qt_strings)."""
    from PySide6.QtWidgets import (
        QDialogButtonBox,
        QFileDialog,
        QLabel,
        QPushButton,
        QToolButton,
        QTreeView,
    )

    translations.install(language)
    (tmp_path / "tiltak.xlsx").write_bytes(b"")
    dialog = QFileDialog(None, "FredApp", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == expected["look in"]
    assert labels["fileNameLabel"] == expected["file name"]
    assert labels["fileTypeLabel"] == expected["file type"]
    box = dialog.findChild(QDialogButtonBox)
    buttons = {b.text() for b in box.findChildren(QPushButton)}
    assert buttons == {expected["accept"], expected["cancel"]}
    header = dialog.findChild(QTreeView).model()
    columns = [header.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert columns == expected["columns"]
    tips = [b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip()]
    assert set(expected["tips"]) <= set(tips)  # type: ignore[arg-type]
    combo = dialog.findChild(QComboBox, "fileTypeCombo")
    assert combo.itemText(0) == expected["all files"]
