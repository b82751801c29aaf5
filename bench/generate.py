"""Synthetic sources for the benchmark and the scale test.

Real sentences from `sources/` are recombined into new articles: each date in a sentence is
replaced by another date of the same precision, each registry actor by another actor of the same
kind, and articles vary in language (a share in Arabic), size, format (a share of `.md` with
frontmatter) and header lines. Everything is drawn from one `random.Random(seed)`.

    python bench/generate.py --n 1000 --seed 1 /tmp/sources
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "hooks") not in sys.path:
    sys.path.insert(0, str(ROOT / "hooks"))

import yaml  # noqa: E402
from babel.dates import get_month_names  # noqa: E402
from briefing.dates import find_dates  # noqa: E402
from briefing.extract import detect_language, split_sentences  # noqa: E402
from briefing.load import load_source, source_files  # noqa: E402
from briefing.pipeline import Project, load_registry  # noqa: E402
from briefing.registry import Actor, Registry  # noqa: E402
from slugify import slugify  # noqa: E402

ARABIC_SHARE = 0.15
MD_SHARE = 0.25
MONTHS = {language: tuple(get_month_names("wide", locale=language).values()) for language in ("en", "ar")}
FIRST = ("Sara", "Omar", "Lina", "James", "Maria", "Yusuf", "Hannah", "Karim", "Elena", "David", "Amal", "Peter")
LAST = ("Haddad", "Morgan", "Rahman", "Keller", "Nasser", "Okafor", "Lindqvist", "Farouk", "Brennan", "Saleh", "Ortega")
DASHES = {"–", "—", "-", "|"}
TITLE_END = ".,،:;؛!?…\"'”’»)"
BYLINE_SHAPE = re.compile(r"(?:(?:updated|written|reported|posted)\s+)?by\b", re.I)
TAGS = ("security", "diplomacy", "defence", "energy", "gulf", "nato", "mediation", "trade")

# A slot is either literal text, a date to redraw (its precision) or an actor to redraw (its kind).
Slot = tuple[str, str]


@dataclass(frozen=True)
class Template:
    language: str
    slots: tuple[Slot, ...]


def templates(root: Path = ROOT) -> tuple[dict[str, list[Template]], Registry]:
    """Every body sentence of the real sources as a template, by language."""
    project = Project(root)
    registry, _ = load_registry(project)
    pools: dict[str, list[Template]] = {"en": [], "ar": []}
    for path in source_files(project.sources):
        source = load_source(path, root)
        paragraphs = [b.text for b in source.blocks if b.kind == "paragraph"]
        language = "ar" if detect_language(" ".join(paragraphs)) == "ar" else "en"
        for text in paragraphs:
            for a, b in split_sentences(text):
                pools[language].append(Template(language, _slots(text[a:b], language, registry)))
    return pools, registry


def _slots(sentence: str, language: str, registry: Registry) -> tuple[Slot, ...]:
    marks: list[tuple[int, int, Slot]] = []
    for d in find_dates(sentence, language):
        if d.invalid or d.relative is not None or not (d.year or (d.day and d.month)):
            continue  # relative phrases keep their words; their anchor is redrawn elsewhere
        precision = ("day" if d.day else "month" if d.month else "year") if d.year else "day-no-year"
        marks.append((d.start, d.end, ("date", precision)))
    for m in registry.find(sentence):
        # "U.S. policy": the abbreviation's last dot belongs to the name, not to the sentence.
        end = m.end + 1 if sentence[m.end : m.end + 2] == ". " and "." in sentence[m.start : m.end] else m.end
        if all(end <= s or m.start >= e for s, e, _ in marks):
            marks.append((m.start, end, ("actor", registry.actors[m.actor].kind)))
    slots: list[Slot] = []
    position = 0
    for start, end, slot in sorted(marks):
        slots += [("text", sentence[position:start]), slot]
        position = end
    slots.append(("text", sentence[position:]))
    return tuple(s for s in slots if s != ("text", ""))


class Writer:
    """Draws articles from the templates; one instance per generated collection."""

    def __init__(self, pools: dict[str, list[Template]], registry: Registry, rng: random.Random) -> None:
        self.pools, self.rng = pools, rng
        self.titles: set[str] = set()  # real collections rarely hold two articles with one headline
        self.outlets = [o.name for o in registry.outlets.values()]
        self.actors: dict[tuple[str, str], list[tuple[Actor, list[str]]]] = {}
        # the topic's own actors (registry/actors.yaml), as in the sources: not the few hundred states and bodies
        # of the built-in knowledge, which the texts name only where the sources name them
        for actor in (a for a in registry.actors.values() if a.origin != "base"):
            for language in ("en", "ar"):
                names = [actor.name] if language == "en" else []
                names += list(actor.aliases.get(language, ()))
                if names:
                    self.actors.setdefault((actor.kind, language), []).append((actor, names))

    def date(self, precision: str, around: dt.date, language: str) -> str:
        day = around - dt.timedelta(days=int(self.rng.expovariate(1 / 400)))
        month = MONTHS[language][day.month - 1]
        if precision == "year":
            return str(day.year)
        if precision == "month":
            return f"{month} {day.year}"
        if precision == "day-no-year":
            return f"{month} {day.day}" if language == "en" else f"{day.day} {month}"
        if language == "en" and self.rng.random() < 0.5:
            return f"{month} {day.day}, {day.year}"
        return f"{day.day} {month} {day.year}"

    def actor(self, kind: str, language: str) -> str:
        choices = self.actors.get((kind, language)) or self.actors[("state", language)]
        # Zipf-like weights: a few actors appear everywhere, most are rare, as in a real collection.
        _, names = self.rng.choices(choices, weights=[1 / (i + 1) for i in range(len(choices))])[0]
        return names[0] if language == "en" and self.rng.random() < 0.7 else self.rng.choice(names)

    def sentence(self, language: str, published: dt.date) -> str:
        template = self.rng.choice(self.pools[language])
        parts = []
        for kind, value in template.slots:
            if kind == "text":
                parts.append(value)
            elif kind == "date":
                parts.append(self.date(value, published, language))
            else:
                parts.append(self.actor(value, language))
        return "".join(parts)

    def title(self, language: str, published: dt.date) -> str:
        """A headline: the opening words of a sentence, led by actors when those words are taken.
        Its slug stays under 60 characters, so the page address (date, title, 80 at most) is never
        cut, and is new, so no two sources share an address."""
        for attempt in range(1000):
            # without dashes: "Doha, Qatar – Qatar and ..." is read as a title and a site name
            words = [w for w in self.sentence(language, published).split() if w not in DASHES]
            if attempt >= 3:
                words = [f"{self.actor('state', language)},", f"{self.actor('organisation', language)}:", *words]
            words = words[: self.rng.randint(5, 11)]
            while len(slugify(" ".join(words))) > 60 and len(words) > 3:
                words.pop()
            title = " ".join(words).rstrip(TITLE_END)  # a line ending like a sentence is read as the body
            key = slugify(title)
            if key and key not in self.titles and not BYLINE_SHAPE.match(title):  # "By ..." is read as a byline
                self.titles.add(key)
                return title
        raise RuntimeError("no new headline in 1,000 attempts")

    def article(self, index: int) -> tuple[str, str]:
        """(file name, content) of the index-th source."""
        rng = self.rng
        language = "ar" if rng.random() < ARABIC_SHARE else "en"
        published = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(21 * 365))
        size = min(40_000, max(800, int(rng.lognormvariate(8.4, 0.6))))  # median about 4.5 KB
        paragraphs: list[str] = []
        while sum(len(p.encode()) for p in paragraphs) < size:
            paragraphs.append(" ".join(self.sentence(language, published) for _ in range(rng.randint(1, 4))))
        title = self.title(language, published)
        author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        stem = f"{index:05d}_{rng.getrandbits(32):08x}"
        if rng.random() < MD_SHARE:
            meta = {"title": title, "author": author, "tags": rng.sample(TAGS, 2)}
            if rng.random() < 0.8:
                meta["published"] = published.isoformat()
            if rng.random() < 0.5:
                meta["publisher"] = rng.choice(self.outlets)
            meta["body_format"] = rng.choice(("markdown", "text"))
            body = "\n\n".join(paragraphs)
            return f"{stem}.md", "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + body + "\n"
        header = [title, ""]
        if rng.random() < 0.6:
            header += [f"By {author}", ""]
        if rng.random() < 0.7:
            header += [f"Published: {MONTHS['en'][published.month - 1]} {published.day}, {published.year}", ""]
        return f"{stem}.txt", "\n".join(header) + "\n\n".join(paragraphs) + "\n"


def generate(target: Path, n: int, seed: int = 1, root: Path = ROOT) -> list[Path]:
    """Write `n` synthetic sources into `target` (created if missing); the same seed, the same files."""
    pools, registry = templates(root)
    writer = Writer(pools, registry, random.Random(seed))
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(n):
        name, content = writer.article(index)
        path = target / name
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path, help="folder to write the sources into")
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = generate(args.target, args.n, args.seed)
    print(f"wrote {len(paths)} sources to {args.target}")


if __name__ == "__main__":
    main()
