"""Signing in to the sync hub from the desktop: the address, a connection test, OpenID Connect.

The hub's address must be ``https://`` (``http://`` only to this computer: a token sent over
plain HTTP can be read on the way). :func:`check_connection` asks the hub's ``/v1/hello`` once
and says in words what is wrong (not reachable, not a FredApp hub, sign-in refused and why, a
clock far off). :class:`LoopbackSignIn` is OpenID Connect's authorization code flow with PKCE
for a desktop (RFC 8252): it listens on 127.0.0.1 on a free port, the system browser is sent
to the identity provider, which sends the browser back with a code, exchanged here for
tokens. The hub says which issuer and client id to use (``GET /v1/signin``). Talks HTTP with
the standard library, as :mod:`fredapp.core.sync.remote` does (the desktop has no httpx).
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

from fredapp.core.clock import wall_now_ms
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.sync.hub import HubRefused, HubUnavailable, SyncError

TOKEN_PREFIX = "fh1."
CLOCK_WARN_MS = 5 * 60 * 1000  # sign-in tokens allow a minute; stamps far ahead are refused
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
SIGNED_IN_PAGE = (
    "<!doctype html><meta charset=utf-8><title>FredApp</title>"
    "<p>Du er logget inn. Gå tilbake til FredApp.</p>"
    "<p lang=en>You are signed in. Go back to FredApp.</p>"
)


class SignInRefused(HubRefused):
    """The hub or the identity provider refused the sign-in; the message says why."""


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


@dataclass(frozen=True)
class Provider:
    issuer: str
    client_id: str
    authorization_endpoint: str
    token_endpoint: str


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
