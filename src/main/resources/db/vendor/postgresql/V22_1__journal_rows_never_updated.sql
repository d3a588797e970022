-- PostgreSQL only: journal rows are written sealed (V22), so no row is ever updated any more. The
-- append-only trigger (V5, V7) refuses every UPDATE, the seal's included, and the application role
-- loses the UPDATE it had on the seal's three columns. Deleting stays as in V7: only the retention
-- function may remove a sealed prefix.
CREATE OR REPLACE FUNCTION item_event_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.seq IS NOT NULL
       AND OLD.seq <= COALESCE(NULLIF(current_setting('grievance.audit_prune_upto', true), '')::BIGINT, 0) THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'item_event is append-only: deleting audit event % is refused', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RAISE EXCEPTION 'item_event is append-only: changing audit event % is refused', OLD.id
    USING ERRCODE = 'insufficient_privilege';
END
$$;

DO $$
DECLARE
  app_role TEXT := '${app_role}';
BEGIN
  IF app_role = '' OR app_role = current_user
     OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
    RAISE NOTICE 'Application role "%" absent or the owner itself: no separate grants', app_role;
    RETURN;
  END IF;
  EXECUTE format('REVOKE UPDATE (seq, prev_hash, hash) ON item_event FROM %I', app_role);
  EXECUTE format('REVOKE UPDATE ON item_event FROM %I', app_role);
END
$$;
