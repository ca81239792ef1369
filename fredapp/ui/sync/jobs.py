"""One sync off the UI thread: with the shared file (SyncJob) or the hub (HubSyncJob).

Both run the core's :func:`fredapp.core.sync.sync`, the function ``fredapp sync --shared`` and
``fredapp sync --hub`` run; only the hub they are given differs. The hub's job takes the
sign-in from the system keyring (or this session) in the worker and renews an expired OpenID
Connect sign-in there, since both may wait on the network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from fredapp.core.clock import HybridClock, Stamp
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.sync import FileHub, Hub, HubUnavailable, SyncError, credentials, sync
from fredapp.core.sync.hub_interface import HubSignInRefused
from fredapp.core.sync.remote import ServerHub, mirror_path
from fredapp.core.sync.signin import SignInRefused, current_bearer, sign_in_refused
from fredapp.ui.messages import error_text


class _Signals(QObject):
    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str, bool)  # message, offline
    sign_in_refused = Signal(str)  # message: the user must sign in again


class SyncJob(QRunnable):
    """One sync, off the UI thread. Its clock starts from the service's and is observed back."""

    def __init__(self, db_path: Path, shared: Path, device: str, last: Stamp) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._db_path = db_path
        self._shared = shared
        self._clock = HybridClock(device, last)

    def make_hub(self) -> Hub:
        return FileHub(self._shared, lock_timeout=30)

    def run(self) -> None:
        try:
            result = sync(
                self._db_path,
                self.make_hub(),
                clock=self._clock,
                progress=lambda stage, done, total: self.signals.progress.emit(stage, done, total),
            )
        except HubUnavailable as exc:
            self.signals.failed.emit(error_text(exc), True)
        except SyncError as exc:
            if refuses_sign_in(exc):
                self.signals.sign_in_refused.emit(error_text(in_words(exc)))
            else:
                self.signals.failed.emit(error_text(exc), False)
        except Exception as exc:  # an unexpected failure must not kill the worker silently
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}", False)
        else:
            self.signals.finished.emit(result)


class HubSyncJob(SyncJob):
    """A sync through the hub at ``url`` with the sign-in kept for it."""

    def __init__(self, db_path: Path, url: str, device: str, last: Stamp) -> None:
        super().__init__(db_path, Path(), device, last)
        self._url = url

    def make_hub(self) -> Hub:
        secret = credentials.load(self._url)
        if secret is None:
            raise SignInRefused(
                QT_TR_NOOP("Not signed in to the hub; open the sync settings and sign in")
            )
        bearer, key, renewed = current_bearer(secret)
        if renewed is not None:
            credentials.save(self._url, renewed)  # a rotated refresh token replaces the old
        return ServerHub(self._url, bearer, mirror=mirror_path(self._db_path, self._url, key))


def in_words(error: SyncError) -> SyncError:
    """A refused sign-in with the hub's reason in the user's language where it is known."""
    if isinstance(error, SignInRefused):
        return error
    return sign_in_refused(str(error.message.values.get("reason", "")))


def refuses_sign_in(error: SyncError) -> bool:
    """Whether ``error`` means the user must sign in again (not a refusal of the data)."""
    return isinstance(error, HubSignInRefused)  # SignInRefused is one too
