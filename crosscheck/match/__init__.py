"""Match stage: find syndicated copies and tie claims to independent sources and statements."""

from crosscheck.match.copies import COPY_MIN_JACCARD, COPY_MIN_SIMILARITY, detect_copies
from crosscheck.match.evidence import MATCH_WINDOW_DAYS, SPEAKER_GROUP_THRESHOLD, build_claim_evidence

__all__ = [
    "COPY_MIN_JACCARD",
    "COPY_MIN_SIMILARITY",
    "MATCH_WINDOW_DAYS",
    "SPEAKER_GROUP_THRESHOLD",
    "build_claim_evidence",
    "detect_copies",
]
