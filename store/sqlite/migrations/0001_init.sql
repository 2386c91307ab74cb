-- Articles: the unit of ingest and of deletion.
CREATE TABLE articles (
	id     TEXT PRIMARY KEY,
	title  TEXT NOT NULL,
	date   TEXT NOT NULL, -- kg.DateLayout, '' if unknown
	source TEXT NOT NULL,
	url    TEXT NOT NULL,
	text   TEXT NOT NULL
);
CREATE INDEX articles_date ON articles (date DESC, id);

-- Entities: identity and kind-specific fields, plus aggregates derived from
-- mentions (recomputed on every write that touches them).
CREATE TABLE entities (
	id         TEXT PRIMARY KEY,
	kind       TEXT NOT NULL,
	name       TEXT NOT NULL,
	fold_name  TEXT NOT NULL,            -- kg.FoldName(name): the NAME order key
	fold_names TEXT NOT NULL,            -- '|' + folded name and aliases joined by '|' + '|'
	aliases    TEXT NOT NULL DEFAULT '[]', -- JSON array, sorted
	mentions   INTEGER NOT NULL DEFAULT 0,
	first_seen TEXT NOT NULL DEFAULT '',
	last_seen  TEXT NOT NULL DEFAULT '',
	country    TEXT NOT NULL DEFAULT '',
	start_date TEXT NOT NULL DEFAULT '',
	end_date   TEXT NOT NULL DEFAULT '',
	place_id   TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX entities_kind ON entities (kind);
CREATE INDEX entities_mentions ON entities (mentions DESC, id);
CREATE INDEX entities_name ON entities (fold_name, id);
CREATE INDEX entities_last_seen ON entities (last_seen DESC, id);

-- Mentions: which article names which entity, how often and in which forms.
-- The source of truth for entity aggregates.
CREATE TABLE mentions (
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	count      INTEGER NOT NULL,
	aliases    TEXT NOT NULL, -- JSON array of the forms used in that article
	PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions (entity_id, article_id);

-- Relations: one row per statement, with its evidence.
CREATE TABLE relations (
	rk             INTEGER PRIMARY KEY, -- internal, never exposed
	id             TEXT NOT NULL UNIQUE,
	type           TEXT NOT NULL,
	source         TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	target         TEXT NOT NULL,       -- '' for a SAID without target
	date           TEXT NOT NULL,       -- '' if unknown
	sort_date      TEXT NOT NULL,       -- date, or '~' so undated sort last
	precision      TEXT NOT NULL,
	status         TEXT NOT NULL,
	quote          TEXT NOT NULL,
	confidence     REAL NOT NULL,
	article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	sentence       TEXT NOT NULL,
	start_offset   INTEGER NOT NULL,
	end_offset     INTEGER NOT NULL,
	lower_quote    TEXT NOT NULL,       -- strings.ToLower(quote): the Text filter
	lower_sentence TEXT NOT NULL,       -- strings.ToLower(sentence)
	fold_sentence  TEXT NOT NULL        -- kg.FoldName(sentence): evidence search
);
CREATE INDEX relations_order ON relations (sort_date, id);
CREATE INDEX relations_source ON relations (source, type);
CREATE INDEX relations_target ON relations (target, type);
CREATE INDEX relations_article ON relations (article_id);

-- Evidence search: a trigram index over folded sentences makes substring
-- queries of three characters or more fast.
CREATE VIRTUAL TABLE relations_fts USING fts5 (
	fold_sentence, content = 'relations', content_rowid = 'rk', tokenize = 'trigram'
);
CREATE TRIGGER relations_fts_insert AFTER INSERT ON relations BEGIN
	INSERT INTO relations_fts (rowid, fold_sentence) VALUES (new.rk, new.fold_sentence);
END;
CREATE TRIGGER relations_fts_delete AFTER DELETE ON relations BEGIN
	INSERT INTO relations_fts (relations_fts, rowid, fold_sentence) VALUES ('delete', old.rk, old.fold_sentence);
END;
