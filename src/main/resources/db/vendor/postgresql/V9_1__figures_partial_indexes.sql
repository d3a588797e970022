-- PostgreSQL only: the dashboard's "now" figures read only open items and open steps, a small part
-- of ten years of data; partial indexes keep those reads small as the tables grow. The period figures
-- read covering indexes (INCLUDE), so a year of a national installation is counted from the index
-- alone.
CREATE INDEX ix_figure_item_open ON figure_item (status, category, unit_id, department_id) WHERE closed_at IS NULL;
CREATE INDEX ix_figure_step_open_due ON figure_step (due_at, follow_up_at, step, responsible) WHERE outcome = 'OPEN';
CREATE INDEX ix_figure_item_answered_cover ON figure_item (answered_on)
    INCLUDE (route, category, department_id, answer_working_days, reopen_count, unit_id);
CREATE INDEX ix_figure_step_completed_cover ON figure_step (completed_on) INCLUDE (step, outcome, on_time);
CREATE INDEX ix_figure_step_due_cover ON figure_step (due_on) INCLUDE (outcome, on_time, due_at);
