"""Score the extractor against a labelled JSONL file: precision, recall, F1, hedge accuracy.

A predicted claim matches an expected one when predicate and value are equal, the
places are the same gazetteer place, and the speakers agree (both the outlet, the
same resolved speaker, or fuzzy-equal phrases). Labels follow the data's README:
losses without a place are not labelled, so predicted placeless losses are not scored.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from rapidfuzz import fuzz

from crosscheck.resolve import Gazetteer, SpeakerResolver

from ._article import extract_claims
from ._types import PREDICATES, ExtractedClaim

SPEAKER_FUZZY_THRESHOLD = 80.0
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


class LabelledDataError(ValueError):
    """A labelled file's line is not an item in the documented format."""


@dataclass(frozen=True, slots=True)
class Expected:
    speaker: str | None
    place: str | None
    predicate: str
    value: str
    hedged: bool


@dataclass(frozen=True, slots=True)
class Miss:
    """A false positive or false negative, for reading what went wrong."""

    item_id: str
    text: str
    claim: str


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ExtractionReport:
    """Scores per predicate, overall, and the hedge accuracy on matched claims."""

    items: int
    by_predicate: dict[str, Score]
    overall: Score
    hedged_correct: int
    hedged_total: int
    false_positives: list[Miss] = field(default_factory=list)
    false_negatives: list[Miss] = field(default_factory=list)
    controls_by_style: dict[str, Score] = field(default_factory=dict)
    miss_causes: Counter[str] = field(default_factory=Counter)

    @property
    def controls(self) -> Score:
        return self.by_predicate["controls"]

    @property
    def hedged_accuracy(self) -> float:
        return self.hedged_correct / self.hedged_total if self.hedged_total else 1.0

    def table(self, verbose: bool = False) -> str:
        """A plain-text table of the scores; with ``verbose`` the misses follow it."""
        lines = [f"items: {self.items}", f"{'predicate':<10} {'P':>6} {'R':>6} {'F1':>6} {'TP':>4} {'FP':>4} {'FN':>4}"]
        for name, score in [*self.by_predicate.items(), ("all", self.overall)]:
            lines.append(f"{name:<10} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} "
                         f"{score.true_positives:4d} {score.false_positives:4d} {score.false_negatives:4d}")
        lines.append(f"hedged accuracy on matched claims: {self.hedged_accuracy:.3f} "
                     f"({self.hedged_correct}/{self.hedged_total})")
        if self.controls_by_style:
            lines.append("controls by style:")
            lines.extend(f"  {style:<16} P {score.precision:5.3f}  R {score.recall:5.3f}  "
                         f"(TP {score.true_positives}, FP {score.false_positives}, FN {score.false_negatives})"
                         for style, score in sorted(self.controls_by_style.items()))
        if self.miss_causes:
            lines.append("why expected claims were missed: " + ", ".join(
                f"{cause} {count}" for cause, count in self.miss_causes.most_common()))
        if verbose:
            lines.append("false positives:")
            lines.extend(f"  {m.item_id}: {m.claim}   <- {m.text}" for m in self.false_positives)
            lines.append("false negatives:")
            lines.extend(f"  {m.item_id}: {m.claim}   <- {m.text}" for m in self.false_negatives)
        return "\n".join(lines)


def evaluate_extraction(path: str | Path) -> ExtractionReport:
    """Run the extractor over a labelled JSONL file and score it (see module docstring)."""
    by_predicate = {name: Score() for name in PREDICATES}
    overall = Score()
    report = ExtractionReport(0, by_predicate, overall, 0, 0)
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            report.items += 1
            _score_item(item, report)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # a labelled file is written by hand: say which line is wrong instead of a traceback
            raise LabelledDataError(f"{path}, line {number}: {type(exc).__name__}: {exc}") from exc
    return report


