"""Where can the iteration order of a ``set`` leak into a result? A type-driven audit of ``src/kibaru``.

Python salts ``str`` hashes per process (``PYTHONHASHSEED``), so a set of strings iterates in a
different order in every run. This script runs mypy over the package with itself as a mypy plugin
that notes every expression whose *type* is a set or frozenset and that is

* iterated (``for``, comprehensions, unpacking: a ``__iter__`` call on it),
* popped (``set.pop()``),
* passed to a function that keeps its order (``list``, ``tuple``, ``enumerate``, ``iter``, ``next``,
  ``zip``, ``dict``, ``str.join``, ``Counter``, ``dict.fromkeys``, ``numpy.array``...), or to
  ``sorted`` (a leak only when the sort key ties) and ``min``/``max`` (a leak only with a key).

Each site is then read by hand: membership tests, unions and sums of integers are harmless; a list,
a dict, a regex alternation, a "first one wins" or a float sum built in that order is not. Values
typed ``Any`` (YAML, JSON) escape the audit. Used for the determinism round (benchmarks/RESULTS.md,
"Determinism"); the reviewed sites are listed there.

Run: ``.venv/bin/python benchmarks/audit_set_order.py [PATH ...]`` (default ``src/kibaru``); prints
one line per site and a count per module.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
TAG = "SET-ORDER"
# Callables that keep (or expose) the order of the iterable they are given.
ORDERED_CALLS = {
    "builtins.list", "builtins.tuple", "builtins.enumerate", "builtins.iter", "builtins.next", "builtins.zip",
    "builtins.dict", "builtins.sorted", "builtins.min", "builtins.max", "builtins.sum", "numpy.array",
    "numpy.asarray", "numpy.fromiter", "collections.Counter", "collections.deque",
}
ORDERED_METHODS = {"builtins.str.join", "builtins.dict.fromkeys", "builtins.list.extend", "builtins.dict.update"}


def _is_set(typ: Any) -> bool:
    from mypy.types import Instance, UnionType, get_proper_type

    typ = get_proper_type(typ)
    if isinstance(typ, UnionType):
        return any(_is_set(t) for t in typ.items)
    if not isinstance(typ, Instance):
        return False
    # A set, a frozenset, a subclass, or a parameter typed as the abstract Set (not dict views: a dict
    # keeps its insertion order)
    return typ.type.fullname in {"typing.AbstractSet", "collections.abc.Set"} or any(
        base.fullname in {"builtins.set", "builtins.frozenset"} for base in typ.type.mro
    )


def _note_args(what: str) -> Callable[[Any], Any]:
    def hook(ctx: Any) -> Any:
        for group in ctx.arg_types:
            for typ in group:
                if _is_set(typ):
                    ctx.api.note(f"{TAG} {what}() of {typ}", ctx.context)
        return ctx.default_return_type

    return hook


def _note_iter(ctx: Any) -> Any:
    if _is_set(ctx.type):
        ctx.api.note(f"{TAG} iteration over {ctx.type}", ctx.context)
    return ctx.default_return_type


def _note_pop(ctx: Any) -> Any:
    ctx.api.note(f"{TAG} pop() of {ctx.type}", ctx.context)
    return ctx.default_return_type


def plugin(version: str) -> type:
    """The mypy entry point (mypy loads this file as a plugin)."""
    from mypy.plugin import Plugin

    class SetOrder(Plugin):
        def get_method_hook(self, fullname: str) -> Callable[[Any], Any] | None:
            if fullname.endswith(".__iter__"):
                return _note_iter
            if fullname == "builtins.set.pop":
                return _note_pop
            if fullname in ORDERED_METHODS:
                return _note_args(fullname.rsplit(".", 1)[-1])
            return None

        def get_function_hook(self, fullname: str) -> Callable[[Any], Any] | None:
            return _note_args(fullname.rsplit(".", 1)[-1]) if fullname in ORDERED_CALLS else None

    return SetOrder


def main(argv: list[str]) -> int:
    paths = argv or [str(REPO / "src" / "kibaru")]
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "mypy.ini"
        config.write_text(f"[mypy]\npython_version = 3.11\nignore_missing_imports = True\n"
                          f"plugins = {Path(__file__).resolve()}\n", encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(config), "--no-incremental",
                               "--cache-dir", str(Path(tmp) / "cache"), *paths],
                              capture_output=True, text=True, cwd=REPO)
    sites = sorted({line for line in done.stdout.splitlines() if TAG in line})
    for line in sites:
        print(line.replace(f" note: {TAG}", ""))
    per_module = Counter(re.sub(r":\d+:.*", "", line) for line in sites)
    print(f"\n{len(sites)} sites in {len(per_module)} modules")
    for module, n in per_module.most_common():
        print(f"  {n:3d}  {module}")
    return 0 if sites or "error" not in done.stdout else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
