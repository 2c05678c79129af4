"""storyweave: make sense of news coverage.

    >>> import storyweave
    >>> result = storyweave.analyze(["examples/corpus"])      # doctest: +SKIP
    >>> [a.title for a in result.articles]                      # doctest: +SKIP

``analyze`` returns an :class:`~storyweave.model.Analysis` of frozen dataclasses;
``storyweave.contract.to_json`` turns it into the versioned JSON of CONTRACT.md.
"""

from __future__ import annotations

from .model import (
    Analysis,
    Article,
    Claim,
    Edge,
    Evidence,
    Fact,
    InputProblem,
    RawDocument,
    Removed,
    Sentence,
    Story,
    SummarySentence,
)
from .pipeline import analyze
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "Claim",
    "Edge",
    "Evidence",
    "Fact",
    "InputProblem",
    "RawDocument",
    "Removed",
    "Sentence",
    "Settings",
    "Story",
    "SummarySentence",
    "analyze",
    "__version__",
]