def _score_item(item: dict, report: ExtractionReport) -> None:
    published = _parse_time(item["published_at"])
    outlet = item["outlet"]
    predicted = [c for c in extract_claims(item["text"], outlet=outlet, published_at=published,
                                           title=item.get("title"))
                 if not (c.predicate == "losses" and not c.place_as_written)]
    # Article-level items may label only some predicates ("labelled_predicates"); claims of
    # the others are neither right nor wrong there.
    labelled = set(item.get("labelled_predicates") or PREDICATES)
    predicted = [c for c in predicted if c.predicate in labelled]
    expected = [Expected(e.get("speaker"), e.get("place"), e["predicate"], e["value"], bool(e.get("hedged")))
                for e in item.get("expected", [])]
    style_score = report.controls_by_style.setdefault(item.get("style", "unknown"), Score())
    unmatched = list(range(len(predicted)))
    for wanted in expected:
        match = next((i for i in unmatched if _matches(predicted[i], wanted, outlet)), None)
        score = report.by_predicate[wanted.predicate]
        if match is None:
            score.false_negatives += 1
            report.overall.false_negatives += 1
            report.miss_causes[_miss_cause(wanted, predicted, outlet)] += 1
            if wanted.predicate == "controls":
                style_score.false_negatives += 1
            report.false_negatives.append(Miss(item["id"], item["text"], _describe_expected(wanted)))
            continue
        unmatched.remove(match)
        score.true_positives += 1
        if wanted.predicate == "controls":
            style_score.true_positives += 1
        report.overall.true_positives += 1
        report.hedged_total += 1
        report.hedged_correct += predicted[match].hedged == wanted.hedged
    # a repeat of a claim (same speaker, place, predicate and value) is one claim: it is wrong
    # once if none of its copies matched a label, and not at all if one did. Repeats are kept
    # through the matching, so two labels whose speakers resolve alike ("Kyiv" in a headline,
    # "officials in Kyiv" in its lead) can each find their own prediction
    matched_keys = {_claim_key(predicted[i]) for i in range(len(predicted)) if i not in unmatched}
    for index in _first_of_each(predicted, unmatched, matched_keys):
        claim = predicted[index]
        report.by_predicate[claim.predicate].false_positives += 1
        report.overall.false_positives += 1
        if claim.predicate == "controls":
            style_score.false_positives += 1
        report.false_positives.append(Miss(item["id"], item["text"], _describe(claim)))


def _miss_cause(wanted: Expected, predicted: list[ExtractedClaim], outlet: str) -> str:
    """The nearest way a prediction fell short of a label, so the summary says where recall goes."""
    same_place = [c for c in predicted if _same_place(c, wanted.place)]
    same_predicate = [c for c in same_place if c.predicate == wanted.predicate]
    if any(c.value == wanted.value for c in same_predicate):
        return "wrong speaker"
    if any(_same_speaker(c, wanted.speaker, outlet) for c in same_predicate):
        return "wrong value"
    if same_predicate:
        return "wrong value and speaker"
    if same_place:
        return "other predicate for the place"
    if any(c.predicate == wanted.predicate and c.value == wanted.value
           and _same_speaker(c, wanted.speaker, outlet) for c in predicted):
        return "wrong or unresolved place"
    return "nothing found"


def _parse_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _claim_key(claim: ExtractedClaim) -> tuple:
    return ((claim.speaker_id or claim.speaker).lower(), claim.place_id or (claim.place or "").lower(),
            claim.predicate, claim.value)


def _first_of_each(claims: list[ExtractedClaim], indices: list[int], skip: set[tuple]) -> list[int]:
    """The first index of each claim key among ``indices``, leaving out keys in ``skip``."""
    seen = set(skip)
    out = []
    for index in indices:
        key = _claim_key(claims[index])
        if key not in seen:
            seen.add(key)
            out.append(index)
    return out


def _matches(claim: ExtractedClaim, wanted: Expected, outlet: str) -> bool:
    if claim.predicate != wanted.predicate or claim.value != wanted.value:
        return False
    return _same_place(claim, wanted.place) and _same_speaker(claim, wanted.speaker, outlet)


def _same_place(claim: ExtractedClaim, name: str | None) -> bool:
    if name is None:
        return claim.place is None and not claim.place_as_written
    place = Gazetteer.default().resolve(name)
    if place is not None and claim.place_id is not None and place.place_id == claim.place_id:
        return True
    # Labels give a name, not an id: same-named places (two Borovas) count as the same name.
    predicted = (claim.place or claim.place_as_written).lower()
    return predicted in (name.lower(), (place.name if place is not None else name).lower())


def _same_speaker(claim: ExtractedClaim, wanted: str | None, outlet: str) -> bool:
    predicted_is_outlet = claim.speaker_phrase is None
    # the extractor reads "the Institute for X said" in the Institute's own report as the outlet itself,
    # so a label naming the outlet with its article is the outlet too
    wanted_is_outlet = wanted is None or _ARTICLE.sub("", wanted.strip().lower()) == _ARTICLE.sub("", outlet.lower())
    if predicted_is_outlet or wanted_is_outlet:
        return predicted_is_outlet and wanted_is_outlet
    assert claim.speaker_phrase is not None and wanted is not None
    resolver = SpeakerResolver.default()
    wanted_speaker = resolver.resolve(wanted)
    if wanted_speaker is not None and claim.speaker_id is not None:
        if wanted_speaker.speaker_id == claim.speaker_id:
            return True
    left = _ARTICLE.sub("", claim.speaker_phrase.lower())
    right = _ARTICLE.sub("", wanted.lower())
    return fuzz.token_set_ratio(left, right) >= SPEAKER_FUZZY_THRESHOLD


def _describe(claim: ExtractedClaim) -> str:
    return (f"{claim.speaker_phrase!r} | {claim.place or claim.place_as_written} {claim.predicate} "
            f"{claim.value}{' H' if claim.hedged else ''}")


def _describe_expected(wanted: Expected) -> str:
    return f"{wanted.speaker!r} | {wanted.place} {wanted.predicate} {wanted.value}{' H' if wanted.hedged else ''}"
