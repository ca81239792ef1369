"""Sync in the window: settings, "Sync now", automatic sync, status, conflicts, history."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from fredapp.ui.context import AppContext
from fredapp.ui.sync.controller import SyncController, SyncState


def install_sync(window: QMainWindow, context: AppContext) -> SyncController:
    controller = SyncController(context, window)
    controller.install()
    return controller


__all__ = ["SyncController", "SyncState", "install_sync"]
