-- v8 (twin of duckdb/008_quotes.sql): one row per quote of every stored article (kibaru.store.quotes_table), read by the dashboard's /quotes page
-- and /api/quotes instead of every article that quotes someone. Rewritten for an article each time the store
-- writes it; filled for the articles already stored after these statements (PostgresStorage._backfill_quotes), so
-- running this migration again gives the same rows.
CREATE TABLE IF NOT EXISTS quotes (
    article_id     TEXT NOT NULL,
    ord            INTEGER NOT NULL,  -- the quote's index in the article's quotes
    q_start        BIGINT,            -- offsets into the article's text (NULL when the quote has none)
    q_end          BIGINT,
    text           TEXT NOT NULL,
    speaker        TEXT,           -- as written in the article
    speaker_kb_id  TEXT,           -- as linked (a Wikidata QID or a project id)
    speaker_folded TEXT NOT NULL,  -- the written speaker lower-cased without accents
    cue            TEXT,
    direct         BOOLEAN,
    story          TEXT NOT NULL,  -- hash of the text, spaces collapsed and case folded
    mentions       TEXT NOT NULL,  -- JSON: the entities starting inside the quote
    about_ids      TEXT NOT NULL,  -- their linked ids, " id1 id2 " ('' when none)
    about_folded   TEXT NOT NULL   -- their names lower-cased without accents, one a line
);
DELETE FROM quotes;
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker_kb_id ON quotes (speaker_kb_id);
