"""Spreadsheet-safe CSV cells: scraped text never runs as a formula when an analyst opens a CSV.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a formula by
Excel, LibreOffice and Google Sheets (OWASP "CSV injection"), and scraped titles, quotes or outlet
names are untrusted. Such a cell is written with a leading apostrophe, which spreadsheets hide; a
cell that already starts with an apostrophe gets one more, so reading back (``unprotect``) is exact
and the entity offsets into ``text`` still hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_STARTS = frozenset("=+-@\t\r")
_MARK = "'"


def protect(value: Any) -> Any:
    """``value`` as a CSV cell no spreadsheet evaluates (strings only; other values unchanged)."""
    if isinstance(value, str) and value and (value[0] in FORMULA_STARTS or value[0] == _MARK):
        return _MARK + value
    return value


def unprotect(value: Any) -> Any:
    """The exact string ``protect`` was given."""
    if isinstance(value, str) and len(value) > 1 and value[0] == _MARK and (
        value[1] in FORMULA_STARTS or value[1] == _MARK
    ):
        return value[1:]
    return value


def csv_text(header: Sequence[Any], rows: Iterable[Sequence[Any]]) -> str:
    """A CSV document (``\n`` line ends) of ``header`` and ``rows``, every cell through :func:`protect`."""
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([protect(cell) for cell in header])
    writer.writerows([protect(cell) for cell in row] for row in rows)
    return buf.getvalue()
