"""The desktop signs in with OpenID Connect (code flow, PKCE, loopback redirect) and syncs.

A fake identity provider runs in the test (discovery document, /authorize that sends the
browser straight back to the loopback address, /token, keys made in the test); the hub is the
real service on PostgreSQL, trusting that provider through ``fredapp hub oidc add``.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.server
import json
import secrets
import sqlite3
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from server_thread import free_port, running_service
from sync_helpers import Client, make_template

from fredapp.cli import main as cli_main
from fredapp.core.models import Measure
from fredapp.core.sync import sync
from fredapp.core.sync.remote import ServerHub, mirror_path
from fredapp.core.sync.signin import (
    LoopbackSignIn,
    SignInRefused,
    Tokens,
    current_bearer,
    find_provider,
)
from fredapp.server.users import add_user

CLIENT_ID = "fredapp-desktop-test"


class FakeProvider:
    """An identity provider: what it was asked, and how it answers /authorize."""

    def __init__(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.base = f"http://127.0.0.1:{free_port()}"
        self.mode = "ok"  # or "deny", "wrong_state"
        self.lifetime = 600
        self.codes: dict[str, dict[str, str]] = {}
        self.refresh_tokens: set[str] = set()
        self.refreshed = 0

    def id_token(self, nonce: str = "") -> str:
        claims: dict[str, Any] = {
            "iss": self.base,
            "aud": CLIENT_ID,
            "sub": "kari-123",
            "exp": int(time.time()) + self.lifetime,
            "iat": int(time.time()),
        }
        if nonce:
            claims["nonce"] = nonce
        return jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": "k1"})

    def authorize(self, query: dict[str, str]) -> str:
        target = query["redirect_uri"]
        if self.mode == "deny":
            answer = {"error": "access_denied", "error_description": "the user said no"}
        else:
            code = secrets.token_urlsafe(16)
            self.codes[code] = query
            state = "not-the-one" if self.mode == "wrong_state" else query["state"]
            answer = {"code": code, "state": state}
        return f"{target}?{urllib.parse.urlencode(answer)}"

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("grant_type") == "authorization_code":
            asked = self.codes.pop(form.get("code", ""), None)
            verifier = form.get("code_verifier", "").encode()
            challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()).rstrip(b"=")
            if asked is None or challenge.decode() != asked["code_challenge"]:
                return 400, {"error": "invalid_grant", "error_description": "bad code or verifier"}
            if form.get("redirect_uri") != asked["redirect_uri"]:
                return 400, {"error": "invalid_grant", "error_description": "redirect differs"}
            nonce = asked["nonce"]
        elif form.get("grant_type") == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return 400, {"error": "invalid_grant", "error_description": "refresh refused"}
            self.refresh_tokens.discard(form["refresh_token"])  # rotated
            self.refreshed += 1
            nonce = ""
        else:
            return 400, {"error": "unsupported_grant_type"}
        refresh = secrets.token_urlsafe(24)
        self.refresh_tokens.add(refresh)
        return 200, {
            "id_token": self.id_token(nonce),
            "access_token": "opaque",
            "refresh_token": refresh,
            "token_type": "Bearer",
            "expires_in": self.lifetime,
        }


@pytest.fixture(scope="module")
def provider() -> Iterator[FakeProvider]:
    fake = FakeProvider()
    public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(fake.key.public_key()))

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _json(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            parts = urllib.parse.urlsplit(self.path)
            if parts.path == "/.well-known/openid-configuration":
                self._json(
                    200,
                    {
                        "issuer": fake.base,
                        "authorization_endpoint": f"{fake.base}/authorize",
                        "token_endpoint": f"{fake.base}/token",
                        "jwks_uri": f"{fake.base}/keys",
                    },
                )
            elif parts.path == "/keys":
                self._json(200, {"keys": [{**public, "kid": "k1", "use": "sig", "alg": "RS256"}]})
            elif parts.path == "/authorize":
                self.send_response(302)
                self.send_header(
                    "Location", fake.authorize(dict(urllib.parse.parse_qsl(parts.query)))
                )
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self.send_error(404)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
            self._json(*fake.token(form))

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", int(fake.base.rsplit(":", 1)[1])), Handler
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield fake
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def service(hub_db) -> Iterator[str]:  # type: ignore[no-untyped-def]
    with running_service(hub_db.service, pool_size=4) as url:
        yield url


@pytest.fixture(scope="module")
def trusted(hub_db, provider, service) -> str:  # type: ignore[no-untyped-def]
    # Before the issuer is trusted, the hub says it has no such sign-in (tested first).
    with pytest.raises(SignInRefused, match="no sign-in with a municipal account"):
        find_provider(service)
    owner = hub_db.owner
    assert (
        cli_main(
            ["hub", "oidc", "add", provider.base, "--audience", CLIENT_ID, "--database", owner]
        )
        == 0
    )
    add_user(owner, "Kari (kommunens konto)", ["facilitator"], [], oidc=(provider.base, "kari-123"))
    return service


def browser(url: str) -> threading.Thread:
    """The system browser: follows the provider's redirect to the loopback address."""

    def visit() -> None:
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=10) as page:
            page.read()

    thread = threading.Thread(target=visit, daemon=True)
    thread.start()
    return thread


