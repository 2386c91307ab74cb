-- A node's fan-out in one index range (issue 12, branch s16). The walk
-- of a neighborhood reads each node's heaviest groups of the summary
-- graph (0007) in fan-out order: size descending, latest date descending,
-- then the other end, type and status, and of u->v and v->u alike in all
-- of those the one with u as its lo end first. From edges_lo_top and
-- edges_hi_top that was two index seeks and two statements per node,
-- merged in Go; a hub's neighborhood expands about 45 nodes, so about 90
-- statements, and their seeks were most of its cost in the store.
--
-- edge_ends holds every group once per end (a group of a node with
-- itself once), keyed in fan-out order, so that a node's fan-out is one
-- seek and one range read in the order the walk takes it. side is 1 when
-- node is the group's lo end. Triggers on edges keep it in step: edges
-- changes only through addEdgesSQL's upsert and the deletes' trigger,
-- and only its n and last_date, of what is kept here, ever change; an
-- update finds its two rows by their old key.
--
-- edges_lo_top and edges_hi_top are dropped: nothing else reads them,
-- and a group's change now rewrites its two rows here instead of its two
-- entries there.
CREATE TABLE edge_ends (
	node      TEXT NOT NULL,
	n         INTEGER NOT NULL,
	last_date TEXT NOT NULL,
	other     TEXT NOT NULL,
	type      TEXT NOT NULL,
	status    TEXT NOT NULL,
	side      INTEGER NOT NULL,
	PRIMARY KEY (node, n DESC, last_date DESC, other, type, status, side DESC)
) WITHOUT ROWID;

CREATE TRIGGER edges_ends_insert AFTER INSERT ON edges BEGIN
	INSERT INTO edge_ends (node, n, last_date, other, type, status, side)
	VALUES (new.lo, new.n, new.last_date, new.hi, new.type, new.status, 1);
	INSERT INTO edge_ends (node, n, last_date, other, type, status, side)
	SELECT new.hi, new.n, new.last_date, new.lo, new.type, new.status, 0 WHERE new.hi != new.lo;
END;

CREATE TRIGGER edges_ends_update AFTER UPDATE OF n, last_date ON edges
WHEN old.n != new.n OR old.last_date != new.last_date BEGIN
	UPDATE edge_ends SET n = new.n, last_date = new.last_date
	WHERE node = old.lo AND n = old.n AND last_date = old.last_date AND other = old.hi AND type = old.type AND status = old.status AND side = 1;
	UPDATE edge_ends SET n = new.n, last_date = new.last_date
	WHERE node = old.hi AND n = old.n AND last_date = old.last_date AND other = old.lo AND type = old.type AND status = old.status AND side = 0;
END;

CREATE TRIGGER edges_ends_delete AFTER DELETE ON edges BEGIN
	DELETE FROM edge_ends
	WHERE node = old.lo AND n = old.n AND last_date = old.last_date AND other = old.hi AND type = old.type AND status = old.status AND side = 1;
	DELETE FROM edge_ends
	WHERE node = old.hi AND n = old.n AND last_date = old.last_date AND other = old.lo AND type = old.type AND status = old.status AND side = 0;
END;

-- Existing stores: every group's ends, once.
INSERT INTO edge_ends (node, n, last_date, other, type, status, side)
SELECT lo, n, last_date, hi, type, status, 1 FROM edges;
INSERT INTO edge_ends (node, n, last_date, other, type, status, side)
SELECT hi, n, last_date, lo, type, status, 0 FROM edges WHERE hi != lo;

DROP INDEX edges_lo_top;
DROP INDEX edges_hi_top;
