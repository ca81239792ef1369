"""Sign-in with OpenID Connect: bearer tokens from the municipality's identity provider.

A municipality signs in with Entra ID (or another OpenID Connect provider). The hub trusts
the issuers registered with ``fredapp hub oidc add ISSUER --audience AUD`` and maps an
issuer's subject to a hub user (``fredapp hub user add NAME … --oidc ISSUER SUBJECT``). A
token is verified against the keys the issuer publishes (its discovery document's
``jwks_uri``, fetched and cached with PyJWT's key client): signature, issuer, audience and
expiry, with a minute's leeway for clocks. Nothing of the token is logged.
"""

import json
import threading
import urllib.request
from dataclasses import dataclass
from typing import Any

import jwt

ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384"]
_LEEWAY_SECONDS = 60


class SignInRefused(Exception):
    """The token is not one this hub accepts; the message says why, without the token."""


@dataclass(frozen=True)
class Issuer:
    issuer: str
    audience: str
    subject_claim: str


def looks_like_jwt(token: str) -> bool:
    return token.count(".") == 2 and token.startswith("eyJ")


class Verifier:
    """Verifies tokens of trusted issuers; keeps each issuer's key client between requests."""

    def __init__(self, timeout: float = 10.0) -> None:
        self.timeout = timeout
        self._clients: dict[str, jwt.PyJWKClient] = {}
        self._guard = threading.Lock()

    def _client(self, issuer: str) -> jwt.PyJWKClient:
        with self._guard:
            client = self._clients.get(issuer)
        if client is not None:
            return client
        url = issuer.rstrip("/") + "/.well-known/openid-configuration"
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as answer:
                discovery: dict[str, Any] = json.loads(answer.read())
            jwks_uri = str(discovery["jwks_uri"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            # TypeError: a discovery document that is JSON but not an object.
            raise SignInRefused(f"the issuer's keys cannot be fetched ({exc})") from exc
        client = jwt.PyJWKClient(
            jwks_uri, cache_keys=True, lifespan=3600, timeout=int(self.timeout)
        )
        with self._guard:
            self._clients[issuer] = client
        return client

    def subject(self, token: str, issuers: dict[str, Issuer]) -> str:
        """``issuer|subject`` of a verified token; SignInRefused otherwise."""
        try:
            claimed = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError as exc:
            raise SignInRefused("not a readable sign-in token") from exc
        trusted = issuers.get(str(claimed.get("iss", "")))
        if trusted is None:
            raise SignInRefused("the token comes from an issuer this hub does not trust")
        try:
            key = self._client(trusted.issuer).get_signing_key_from_jwt(token)
            claims = jwt.decode(
                token,
                key.key,
                algorithms=ALGORITHMS,
                audience=trusted.audience,
                issuer=trusted.issuer,
                leeway=_LEEWAY_SECONDS,
                options={"require": ["exp", "iss", "aud"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise SignInRefused("the sign-in has expired; sign in again") from exc
        except jwt.InvalidAudienceError as exc:
            raise SignInRefused("the token was made for another service") from exc
        except jwt.PyJWTError as exc:
            raise SignInRefused(f"the sign-in token could not be verified ({exc})") from exc
        subject = claims.get(trusted.subject_claim)
        if not isinstance(subject, str) or not subject:
            raise SignInRefused(f"the token has no {trusted.subject_claim}")
        return f"{trusted.issuer}|{subject}"
