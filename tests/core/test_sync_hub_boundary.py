"""Trust at the boundary: special files, other people's files and wrong clocks on the share."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fault_helpers import within
from sync_helpers import Client, make_template, row

from fredapp.core.db import SCHEMA_HEAD, open_database
from fredapp.core.models import Measure
from fredapp.core.sync import FileHub, HubLocked, HubRefused, sync, verify_database
from fredapp.core.sync import hub as hub_module
from fredapp.core.sync.engine import local_clock

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")

WORKER = Path(__file__).with_name("sync_worker.py")
DAYS = 3 * 86400


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def clients(tmp_path: Path, template: Path) -> Iterator[tuple[Client, Client, Path]]:
    (tmp_path / "share").mkdir()
    a = Client(tmp_path / "a.sqlite", template, "Anne")
    b = Client(tmp_path / "b.sqlite", template, "Bjørn", skew_ms=-3_600_000)
    yield a, b, tmp_path / "share" / "shared.sqlite"
    a.close()
    b.close()


def run(client: Client, shared: Path, **options):  # type: ignore[no-untyped-def]
    with within(20):
        return sync(client.path, FileHub(shared, **options), clock=client.service.clock)


def measure(client: Client, code: str):  # type: ignore[no-untyped-def]
    return client.service.create(
        Measure, code=code, title=code, dimension="S", level="stab"
    ).record_id


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- special files --------------------------------------------------------------------------


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


def link_to_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def link_to_null(path: Path) -> None:
    path.symlink_to("/dev/null")


def make_socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays


def link_to_fifo(path: Path) -> None:
    os.mkfifo(path.with_name("elsewhere.fifo"))
    path.symlink_to(path.with_name("elsewhere.fifo"))


SPECIALS: dict[str, tuple[Callable[[Path], None], str]] = {
    "fifo": (make_fifo, "a FIFO"),
    "symlink to /dev/zero": (link_to_zero, "a character device"),
    "symlink to /dev/null": (link_to_null, "a character device"),
    "socket": (make_socket, "a socket"),
    "symlink to a fifo": (link_to_fifo, "a FIFO"),
}


def present(path: Path) -> bool:
    return os.path.lexists(path)


@pytest.mark.parametrize("kind", list(SPECIALS))
def test_a_special_shared_file_is_refused_at_once_and_nothing_changes(clients, kind) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    measure(a, "A-1")
    make, words = SPECIALS[kind]
    make(shared)
    before = a.path.read_bytes()
    with pytest.raises(HubRefused, match=rf"{shared.name}.* is not a regular file \({words}\)"):
        run(a, shared)
    assert a.path.read_bytes() == before
    assert present(shared) and not shared.is_file()
    names = sorted(p.name for p in shared.parent.iterdir())
    assert all(n == shared.name or n == "elsewhere.fifo" for n in names), names


@pytest.mark.parametrize("kind", list(SPECIALS))
def test_fingerprint_and_pull_refuse_a_special_file_without_reading(tmp_path, kind) -> None:  # type: ignore[no-untyped-def]
    shared = tmp_path / "shared.sqlite"
    SPECIALS[kind][0](shared)
    hub = FileHub(shared)
    (tmp_path / "work").mkdir()
    with within(5):
        with pytest.raises(HubRefused, match="not a regular file"):
            hub.fingerprint()
        with pytest.raises(HubRefused, match="not a regular file"):
            hub.pull(tmp_path / "work")
    assert not list((tmp_path / "work").iterdir())  # nothing copied into the work folder


@pytest.mark.parametrize("kind", ["fifo", "symlink to /dev/zero", "socket"])
def test_a_special_lock_file_is_refused_at_once(clients, kind) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = clients
    measure(b, "B-1")
    run(b, shared)
    measure(a, "A-1")
    lock = shared.with_name(shared.name + ".lock")
    SPECIALS[kind][0](lock)
    before, shared_before = a.path.read_bytes(), digest(shared)
    with pytest.raises(HubRefused, match=rf"\.lock is not a regular file \({SPECIALS[kind][1]}\)"):
        run(a, shared, lock_timeout=30)
    assert a.path.read_bytes() == before and digest(shared) == shared_before
    assert present(lock) and not lock.is_file()


def test_filelock_read_and_is_stale_refuse_a_fifo(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lock = hub_module.FileLock(tmp_path / "x.lock", timeout=1)
    os.mkfifo(lock.path)
    with within(5):
        with pytest.raises(HubRefused, match="FIFO"):
            lock.read()
        with pytest.raises(HubRefused, match="FIFO"):
            lock.is_stale({})
        with pytest.raises(HubRefused, match="FIFO"):
            lock.acquire()
    assert lock.path.exists()


def test_an_oversized_lock_file_is_refused_not_read(clients) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    measure(a, "A-1")
    lock = shared.with_name(shared.name + ".lock")
    lock.write_bytes(b"{" + b" " * hub_module.MAX_LOCK_BYTES + b"}")
    with pytest.raises(HubRefused, match="larger than FredApp accepts"):
        run(a, shared, lock_timeout=2)
    assert lock.stat().st_size == hub_module.MAX_LOCK_BYTES + 2


def test_a_shared_file_above_the_size_limit_is_refused(clients, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = clients
    measure(b, "B-1")
    run(b, shared)
    monkeypatch.setattr(hub_module, "MAX_SHARED_BYTES", shared.stat().st_size - 1)
    measure(a, "A-1")
    before = digest(shared)
    with pytest.raises(HubRefused, match=r"larger than FredApp accepts .*at most"):
        run(a, shared)
    assert digest(shared) == before


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_copying_stops_at_the_limit_when_the_size_lies(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # /proc files are regular files that claim 0 bytes and then deliver more, as a file
    # that grows while it is copied does.
    monkeypatch.setattr(hub_module, "MAX_SHARED_BYTES", 64)
    monkeypatch.setattr(hub_module, "_COPY_CHUNK", 16)
    with pytest.raises(HubRefused, match="larger than FredApp accepts"):
        hub_module._copy_hashing(Path("/proc/self/status"), tmp_path / "copy")
    assert (tmp_path / "copy").stat().st_size <= 64


def test_the_descriptor_is_checked_again_after_opening(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    regular, fifo = tmp_path / "shared.sqlite", tmp_path / "swapped"
    regular.write_bytes(b"x" * 100)
    os.mkfifo(fifo)
    real_open = os.open

    def swapping_open(path, flags, *args):  # type: ignore[no-untyped-def]
        # The name is pointed at a FIFO between the check and the open.
        if Path(path) == regular:
            assert flags & os.O_NONBLOCK
            return real_open(fifo, flags, *args)
        return real_open(path, flags, *args)

    monkeypatch.setattr(hub_module.os, "open", swapping_open)
    with within(5), pytest.raises(HubRefused, match="FIFO"):
        hub_module._copy_hashing(regular, tmp_path / "copy")


def test_a_symlink_to_a_regular_shared_file_is_followed(clients, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = clients
    cloud = tmp_path / "cloud"
    cloud.mkdir()
    real = cloud / "team.sqlite"
    shared.symlink_to(real)
    first = measure(a, "A-1")
    assert run(a, shared).published
    assert shared.is_symlink() and real.is_file()  # the link stays; the file is in the cloud
    measure(a, "A-2")
    run(a, shared)  # a second publish makes a backup beside the real file
    assert list((cloud / ".team-backups").glob("team-*.sqlite"))
    run(b, shared)
    assert row(b.path, "measure", first)["code"] == "A-1"  # type: ignore[index]
    assert not list(shared.parent.glob("*.lock")) and not list(cloud.glob("*.lock"))


@pytest.mark.parametrize("kind", ["fifo", "symlink to /dev/zero", "socket"])
def test_a_special_conflict_copy_is_skipped_with_a_warning(clients, kind) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    measure(a, "A-1")
    run(a, shared)
    copy = shared.with_name("shared (1).sqlite")
    SPECIALS[kind][0](copy)
    measure(a, "A-2")
    result = run(a, shared)
    assert result.published
    assert any(
        "shared (1).sqlite" in str(w) and "not a regular file" in str(w) for w in result.warnings
    )
    assert present(copy) and not copy.is_file() and not result.merged_copies


def test_a_backup_folder_that_is_a_file_is_refused_and_nothing_changes(clients) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    measure(a, "A-1")
    run(a, shared)
    (shared.parent / ".shared-backups").write_bytes(b"not a folder")
    measure(a, "A-2")
    before = digest(shared)
    with pytest.raises(HubRefused, match="is not a folder"):
        run(a, shared)
    assert digest(shared) == before
    assert not list(shared.parent.glob(".*.new"))


def test_a_backup_copied_where_links_fail_is_bounded_and_sound(clients, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    measure(a, "A-1")
    run(a, shared)

    def no_links(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError("no hard links on this share")

    monkeypatch.setattr(hub_module.os, "link", no_links)
    for number in range(2, 6):
        measure(a, f"A-{number}")
        run(a, shared, keep_backups=2)
    backups = sorted((shared.parent / ".shared-backups").glob("shared-*.sqlite"))
    assert len(backups) == 2
    for backup in backups:
        assert verify_database(backup, backup.name) == SCHEMA_HEAD


# -- whose conflict copies ------------------------------------------------------------------

CONFLICT_COPIES = [
    "shared (1).sqlite",
    "shared (12).sqlite",
    "shared-LAPTOP-12.sqlite",
    "shared-DESKTOP-4F2K9QX.sqlite",
    "shared-KARI-PC.sqlite",
    "shared (Kari's conflicted copy 2026-11-29).sqlite",
    "shared (Kari Nordmann's conflicted copy 2026-11-29).sqlite",
    "shared (Kari's conflicted copy 2026-11-29) (1).sqlite",
    "shared (Kari's conflicted copy 2026-11-29 (2)).sqlite",
    "shared (conflicted copy 2026-11-29 120000).sqlite",
    "shared (conflict 2026-11-29 120000).sqlite",
    "shared_conflict-20261129-120000.sqlite",
    "shared.sync-conflict-20261129-120000-ABCDEFG.sqlite",
    "Shared (1).SQLITE",
]

NOT_CONFLICT_COPIES = [
    "shared-hr.sqlite",
    "shared_old.sqlite",
    "shared-backup.sqlite",
    "shared2.sqlite",
    "shared copy.sqlite",
    "shared - Copy.sqlite",
    "shared-2.sqlite",
    "shared-Kari.sqlite",
    "shared-laptop-12.sqlite",
    "shared-ABCDEFGHIJKLMNOP.sqlite",  # 16 characters: longer than any Windows computer name
    "shared (old).sqlite",
    "shared (1).sqlite.bak",
    "shared.sqlite.old",
    "other (1).sqlite",
    "shared_conflict.sqlite",
    "shared.sync-conflict.sqlite",
    "sharedx (1).sqlite",
]


@pytest.mark.parametrize("name", CONFLICT_COPIES)
def test_cloud_conflict_copy_names_are_recognised(name) -> None:  # type: ignore[no-untyped-def]
    assert hub_module._conflict_copy_pattern(Path("/s/shared.sqlite")).match(name)


@pytest.mark.parametrize("name", NOT_CONFLICT_COPIES)
def test_other_names_beside_the_share_are_not_conflict_copies(name) -> None:  # type: ignore[no-untyped-def]
    assert not hub_module._conflict_copy_pattern(Path("/s/shared.sqlite")).match(name)


def test_other_fredapp_files_beside_the_share_are_neither_merged_nor_moved(clients) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = clients
    measure(a, "A-1")
    run(a, shared)
    theirs = measure(b, "B-other-team")
    run(b, shared.with_name("team.sqlite"))  # a sound FredApp database of another team
    others = [shared.with_name(name) for name in NOT_CONFLICT_COPIES]
    for other in others:
        shutil.copyfile(shared.with_name("team.sqlite"), other)
    before = {other: digest(other) for other in others}
    measure(a, "A-2")
    result = run(a, shared)
    assert result.published and not result.merged_copies and not result.warnings
    assert {other: digest(other) for other in others} == before
    assert row(shared, "measure", theirs) is None
    assert not list(shared.parent.glob(".shared-backups/merged-*"))


@pytest.mark.parametrize(
    "name",
    [
        "shared-DESKTOP-4F2K9QX.sqlite",
        "shared (conflicted copy 2026-11-29 120000).sqlite",
        "shared_conflict-20261129-120000.sqlite",
        "shared (Kari's conflicted copy 2026-11-29) (1).sqlite",
    ],
)
def test_more_cloud_conflict_copies_are_merged_then_set_aside(clients, name) -> None:  # type: ignore[no-untyped-def]
    a, b, shared = clients
    measure(a, "A-1")
    run(a, shared)
    run(b, shared)
    older = shared.read_bytes()
    stranded = measure(b, "B-stranded")
    run(b, shared)
    os.replace(shared, shared.with_name(name))  # the cloud client kept b's version as a copy
    shared.write_bytes(older)
    measure(a, "A-2")
    result = run(a, shared)
    assert not shared.with_name(name).exists()
    assert any(p.name.endswith(name) for p in result.merged_copies)
    assert row(shared, "measure", stranded)["code"] == "B-stranded"  # type: ignore[index]


# -- clocks ---------------------------------------------------------------------------------


@pytest.fixture(params=[DAYS, -DAYS], ids=["fast", "slow"])
def skewed_clock(request, monkeypatch) -> int:  # type: ignore[no-untyped-def]
    """This laptop's wall clock (as hub.py sees it) days off the file system's."""
    real = time.time
    monkeypatch.setattr(hub_module.time, "time", lambda: real() + request.param)
    return int(request.param)


def write_lock(lock: Path, **info: object) -> None:
    lock.write_text(json.dumps({"time": "2026-11-29T12:00:00+00:00", "token": "theirs", **info}))


def real_now() -> float:
    return time.clock_gettime(time.CLOCK_REALTIME)


def test_a_live_lock_from_another_host_is_not_taken_by_a_wrong_clock(clients, skewed_clock) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    measure(a, "A-1")
    lock = shared.with_name(shared.name + ".lock")
    write_lock(lock, pid=4242, host="LAPTOP-12")
    assert not hub_module.FileLock(lock).is_stale(hub_module.FileLock(lock).read() or {})
    before = a.path.read_bytes()
    with pytest.raises(HubLocked, match="LAPTOP-12"):
        run(a, shared, lock_timeout=1)
    assert json.loads(lock.read_text())["token"] == "theirs" and a.path.read_bytes() == before
    assert not list(shared.parent.glob(".*.clock-*"))  # the probe is cleaned up


def test_a_live_local_process_keeps_its_lock_against_a_wrong_clock(tmp_path, skewed_clock) -> None:  # type: ignore[no-untyped-def]
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock = hub_module.FileLock(tmp_path / "x.lock", timeout=0.5, stale_after=5)
        write_lock(lock.path, pid=holder.pid, host=socket.gethostname())
        assert not lock.is_stale(lock.read() or {})
        with pytest.raises(HubLocked):
            lock.acquire()
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_old_by_the_file_systems_clock_is_taken_over_whatever_ours_says(  # type: ignore[no-untyped-def]
    clients, skewed_clock
) -> None:
    a, _b, shared = clients
    measure(a, "A-1")
    lock = shared.with_name(shared.name + ".lock")
    write_lock(lock, pid=4242, host="LAPTOP-12")
    old = real_now() - 600
    os.utime(lock, (old, old))
    assert run(a, shared, lock_timeout=2, stale_after=120).published
    assert not lock.exists()


def test_an_empty_lock_is_stale_after_its_grace_by_the_file_systems_clock(
    tmp_path, skewed_clock
) -> None:  # type: ignore[no-untyped-def]
    lock = hub_module.FileLock(tmp_path / "x.lock")
    lock.path.write_bytes(b"")
    assert not lock.is_stale({})  # its writer may be filling it right now
    old = real_now() - 30
    os.utime(lock.path, (old, old))
    assert lock.is_stale({})


def test_a_dead_local_pid_is_stale_at_once(tmp_path, skewed_clock) -> None:  # type: ignore[no-untyped-def]
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock = hub_module.FileLock(tmp_path / "x.lock")
    write_lock(lock.path, pid=dead.pid, host=socket.gethostname())
    assert lock.is_stale(lock.read() or {})


def test_a_lock_stamped_in_the_future_is_stale_once_seen_unrefreshed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Its mtime came from a clock days ahead (a cloud client copying it): by the file
    # system's clock it looks new for days, but nobody refreshes it.
    lock = hub_module.FileLock(tmp_path / "x.lock", stale_after=0.3)
    write_lock(lock.path, pid=4242, host="LAPTOP-12")
    ahead = real_now() + DAYS
    os.utime(lock.path, (ahead, ahead))
    assert not lock.is_stale(lock.read() or {})
    time.sleep(0.4)
    assert lock.is_stale(lock.read() or {})
    os.utime(lock.path)  # a heartbeat: alive again
    assert not lock.is_stale(lock.read() or {})


def test_a_fast_clock_leaves_a_lock_file_being_made_alone(clients, skewed_clock) -> None:  # type: ignore[no-untyped-def]
    a, _b, shared = clients
    measure(a, "A-1")
    making = shared.with_name(f"{shared.name}.lock.0123abcd.tmp")  # another FredApp's, just now
    making.write_bytes(b"{}")
    crashed = shared.with_name(f"{shared.name}.lock.89abcdef.tmp")
    crashed.write_bytes(b"{}")
    old = real_now() - 600
    os.utime(crashed, (old, old))
    run(a, shared)
    assert making.exists() and not crashed.exists()


def _skewed_worker(local: Path, shared: Path, name: str, rounds: int, skew: int) -> list[str]:
    # The whole process runs days ahead, as on a laptop whose clock is wrong.
    code = (
        "import runpy, sys, time\n"
        f"real = time.time\ntime.time = lambda: real() + {skew}\n"
        f"sys.argv = [{str(WORKER)!r}, {str(local)!r}, {str(shared)!r}, {name!r}, '{rounds}']\n"
        f"runpy.run_path({str(WORKER)!r}, run_name='__main__')\n"
    )
    return [sys.executable, "-c", code]


@pytest.mark.slow
def test_concurrent_syncs_all_succeed_with_one_clock_days_fast(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    shared = share / "shared.sqlite"
    locals_ = [tmp_path / f"c{i}.sqlite" for i in range(5)]
    for path in locals_:
        open_database(path).close()
    rounds = 8
    commands = [
        _skewed_worker(path, shared, f"P{i}", rounds, DAYS if i == 0 else 0)
        for i, path in enumerate(locals_)
    ]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    workers = [
        subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for c in commands
    ]
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, out + err
        assert out.count("synced") == rounds, out
    sync(locals_[1], FileHub(shared), clock=local_clock(locals_[1]))
    expected = {f"P{i}-{n}" for i in range(5) for n in range(1, rounds + 1)}
    with contextlib.closing(sqlite3.connect(shared)) as conn:
        codes = {r[0] for r in conn.execute("SELECT code FROM measure WHERE NOT deleted")}
    assert expected <= codes, "a change was lost"
    assert verify_database(shared, "shared") == SCHEMA_HEAD
    assert not list(share.glob("*.lock")) and not list(share.glob(".*.clock-*"))
