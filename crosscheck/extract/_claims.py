"""From a predicate hit and the frames around it to attributed claims with a value.

The speaker is the innermost frame whose content holds the hit (or the quote's
attribution, or the outlet). The value follows from the hit's actor read from
that speaker's side; a denial frame or "unlikely that" negates it, which flips a
control claim and drops any other. A frame nested in a denial or confirmation
also yields the outer speaker's own claim ("Kyiv's army denied Moscow's claim
that it had seized X" -> Moscow: Russia, Kyiv's army: Ukraine).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Sequence

from crosscheck.resolve import SpeakerResolver

from ._actors import actor_side, opposite
from ._attribution import Frame
from ._dates import assertion_time
from ._frame_nouns import JUDGED_FALSE
from ._hedges import hedges_in, negating_hedge_in
from ._lexicon import FALSE_CLAIM, caseless
from ._places import PlaceRef
from ._hits import Hit
from ._speakers import SpeakerInfo, russian_voice

_CLAIM_VERB = re.compile(r"^claim(?:s|ed)?$", re.IGNORECASE)
# "appeared to concede": the outlet's reading of the speaker's words, not the speaker's own claim
_APPEARS_TO_VERB = re.compile(r"^(?:appear|seem)(?:ed|s)?\s+to\s", re.IGNORECASE)
# verbs of conceding: what the speaker's side lost, never what it won
_CONCEDE_VERB = re.compile(r"^(?:admit|acknowledg|conced)\w*$", re.IGNORECASE)
# "withdrawing from X and handing over their positions to the regular army": units rotate,
# the place does not change hands
# (within the quote: "We are pulling units out of Bakhmut today. ... We are handing the positions over")
_HANDOVER = re.compile(r"[^;]*?\b(?:hand(?:ing|ed|s)?|turn(?:ing|ed|s)?)\s+(?:over\s+)?(?:(?:their|its|the|his)\s+)?"
                       r"(?:positions|sector|lines|city|town|village|control)\s+(?:over\s+)?to\s+"
                       r"(?P<to>[^,.;]{1,60})", re.IGNORECASE)
_GAIN_RULES = frozenset({"capture", "capture-noun"})
_FIRST_PERSON = re.compile(r"^(?:we|us|our\b)", re.IGNORECASE)
_STATE_RULES = frozenset({"under-control", "stative-ours"})
_BOUNDARY = re.compile(r";|,\s*but\b|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)
# "although Ukrainian officials have not said the city has fallen": an unsaid claim is nobody's
_UNSAID_BEFORE = re.compile(r"\b(?:have|has|had|did|do|does)\s+(?:not|n['\u2019]t)\s+"
                            r"(?:(?:yet|immediately|independently|officially|publicly)\s+)*(?:said|say|confirmed|confirm|"
                            r"announced|announce|reported|report|acknowledged|acknowledge|admitted|admit)\s+(?:that\s+)?"
                            r"(?:[\w'\u2019-]+\s+){0,5}$"
                            # "ISW has not observed confirmation that they cleared X": the evidence for what follows
                            # is missing, so nobody asserts it (a wire's "could not verify reports that C" relays
                            # C hedged instead, a hedge of _lexicon's)
                            r"|\b(?:not|n['\u2019]t|no)\s+(?:yet\s+)?(?:observed|seen|found)\s+(?:any\s+)?"
                            r"(?:(?:visual|independent|geolocated|photographic)\s+)?(?:confirmation|evidence|proof)\s+(?:that\s+)?"
                            r"(?:[\w'\u2019-]+\s+){0,5}$", re.IGNORECASE)
# "a claim the Ukrainian military neither confirmed nor denied": no claim of the military's own
_NON_COMMITTAL = re.compile(r"\b(?:neither\s+(?:confirm|den(?:y|ie))\w*\s+nor|(?:would|could|did|does|do)\s+not\s+"
                            r"(?:confirm|deny)\s+(?:or|nor))\s+(?:confirm|den(?:y|ie))", re.IGNORECASE)
# "denied that X had fallen, saying battles were still raging inside it": the denier says the
# place is fought over, not held ("conceded that Russian troops controlled most of the city" too)
_STILL_FOUGHT = re.compile(
    # "saying its units were still conducting search-and-strike operations in the town"
    r"\b(?:still|continu\w*|ongoing)\s+(?:[\w-]+\s+){0,3}?(?:fight\w*|battl\w*|clash\w*|combat|defen[cs]\w*|operat\w*)|"
    r"\b(?:fight\w*|battles?|clashes|combat|hostilities)\s+(?:(?:is|are|was|were|had\s+been|has\s+been|still)\s+)*"
    r"(?:continu\w*|rag\w*|ongoing|going\s+on|under\s*way)|\b(?:most|parts?|half)\s+of\b", re.IGNORECASE)


# not frozen (never mutated): built for every claim, and a frozen one takes ~5x as long to build
@dataclass(slots=True)
class Draft:
    """A claim before it is placed in the article (sentence-relative evidence)."""

    speaker: SpeakerInfo
    place: PlaceRef | None
    predicate: str
    value: str
    hedges: tuple[str, ...]
    asserted_at: datetime
    reported_via: str | None
    # "remains under Ukrainian control", "still holds": a statement of the present state, not an event
    state: bool = False
    # an entry into the place or a fight inside it ("advanced into X"), and a finished capture of the
    # whole place: in one sentence the capture after the entry completes it ("... and likely seized it";
    # "are clearing the city block by block" is still under way)
    entry: bool = False
    completion: bool = False


@dataclass(frozen=True, slots=True)
class Attributed:
    """A frame of the sentence together with its resolved speaker."""

    frame: Frame
    speaker: SpeakerInfo


def drafts_for_sentence(sentence: str, hits: Sequence[Hit], frames: Sequence[Attributed],
                        quote_speaker: SpeakerInfo | None, outlet: SpeakerInfo,
                        published_at: datetime, in_quote: Sequence[bool]) -> list[Draft]:
    """Claims of one sentence, deduplicated, partial control winning over full control."""
    drafts: list[Draft] = []
    verdicts: list[Draft] = []
    for hit, quoted in zip(hits, in_quote):
        index = None if hit.outlet_voice else _innermost(frames, hit)
        if index is None:
            speaker = quote_speaker if (quoted and quote_speaker is not None) else outlet
            draft = _draft(hit, sentence, None, speaker, frames, published_at, 0)
            if draft is not None:
                drafts.append(_judged_unowned_report(sentence, hit, draft))
            continue
        draft = _draft(hit, sentence, index, frames[index].speaker, frames, published_at,
                       frames[index].frame.content_start)
        if draft is None:
            continue
        drafts.append(draft)
        drafts.extend(_outer_claims(hit, sentence, index, draft, frames, published_at))
        verdicts.extend(_outlet_verdict(sentence, index, draft, frames, outlet, published_at))
    # the outlet's verdict adds nothing where it already says so plainly ("Ukrainian forces continue to
    # control X, and the claim that Russia seized it is likely false": one unhedged claim)
    drafts.extend(v for v in verdicts if not any(
        d.speaker is v.speaker and place_key(d.place) == place_key(v.place) and d.predicate == v.predicate
        and d.value == v.value for d in drafts))
    return _settle(drafts)


# "The claim that Russian forces took X is false": a report nobody is named as making
_UNOWNED_REPORT = re.compile(r"\b(?:(?:the|these|those|such|any)\s+(?:[\w-]+\s+)?)?(?:claims?|reports?|assertions?|"
                            r"allegations?|rumou?rs?)\s+that\s", re.IGNORECASE)


def _judged_unowned_report(sentence: str, hit: Hit, draft: Draft) -> Draft:
    """The outlet's own claim, turned round when it judges an unowned report of it false."""
    if draft.predicate != "controls" or opposite(draft.value) is None:
        return draft
    opened = _UNOWNED_REPORT.search(sentence, 0, hit.start)
    verdict = JUDGED_FALSE.search(sentence, hit.end) if opened is not None else None
    if verdict is None:
        return draft
    return replace(draft, value=opposite(draft.value), hedges=tuple(hedges_in(verdict.group(0))))


