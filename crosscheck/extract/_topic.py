"""The place a whole article is about, as the antecedent of "the town" paragraphs after it was named.

Reporters name the topic place in the headline and lead, then call it "the city" or "the town"
for the rest of the story, often in a paragraph that names no place at all ("Moscow insisted the
city was entirely in Russian hands"). Sentence-level coreference (_coreference.find_antecedent) looks
only at the sentence and the one before; this module supplies the article-level fallback:

- the topic is the place of the headline's first control claim, else of the lead's (the first
  paragraphs of the body);
- a kind-compatible definite description ("the town" for a town or city, never "the city" for a
  village) with no antecedent of its own points to the topic, but only while the topic is still the
  latest compatible place named: any other compatible place named since (a second town, a capital
  mentioned in passing) makes the description ambiguous, and it then stays unresolved.

A capital standing for its state ("since Kyiv's forces seized it") is an actor, never a place a
later "it" or "the city" points back to.

Paragraphs the trigger scan skips are not analysed; their place names are read only when a
fallback is asked for, so an article that never needs one pays nothing for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence, TypeVar

from crosscheck.resolve import Gazetteer

from ._frames import Frame
from ._places import NOUN_KINDS, PlaceRef, mentions_to_refs
from ._second_voice import ELIDED_LOCATIVE, SOURCE_HINTS, elided_source

T = TypeVar("T")

# body paragraphs whose control claims may set the topic when the headline has none: a
# datelined briefing often opens on a paragraph that only introduces the summary
_LEAD_PARAGRAPHS = 2


@dataclass(slots=True)
class ArticleTopic:
    """The article's topic place and the places named since, in reading order."""

    place: PlaceRef | None = None
    settled: bool = False           # the headline or the lead has spoken: the topic no longer changes
    latest: list[PlaceRef] = field(default_factory=list)    # places named, latest last (kept short)
    skipped: list[str] = field(default_factory=list)        # unanalysed paragraphs since the last observe

    def learn(self, claimed: Iterable[PlaceRef], named: Iterable[PlaceRef], *, headline: bool,
              paragraph: int) -> None:
        """Settle the topic on a headline's or lead's control-claim place (the first settlement).

        A headline with no claim that names a single settlement ("Zelensky's Bakhmut remarks sow
        confusion") proposes it; the lead confirms it by naming it again.
        """
        if self.settled:
            return
        if not (headline or paragraph < _LEAD_PARAGRAPHS):
            self.settled, self.place = True, None     # a proposal the lead never confirmed
            return
        for ref in claimed:
            if ref.place is not None and ref.is_settlement():
                self.place, self.settled = ref, True
                return
        settlements = {r.place.place_id: r for r in named if r.place is not None and r.is_settlement()
                       and not r.landmark}
        if headline and self.place is None and len(settlements) == 1:
            self.place = next(iter(settlements.values()))
        elif not headline and self.place is not None and self.place.place.place_id in settlements:
            self.settled = True

    def skip(self, paragraph: str, index: int) -> None:
        """A paragraph the trigger scan skipped: its places are read if a fallback is asked for."""
        if self.place is None:
            return
        if not self.settled and index < _LEAD_PARAGRAPHS and self.place.as_written in paragraph:
            self.settled = True     # the lead names the headline's place again
        self.skipped.append(paragraph)

    def observe(self, refs: Iterable[PlaceRef]) -> None:
        """Places named (or resolved) in a sentence just read, in order."""
        self.skipped.clear()
        self.latest.extend(refs)
        if len(self.latest) > 16:
            del self.latest[:-8]

    def antecedent(self, noun: str, before: Iterable[PlaceRef] = ()) -> PlaceRef | None:
        """The topic, when "the <noun>" can only mean it; ``before`` are the sentence's places so far."""
        topic = self.place
        if topic is None or not self.settled:
            return None
        kinds = NOUN_KINDS.get(noun, ("city", "town", "village"))
        if topic.kind not in kinds:
            return None
        self._read_skipped()
        for ref in reversed([*self.latest, *before]):
            # a landmark ("pushing on towards Novoprokopivka") is a direction, not a rival topic
            if ref.place is None or ref.kind not in kinds or ref.landmark:
                continue
            return topic if ref.place.place_id == topic.place.place_id else None
        return None

    def last_settlement(self) -> PlaceRef | None:
        """The settlement named last so far (a direction too: "fought for weeks around Andriivka")."""
        self._read_skipped()
        return next((r for r in reversed(self.latest) if r.place is not None and r.is_settlement()), None)

    def _read_skipped(self) -> None:
        if not self.skipped:
            return
        gazetteer = Gazetteer.default()
        for paragraph in self.skipped:
            mentions = gazetteer.find_mentions(paragraph, ())
            self.latest.extend(mentions_to_refs(mentions, 0, len(paragraph), paragraph))
        self.skipped.clear()


