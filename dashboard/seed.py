"""Fill an empty store with the sample articles, so the dashboard has something to show.

``python -m dashboard.seed`` does it from the shell (``make run`` calls it before Streamlit);
running it again does nothing once the store has articles.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from analysis.read import SUPPORTED_SUFFIXES
from analysis.stance import DEFAULT_SCORER, SCORERS
from store.core import REPO_ROOT, Store
from store.ingest import IngestOutcome, ingest_bytes

SAMPLE_FOLDER = "sample_data/articles"
SAMPLE_ACTORS = "sample_data/actors.yaml"


def _from_repo(path: str | Path) -> Path:
    """Relative paths are taken from the repo root, so the seed works from any directory."""
    path = Path(path)
    return path if path.is_absolute() else REPO_ROOT / path


def sample_files(folder: str | Path = SAMPLE_FOLDER) -> list[Path]:
    """The readable files in ``folder``, sorted by name (hidden files skipped)."""
    root = _from_repo(folder)
    if not root.is_dir():
        return []
    suffixes = {s.lower().lstrip(".") for s in SUPPORTED_SUFFIXES}
    return sorted(p for p in root.iterdir() if p.is_file() and not p.name.startswith(".")
                  and p.suffix.lower().lstrip(".") in suffixes)


def ensure_samples(
    store: Store,
    *,
    folder: str | Path = SAMPLE_FOLDER,
    actors_file: str | Path | None = SAMPLE_ACTORS,
    scorer: str = DEFAULT_SCORER,
) -> list[IngestOutcome]:
    """Analyse and add the sample articles when the store has none; return one outcome per file.

    Idempotent: a store that already has articles is left alone (returns ``[]``). The actors file
    is recorded in the store as actor edits, once (only when no edits exist yet), so later uploads
    and re-analyses use the same actors.
    """
    if store.count_articles() > 0:
        return []
    _record_actors(store, actors_file)  # no article stored yet: none to re-analyse
    files = [(p.name, p.read_bytes()) for p in sample_files(folder)]
    return ingest_bytes(store, files, scorer=scorer)


def _record_actors(store: Store, actors_file: str | Path | None) -> list[int]:
    """Record the samples' actors file as edits, once (only when no edits exist yet); the ids of
    the stored articles to re-analyse for it (``Store.import_actor_config``)."""
    if actors_file is not None and not store.actor_edits():
        path = _from_repo(actors_file)
        if path.is_file():
            from analysis.actors import load_actor_config

            return store.import_actor_config(load_actor_config(path))
    return []


def queue_samples(store: Store, batch: str, *, folder: str | Path = SAMPLE_FOLDER,
                  actors_file: str | Path | None = SAMPLE_ACTORS) -> int:
    """Queue the sample articles as jobs of ``batch`` for the workers (the dashboard's way:
    its web process analyses nothing), and the re-analysis of the stored articles the actors
    file touches, which were analysed without it; how many jobs were queued."""
    from store import jobs

    stale = [jobs.rescore_job(i) for i in _record_actors(store, actors_file)]
    return len(store.enqueue(batch, [*stale, *(jobs.file_job(p.name, p.read_bytes())
                                               for p in sample_files(folder))]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard.seed",
        description="Add the sample articles to the dashboard's store when it is empty.")
    parser.add_argument("--db",
                        help="SQLite file or postgresql:// URL"
                        " (default: $STANCEMAP_DB or data/stancemap.sqlite3)")
    parser.add_argument("--folder", default=SAMPLE_FOLDER, help="folder of sample articles")
    parser.add_argument("--actors", default=SAMPLE_ACTORS, help="actors file (YAML or JSON)")
    parser.add_argument("--scorer", default=DEFAULT_SCORER, choices=SCORERS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    store = Store(args.db) if args.db else Store.from_env()
    # Paths given on the command line are relative to where the command runs.
    folder = Path(args.folder) if args.folder == SAMPLE_FOLDER else Path(args.folder).resolve()
    actors = Path(args.actors) if args.actors == SAMPLE_ACTORS else Path(args.actors).resolve()
    outcomes = ensure_samples(store, folder=folder, actors_file=actors, scorer=args.scorer)
    if not outcomes:
        count = store.count_articles()
        if count == 0:
            print(f"no sample articles found in {_from_repo(folder)}; the store stays empty")
        else:
            print(f"{store.db.display}: {count} article{'s' if count != 1 else ''} already stored;"
                  " nothing to do")
        return 0
    for outcome in outcomes:
        print(outcome.message or f"{outcome.name}: {outcome.status}")
    failed = sum(o.status == "error" for o in outcomes)
    count = store.count_articles()
    print(f"{store.db.display}: {count} article{'s' if count != 1 else ''} stored")
    return 1 if failed == len(outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
