"""FredApp's command line: ``gui`` (the default), ``demo``, ``check``, ``import``, ``export``.

Every failure the user can act on prints one line, ``fredapp: error: …``, and
exits with code 2; the files involved are left as they were.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from fredapp import __version__
from fredapp.core.errors import FredAppError, disk_full_error
from fredapp.core.messages import QT_TR_NOOP

if TYPE_CHECKING:
    from fredapp.core.sync.remote import ServerHub

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fredapp",
        description="FredApp: the reorganisation of Fredrikstad kommune's shared services.",
    )
    parser.add_argument("--version", action="version", version=f"FredApp {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = _command(commands, "gui", "open the window (the default)")
    gui.add_argument(
        "--screenshots", type=Path, metavar="DIR", help="save one PNG per tab into DIR, then exit"
    )
    gui.add_argument("--lang", choices=("nb", "en"), help="UI language for this run")
    demo = _command(commands, "demo", "create a database with the seed's data")
    demo.add_argument(
        "--scale",
        type=_positive_int,
        default=0,
        metavar="N",
        help="add generated data of N times municipality size",
    )
    _command(commands, "check", "check a database's integrity and schema version")
    sync = _command(commands, "sync", "merge the database with a shared file or hub, both ways")
    where = sync.add_mutually_exclusive_group(required=True)
    where.add_argument("--shared", type=Path, metavar="FILE", help="the shared file to sync with")
    where.add_argument("--hub", metavar="URL", help="the sync hub's address (fredapp hub serve)")
    sync.add_argument("--token", metavar="TOKEN", help="your hub token (or set FREDAPP_HUB_TOKEN)")
    sync.add_argument(
        "--wait", type=float, default=60.0, metavar="SECONDS", help="how long to wait for a lock"
    )
    for name, verb in (("import", "import into"), ("export", "export from")):
        sub = _command(commands, name, f"{verb} the database (format from the file ending)")
        sub.add_argument("kind", help="the kind of data, e.g. measures")
        sub.add_argument("file", type=Path, help="a .csv or .xlsx file")
        sub.add_argument(
            "--scenario", metavar="NAME", help="the scenario (kind org; import creates it if new)"
        )
        if name == "import":
            sub.add_argument(
                "--replace",
                action="store_true",
                help="replace figures for periods the database already holds (else refused)",
            )
        else:
            _document_options(sub)
    compare = _command(commands, "compare", "compare two scenarios of the organisation")
    compare.add_argument("from_scenario", metavar="FROM", help="the first scenario's name")
    compare.add_argument("to_scenario", metavar="TO", help="the second scenario's name")
    compare.add_argument("--json", action="store_true", help="print the figures as JSON")
    _briefing_command(commands)
    hub = commands.add_parser("hub", help="the sync hub on PostgreSQL (fredapp[hub])")
    from fredapp.server import cli as hub_cli  # argparse only: no server dependency

    hub_cli.add_arguments(hub)
    return parser


def _briefing_command(commands: argparse._SubParsersAction) -> None:
    briefing = _command(commands, "briefing", "write the council briefing from the database")
    briefing.add_argument("file", type=Path, help="a .pptx or .pdf file")
    briefing.add_argument("--period", metavar="PERIOD", help="a year (2023) or a month (2023-04)")
    briefing.add_argument("--lang", choices=("nb", "en"), help="language (default: the window's)")
    briefing.add_argument("--from", dest="from_scenario", metavar="A", help="scenario before")
    briefing.add_argument("--to", dest="to_scenario", metavar="B", help="scenario after")


def _document_options(export: argparse.ArgumentParser) -> None:
    """The export command's options for documents (board, checklist, descriptions, comparison,
    graph) and the language of what it writes."""
    export.add_argument(
        "target", nargs="?", type=Path, metavar="FILE", help="kind graph: the file (NAME FILE)"
    )
    export.add_argument("--lang", choices=("nb", "en"), help="the language of the file written")
    export.add_argument("--unit", metavar="UNIT", help="checklist: the unit's name")
    export.add_argument("--period", metavar="PERIOD", help="checklist: YYYY-MM, YYYY-Qn or YYYY")
    export.add_argument("--from", dest="from_scenario", metavar="A", help="comparison: from")
    export.add_argument("--to", dest="to_scenario", metavar="B", help="comparison: to")
    export.add_argument("--page", choices=("A4", "A3"), default="A4", help="board PDF: paper")
    export.add_argument(
        "--compare", metavar="OTHER", help="orgchart: beside --scenario, coloured by the changes"
    )
    export.add_argument(
        "--columns", choices=("status", "dimension"), default="status", help="board: columns by"
    )
    export.add_argument(
        "--group", choices=("dimension", "level"), default="dimension", help="timeline: rows by"
    )
    for option, what in (
        ("--dimension", "only this dimension (code or name)"),
        ("--status", "only this status (code or name)"),
        ("--level", "only this level (code or name)"),
        ("--owner", "only this owner unit (its name)"),
        ("--search", "measures with these words"),
    ):
        export.add_argument(option, metavar="VALUE", help=f"board: {what}")


def _command(
    commands: argparse._SubParsersAction, name: str, help_text: str
) -> argparse.ArgumentParser:
    sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text, description=help_text)
    sub.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the database file (default: fredapp.sqlite in the app-data folder)",
    )
    return sub


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def database_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db)
    from fredapp.core.paths import default_database_path

    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def run_gui(args: argparse.Namespace) -> int:
    from fredapp.ui.launch import run_gui as start

    return start(database_path(args), args.screenshots, args.lang)


def run_demo(args: argparse.Namespace) -> int:
    from fredapp.core import seed
    from fredapp.core.db import Database, open_database

    path = database_path(args)
    if path.exists():
        raise FredAppError(f"{path} already exists; demo never overwrites a file")

    def populate(database: Database) -> None:
        seed.populate(database)
        if args.scale:
            from fredapp.core.demo import populate_scaled

            populate_scaled(database, args.scale)

    open_database(path, populate=populate).close()
    scale = f" and generated data at scale {args.scale}" if args.scale else ""
    print(f"created {path} with the seed's data{scale}")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    from fredapp.core.db import check_database

    path = database_path(args)
    if not path.exists():
        raise FredAppError(QT_TR_NOOP("{path} does not exist"), path=path)
    # check_database first rolls back what a crashed writer left, so that is not "damage".
    problems = check_database(path)
    for problem in problems:
        print(f"fredapp: problem: {problem}", file=sys.stderr)
    if problems:
        return EXIT_PROBLEM
    print(f"{path}: sound")
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    if _is_document(args):
        return run_document_export(args)
    if args.target is not None:  # only a graph takes a NAME before its FILE
        raise FredAppError(QT_TR_NOOP("unexpected argument '{text}'"), text=str(args.target))
    from fredapp.core.db import open_database
    from fredapp.core.io.registry import export_kind

    database = open_database(_existing(args), create=False, read_only=True)
    try:
        options: dict[str, object] = {"scenario": args.scenario} if args.scenario else {}
        if getattr(args, "lang", None):  # a table for people; without it, the codes for scripts
            from fredapp.ui.labels import language_words

            options["words"] = language_words(args.lang)
        count = export_kind(database, args.kind, args.file, **options)
    finally:
        database.close()
    print(f"exported {count} {args.kind} rows to {args.file}")
    return EXIT_OK


def _is_document(args: argparse.Namespace) -> bool:
    """The board, a checklist form (.pdf; its .csv/.xlsx are the data), descriptions, the
    comparison or a graph: a document the window writes, rather than a kind of data."""
    if args.kind == "checklist":
        return Path(args.file).suffix.lower() not in (".csv", ".xlsx")
    return args.kind in ("board", "descriptions", "comparison", "graph", "timeline", "orgchart")


def run_document_export(args: argparse.Namespace) -> int:
    from fredapp.ui.cli_documents import export_document

    print(export_document(args, _existing(args)))
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from fredapp.core.db import open_database
    from fredapp.core.io.registry import import_kind
    from fredapp.core.service import DataService

    database = open_database(_existing(args), create=False)
    try:
        from fredapp.ui.labels import files_reading  # labels in bokmål or English, or codes

        options: dict[str, object] = {"reading": files_reading()}
        if getattr(args, "replace", False):
            options["replace"] = True
        if args.scenario:
            options["scenario"] = args.scenario
        count = import_kind(DataService(database), args.kind, args.file, **options)
    finally:
        database.close()
    print(f"imported {count} {args.kind} rows from {args.file}")
    return EXIT_OK


def run_compare(args: argparse.Namespace) -> int:
    from fredapp.core.calc.comparison_report import format_comparison
    from fredapp.core.calc.scenarios import compare_scenarios
    from fredapp.core.db import open_database

    database = open_database(_existing(args), create=False, read_only=True)
    try:
        comparison = compare_scenarios(database, args.from_scenario, args.to_scenario)
    finally:
        database.close()
    if args.json:
        import json

        print(json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_comparison(comparison))
    return EXIT_OK


def run_briefing(args: argparse.Namespace) -> int:
    from fredapp.core.briefing import BriefingOptions
    from fredapp.core.db import open_database
    from fredapp.ui import briefing_files

    briefing_files.check_suffix(args.file)
    briefing_files.ensure_application()
    if args.lang is None:
        from fredapp.ui.settings import load_language

        args.lang = load_language()
    options = BriefingOptions(args.from_scenario, args.to_scenario, args.period)
    database = open_database(_existing(args), create=False, read_only=True)
    try:
        (count,) = briefing_files.write_briefing(database, [args.file], options, args.lang)
    finally:
        database.close()
    unit = "slides" if args.file.suffix.lower() == ".pptx" else "pages"
    print(f"wrote the briefing ({count} {unit}) to {args.file}")
    return EXIT_OK


def _existing(args: argparse.Namespace) -> Path:
    path = database_path(args)
    if not path.exists():
        raise FredAppError(f"{path} does not exist; start FredApp or run 'fredapp demo' first")
    return path


def run_sync(args: argparse.Namespace) -> int:
    from fredapp.core.db import open_database
    from fredapp.core.sync import FileHub, Hub, sync

    path = _existing(args)
    open_database(path, create=False).close()  # refuses, or upgrades, the local database first
    hub: Hub = (
        FileHub(args.shared, lock_timeout=args.wait) if args.shared else _server_hub(args, path)
    )
    result = sync(path, hub)
    for warning in result.warnings:
        print(f"fredapp: warning: {warning}", file=sys.stderr)
    print(result.summary())
    return EXIT_OK


def run_hub(args: argparse.Namespace) -> int:
    from fredapp.server import cli as hub_cli

    return hub_cli.run(args)


def _server_hub(args: argparse.Namespace, path: Path) -> ServerHub:
    from fredapp.core.sync.remote import ServerHub, mirror_path

    token = args.token or os.environ.get("FREDAPP_HUB_TOKEN", "")
    if not token:
        raise FredAppError(QT_TR_NOOP("--hub needs your token: --token TOKEN or FREDAPP_HUB_TOKEN"))
    return ServerHub(args.hub, token, mirror=mirror_path(path, args.hub, token))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "sync": run_sync,
    "gui": run_gui,
    "demo": run_demo,
    "check": run_check,
    "export": run_export,
    "import": run_import,
    "compare": run_compare,
    "briefing": run_briefing,
    "hub": run_hub,
}


def _ensure_streams() -> None:
    """A windowed (PyInstaller) build starts with no stdout/stderr; give them somewhere to go."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        from fredapp.core.paths import app_data_dir

        folder = app_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        sys.stderr = open(folder / "fredapp-errors.log", "a", encoding="utf-8")  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> int:
    _ensure_streams()
    parser = build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    if not words or words[0] not in {*COMMANDS, "-h", "--help", "--version"}:
        words.insert(0, "gui")  # `fredapp --db X` means `fredapp gui --db X`
    args = parser.parse_args(words)
    try:
        return COMMANDS[args.command](args)
    except Exception as exc:
        line = _error_line(exc, args)
        if line is None:
            raise  # a bug: the traceback is what a developer needs
        print(f"fredapp: error: {line}", file=sys.stderr)
        return EXIT_ERROR


