"""stancemap's analysis package: from an article file to paragraph sentiment and per-actor stance.

The public entry points are ``analyze`` (one Document to its ArticleAnalysis) and ``analyze_many``;
readers live in ``analysis.read``, the records in ``analysis.types``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["analyze", "analyze_many"]


def __getattr__(name: str) -> Any:
    # Lazy, so that `import analysis.read` (and the sandbox's child processes) do not pay for
    # importing spaCy and scikit-learn.
    if name in __all__:
        from analysis import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
