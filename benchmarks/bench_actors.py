"""The actor list of a folder of articles, and how well the main person of PerSenT is followed.

    .venv/bin/python -m benchmarks.bench_actors FOLDER [--json]
    .venv/bin/python -m benchmarks.bench_actors --write-persent CSV OUTDIR
    .venv/bin/python -m benchmarks.bench_actors --persent CSV [--limit N] [--json]
        [--show-misses K [--cause CAUSE]]

``FOLDER``: every file in it is read as a user's upload and analysed with the actor
resolution only (the stance scorer is the cheap ``rules``); the report gives actors per article,
actors named only once (often noise or a split identity), mentions by how they were found
(``Mention.via``: name, surname, pronoun, description, capital ...), actors by kind, and the
articles refused with the reason.

``--write-persent``: writes each PerSenT row's document as one ``.txt`` file (its lines as
paragraphs) into OUTDIR, to run the folder report on; the data stays outside the repository.

``--persent``: for each article's labelled main person (``TARGET_ENTITY``, titles such as "Pope"
left out), whether the person is one actor under the full name, one actor under a shorter name
(the article never gives the full one, or the entity is garbled), split over several actors, or
missing; and the share of labelled paragraphs that carry a stance toward that person (the actor
of the person with the most mentions). An actor belongs to the person when its name or an alias
has the person's surname as a word: that counts relatives and companies named after the person
("Michelle Obama", "Weinstein Company") as a split too, so ``split_same_name`` also counts only
the articles where two or more actors are named with words of the entity alone ("Lee" and
"Lee Cook-Jong").

The labelled paragraphs without a stance toward the person are counted by cause
(``misses_by_cause``), the first that applies: ``split`` (another actor of the person holds the
mentions), ``name`` (a word of the entity is in the paragraph but not attributed),
``pronoun:WORD`` (a personal pronoun outside quotes, the first one given), ``description`` ("the
senator", "the 45-year-old"), ``no_mention`` (none of these: the paragraph does not refer to the
person in words the rules could follow, the ceiling of the measure). ``removed`` counts the
labelled lines the cleaning dropped (captions, furniture), outside the share. ``--show-misses K``
prints K paragraphs of each cause (or of ``--cause``) after the report, to read.

Only the public ``analysis`` API is used, so the same file measures an older checkout too:
``PYTHONPATH=OLD_CHECKOUT python benchmarks/bench_actors.py ...``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analysis import gazetteer
from analysis.errors import StancemapError
from analysis.pipeline import analyze_many
from analysis.read import read_path
from analysis.types import ArticleAnalysis, Document

#: The stance scorer used: the actors do not depend on it, and the rules are the cheapest.
SCORER = "rules"
#: Words of a name, for matching an actor to PerSenT's (sometimes partial) target entity.
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: A possessive glued to the entity ("Mahdi Karroubi's").
POSSESSIVE = re.compile(r"['’]s$")
#: Words after a surname that are not the surname.
SUFFIXES: frozenset[str] = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
#: Personal pronouns that may refer to the main person (the first one outside quotes is the
#: cause named for a miss).
PRONOUN = re.compile(r"\b(?i:he|him|his|himself|she|her|hers|herself|they|them|their)\b")
#: "the 45-year-old", "the former senator": a description of a person, for the miss causes.
AGE_DESCRIPTION = re.compile(r"\b(?i:the)\s+(?:\w+\s+)?\d+-year-old\b")


@dataclass
class FolderReport:
    articles: int = 0
    refused: dict[str, str] = field(default_factory=dict)  # file -> reason
    actors: list[int] = field(default_factory=list)  # actors per article
    single: int = 0  # actors with one mention in their article
    total_actors: int = 0
    via: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, object]:
        n = len(self.actors)
        return {
            "files": self.articles,
            "analysed": n,
            "refused": len(self.refused),
            "refused_files": self.refused,
            "actors_per_article_mean": round(sum(self.actors) / n, 2) if n else 0.0,
            "actors_total": self.total_actors,
            "single_mention_actors": self.single,
            "single_mention_share": round(self.single / self.total_actors, 3)
            if self.total_actors else 0.0,
            "mentions_by_via": dict(self.via.most_common()),
            "actors_by_kind": dict(self.kinds.most_common()),
        }


def _count(report: FolderReport, article: ArticleAnalysis) -> None:
    per_actor: Counter[str] = Counter()
    for p in article.paragraphs:
        for m in p.mentions:
            per_actor[m.actor] += 1
            report.via[m.via] += 1
    report.actors.append(len(article.actors))
    report.total_actors += len(article.actors)
    report.single += sum(1 for a in article.actors if per_actor[a.name] == 1)
    report.kinds.update(str(a.kind) for a in article.actors)


def folder_report(folder: Path) -> FolderReport:
    report = FolderReport()
    documents: list[Document] = []
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        report.articles += 1
        try:
            documents.extend(read_path(path).documents)
        except StancemapError as error:
            report.refused[path.name] = str(error)
    for article in analyze_many(documents, scorer=SCORER):
        _count(report, article)
    return report


def write_persent(csv_path: Path, out: Path) -> int:
    from analysis.stance.datasets import read_persent

    out.mkdir(parents=True, exist_ok=True)
    documents = read_persent(csv_path)
    for i, document in enumerate(documents):
        lines = document.text.split("\n")
        (out / f"persent_{i:04d}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    return len(documents)


def _words(name: str) -> list[str]:
    return WORD.findall(name)


def _entity_words(entity: str) -> list[str]:
    """The words of PerSenT's entity without titles ("Pope Francis" is "Francis"), suffixes
    ("Jr."), a possessive ("Karroubi's") or a weekday glued on ("Tim Ryan Tuesday")."""
    # an entity in capitals ("MORRIS") names the person the article writes "Morris"
    words = [POSSESSIVE.sub("", w.capitalize() if w.isupper() and len(w) > 3 else w)
             for w in _words(entity)]
    kept = [w for w in words if w not in gazetteer.TITLES and w not in gazetteer.CALENDAR
            and w not in SUFFIXES]
    return kept or words


@dataclass
class PersonReport:
    articles: int = 0
    whole: int = 0  # one actor, under a name with every word of the entity
    split: int = 0  # two or more actors carry the surname
    split_same: int = 0  # two or more actors named with words of the entity only
    short: int = 0  # one actor, but not under the full name ("Lee" for "Lee Cook-Jong")
    missing: int = 0
    labelled: int = 0  # labelled paragraphs found in the analysis
    with_stance: int = 0  # ... that carry a stance toward the main person's actor
    removed: int = 0  # labelled lines the cleaning removed (not in ``labelled``)
    split_examples: list[list[str]] = field(default_factory=list)
    misses: Counter[str] = field(default_factory=Counter)  # cause -> labelled paragraphs
    samples: dict[str, list[str]] = field(default_factory=dict)  # cause -> shown paragraphs

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "one_actor_full_name": self.whole,
            "one_actor_short_name": self.short,
            "split": self.split,
            "split_same_name": self.split_same,
            "missing": self.missing,
            "labelled_paragraphs": self.labelled,
            "with_stance_toward_person": self.with_stance,
            "share_with_stance": round(self.with_stance / self.labelled, 3)
            if self.labelled else 0.0,
            "removed_labelled_lines": self.removed,
            "misses_by_cause": dict(self.misses.most_common()),
            "split_examples": self.split_examples[:15],
        }


def _person_actors(article: ArticleAnalysis, entity: str) -> list[str]:
    """The article's actors that name the entity: its surname as a word of a name or alias."""
    words = _entity_words(entity)
    if not words:
        return []
    surname = words[-1]
    found = [a.name for a in article.actors
             if any(surname in _words(n) for n in (a.name, *a.aliases))]
    if found:
        return found
    # the article names the person by another word of the entity: a Thai or Chinese name
    # ("Thaksin", "Ma"), or a garbled entity ("Josh McDaniels Chuck")
    return [a.name for a in article.actors
            if any(set(words) & set(_words(n)) for n in (a.name, *a.aliases))]


