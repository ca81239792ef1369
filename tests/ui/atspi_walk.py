#!/usr/bin/python3
"""What a screen reader gets from FredApp over AT-SPI, the bus Orca reads on Linux.

Run it with the *system* python3 (pyatspi is a Debian package, python3-pyatspi,
not something the project's venv can install):

    /usr/bin/python3 tests/ui/atspi_walk.py            # a readable report
    /usr/bin/python3 tests/ui/atspi_walk.py --json     # for tests/ui/test_atspi.py

It builds its own throwaway world so that nothing of the user's is touched: an
Xvfb screen, a D-Bus session with the accessibility bus, temporary config and
data folders, and a demo database. It starts FredApp with the project's venv,
selects each of the four page tabs through AT-SPI, and lists every showing,
interactive object with its role, name and description. Exit status 1 means
some interactive object (or some graph) has no name; 2 means the tools are
missing; 3 means FredApp never showed up on the bus.

Needs: Xvfb (xvfb), dbus-launch (dbus-x11), at-spi-bus-launcher (at-spi2-core),
python3-pyatspi, and the xcb libraries Qt needs (../shared/tools/on-screen
installs them).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"

INTERACTIVE_ROLES = {
    "push button",
    "check box",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "list",
    "table",
    "tree",
    "tree table",
    "page tab",
    "menu item",
    "check menu item",
    "radio menu item",
    "slider",
    "radio button",
    "toggle button",
}
# A QGraphicsView (and so every pyqtgraph plot) reaches AT-SPI as one opaque
# object; it must at least say what it shows and where its numbers are instead.
GRAPH_ROLES = {"filler", "canvas", "image", "chart"}


def missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-launch") if shutil.which(tool) is None]
    if not os.access(BUS_LAUNCHER, os.X_OK):
        missing.append(BUS_LAUNCHER)
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        missing.append("pyatspi for " + sys.executable)
    return missing


class World:
    """Xvfb + D-Bus session + accessibility bus + temp folders, torn down on exit."""

    def __init__(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="fredapp-atspi-"))
        self.processes: list[subprocess.Popen[bytes]] = []
        self.dbus_pid: int | None = None
        self.env = dict(os.environ)

    def start(self) -> None:
        display = self._start_xvfb()
        config, data = self.tmp / "config", self.tmp / "data"
        config.mkdir()
        data.mkdir()
        self.env.update(
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            XDG_CONFIG_HOME=str(config),
            XDG_DATA_HOME=str(data),
            XDG_RUNTIME_DIR=str(self.tmp),
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            NO_AT_BRIDGE="0",
            GTK_A11Y="atspi",
            LANG="C.UTF-8",
        )
        self.env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        self.env.pop("AT_SPI_BUS_ADDRESS", None)
        out = subprocess.run(
            ["dbus-launch", "--sh-syntax"], env=self.env, capture_output=True, text=True, check=True
        ).stdout
        for line in out.splitlines():
            key, _, value = line.partition("=")
            value = value.rstrip(";").strip("'")
            if key == "DBUS_SESSION_BUS_ADDRESS":
                self.env[key] = value
            elif key == "DBUS_SESSION_BUS_PID":
                self.dbus_pid = int(value)
        self._spawn([BUS_LAUNCHER, "--launch-immediately"])
        # pyatspi reads these when it first touches the bus, so they go into
        # this process too before pyatspi is imported.
        os.environ.update(self.env)
        self._wait_for_a11y_bus()

    def _start_xvfb(self) -> str:
        for number in range(120, 200):
            if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
                continue
            display = f":{number}"
            proc = self._spawn(
                ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"]
            )
            for _ in range(50):
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    return display
                if proc.poll() is not None:
                    break
                time.sleep(0.1)
        raise RuntimeError("Xvfb did not start")

    def _wait_for_a11y_bus(self) -> None:
        for _ in range(50):
            probe = subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--dest=org.a11y.Bus",
                    "/org/a11y/bus",
                    "org.a11y.Bus.GetAddress",
                ],
                env=self.env,
                capture_output=True,
                text=True,
            )
            if probe.returncode == 0:
                return
            time.sleep(0.1)

    def _spawn(self, argv: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        kwargs.setdefault("stderr", subprocess.DEVNULL)
        proc = subprocess.Popen(
            argv,
            env=self.env,
            stdout=subprocess.DEVNULL,
            start_new_session=True,
            **kwargs,  # type: ignore[arg-type]
        )
        self.processes.append(proc)
        return proc

    def make_database(self, python: str) -> Path:
        db = self.tmp / "walk.sqlite"
        subprocess.run(
            [python, "-m", "fredapp", "demo", "--db", str(db)],
            env=self.env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        return db

    def start_app(self, python: str, db: Path, language: str) -> subprocess.Popen[bytes]:
        argv = [python, "-m", "fredapp", "gui", "--db", str(db), "--lang", language]
        self.app_log = self.tmp / "app.log"
        with self.app_log.open("wb") as log:
            return self._spawn(argv, cwd=ROOT, stderr=log)

    def stop(self) -> None:
        for proc in reversed(self.processes):
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
        for proc in reversed(self.processes):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        if self.dbus_pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.dbus_pid, signal.SIGTERM)
        shutil.rmtree(self.tmp, ignore_errors=True)


# -- walking the tree -----------------------------------------------------------------

# Item views expose every row or cell as a child, named by its data; walking
# thousands of them over D-Bus would take minutes and tell nothing new.
OPAQUE_CONTAINERS = {"table", "tree table", "tree", "list", "menu bar", "combo box"}


def find_app(pyatspi, proc: subprocess.Popen[bytes], timeout: float):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        for app in pyatspi.Registry.getDesktop(0):
            try:
                if app is not None and app.get_process_id() == proc.pid and app.childCount > 0:
                    return app
            except Exception:  # apps come and go on the bus
                continue
        time.sleep(0.2)
    return None


def children(node):  # type: ignore[no-untyped-def]
    try:
        count = node.childCount
    except Exception:  # a vanished object
        return []
    found = []
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            found.append(child)
    return found


def is_showing(pyatspi, node) -> bool:  # type: ignore[no-untyped-def]
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def labelled_by(pyatspi, node) -> list:  # type: ignore[no-untyped-def]
    try:
        relations = node.getRelationSet()
    except Exception:
        return []
    return [
        relation.getTarget(i)
        for relation in relations
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
        for i in range(relation.getNTargets())
    ]


def size_of(pyatspi, node) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    try:
        extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return extents.width, extents.height
    except Exception:
        return 0, 0


def describe(pyatspi, node, role: str, path: str, parent_role: str) -> dict | None:  # type: ignore[no-untyped-def]
    """The record of one object, or None when it is neither a control nor a graph."""
    name = (node.name or "").strip()
    description = (node.description or "").strip()
    label = " ".join((t.name or "").strip() for t in labelled_by(pyatspi, node)).strip()
    width, height = size_of(pyatspi, node)
    if role in INTERACTIVE_ROLES:
        kind = "interactive"
    elif (
        role in GRAPH_ROLES
        and parent_role not in {"text", "table", "tree table", "list"}  # their own viewports
        and node.childCount == 0
        and width >= 120
        and height >= 80
    ):
        # A QGraphicsView's viewport, where every pyqtgraph plot is drawn, is
        # a large leaf filler: to a screen reader the whole graph is this.
        kind = "graph"
    else:
        return None
    problem = ""
    if role == "combo box" and not label:
        # On Linux Qt gives a combo box its current text as name and drops
        # setAccessibleName (QAccessibleComboBox::text, "on Linux we use
        # relations"); only a buddy label says what the box is for.
        problem = "named only by its value (no label)"
    elif not name and not label:
        problem = "no name"
    elif kind == "graph" and not description:
        problem = "graph without a description"
    return {
        "kind": kind,
        "role": role,
        "name": name,
        "label": label,
        "description": description,
        "problem": problem,
        "path": path,
    }


def walk(pyatspi, node, path: str, out: list[dict], depth: int = 0) -> None:  # type: ignore[no-untyped-def]
    if depth > 60:
        return
    try:
        parent_role = node.getRoleName()
    except Exception:
        return
    for index, child in enumerate(children(node)):
        if not is_showing(pyatspi, child):
            continue
        try:
            role = child.getRoleName()
            here = f"{path}/{role}[{index}]"
            record = describe(pyatspi, child, role, here, parent_role)
        except Exception:  # an object that vanished while we looked
            continue
        if record is not None:
            out.append(record)
        if role not in OPAQUE_CONTAINERS:
            walk(pyatspi, child, here, out, depth + 1)


def dump(pyatspi, node, depth: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Print the showing tree, for looking at what a control really exposes."""
    for child in children(node):
        if not is_showing(pyatspi, child):
            continue
        width, height = size_of(pyatspi, child)
        labels = [t.name for t in labelled_by(pyatspi, child)]
        print(
            f"{'  ' * depth}[{child.getRoleName()}] {child.name!r} "
            f"desc={child.description!r} {width}x{height} kids={child.childCount} labels={labels}"
        )
        if child.getRoleName() not in OPAQUE_CONTAINERS:
            dump(pyatspi, child, depth + 1)