def _outlet_verdict(sentence: str, index: int, inner: Draft, frames: Sequence[Attributed], outlet: SpeakerInfo,
                    published_at: datetime) -> list[Draft]:
    """"The claim by X that C is likely false.": the outlet, judging the report in its own voice,
    holds the opposite (hedged by its own "likely"); a report judged inside someone's words
    ("..., the General Staff said") is that speaker's denial instead (_outer_claims)."""
    frame = frames[index].frame
    if frame.parent is not None or frame.kind != "claim" or inner.predicate != "controls" \
            or inner.value == "contested":
        return []
    verdict = JUDGED_FALSE.match(sentence, frame.content_end)
    if verdict is None or opposite(inner.value) is None:
        return []
    if any(other.frame.speaker_start >= verdict.start() for other in frames):
        return []   # "X's claim ... is not true, the grouping said: ...": the grouping's verdict
    return [Draft(outlet, inner.place, inner.predicate, opposite(inner.value), tuple(hedges_in(verdict.group(0))),
                  _asserted_at(sentence, None, frames, published_at), None)]


def _innermost(frames: Sequence[Attributed], hit: Hit) -> int | None:
    if hit.rule == "claim-place":
        # the trigger is the frame's own verb: its speaker is the claimant
        own = [i for i, item in enumerate(frames) if item.frame.speaker_end <= hit.start <= item.frame.content_start
               and not item.frame.post]
        if own:
            return own[-1]
    best = None
    for index, item in enumerate(frames):
        frame = item.frame
        # "Russia claims capture of X, Kyiv says fighting continues [in X]": a trigger opening inside a nested
        # frame is that frame's, even when the headline's elided place restored after it runs past its end
        if frame.covers(hit.start, hit.end) or (frame.parent is not None and
                                                frame.content_start <= hit.start < frame.content_end):
            if best is None or frame.content_end - frame.content_start < \
                    frames[best].frame.content_end - frames[best].frame.content_start:
                best = index
    return best


