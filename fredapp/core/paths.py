"""Where FredApp finds its resources and keeps its data."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_dir

from fredapp import APP_NAME, ORGANIZATION


def resources_dir() -> Path:
    """The ``resources/`` folder, in a checkout or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def app_data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, ORGANIZATION, roaming=True))


def default_database_path() -> Path:
    return app_data_dir() / "fredapp.sqlite"
