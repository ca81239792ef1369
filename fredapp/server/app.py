"""The hub's HTTP service (FastAPI): ``fredapp hub serve --database URL``.

Stateless: everything lives in PostgreSQL, so several services can run behind a load balancer
against one database. Each request takes a connection from a psycopg pool and runs in one
transaction as its user. The protocol (JSON; every request carries
``Authorization: Bearer TOKEN``):

- ``GET /v1/hello?after=CURSOR``: who the token belongs to, the hub's id and clock, and
  whether anything is new after the cursor (a no-op sync is this one round trip);
- ``GET /v1/signin`` (no token): the OpenID Connect issuers and client ids the desktop signs
  in with (``fredapp hub oidc add``);
- ``GET /v1/pull?after=CURSOR&limit=N``: a page of records and the next cursor;
- ``POST /v1/push``: ``{"batch": UUID, "device": ID, "rows": [{"table", "base", "row"}]}``;
  200 with what was applied and refused (and why), 409 when records changed since the pull,
  422 when the push is refused whole (a clock far ahead), 401 for a token that is unknown,
  expired, revoked or made for another hub.

Tokens never reach a log: they travel in a header (uvicorn logs the request line only), and
only their hash is looked up.
"""

import contextlib
import json
import logging
import math
import os
import re
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated, Any

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from psycopg_pool import ConnectionPool, PoolTimeout

from fredapp.core.clock import wall_now_ms
from fredapp.server import store
from fredapp.server.checks import RowChecker
from fredapp.server.oidc import Issuer, SignInRefused, Verifier, looks_like_jwt
from fredapp.server.schema import HubSetupError
from fredapp.server.users import token_hash, token_hub

_log = logging.getLogger("fredapp.hub")

# As the example nginx site's client_max_body_size: a body larger is refused unread (413).
MAX_PUSH_BYTES = 64 * 2**20
POOL_WAIT_S = 10.0
_DEVICE = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True)
class User:
    id: int
    name: str
    roles: list[str]


class Hub:
    """What the service holds between requests: the pool, the hub's id, the row checker."""

    def __init__(self, conninfo: str, pool_size: int) -> None:
        self.pool = ConnectionPool(
            conninfo,
            min_size=1,
            max_size=pool_size,
            open=False,
            kwargs={"autocommit": True},
            # A connection PostgreSQL dropped (a restart, a failover) is replaced, not used.
            check=ConnectionPool.check_connection,
            # A request waits this long for a connection, then is a 503 the desktop retries:
            # with PostgreSQL gone a desktop hears so in about a minute (five tries), not 2.5.
            timeout=POOL_WAIT_S,
        )
        self.checker = RowChecker()
        self.verifier = Verifier()
        self.hub_id = ""

    def open(self) -> None:
        self.pool.open(wait=True, timeout=30)
        with self.pool.connection() as conn:
            self.hub_id = hub_of(conn)

    def authenticate(self, token: str) -> User:
        if looks_like_jwt(token):
            return self._authenticate_oidc(token)
        made_for = token_hub(token)
        if made_for is None:
            raise HTTPException(401, "not a FredApp hub token")
        if made_for != self.hub_id:
            raise HTTPException(401, "this token was made for another hub")
        with self.pool.connection() as conn:
            row = conn.execute(
                "SELECT user_id, name, roles, expired FROM hub.authenticate(%s)",
                (token_hash(token),),
            ).fetchone()
        if row is None:
            raise HTTPException(
                401,
                "unknown or revoked token, or its user was removed; ask the hub's administrator",
            )
        if row[3]:
            raise HTTPException(401, "the token has expired; ask for a new one")
        return User(int(row[0]), str(row[1]), list(row[2]))

    def _issuers(self) -> dict[str, Issuer]:
        with self.pool.connection() as conn:
            rows = conn.execute(
                "SELECT issuer, audience, subject_claim FROM hub.oidc_issuer"
            ).fetchall()
        return {str(r[0]): Issuer(str(r[0]), str(r[1]), str(r[2])) for r in rows}

    def _authenticate_oidc(self, token: str) -> User:
        try:
            subject = self.verifier.subject(token, self._issuers())
        except SignInRefused as exc:
            raise HTTPException(401, str(exc)) from None
        with self.pool.connection() as conn:
            row = conn.execute(
                "SELECT user_id, name, roles FROM hub.authenticate_subject(%s)", (subject,)
            ).fetchone()
        if row is None:
            raise HTTPException(401, "signed in, but not a user of this hub; ask its administrator")
        return User(int(row[0]), str(row[1]), list(row[2]))


