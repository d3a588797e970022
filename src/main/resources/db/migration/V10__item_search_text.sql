-- Search that understands Vietnamese written with or without accents: each item keeps its words
-- folded (system/VietnameseText: no tone or vowel marks, đ as d, lower case, letters and digits
-- only), the title apart for ranking, everything searchable (reference, title, content, proposal,
-- the delivered answers) together. Written by the application whenever those change; existing items
-- are folded by the next migration.
ALTER TABLE grievance_item ADD COLUMN search_title VARCHAR(1000);
ALTER TABLE grievance_item ADD COLUMN search_text VARCHAR(20000);
