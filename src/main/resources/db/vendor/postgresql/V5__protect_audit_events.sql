-- PostgreSQL only: the database itself keeps the journal append-only.
--
-- 1. A trigger refuses every UPDATE and DELETE of item_event, whoever asks, with two exceptions
--    that cannot rewrite history: sealing a row not yet sealed (its content unchanged), and the
--    retention function below removing a prefix of the chain. TRUNCATE is refused too.
-- 2. The chain head (audit_chain) only moves forward and cannot be deleted.
-- 3. When the application connects as its own role (placeholder app_role, set from
--    GRIEVANCE_DB_APP_ROLE; default grievance_app) and the migrations run as the owner, that role
--    may only read and insert rows, seal them, and call the retention function.
-- An owner can still disable the triggers: that is what the hash chain is for.

CREATE FUNCTION item_event_append_only() RETURNS trigger
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
  IF OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL
     AND NEW.id = OLD.id
     AND NEW.item_id = OLD.item_id
     AND NEW.occurred_at = OLD.occurred_at
     AND NEW.actor = OLD.actor
     AND NEW.type = OLD.type
     AND NEW.step IS NOT DISTINCT FROM OLD.step
     AND NEW.detail IS NOT DISTINCT FROM OLD.detail
     AND NEW.reason IS NOT DISTINCT FROM OLD.reason THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'item_event is append-only: changing audit event % is refused', OLD.id
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER item_event_append_only
  BEFORE UPDATE OR DELETE ON item_event
  FOR EACH ROW EXECUTE FUNCTION item_event_append_only();

CREATE FUNCTION item_event_no_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'item_event is append-only: TRUNCATE is refused' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER item_event_no_truncate
  BEFORE TRUNCATE ON item_event
  FOR EACH STATEMENT EXECUTE FUNCTION item_event_no_truncate();

CREATE FUNCTION audit_chain_forward_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR NEW.id <> OLD.id
     OR NEW.last_seq < OLD.last_seq OR NEW.pruned_upto_seq < OLD.pruned_upto_seq
     OR NEW.pruned_upto_seq > NEW.last_seq THEN
    RAISE EXCEPTION 'the audit chain head only moves forward' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER audit_chain_forward_only
  BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION audit_chain_forward_only();

-- Retention: removes the rows at positions up to upto (a prefix of the chain) and keeps the last
-- removed position and hash as the anchor the rest of the chain starts from. Runs with the owner's
-- rights, so the application role needs no DELETE privilege.
CREATE FUNCTION audit_prune(upto BIGINT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  head audit_chain%ROWTYPE;
  anchor VARCHAR(64);
  removed BIGINT;
BEGIN
  SELECT * INTO head FROM audit_chain WHERE id = 1 FOR UPDATE;
  IF upto <= head.pruned_upto_seq THEN
    RETURN 0;
  END IF;
  IF upto > head.last_seq THEN
    RAISE EXCEPTION 'position % is beyond the head of the audit chain (%)', upto, head.last_seq;
  END IF;
  SELECT hash INTO anchor FROM item_event WHERE seq = upto;
  IF anchor IS NULL THEN
    RAISE EXCEPTION 'no audit event at position %', upto;
  END IF;
  PERFORM set_config('grievance.audit_prune_upto', upto::TEXT, true);
  DELETE FROM item_event WHERE seq > head.pruned_upto_seq AND seq <= upto;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('grievance.audit_prune_upto', '', true);
  UPDATE audit_chain SET pruned_upto_seq = upto, pruned_upto_hash = anchor WHERE id = 1;
  RETURN removed;
END
$$;

REVOKE ALL ON FUNCTION audit_prune(BIGINT) FROM PUBLIC;

DO $$
DECLARE
  app_role TEXT := '${app_role}';
BEGIN
  IF app_role = '' OR app_role = current_user
     OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
    RAISE NOTICE 'Application role "%" absent or the owner itself: no separate grants', app_role;
    RETURN;
  END IF;
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON item_event FROM %I', app_role);
  EXECUTE format('GRANT SELECT, INSERT ON item_event TO %I', app_role);
  EXECUTE format('GRANT UPDATE (seq, prev_hash, hash) ON item_event TO %I', app_role);
  EXECUTE format('REVOKE DELETE, TRUNCATE ON audit_chain FROM %I', app_role);
  EXECUTE format('GRANT SELECT, UPDATE ON audit_chain TO %I', app_role);
  EXECUTE format('GRANT EXECUTE ON FUNCTION audit_prune(BIGINT) TO %I', app_role);
END
$$;
