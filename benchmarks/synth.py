"""Large synthetic corpora of messy plain-text dumps, built from real French sentences.

The sentences come, at run time, from the SemEval-2023 French articles and the French gold texts of
the HTML extraction sets under ``${KIBARU_SHARED:-<repo>/../shared}/corpus`` (their licences forbid
copying them into the repository, so nothing is cached here). Only the boilerplate phrases below
are ours.

Every document is a *story* (sentences sampled from a topic neighbourhood: a source article and the
articles sharing most named entities with it) wrapped in the dump format of
``shared/spec/examples/``: an optional `` date YYYY-MM `` header, a follow-us line, a category label,
the headline, 8–25 paragraphs of 1–3 sentences, an occasional teaser headline of another story
pasted between paragraphs, a ``Source : X`` credit and comment-form / navigation lines.

Roles (recorded in ``truth.jsonl``):

* ``story``: a new story.
* ``variant``: a republication of an earlier story — other outlet and boilerplate, paragraphs
  re-flowed, and some of: one sentence changed, one dropped, the ending cut (50–70 % kept), a new
  headline. A story and its variants form a family (``family_id`` = ``"f" + the story's name``).
* ``decoy``: a new story from the *same* neighbourhood as an earlier one (same actors, topic words
  and often headline) but no sentence in common with it: a different story, not a republication.

``part="dev"`` / ``"test"`` draws sentences from disjoint halves of the source articles, so
thresholds tuned on dev data are reported on text they never saw.

    python benchmarks/synth.py --n 10000 --out benchmarks/.data/synth10k
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

P_VARIANT = 0.25  # share of documents that republish an earlier story
P_DECOY = 0.10  # share that are a different story on the same topic as an earlier one
RECENT = 5000  # variants and decoys pick among this many most recent stories
NEIGHBOURS = 12  # source articles in a topic neighbourhood besides the seed

FOLLOW_US = (
    "Suivez-nous sur Facebook, Telegram, WhatsApp pour ne rien rater de l'actualité",
    "Rejoignez notre chaîne WhatsApp pour recevoir l'essentiel de l'actualité",
    "Abonnez-vous à notre lettre d'information quotidienne",
    "Suivez toute l'actualité en direct sur notre application",
    "Retrouvez-nous sur les réseaux sociaux",
    "Recevez nos alertes par SMS en envoyant INFO au numéro indiqué",
)
CATEGORIES = (
    "Politique", "Sécurité", "Afrique", "International", "Défense", "Société", "Économie",
    "Actualité", "Sahel", "Monde", "À la une", "Diplomatie",
)
OUTLETS = (
    "Le Courrier du Sahel", "Bamako Matin", "L'Écho de Niamey", "Ouaga Info", "Le Veilleur",
    "Sahel Hebdo", "La Voix du Fleuve", "Le Républicain du Soir", "Afrique Dépêches",
    "Le Messager de Gao", "Info Sahel Plus", "La Tribune de l'Ouest", "Le Quotidien Continental",
    "Radio Horizon", "L'Observateur du Liptako",
)
AGENCIES = (
    "Agence de presse régionale", "Correspondance particulière", "La rédaction", "Agences",
    "Service de presse", "Envoyé spécial",
)
COMMENT_LINES = (
    "Laisser un commentaire",
    "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
    "Commentaire *",
    "Nom * E-mail * Site web",
    "Enregistrer mon nom et mon e-mail dans ce navigateur pour mon prochain commentaire.",
    "Publier le commentaire",
    "Réagissez à cet article",
    "0 commentaire",
    "Connectez-vous pour commenter",
)
NAV_LINES = (
    "Les plus lus", "Haut de page", "Articles similaires", "Lire aussi", "Partager", "Imprimer",
    "Dans la même rubrique", "Tous droits réservés", "Article précédent", "Article suivant",
)

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])|(?<=[.!?…] »)\s+(?=[A-ZÀ-ÖØ-Þ«])")
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w’'-]{2,}")
_URLISH = re.compile(r"https?://|www\.|@")


def shared_dir() -> Path:
    return Path(os.environ.get("KIBARU_SHARED") or REPO.parent / "shared")


@dataclass(slots=True)
class Source:
    key: str
    title: str
    sentences: list[str]
    names: frozenset[str]


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, kept when they look like prose (6–80 words, no URL)."""
    out = []
    for part in _SENTENCE_END.split(paragraph.strip()):
        words = part.split()
        if 6 <= len(words) <= 80 and not _URLISH.search(part):
            out.append(" ".join(words))
    return out


