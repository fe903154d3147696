"""CLI commands beyond the core ones in ``kibaru.cli``, one module per area.

Every module here (except ``common``) defines ``register(app)``; ``register_all`` finds them, so an
area adds commands without touching ``cli.py``. Modules import their heavy dependencies inside the
command functions, so ``kibaru --help`` stays fast.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

_NOT_AREAS = {"common"}


def register_all(app: typer.Typer) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name in _NOT_AREAS:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(app)
