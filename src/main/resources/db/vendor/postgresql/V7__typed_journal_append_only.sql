-- PostgreSQL only: the append-only trigger (V5) also keeps a typed row's payload unchanged when the
-- row is sealed. Everything else is as in V5.
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
  IF OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL
     AND NEW.id = OLD.id
     AND NEW.item_id = OLD.item_id
     AND NEW.occurred_at = OLD.occurred_at
     AND NEW.actor = OLD.actor
     AND NEW.type = OLD.type
     AND NEW.step IS NOT DISTINCT FROM OLD.step
     AND NEW.detail IS NOT DISTINCT FROM OLD.detail
     AND NEW.reason IS NOT DISTINCT FROM OLD.reason
     AND NEW.payload_version IS NOT DISTINCT FROM OLD.payload_version
     AND NEW.payload IS NOT DISTINCT FROM OLD.payload THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'item_event is append-only: changing audit event % is refused', OLD.id
    USING ERRCODE = 'insufficient_privilege';
END
$$;
