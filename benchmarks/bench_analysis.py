"""Speed and memory of the analysis core, in one run on one corpus.

    .venv/bin/python -m benchmarks.bench_analysis [--corpus DIR_OR_FILES...]
                                                  [--scorer transformer|linear|rules]

Reports words a second for spaCy's pipeline alone and for the whole analysis (read -> clean ->
paragraphs -> spaCy -> actors -> sentiment -> stance), their ratio, the cost of a 20,000-word
article against a 1,000-word one, and the peak memory (max RSS of a fresh process) of analysing a
50,000-word article. Targets: ratio <= 1.3; 20k/1k <= 25 (linear); peak < 600 MB.
It also compares the whole analysis with the chosen scorer against ``--scorer rules`` on the same
article (target for the transformer: at most 2.5x) and the memory the scorer adds to a process
over the rules (target: at most 300 MB).

Articles of a given length are built from the corpus's own paragraphs, cycled in a fixed order, so
the text is real prose with real actors rather than repeated filler.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from analysis.stance import DEFAULT_SCORER, SCORERS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "sample_data" / "articles"
TARGETS = {"ratio_max": 1.3, "scaling_max": 25.0, "peak_mb_max": 600.0,
           "vs_rules_max": 2.5, "added_mb_max": 300.0}


def corpus_paragraphs(paths: Sequence[Path]) -> list[str]:
    from analysis.clean import clean
    from analysis.read import read_path
    from analysis.segment import split_paragraphs

    paragraphs: list[str] = []
    for path in paths:
        files = sorted(path.iterdir()) if path.is_dir() else [path]
        for f in files:
            for doc in read_path(f).documents:
                text = clean(doc.text).text
                paragraphs.extend(p.text for p in split_paragraphs(text) if len(p.text) > 80)
    if not paragraphs:
        raise SystemExit("the corpus has no paragraphs")
    return paragraphs


def article_of(paragraphs: Sequence[str], words: int) -> str:
    """An article of about ``words`` words from the corpus paragraphs, cycled.

    Each cycle after the first is marked ("Update 2: ...") because cleaning rightly drops a
    paragraph repeated verbatim, which would make long articles shorter than they claim.
    """
    out: list[str] = []
    n, i = 0, 0
    while n < words:
        cycle, k = divmod(i, len(paragraphs))
        p = paragraphs[k] if cycle == 0 else f"Update {cycle + 1}: {paragraphs[k]}"
        out.append(p)
        n += len(p.split())
        i += 1
    return "\n\n".join(out)


def _best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def measure_speed(paragraphs: Sequence[str], *, scorer: str, words: int) -> dict[str, float]:
    from analysis.clean import clean
    from analysis.pipeline import analyze, bounded_paragraphs
    from analysis.resources import load_nlp
    from analysis.segment import split_paragraphs
    from analysis.types import Document

    text = article_of(paragraphs, words)
    n_words = len(text.split())
    nlp = load_nlp()
    cleaned = clean(text).text
    assert len(cleaned) > 0.99 * len(text), "the benchmark article lost text to cleaning"
    units = [p.text for p in bounded_paragraphs(split_paragraphs(cleaned), cleaned)]
    doc = Document(name="bench", text=text, fmt="txt")
    analyze(doc, scorer=scorer)  # warm every cache (model, lexicons) outside the timing
    spacy_s = _best_of(lambda: list(nlp.pipe(units)), 3)
    whole_s = _best_of(lambda: analyze(doc, scorer=scorer), 3)
    return {"words": n_words, "spacy_wps": n_words / spacy_s, "whole_wps": n_words / whole_s,
            "ratio": whole_s / spacy_s, "spacy_s": spacy_s, "whole_s": whole_s}


def measure_scaling(paragraphs: Sequence[str], *, scorer: str) -> dict[str, float]:
    from analysis.pipeline import analyze
    from analysis.types import Document

    small = Document(name="1k", text=article_of(paragraphs, 1_000), fmt="txt")
    large = Document(name="20k", text=article_of(paragraphs, 20_000), fmt="txt")
    analyze(small, scorer=scorer)
    t_small = _best_of(lambda: analyze(small, scorer=scorer), 5)
    t_large = _best_of(lambda: analyze(large, scorer=scorer), 2)
    return {"t_1k_s": t_small, "t_20k_s": t_large, "scaling": t_large / t_small}


def peak_memory_mb(corpus: Sequence[Path], *, scorer: str, words: int) -> float:
    """Max RSS of a fresh process that loads everything and analyses one long article."""
    code = (
        "import sys; from pathlib import Path; "
        "from benchmarks.bench_analysis import corpus_paragraphs, article_of; "
        "from analysis.pipeline import analyze; from analysis.types import Document; "
        f"paras = corpus_paragraphs([Path(p) for p in {[str(p) for p in corpus]!r}]); "
        f"a = analyze(Document(name='big', text=article_of(paras, {words}), fmt='txt'), "
        f"scorer={scorer!r}); print(len(a.paragraphs))"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def measure_against_rules(paragraphs: Sequence[str], *, scorer: str, words: int
                          ) -> dict[str, float]:
    """The whole analysis with ``scorer`` against the same with the rules, same article."""
    from analysis.pipeline import analyze
    from analysis.types import Document

    doc = Document(name="bench", text=article_of(paragraphs, words), fmt="txt")
    analyze(doc, scorer="rules")
    rules_s = _best_of(lambda: analyze(doc, scorer="rules"), 3)
    scorer_s = _best_of(lambda: analyze(doc, scorer=scorer), 3)
    mentions = sum(len(p.mentions) for p in analyze(doc, scorer="rules").paragraphs)
    return {"rules_s": rules_s, "scorer_s": scorer_s, "vs_rules": scorer_s / rules_s,
            "mentions_per_1k_words": 1000 * mentions / len(doc.text.split())}


def added_memory_mb(corpus: Sequence[Path], *, scorer: str, words: int) -> float:
    """Max RSS with ``scorer`` minus max RSS with the rules, each in a fresh process."""
    def peak(name: str) -> float:
        code = (
            "import resource; from pathlib import Path; "
            "from benchmarks.bench_analysis import corpus_paragraphs, article_of; "
            "from analysis.pipeline import analyze; from analysis.types import Document; "
            f"paras = corpus_paragraphs([Path(p) for p in {[str(p) for p in corpus]!r}]); "
            f"analyze(Document(name='m', text=article_of(paras, {words}), fmt='txt'), "
            f"scorer={name!r}); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
        )
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                             capture_output=True, text=True)
        return float(out.stdout.split()[-1])

    return peak(scorer) - peak("rules")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--scorer", default=DEFAULT_SCORER, choices=SCORERS)
    parser.add_argument("--words", type=int, default=10_000, help="article size for words/s")
    args = parser.parse_args(argv)

    paragraphs = corpus_paragraphs(args.corpus)
    speed = measure_speed(paragraphs, scorer=args.scorer, words=args.words)
    scaling = measure_scaling(paragraphs, scorer=args.scorer)
    peak = peak_memory_mb(args.corpus, scorer=args.scorer, words=50_000)
    against = measure_against_rules(paragraphs, scorer=args.scorer, words=2_000)
    added = added_memory_mb(args.corpus, scorer=args.scorer, words=2_000)
    report = {
        "corpus": [str(p) for p in args.corpus], "scorer": args.scorer, **speed, **scaling,
        "peak_mb_50k": peak, **against, "added_mb": added, "targets": TARGETS,
        "meets": {"ratio": speed["ratio"] <= TARGETS["ratio_max"],
                  "scaling": scaling["scaling"] <= TARGETS["scaling_max"],
                  "peak": peak < TARGETS["peak_mb_max"],
                  "vs_rules": against["vs_rules"] <= TARGETS["vs_rules_max"],
                  "added_mb": added <= TARGETS["added_mb_max"]},
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
