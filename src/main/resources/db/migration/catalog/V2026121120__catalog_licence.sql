-- The electronic licence a grant of a matter version yields (issue 18; R6.3): its type, name, validity and the
-- answers printed on it, one JSON document versioned with the version; null for a version that yields none.
alter table catalog_matter_version add column licence text;
