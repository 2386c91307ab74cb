-- Ingest that does not slow as the store grows (issue 12): FTS5 keeps the
-- terms of the sentences being indexed in memory and writes them out as a
-- new segment whenever they pass its hashsize (1 MiB by default), merging
-- segments as they accumulate (automerge). A batch of ingest indexes tens
-- of MiB of trigrams, so it wrote dozens of small segments a batch, and
-- merging them was most of the full-text index's cost (3.9 of its 6.7 s
-- of CPU over 20,000 articles). 64 MiB holds a batch's terms, written as
-- one segment; the index step then took 4.1 s. Only the writer holds the
-- pending terms, and only while a batch is written.
INSERT INTO relations_fts (relations_fts, rank) VALUES ('hashsize', 67108864);