def _description(text: str) -> int | None:
    """Where the first description of a person starts ("the senator", "the 45-year-old")."""
    from analysis.references import PERSON_ROLES

    starts = [m.start() for m in AGE_DESCRIPTION.finditer(text)]
    low = text.lower()
    for role in PERSON_ROLES:
        found = re.search(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}{re.escape(role)}\b", low)
        if found is not None:
            starts.append(found.start())
    return min(starts, default=None)


def _miss_cause(text: str, entity: str, others: Sequence[str],
                holders: set[str]) -> str:
    """Why a labelled paragraph carries no stance toward the person (see the module)."""
    if holders & set(others):
        return "split"
    if set(_entity_words(entity)) & set(_words(text)):
        return "name"
    from analysis.references import QUOTED

    quoted = [(q.start(), q.end()) for q in QUOTED.finditer(text)]
    pronoun = next((m for m in PRONOUN.finditer(text)
                    if not any(a <= m.start() < b for a, b in quoted)), None)
    description = _description(text)
    if pronoun is not None and (description is None or pronoun.start() < description):
        return f"pronoun:{pronoun.group().lower()}"
    if description is not None:
        return "description"
    return "no_mention"


def _as_read(line: str) -> str:
    """A line as the readers return it; an older checkout without ``normalise`` reads it raw."""
    try:
        from analysis.readers.decode import normalise
    except ImportError:
        return line
    return normalise(line)


