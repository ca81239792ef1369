"""A fake OpenID Connect identity provider for the hub's tests: discovery document, /authorize
that sends the browser straight back to the loopback address, /token (code with PKCE, refresh
with rotation), and keys made in the test."""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import secrets
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from server_thread import free_port

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


@contextmanager
def fake_provider() -> Iterator[FakeProvider]:
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
