-- On PostgreSQL the folded words are indexed by trigrams, so that a substring search (LIKE '%so%')
-- is answered from the index instead of a scan of every item. pg_trgm ships with PostgreSQL; creating
-- it needs the CREATE privilege on the database (the schema owner that runs the migrations has it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_item_search_text_trgm ON grievance_item USING gin (search_text gin_trgm_ops);
