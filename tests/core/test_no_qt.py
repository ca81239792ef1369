"""The core never imports Qt: it must run headless (fredapp sync, check) and in plain pytest."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import fredapp.core

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


def _imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    """Every module an ``import`` or ``from … import`` names, anywhere in the file."""
    names: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append((node.lineno, node.module))
    return names


def test_no_core_module_imports_qt_anywhere() -> None:
    """Imports inside functions, methods and ``if TYPE_CHECKING`` blocks count too: importing
    every module (above) runs none of those."""
    root = Path(fredapp.core.__file__).parent
    files = sorted(root.rglob("*.py"))
    assert len(files) > 20
    found = [
        f"{path.relative_to(root.parent)}:{line}: {name}"
        for path in files
        for line, name in _imported_names(ast.parse(path.read_text(encoding="utf-8")))
        if name.split(".")[0] in FORBIDDEN
    ]
    assert found == [], "fredapp/core imports Qt:\n" + "\n".join(found)


def test_the_walk_sees_an_import_inside_a_function() -> None:
    source = "def f():\n    if True:\n        from PySide6.QtCore import Qt\n    import pyqtgraph\n"
    names = sorted(name for _, name in _imported_names(ast.parse(source)))
    assert names == ["PySide6.QtCore", "pyqtgraph"]
