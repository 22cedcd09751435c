"""Score stage: claim corroboration probabilities, source reliability, Admiralty grades."""

from crosscheck.score.scoring import LABEL_HORIZON_DAYS, ScoreSummary, score

__all__ = ["LABEL_HORIZON_DAYS", "ScoreSummary", "score"]
