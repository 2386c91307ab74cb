-- Ingest that does not slow as the store grows (issue 12), continued from
-- 0009: relations_source (source, type) and relations_target (target,
-- type) are narrower copies of the leading columns of the pair indexes
-- (0006), which start with the same end and hold the type too. Without
-- them a relation page by one end reads that end's entries of its pair
-- index, as it did already without a type filter; with a type filter
-- (statements of a speaker, attacks of an attacker) it also reads the
-- end's entries of other types, from the index, before the rows it keeps.
-- The foreign key's lookup of an entity's statements and the edges among
-- a neighborhood's nodes seek the pair indexes.
DROP INDEX IF EXISTS relations_source;
DROP INDEX IF EXISTS relations_target;
