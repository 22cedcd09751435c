"""Who speaks the unattributed sentences of an article paragraph: the outlet, or someone it hands over to.

Two hand-overs are read:

- a briefing: an opening paragraph says a body issued a summary ("The Russian Ministry of Defence
  has published its daily summary") or that its document follows ("The UK Ministry of Defence
  published the following intelligence update": any named body, a foreign ministry or an analyst
  too, since the outlet says the words after are that body's); the paragraphs after it are the body's words until one names
  another speaker, and they are again once a later paragraph is the body's own ("..., the
  ministry added") with nothing but unattributed paragraphs between, or a run of the summary's
  items starts again ("Units of the Centre group ...", "Units of the Zapad group ..."). An opening
  that only reports what the body "said in its morning report" gives it the paragraphs that read
  as the report's items ("In the Toretsk direction, ..."), not the outlet's own background between them;
- an introduction: a paragraph that ends on a speaker and a colon ("Syrskyi wrote on Telegram:")
  gives that speaker the next paragraph, quoted or not;
- a continuation: an unattributed sentence right after a body's report in the same paragraph
  goes on with it when it reads as more of that report ("Units also liberated X.", "In the Kupiansk
  direction, ..."), not as the outlet's background ("The town had 10,000 residents.").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ._briefings import briefing_body, summary_item
from ._speaker_kinds import phrase_kind
from ._speakers import SpeakerInfo, clean_speaker_phrase, lookup


@dataclass(slots=True)
class ParagraphVoice:
    """The hand-over state of one field's reader, advanced paragraph by paragraph."""

    # (paragraph index, body) -> whether the paragraph names a speaker other than the body
    names_other: Callable[[int, SpeakerInfo], bool]
    # paragraph index -> whether the paragraph names any speaker at all
    names_any: Callable[[int], bool]
    paragraphs: int
    # paragraph index -> whether it opens as a summary item ("Units of the Centre group ...")
    item_at: Callable[[int], bool] = lambda index: False
    briefing: SpeakerInfo | None = None
    interrupted: SpeakerInfo | None = None      # a briefing another speaker cut in on
    resumes: dict[int, bool] = field(default_factory=dict)  # paragraph -> whether the briefing goes on there
    introduced: SpeakerInfo | None = None       # the speaker a colon handed this paragraph to
    _pending: SpeakerInfo | None = None         # the speaker a colon hands the next paragraph to
    whole: bool = True          # the briefing is the whole text, not only its summary items
    _item: bool = False         # the current paragraph opens as a summary item
    # the briefing this paragraph's other speaker cut in on, when it opens as a summary item: its
    # opening items before that speaker are still the briefing's ("In the Toretsk direction, 11
    # clashes took place. ..., Trehubov told Suspilne.")
    cut_here: SpeakerInfo | None = None

    def enter(self, index: int, paragraph: str, body_text: bool) -> SpeakerInfo | None:
        """Move to paragraph ``index``; returns the briefing body an opening paragraph names, if any."""
        self.introduced, self._pending = self._pending, None
        self._item = summary_item(paragraph)
        self.cut_here = None
        if index == 0 and body_text:
            found = briefing_body(paragraph) or following_document(paragraph)
            self.briefing, self.whole = found if found is not None else (None, True)
            return self.briefing
        if self.briefing is not None and self.names_other(index, self.briefing):
            self.briefing, self.interrupted = None, self.briefing
            self.cut_here = self.interrupted if self._item else None
        elif self.interrupted is not None and (self._item_run(index) or self._resumes(index, self.interrupted)):
            self.briefing, self.interrupted = self.interrupted, None
        return None

    def introduce(self, speaker: SpeakerInfo) -> None:
        """The paragraph just read ends on ``speaker`` and a colon: the next one is theirs."""
        self._pending = speaker

    def speaker(self, outlet: SpeakerInfo) -> SpeakerInfo:
        """The speaker of the current paragraph's unattributed claims."""
        if self.introduced is not None:
            return self.introduced
        return self.briefing if self.briefing is not None and (self.whole or self._item) else outlet

    def _item_run(self, index: int) -> bool:
        """Whether paragraph ``index`` opens a run of summary items ("Units of the Centre group ...",
        then "Units of the Zapad group ..."): the whole-text summary going on after the interruption."""
        return self.whole and self._item and index + 1 < self.paragraphs and self.item_at(index + 1)

    def _resumes(self, index: int, body: SpeakerInfo) -> bool:
        """Whether an interrupted briefing goes on at paragraph ``index``: it names no speaker, and
        the next paragraph that names one is the body's own ("..., the ministry added")."""
        if index in self.resumes:
            return self.resumes[index]
        answer, silent = False, []
        for later in range(index, self.paragraphs):
            if not self.names_any(later):
                silent.append(later)
                continue
            answer = not self.names_other(later, body)
            break
        self.resumes.update(dict.fromkeys(silent, answer))     # each silent paragraph is scanned once
        return answer


# "... also liberated Pobeda": a further act in the same report (a past act, not a standing state,
# which is the outlet's background more often than the body's words)
_ALSO_ACTED = re.compile(r"^(?:(?:In\s+addition|Besides|Separately|Also),\s+)?(?:[\w'\u2019-]+\s+){1,8}?also\s+"
                         r"(?:have\s+|has\s+)?(?:liberated|took|taken|captured|seized|repelled|repulsed|entered|advanced|"
                         r"destroyed|improved|pushed|hit|struck|cleared|recaptured|retook|retaken|regained|"
                         r"reached|broke|crossed|occupied|freed)\b")


def continues_report(sentence: str) -> bool:
    """Whether an unattributed sentence reads as more of the report just before it."""
    return ("also" in sentence and _ALSO_ACTED.match(sentence) is not None) or summary_item(sentence)


# "The UK Ministry of Defence published the following intelligence update on ...": the text after the
# opening paragraph is the named body's document, reprinted
_FOLLOWING_DOCUMENT = re.compile(r"(?:^|[.!?]\s+)(?P<np>(?:the\s+)?[A-Z][^.;:!?,\"\u201c\u201d]{2,80}?)\s+(?:has\s+|have\s+)?"
                                 r"(?:issued|published|released|circulated|distributed|put\s+out|posted)\s+the\s+"
                                 r"following\b")


def following_document(paragraph: str) -> tuple[SpeakerInfo, bool] | None:
    """The known body an opening paragraph says published "the following" document, with True: the
    whole text after it is that document."""
    if "following" not in paragraph or len(paragraph) > 300:
        return None
    found = _FOLLOWING_DOCUMENT.search(paragraph)
    if found is None:
        return None
    phrase = clean_speaker_phrase(found.group("np"))
    info = lookup(phrase)
    # a named body, never a person's words or an unknown phrase ("Reporters published the following")
    if info.speaker_id is None or phrase_kind(phrase) not in ("body", None):
        return None
    return info, True
