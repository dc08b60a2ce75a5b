"""Golden tests on the sample articles: what a user sees on first start must make sense.

The samples are one invented dam dispute covered by outlets with different slants (see
sample_data/README.md), so the comparisons below are the product's purpose in miniature.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from statistics import mean

import pytest

from analysis.actors import load_actor_config
from analysis.pipeline import analyze
from analysis.read import read_path
from analysis.stance import DEFAULT_SCORER, LINEAR, TRANSFORMER
from analysis.types import ArticleAnalysis, Label
from tests.conftest import SAMPLE_DATA

ARTICLES = sorted((SAMPLE_DATA / "articles").iterdir())
DAM_STORY = {"Veldora", "Karesh", "Anton Kesler", "Lina Odum", "Highland Liberation Front"}
PRO_VELDORA, PRO_KARESH = "The Harbour Ledger", "The Eastern Courier"


def _analyse_samples(scorer: str) -> dict[str, ArticleAnalysis]:
    config = load_actor_config(SAMPLE_DATA / "actors.yaml")
    return {
        path.name: analyze(doc, actors=config, scorer=scorer)
        for path in ARTICLES
        for doc in read_path(path).documents
    }


@pytest.fixture(scope="module")
def analysed() -> dict[str, ArticleAnalysis]:
    return _analyse_samples(DEFAULT_SCORER)


def _actors(article: ArticleAnalysis) -> set[str]:
    return {s.actor for p in article.paragraphs for s in p.stances}


def test_every_sample_reads_with_title_and_paragraphs(analysed: dict[str, ArticleAnalysis]
                                                      ) -> None:
    assert len(analysed) == len(ARTICLES) >= 8
    for name, article in analysed.items():
        assert article.title and article.title != name, name
        assert len(article.paragraphs) >= 3, name


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_outlet_and_date_come_from_the_file(analysed: dict[str, ArticleAnalysis],
                                            suffix: str) -> None:
    with_suffix = [a for n, a in analysed.items() if n.endswith(suffix)]
    assert with_suffix
    for article in with_suffix:
        assert article.source, article.name
        assert article.published and article.published.startswith("2026-03"), article.name


def test_dam_story_articles_name_the_main_actors(analysed: dict[str, ArticleAnalysis]) -> None:
    dam = {n: a for n, a in analysed.items() if "Veldora" in _actors(a)}
    assert len(dam) >= 6
    for name, article in dam.items():
        found = _actors(article) & DAM_STORY
        assert len(found) >= 3, f"{name}: only {sorted(found)}"


def test_saved_page_junk_is_removed_with_reasons(analysed: dict[str, ArticleAnalysis]) -> None:
    [page] = [a for n, a in analysed.items() if n.endswith(".txt")]
    assert {"duplicate", "credit", "ui"} <= {r.reason for r in page.removed}
    body = " ".join(p.paragraph.text for p in page.paragraphs)
    assert "Oops" not in body and "Northlight Images" not in body
    assert "Northlight Images" not in _actors(page)  # hidden in actors.yaml, and a credit anyway


def _mean_stance(analysed: dict[str, ArticleAnalysis], outlet: str, actor: str) -> float:
    scores = [s.score for a in analysed.values() if a.source == outlet
              for p in a.paragraphs for s in p.stances if s.actor == actor]
    assert scores, f"{outlet} never takes a stance on {actor}"
    return mean(scores)


@pytest.mark.parametrize("scorer", [
    LINEAR,
    pytest.param(TRANSFORMER, marks=pytest.mark.xfail(strict=True, reason=(
        "known limit (model card): the transformer holds the accusations a paper reports "
        "against the accused, so the pro-Veldora paper's reports of charges against Kesler "
        "outweigh its slant"))),
])
def test_outlets_differ_in_the_direction_of_their_slant(scorer: str) -> None:
    """The pro-Veldora paper is kinder to Veldora's president than the pro-Karesh paper, and
    the other way round for Karesh's prime minister."""
    analysed = _analyse_samples(scorer)
    assert (_mean_stance(analysed, PRO_VELDORA, "Anton Kesler")
            > _mean_stance(analysed, PRO_KARESH, "Anton Kesler"))
    assert (_mean_stance(analysed, PRO_KARESH, "Lina Odum")
            > _mean_stance(analysed, PRO_VELDORA, "Lina Odum"))


def test_the_rebel_group_is_portrayed_negatively(analysed: dict[str, ArticleAnalysis]) -> None:
    labels: dict[Label, int] = defaultdict(int)
    for a in analysed.values():
        for p in a.paragraphs:
            for s in p.stances:
                if s.actor == "Highland Liberation Front":
                    labels[s.label] += 1
    assert labels[Label.NEGATIVE] > labels[Label.POSITIVE]


def test_sample_folder_is_marked_as_fiction() -> None:
    readme = (SAMPLE_DATA / "README.md").read_text(encoding="utf-8").lower()
    assert "fiction" in readme and "illustrative" in readme
    assert Path(SAMPLE_DATA / "actors.yaml").is_file()