# the capitals that stand for their states: "since Kyiv's forces seized it" names an actor, not a place
_CAPITALS = frozenset({"Kyiv", "Moscow"})
_ACTOR_POSSESSIVE = re.compile(r"['\u2019]s\s+(?:own\s+)?(?:forces|troops|army|military|units|soldiers|fighters|"
                               r"men|counteroffensive|counter-offensive|offensive|incursion|push|assault)\b")


def capital_speaks(ref: PlaceRef) -> bool:
    """"Kyiv: troops still hold Myrnohrad": a capital heading a headline is its government speaking,
    not the place the headline is about."""
    return ref.place is not None and ref.place.name in _CAPITALS and not ref.coref


# "so is Kyiv when it suggests little has changed", "Moscow insists it ...": the capital as the subject of a
# government's verb (of saying, judging or wanting; not "Kyiv was shelled") or of a clause about what "it" does
_ACTOR_VERB = re.compile(r"\s+(?:(?:when|as|if|because|while|until|after|before)\s+it\s+|now\s+|also\s+|still\s+)?"
                         r"(?:says|said|insists?|insisted|claims|suggests?|suggested|denies|denied|admits|"
                         r"admitted|concedes|conceded|vows|vowed|wants|wanted|hopes|hoped|argues|argued|accuses|"
                         r"accused|refuses|refused|rejects|rejected|dismisses|dismissed|disputes|disputed|"
                         r"acknowledges|acknowledged|maintains|maintained)\b")


def capital_as_actor(sentence: str, ref: PlaceRef) -> bool:
    """"Kyiv's forces", "Moscow's offensive", "Kyiv when it suggests", "Moscow insists": the capital is the
    state acting, never the place acted on."""
    return (ref.place is not None and ref.place.name in _CAPITALS and not ref.coref
            and (_ACTOR_POSSESSIVE.match(sentence, ref.end) is not None
                 or _ACTOR_VERB.match(sentence, ref.end) is not None))


_MOST_ELIDED = 3     # "captured Pokrovsk, Vovchansk and Kupiansk; Kyiv says fighting goes on": a short list


def with_elided_place(text: str, refs: Sequence[PlaceRef]) -> tuple[str, list[PlaceRef]] | None:
    """A headline ending on a locative-less clause, completed with the settlements it names.

    "Russia says it has captured Soledar; Ukraine says fighting goes on" is read as if it ended
    "... goes on in Soledar", and "... captured Pokrovsk and Vovchansk; Kyiv says battles go on" as
    "... go on in Pokrovsk and Vovchansk" (the reader keeps the completion only when every place
    added is one the headline's claim is about). The added words lie past the headline's end, so
    every other offset stays as it was.
    """
    if "fight" not in text and "battl" not in text and "clash" not in text and "combat" not in text:
        return None
    found = ELIDED_LOCATIVE.search(text)
    if found is None:
        return None
    named = {ref.place.place_id: ref for ref in refs if ref.place is not None and ref.is_settlement()
             and not ref.landmark and ref.end <= found.start()}
    if not 1 <= len(named) <= _MOST_ELIDED:
        return None
    body = text[:found.end()].rstrip(" .!")
    completed, added = body + " in ", []
    for number, ref in enumerate(named.values()):
        if number:
            completed += " and " if number == len(named) - 1 else ", "
        added.append(PlaceRef(len(completed), len(completed) + len(ref.as_written), ref.as_written, ref.place,
                              coref=True))
        completed += ref.as_written
    return completed + text[len(body):], [*refs, *added]


