"""Sign-in with OpenID Connect: tokens verified against the issuer's published keys."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi.testclient import TestClient
from server_thread import free_port

from fredapp.cli import main as cli_main
from fredapp.server.app import create_app
from fredapp.server.users import UserError, add_user

AUDIENCE = "fredapp-hub-test"


@pytest.fixture(scope="module")
def issuer() -> Iterator[tuple[str, rsa.RSAPrivateKey]]:
    """An identity provider on a free port: discovery document and its keys (JWKS)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    base = f"http://127.0.0.1:{free_port()}"

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            if self.path == "/.well-known/openid-configuration":
                body = {"issuer": base, "jwks_uri": f"{base}/keys"}
            elif self.path == "/keys":
                body = {"keys": [{**public, "kid": "k1", "use": "sig", "alg": "RS256"}]}
            else:
                self.send_error(404)
                return
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", int(base.rsplit(":", 1)[1])), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield base, key
    server.shutdown()
    server.server_close()


def token(key, iss: str, **claims) -> str:  # type: ignore[no-untyped-def]
    payload = {"iss": iss, "aud": AUDIENCE, "sub": "kari-123", "exp": int(time.time()) + 600}
    return jwt.encode({**payload, **claims}, key, algorithm="RS256", headers={"kid": "k1"})


@pytest.fixture(scope="module")
def signed_in(hub_db, issuer):  # type: ignore[no-untyped-def]
    base, _key = issuer
    code = cli_main(
        ["hub", "oidc", "add", base, "--audience", AUDIENCE, "--database", hub_db.owner]
    )
    assert code == 0
    add_user(hub_db.owner, "Kari (Entra ID)", ["facilitator"], [], oidc=(base, "kari-123"))
    with TestClient(create_app(hub_db.service, pool_size=2)) as client:
        yield client


def hello(client: TestClient, bearer: str):  # type: ignore[no-untyped-def]
    return client.get("/v1/hello", headers={"Authorization": f"Bearer {bearer}"})


def test_a_token_from_the_trusted_issuer_signs_the_user_in(signed_in, issuer) -> None:  # type: ignore[no-untyped-def]
    base, key = issuer
    answer = hello(signed_in, token(key, base))
    assert answer.status_code == 200
    assert answer.json()["user"] == "Kari (Entra ID)" and answer.json()["roles"] == ["facilitator"]


def test_tokens_that_are_not_right_are_refused_with_the_reason(signed_in, issuer) -> None:  # type: ignore[no-untyped-def]
    base, key = issuer
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cases = [
        (token(key, base, exp=int(time.time()) - 3600), "expired"),
        (token(key, base, aud="another-app"), "another service"),
        (token(other_key, base), "could not be verified"),
        (token(key, "https://evil.example"), "does not trust"),
        (token(key, base, sub="ola-999"), "not a user of this hub"),
        (token(key, base)[:-4] + "AAAA", "could not be verified"),
    ]
    for bearer, reason in cases:
        answer = hello(signed_in, bearer)
        assert answer.status_code == 401 and reason in answer.json()["detail"], answer.text
        assert bearer not in answer.text


def test_an_unknown_issuer_cannot_be_given_to_a_user(hub_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="not trusted"):
        add_user(hub_db.owner, "Ola", ["hr"], [], oidc=("https://idp.example", "ola"))


def test_a_removed_user_is_refused_also_with_the_identity_providers_token(
    hub_db, signed_in, issuer, capsys
) -> None:  # type: ignore[no-untyped-def]
    base, key = issuer
    add_user(hub_db.owner, "Per (Entra ID)", ["hr"], [], oidc=(base, "per-7"))
    assert hello(signed_in, token(key, base, sub="per-7")).status_code == 200
    assert cli_main(["hub", "user", "list", "--database", hub_db.owner]) == 0
    listed = capsys.readouterr().out.splitlines()
    per = next(line for line in listed if line.startswith("Per (Entra ID)"))
    assert per.endswith(f" hr; 1 valid token(s); signs in at {base}")  # and a personal key
    assert cli_main(["hub", "user", "remove", "Per (Entra ID)", "--database", hub_db.owner]) == 0
    answer = hello(signed_in, token(key, base, sub="per-7"))
    assert answer.status_code == 401 and "not a user of this hub" in answer.json()["detail"]
    command = ["hub", "user", "set", "Per (Entra ID)", "--restore", "--database", hub_db.owner]
    assert cli_main(command) == 0
    assert hello(signed_in, token(key, base, sub="per-7")).status_code == 200
