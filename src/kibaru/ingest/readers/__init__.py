"""Readers: one module per input format. Each yields ``RawDocument`` or ``Rejection``.

Contract shared by every reader::

    def read(path: Path, identity_prefix: str) -> Iterator[RawDocument | Rejection]

``identity_prefix`` is the stable name of the file (its path relative to the ingest root, with
the root folder's name in front) used to build ``RawDocument.identity`` when the record has no
URL or id of its own. A reader never raises for bad content: it yields a ``Rejection`` naming
the file (and line or record) and the reason, and goes on with the next record.
"""
