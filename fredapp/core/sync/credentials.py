"""The sync hub's sign-in kept in the system's keyring, never in a settings file.

One entry per hub address, as JSON: a personal token (``{"kind": "token", "token": …}``) or an
OpenID Connect sign-in (``{"kind": "oidc", "refresh_token": …, "issuer": …, …}``). Where the
system has no keyring (keyring's fail backend: a server, CI, a desktop without a secret
service) the sign-in is kept in this process only, for the session, and :func:`persistent`
says so, so the window can tell the user to sign in again next time.
"""

from __future__ import annotations

import contextlib
import json
import threading
from typing import Any

SERVICE = "FredApp sync hub"

_SESSION: dict[str, str] = {}  # address → JSON, when the system has no keyring
_GUARD = threading.Lock()


def persistent() -> bool:
    """Whether a sign-in outlives this session (a real keyring exists)."""
    # Imported here: keyring takes ~60 ms to import, not worth it at every start.
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


def save(address: str, secret: dict[str, Any]) -> bool:
    """Keep ``secret`` for ``address``; True when it went to the system's keyring."""
    import keyring.errors

    text = json.dumps(secret)
    if persistent():
        try:
            keyring.set_password(SERVICE, address, text)
        except keyring.errors.KeyringError:
            pass  # a locked or broken keyring: keep it for the session below
        else:
            with _GUARD:
                _SESSION.pop(address, None)
            return True
    with _GUARD:
        _SESSION[address] = text
    return False


def load(address: str) -> dict[str, Any] | None:
    """The sign-in kept for ``address``, or None."""
    import keyring.errors

    with _GUARD:
        text = _SESSION.get(address)
    if text is None and persistent():
        try:
            text = keyring.get_password(SERVICE, address)
        except keyring.errors.KeyringError:
            text = None
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def forget(address: str) -> None:
    import keyring.errors

    with _GUARD:
        _SESSION.pop(address, None)
    if persistent():
        with contextlib.suppress(keyring.errors.KeyringError):  # nothing kept there
            keyring.delete_password(SERVICE, address)