def _error_line(error: Exception, args: argparse.Namespace) -> str | None:
    """The one line for a failure the user can act on; None for a bug."""
    # First, since a full disk arrives as sqlite's, SQLAlchemy's, an OSError or wrapped in
    # a FredAppError (a sync, an upgrade), and only this names the folder to clear.
    full = disk_full_error(error, *_written_folders(args))
    if full is not None:
        return str(full)
    if isinstance(error, FredAppError):
        return str(error)
    if isinstance(error, OSError):
        name = error.filename2 or error.filename
        return f"{os.fsdecode(name)}: {error.strerror}" if name and error.strerror else str(error)
    # The database's file system said no (locked, read-only, I/O error): not a bug.
    driver_error = getattr(error, "orig", error)  # SQLAlchemy wraps the driver's error
    if isinstance(driver_error, sqlite3.OperationalError):
        return f"{_database_path(args)}: {driver_error}"
    return None


def _database_path(args: argparse.Namespace) -> Path:
    """The database a command uses, without creating the default folder (unlike database_path)."""
    if getattr(args, "db", None) is not None:
        return Path(args.db)
    from fredapp.core.paths import default_database_path

    return default_database_path()


def _written_folders(args: argparse.Namespace) -> list[Path]:
    """Where a command writes, most likely first: where a full disk may be."""
    folders = [_database_path(args).parent]
    if args.command == "sync":
        # The shared file's folder, and the system temp folder that holds the merge's copies.
        shared = [Path(args.shared).parent] if args.shared else []
        folders += [*shared, Path(tempfile.gettempdir())]
    elif args.command in ("export", "briefing"):
        folders.insert(0, Path(args.file).parent)
    return folders
