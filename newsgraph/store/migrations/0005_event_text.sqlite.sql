-- The event lists' text filter reads a full-text index of evidence sentences keyed by the event's rowid, so a
-- word's matches are a set of rowids (no scan of the evidence, no join through search_index's text). External
-- content: the words are indexed, the text stays in events. writes.replace_derived keeps it in step with the
-- events table; after a VACUUM (which may renumber rowids) run
-- INSERT INTO events_text(events_text) VALUES ('rebuild').
CREATE VIRTUAL TABLE events_text USING fts5(
    evidence, content = 'events', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO events_text (events_text) VALUES ('rebuild');
-- Aggregations read these without touching the table: dyads with the columns the balance needs, and dates
-- with the root (the timeline by root groups in index order, as by quad class does with events_timeline).
DROP INDEX events_dyad_country;
DROP INDEX events_dyad_code;
CREATE INDEX events_dyad_country ON events(source_country, target_country, duplicate, date, quad_class, goldstein);
CREATE INDEX events_dyad_code ON events(source_code, target_code, duplicate, date, quad_class, goldstein);
-- An actor given as a country code (RUS) is either side's country or its code, so a dyad is an OR of four
-- pairs; each needs its own index or one of them scans every event of one side.
CREATE INDEX events_dyad_country_code ON events(source_country, target_code, duplicate, date, quad_class, goldstein);
CREATE INDEX events_dyad_code_country ON events(source_code, target_country, duplicate, date, quad_class, goldstein);
CREATE INDEX events_timeline_root ON events(date, root, duplicate);
-- Single-column indexes that a composite one now starts with: the planner uses the composite, and a bulk load
-- has four fewer indexes to build.
DROP INDEX events_date;
DROP INDEX events_quad_class;
DROP INDEX events_source_country;
DROP INDEX events_source_code;
-- The newest-first walk of the event lists (INDEXED BY events_date_id) tests most filters on the index entry
-- itself and reads the table only for matches, so it carries the columns those filters read.
DROP INDEX events_date_id;
CREATE INDEX events_date_id ON events(date DESC, id DESC, duplicate, root, quad_class, goldstein, source_country,
    source_code, source_id, target_country, target_code, target_id, place_country, place_name);
