-- v8: one row per quote of every stored article (kibaru.store.quotes_table), read by the dashboard's /quotes page
-- and /api/quotes instead of every article that quotes someone. Rewritten for an article each time the store
-- writes it; filled for the articles already stored after these statements (quotes_table.backfill_duckdb), so
-- running this migration again gives the same rows.
CREATE TABLE IF NOT EXISTS quotes (
    article_id     VARCHAR NOT NULL,
    ord            INTEGER NOT NULL,  -- the quote's index in the article's quotes
    q_start        BIGINT,            -- offsets into the article's text (NULL when the quote has none)
    q_end          BIGINT,
    text           VARCHAR NOT NULL,
    speaker        VARCHAR,           -- as written in the article
    speaker_kb_id  VARCHAR,           -- as linked (a Wikidata QID or a project id)
    speaker_folded VARCHAR NOT NULL,  -- the written speaker lower-cased without accents
    cue            VARCHAR,
    direct         BOOLEAN,
    story          VARCHAR NOT NULL,  -- hash of the text, spaces collapsed and case folded
    mentions       VARCHAR NOT NULL,  -- JSON: the entities starting inside the quote
    about_ids      VARCHAR NOT NULL,  -- their linked ids, " id1 id2 " ('' when none)
    about_folded   VARCHAR NOT NULL   -- their names lower-cased without accents, one a line
);
DELETE FROM quotes;
