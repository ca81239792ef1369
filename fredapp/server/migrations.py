"""The hub schema's migrations after the first (see :mod:`fredapp.server.schema`, which runs
them in order, once each): each a function of the cursor of ``hub init`` and the service role.
"""

from __future__ import annotations

import psycopg
from psycopg import sql

# The classification as a function of its own, so a push can sort out the records it may not
# write before writing (to name each with a reason) by the same rule the trigger applies.
_CLASSIFY_2 = """
CREATE FUNCTION hub.classify(
    p_tbl text, p_data jsonb, OUT writer text, OUT private boolean, OUT scope text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub
AS $$
#variable_conflict use_column
DECLARE
  gov text := p_tbl;
  named text;
  cls hub.table_class;
BEGIN
  IF p_tbl IN ('changerecord', 'syncconflict') THEN
    gov := p_data->>'table_name';
    named := p_data->>'record_id';
  END IF;
  SELECT * INTO cls FROM hub.table_class t WHERE t.tbl = gov;
  IF NOT FOUND OR gov IN ('changerecord', 'syncconflict') THEN
    writer := NULL;  -- a table the hub does not know: nobody writes or reads it
    private := true;
    scope := NULL;
    RETURN;
  END IF;
  writer := cls.writer;
  private := cls.private;
  IF NOT cls.private THEN
    scope := NULL;
  ELSIF named IS NOT NULL THEN
    scope := (SELECT r.scope FROM hub.record r WHERE r.tbl = gov AND r.id = named);
  ELSIF gov = 'checklistitem' THEN
    scope := (SELECT r.scope FROM hub.record r
              WHERE r.tbl = 'checklist' AND r.id = p_data->>'checklist_id');
  ELSE
    scope := p_data->>'unit_lineage_id';
  END IF;
END $$;
CREATE OR REPLACE FUNCTION hub.classify_record() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, hub
AS $$
BEGIN
  SELECT c.writer, c.private, c.scope INTO NEW.writer, NEW.private, NEW.scope
  FROM hub.classify(NEW.tbl, NEW.data) c;
  NEW.txid := pg_current_xact_id();
  NEW.seq := nextval('hub.change_seq');
  RETURN NEW;
END $$;
"""


def migration_2(cur: psycopg.Cursor[tuple[object, ...]], service: str) -> None:
    cur.execute(_CLASSIFY_2)


# OpenID Connect: the issuers the hub trusts, and which hub user an issuer's subject is.
_OIDC_3 = """
CREATE TABLE hub.oidc_issuer (
    issuer text PRIMARY KEY,
    audience text NOT NULL,
    subject_claim text NOT NULL DEFAULT 'sub');
ALTER TABLE hub.app_user ADD COLUMN subject text;
CREATE UNIQUE INDEX app_user_subject ON hub.app_user (subject) WHERE subject IS NOT NULL;
ALTER TABLE hub.oidc_issuer ENABLE ROW LEVEL SECURITY;
ALTER TABLE hub.oidc_issuer FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON hub.oidc_issuer TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY service_read ON hub.oidc_issuer FOR SELECT TO {svc} USING (true);
GRANT SELECT ON hub.oidc_issuer TO {svc};
CREATE FUNCTION hub.authenticate_subject(p_subject text)
RETURNS TABLE (user_id bigint, name text, roles text[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub
AS $$ SELECT u.id, u.name, u.roles FROM hub.app_user u WHERE u.subject = p_subject AND u.active $$;
REVOKE ALL ON FUNCTION hub.authenticate_subject(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hub.authenticate_subject(text) TO {svc};
"""


def migration_3(cur: psycopg.Cursor[tuple[object, ...]], service: str) -> None:
    svc = sql.Identifier(service).as_string(cur)
    cur.execute(_OIDC_3.format(svc=svc))  # type: ignore[arg-type]  # an identifier, quoted


# Where each device's pulls have reached: tombstones are removed only below all of them.
_DEVICES_4 = """
CREATE TABLE hub.device (
    user_id bigint NOT NULL,
    device text NOT NULL,
    txid xid8 NOT NULL,
    seq bigint NOT NULL,
    seen timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, device));
ALTER TABLE hub.device ENABLE ROW LEVEL SECURITY;
ALTER TABLE hub.device FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON hub.device TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY service_own ON hub.device FOR ALL TO {svc}
  USING (user_id = hub.current_user_id()) WITH CHECK (user_id = hub.current_user_id());
GRANT SELECT, INSERT, UPDATE ON hub.device TO {svc};
"""


def migration_4(cur: psycopg.Cursor[tuple[object, ...]], service: str) -> None:
    svc = sql.Identifier(service).as_string(cur)
    cur.execute(_DEVICES_4.format(svc=svc))  # type: ignore[arg-type]  # an identifier, quoted


# The trigger classifies most rows without calling hub.classify: a table that names its unit
# itself needs only its class (the same rule as the function's); the tables whose unit is
# another record's still call it. A push of many rows spent much of its time in the call.
_TRIGGER_5 = """
CREATE OR REPLACE FUNCTION hub.classify_record() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, hub
AS $$
DECLARE
  cls hub.table_class;
BEGIN
  IF NEW.tbl IN ('changerecord', 'syncconflict', 'checklistitem') THEN
    SELECT c.writer, c.private, c.scope INTO NEW.writer, NEW.private, NEW.scope
    FROM hub.classify(NEW.tbl, NEW.data) c;
  ELSE
    SELECT * INTO cls FROM hub.table_class t WHERE t.tbl = NEW.tbl;
    IF NOT FOUND THEN
      NEW.writer := NULL;  -- a table the hub does not know: nobody writes or reads it
      NEW.private := true;
      NEW.scope := NULL;
    ELSE
      NEW.writer := cls.writer;
      NEW.private := cls.private;
      NEW.scope := CASE WHEN cls.private THEN NEW.data->>'unit_lineage_id' END;
    END IF;
  END IF;
  NEW.txid := pg_current_xact_id();
  NEW.seq := nextval('hub.change_seq');
  RETURN NEW;
END $$;
"""


def migration_5(cur: psycopg.Cursor[tuple[object, ...]], service: str) -> None:
    cur.execute(_TRIGGER_5)
