-- Full-text search over articles, quotes and evidence sentences (PostgreSQL tsvector, accents folded by unaccent).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TABLE search_index (
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    article_id TEXT NOT NULL,
    body TEXT NOT NULL,
    tsv TSVECTOR NOT NULL
);
CREATE INDEX search_index_tsv ON search_index USING GIN (tsv);
CREATE INDEX search_index_article ON search_index (article_id);
INSERT INTO search_index (kind, ref, article_id, body, tsv)
    SELECT 'article', id, id, COALESCE(title, '') || ' ' || text,
           to_tsvector('simple', unaccent(COALESCE(title, '') || ' ' || text)) FROM articles;
INSERT INTO search_index (kind, ref, article_id, body, tsv)
    SELECT 'quote', id, article_id, text, to_tsvector('simple', unaccent(text)) FROM quotes;
INSERT INTO search_index (kind, ref, article_id, body, tsv)
    SELECT 'event', id, article_id, evidence, to_tsvector('simple', unaccent(evidence)) FROM events;
