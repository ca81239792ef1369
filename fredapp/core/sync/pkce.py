"""OpenID Connect for a desktop (RFC 8252): the authorization code flow with PKCE on a loopback
redirect, and renewal with the refresh token.

:class:`LoopbackSignIn` listens on 127.0.0.1 on a free port; the system browser is sent to the
identity provider, which sends it back there with a code (its ``state`` and the ID token's
``nonce`` are checked), exchanged here for an ID token (what the hub accepts: its audience is
the client id the hub names) and a refresh token. Standard library HTTP only, as
:mod:`fredapp.core.sync.remote` (the desktop has no httpx). The hub-facing side (which
provider, the connection test) is :mod:`fredapp.core.sync.signin`.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import secrets
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass
from typing import Any

from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.sync.hub import HubUnavailable
from fredapp.core.sync.hub_interface import HubSignInRefused

SIGNED_IN_PAGE = (
    "<!doctype html><meta charset=utf-8><title>FredApp</title>"
    "<p>Du er logget inn. Gå tilbake til FredApp.</p>"
    "<p lang=en>You are signed in. Go back to FredApp.</p>"
)


class SignInRefused(HubSignInRefused):
    """The hub or the identity provider refused the sign-in; the message says why (in words
    FredApp knows, where :class:`HubSignInRefused` carries the hub's): sign in again."""


@dataclass(frozen=True)
class Provider:
    issuer: str
    client_id: str
    authorization_endpoint: str
    token_endpoint: str


@dataclass(frozen=True)
class Tokens:
    """An OpenID Connect sign-in: the ID token the hub accepts and what renews it."""

    issuer: str
    client_id: str
    token_endpoint: str
    id_token: str
    refresh_token: str
    expires_at: float  # seconds since the epoch (the ID token's exp)
    subject: str

    def expired(self, margin: float = 60.0) -> bool:
        return time.time() + margin >= self.expires_at

    def as_secret(self) -> dict[str, Any]:
        return {"kind": "oidc", **asdict(self)}

    @classmethod
    def from_secret(cls, secret: dict[str, Any]) -> Tokens:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in secret.items() if k in names})


def _claims(jwt: str) -> dict[str, Any]:
    """An ID token's claims, unverified: the hub verifies it; here only exp, sub, nonce."""
    try:
        payload = jwt.split(".")[1]
        value = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError):
        value = None
    if not isinstance(value, dict):
        raise SignInRefused(QT_TR_NOOP("The sign-in service sent no readable ID token"))
    return value


