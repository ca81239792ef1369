"""Users of the hub, their roles and units, and personal tokens for a pilot without sign-in.

``fredapp hub user add NAME --role leader --unit UNIT … --database URL`` (run as the owner)
creates a user and prints a personal token once. Only the token's SHA-256 is stored, so a
copy of the database gives nobody a way in. A token names its hub
(``fh1.<hub id>.<secret>``): a token made for another hub is told apart from a forged one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

import psycopg

from fredapp.server.rights import LEADER, ROLES

TOKEN_PREFIX = "fh1"
_HEX32 = re.compile(r"[0-9a-f]{32}")


class UserError(Exception):
    """A user could not be added; the message names what is wrong. Nothing was changed."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def token_hub(token: str) -> str | None:
    """The hub id a token was made for, or None if it is not shaped like one of ours."""
    parts = token.split(".")
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX or not _HEX32.fullmatch(parts[1]):
        return None
    return parts[1]


@dataclass
class NewUser:
    user_id: int
    name: str
    roles: list[str]
    lineages: list[str]
    token: str
    expires: dt.datetime | None


def add_user(
    url: str,
    name: str,
    roles: list[str],
    units: list[str],
    *,
    days: int | None = 365,
    oidc: tuple[str, str] | None = None,
) -> NewUser:
    """Add a user with ``roles`` and (for a leader) ``units``; returns the one-time token."""
    name = name.strip()
    if not name or len(name) > 200:
        raise UserError("a user needs a name of 1 to 200 characters")
    unknown = [role for role in roles if role not in ROLES]
    if unknown or not roles:
        raise UserError(f"unknown role {unknown[0] if unknown else '(none)'}; one of {ROLES}")
    if units and LEADER not in roles:
        raise UserError("--unit is for leaders (--role leader)")
    if LEADER in roles and not units:
        raise UserError("a leader needs at least one --unit (a unit's name or lineage id)")
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        cur.execute("SELECT value FROM hub.meta WHERE key = 'hub_id'")
        row = cur.fetchone()
        if row is None:
            raise UserError("the database has no hub; run fredapp hub init first")
        lineages = [_lineage(cur, unit) for unit in units]
        cur.execute("SELECT 1 FROM hub.app_user WHERE name = %s", (name,))
        if cur.fetchone() is not None:
            raise UserError(f"a user named {name} exists already")
        subject = None
        if oidc is not None:
            cur.execute("SELECT 1 FROM hub.oidc_issuer WHERE issuer = %s", (oidc[0],))
            if cur.fetchone() is None:
                raise UserError(f"the issuer {oidc[0]} is not trusted; fredapp hub oidc add first")
            subject = f"{oidc[0]}|{oidc[1]}"
        cur.execute(
            "INSERT INTO hub.app_user (name, roles, subject) VALUES (%s, %s, %s) RETURNING id",
            (name, sorted(set(roles)), subject),
        )
        user_row = cur.fetchone()
        assert user_row is not None
        user_id = int(user_row[0])
        cur.executemany(
            "INSERT INTO hub.user_unit (user_id, lineage) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            [(user_id, lineage) for lineage in lineages],
        )
        token = f"{TOKEN_PREFIX}.{row[0]}.{secrets.token_urlsafe(32)}"
        expires = dt.datetime.now(dt.UTC) + dt.timedelta(days=days) if days else None
        cur.execute(
            "INSERT INTO hub.token (hash, user_id, expires) VALUES (%s, %s, %s)",
            (token_hash(token), user_id, expires),
        )
    return NewUser(user_id, name, sorted(set(roles)), lineages, token, expires)


def _lineage(cur: psycopg.Cursor[tuple[object, ...]], unit: str) -> str:
    """A unit given by lineage id, or by a name that one lineage on the hub carries."""
    text = unit.strip().lower().replace("-", "")
    if _HEX32.fullmatch(text):
        return text
    cur.execute(
        "SELECT DISTINCT data->>'lineage_id' FROM hub.record "
        "WHERE tbl = 'unit' AND NOT deleted AND data->>'name' = %s",
        (unit.strip(),),
    )
    found = [str(r[0]) for r in cur.fetchall()]
    if not found:
        raise UserError(f"no unit named {unit} on the hub; give its lineage id instead")
    if len(found) > 1:
        raise UserError(f"{len(found)} units are named {unit}; give the lineage id instead")
    return found[0]


def add_issuer(url: str, issuer: str, audience: str, subject_claim: str = "sub") -> None:
    """Trust an OpenID Connect issuer's tokens made for ``audience`` (or change its audience)."""
    if not issuer.startswith("https://") and not issuer.startswith("http://127.0.0.1"):
        raise UserError("an issuer is an https:// address")
    with psycopg.connect(url) as conn:
        conn.execute(
            "INSERT INTO hub.oidc_issuer (issuer, audience, subject_claim) VALUES (%s, %s, %s) "
            "ON CONFLICT (issuer) DO UPDATE SET audience = EXCLUDED.audience, "
            "subject_claim = EXCLUDED.subject_claim",
            (issuer, audience, subject_claim),
        )
