-- newsgraph schema, version 1. Portable SQL: the store swaps BLOB for BYTEA on PostgreSQL.
-- Ids are content hashes (text), so no table needs an auto-increment column.

CREATE TABLE raw_inputs (
    id TEXT PRIMARY KEY,            -- sha256 of the bytes
    path TEXT,
    format TEXT,
    size INTEGER NOT NULL,
    content BLOB NOT NULL,
    received_at TEXT NOT NULL
);

CREATE TABLE articles (
    id TEXT PRIMARY KEY,            -- sha256 of the normalised text
    title TEXT,
    url TEXT,
    source TEXT,
    author TEXT,
    date TEXT,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    path TEXT,
    raw_id TEXT REFERENCES raw_inputs(id),
    warnings TEXT NOT NULL DEFAULT '[]',
    duplicate_of TEXT,
    similarity DOUBLE PRECISION,
    minhash BLOB,
    coder TEXT,
    analyzed_at TEXT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE TABLE article_sources (
    id TEXT PRIMARY KEY,            -- sha256 of article id, source, url and path
    article_id TEXT NOT NULL REFERENCES articles(id),
    source TEXT,
    url TEXT,
    path TEXT,
    title TEXT,
    date TEXT,
    raw_id TEXT,
    added_at TEXT NOT NULL
);
CREATE INDEX article_sources_article ON article_sources(article_id);

CREATE TABLE article_bands (
    band_key TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band_key, article_id)
);

CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    code TEXT,
    country TEXT,
    kind TEXT,
    wikidata TEXT,
    aliases TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX actors_code ON actors(code);

CREATE TABLE actor_mentions (
    article_id TEXT NOT NULL REFERENCES articles(id),
    actor_id TEXT NOT NULL REFERENCES actors(id),
    sentence INTEGER,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    coder TEXT NOT NULL,
    PRIMARY KEY (article_id, actor_id, start_char)
);
CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id);

CREATE TABLE places (
    article_id TEXT NOT NULL REFERENCES articles(id),
    name TEXT NOT NULL,
    country TEXT,
    admin1 TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    precision TEXT,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    coder TEXT NOT NULL,
    PRIMARY KEY (article_id, start_char, end_char)
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    sentence INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    source_id TEXT,
    source_code TEXT,
    source_country TEXT,
    source_kind TEXT,
    target_id TEXT,
    target_code TEXT,
    target_country TEXT,
    target_kind TEXT,
    cameo TEXT NOT NULL,
    root TEXT NOT NULL,
    label TEXT,
    plover TEXT,
    quad_class INTEGER,
    goldstein DOUBLE PRECISION,
    date TEXT,
    date_precision TEXT,
    modality TEXT NOT NULL,
    confidence DOUBLE PRECISION,
    place_name TEXT,
    place_country TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    dead INTEGER,
    injured INTEGER,
    arrested INTEGER,
    abducted INTEGER,
    duplicate INTEGER NOT NULL DEFAULT 0,
    coder TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_source_id ON events(source_id);
CREATE INDEX events_target_id ON events(target_id);
CREATE INDEX events_source_code ON events(source_code);
CREATE INDEX events_target_code ON events(target_code);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);
CREATE INDEX events_source_kind ON events(source_kind);
CREATE INDEX events_target_kind ON events(target_kind);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_quad_class ON events(quad_class);
CREATE INDEX events_goldstein ON events(goldstein);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_modality ON events(modality);
CREATE INDEX events_place_country ON events(place_country);

CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    speaker_id TEXT,
    speaker_code TEXT,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    cue TEXT,
    direct INTEGER NOT NULL,
    sentence INTEGER,
    coder TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    speaker_id TEXT,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    coder TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX claims_article ON claims(article_id);

CREATE TABLE stances (
    article_id TEXT NOT NULL REFERENCES articles(id),
    actor_id TEXT NOT NULL,
    role TEXT NOT NULL,
    coder TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (article_id, actor_id)
);

CREATE TABLE techniques (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    technique TEXT NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    confidence DOUBLE PRECISION,
    sentence INTEGER,
    coder TEXT NOT NULL
);
CREATE INDEX techniques_article ON techniques(article_id);
CREATE INDEX techniques_technique ON techniques(technique);

CREATE TABLE frames (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    score DOUBLE PRECISION,
    spans TEXT NOT NULL DEFAULT '[]',
    coder TEXT NOT NULL
);
CREATE INDEX frames_article ON frames(article_id);
CREATE INDEX frames_name ON frames(name);

CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    url TEXT,
    feed_url TEXT,
    language TEXT,
    country TEXT,
    added_at TEXT NOT NULL
);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT,
    first_seen TEXT,
    last_seen TEXT,
    article_ids TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE watchlists (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE alerts (
    id TEXT PRIMARY KEY,
    watchlist_id TEXT NOT NULL REFERENCES watchlists(id),
    story_id TEXT NOT NULL REFERENCES stories(id),
    created_at TEXT NOT NULL,
    sources TEXT NOT NULL DEFAULT '[]'
);