def _token_request(provider_endpoint: str, form: dict[str, str], timeout: float) -> Any:
    request = urllib.request.Request(
        provider_endpoint,
        data=urllib.parse.urlencode(form).encode(),
        headers={"Accept": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return json.loads(answer.read())
    except urllib.error.HTTPError as exc:
        try:
            body = json.loads(exc.read())
            reason = str(body.get("error_description") or body.get("error") or exc.reason)
        except (ValueError, AttributeError, OSError):
            reason = str(exc.reason)
        raise SignInRefused(
            QT_TR_NOOP("The sign-in service refused: {reason}"), reason=reason[:300]
        ) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise HubUnavailable(
            QT_TR_NOOP("the sign-in service {hub} is not reachable: {reason}"),
            hub=provider_endpoint,
            reason=getattr(exc, "reason", exc),
        ) from None


def _tokens(
    provider: Provider | Tokens, answer: Any, old_refresh: str = "", nonce: str = ""
) -> Tokens:
    id_token = str(answer.get("id_token", "")) if isinstance(answer, dict) else ""
    if not id_token:
        raise SignInRefused(QT_TR_NOOP("The sign-in service sent no readable ID token"))
    claims = _claims(id_token)
    if nonce and claims.get("nonce") != nonce:
        raise SignInRefused(QT_TR_NOOP("The sign-in answer was not for this sign-in; try again"))
    return Tokens(
        issuer=provider.issuer,
        client_id=provider.client_id,
        token_endpoint=provider.token_endpoint,
        id_token=id_token,
        refresh_token=str(answer.get("refresh_token") or old_refresh),
        expires_at=float(claims.get("exp", 0)),
        subject=str(claims.get("sub", "")),
    )


def refresh(tokens: Tokens, timeout: float = 30.0) -> Tokens:
    """New tokens from the refresh token; SignInRefused when the user must sign in again."""
    if not tokens.refresh_token:
        raise SignInRefused(QT_TR_NOOP("The sign-in has expired; sign in again"))
    form = {
        "grant_type": "refresh_token",
        "refresh_token": tokens.refresh_token,
        "client_id": tokens.client_id,
        "scope": "openid profile offline_access",
    }
    return _tokens(
        tokens, _token_request(tokens.token_endpoint, form, timeout), tokens.refresh_token
    )


class LoopbackSignIn:
    """One sign-in in the system browser, answered on http://127.0.0.1:PORT/callback."""

    def __init__(self, provider: Provider, scope: str = "openid profile offline_access") -> None:
        self.provider = provider
        self._verifier = secrets.token_urlsafe(64)
        self._state = secrets.token_urlsafe(24)
        self._nonce = secrets.token_urlsafe(16)
        self._answer: dict[str, str] | None = None
        self._done = threading.Event()
        self._server = http.server.HTTPServer(("127.0.0.1", 0), self._handler())
        self._server.timeout = 0.2
        self.redirect_uri = f"http://127.0.0.1:{self._server.server_address[1]}/callback"
        challenge = base64.urlsafe_b64encode(
            hashlib.sha256(self._verifier.encode()).digest()
        ).rstrip(b"=")
        query = {
            "response_type": "code",
            "client_id": provider.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": scope,
            "state": self._state,
            "nonce": self._nonce,
            "code_challenge": challenge.decode(),
            "code_challenge_method": "S256",
        }
        separator = "&" if "?" in provider.authorization_endpoint else "?"
        self.url = provider.authorization_endpoint + separator + urllib.parse.urlencode(query)

    def _handler(self) -> type[http.server.BaseHTTPRequestHandler]:
        sign_in = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass  # the code and state are not logged

            def do_GET(self) -> None:
                parts = urllib.parse.urlsplit(self.path)
                if parts.path != "/callback":
                    self.send_error(404)
                    return
                query = dict(urllib.parse.parse_qsl(parts.query))
                body = SIGNED_IN_PAGE.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                if sign_in._answer is None:
                    sign_in._answer = query
                    sign_in._done.set()

        return Handler

    def cancel(self) -> None:
        self._done.set()

    def wait(self, timeout: float = 300.0) -> Tokens:
        """Wait for the browser to come back, then exchange the code for tokens."""
        deadline = time.monotonic() + timeout
        try:
            while not self._done.is_set() and time.monotonic() < deadline:
                self._server.handle_request()
        finally:
            self._server.server_close()
        answer = self._answer
        if answer is None:
            raise SignInRefused(QT_TR_NOOP("The sign-in was cancelled or took too long; try again"))
        if "error" in answer:
            reason = answer.get("error_description") or answer["error"]
            raise SignInRefused(
                QT_TR_NOOP("The sign-in service refused: {reason}"), reason=reason[:300]
            )
        if not secrets.compare_digest(answer.get("state", ""), self._state):
            raise SignInRefused(
                QT_TR_NOOP("The sign-in answer was not for this sign-in; try again")
            )
        form = {
            "grant_type": "authorization_code",
            "code": answer.get("code", ""),
            "redirect_uri": self.redirect_uri,
            "client_id": self.provider.client_id,
            "code_verifier": self._verifier,
        }
        reply = _token_request(self.provider.token_endpoint, form, 30.0)
        return _tokens(self.provider, reply, nonce=self._nonce)
