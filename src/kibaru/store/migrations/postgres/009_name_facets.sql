-- v9: the article_facets rows of facet 'name' (each distinct folded canonical name of an article's mentions,
-- linked or not: search_index.name_rows), so that an actor filter naming someone the KB does not know selects in
-- SQL. The rows are rewritten from the stored entities after these statements: running it again gives the same rows.
DELETE FROM article_facets WHERE facet = 'name';
