-- The summary graph (issue 12): one row per group of parallel statements,
-- the groups kg.FoldEdges makes (type, status and endpoints, a MET's
-- endpoints in ID order, lo <= hi), with the group's size, its earliest
-- and latest dates ('' when no statement of it is dated) and the sort keys
-- (sort_date || '|' || id) of its first and last statement in relation
-- order: the first stands for the group in an aggregated neighborhood,
-- the last is its latest evidence. SAIDs without target join nothing and
-- have no row.
--
-- Triggers keep it in step with relations, one statement at a time: an
-- insert adds to its group, a delete takes from it and re-reads a bound
-- (first or last key or date) only when the deleted statement held it,
-- from the pair indexes in relation order. Neither ever counts a group
-- again, so writes cost the same however large the store grows.
CREATE TABLE edges (
	lo         TEXT NOT NULL,
	hi         TEXT NOT NULL,
	type       TEXT NOT NULL,
	status     TEXT NOT NULL,
	n          INTEGER NOT NULL,
	first_date TEXT NOT NULL,
	last_date  TEXT NOT NULL,
	first_key  TEXT NOT NULL,
	last_key   TEXT NOT NULL,
	PRIMARY KEY (lo, hi, type, status)
) WITHOUT ROWID;
-- Neighborhood's fan-out: an entity's heaviest groups first (size
-- descending, latest date descending with undated last, then the other
-- end, type and status), from each end, read in that order and cut after
-- the fan-out. They hold what the walk and its edges read of a group, so
-- that a node's fan-out is one short index range and nothing more.
CREATE INDEX edges_lo_top ON edges (lo, n DESC, last_date DESC, hi, type, status, first_date, first_key);
CREATE INDEX edges_hi_top ON edges (hi, n DESC, last_date DESC, lo, type, status, first_date, first_key);

CREATE TRIGGER relations_edges_insert AFTER INSERT ON relations WHEN new.target != '' BEGIN
	INSERT OR IGNORE INTO edges (lo, hi, type, status, n, first_date, last_date, first_key, last_key)
	VALUES (
		CASE WHEN new.type = 'MET' AND new.target < new.source THEN new.target ELSE new.source END,
		CASE WHEN new.type = 'MET' AND new.target < new.source THEN new.source ELSE new.target END,
		new.type, new.status, 0, '', '', new.sort_date || '|' || new.id, new.sort_date || '|' || new.id);
	UPDATE edges SET
		n = n + 1,
		first_date = CASE WHEN new.date != '' AND (first_date = '' OR new.date < first_date) THEN new.date ELSE first_date END,
		last_date = CASE WHEN new.date > last_date THEN new.date ELSE last_date END,
		first_key = min(first_key, new.sort_date || '|' || new.id),
		last_key = max(last_key, new.sort_date || '|' || new.id)
	WHERE lo = CASE WHEN new.type = 'MET' AND new.target < new.source THEN new.target ELSE new.source END
		AND hi = CASE WHEN new.type = 'MET' AND new.target < new.source THEN new.source ELSE new.target END
		AND type = new.type AND status = new.status;
END;

CREATE TRIGGER relations_edges_delete AFTER DELETE ON relations WHEN old.target != '' BEGIN
	DELETE FROM edges
	WHERE lo = CASE WHEN old.type = 'MET' AND old.target < old.source THEN old.target ELSE old.source END
		AND hi = CASE WHEN old.type = 'MET' AND old.target < old.source THEN old.source ELSE old.target END
		AND type = old.type AND status = old.status AND n <= 1;
	UPDATE edges SET
		n = n - 1,
		first_key = CASE WHEN first_key != old.sort_date || '|' || old.id THEN first_key ELSE (
			SELECT min(k) FROM (
				SELECT * FROM (SELECT r.sort_date || '|' || r.id AS k FROM relations r
					WHERE r.source = edges.lo AND r.target = edges.hi AND r.type = edges.type AND r.status = edges.status
					ORDER BY r.sort_date, r.id LIMIT 1)
				UNION ALL
				SELECT * FROM (SELECT r.sort_date || '|' || r.id AS k FROM relations r
					WHERE edges.type = 'MET' AND r.source = edges.hi AND r.target = edges.lo AND r.type = edges.type AND r.status = edges.status
					ORDER BY r.sort_date, r.id LIMIT 1))) END,
		last_key = CASE WHEN last_key != old.sort_date || '|' || old.id THEN last_key ELSE (
			SELECT max(k) FROM (
				SELECT * FROM (SELECT r.sort_date || '|' || r.id AS k FROM relations r
					WHERE r.source = edges.lo AND r.target = edges.hi AND r.type = edges.type AND r.status = edges.status
					ORDER BY r.sort_date DESC, r.id DESC LIMIT 1)
				UNION ALL
				SELECT * FROM (SELECT r.sort_date || '|' || r.id AS k FROM relations r
					WHERE edges.type = 'MET' AND r.source = edges.hi AND r.target = edges.lo AND r.type = edges.type AND r.status = edges.status
					ORDER BY r.sort_date DESC, r.id DESC LIMIT 1))) END,
		first_date = CASE WHEN old.date = '' OR first_date != old.date THEN first_date ELSE coalesce((
			SELECT min(d) FROM (
				SELECT * FROM (SELECT r.date AS d FROM relations r
					WHERE r.source = edges.lo AND r.target = edges.hi AND r.type = edges.type AND r.status = edges.status AND r.date != ''
					ORDER BY r.sort_date LIMIT 1)
				UNION ALL
				SELECT * FROM (SELECT r.date AS d FROM relations r
					WHERE edges.type = 'MET' AND r.source = edges.hi AND r.target = edges.lo AND r.type = edges.type AND r.status = edges.status AND r.date != ''
					ORDER BY r.sort_date LIMIT 1))), '') END,
		last_date = CASE WHEN old.date = '' OR last_date != old.date THEN last_date ELSE coalesce((
			SELECT max(d) FROM (
				SELECT * FROM (SELECT r.date AS d FROM relations r
					WHERE r.source = edges.lo AND r.target = edges.hi AND r.type = edges.type AND r.status = edges.status AND r.date != ''
					ORDER BY r.sort_date DESC LIMIT 1)
				UNION ALL
				SELECT * FROM (SELECT r.date AS d FROM relations r
					WHERE edges.type = 'MET' AND r.source = edges.hi AND r.target = edges.lo AND r.type = edges.type AND r.status = edges.status AND r.date != ''
					ORDER BY r.sort_date DESC LIMIT 1))), '') END
	WHERE lo = CASE WHEN old.type = 'MET' AND old.target < old.source THEN old.target ELSE old.source END
		AND hi = CASE WHEN old.type = 'MET' AND old.target < old.source THEN old.source ELSE old.target END
		AND type = old.type AND status = old.status;
END;

-- Existing stores: the summary of what they hold, counted once.
INSERT INTO edges (lo, hi, type, status, n, first_date, last_date, first_key, last_key)
SELECT
	CASE WHEN type = 'MET' AND target < source THEN target ELSE source END AS l,
	CASE WHEN type = 'MET' AND target < source THEN source ELSE target END AS h,
	type, status, count(*),
	coalesce(min(NULLIF(date, '')), ''), coalesce(max(NULLIF(date, '')), ''),
	min(sort_date || '|' || id), max(sort_date || '|' || id)
FROM relations WHERE target != ''
GROUP BY l, h, type, status;
