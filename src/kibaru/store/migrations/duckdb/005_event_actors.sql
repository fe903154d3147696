-- v5: the article_facets rows of facet 'event_actor' (the linked actors of an article's events, some of which
-- no entity of the article names). The rows are rewritten from the stored events after these statements
-- (search_index.event_actor_rows), so running this migration again gives the same rows.
DELETE FROM article_facets WHERE facet = 'event_actor';