def _draft(hit: Hit, sentence: str, index: int | None, speaker: SpeakerInfo,
           frames: Sequence[Attributed], published_at: datetime, scope_start: int) -> Draft | None:
    frame = frames[index].frame if index is not None else None
    # a monitor scored as neutral may still write from one side's trench (speakers.csv's reads_as)
    reading = speaker.reading_side or SpeakerResolver.default().reads_as(speaker.speaker_id)
    if hit.value_rule == "other" and hit.predicate == "controls" and speaker.phrase is not None \
            and speaker.side is None and hit.actor and _FIRST_PERSON.match(hit.actor.strip()):
        # "We left Ugledar," a soldier said: "we" leave only their own side's place. A speaker of no known side
        # is read from the sentence's spelling ("Ugledar"), which is the outlet's transliteration, not the
        # soldier's side; only the other side's official wording ("the Kyiv regime") marks a Russian voice
        reading = "Russia" if russian_voice(sentence) else "Ukraine"
    denial = frame is not None and frame.kind == "deny"
    # a speaker's bare "units" are its own when they act, not when they are encircled or lose men
    own = hit.predicate in ("controls", "attacked")
    side = actor_side(hit.actor, reading, reading, own) if hit.actor else None
    # nobody denies or concedes a gain of their own side: a denied or conceded ("Kyiv
    # admitted X had been taken") gain with no taker named is the other side's
    conceded = frame is not None and _CONCEDE_VERB.match(frame.verb) is not None
    if side is None and hit.fallback == "liberator":
        # "X has been liberated" names no liberator: each side liberates only for itself,
        # and without a sided speaker English-language reporting means a Ukrainian recapture
        own = reading or ("Russia" if russian_voice(sentence) else "Ukraine")
        side = opposite(own) if denial or conceded else own
    elif side is None and hit.fallback in ("Russia", "Ukraine"):
        side = hit.fallback     # a fixed side: the denial below negates it once
        if conceded and reading == side and hit.value_rule == "side":
            side = opposite(side)   # "X has fallen, a Russian war correspondent admitted": lost to the other side
    elif side is None and hit.fallback is not None and reading is not None:
        own = reading if hit.fallback == "speaker" else opposite(reading)
        # so is a negated one ("X has not been taken"); a denied loss stays the speaker's own
        against_own = denial or (hit.rule in _GAIN_RULES and (hit.negated or conceded))
        side = opposite(own) if against_own and hit.value_rule == "side" else own
    rule = hit.value_rule
    handover = _HANDOVER.match(sentence, hit.end, hit.end + 200) if rule == "other" and hit.rule == "withdraw" else None
    if handover and actor_side(handover.group("to"), reading, reading, False) in (None, side):
        rule = "side"   # a relief in place: the place stays with the side that handed it over
    value = _value(rule, side)
    if value is None:
        return None
    if "not " in sentence and _UNSAID_BEFORE.search(sentence, max(0, hit.start - 90), hit.start):
        return None
    negated = hit.negated ^ denial ^ _negating_hedge_before(sentence[scope_start:hit.start])
    if negated:
        if hit.predicate != "controls" or value == "contested":
            return None
        value = opposite(value)
    hedges = list(hedges_in(sentence[scope_start:hit.end]))
    if hit.modal_hedge and hit.modal_hedge not in hedges:
        hedges.append(hit.modal_hedge)
    if frame is not None:
        hedges = _frame_hedges(frame) + hedges
    return Draft(speaker, hit.place, hit.predicate, value, tuple(dict.fromkeys(hedges)),
                 _asserted_at(sentence, index, frames, published_at), _reported_via(index, frames),
                 hit.rule in _STATE_RULES and value != "contested",
                 hit.rule == "fighting",
                 hit.rule == "capture" and not negated and not sentence[hit.start:hit.end].endswith("ing"))


