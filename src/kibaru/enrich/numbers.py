"""French numbers and death tolls.

``parse_number_fr`` reads a count written in digits ("42", "1 200", "1.200", "1 200", "2,5 millions")
or in words ("quarante-deux", "vingt et un", "quatre-vingt-dix-neuf", "deux cents", "mille"), and the
collective nouns of estimates ("une dizaine" → 10, "une vingtaine" → 20, "deux centaines" → 200).
"des dizaines", "plusieurs centaines" give ``None``: the magnitude is known but not the count, and a
made-up figure would be compared with ACLED's as if it were reported. ``parse_quantity_fr`` gives the
same value with an ``approximate`` flag.

``find_fatalities`` finds death tolls in a sentence with two patterns over words, whose vocabulary
is in ``data/fatalities_fr.yaml``:

* ``[qualifier] <count> [de] [who] [auxiliaries] <predicate>``: "42 soldats maliens sont morts",
  "au moins vingt civils ont été tués", "l'attaque a fait 15 morts", "bilan : une trentaine de morts",
  "dix personnes ont perdu la vie", "15 terroristes neutralisés";
* ``<verb> [qualifier] <count> [who]``: "tuant 12 soldats", "a coûté la vie à trois casques bleus".

Counts coordinated with a toll's are among its dead: "4 hommes et 4 femmes tués" gives 8, "dix-sept soldats, quatre
civils et sept jihadistes ont été tués" 28 (``COORDINATED_TOLLS``).

Wounded, missing or captured people never count: "blessés" cannot be a predicate, cannot stand in
the "who" words ("12 blessés et 3 morts" gives 3), and a toll mixed with them ("12 soldats tués ou
blessés") is dropped. "neutralisés"/"éliminés" are the army's wording for kills it claims (and may
include captures): such tolls are kept with ``claimed=True``. ``approximate`` is set for bounds and
estimates ("au moins", "plus de", "près de", "une vingtaine").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

_SPACES = "\u00a0\u202f\u2009 "  # no-break, narrow no-break and thin spaces group thousands
_APOSTROPHES = "'’"


@dataclass(frozen=True, slots=True)
class Fatality:
    count: int
    start: int  # character offsets of the toll phrase in the sentence
    end: int
    approximate: bool
    who: str | None  # the dead as the sentence names them ("soldats maliens"), when it does
    claimed: bool = False  # "neutralisés": a kill claimed by the army, not an independent toll


@dataclass(frozen=True, slots=True)
class _Vocab:
    units: dict[str, int]
    tens: dict[str, int]
    hundreds: frozenset[str]
    thousands: frozenset[str]
    large: dict[str, int]
    approx_nouns: dict[str, int]
    claimed_words: frozenset[str]
    toll: re.Pattern[str]
    verb_first: re.Pattern[str]
    mixing: re.Pattern[str]
    member_toll: re.Pattern[str]
    coordinated_before: re.Pattern[str]
    coordinated_after: re.Pattern[str]
    listed_before: re.Pattern[str]


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower().replace("’", "'")).strip()


def _alt(words: Any) -> str:
    def pat(w: str) -> str:
        return re.escape(_norm(w)).replace("'", f"[{_APOSTROPHES}]").replace(r"\ ", r"\s+")

    return "|".join(pat(w) for w in sorted({_norm(w) for w in words}, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    raw: dict[str, Any] = yaml.safe_load(
        (resources.files("kibaru") / "data" / "fatalities_fr.yaml").read_text(encoding="utf-8")
    )
    units = {_norm(k): int(v) for k, v in raw["units"].items()}
    tens = {_norm(k): int(v) for k, v in raw["tens"].items()}
    hundreds = frozenset(_norm(w) for w in raw["hundreds"])
    thousands = frozenset(_norm(w) for w in raw["thousands"])
    large = {_norm(k): int(v) for k, v in raw["large"].items()}
    approx_nouns = {_norm(k): int(v) for k, v in raw["approximate_nouns"].items()}
    number_words = set(units) | set(tens) | hundreds | thousands | set(large)

    word = rf"(?:{_alt(number_words)})(?![\w])"
    digits = rf"(?:\d{{1,3}}(?:[{_SPACES}.]\d{{3}})+(?!\d)|\d+(?:,\d+)?)(?:\s+(?:{_alt(large)})(?!\w))?"
    words = rf"{word}(?:[\s-]+(?:et[\s-]+)?{word})*"
    approx = rf"(?:{words}|\d+)\s+(?:{_alt(approx_nouns)})(?!\w)"
    num = rf"(?P<num>{approx}|{digits}|{words})"
    qual = rf"(?:(?P<qual>{_alt(raw['approximate_qualifiers'])})\s+)?"
    de = rf"(?:d(?:e\s+|[{_APOSTROPHES}]\s*))?"
    blocked = rf"(?:{_alt(raw['who_blockers'])}|{_alt(number_words)}|\d+)(?![\w'’-])"
    who_word = rf"(?!{blocked})[\w'’-]+"
    aux = rf"(?:(?:{_alt(raw['auxiliaries'])})\s+)*"
    pred = rf"(?P<pred>{_alt(raw['death_predicates'] + raw['claimed_predicates'])})(?![\w-])"
    toll = re.compile(
        rf"(?<![\w,.]){qual}{num}\s+{de}(?P<who>(?:{who_word}\s+){{0,4}}?){aux}{pred}", re.IGNORECASE
    )
    # Session 35: « deux soldats (français) de la force Barkhane ont été tués »: a member noun may take one adjective
    # and a « de » complement naming its force or group (up to four words), which ``who_blockers`` keep out of ``toll``
    free_word = rf"(?!{blocked}){who_word}"
    member_toll = re.compile(
        rf"(?<![\w,.]){qual}{num}\s+{de}(?P<who>(?:{_alt(raw['member_heads'])})(?:\s+{free_word})?"
        rf"\s+(?:de\s+|du\s+|des\s+|d[{_APOSTROPHES}]\s*)(?:(?:la|les)\s+|l[{_APOSTROPHES}]\s*)?"
        rf"{free_word}(?:\s+{free_word}){{0,3}}?)\s+{aux}{pred}",
        re.IGNORECASE,
    )
    stop = rf"(?:{_alt(raw['who_stops'])})(?![\w'’-])"
    verb_first = re.compile(
        rf"(?<!\w)(?P<verb>{_alt(raw['death_verbs_before'] + raw['claimed_verbs_before'])})\s+{qual}{num}"
        rf"(?:\s+{de}(?P<who>(?!{stop}){who_word}(?:\s+(?!{stop}){who_word}){{0,2}}))?(?![\w'’-])",
        re.IGNORECASE,
    )
    mixing = re.compile(
        rf"\s*(?:,\s*)?(?:et|ou)\s+(?:grièvement\s+|gravement\s+|légèrement\s+)?(?:{_alt(raw['mixing_words'])})(?!\w)",
        re.IGNORECASE,
    )
    claimed = frozenset(_norm(w) for w in raw["claimed_predicates"] + raw["claimed_verbs_before"])
    # ``COORDINATED_TOLLS``: « 4 hommes et 4 femmes tués », « la mort de six Français et deux Nigériens »: a count
    # and its people coordinated with the toll's (no wounded or missing among them: ``mixing_words``)
    count = rf"(?P<c>{approx}|{digits}|{words})"
    not_people = _alt(raw["mixing_words"] + raw["coordination_blockers"])
    people = rf"(?:(?!{blocked}|(?:{not_people})(?![\w'’-])){who_word})"
    item = rf"(?<![\w,.]){count}\s+{de}{people}(?:\s+{people}){{0,2}}"  # « quatre civils », « 4 hommes »
    coordinated_before = re.compile(rf"{item}\s*,?\s+et\s+$", re.IGNORECASE)
    coordinated_after = re.compile(rf"\s*,?\s+et\s+{count}\s+{de}{people}", re.IGNORECASE)
    # the earlier items of a list (« Dix-sept soldats, quatre civils et sept jihadistes ont été tués »)
    listed_before = re.compile(rf"{item}\s*,\s+$", re.IGNORECASE)
    return _Vocab(units, tens, hundreds, thousands, large, approx_nouns, claimed, toll, verb_first, mixing, member_toll,
                  coordinated_before, coordinated_after, listed_before)


# --------------------------------------------------------------------------------------------
# Numbers


def _parse_words(tokens: list[str]) -> int | None:
    """Written-out French number; ``None`` when the words are not a well-formed number."""
    v = _vocab()
    if not tokens:
        return None
    if tokens == ["zéro"] or tokens == ["zero"]:
        return 0
    total = 0  # completed thousands / millions
    current = 0  # below one thousand
    for i, w in enumerate(tokens):
        seg = current % 100
        if w == "et":
            # only "vingt et un", "soixante et onze"
            prev = tokens[i - 1] if i else ""
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if prev not in v.tens or nxt not in ("un", "une", "onze"):
                return None
            continue
        if w in v.units:
            val = v.units[w]
            if val == 0:
                return None
            if val >= 10:
                if seg not in (0, 60, 80):
                    return None
            elif seg % 10 != 0:
                return None
            current += val
        elif w in v.tens:
            val = v.tens[w]
            if val == 20 and seg == 4 and i and tokens[i - 1] == "quatre":
                current += 76  # quatre-vingt(s)
            elif seg != 0:
                return None
            else:
                current += val
        elif w in v.hundreds:
            if current >= 100 or current == 1:
                return None
            current = (current or 1) * 100
        elif w in v.thousands:
            if current >= 1000 or total % 1_000_000:
                return None
            total += (current or 1) * 1000
            current = 0
        elif w in v.large:
            if current >= 1000 or (current == 0 and total == 0):
                return None  # "des millions": a magnitude without a count
            total += (current or 1) * v.large[w]
            current = 0
        else:
            return None
    return total + current


def parse_quantity_fr(text: str) -> tuple[int, bool] | None:
    """``(value, approximate)`` for a French count, or ``None`` (see the module doc)."""
    v = _vocab()
    s = _norm(text)
    if not s:
        return None
    if re.fullmatch(r"\d+", s):
        return int(s), False
    if re.fullmatch(rf"\d{{1,3}}(?:[{_SPACES}.]\d{{3}})+", s):
        return int(re.sub(rf"[{_SPACES}.]", "", s)), False
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(\w+)", s)
    if m and (m[2] in v.large or m[2] in ("mille", "mil")):
        factor = v.large.get(m[2], 1000)
        scaled = float(m[1].replace(",", ".")) * factor
        return (int(scaled), False) if scaled == int(scaled) else None
    tokens = [t for t in re.split(r"[\s-]+", s) if t]
    if tokens[-1] in v.approx_nouns:
        if len(tokens) == 1:
            return None
        head = tokens[:-1]
        if head in (["un"], ["une"]):
            count: int | None = 1
        elif len(head) == 1 and head[0].isdigit():
            count = int(head[0])
        else:
            count = _parse_words(head)  # "des", "plusieurs", "quelques" → None: unknown count
        if count is None:
            return None
        return count * v.approx_nouns[tokens[-1]], True
    value = _parse_words(tokens)
    return None if value is None else (value, False)


def parse_number_fr(text: str) -> int | None:
    """The integer a French count stands for, or ``None`` (see the module doc)."""
    q = parse_quantity_fr(text)
    return None if q is None else q[0]


# --------------------------------------------------------------------------------------------
# Death tolls

_RATIO = re.compile(r"\s+sur\s+(?:\d+|dix|cent|mille)(?!\w)", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\d\s*(?:à|-|–)\s*$")


# Session 37 (heldout46n, development since its blind run): people coordinated with a toll's are among its dead
# (« 4 hommes et 4 femmes tués » 8, « l'assassinat de six humanitaires français et deux Nigériens » 8). Off = the
# toll's own count, as before.
COORDINATED_TOLLS = True


def _coordinated(sentence: str, start: int, end: int, total: int, after_count: bool) -> tuple[int, int, int]:
    """The toll widened over a count coordinated before it (its predicate follows the count: ``after_count``) or
    after it (the verb or noun of death comes first)."""
    v = _vocab()
    if after_count:
        pattern = v.coordinated_before
        while (m := pattern.search(sentence, max(0, start - 80), start)) is not None and m.end() == start:
            q = parse_quantity_fr(m["c"])
            if q is None:
                break
            start, total, pattern = m.start(), total + q[0], v.listed_before
        return start, end, total
    m = v.coordinated_after.match(sentence, end)
    if m is not None and (q := parse_quantity_fr(m["c"])) is not None and not v.mixing.match(sentence, m.end()):
        return start, m.end(), total + q[0]
    return start, end, total


def find_fatalities(sentence: str) -> list[Fatality]:
    """Death tolls stated in ``sentence``, in text order (overlapping matches keep the longest)."""
    v = _vocab()
    found: list[tuple[int, int, Fatality]] = []
    for pattern in (v.toll, v.verb_first, v.member_toll):
        after_count = pattern is not v.verb_first  # the predicate follows the count
        for m in pattern.finditer(sentence):
            q = parse_quantity_fr(m["num"])
            if q is None:
                continue
            if after_count and v.mixing.match(sentence, m.end()):
                continue  # "tués ou blessés": the count is not all dead
            if after_count and _norm(m["num"]) == "une" and _norm(m["pred"]) in ("mort", "morte"):
                continue  # "une mort lente" is the noun "death", not one dead person
            if _RATIO.match(sentence, m.end()):
                continue  # "6 décès sur 10": a proportion
            who = (m["who"] or "").strip() or None
            trigger = _norm(m["pred"] if after_count else m["verb"])
            claimed = trigger in v.claimed_words
            # "de 13 à 17 millions de morts": the upper end of a range is an estimate too
            in_range = bool(_RANGE_BEFORE.search(sentence, 0, m.start()))
            approximate = q[1] or bool(m["qual"]) or in_range
            start, end, total = m.start(), m.end(), q[0]
            if COORDINATED_TOLLS:
                start, end, total = _coordinated(sentence, start, end, total, after_count)
            found.append((start, end, Fatality(total, start, end, approximate, who, claimed)))
    chosen: list[tuple[int, int, Fatality]] = []
    for start, end, fat in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, fat))
    return [f for _, _, f in sorted(chosen, key=lambda c: c[0])]
