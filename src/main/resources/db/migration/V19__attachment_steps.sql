-- An attachment added while an officer works on a step (a department's study, the leadership's
-- note) belongs to that step: its activity id and its name as the officer read it. Empty for what
-- a unit attaches to its item.
ALTER TABLE item_attachment ADD COLUMN step_key VARCHAR(100);
ALTER TABLE item_attachment ADD COLUMN step_name VARCHAR(255);
