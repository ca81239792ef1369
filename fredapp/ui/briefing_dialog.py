"""File → Make council briefing …: choose the period, the two scenarios, the language and the
file; the briefing is written as .pptx, and as .pdf beside it when asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fredapp.core.briefing import BriefingOptions
from fredapp.core.briefing.content import check_period, chosen_scenarios
from fredapp.core.errors import Cancelled, FredAppError
from fredapp.core.queries import scenarios
from fredapp.ui import settings
from fredapp.ui.briefing_files import write_briefing
from fredapp.ui.context import AppContext
from fredapp.ui.error_label import fit_message, show_error
from fredapp.ui.file_dialogs import ask_save_path
from fredapp.ui.i18n import LANGUAGES
from fredapp.ui.messages import error_text
from fredapp.ui.workers import StepProgress


class BriefingDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Make council briefing"))
        self.period_edit = QLineEdit()
        self.period_edit.setPlaceholderText(self.tr("the latest figures held"))
        self.period_edit.setAccessibleName(self.tr("Period: a year (2023) or a month (2023-04)"))
        self.from_box, self.to_box = QComboBox(), QComboBox()
        self.from_box.setAccessibleName(self.tr("Organisation before"))
        self.to_box.setAccessibleName(self.tr("Organisation after"))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language of the briefing"))
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(self.language_box.findData(settings.load_language()))
        self.file_edit = QLineEdit(str(Path.home() / "orientering.pptx"))
        self.file_edit.setAccessibleName(self.tr("File"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        self.pdf_box = QCheckBox(self.tr("Also write a &PDF beside it"))
        self.pdf_box.setChecked(True)
        self.error_label = fit_message(QLabel())
        self._load_scenarios()
        self._build_layout()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Period:"), self.period_edit)
        form.addRow(self.tr("&Before:"), self.from_box)
        form.addRow(self.tr("&After:"), self.to_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form.addRow(self.tr("&File:"), file_row)
        form.addRow("", self.pdf_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Write"))
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _load_scenarios(self) -> None:
        database = self._context.database
        for scenario in scenarios(database):
            self.from_box.addItem(scenario.name)
            self.to_box.addItem(scenario.name)
        try:
            first, second = chosen_scenarios(database, BriefingOptions())
        except FredAppError:
            return  # no scenario at all: writing will say so
        self.from_box.setCurrentText(first.name)
        self.to_box.setCurrentText(second.name)

    def browse(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Save the briefing"),
            self.file_edit.text(),
            self.tr("PowerPoint (*.pptx)"),
        )
        if path:
            self.file_edit.setText(path)

    def options(self) -> BriefingOptions:
        return BriefingOptions(
            self.from_box.currentText() or None,
            self.to_box.currentText() or None,
            check_period(self.period_edit.text()),
        )

    def paths(self) -> list[Path]:
        path = Path(self.file_edit.text().strip())
        if path.suffix.lower() != ".pptx":
            path = path.with_name(path.name + ".pptx")
        return [path, path.with_suffix(".pdf")] if self.pdf_box.isChecked() else [path]

    def write(self) -> bool:
        """Write the files; a refusal is shown here, the dialog stays open and nothing changes."""
        if not self.file_edit.text().strip() or not self.paths()[0].parent.is_dir():
            text = self.tr("Choose a file in a folder that exists: %1")
            show_error(self.error_label, text.replace("%1", self.file_edit.text()))
            return False
        try:
            options, paths = self.options(), self.paths()
            language = str(self.language_box.currentData())
            with StepProgress(self, self.tr("Writing the briefing …")) as progress:
                write_briefing(self._context.database, paths, options, language, progress)
        except Cancelled:
            return False
        except (FredAppError, OSError) as error:
            show_error(self.error_label, error_text(error))
            return False
        self.written = paths
        self.accept()
        return True


def make_briefing(window: QMainWindow, context: AppContext) -> None:
    """The menu action: the dialog, then where the files went in the status bar."""
    dialog = BriefingDialog(context, window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.written:
        window.statusBar().showMessage(
            QCoreApplication.translate("BriefingDialog", "Briefing written to %1").replace(
                "%1", ", ".join(str(path) for path in dialog.written)
            ),
            10000,
        )