def tab_lists(pyatspi, node, path: str = "", found: list | None = None) -> list:  # type: ignore[no-untyped-def]
    """(path, node) of every showing page tab list under ``node``."""
    found = [] if found is None else found
    for i, child in enumerate(children(node)):
        if not is_showing(pyatspi, child):
            continue
        role = child.getRoleName()
        here = f"{path}/{i}"
        if role == "page tab list":
            found.append((here, child))
        elif role not in OPAQUE_CONTAINERS:
            tab_lists(pyatspi, child, here, found)
    return found


def page_tab_indexes(tablist) -> list[int]:  # type: ignore[no-untyped-def]
    # A crowded QTabBar adds "Scroll Left"/"Scroll Right" buttons as children.
    return [i for i, tab in enumerate(children(tablist)) if tab.getRoleName() == "page tab"]


def select_tab(pyatspi, tablist, index: int) -> None:  # type: ignore[no-untyped-def]
    tab = tablist.getChildAtIndex(index)
    try:
        action = tab.queryAction()
        for i in range(action.nActions):
            if action.getName(i).lower() in {"press", "click", "activate", "switch"}:
                action.doAction(i)
                break
        else:
            tablist.querySelection().selectChild(index)
    except NotImplementedError:
        tablist.querySelection().selectChild(index)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if tablist.getChildAtIndex(index).getState().contains(pyatspi.STATE_SELECTED):
            break
        time.sleep(0.1)


