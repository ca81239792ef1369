"""Users of the hub, their roles and units, and personal tokens for a pilot without sign-in.

``fredapp hub user add NAME --role leader --unit UNIT … --database URL`` (run as the owner)
creates a user and prints a personal token once. Only the token's SHA-256 is stored, so a
copy of the database gives nobody a way in. A token names its hub
(``fh1.<hub id>.<secret>``): a token made for another hub is told apart from a forged one.

``hub user list|set|remove|token|revoke`` look after them: change roles and units (a leader
who loses a unit loses its figures from the laptop at the next sync), remove a user (kept,
marked inactive, every token revoked, so the name and the history stay), give a new token,
revoke every token. Each checks everything before it writes, in one transaction: bad input
is a :class:`UserError` and changes nothing. The service looks a token up on every request,
so a revoked token or a removed user is refused from the next request on.
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
    _check_roles(roles, units)
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        hub_id = _hub_id(cur)
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
        token, expires = _new_token(cur, hub_id, user_id, days)
    return NewUser(user_id, name, sorted(set(roles)), lineages, token, expires)


def _check_roles(roles: list[str], units: list[str]) -> None:
    unknown = [role for role in roles if role not in ROLES]
    if unknown or not roles:
        raise UserError(
            f"unknown role {unknown[0] if unknown else '(none)'}; one of {', '.join(ROLES)}"
        )
    if units and LEADER not in roles:
        raise UserError("--unit is for leaders (--role leader)")
    if LEADER in roles and not units:
        raise UserError("a leader needs at least one --unit (a unit's name or lineage id)")


def _hub_id(cur: psycopg.Cursor[tuple[object, ...]]) -> str:
    try:
        cur.execute("SELECT value FROM hub.meta WHERE key = 'hub_id'")
    except psycopg.errors.UndefinedTable:
        raise UserError("the database has no hub; run fredapp hub init first") from None
    row = cur.fetchone()
    if row is None:
        raise UserError("the database has no hub; run fredapp hub init first")
    return str(row[0])


def _new_token(
    cur: psycopg.Cursor[tuple[object, ...]], hub_id: str, user_id: int, days: int | None
) -> tuple[str, dt.datetime | None]:
    if days is not None and days < 0:
        raise UserError("--days is a number of days from 0 (never expires) up")
    token = f"{TOKEN_PREFIX}.{hub_id}.{secrets.token_urlsafe(32)}"
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(days=days) if days else None
    cur.execute(
        "INSERT INTO hub.token (hash, user_id, expires) VALUES (%s, %s, %s)",
        (token_hash(token), user_id, expires),
    )
    return token, expires


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


@dataclass
class UserInfo:
    name: str
    roles: list[str]
    units: list[str]  # the units' names on the hub, sorted (a lineage id where it holds none)
    active: bool
    tokens: int  # personal tokens neither revoked nor expired
    oidc: str | None  # "ISSUER|SUBJECT" for a user who signs in with an identity provider


def list_users(url: str) -> list[UserInfo]:
    """Every user of the hub, removed ones too, by name."""
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        _hub_id(cur)
        cur.execute(
            "SELECT u.name, u.roles, u.active, u.subject, "
            "  (SELECT count(*) FROM hub.token t WHERE t.user_id = u.id AND NOT t.revoked "
            "   AND (t.expires IS NULL OR t.expires > now())), "
            "  array(SELECT lineage FROM hub.user_unit w WHERE w.user_id = u.id ORDER BY 1) "
            "FROM hub.app_user u ORDER BY u.name"
        )
        found = cur.fetchall()
        names = _unit_names(cur, sorted({lin for r in found for lin in r[5]}))  # type: ignore[attr-defined]
    return [
        UserInfo(
            str(r[0]),
            list(r[1]),  # type: ignore[call-overload]
            sorted(names.get(lineage, lineage) for lineage in r[5]),  # type: ignore[attr-defined]
            bool(r[2]),
            int(r[4]),  # type: ignore[call-overload]
            None if r[3] is None else str(r[3]),
        )
        for r in found
    ]


def _unit_names(cur: psycopg.Cursor[tuple[object, ...]], lineages: list[str]) -> dict[str, str]:
    cur.execute(
        "SELECT DISTINCT ON (data->>'lineage_id') data->>'lineage_id', data->>'name' "
        "FROM hub.record WHERE tbl = 'unit' AND NOT deleted AND data->>'lineage_id' = ANY(%s) "
        "ORDER BY data->>'lineage_id', seq DESC",
        (lineages,),
    )
    return {str(r[0]): str(r[1]) for r in cur.fetchall()}


def _find_user(cur: psycopg.Cursor[tuple[object, ...]], name: str) -> tuple[int, list[str], bool]:
    """A user's id, roles and whether active, by exact name."""
    cur.execute("SELECT id, roles, active FROM hub.app_user WHERE name = %s", (name.strip(),))
    row = cur.fetchone()
    if row is None:
        raise UserError(f"no user named {name} on this hub (fredapp hub user list names them)")
    return int(row[0]), list(row[1]), bool(row[2])  # type: ignore[call-overload]


