"""Extract stage: attributed territorial claims (who says which side holds, surrounds,
attacks or loses at which place) from article text, with exact evidence spans."""

from __future__ import annotations

from ._article import extract_claims
from ._evaluate import ExtractionReport, evaluate_extraction
from ._sentences import split_sentences
from ._types import PREDICATES, ExtractedClaim

__all__ = [
    "PREDICATES",
    "ExtractedClaim",
    "ExtractionReport",
    "evaluate_extraction",
    "extract_claims",
    "split_sentences",
]
