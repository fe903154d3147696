"""Exports to the formats analysts use."""
