"""Web dashboard and JSON API v1 (``kibaru serve``; needs the ``serve`` extra)."""
