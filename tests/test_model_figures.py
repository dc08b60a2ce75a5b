"""The accuracy figures the About page shows: one module, read from the model's JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

from dashboard import model_figures


def test_cv_figure_comes_from_the_model_json(tmp_path: Path) -> None:
    path = tmp_path / "stance_model.json"
    path.write_text(json.dumps({"format": 1, "info": {"cv_f1_macro": "0.6123"}}))
    assert model_figures.cv_macro_f1(path) == 0.6123
    # a retrained model (a newer file) is read again, not served from the cache
    path.write_text(json.dumps({"format": 1, "info": {"cv_f1_macro": "0.7000", "x": 1}}))
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 5))
    assert model_figures.cv_macro_f1(path) == 0.7


def test_missing_or_broken_model_json_gives_no_figure(tmp_path: Path) -> None:
    assert model_figures.cv_macro_f1(tmp_path / "absent.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert model_figures.cv_macro_f1(broken) is None
    no_info = tmp_path / "no_info.json"
    no_info.write_text(json.dumps({"format": 1}))
    assert model_figures.cv_macro_f1(no_info) is None


def test_dev_scores_are_proportions_on_named_splits() -> None:
    assert model_figures.STANCE_DEV_SCORES
    for score in model_figures.STANCE_DEV_SCORES:
        assert 0 < score.macro_f1 < 1 and 0 < score.accuracy < 1 and score.targets > 0
        assert score.scorer in {"model", "rules"}