def with_elided_source(text: str, refs: Sequence[PlaceRef], topic: ArticleTopic) -> tuple[str, list[PlaceRef]] | None:
    """A sentence ending on a retreat with no place, completed with the article's topic place.

    "Ukrainian officials confirmed that their troops had withdrawn" in a story about Toretsk is
    read as "... had withdrawn from Toretsk", but only when the sentence names no place and the
    topic is still the latest settlement named (see ``ArticleTopic.antecedent``). The words go
    right after the verb; only a time adjunct follows them, so no speaker or frame start moves.
    """
    if refs or topic.place is None:
        return None
    lowered = text.lower()
    if not any(hint in lowered for hint in SOURCE_HINTS):
        return None
    found = elided_source(text, 0)
    if found is None:
        return None
    place = topic.antecedent("settlement")
    if place is None:
        return None
    at, preposition = found
    added_text = " " + preposition + " " + place.as_written
    added = PlaceRef(at + len(preposition) + 2, at + len(added_text), place.as_written, place.place, coref=True)
    return text[:at] + added_text + text[at:], [added]


# "Khortytsia group rejects Moscow's claim that X has fallen, says fighting goes on": a second
# reporting verb sharing the headline's subject starts a statement of its own
_COORDINATED_SAY = re.compile(r"(?:,|;|\band)\s+(?:says|said|adds|insists|reports|stresses)\s+(?:that\s+)?")


def split_coordinated_say(text: str, frames: list[Frame], speakers: list[T]) -> tuple[list[Frame], list[T]]:
    """Headline frames with a top-level denial or claim cut at a coordinated ", says", whose
    content becomes a plain statement by the same speaker.

    A ", says fighting continues" read as a trailing attribution (its "speaker" inside the
    statement) is dropped; frames it held take the denial as their parent.
    """
    for index, frame in enumerate(frames):
        if frame.parent is not None or frame.kind == "say" or frame.post:
            continue
        found = _COORDINATED_SAY.search(text, frame.content_start)
        if found is None or found.end() >= len(text.rstrip(" .!")):
            continue
        bogus = {i for i, f in enumerate(frames) if f.post and f.speaker_start >= found.start()}
        kept = [i for i in range(len(frames)) if i not in bogus]
        new_index = {old: new for new, old in enumerate(kept)}
        out: list[Frame] = []
        for old in kept:
            f = frames[old]
            parent = index if f.parent in bogus else f.parent
            f = replace(f, parent=None if parent is None else new_index[parent],
                        content_end=min(f.content_end, found.start()) if old == index or parent == index
                        else f.content_end)
            out.append(f)
        said = replace(frame, verb=found.group(0).strip(" ,;"), kind="say", content_start=found.end(),
                       content_end=len(text), parent=None)
        return [*out, said], [*(speakers[i] for i in kept), speakers[index]]
    return frames, speakers


# "Kyiv announced its recapture on Friday" / "who had announced the capture a day earlier" /
# "Military analysts said the loss was not unexpected": a capture noun whose place is left implicit
_ELIDED_OBJECT = re.compile(
    r"\b(?P<det>its|the)\s+(?:(?:full|complete|final|eventual|rapid|swift|reported|claimed)\s+)?"
    r"(?P<noun>capture|recapture|liberation|seizure|fall|takeover|surrender)\b(?P<quote>['\u2019\"\u201d]?)"
    r"(?!\s*(?:of|by|in|at|on|to|and)\b)", re.IGNORECASE)
# "the capture" is the place's only after a verb of reporting it or a time word ("since the fall");
# "in the fall" is a season
_THE_AFTER = re.compile(r"\b(?:announced|announces|announcing|confirmed|confirms|claimed|claims|reported|reports|"
                        r"denied|denies|acknowledged|acknowledges|hailed|hails|celebrated|welcomed|admitted|conceded|"
                        r"said|says|after|since|following|before|despite)\s+$", re.IGNORECASE)
_OBJECT_HINTS = ("capture", "liberation", "seizure", "fall", "takeover", "surrender")


def with_elided_object(text: str, refs: Sequence[PlaceRef], topic: ArticleTopic) -> tuple[str, list[PlaceRef], int] | None:
    """A capture noun with no place, completed with the place it means: "its recapture" with the
    settlement named last before it, "the capture" with the article's topic (see ``antecedent``).

    Returns the completed text, its places and where " of <place>" was inserted; text after that
    point moves by the inserted length.
    """
    lowered = text.lower()
    if not any(hint in lowered for hint in _OBJECT_HINTS):
        return None
    for found in _ELIDED_OBJECT.finditer(text):
        if found.group("det").lower() == "its":
            before = [r for r in refs if r.end <= found.start() and r.place is not None and r.is_settlement()]
            place = before[-1] if before else topic.last_settlement()
        elif refs or _THE_AFTER.search(text, 0, found.start()) is None:
            continue
        else:
            place = topic.antecedent("settlement")
        if place is None:
            continue
        at = found.end()
        added = " of " + place.as_written
        ref = PlaceRef(at + 4, at + len(added), place.as_written, place.place, coref=True)
        shifted = [replace(r, start=r.start + len(added), end=r.end + len(added)) if r.start >= at else r
                   for r in refs]
        return text[:at] + added + text[at:], sorted([*shifted, ref], key=lambda r: r.start), at
    return None


