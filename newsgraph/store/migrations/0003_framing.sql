-- Quotes, claims, stance and narratives become queryable: who a claim is about (one row per actor, with
-- its polarity), and the indexes the speaker, technique and narrative filters look up.

CREATE TABLE claim_about (
    claim_id TEXT NOT NULL REFERENCES claims(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    actor_id TEXT NOT NULL,
    polarity INTEGER NOT NULL,
    PRIMARY KEY (claim_id, actor_id)
);
CREATE INDEX claim_about_actor ON claim_about(actor_id);
CREATE INDEX claim_about_article ON claim_about(article_id);
CREATE INDEX claims_speaker ON claims(speaker_id);
CREATE INDEX stances_actor ON stances(actor_id);
CREATE INDEX frames_kind_name ON frames(kind, name);
CREATE INDEX actors_country ON actors(country);
