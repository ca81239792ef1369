"""Signing in to the sync hub from the desktop: the address, a connection test, OpenID Connect.

The hub's address must be ``https://`` (``http://`` only to this computer: a token sent over
plain HTTP can be read on the way). :func:`check_connection` asks the hub's ``/v1/hello`` once
and says in words what is wrong (not reachable, not a FredApp hub, sign-in refused and why, a
clock far off). The hub says which OpenID Connect issuer and client id to use
(``GET /v1/signin``, :func:`find_provider`); the browser sign-in itself, PKCE on a loopback
redirect, is :mod:`fredapp.core.sync.pkce`. :func:`current_bearer` gives what to send for a
kept sign-in, renewing an OpenID Connect one first when it is about to expire. Talks HTTP with
the standard library, as :mod:`fredapp.core.sync.remote` does (the desktop has no httpx).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

from fredapp.core.clock import wall_now_ms
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.sync.hub import HubRefused, HubUnavailable, SyncError
from fredapp.core.sync.pkce import LoopbackSignIn, Provider, SignInRefused, Tokens, refresh

TOKEN_PREFIX = "fh1."
CLOCK_WARN_MS = 5 * 60 * 1000  # sign-in tokens allow a minute; stamps far ahead are refused
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


# The hub's reasons for refusing a sign-in (fredapp/server/app.py, oidc.py: English, one
# line), said in the user's language; one not listed is shown as the hub wrote it.
_REASONS = {
    "unknown or revoked token": QT_TR_NOOP(
        "the key is unknown, was revoked, or its user was removed; ask the hub's administrator"
    ),
    "not a fredapp hub token": QT_TR_NOOP("this is not a FredApp hub key"),
    "this token was made for another hub": QT_TR_NOOP("the key was made for another hub"),
    "the token has expired": QT_TR_NOOP("the key has expired; ask for a new one"),
    "signed in, but not a user of this hub": QT_TR_NOOP(
        "you signed in, but are not a user of this hub; ask its administrator"
    ),
    "the sign-in has expired": QT_TR_NOOP("the sign-in has expired; sign in again"),
    "the token comes from an issuer this hub does not trust": QT_TR_NOOP(
        "the hub does not trust this sign-in service"
    ),
    "the token was made for another service": QT_TR_NOOP(
        "the sign-in was made for another service"
    ),
}


def refusal_reason(detail: str) -> Message | str:
    """The hub's reason for a refused sign-in, translatable when it is a known one."""
    text = detail.strip().lower()
    for start, template in _REASONS.items():
        if text.startswith(start):
            return message(template)
    return detail


def sign_in_refused(detail: str) -> SignInRefused:
    return SignInRefused(
        QT_TR_NOOP("The hub refused the sign-in: {reason}"), reason=refusal_reason(detail)
    )


# -- the address and the hub -------------------------------------------------------------------


def address_problem(address: str) -> Message | None:
    """What is wrong with a hub address as typed, or None."""
    text = address.strip()
    if not text:
        return message(QT_TR_NOOP("Write the hub's address, e.g. https://hub.example.no"))
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return message(
            QT_TR_NOOP("{address} is not a web address; it starts with https://"), address=text
        )
    if parts.scheme == "http" and parts.hostname not in _LOCAL_HOSTS:
        return message(
            QT_TR_NOOP(
                "Use https:// for {host}: over plain http anyone on the way could read "
                "your sign-in (http is allowed only to this computer, localhost)"
            ),
            host=parts.hostname,
        )
    return None


def token_problem(token: str) -> Message | None:
    text = token.strip()
    if not text:
        return message(QT_TR_NOOP("Paste your personal key (it begins with fh1.)"))
    if not text.startswith(TOKEN_PREFIX) or text.count(".") != 2 or any(c.isspace() for c in text):
        return message(
            QT_TR_NOOP(
                "This is not a FredApp personal key: it begins with fh1. and has no spaces; "
                "copy it again from what fredapp hub user add printed"
            )
        )
    return None


@dataclass(frozen=True)
class Connection:
    """What the hub said to a connection test."""

    hub_id: str
    user: str
    roles: list[str]
    clock_off_ms: int  # the hub's clock minus this computer's

    def clock_warning(self) -> Message | None:
        if abs(self.clock_off_ms) < CLOCK_WARN_MS:
            return None
        minutes = round(abs(self.clock_off_ms) / 60000)
        return message(
            QT_TR_NOOP(
                "This computer's clock is {minutes} minutes off the hub's; set the date "
                "and time right, or changes may be refused"
            ),
            minutes=minutes,
        )


