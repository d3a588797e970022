-- Listings and searches page their items newest first (ORDER BY submitted_at DESC, id DESC). With
-- the two columns in one index a page is read from the index's end and stops after its rows: a text
-- search matching more items than the count's cap (ADR 0009) reads the newest matches this way
-- instead of sorting all of them. The index on submitted_at alone is its prefix, so it goes.
CREATE INDEX ix_item_newest ON grievance_item (submitted_at, id);
DROP INDEX ix_item_submitted;
