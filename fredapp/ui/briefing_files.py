"""Writing the council briefing to a file, by its ending: ``.pptx`` (python-pptx, in the core)
or ``.pdf`` (drawn with Qt). One path for the window's dialog and ``fredapp briefing``."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from fredapp.core.briefing import BriefingOptions, build_briefing
from fredapp.core.briefing.model import Briefing
from fredapp.core.briefing.pptx import write_pptx
from fredapp.core.db import Database
from fredapp.core.errors import FredAppError
from fredapp.core.messages import QT_TR_NOOP
from fredapp.ui.briefing_pdf import translator_for, write_pdf
from fredapp.ui.briefing_pictures import add_pictures

SUFFIXES = (".pptx", ".pdf")
# Told (done, total); it may raise Cancelled, and then nothing is written.
Progress = Callable[[int, int], None]
_KEEP: list[object] = []


def _no_progress(done: int, total: int) -> None:
    pass


def check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise FredAppError(
            QT_TR_NOOP("unsupported file type '{suffix}' for the briefing; use {endings}"),
            suffix=path.suffix or path.name,
            endings=" or ".join(SUFFIXES),
        )


def ensure_application() -> None:
    """A Qt application for fonts and the PDF; off screen where there is no display."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _KEEP.append(QGuiApplication([]))  # kept: Qt ends an application whose object is collected


def write_document(path: Path, briefing: Briefing, language: str, progress: Progress) -> int:
    """Write a briefing already gathered; returns its slides (PPTX) or pages (PDF)."""
    check_suffix(path)
    translate = translator_for(language)
    if path.suffix.lower() == ".pptx":
        count = write_pptx(path, briefing, translate, language)
        progress(1, 1)
        return count
    ensure_application()
    return write_pdf(path, briefing, translate, language, progress)


def write_briefing(
    database: Database,
    paths: list[Path],
    options: BriefingOptions,
    language: str,
    progress: Progress = _no_progress,
) -> list[int]:
    """Gather the briefing once and write it to every path (a .pptx and a .pdf beside it).

    All or nothing: each file is written beside its place first and moved in only when every
    one is done, so a Cancel or a failure halfway leaves no file half new.
    """
    for path in paths:
        check_suffix(path)
    steps = len(paths) + 1

    def gathering(done: int, total: int) -> None:
        progress(done, total * steps)

    ensure_application()  # the pictures are drawn with Qt
    briefing = add_pictures(
        database, build_briefing(database, options, gathering), options, language
    )
    drafts = [path.with_name(f".{path.stem}.briefing-draft{path.suffix}") for path in paths]
    try:
        counts = []
        for index, draft in enumerate(drafts, 1):

            def writing(done: int, total: int, index: int = index) -> None:
                progress(index * max(total, 1) + done, max(total, 1) * steps)

            counts.append(write_document(draft, briefing, language, writing))
        for draft, path in zip(drafts, paths, strict=True):
            os.replace(draft, path)
        return counts
    finally:
        for draft in drafts:
            draft.unlink(missing_ok=True)
