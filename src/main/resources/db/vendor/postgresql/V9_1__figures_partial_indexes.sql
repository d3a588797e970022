-- PostgreSQL only: the dashboard's "now" figures read only open items and open steps, a small part
-- of ten years of data; partial indexes keep those reads small as the tables grow.
CREATE INDEX ix_figure_item_open ON figure_item (status, category, unit_id, department_id) WHERE closed_at IS NULL;
CREATE INDEX ix_figure_step_open_due ON figure_step (due_at, follow_up_at, step, responsible) WHERE outcome = 'OPEN';
