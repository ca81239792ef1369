"""Import and export of FredApp's data as CSV and Excel files."""

from fredapp.core.io.registry import KINDS, Kind, export_kind, import_kind

__all__ = ["KINDS", "Kind", "export_kind", "import_kind"]
