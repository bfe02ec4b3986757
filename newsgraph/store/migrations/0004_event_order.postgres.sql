-- Indexes for the event lists at scale: newest first (date, then id, both descending, undated last, as
-- list_events orders), and place names case folded.
CREATE INDEX events_date_id ON events(date DESC NULLS LAST, id DESC);
CREATE INDEX events_place_name_lower ON events(LOWER(place_name));
CREATE INDEX events_quad_goldstein ON events(quad_class, goldstein);
CREATE INDEX events_timeline ON events(date, quad_class, root, duplicate);
CREATE INDEX events_dyad_country ON events(source_country, target_country);
CREATE INDEX events_dyad_code ON events(source_code, target_code);
