"""Enrichment: NLP stages (entities, quotes, events, narratives) registered as named components."""