def sign_in(hub_url: str) -> Tokens:
    flow = LoopbackSignIn(find_provider(hub_url))
    assert flow.redirect_uri.startswith("http://127.0.0.1:")
    assert "code_challenge_method=S256" in flow.url
    browser(flow.url)
    return flow.wait(timeout=20)


def test_the_hub_names_its_issuer_and_client_id_without_a_token(trusted, provider) -> None:  # type: ignore[no-untyped-def]
    found = find_provider(trusted)
    assert (found.issuer, found.client_id) == (provider.base, CLIENT_ID)
    assert found.token_endpoint == f"{provider.base}/token"
    with urllib.request.urlopen(f"{trusted}/v1/signin") as answer:
        body = json.loads(answer.read())
    assert body["issuers"] == [{"issuer": provider.base, "client_id": CLIENT_ID}]


def measures(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT code FROM measure WHERE NOT deleted")}


def test_sign_in_in_the_browser_then_sync_as_that_user(trusted, provider, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tokens = sign_in(trusted)
    assert tokens.subject == "kari-123" and tokens.refresh_token and not tokens.expired()
    template = make_template(tmp_path)
    a = Client(tmp_path / "a.sqlite", template, "Kari")
    a.service.create(Measure, code="OIDC-1", title="Fra Kari", dimension="S", level="stab")
    a.close()
    bearer, key, renewed = current_bearer(tokens.as_secret())
    assert bearer == tokens.id_token and renewed is None
    hub = ServerHub(trusted, bearer, mirror=mirror_path(a.path, trusted, key))
    result = sync(a.path, hub)
    assert result.sent > 0
    # A second desktop signed in as the same person receives it.
    b = Client(tmp_path / "b.sqlite", template, "Kari")
    b.close()
    tokens_b = sign_in(trusted)
    bearer_b, key_b, _ = current_bearer(tokens_b.as_secret())
    sync(b.path, ServerHub(trusted, bearer_b, mirror=mirror_path(b.path, trusted, key_b)))
    assert "OIDC-1" in measures(b.path)


def test_an_expired_sign_in_is_renewed_with_the_refresh_token(trusted, provider, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tokens = sign_in(trusted)
    old = tokens.as_secret() | {"expires_at": time.time() - 5}
    before = provider.refreshed
    bearer, key, renewed = current_bearer(old)
    assert provider.refreshed == before + 1
    assert renewed is not None and renewed["refresh_token"] != tokens.refresh_token
    assert key == f"oidc|{provider.base}|kari-123"  # the mirror stays the same one
    template = make_template(tmp_path)
    c = Client(tmp_path / "c.sqlite", template, "Kari")
    c.close()
    sync(c.path, ServerHub(trusted, bearer, mirror=mirror_path(c.path, trusted, key)))
    # The old refresh token was rotated away: using it again is refused, in words.
    with pytest.raises(SignInRefused, match="refresh refused"):
        current_bearer(old)


def test_a_refused_sign_in_says_why(trusted, provider) -> None:  # type: ignore[no-untyped-def]
    try:
        provider.mode = "deny"
        with pytest.raises(SignInRefused, match="the user said no"):
            sign_in(trusted)
        provider.mode = "wrong_state"
        with pytest.raises(SignInRefused, match="not for this sign-in"):
            sign_in(trusted)
    finally:
        provider.mode = "ok"
    # Nobody came back: the sign-in ends with a message, not a wait without end.
    flow = LoopbackSignIn(find_provider(trusted))
    with pytest.raises(SignInRefused, match="cancelled or took too long"):
        flow.wait(timeout=0.5)


def test_a_token_of_an_unknown_person_is_refused_by_the_hub(trusted, provider, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stranger = jwt.encode(
        {
            "iss": provider.base,
            "aud": CLIENT_ID,
            "sub": "someone-else",
            "exp": int(time.time()) + 60,
        },
        provider.key,
        algorithm="RS256",
        headers={"kid": "k1"},
    )
    from fredapp.core.sync.signin import check_connection

    with pytest.raises(SignInRefused, match="not a user of this hub"):
        check_connection(trusted, stranger)
