-- Ingest throughput (issue 12): the summary graph's inserts move from a
-- per-statement trigger to Upsert, which adds a batch's statements to
-- their groups in one statement after writing them (store/sqlite
-- write.go, addEdgesSQL): a group touched by many statements of a batch
-- is read and rewritten, with its two indexes, once instead of once per
-- statement. The sums, minimums and maximums are the ones the trigger
-- kept, so the table holds the same rows. Deletes keep their trigger.
DROP TRIGGER relations_edges_insert;