def _get_json(url: str, headers: dict[str, str], timeout: float, hub: str) -> Any:
    request = urllib.request.Request(url, headers={"Accept": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            body = answer.read()
    except urllib.error.HTTPError as exc:
        detail = _detail(exc)
        if exc.code == 401:
            raise sign_in_refused(detail) from None
        if exc.code == 404:
            raise HubRefused(
                QT_TR_NOOP("{hub} answers, but is not a FredApp hub (or an older one)"), hub=hub
            ) from None
        raise HubRefused(
            QT_TR_NOOP("The hub {hub} answered with an error ({status}): {reason}"),
            hub=hub,
            status=exc.code,
            reason=detail,
        ) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise HubUnavailable(
            QT_TR_NOOP("the hub {hub} is not reachable: {reason}"),
            hub=hub,
            reason=getattr(exc, "reason", exc),
        ) from None
    try:
        return json.loads(body)
    except ValueError:
        raise HubRefused(
            QT_TR_NOOP("{hub} answers, but is not a FredApp hub (or an older one)"), hub=hub
        ) from None


def _detail(error: urllib.error.HTTPError) -> str:
    try:
        return str(json.loads(error.read()).get("detail", ""))[:300] or str(error.reason)
    except (ValueError, AttributeError, OSError):
        return str(error.reason)


def check_connection(address: str, token: str, timeout: float = 10.0) -> Connection:
    """One hello to the hub with ``token``: who it says we are; SyncError naming what is wrong."""
    url = address.strip().rstrip("/")
    hello = _get_json(f"{url}/v1/hello", {"Authorization": f"Bearer {token.strip()}"}, timeout, url)
    if not isinstance(hello, dict) or "hub" not in hello or "time_ms" not in hello:
        raise HubRefused(
            QT_TR_NOOP("{hub} answers, but is not a FredApp hub (or an older one)"), hub=url
        )
    return Connection(
        hub_id=str(hello["hub"]),
        user=str(hello.get("user", "")),
        roles=[str(r) for r in hello.get("roles", [])],
        clock_off_ms=int(hello["time_ms"]) - wall_now_ms(),
    )


# -- OpenID Connect ---------------------------------------------------------------------------


def find_provider(address: str, timeout: float = 10.0) -> Provider:
    """The identity provider the hub trusts (``GET /v1/signin``), from its discovery document."""
    url = address.strip().rstrip("/")
    info = _get_json(f"{url}/v1/signin", {}, timeout, url)
    issuers = info.get("issuers", []) if isinstance(info, dict) else []
    if not issuers:
        raise SignInRefused(
            QT_TR_NOOP(
                "The hub {hub} has no sign-in with a municipal account set up; "
                "use a personal key, or ask its administrator (fredapp hub oidc add)"
            ),
            hub=url,
        )
    issuer, client_id = str(issuers[0]["issuer"]), str(issuers[0]["client_id"])
    doc = _get_json(issuer.rstrip("/") + "/.well-known/openid-configuration", {}, timeout, issuer)
    try:
        return Provider(
            issuer, client_id, str(doc["authorization_endpoint"]), str(doc["token_endpoint"])
        )
    except (KeyError, TypeError):
        raise SignInRefused(
            QT_TR_NOOP("The sign-in service {issuer} does not describe itself as OpenID Connect"),
            issuer=issuer,
        ) from None


def current_bearer(
    secret: dict[str, Any], margin: float = 300.0
) -> tuple[str, str, dict[str, Any] | None]:
    """(token to send, stable key for the mirror, renewed secret to keep or None) for a kept
    sign-in; an OpenID Connect sign-in is renewed first when it expires within ``margin``
    seconds (a sync may take minutes, and the hub's clock may be a little ahead)."""
    if secret.get("kind") == "token":
        token = str(secret.get("token", ""))
        return token, token, None
    if secret.get("kind") != "oidc":
        raise SignInRefused(QT_TR_NOOP("Not signed in to the hub; open the sync settings"))
    tokens = Tokens.from_secret(secret)
    renewed = None
    if tokens.expired(margin):
        tokens = refresh(tokens)
        renewed = tokens.as_secret()
    return tokens.id_token, f"oidc|{tokens.issuer}|{tokens.subject}", renewed


__all__ = [
    "Connection",
    "LoopbackSignIn",
    "Provider",
    "SignInRefused",
    "SyncError",
    "Tokens",
    "address_problem",
    "check_connection",
    "current_bearer",
    "find_provider",
    "refresh",
    "token_problem",
]
