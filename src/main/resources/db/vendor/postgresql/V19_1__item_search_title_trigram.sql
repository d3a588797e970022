-- The likely-duplicates check matches the words of a new title against the titles of open and
-- recent items (ItemRepository.similarCandidates: search_title LIKE '%word%' OR ...). Without an
-- index of its own on search_title, a title made only of rare words is a scan of every item: 1.1 to
-- 2.6 s at 1,000,000 items in the search benchmark. Trigrams answer it from the index, as for
-- search_text (V10_6).
CREATE INDEX ix_item_search_title_trgm ON grievance_item USING gin (search_title gin_trgm_ops);
