-- Traversals filter by status (a denied meeting is no tie) and fold
-- parallel statements per status: the traversal indexes carry the status
-- so that the fan-out, the frontier expansion, the first joining relation
-- and the folded edges stay index-only ranges (0005).
DROP INDEX relations_source_recent;
DROP INDEX relations_target_recent;
DROP INDEX relations_source_pair;
DROP INDEX relations_target_pair;
CREATE INDEX relations_source_recent ON relations (source, date = '', date DESC, id, target, type, status);
CREATE INDEX relations_target_recent ON relations (target, date = '', date DESC, id, source, type, status);
CREATE INDEX relations_source_pair ON relations (source, target, sort_date, id, type, status);
CREATE INDEX relations_target_pair ON relations (target, source, sort_date, id, type, status);