def set_user(
    url: str,
    name: str,
    roles: list[str] | None = None,
    units: list[str] | None = None,
    *,
    restore: bool = False,
) -> UserInfo:
    """Give a user new roles and/or units (each replaces what was), or bring a removed user
    back (``restore``; their tokens stay revoked: give a new one with ``hub user token``)."""
    if roles is None and units is None and not restore:
        raise UserError("say what to change: --role, --unit or --restore")
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        _hub_id(cur)
        user_id, old_roles, active = _find_user(cur, name)
        if not active and not restore:
            raise UserError(f"the user {name} was removed; --restore brings them back")
        cur.execute(
            "SELECT array(SELECT lineage FROM hub.user_unit WHERE user_id = %s)", (user_id,)
        )
        held = cur.fetchone()
        new_roles = sorted(set(roles if roles is not None else old_roles))
        if units is None:
            # Roles changed alone: a leader keeps their units; anyone else holds none.
            lineages = list(held[0]) if held and LEADER in new_roles else []  # type: ignore[call-overload]
            _check_roles(new_roles, lineages)
        else:
            _check_roles(new_roles, units)
            lineages = list(dict.fromkeys(_lineage(cur, unit) for unit in units))
        cur.execute(
            "UPDATE hub.app_user SET roles = %s, active = true WHERE id = %s",
            (new_roles, user_id),
        )
        cur.execute("DELETE FROM hub.user_unit WHERE user_id = %s", (user_id,))
        cur.executemany(
            "INSERT INTO hub.user_unit (user_id, lineage) VALUES (%s, %s)",
            [(user_id, lineage) for lineage in lineages],
        )
    return next(u for u in list_users(url) if u.name == name.strip())


def remove_user(url: str, name: str) -> int:
    """Mark a user removed and revoke every token of theirs; returns the tokens revoked.

    The user stays (inactive), so their name keeps naming their history; the service refuses
    them from the next request on."""
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        _hub_id(cur)
        user_id, _roles, active = _find_user(cur, name)
        if not active:
            raise UserError(f"the user {name} was removed already")
        cur.execute("UPDATE hub.app_user SET active = false WHERE id = %s", (user_id,))
        return _revoke(cur, user_id)


def revoke_tokens(url: str, name: str) -> int:
    """Revoke every personal token of a user; returns how many were still valid."""
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        _hub_id(cur)
        user_id, _roles, _active = _find_user(cur, name)
        return _revoke(cur, user_id)


def _revoke(cur: psycopg.Cursor[tuple[object, ...]], user_id: int) -> int:
    cur.execute(
        "UPDATE hub.token SET revoked = true WHERE user_id = %s AND NOT revoked "
        "RETURNING expires IS NULL OR expires > now()",
        (user_id,),
    )
    return sum(1 for r in cur.fetchall() if r[0])


def new_token(url: str, name: str, days: int | None = 365) -> NewUser:
    """A new personal token for an existing, active user (their other tokens stay valid)."""
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        hub_id = _hub_id(cur)
        user_id, roles, active = _find_user(cur, name)
        if not active:
            raise UserError(f"the user {name} was removed; fredapp hub user set --restore first")
        cur.execute("SELECT lineage FROM hub.user_unit WHERE user_id = %s", (user_id,))
        lineages = [str(r[0]) for r in cur.fetchall()]
        token, expires = _new_token(cur, hub_id, user_id, days)
    return NewUser(user_id, name.strip(), roles, lineages, token, expires)