def persent_report(csv_path: Path, *, limit: int | None = None,
                   show: int = 0) -> PersonReport:
    from analysis.stance.datasets import read_persent

    documents = read_persent(csv_path)[:limit]
    report = PersonReport()
    # each line as a reader hands an upload over (mojibake repaired: "Mugabeâs" is "Mugabe’s")
    lines = [[_as_read(line) for line in d.text.split("\n")] for d in documents]
    inputs = [Document(name=d.source, text="\n\n".join(text), fmt="txt")
              for d, text in zip(documents, lines, strict=True)]
    for document, text_lines, article in zip(documents, lines,
                                             analyze_many(inputs, scorer=SCORER), strict=True):
        report.articles += 1
        names = _person_actors(article, document.entity)
        mentions = Counter(m.actor for p in article.paragraphs for m in p.mentions)
        if not names:
            report.missing += 1
        elif len(names) > 1:
            report.split += 1
            report.split_examples.append(names)
            entity = set(_entity_words(document.entity))
            report.split_same += sum(set(_words(n)) <= entity for n in names) > 1
        elif set(_entity_words(document.entity)) <= set(_words(names[0])):
            report.whole += 1
        else:
            report.short += 1
        main = max(names, key=lambda n: mentions[n], default=None)
        # paragraphs are matched back to lines by text: cleaning may drop or merge lines
        by_text: dict[str, list[tuple[bool, set[str]]]] = {}
        for p in article.paragraphs:
            holders = {s.actor for s in p.stances}
            by_text.setdefault(" ".join(p.paragraph.text.split()), []).append(
                (main is not None and main in holders, holders))
        others = [n for n in names if n != main]
        for line, label in zip(text_lines, document.paragraphs, strict=False):
            if label is None:
                continue
            text = " ".join(line.split())
            found = by_text.get(text)
            if not found:
                report.removed += bool(text)
                continue
            report.labelled += 1
            has, holders = found.pop(0)
            report.with_stance += has
            if not has:
                cause = _miss_cause(text, document.entity, others, holders)
                report.misses[cause] += 1
                shown = report.samples.setdefault(cause.split(":")[0], [])
                if len(shown) < show:
                    shown.append(f"[{document.entity} | {main} | {cause}] {text}")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, help="a folder of articles")
    parser.add_argument("--write-persent", nargs=2, type=Path, metavar=("CSV", "OUTDIR"))
    parser.add_argument("--persent", type=Path, metavar="CSV")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument("--show-misses", type=int, default=0, metavar="K",
                        help="print K labelled paragraphs of each miss cause")
    parser.add_argument("--cause", default=None,
                        help="with --show-misses: only this cause (split, name, pronoun, ...)")
    args = parser.parse_args(argv)
    if args.write_persent:
        n = write_persent(*args.write_persent)
        print(f"wrote {n} articles to {args.write_persent[1]}")
        return 0
    if args.persent:
        report = persent_report(args.persent, limit=args.limit, show=args.show_misses)
        result = report.as_dict()
    elif args.folder:
        result = folder_report(args.folder).as_dict()
    else:
        parser.error("give a FOLDER, --persent CSV or --write-persent CSV OUTDIR")
    print(json.dumps(result, indent=None if args.json else 2, ensure_ascii=False))
    if args.persent and args.show_misses:
        for cause, shown in sorted(report.samples.items()):
            if args.cause in (None, cause):
                print(f"\n== {cause} ==")
                print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