def _semeval_texts(root: Path) -> list[tuple[str, str, list[str]]]:
    out = []
    seen: set[str] = set()
    for path in sorted(root.glob("*/article*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        digest = hashlib.sha1(raw.encode()).hexdigest()
        if digest in seen:  # subtask 1 and 3 share articles
            continue
        seen.add(digest)
        lines = [ln.strip() for ln in raw.splitlines()]
        title = lines[0] if lines else path.stem
        out.append((f"semeval:{path.stem}", title, [ln for ln in lines[1:] if ln]))
    return out


def _html_gold_texts(manifest: Path) -> list[tuple[str, str, list[str]]]:
    out = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("language") != "fr" or not row.get("gold_text"):
            continue
        paragraphs = [p.strip() for p in row["gold_text"].splitlines() if p.strip()]
        if row.get("gold_type") != "full":  # snippets: only lines that are whole sentences
            paragraphs = [p for p in paragraphs if p[:1].isupper() and p.rstrip()[-1:] in ".!?»"]
        title = row.get("title") or (paragraphs[0][:80] if paragraphs else "")
        out.append((f"html_gold:{row.get('file')}", title, paragraphs))
    return out


@lru_cache(maxsize=4)
def load_sources(part: str = "all") -> tuple[Source, ...]:
    """The real French source articles, split into sentences (deduplicated across the corpus)."""
    corpus = shared_dir() / "corpus"
    texts: list[tuple[str, str, list[str]]] = []
    if (corpus / "semeval2023_fr").is_dir():
        texts += _semeval_texts(corpus / "semeval2023_fr")
    if (corpus / "html_gold" / "manifest.jsonl").is_file():
        texts += _html_gold_texts(corpus / "html_gold" / "manifest.jsonl")
    if not texts:
        raise FileNotFoundError(f"no French source text under {corpus} (set KIBARU_SHARED)")
    seen: set[str] = set()
    sources = []
    for key, title, paragraphs in texts:
        if part != "all":
            half = int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2
            if (part == "dev") != (half == 0):
                continue
        sentences = []
        for paragraph in paragraphs:
            for sentence in split_sentences(paragraph):
                norm = sentence.casefold()
                if norm not in seen:
                    seen.add(norm)
                    sentences.append(sentence)
        if len(sentences) >= 3:
            names = frozenset(m for s in sentences for m in _CAPITALISED.findall(s))
            sources.append(Source(key, " ".join(title.split()), sentences, names))
    # Names in more than a fifth of the articles ("France", "Le", "Mais") say nothing of the topic.
    df = Counter(name for s in sources for name in s.names)
    limit = max(2, len(sources) // 5)
    for s in sources:
        s.names = frozenset(n for n in s.names if df[n] <= limit)
    return tuple(sources)


@lru_cache(maxsize=4)
def _neighbourhoods(part: str) -> tuple[tuple[int, ...], ...]:
    """For each source, itself then the sources sharing most rare named entities with it."""
    sources = load_sources(part)
    out = []
    for i, s in enumerate(sources):
        scores = sorted(
            ((len(s.names & o.names) / (len(s.names | o.names) or 1), j) for j, o in enumerate(sources) if j != i),
            reverse=True,
        )
        out.append((i, *(j for _, j in scores[:NEIGHBOURS])))
    return tuple(out)


@dataclass(slots=True)
class _Story:
    name: str
    seed: int  # source index whose neighbourhood the sentences come from
    sentences: list[tuple[int, int]]  # (source index, sentence index)
    title: str
    date: tuple[int, int]  # (year, month)
    outlet: str


class _Generator:
    def __init__(self, seed: int, part: str) -> None:
        self.rng = random.Random(seed)
        self.sources = load_sources(part)
        self.hoods = _neighbourhoods(part)
        self.titles = [s.title for s in self.sources]
        # Sahel articles are the toolkit's subject: seed them three times as often.
        sahel = re.compile(r"Mali|Sahel|Wagner|Niger|Burkina|Barkhane|Minusma|Cedeao|Bamako", re.I)
        self.weights = [3.0 if sahel.search(" ".join(s.sentences)) else 1.0 for s in self.sources]

    def story(self, name: str, seed: int | None = None, avoid: set[tuple[int, int]] | None = None) -> _Story:
        rng = self.rng
        if seed is None:
            seed = rng.choices(range(len(self.sources)), self.weights)[0]
        pool = [(si, k) for si in self.hoods[seed] for k in range(len(self.sources[si].sentences))]
        if avoid:
            pool = [p for p in pool if p not in avoid]
        paragraphs = rng.randint(8, 25)
        want = sum(rng.randint(1, 3) for _ in range(paragraphs))
        picked = sorted(rng.sample(pool, min(want, len(pool))), key=lambda p: (p[0] != seed, p))
        title = self.titles[rng.choice(self.hoods[seed][:4])]
        date = (rng.randint(2019, 2023), rng.randint(1, 12))
        return _Story(name, seed, picked, title, date, rng.choice(OUTLETS))

    def variant(self, base: _Story, name: str) -> tuple[_Story, list[str]]:
        rng = self.rng
        sentences = list(base.sentences)
        edits = []
        if rng.random() < 0.5 and len(sentences) > 3:
            pool = self.hoods[rng.randrange(len(self.sources))]
            si = rng.choice(pool)
            sentences[rng.randrange(len(sentences))] = (si, rng.randrange(len(self.sources[si].sentences)))
            edits.append("changed_sentence")
        if rng.random() < 0.3 and len(sentences) > 3:
            del sentences[rng.randrange(len(sentences))]
            edits.append("dropped_sentence")
        if rng.random() < 0.35:
            keep = max(2, round(len(sentences) * rng.uniform(0.5, 0.7)))
            sentences = sentences[:keep]
            edits.append("cut_ending")
        title = base.title
        if rng.random() < 0.3:
            title = self.titles[rng.choice(self.hoods[base.seed])]
            edits.append("new_headline")
        year, month = base.date
        if rng.random() < 0.4:  # republished the next month
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        outlet = rng.choice([o for o in OUTLETS if o != base.outlet])
        return _Story(name, base.seed, sentences, title, (year, month), outlet), edits

    def render(self, story: _Story, credit: str | None) -> str:
        """The story as a messy dump: boilerplate, headline, re-flowed paragraphs, teasers."""
        rng = self.rng
        lines: list[str] = []
        if rng.random() < 0.6:
            lines.append(rng.choice(FOLLOW_US))
        if rng.random() < 0.7:
            lines += [rng.choice(CATEGORIES), ""]
        if rng.random() < 0.9:
            lines += [story.title, ""]
        texts = [self.sources[si].sentences[k] for si, k in story.sentences]
        teasers = 0
        i = 0
        while i < len(texts):
            take = rng.randint(1, 3)
            lines += [" ".join(texts[i : i + take]), ""]
            i += take
            if i < len(texts) and teasers < 2 and rng.random() < 0.08:
                lines += ["  " + rng.choice(self.titles), ""]
                teasers += 1
        if credit or rng.random() < 0.6:
            lines.append(f"Source : {credit or rng.choice(AGENCIES)}")
        if rng.random() < 0.6:
            lines += rng.sample(COMMENT_LINES, rng.randint(1, 4))
        if rng.random() < 0.5:
            lines += rng.sample(NAV_LINES, rng.randint(1, 3))
        text = "\n".join(lines).strip("\n") + "\n"
        if rng.random() < 0.5:
            text = f" date {story.date[0]:04d}-{story.date[1]:02d} " + text
        return text


def generate(
    n: int, seed: int, out_dir: Path | None = None, *, part: str = "all"
) -> Iterator[tuple[str, str, str | None]]:
    """Yield ``n`` synthetic dumps as (doc_name, text, family_id); deterministic for a seed.

    ``family_id`` is shared by a story and its republications (None for a document nobody
    republished). With ``out_dir``, also writes ``<doc_name>`` files and ``truth.jsonl`` (one line
    per document: doc, family, role, of, edits, date, outlet); ``truth.jsonl`` appears only once
    the corpus is complete.
    """
    if part not in ("all", "dev", "test"):
        raise ValueError(f"part must be all, dev or test, not {part!r}")
    gen = _Generator(seed, part)
    plan_rng = random.Random(seed ^ 0x5EED)
    # Plan first (cheap), so a story knows whether it will have republications when it is written.
    plan: list[tuple[str, int | None]] = []  # (role, index of the earlier story it relates to)
    stories: list[int] = []
    for i in range(n):
        r = plan_rng.random()
        if stories and r < P_VARIANT:
            plan.append(("variant", plan_rng.choice(stories[-RECENT:])))
        elif stories and r < P_VARIANT + P_DECOY:
            plan.append(("decoy", plan_rng.choice(stories[-RECENT:])))
            stories.append(i)
        else:
            plan.append(("story", None))
            stories.append(i)
    width = max(6, len(str(n)))
    names = [f"doc{i:0{width}d}.txt" for i in range(n)]
    republished = {of for role, of in plan if role == "variant"}
    built: dict[int, _Story] = {}
    truth = None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        truth = (out_dir / "truth.jsonl.part").open("w", encoding="utf-8")
    try:
        for i, (role, of) in enumerate(plan):
            edits: list[str] = []
            credit = None
            if role == "variant":
                assert of is not None
                story, edits = gen.variant(built[of], names[i])
                credit = built[of].outlet if gen.rng.random() < 0.5 else None
                family: str | None = "f" + names[of]
            else:
                avoid = set(built[of].sentences) if role == "decoy" and of is not None else None
                seed_src = built[of].seed if avoid is not None and of is not None else None
                story = gen.story(names[i], seed_src, avoid)
                built[i] = story
                family = "f" + names[i] if i in republished else None
            text = gen.render(story, credit)
            if out_dir is not None and truth is not None:
                (out_dir / names[i]).write_text(text, encoding="utf-8")
                record = {
                    "doc": names[i], "family": family, "role": role,
                    "of": names[of] if of is not None else None, "edits": edits,
                    "date": f"{story.date[0]:04d}-{story.date[1]:02d}", "outlet": story.outlet,
                }
                truth.write(json.dumps(record, ensure_ascii=False) + "\n")
            yield names[i], text, family
    finally:
        if truth is not None:
            truth.close()
    if out_dir is not None:
        (out_dir / "truth.jsonl.part").replace(out_dir / "truth.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--part", choices=("all", "dev", "test"), default="all")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    count = sum(1 for _ in generate(args.n, args.seed, args.out, part=args.part))
    print(f"{count} documents in {args.out}")


if __name__ == "__main__":
    main()