def settled_walk(pyatspi, app, timeout: float = 6.0) -> list[dict]:  # type: ignore[no-untyped-def]
    """Walk until two walks in a row agree: tabs fill their views after they show."""
    previous: list[dict] | None = None
    deadline = time.monotonic() + timeout
    while True:
        found: list[dict] = []
        walk(pyatspi, app, "", found)
        if found == previous or time.monotonic() > deadline:
            return found
        previous = found
        time.sleep(0.3)


def visit_subtabs(pyatspi, app, seen: set[str], view: str, views: dict) -> None:  # type: ignore[no-untyped-def]
    """Select every tab of each inner tab list on the current page, depth first."""
    for path, tablist in tab_lists(pyatspi, app):
        if path in seen:
            continue
        seen.add(path)
        for index in page_tab_indexes(tablist):
            key = f"{view} › {tablist.getChildAtIndex(index).name}"
            select_tab(pyatspi, tablist, index)
            progress(key)
            views[key] = settled_walk(pyatspi, app)
            if DUMP:
                print(f"\n######## {key}")
                dump(pyatspi, app)
            visit_subtabs(pyatspi, app, seen, key, views)


STARTED = time.monotonic()
DUMP = "--dump" in sys.argv


def progress(what: str) -> None:
    print(f"{time.monotonic() - STARTED:6.1f}s {what}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> dict:
    world = World()
    try:
        world.start()
        import pyatspi

        db = Path(args.db) if args.db else world.make_database(args.python)
        app_proc = world.start_app(args.python, db, args.lang)
        app = find_app(pyatspi, app_proc, timeout=args.timeout)
        if app is None:
            log = world.app_log.read_text(errors="replace")[-2000:]
            return {"error": f"FredApp did not show up on the accessibility bus\n{log}"}
        main_list = None
        deadline = time.monotonic() + args.timeout
        while main_list is None and time.monotonic() < deadline:
            lists = sorted(tab_lists(pyatspi, app), key=lambda item: item[0].count("/"))
            main_path, main_list = lists[0] if lists else ("", None)
            time.sleep(0.2)
        if main_list is None:
            return {"error": "no page tab list in the main window"}
        tabs: list[dict] = []
        for index in page_tab_indexes(main_list):
            tab_name = main_list.getChildAtIndex(index).name
            select_tab(pyatspi, main_list, index)
            progress(tab_name)
            views = {tab_name: settled_walk(pyatspi, app)}
            if DUMP:
                print(f"\n######## {tab_name}")
                dump(pyatspi, app)
            if args.subtabs:
                visit_subtabs(pyatspi, app, {main_path}, tab_name, views)
            # One object counts once per tab however many of its inner views show it.
            merged: dict[tuple[str, str, str], dict] = {}
            for view, objects in views.items():
                for obj in objects:
                    merged.setdefault(
                        (obj["path"], obj["role"], obj["name"]), {**obj, "view": view}
                    )
            tabs.append({"tab": tab_name, "views": list(views), "objects": list(merged.values())})
        return {"app": app.name, "tabs": tabs}
    finally:
        world.stop()


def problems(result: dict) -> list[tuple[str, dict]]:
    return [
        (tab["tab"], obj)
        for tab in result.get("tabs", [])
        for obj in tab["objects"]
        if obj["problem"]
    ]


def print_report(result: dict) -> None:
    print(f"application: {result['app']}")
    for tab in result["tabs"]:
        interactive = [o for o in tab["objects"] if o["kind"] == "interactive"]
        graphs = [o for o in tab["objects"] if o["kind"] == "graph"]
        flagged = [o for o in tab["objects"] if o["problem"]]
        print(
            f"\n== tab {tab['tab']!r} ({len(tab['views'])} views): {len(interactive)} interactive,"
            f" {len(graphs)} graphs, {len(flagged)} with a problem"
        )
        for obj in tab["objects"]:
            label = f" label={obj['label']!r}" if obj["label"] else ""
            desc = f"  — {obj['description']}" if obj["description"] else ""
            mark = f"  <<< {obj['problem']}" if obj["problem"] else ""
            print(f"  [{obj['role']}] {obj['name']!r}{label}{desc}{mark}")
    found = problems(result)
    print(f"\n{len(found)} problem(s)")
    for _tab, obj in found:
        print(f"  {obj['view']}: [{obj['role']}] {obj['name']!r}: {obj['problem']}  {obj['path']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--python", default=str(ROOT / ".venv" / "bin" / "python"), help="Python that runs FredApp"
    )
    parser.add_argument("--db", help="database to open (default: a fresh demo database)")
    parser.add_argument("--lang", default="en", choices=["en", "nb"])
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for the app")
    parser.add_argument(
        "--no-subtabs", dest="subtabs", action="store_false", help="only the four main tabs"
    )
    parser.add_argument("--dump", action="store_true", help="also print each tab's whole tree")
    args = parser.parse_args()
    # A killed walk (pytest's timeout, Ctrl+C) must still take its Xvfb and buses down.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
    missing = missing_tools()
    if missing:
        print("missing: " + ", ".join(missing), file=sys.stderr)
        return 2
    result = run(args)
    if "error" in result:
        print(result["error"], file=sys.stderr)
        if args.json:
            print(json.dumps(result))
        return 3
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print_report(result)
    return 1 if problems(result) else 0


if __name__ == "__main__":
    sys.exit(main())
