-- Full-text search over articles, quotes and evidence sentences (SQLite FTS5, accents folded).
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref UNINDEXED, article_id UNINDEXED, body,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_index (kind, ref, article_id, body)
    SELECT 'article', id, id, COALESCE(title, '') || ' ' || text FROM articles;
INSERT INTO search_index (kind, ref, article_id, body) SELECT 'quote', id, article_id, text FROM quotes;
INSERT INTO search_index (kind, ref, article_id, body) SELECT 'event', id, article_id, evidence FROM events;
