"""The hub's PostgreSQL schema, its migrations, the service role and the row-level security.

``fredapp hub init --database URL`` runs :func:`init_database` as the database's owner (the
role that will own the tables; a DBA's role or ``postgres``). It creates or upgrades the
schema ``hub`` in one transaction, under an advisory lock, applying each numbered migration
once (``hub.migration`` remembers them), so running it again changes nothing.

Every synced FredApp record is one row of ``hub.record``: its table, id, change stamp,
device, deleted mark and the row's values as JSON (exactly what the desktop's SQLite holds).
A trigger (:sql:`hub.classify_record`, running as the owner) derives from the values who may
write the row (``writer``), whether it is private to a unit (``private``) and which unit
(``scope``: a unit lineage id); a client cannot choose them. The trigger also stamps the row
with its transaction id (``txid``, an ``xid8``) and a number from ``hub.change_seq``
(``seq``): the pull cursor (see :mod:`fredapp.server.store`).

Rights are PostgreSQL's, not the service's: every table has row-level security enabled and
FORCED (the owner too is held to policies; its policy lets it do everything, for
``fredapp hub init`` and ``fredapp hub user``). The service connects as its own login role
(default ``fredapp_hub``), which is neither the owner nor a superuser and cannot bypass RLS;
inside each transaction it sets the request's user with ``set_config('hub.user_id', …,
true)`` and the policies read it, so a bug in the service's SQL cannot show one unit's
figures to another unit's leader.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo

from fredapp.server.migrations import migration_2, migration_3, migration_4, migration_5
from fredapp.server.rights import TABLE_CLASSES

DEFAULT_SERVICE_ROLE = "fredapp_hub"
_MIGRATE_LOCK = 0x46524544  # pg_advisory_xact_lock key: one `hub init` at a time


class HubSetupError(Exception):
    """``hub init`` cannot go on; the message says why in one line. Nothing was changed."""


_SCHEMA_1 = """
CREATE TABLE hub.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE hub.table_class (
    tbl text PRIMARY KEY, writer text NOT NULL, private boolean NOT NULL, phase int NOT NULL);
CREATE TABLE hub.app_user (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE,
    roles text[] NOT NULL,
    active boolean NOT NULL DEFAULT true,
    created timestamptz NOT NULL DEFAULT now());
CREATE TABLE hub.user_unit (
    user_id bigint NOT NULL REFERENCES hub.app_user ON DELETE CASCADE,
    lineage text NOT NULL,
    PRIMARY KEY (user_id, lineage));
CREATE TABLE hub.token (
    hash text PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES hub.app_user ON DELETE CASCADE,
    created timestamptz NOT NULL DEFAULT now(),
    expires timestamptz,
    revoked boolean NOT NULL DEFAULT false);
CREATE SEQUENCE hub.change_seq;
CREATE TABLE hub.record (
    tbl text NOT NULL,
    id text NOT NULL,
    stamp text NOT NULL,
    device text NOT NULL,
    deleted boolean NOT NULL,
    data jsonb NOT NULL,
    writer text,
    private boolean NOT NULL DEFAULT true,
    scope text,
    txid xid8 NOT NULL,  -- set by hub.classify_record, as is seq
    seq bigint NOT NULL,
    PRIMARY KEY (tbl, id));
CREATE INDEX record_cursor ON hub.record (txid, seq);
CREATE INDEX record_unit_lineage ON hub.record ((data->>'lineage_id')) WHERE tbl = 'unit';
CREATE INDEX record_unit_parent ON hub.record ((data->>'parent_id')) WHERE tbl = 'unit';
CREATE TABLE hub.push_batch (
    user_id bigint NOT NULL,
    batch_id uuid NOT NULL,
    result jsonb,
    created timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, batch_id));

CREATE FUNCTION hub.current_user_id() RETURNS bigint LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('hub.user_id', true), '')::bigint $$;

CREATE FUNCTION hub.my_roles() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, hub
AS $$ SELECT coalesce((SELECT roles FROM hub.app_user
                        WHERE id = hub.current_user_id() AND active), '{}') $$;

-- The unit lineages a leader's grants cover: the granted ones and every unit below them, in
-- any scenario. Runs as the owner: the policies on hub.record call it.
CREATE FUNCTION hub.my_lineages() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, hub
AS $$
  WITH RECURSIVE grants AS (
    SELECT g.lineage FROM hub.user_unit g
    WHERE g.user_id = hub.current_user_id() AND 'leader' = ANY (hub.my_roles())
  ), below(id, lineage) AS (
    SELECT r.id, r.data->>'lineage_id' FROM hub.record r
    WHERE r.tbl = 'unit' AND NOT r.deleted
      AND r.data->>'lineage_id' IN (SELECT lineage FROM grants)
    UNION
    SELECT r.id, r.data->>'lineage_id' FROM hub.record r JOIN below b ON r.data->>'parent_id' = b.id
    WHERE r.tbl = 'unit' AND NOT r.deleted
  )
  SELECT coalesce(array_agg(DISTINCT lineage), '{}')
  FROM (SELECT lineage FROM below UNION SELECT lineage FROM grants) AS covered
