"""The desktop signs in with OpenID Connect (code flow, PKCE, loopback redirect) and syncs.

A fake identity provider runs in the test (discovery document, /authorize that sends the
browser straight back to the loopback address, /token, keys made in the test); the hub is the
real service on PostgreSQL, trusting that provider through ``fredapp hub oidc add``.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import jwt
import pytest
from fake_idp import CLIENT_ID, FakeProvider, fake_provider
from server_thread import running_service
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


@pytest.fixture(scope="module")
def provider() -> Iterator[FakeProvider]:
    with fake_provider() as fake:
        yield fake


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
