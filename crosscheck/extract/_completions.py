"""A sentence's drafts read again with what its words leave out restored: the place a headline or a
second voice elides, the source or object a topic supplies (see _topic and _second_voice).

Each completion gives the sentence a new text and place refs; ``redraft`` reads that text as the sentence
(at its end, or with the words inserted at an offset inside it) and gives its drafts.
"""

from __future__ import annotations

from collections.abc import Callable

from ._claims import Draft
from ._places import PlaceRef
from ._second_voice import with_second_voice_place
from ._sentence_drafts import Sentence
from ._sentences import without_fragment_quotes
from ._topic import ArticleTopic, with_elided_object, with_elided_place, with_elided_source, with_topic_object

Redraft = Callable[[tuple[str, list[PlaceRef]], "int | None"], list[Draft]]


def completed_drafts(sentence: Sentence, refs: list[PlaceRef], drafts: list[Draft], topic: ArticleTopic,
                     redraft: Redraft) -> list[Draft]:
    """``drafts`` of ``sentence``, or those of the sentence completed where a completion applies."""
    # the completions read a quoted fragment as part of its clause ("hails its 'liberation'")
    plain = without_fragment_quotes(sentence.text)
    completed = with_elided_place(plain, refs) if sentence.headline and drafts else None
    source = None if drafts or sentence.headline else with_elided_source(plain, refs, topic)
    if source is not None:
        drafts = redraft(source, None)
    elided = None if drafts or source is not None else with_elided_object(plain, refs, topic)
    if elided is not None:
        drafts = redraft(elided[:2], elided[2])
    topical = with_topic_object(plain, refs) if sentence.headline and not any(
        d.predicate == "controls" for d in drafts) else None
    if topical is not None:
        drafts = redraft(topical, None)
    if completed is not None and _claims_every_added(drafts, completed[1][len(refs):]):
        drafts = redraft(completed, None)
    if drafts and not sentence.headline and len(sentence.frames) > 1:
        second = with_second_voice_place(plain, sentence.frames, refs, [
            d.place for d in drafts if d.predicate == "controls" and d.place is not None])
        if second is not None:
            drafts = redraft(second[:2], second[2])
    return drafts


def _claims_every_added(drafts: list[Draft], added: list[PlaceRef]) -> bool:
    """Whether the headline's control claims are about every place a completion added."""
    claimed = {d.place.place.place_id for d in drafts
               if d.predicate == "controls" and d.place is not None and d.place.place is not None}
    return all(ref.place is not None and ref.place.place_id in claimed for ref in added)