$$;

-- Who may write a record and whose it is, from its values (a client cannot choose them).
CREATE FUNCTION hub.classify_record() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, hub
AS $$
DECLARE
  gov text := NEW.tbl;
  named text;
  cls hub.table_class;
BEGIN
  IF NEW.tbl IN ('changerecord', 'syncconflict') THEN
    gov := NEW.data->>'table_name';
    named := NEW.data->>'record_id';
  END IF;
  SELECT * INTO cls FROM hub.table_class WHERE tbl = gov;
  IF NOT FOUND OR gov IN ('changerecord', 'syncconflict') THEN
    NEW.writer := NULL;  -- a table the hub does not know: nobody writes or reads it
    NEW.private := true;
    NEW.scope := NULL;
  ELSE
    NEW.writer := cls.writer;
    NEW.private := cls.private;
    IF NOT cls.private THEN
      NEW.scope := NULL;
    ELSIF named IS NOT NULL THEN
      NEW.scope := (SELECT r.scope FROM hub.record r WHERE r.tbl = gov AND r.id = named);
    ELSIF gov = 'checklistitem' THEN
      NEW.scope := (SELECT r.scope FROM hub.record r
                    WHERE r.tbl = 'checklist' AND r.id = NEW.data->>'checklist_id');
    ELSE
      NEW.scope := NEW.data->>'unit_lineage_id';
    END IF;
  END IF;
  NEW.txid := pg_current_xact_id();
  NEW.seq := nextval('hub.change_seq');
  RETURN NEW;
END $$;
CREATE TRIGGER classify BEFORE INSERT OR UPDATE ON hub.record
  FOR EACH ROW EXECUTE FUNCTION hub.classify_record();

