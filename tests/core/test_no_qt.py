"""The core never imports Qt: it must run headless (fredapp sync, check) and in plain pytest."""

from __future__ import annotations

import subprocess
import sys
import textwrap

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph")

SCRIPT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import fredapp.core

    imported = []
    for info in pkgutil.walk_packages(fredapp.core.__path__, "fredapp.core."):
        if info.name == "fredapp.core.migrations.env":
            continue  # Alembic's environment script runs only inside Alembic
        importlib.import_module(info.name)
        imported.append(info.name)
    print(json.dumps({"imported": imported, "modules": sorted(sys.modules)}))
    """
)


def test_core_imports_no_qt() -> None:
    import json

    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.strip().splitlines()[-1])
    imported = data["imported"]
    for module in ("fredapp.core.db", "fredapp.core.service", "fredapp.core.calc.leaders"):
        assert module in imported
    qt = [name for name in data["modules"] if name.split(".")[0].startswith(FORBIDDEN)]
    assert qt == [], f"fredapp.core pulled in {qt}"
