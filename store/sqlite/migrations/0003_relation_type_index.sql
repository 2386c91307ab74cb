-- Relations by type: Stats groups by it and the type filter orders by date
-- within it.
CREATE INDEX relations_type ON relations (type, sort_date, id);
