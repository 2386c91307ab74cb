-- Index evidence in bulk: Upsert adds the batch's new relations to
-- relations_fts in one statement at the end of its transaction. A trigger
-- per row made FTS5 flush its pending index once per relation.
DROP TRIGGER relations_fts_insert;
