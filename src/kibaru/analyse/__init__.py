"""Analyses over stored articles: republication clustering, aggregates."""