def hub_of(conn: psycopg.Connection[Any]) -> str:
    """The hub's id, once the connection is known to be one the service may run on."""
    found = conn.execute("SELECT to_regclass('hub.meta') IS NOT NULL").fetchone()
    row = (
        conn.execute("SELECT value FROM hub.meta WHERE key = 'hub_id'").fetchone()
        if (found and found[0])
        else None
    )
    role = conn.execute(
        "SELECT rolsuper OR rolbypassrls OR EXISTS (SELECT 1 FROM pg_tables "
        "WHERE schemaname = 'hub' AND tableowner = current_user) "
        "FROM pg_roles WHERE rolname = current_user"
    ).fetchone()
    if row is None:
        raise HubSetupError("the database has no hub; run fredapp hub init first")
    if role is None or role[0]:
        # Row-level security would not hold: the owner and superusers pass it.
        raise HubSetupError(
            "the service must connect as its own role (printed by fredapp hub init), "
            "not as the tables' owner or a superuser"
        )
    return str(row[0])


def check_start(conninfo: str, host: str, port: int) -> None:
    """What would stop the service, said in one line before it starts (``HubSetupError``):
    a port taken or not one, a database not reachable, not a hub, or the wrong role."""
    if not 0 < port < 65536:
        raise HubSetupError(f"--port {port} is not a port (1 to 65535)")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as probe:
            # As uvicorn binds: a port left in TIME_WAIT is free, one listened on is not.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(infos[0][4])
    except OSError as exc:
        raise HubSetupError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    try:
        with psycopg.connect(conninfo, connect_timeout=10) as conn:
            hub_of(conn)
    except psycopg.errors.InsufficientPrivilege as exc:
        raise HubSetupError(
            f"this role may not read the hub ({_first_line(exc)}); connect as the service "
            "role fredapp hub init printed"
        ) from None
    except psycopg.Error as exc:
        raise HubSetupError(f"the hub's database is not reachable: {_first_line(exc)}") from None


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _not_json(constant: str) -> Any:
    # NaN and Infinity are Python's, not JSON's, and PostgreSQL's JSON cannot hold them.
    raise ValueError(f"{constant} is not JSON")


def _unkeepable(body: Any) -> str | None:
    """What in a push PostgreSQL's text and JSON cannot hold, named; None when all can be."""
    stack = [body]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            if "\x00" in item:
                return "a NUL character"
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return "half of a character (a lone surrogate)"
        elif isinstance(item, float) and not math.isfinite(item):
            return "a number out of range"
    return None


