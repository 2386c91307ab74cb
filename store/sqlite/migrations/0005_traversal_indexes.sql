-- Traversal on hub-heavy graphs. An entity in the news can have thousands
-- of relations, many of them parallel statements about the same pair.
--
-- Neighborhood's fan-out takes a node's most recent relations (date
-- descending, undated last, then ID) from each direction: these indexes
-- hold that order and the columns the walk filters and reads, so each
-- direction is a short index-only range instead of a sort of every
-- relation of a hub.
CREATE INDEX relations_source_recent ON relations (source, date = '', date DESC, id, target, type);
CREATE INDEX relations_target_recent ON relations (target, date = '', date DESC, id, source, type);
-- Paths expands frontiers to distinct neighbours and picks the first
-- relation (relation order) joining each pair; Neighborhood collects the
-- relations among its nodes. These answer all three from the index, the
-- parallel statements of a pair adjacent and in relation order.
CREATE INDEX relations_source_pair ON relations (source, target, sort_date, id, type);
CREATE INDEX relations_target_pair ON relations (target, source, sort_date, id, type);