def _negating_hedge_before(before: str) -> bool:
    """An "unlikely that" in the clause before the hit (after the last "but", ";", "while")."""
    lowered = caseless(before)
    if lowered is not None and "unlikely" not in lowered:
        return False    # the hedge needs the word: skip the clause split
    return negating_hedge_in(_BOUNDARY.split(before)[-1])


def _value(rule: str, side: str | None) -> str | None:
    if rule == "contested":
        return "contested"
    if side is None:
        return None
    return side if rule == "side" else opposite(side)


def _frame_hedges(frame: Frame) -> list[str]:
    if frame.kind == "assess" or _CLAIM_VERB.match(frame.verb) or _APPEARS_TO_VERB.match(frame.verb):
        return [frame.verb]
    if frame.kind == "claim":
        return [frame.verb]
    return []


def _asserted_at(sentence: str, index: int | None, frames: Sequence[Attributed],
                 published_at: datetime) -> datetime:
    while index is not None:
        frame = frames[index].frame
        region = sentence[frame.content_end:] if frame.post else sentence[:frame.content_start]
        moment = assertion_time(region, published_at)
        if moment != published_at:
            return moment
        index = frame.parent
    return published_at


def _reported_via(index: int | None, frames: Sequence[Attributed]) -> str | None:
    if index is None:
        return None
    parent = frames[index].frame.parent
    while parent is not None and not frames[parent].frame.relay:
        parent = frames[parent].frame.parent
    if parent is None:
        return None
    outer = frames[parent].speaker
    return outer.phrase or outer.name


def _outer_claims(hit: Hit, sentence: str, index: int, inner: Draft, frames: Sequence[Attributed],
                  published_at: datetime) -> list[Draft]:
    parent = frames[index].frame.parent
    if parent is None:
        return []
    outer = frames[parent].frame
    kind = outer.kind
    if kind == "say" and FALSE_CLAIM.search(sentence, frames[index].frame.content_end, outer.content_end):
        kind = "deny"
    if kind not in ("deny", "confirm") or _NON_COMMITTAL.search(sentence, frames[parent].frame.speaker_start):
        return []
    value = inner.value
    if kind == "deny":
        if inner.predicate != "controls" or value == "contested":
            return []
        value = "contested" if _STILL_FOUGHT.search(sentence, hit.end) else opposite(value) or value
    hedges = _frame_hedges(outer) + hedges_in(sentence[outer.content_start:frames[index].frame.speaker_start])
    return [Draft(frames[parent].speaker, inner.place, inner.predicate, value, tuple(dict.fromkeys(hedges)),
                  _asserted_at(sentence, parent, frames, published_at), _reported_via(parent, frames))]


def _settle(drafts: list[Draft]) -> list[Draft]:
    """One claim per speaker, place and predicate; for control, partial wins, then the latest."""
    chosen: dict[tuple, Draft] = {}
    for draft in drafts:
        where = place_key(draft.place)
        # "a prominent milblogger said C1, while other milbloggers claimed C2": one resolved speaker
        # (a collective) standing for two voices of the sentence, each with its own claim
        speaker_key = ((draft.speaker.speaker_id or draft.speaker.name).lower(), (draft.speaker.phrase or "").lower())
        if draft.predicate == "controls":
            key = (speaker_key, where, draft.predicate)
            previous = chosen.get(key)
            # a part held wins over a full claim, but not over a later statement of the present
            # state ("Russian troops entered X, but the city remains under Ukrainian control")
            if previous is not None and previous.value == "contested" and draft.value != "contested" \
                    and not draft.state and not (draft.completion and previous.entry):
                continue
        else:
            key = (speaker_key, where, draft.predicate, draft.value)
        chosen.pop(key, None)
        chosen[key] = draft
    return list(chosen.values())


def place_key(ref: PlaceRef | None) -> str:
    """What identifies a claim's place: the gazetteer id, or the words as written when unknown."""
    if ref is None:
        return ""
    if ref.place is not None:
        return ref.place.place_id
    return ref.as_written.lower()
