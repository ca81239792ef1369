"""A log file and crash reports in the application-data folder.

A windowed build has no console, so anything that goes wrong must land in a
file a user can send to IT: ``logs/fredapp.log`` (rotated) and one
``crash-*.txt`` per unexpected error; a hard crash of the interpreter itself
goes to ``logs/fatal.txt`` through faulthandler.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import logging.handlers
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from fredapp import __version__

LOG_NAME = "fredapp.log"
_fatal_stream: IO[str] | None = None


def log_dir(app_data: Path) -> Path:
    return app_data / "logs"


def setup_logging(folder: Path) -> Path:
    """Log to a rotating file in ``folder``; returns the log file's path."""
    global _fatal_stream
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not isinstance(h, logging.FileHandler)]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if _fatal_stream is None:
        _fatal_stream = (folder / "fatal.txt").open("a", encoding="utf-8")
        faulthandler.enable(file=_fatal_stream)
    logging.getLogger("fredapp").info(
        "FredApp %s on Python %s, %s", __version__, platform.python_version(), platform.platform()
    )
    return path


def write_crash_report(
    folder: Path,
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    now: dt.datetime | None = None,
) -> Path:
    """Write one crash report and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.txt"
    lines = [
        f"FredApp {__version__}, Python {platform.python_version()}, {platform.platform()}\n",
        f"{' '.join(sys.argv)}\n\n",
        *traceback.format_exception(kind, error, tb),
    ]
    path.write_text("".join(lines), encoding="utf-8")
    logging.getLogger("fredapp").error("unexpected error, report in %s", path)
    return path
