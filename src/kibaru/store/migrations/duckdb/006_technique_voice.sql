-- v6: the article_facets rows of facet 'technique' carry the voice of the spans in ``detail`` ("author" or
-- "quoted", as narratives): one row per technique and voice. The rows are rewritten from the stored
-- techniques and quotes after these statements (search_index.technique_rows; a span stored without a voice
-- gets it from the article's quotes), so running this migration again gives the same rows.
DELETE FROM article_facets WHERE facet = 'technique';
