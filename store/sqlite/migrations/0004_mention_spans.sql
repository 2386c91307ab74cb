-- Mention provenance: where each article names each entity, as a JSON array
-- of [start, end, text] in text order on the article's mention row (so it
-- goes with the row when the article is deleted).
ALTER TABLE mentions ADD COLUMN spans TEXT NOT NULL DEFAULT '[]';
