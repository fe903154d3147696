"""Ingest: find inputs, read them into ``RawDocument``s, clean and date them."""
