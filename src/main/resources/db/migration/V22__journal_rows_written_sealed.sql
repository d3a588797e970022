-- A journal row is written already sealed, when its transaction commits (ADR 2, follow-up): every
-- row has its position and hashes from the start. Rows written before this version were sealed
-- before their transaction committed, so every stored row already has them.
ALTER TABLE item_event ADD CONSTRAINT ck_item_event_sealed CHECK (seq IS NOT NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL);
