"""The command line: ``python -m analysis analyze FILE... [--actors FILE] [--format ...]``,
``python -m analysis ingest PATH... [--db PATH] [--workers N]`` (into the store, through jobs).

Exit codes: 0 all inputs analysed; 1 some input could not be read (one line on stderr each, the
rest are still analysed and written); 2 a usage error (argparse's own, or a bad --actors file).
A user's mistake never prints a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from analysis.errors import ActorsFileError, ReadError, StancemapError, printable
from analysis.limits import MB, Limits
from analysis.stance import DEFAULT_SCORER, SCORERS

PROG = "stancemap"
FORMATS = ("table", "json", "csv")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Paragraph sentiment and per-actor stance in news articles.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = sub.add_parser("analyze", help="analyse article files and print the results")
    analyze.add_argument("files", nargs="+", metavar="FILE",
                         help=".txt .md .html .htm .pdf .docx, a .csv/.jsonl corpus, "
                              "or a folder of them")
    analyze.add_argument("--actors", metavar="FILE",
                         help="YAML or JSON file adding, merging, renaming or hiding actors")
    analyze.add_argument("--format", choices=FORMATS, default="table")
    analyze.add_argument("--output", metavar="PATH", help="write here instead of stdout")
    analyze.add_argument("--scorer", choices=SCORERS, default=DEFAULT_SCORER,
                         help="stance scorer: the fine-tuned transformer (default), the "
                              "faster linear model, or the rules")
    analyze.add_argument("--explain", action="store_true",
                         help="transformer only: add the words that move each stance most "
                              "(slower: one model run per word)")
    analyze.add_argument("--max-mb", type=float, default=Limits().max_bytes / MB,
                         help="refuse files larger than this many MB (default: %(default)s)")
    analyze.set_defaults(func=run_analyze)

    ingest = sub.add_parser("ingest", help="analyse files, folders and corpora into the store, "
                                           "with several worker processes")
    ingest.add_argument("paths", nargs="+", metavar="PATH",
                        help="files, folders (searched recursively) and .csv/.jsonl corpora")
    ingest.add_argument("--db", metavar="PATH_OR_URL",
                        help="the store: a SQLite file or a postgresql:// URL "
                             "(default: $STANCEMAP_DB or data/stancemap.sqlite3)")
    ingest.add_argument("--actors", metavar="FILE",
                        help="YAML or JSON actors file, recorded in the store first")
    ingest.add_argument("--workers", type=int, metavar="N",
                        help="worker processes (default: $STANCEMAP_WORKERS or the cores)")
    ingest.add_argument("--scheduler", metavar="ADDRESS",
                        help="run on a Dask cluster (tcp://HOST:PORT, or 'local')")
    ingest.add_argument("--scorer", choices=SCORERS, default=DEFAULT_SCORER)
    ingest.set_defaults(func=run_ingest)

    try:
        from analysis.stance import commands
    except ImportError:  # the training commands are optional for analysis
        pass
    else:
        commands.register(sub)
    return parser


def _fail(message: str) -> None:
    # Every stderr line goes through here: a file name holding a newline or an escape sequence
    # must not start a forged line or restyle the terminal.
    print(f"{PROG}: {printable(message)}", file=sys.stderr)


def expand_folders(names: Sequence[str]) -> list[str]:
    """A folder stands for the supported files directly inside it, in name order."""
    from analysis.read import SUPPORTED_SUFFIXES

    out: list[str] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            out.extend(str(p) for p in sorted(path.iterdir())
                       if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            out.append(name)
    return out


def run_analyze(args: argparse.Namespace) -> int:
    from analysis import export
    from analysis.actors import ActorConfig, load_actor_config
    from analysis.pipeline import analyze_many
    from analysis.read import read_path

    try:
        config = load_actor_config(args.actors) if args.actors else ActorConfig()
    except ActorsFileError as error:
        _fail(str(error))
        return 2
    limits = Limits(max_bytes=int(args.max_mb * MB))

    documents, problems = [], []
    for name in expand_folders(args.files):
        try:
            result = read_path(name, limits=limits)
        except ReadError as error:
            problems.append(str(error))
            _fail(str(error))
            continue
        documents.extend(result.documents)
        for note in result.notes:  # read, but not all of it: say so, it is not a failure
            _fail(f"note: {note}")
        for error in result.errors:
            problems.append(str(error))
            _fail(str(error))

    articles = list(analyze_many(documents, actors=config, scorer=args.scorer))
    if args.explain:
        articles = _explained(articles, scorer=args.scorer)
    if args.format == "json":
        text = export.to_json(articles, errors=problems)
    elif args.format == "csv":
        text = export.to_csv(articles)
    else:
        text = export.to_table(articles)

    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as error:
            _fail(f"{args.output}: could not write the output: {error.strerror or error}")
            return 1
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 1 if problems else 0


def run_ingest(args: argparse.Namespace) -> int:
    # The store is a layer above the analysis core: imported only for this command.
    from analysis.actors import load_actor_config
    from store import jobs
    from store.batch import choose_executor, queue_paths, summarise
    from store.core import Store
    from store.pool import default_size

    try:
        config = load_actor_config(args.actors) if args.actors else None
    except ActorsFileError as error:
        _fail(str(error))
        return 2
    try:
        execute = choose_executor(args.scheduler)
    except ValueError as error:
        _fail(str(error))
        return 2
    store = Store(args.db) if args.db else Store.from_env()
    batch = jobs.new_batch()
    queued = 0
    if config is not None:
        # the stored articles it touches were analysed without it: again, in this batch
        stale = store.import_actor_config(config)
        queued = len(store.enqueue(batch, [jobs.rescore_job(i) for i in stale]))
    files, failures = queue_paths(store, batch, args.paths,
                                  options=jobs.JobOptions(scorer=args.scorer))
    queued += files
    if queued:
        from store.cluster import SchedulerUnreachable

        try:
            with _progress_bar(queued) as progress:
                execute(store, batch, args.workers or default_size(), progress)
        except SchedulerUnreachable as error:
            _fail(str(error))
            return 2
    summary = summarise(store, batch, failures=failures)
    for line in summary.failures:
        _fail(line)
    print(summary.line())
    return 1 if summary.failed else 0


@contextmanager
def _progress_bar(total: int) -> Iterator[Callable[[int, int], None]]:
    """A tqdm bar on a terminal; nothing when stderr is piped or redirected."""
    if not sys.stderr.isatty():
        yield lambda done, total: None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="article", file=sys.stderr) as bar:
        def show(done: int, total: int) -> None:
            bar.update(done - bar.n)

        yield show


def _explained(articles: list, *, scorer: str) -> list:
    from analysis.stance import TRANSFORMER, get_scorer
    from analysis.stance.explain import explain_article

    if scorer != TRANSFORMER:
        _fail(f"note: --explain needs --scorer {TRANSFORMER}; "
              f"the {scorer} scorer's own cue words are shown")
        return articles
    model = get_scorer(TRANSFORMER)
    return [explain_article(a, scorer=model) for a in articles]  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except StancemapError as error:
        _fail(str(error))
        return 1
    except KeyboardInterrupt:
        return 130
