"""Sync in the window: the action, automatic triggers, the worker thread, the status bar.

Sync runs with a shared file or with the sync hub (a server), as the sync settings say, in a
worker thread (QThreadPool) so the window never waits. It runs when the user asks
(Ctrl+Shift+S), a few seconds after a local change, when the shared file changes (a file
watcher, re-armed after every replace, since a replace-by-rename drops the watch), every
minute (network shares that send no notices; a hub that was out of reach), and at start.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QToolBar, QToolButton

from fredapp.core.clock import Stamp
from fredapp.core.operations import Operation
from fredapp.core.sync import SyncResult, credentials
from fredapp.core.sync.engine import open_conflicts, pending_changes
from fredapp.ui.context import AppContext
from fredapp.ui.messages import message_text
from fredapp.ui.sync.jobs import HubSyncJob, SyncJob
from fredapp.ui.sync.status import SyncState, stage_names, status_text, where_text
from fredapp.ui.sync.where import (
    RECENT_LIMIT,
    HubSetting,
    load_hub,
    load_shared_file,
    recent_shared_files,
    save_hub,
    save_shared_file,
    server_chosen,
)

AFTER_CHANGE_MS = 4000
POLL_MS = 60_000
PROGRESS_AFTER_MS = 700
_POOLS_STILL_RUNNING: list[QThreadPool] = []  # kept alive until their sync ends
_VIEW_CHANGES_LIMIT = 300  # above this many received records, views reload once per table


class SyncController(QObject):
    state_changed = Signal()
    synced = Signal(object)  # SyncResult

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self.state = SyncState.OFF
        self.message = ""
        self.last_result: SyncResult | None = None
        self.last_synced: dt.datetime | None = None
        self._job: SyncJob | None = None
        self._again = False
        self._after_hold = False  # a sync came due while an import held sync
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.after_change = QTimer(self, singleShot=True, interval=AFTER_CHANGE_MS)
        self.after_change.timeout.connect(self.sync_now)
        self.poll = QTimer(self, interval=POLL_MS)
        self.poll.timeout.connect(self.sync_now)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._shared_file_changed)
        self.watcher.directoryChanged.connect(self._shared_file_changed)
        self._progress_delay = QTimer(self, singleShot=True, interval=PROGRESS_AFTER_MS)
        self._progress_delay.timeout.connect(self._show_progress)
        self._build_actions()
        self._build_status()
        context.changes.operation.connect(self._local_change)
        context.changes.sync_released.connect(self._hold_released)
        context.sync_running = self.is_running
        self.shared_file = load_shared_file()
        self.hub = load_hub()
        self.server = server_chosen() and self.hub is not None
        self._arm()
        self._update_status()
        if self.active():
            QTimer.singleShot(0, self.sync_now)  # at start

    # -- setup -----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.sync_action = QAction(self.tr("S&ync now"), self._window)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.setToolTip(self.tr("Merge with the shared file now (Ctrl+Shift+S)"))
        self.sync_action.triggered.connect(self.sync_now)
        self.settings_action = QAction(self.tr("Sync &settings…"), self._window)
        self.settings_action.triggered.connect(self.show_settings)
        self.conflicts_action = QAction(self.tr("&Conflicts…"), self._window)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.history_action = QAction(self.tr("Record &history…"), self._window)
        self.history_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.history_action.triggered.connect(self.show_history)

    def install(self) -> None:
        """Add the sync menu (before Help), a toolbar and the status-bar widgets."""
        bar = self._window.menuBar()
        menus = [a for a in bar.actions() if a.menu() is not None]
        self.menu = bar.addMenu(self.tr("S&ync")) if not menus else None
        if self.menu is None:
            from PySide6.QtWidgets import QMenu

            self.menu = QMenu(self.tr("S&ync"), self._window)
            bar.insertMenu(menus[-1], self.menu)
        for action in (self.sync_action, None, self.settings_action):
            if action is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(action)
        self.recent_menu = self.menu.addMenu(self.tr("&Recent shared files"))
        self.recent_menu.setAccessibleName(self.tr("Recent shared files"))
        self._fill_recent_menu()
        self.menu.addAction(self.conflicts_action)
        self.menu.addAction(self.history_action)
        self.toolbar = QToolBar(self.tr("Sync"), self._window)
        self.toolbar.setObjectName("SyncToolBar")
        self.toolbar.setAccessibleName(self.tr("Sync toolbar"))
        self.toolbar.addAction(self.sync_action)
        self._window.addToolBar(self.toolbar)
        self._window.statusBar().addPermanentWidget(self.progress)
        self._window.statusBar().addPermanentWidget(self.label)
        self._window.statusBar().addPermanentWidget(self.sign_in_button)

    def _build_status(self) -> None:
        self.label = QLabel()
        self.label.setObjectName("SyncStatus")
        self.label.setAccessibleName(self.tr("Sync status"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        # One click from a refused sign-in to the settings; shown only then.
        self.sign_in_button = QToolButton()
        self.sign_in_button.setText(self.tr("Sign in…"))
        self.sign_in_button.setAccessibleName(self.tr("Open the sync settings and sign in"))
        self.sign_in_button.clicked.connect(self.show_settings)
        self.sign_in_button.setVisible(False)

    # -- the shared file ---------------------------------------------------------------------

    def active(self) -> bool:
        return self.hub is not None if self.server else self.shared_file is not None

    def set_hub(self, hub: HubSetting, secret: dict[str, object] | None = None) -> None:
        """Sync through the hub from now on; ``secret`` (a new sign-in) goes to the keyring."""
        if secret is not None:
            credentials.save(hub.url, secret)
        save_hub(hub)
        self.hub, self.server = hub, True
        self.message = ""
        self._arm()
        self._update_status()
        self.sync_now()

    def set_shared_file(self, path: Path | None) -> None:
        if path is not None:
            path = Path(path).absolute()
        save_shared_file(path)
        self.server = False
        self.shared_file = path
        if path is not None and hasattr(self, "recent_menu"):
            self._fill_recent_menu()
        self._arm()
        self._update_status()
        if path is not None:
            self.sync_now()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_shared_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.set_shared_file(p))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def _arm(self) -> None:
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        if not self.active():
            self.poll.stop()
            return
        self.poll.start()
        self._rewatch()

    def _rewatch(self) -> None:
        shared = self.shared_file
        if shared is None or self.server:
            return
        if shared.parent.is_dir() and str(shared.parent) not in self.watcher.directories():
            self.watcher.addPath(str(shared.parent))
        if shared.exists() and str(shared) not in self.watcher.files():
            self.watcher.addPath(str(shared))

    def _shared_file_changed(self, _path: str) -> None:
        # A replace by rename drops the watch on the file: add it again.
        self._rewatch()
        if self._job is None and not self.after_change.isActive():
            self.after_change.start(1000)

    # -- triggers ----------------------------------------------------------------------------

    def _local_change(self, operation: Operation) -> None:
        if not self.active() or operation.received:
            return
        if self.state not in (SyncState.SYNCING, SyncState.OFFLINE, SyncState.FAILED):
            self.state = SyncState.WAITING
            self._update_status()
        self.after_change.start(AFTER_CHANGE_MS)

    _closed = False

    def sync_now(self) -> None:
        if self._closed:
            return
        if not self.active():
            if self.sender() is self.sync_action:
                self.show_settings()
            return
        if self._job is not None:
            self._again = True
            return
        if self._context.sync_holds:
            self._after_hold = True
            return
        self.after_change.stop()
        service = self._context.service
        path, last = self._context.database.path, service.clock.last
        job: SyncJob
        if self.server and self.hub is not None:
            job = HubSyncJob(path, self.hub.url, service.device, last)
        else:
            assert self.shared_file is not None
            job = SyncJob(path, self.shared_file, service.device, last)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.sign_in_refused.connect(self._on_sign_in_refused)
        self._job = job
        self.state = SyncState.SYNCING
        self._update_status()
        self._progress_delay.start()
        self.pool.start(job)

    def is_running(self) -> bool:
        return self._job is not None

    def _hold_released(self) -> None:
        if self._after_hold:
            self._after_hold = False
            QTimer.singleShot(0, self.sync_now)

    # -- results -----------------------------------------------------------------------------

    def _show_progress(self) -> None:
        if self._job is not None:
            self.progress.setVisible(True)

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        names = stage_names(self.server)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{names.get(stage, stage)} %p%")

    def _job_done(self) -> None:
        self._job = None
        self._progress_delay.stop()
        self.progress.setVisible(False)
        self._rewatch()
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.sync_now)

    def _on_finished(self, result: SyncResult) -> None:
        service = self._context.service
        if result.max_stamp:
            service.clock.observe(Stamp.parse(result.max_stamp))
        self.last_result = result
        self.last_synced = dt.datetime.now()
        self.message = ""
        self._job_done()
        self._tell_views(result)
        if result.open_conflicts:
            self.state = SyncState.CONFLICTS
        elif self._job is None and pending_changes(self._context.database.path):
            self.state = SyncState.WAITING
        else:
            self.state = SyncState.SYNCED
        self._update_status()
        for warning in result.warnings:
            self._window.statusBar().showMessage(message_text(warning), 10000)
        self.synced.emit(result)

    def _on_failed(self, message: str, offline: bool) -> None:
        self.message = message
        self.state = SyncState.OFFLINE if offline else SyncState.FAILED
        self._job_done()
        self._update_status()

    def _on_sign_in_refused(self, message: str) -> None:
        self.message = message
        self.state = SyncState.SIGN_IN
        self._job_done()
        self._update_status()

    def _tell_views(self, result: SyncResult) -> None:
        """What sync brought in reaches the views through the service, as one batch, like
        a local operation (above the limit: one record per table, and those tables reload)."""
        self._context.service.announce_received(
            result, self.tr("Sync"), named_limit=_VIEW_CHANGES_LIMIT
        )

    # -- status bar --------------------------------------------------------------------------

    def status_text(self) -> str:
        count = self.last_result.open_conflicts if self.last_result else 0
        return status_text(
            self.state,
            server=self.server,
            message=self.message,
            conflicts=count,
            synced=self.last_synced,
        )

    def where_text(self) -> str:
        """Which the window syncs with: «Server: hub.example.no» or «Shared file: felles.sqlite»."""
        hub_url = self.hub.url if self.server and self.hub is not None else None
        return where_text(hub_url, self.shared_file)

    def _update_status(self) -> None:
        if not self.active():
            self.state = SyncState.OFF
        where = self.where_text()
        self.label.setText(f"{where} · {self.status_text()}" if where else self.status_text())
        target = self.hub.url if self.server and self.hub else str(self.shared_file or "")
        self.label.setToolTip(self.message or target)
        self.sign_in_button.setVisible(self.state is SyncState.SIGN_IN)
        self.conflicts_action.setEnabled(True)
        self.state_changed.emit()

    def refresh_conflicts(self) -> None:
        """After a conflict was resolved here: the count in the status bar follows."""
        if self.last_result is not None:
            self.last_result.open_conflicts = open_conflicts(self._context.database.path)
            if self.state is SyncState.CONFLICTS and not self.last_result.open_conflicts:
                self.state = SyncState.WAITING
        self._update_status()

    # -- dialogs -----------------------------------------------------------------------------

    def show_settings(self) -> None:
        from fredapp.ui.sync.settings import SyncSettingsDialog

        dialog = SyncSettingsDialog(
            self.shared_file, self._window, hub=self.hub, server=self.server
        )
        if dialog.exec():
            if dialog.server_chosen():
                self.set_hub(dialog.chosen_hub(), dialog.new_secret())
            else:
                self.set_shared_file(dialog.chosen_path())

    def show_conflicts(self) -> None:
        from fredapp.ui.sync.dialogs import ConflictDialog

        dialog = ConflictDialog(self._context, self._window)
        dialog.resolved.connect(self.refresh_conflicts)
        dialog.exec()

    def show_history(self, record_id: uuid.UUID | None = None) -> None:
        from fredapp.ui.sync.dialogs import HistoryDialog

        HistoryDialog(
            self._context, self._window, record_id if isinstance(record_id, uuid.UUID) else None
        ).exec()

    def shutdown(self, wait: bool = True) -> None:
        """The window closes: no more syncs from timers or the watcher; let a running one end
        (``wait``: before returning — not when the window is only being rebuilt)."""
        self._closed = True
        self.poll.stop()
        self.after_change.stop()
        self.watcher.blockSignals(True)
        if wait:
            self.pool.waitForDone(60_000)
        if self.pool.activeThreadCount():
            # Still running (or not waited for): the pool's destructor would wait for the job
            # with no end, so the pool outlives this window instead.
            self.pool.setParent(None)
            _POOLS_STILL_RUNNING.append(self.pool)


__all__ = ["RECENT_LIMIT", "SyncController", "SyncJob", "SyncState", "recent_shared_files"]
