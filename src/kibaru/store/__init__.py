"""Storage behind a small interface; the backend is chosen from the database URL."""