-- A token's user, for the service (which cannot read hub.token itself).
CREATE FUNCTION hub.authenticate(token_hash text)
RETURNS TABLE (user_id bigint, name text, roles text[], expired boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub
AS $$
  SELECT u.id, u.name, u.roles, t.expires IS NOT NULL AND t.expires <= now()
  FROM hub.token t JOIN hub.app_user u ON u.id = t.user_id
  WHERE t.hash = token_hash AND NOT t.revoked AND u.active
$$;
"""

_TABLES = ("meta", "table_class", "app_user", "user_unit", "token", "record", "push_batch")

# {svc}: the service role. Policies name it; the owner's policy names whoever runs init.
_POLICIES_1 = """
CREATE POLICY service_read ON hub.record FOR SELECT TO {svc}
  USING (NOT private OR scope IN (SELECT unnest(hub.my_lineages())));
CREATE POLICY service_insert ON hub.record FOR INSERT TO {svc}
  WITH CHECK (writer IN (SELECT unnest(hub.my_roles()))
              AND (NOT private OR scope IN (SELECT unnest(hub.my_lineages()))));
CREATE POLICY service_update ON hub.record FOR UPDATE TO {svc}
  USING (writer IN (SELECT unnest(hub.my_roles()))
         AND (NOT private OR scope IN (SELECT unnest(hub.my_lineages()))))
  WITH CHECK (writer IN (SELECT unnest(hub.my_roles()))
              AND (NOT private OR scope IN (SELECT unnest(hub.my_lineages()))));
CREATE POLICY service_read ON hub.meta FOR SELECT TO {svc} USING (true);
CREATE POLICY service_read ON hub.table_class FOR SELECT TO {svc} USING (true);
CREATE POLICY service_own ON hub.app_user FOR SELECT TO {svc}
  USING (id = hub.current_user_id());
CREATE POLICY service_own ON hub.user_unit FOR SELECT TO {svc}
  USING (user_id = hub.current_user_id());
CREATE POLICY service_own ON hub.push_batch FOR ALL TO {svc}
  USING (user_id = hub.current_user_id()) WITH CHECK (user_id = hub.current_user_id());
GRANT USAGE ON SCHEMA hub TO {svc};
GRANT SELECT, INSERT, UPDATE ON hub.record TO {svc};
GRANT SELECT ON hub.meta, hub.table_class, hub.app_user, hub.user_unit TO {svc};
GRANT SELECT, INSERT, UPDATE ON hub.push_batch TO {svc};
REVOKE ALL ON FUNCTION hub.authenticate(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hub.authenticate(text) TO {svc};
"""


def _migration_1(cur: psycopg.Cursor[tuple[object, ...]], service: str) -> None:
    cur.execute("CREATE SCHEMA IF NOT EXISTS hub")
    cur.execute(_SCHEMA_1)
    for table in _TABLES:
        cur.execute(f"ALTER TABLE hub.{table} ENABLE ROW LEVEL SECURITY")
        cur.execute(f"ALTER TABLE hub.{table} FORCE ROW LEVEL SECURITY")
        cur.execute(
            f"CREATE POLICY owner_all ON hub.{table} TO CURRENT_USER USING (true) WITH CHECK (true)"
        )
    svc = sql.Identifier(service).as_string(cur)
    cur.execute(_POLICIES_1.format(svc=svc))  # type: ignore[arg-type]  # an identifier, quoted
    cur.execute(
        "INSERT INTO hub.meta VALUES ('hub_id', %s), ('service_role', %s)",
        (uuid.uuid4().hex, service),
    )


MIGRATIONS: list[Callable[[psycopg.Cursor[tuple[object, ...]], str], None]] = [
    _migration_1,
    migration_2,
    migration_3,
    migration_4,
    migration_5,
]
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass
class InitResult:
    applied: list[int]
    version: int
    hub_id: str
    service_role: str
    # Set only when the service role was made (or its password reset) by this run.
    service_password: str | None = None
    service_conninfo: str | None = None


def init_database(
    url: str, *, service_role: str = DEFAULT_SERVICE_ROLE, reset_password: bool = False
) -> InitResult:
    """Create or upgrade the hub's schema at ``url`` (as its owner); idempotent."""
    with psycopg.connect(url, autocommit=False) as conn, conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATE_LOCK,))
        password = _service_role(cur, service_role, reset_password)
        cur.execute("CREATE SCHEMA IF NOT EXISTS hub")
        cur.execute(
            "CREATE TABLE IF NOT EXISTS hub.migration ("
            "version int PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())"
        )
        cur.execute("SELECT coalesce(max(version), 0) FROM hub.migration")
        row = cur.fetchone()
        current = int(row[0]) if row else 0
        if current > SCHEMA_VERSION:
            raise HubSetupError(
                f"the hub's schema is version {current}, newer than this FredApp knows "
                f"({SCHEMA_VERSION}); update FredApp"
            )
        if current:
            _require_service_role(cur, service_role)
        applied = []
        for number, migration in enumerate(MIGRATIONS, start=1):
            if number > current:
                migration(cur, service_role)
                cur.execute("INSERT INTO hub.migration (version) VALUES (%s)", (number,))
                applied.append(number)
        _refresh_table_classes(cur)
        cur.execute("SELECT value FROM hub.meta WHERE key = 'hub_id'")
        hub_row = cur.fetchone()
        conn.commit()
    result = InitResult(applied, SCHEMA_VERSION, str(hub_row[0]) if hub_row else "", service_role)
    if password is not None:
        result.service_password = password
        result.service_conninfo = make_conninfo(url, user=service_role, password=password)
    return result


def _service_role(
    cur: psycopg.Cursor[tuple[object, ...]], role: str, reset_password: bool
) -> str | None:
    """Make the service's login role if it is missing; its new password, or None."""
    cur.execute(
        "SELECT rolsuper, rolbypassrls, rolname = current_user FROM pg_roles WHERE rolname = %s",
        (role,),
    )
    found = cur.fetchone()
    if found is not None and any(found):
        raise HubSetupError(
            f"the service role {role} is a superuser, bypasses row-level security or is the "
            "owner running init; choose another with --service-role"
        )
    if found is not None and not reset_password:
        return None
    password = secrets.token_urlsafe(24)
    verb = "ALTER" if found is not None else "CREATE"
    cur.execute(
        sql.SQL(
            verb + " ROLE {} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD {}"
        ).format(sql.Identifier(role), sql.Literal(password))
    )
    return password


def _require_service_role(cur: psycopg.Cursor[tuple[object, ...]], role: str) -> None:
    cur.execute("SELECT value FROM hub.meta WHERE key = 'service_role'")
    row = cur.fetchone()
    if row is not None and row[0] != role:
        raise HubSetupError(
            f"this hub's service role is {row[0]}, not {role}; run init with --service-role "
            f"{row[0]}"
        )


def _refresh_table_classes(cur: psycopg.Cursor[tuple[object, ...]]) -> None:
    cur.execute("DELETE FROM hub.table_class")
    cur.executemany(
        "INSERT INTO hub.table_class (tbl, writer, private, phase) VALUES (%s, %s, %s, %s)",
        [(name, c.writer, c.private, c.phase) for name, c in TABLE_CLASSES.items()],
    )