async def _body(request: Request, most: int) -> bytes | None:
    """The request's body, or None once it is larger than ``most`` bytes (read no further)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > most:
        return None
    body = bytearray()
    async for part in request.stream():
        body += part
        if len(body) > most:
            return None
    return bytes(body)


def create_app(
    conninfo: str, *, pool_size: int = 10, max_push_bytes: int = MAX_PUSH_BYTES
) -> FastAPI:
    hub = Hub(conninfo, pool_size)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(hub.open)
        try:
            yield
        finally:
            await run_in_threadpool(hub.pool.close)

    app = FastAPI(title="FredApp sync hub", lifespan=lifespan, docs_url=None, redoc_url=None)

    def user(authorization: Annotated[str | None, Header()] = None) -> User:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise HTTPException(401, "sign in: send Authorization: Bearer TOKEN")
        return hub.authenticate(token.strip())

    Signed = Annotated[User, Depends(user)]

    async def database_gone(_request: Request, exc: Exception) -> JSONResponse:
        # PostgreSQL restarting or failing over: the request's transaction is gone, nothing
        # of it applied; the desktop retries (a push with its batch id) and the pool replaces
        # the dead connections by itself.
        _log.warning(
            "the database did not answer (%s); told the client to retry", type(exc).__name__
        )
        return JSONResponse(
            {"detail": "the hub's database is not reachable just now; try again"},
            status_code=503,
            headers={"Retry-After": "1"},
        )

    for gone in (psycopg.OperationalError, psycopg.InterfaceError, PoolTimeout):
        app.add_exception_handler(gone, database_gone)

    @app.get("/v1/hello")
    def hello(who: Signed, after: str = "", device: str = "") -> dict[str, Any]:
        if device and not _DEVICE.fullmatch(device):
            # As a stamp's device (fredapp.core.clock); PostgreSQL's text holds no NUL either.
            raise HTTPException(400, "not a device id: letters, digits, - and _, at most 64")
        with hub.pool.connection() as conn:
            new = _cursor_call(store.news, conn, who.id, after)
            store.seen(conn, who.id, device, after)
            rights = store.access(conn, who.id)
        return {
            "hub": hub.hub_id,
            "user": who.name,
            "roles": who.roles,
            "time_ms": wall_now_ms(),
            "news": new,
            "access": rights,
        }

    @app.get("/v1/signin")
    def signin() -> dict[str, Any]:
        # Unauthenticated (the desktop asks before it can sign in): issuers and client ids
        # only, nothing secret.
        with hub.pool.connection() as conn:
            rows = conn.execute(
                "SELECT issuer, audience FROM hub.oidc_issuer ORDER BY issuer"
            ).fetchall()
        issuers = [{"issuer": str(r[0]), "client_id": str(r[1])} for r in rows]
        return {"hub": hub.hub_id, "issuers": issuers}

    @app.get("/v1/pull")
    def pull(
        who: Signed, after: str = "", limit: Annotated[int, Query(ge=1)] = 1000
    ) -> dict[str, Any]:
        with hub.pool.connection() as conn:
            try:
                # store.pull caps the page (PAGE_MAX) whatever limit a client asks for.
                page = _cursor_call(store.pull, conn, who.id, after, limit)
            except store.Reload as exc:
                raise HTTPException(exc.status, str(exc)) from None
        return {"rows": page.rows, "cursor": page.cursor, "more": page.more}

    @app.post("/v1/push")
    async def push(request: Request, who: Signed) -> JSONResponse:
        raw = await _body(request, max_push_bytes)
        if raw is None:
            most = f"{max_push_bytes / 2**20:g} MB"
            return JSONResponse(
                {"detail": f"the push is larger than the hub takes ({most}); nothing was applied"},
                status_code=413,
            )
        try:
            body = json.loads(raw, parse_constant=_not_json)
        except (ValueError, RecursionError):
            return JSONResponse({"detail": "the push is not JSON"}, status_code=400)
        what = _unkeepable(body)
        if what:
            # No desktop sends these (FredApp's rules refuse them); PostgreSQL cannot keep them.
            detail = f"the push holds {what}, which the hub cannot keep; nothing was applied"
            return JSONResponse({"detail": detail}, status_code=422)

        def work() -> store.PushResult:
            with hub.pool.connection() as conn:
                return store.push(conn, hub.checker, who.id, body, wall_now_ms())

        try:
            result = await run_in_threadpool(work)
        except store.Changed as exc:
            records = [{"table": t, "id": i} for t, i in exc.records[:100]]
            return JSONResponse({"detail": str(exc), "records": records}, status_code=409)
        except (store.PushRefused, store.RightsRefused) as exc:
            return JSONResponse({"detail": str(exc)}, status_code=exc.status)
        _log.info(
            "push by user %s: %s applied, %s refused", who.id, result.applied, len(result.refused)
        )
        return JSONResponse(result.as_json())

    return app


def _cursor_call(function: Any, *args: Any) -> Any:
    try:
        return function(*args)
    except ValueError as exc:
        raise HTTPException(400, "the cursor is not one this hub gave out") from exc


def app_from_environment() -> FastAPI:
    """The app for each of several worker processes (their parent passes the connection on in
    the environment, which only the same user can read, not in a command line)."""
    return create_app(
        os.environ["FREDAPP_HUB_DATABASE"], pool_size=int(os.environ.get("FREDAPP_HUB_POOL", "10"))
    )


def serve(conninfo: str, *, host: str, port: int, pool_size: int = 10, workers: int = 1) -> None:
    """Serve the hub; ``workers`` processes share the port (each with its own pool)."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if workers <= 1:
        uvicorn.run(create_app(conninfo, pool_size=pool_size), host=host, port=port)
        return
    os.environ["FREDAPP_HUB_DATABASE"] = conninfo
    os.environ["FREDAPP_HUB_POOL"] = str(pool_size)
    uvicorn.run(
        "fredapp.server.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
    )
