-- PostgreSQL only: the administrators' journal is append-only, as the items' journal is (V5).
CREATE OR REPLACE FUNCTION admin_change_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'admin_change is append-only: % of change % is refused', TG_OP, OLD.id
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER admin_change_append_only
  BEFORE UPDATE OR DELETE ON admin_change
  FOR EACH ROW EXECUTE FUNCTION admin_change_append_only();
