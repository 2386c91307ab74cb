-- Ingest that does not slow as the store grows (issue 12): every index on
-- relations takes a page write for nearly every statement once the store
-- is large, wherever the statement's key falls. The *_recent indexes of
-- 0005/0006 served Neighborhood's fan-out from the statements; since the
-- summary graph (0007) the fan-out reads the edges table, and the one
-- read left on them, a fan-out within a date range (foldedTopSQL), reads
-- every statement of the node either way and is served as well by the
-- pair indexes, which hold the same columns with sort_date for the date.
-- They were the two largest indexes on relations (about a third of its
-- index pages).
DROP INDEX IF EXISTS relations_source_recent;
DROP INDEX IF EXISTS relations_target_recent;
