-- A fan-out row's text made once, when the row is written, instead of at
-- every read (issue 12, branch s21). summaryTopSQL folds a node's groups
-- into one text per node; making each row's part of it ("n side type
-- status last_date len other", len the other end's length in bytes) from
-- its seven columns cost SQLite about 0.37 µs a row, and a hub's
-- neighborhood at 100,000 articles reads about 1,600 rows: read ready-made,
-- the store call costs about a fifth less CPU. txt holds that text; it
-- repeats the key's columns, so the table is about 1.8 times as large
-- (157 MiB against 91 at 100,000 articles, under 2% of the file).
--
-- The triggers on edges make it with the row and make it again when the
-- group's n or last_date change, the only columns of it that ever do.
-- The table is built anew in key order (a column added and filled by an
-- UPDATE would split most pages) and replaces the old one; the triggers
-- are dropped first and made again after the rename, which would check
-- them against a table that is, for a moment, not there. One
-- transaction, as every migration: a store is either migrated or not.
DROP TRIGGER edges_ends_insert;
DROP TRIGGER edges_ends_update;
DROP TRIGGER edges_ends_delete;

CREATE TABLE edge_ends_text (
	node      TEXT NOT NULL,
	n         INTEGER NOT NULL,
	last_date TEXT NOT NULL,
	other     TEXT NOT NULL,
	type      TEXT NOT NULL,
	status    TEXT NOT NULL,
	side      INTEGER NOT NULL,
	txt       TEXT NOT NULL,
	PRIMARY KEY (node, n DESC, last_date DESC, other, type, status, side DESC)
) WITHOUT ROWID;

INSERT INTO edge_ends_text (node, n, last_date, other, type, status, side, txt)
SELECT node, n, last_date, other, type, status, side,
	n || ' ' || side || ' ' || type || ' ' || status || ' ' || last_date || ' ' || octet_length(other) || ' ' || other
FROM edge_ends ORDER BY node, n DESC, last_date DESC, other, type, status, side DESC;

DROP TABLE edge_ends;
ALTER TABLE edge_ends_text RENAME TO edge_ends;

CREATE TRIGGER edges_ends_insert AFTER INSERT ON edges BEGIN
	INSERT INTO edge_ends (node, n, last_date, other, type, status, side, txt)
	VALUES (new.lo, new.n, new.last_date, new.hi, new.type, new.status, 1,
		new.n || ' 1 ' || new.type || ' ' || new.status || ' ' || new.last_date || ' ' || octet_length(new.hi) || ' ' || new.hi);
	INSERT INTO edge_ends (node, n, last_date, other, type, status, side, txt)
	SELECT new.hi, new.n, new.last_date, new.lo, new.type, new.status, 0,
		new.n || ' 0 ' || new.type || ' ' || new.status || ' ' || new.last_date || ' ' || octet_length(new.lo) || ' ' || new.lo
	WHERE new.hi != new.lo;
END;

CREATE TRIGGER edges_ends_update AFTER UPDATE OF n, last_date ON edges
WHEN old.n != new.n OR old.last_date != new.last_date BEGIN
	UPDATE edge_ends SET n = new.n, last_date = new.last_date,
		txt = new.n || ' 1 ' || new.type || ' ' || new.status || ' ' || new.last_date || ' ' || octet_length(new.hi) || ' ' || new.hi
	WHERE node = old.lo AND n = old.n AND last_date = old.last_date AND other = old.hi AND type = old.type AND status = old.status AND side = 1;
	UPDATE edge_ends SET n = new.n, last_date = new.last_date,
		txt = new.n || ' 0 ' || new.type || ' ' || new.status || ' ' || new.last_date || ' ' || octet_length(new.lo) || ' ' || new.lo
	WHERE node = old.hi AND n = old.n AND last_date = old.last_date AND other = old.lo AND type = old.type AND status = old.status AND side = 0;
END;

CREATE TRIGGER edges_ends_delete AFTER DELETE ON edges BEGIN
	DELETE FROM edge_ends
	WHERE node = old.lo AND n = old.n AND last_date = old.last_date AND other = old.hi AND type = old.type AND status = old.status AND side = 1;
	DELETE FROM edge_ends
	WHERE node = old.hi AND n = old.n AND last_date = old.last_date AND other = old.lo AND type = old.type AND status = old.status AND side = 0;
END;