# "It is now under Ukrainian control." / "But it was retaken in May": "it" as the subject of a
# statement about the place itself; never the expletive "it is unclear whether", "it was not possible to"
_SUBJECT_IT = re.compile(r"(?:^|[;,]\s*(?:but|and)\s+|^(?:but|and|now|today|since\s+then),?\s+)(?P<it>[Ii]t)\s+"
                         r"(?:is|was|has\s+been|had\s+been|remains|remained|fell|is\s+now|was\s+now|has\s+now\s+been|"
                         r"has\s+since\s+been|had\s+since\s+been)\b(?!\s+(?:\w+\s+){0,3}?(?:that|whether|to|if|unclear|"
                         r"possible|impossible|likely|unlikely|believed|thought|understood|expected|said|reported|claimed|"
                         r"clear|too|not\s+clear)\b)", re.IGNORECASE)


def with_subject_it(text: str, refs: list[PlaceRef], previous_objects: Sequence[PlaceRef],
                    topic: ArticleTopic) -> list[PlaceRef]:
    """``refs`` plus the place a subject "It" stands for: the last claim object of the sentence
    before, else the article's topic while it is the latest place named (see ``antecedent``)."""
    lowered = text.lower()
    if not (lowered.startswith("it ") or " it " in lowered):
        return refs
    found = _SUBJECT_IT.search(text)
    if found is None or any(r.start < found.start("it") for r in refs):
        return refs
    settlements = [r for r in previous_objects if r.place is not None and r.is_settlement()]
    place = settlements[-1] if settlements else topic.antecedent("settlement")
    if place is None:
        return refs
    ref = PlaceRef(found.start("it"), found.end("it"), found.group("it"), place.place, coref=True)
    return sorted([*refs, ref], key=lambda r: r.start)


# "Soledar: Wagner claims full control" / "Bakhmut: Russia announces capture": a headline naming its
# place before the colon and leaving it out of the noun that ends the statement after it
_TOPIC_HEAD = re.compile(r"^(?P<place>[^:;,]{2,40}):\s+(?=\S)")
# the noun is the object of a claim or of a completed act ("claims full control", "completes capture"),
# never of an attempt ("fails to take control", "aims at capture")
_ELIDED_NOUN_OBJECT = re.compile(r"\b(?:claims?|claimed|announce[sd]?|confirm(?:s|ed)?|admit(?:s|ted)?|concede[sd]?|"
                                 r"den(?:ies|ied|y)|reports?|reported|hails?|hailed|celebrates?|celebrated|complete[sd]?|"
                                 r"declare[sd]?|takes|took|seize[sd]|regain(?:s|ed)|retakes|retook|establish(?:es|ed)|"
                                 r"has|have|had)\s+(?:(?:its|their|the)\s+)?(?:(?:full|complete|total|effective)\s+)?"
                                 r"(?P<noun>control|capture|recapture|liberation|seizure|fall|loss|surrender)\s*[.!]?\s*$",
                                 re.IGNORECASE)
_NOUN_OBJECT_HINTS = ("control", "capture", "liberation", "seizure", "fall", "loss", "surrender")


def with_topic_object(text: str, refs: Sequence[PlaceRef]) -> tuple[str, list[PlaceRef]] | None:
    """A "Place: ..." headline whose statement ends on such a noun, read as "... of Place"."""
    if ":" not in text or not any(hint in text for hint in _NOUN_OBJECT_HINTS):
        return None
    head = _TOPIC_HEAD.match(text)
    found = _ELIDED_NOUN_OBJECT.search(text) if head is not None else None
    if found is None or found.start() <= head.end():
        return None
    named = [ref for ref in refs if ref.place is not None and ref.is_settlement() and not ref.landmark]
    if len(named) != 1 or not (named[0].start >= head.start("place") and named[0].end <= head.end("place")):
        return None
    ref = named[0]
    body = text[:found.end()].rstrip(" .!")
    completed = body + " of " + ref.as_written
    added = PlaceRef(len(body) + 4, len(completed), ref.as_written, ref.place, coref=True)
    return completed + text[len(body):], [*refs, added]
