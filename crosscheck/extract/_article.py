"""Extract the claims of one article: cheap trigger scan, then paragraph-by-paragraph analysis.

Only paragraphs containing a trigger stem are segmented and analysed; the paragraph
before one is read only when a "he said" at its start needs an antecedent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from crosscheck.resolve import Gazetteer, Place

from ._attribution import Frame, find_frames
from ._frames import in_a_speaker, shifted_frames
from ._claim_owners import owned_claims
from ._claim_record import claim_record
from ._claims import Draft
from ._discourse import SpeakerTracker, with_headline_speakers
from ._headline_case import as_written, sentence_cased
from ._headline_shapes import with_headline_shapes
from ._judged_before import denials_taken_back, judged_before
from ._speaker_intros import introduced_person, role_appositives, role_text
from ._lexicon import has_trigger, word_runs
from ._paragraph_voice import ParagraphVoice, continues_report, summary_item
from ._place_context import PlaceContext
from ._coreference import Salience, add_coreferences, names_a_formation
from ._places import PlaceRef, mentions_to_refs
from ._plural_antecedents import PLURAL_REACH, claimed_settlements, with_plural_antecedents
from ._rule_index import stems_in
from ._quote_speakers import continued_quote, quote_speakers
from ._sentences import quote_regions, reads_as_headline, split_paragraph, split_paragraphs
from ._topic import ArticleTopic, capital_as_actor, split_coordinated_say, with_subject_it
from ._completions import completed_drafts
from ._sentence_drafts import Sentence, headline_side, sentence_drafts
from ._speaker_kinds import speaker_kind
from ._speakers import (SpeakerInfo, lookup, media_voice, outlet_info, resolve_in_context, self_reference,
                        with_inferred_side)
from ._types import ExtractedClaim
from ._desk_labels import without_slugs


def extract_claims(text: str, *, outlet: str, published_at: datetime,
                   title: str | None = None) -> list[ExtractedClaim]:
    """All attributed claims in an article's title and text.

    Args:
        text: the article body; paragraphs are separated by blank lines.
        outlet: the publishing outlet, the speaker of unattributed claims.
        published_at: publication time; claims are never dated after it.
        title: the headline, analysed as its own field ("title").

    Returns:
        Claims in reading order, title first.
    """
    claims: list[ExtractedClaim] = []
    text, title = without_slugs(text), without_slugs(title) if title else title
    context = PlaceContext()
    speaker = outlet_info(outlet)
    if speaker.reading_side is None:
        # an unknown outlet writing in one side's official wording reads "the enemy" and "liberated" as that side
        voice = media_voice(f"{title}\n\n{text}" if title else text)
        speaker = replace(speaker, reading_side=voice) if voice is not None else speaker
    sides: list[str] = []
    carried = [Salience.empty()]
    tracker = SpeakerTracker()
    topic = ArticleTopic()
    frames: dict[tuple[str, bool], list[Frame]] = {}
    readers: list[_FieldReader] = []

    def reader(name: str, field: str, is_title: bool, **rest) -> _FieldReader:
        readers.append(_FieldReader(name, field, speaker, published_at, context, is_title, sides, carried,
                                    tracker, topic, frames=frames, **rest))
        return readers[-1]

    analysed = sentence_cased(title) if title else title
    if analysed:
        claims.extend(reader("title", analysed, True).read())
    body = reader("text", text, False).read()
    if analysed and any(c.speaker_phrase is not None and c.speaker_id is None and tracker.named_later(c.speaker_phrase)
                        for c in claims):
        # "Novgorodskoye liberated, Defence Ministry says": the bare body is the text's fuller one,
        # whose side decides what the headline's "liberated" or "troops" mean; read it again knowing that
        claims = reader("title", analysed, True, later=tracker.named_later).read()
    claims = as_written(claims, analysed, title) if title and analysed else claims
    claims.extend(body)
    claims = with_headline_speakers(claims, tracker) if title else claims
    claims = with_headline_shapes(claims, title, text, speaker, published_at)
    # the readers, their voices and the tracker point at one another: untied, the article's objects
    # are freed here by reference counting instead of piling up for the cyclic garbage collector
    tracker.fillers.clear()
    for done in readers:
        done.voice = None
    return claims


class _FieldReader:
    def __init__(self, name: str, text: str, outlet: SpeakerInfo, published_at: datetime,
                 context: PlaceContext, is_title: bool, sides: list[str], carried: list[Salience],
                 tracker: SpeakerTracker, topic: ArticleTopic,
                 later: Callable[[str], SpeakerInfo | None] | None = None,
                 frames: dict[tuple[str, bool], list[Frame]] | None = None) -> None:
        self.name = name
        # the frames of each sentence read so far in the article: a sentence read again (the headline
        # re-read, a paragraph looked ahead into for a quote's speaker or a briefing) is not re-analysed
        self.frames = {} if frames is None else frames
        self.later = later      # a headline's bare speaker -> the text's fuller one (a second reading)
        self.text = text
        self.outlet = outlet
        self.published_at = published_at
        self.context = context
        self.is_title = is_title
        self.sides = sides      # reading sides of the article's named speakers so far, shared by title and text
        self.paragraphs = split_paragraphs(text)
        self.last_speaker: dict[int, SpeakerInfo | None] = {}
        # places of a headline just read, for its lead ("Bakhmut fully taken" / "... denied the city
        # had fallen"); shared with the text when this is the title. Other paragraphs pass none on.
        self.carried = carried
        self.tracker = tracker
        self.topic = topic      # the article's topic place, "the city" of later paragraphs
        self.field_no = 0 if is_title else 1
        self.before: list[Draft] = []   # the control claims of the sentence just read, for one judging them
        # the settlements of the last claim naming several, and how many sentences ago: "both places" later
        self.last_claimed: tuple[list[Place], int] = ([], 0)
        tracker.texts[self.field_no] = text
        tracker.fillers.append(self._fill_speakers)
        self.current = 0
        self.filled_to = 0      # every paragraph before this one has its speakers read
        # who speaks the unattributed sentences: the outlet, a briefing body, a speaker a colon introduced
        self.voice = ParagraphVoice(self._names_other, self._names_any, len(self.paragraphs),
                                    lambda i: summary_item(self.text[slice(*self.paragraphs[i])]))

    def read(self) -> list[ExtractedClaim]:
        claims: list[ExtractedClaim] = []
        for index, (start, end) in enumerate(self.paragraphs):
            self.current = index
            paragraph = self.text[start:end]
            briefing = self.voice.enter(index, paragraph, not self.is_title)
            if briefing is not None:
                self.tracker.add(briefing, (self.field_no, start))     # a later "it said"
            runs = word_runs(paragraph.lower())    # shared by the trigger test and the rule stems
            if has_trigger(paragraph, runs):
                claims.extend(self._paragraph(index, start, end, runs))
            else:
                self.carried[0] = self._headline_places(index, paragraph)
                if self.is_title:
                    named = self.carried[0].previous_places
                    self.topic.learn((), named, headline=True, paragraph=index)
                    self.topic.observe(named)
                else:
                    self.topic.skip(paragraph, index)
            if paragraph.rstrip().endswith(":"):
                self._introduce(index, start, end)
        self.current = len(self.paragraphs)
        return claims

    def _introduce(self, index: int, start: int, end: int) -> None:
        """"Syrskyi wrote on Telegram:" closing paragraph ``index`` hands the next one to its speaker."""
        last = self._sentences(start, end)[-1]
        if not last.frames or last.frames[-1].content_start < len(last.text.rstrip()):
            return
        self.current = index + 1
        speaker = self._speaker_before(index + 1)
        if speaker is not None:
            self.voice.introduce(speaker)

    def _headline_places(self, index: int, paragraph: str) -> Salience:
        """"Pokrovsk: Russian troops in city centre" / "... are inside the city": a headline with
        no claim of its own still names the place its lead calls "the city"."""
        if not (self.is_title or index == 0) or not reads_as_headline(paragraph):
            return Salience.empty()
        mentions = Gazetteer.default().find_mentions(paragraph, tuple(self.context.places))
        frames = self._frames_of(paragraph, True)
        # "..., Kyiv concedes": a speaker is not the place the lead talks about
        refs = [r for r in mentions_to_refs(mentions, 0, len(paragraph), paragraph) if r.place is not None
                and not in_a_speaker(r.start, frames)]
        return Salience([], refs) if refs else Salience.empty()

    def _names_other(self, index: int, body: SpeakerInfo) -> bool:
        """Whether paragraph ``index`` names a speaker other than the briefing body."""
        start, end = self.paragraphs[index]
        for sentence in self._sentences(start, end):
            for frame in sentence.frames:
                found = self.tracker.resolve(frame.speaker, body, (self.field_no, sentence.start))
                if found is not body and resolve_in_context(frame.speaker, body) != body:
                    return True
        return False

    def _names_any(self, index: int) -> bool:
        return any(sentence.frames for sentence in self._sentences(*self.paragraphs[index]))

    def _fill_speakers(self) -> None:
        """Read the speakers of the paragraphs before the current one that were skipped."""
        # every tracker lookup calls this: start past the paragraphs already known to be read
        for index in range(self.filled_to, self.current):
            if index not in self.last_speaker:
                self.last_speaker[index] = None     # read once, even when a reference inside asks again
                start, end = self.paragraphs[index]
                previous: SpeakerInfo | None = None
                for sentence in self._sentences(start, end):
                    previous = self._resolve_frames(sentence, previous, None)
                self.last_speaker[index] = previous
        self.filled_to = max(self.filled_to, self.current)

    def _sentences(self, start: int, end: int) -> list[Sentence]:
        sentences = []
        for s_start, s_end in split_paragraph(self.text, start, end):
            sentence = self.text[s_start:s_end]
            headline = self.is_title or reads_as_headline(sentence)
            sentences.append(Sentence(s_start, s_end, sentence, headline, self._frames_of(sentence, headline)))
        return sentences

    def _frames_of(self, sentence: str, headline: bool) -> list[Frame]:
        """find_frames of ``sentence``, remembered for the article (a fresh list; frames are never changed)."""
        found = self.frames.get((sentence, headline))
        if found is None:
            found = self.frames[sentence, headline] = find_frames(sentence, headline)
        return list(found)

    def _speaker_before(self, index: int) -> SpeakerInfo | None:
        """The last speaker of the paragraph before ``index`` (read lazily if it was skipped)."""
        if index > 0 and index - 1 not in self.last_speaker:
            self._fill_speakers()
        return self.last_speaker[index - 1] if index > 0 else None

    def _introduced_before(self, index: int) -> SpeakerInfo | None:
        """A person the paragraph before ``index`` introduces without quoting ("X, the spokesman, ...")."""
        name = introduced_person(self.text[slice(*self.paragraphs[index - 1])]) if index > 0 else None
        return lookup(name) if name is not None else None

    def _quote_speaker_of(self, index: int) -> SpeakerInfo | None:
        """The speaker of the first quote of paragraph ``index`` (the rest of a quote running into it)."""
        start, end = self.paragraphs[index]
        sentences, previous = self._sentences(start, end), None
        for sentence in sentences:
            previous = self._resolve_frames(sentence, previous, None)
        regions = [(start + a, start + b) for a, b in quote_regions(self.text[start:end])]
        return next(iter(quote_speakers(self.text, regions[:1], sentences, lambda: None)), None)

    def _resolve_frames(self, sentence: Sentence, previous: SpeakerInfo | None,
                        paragraph: int | None) -> SpeakerInfo | None:
        sentence.speakers = []
        for frame in sentence.frames:
            position = (self.field_no, sentence.start + frame.speaker_start)
            referent = self.tracker.resolve(frame.speaker, previous, position)
            info = referent or self_reference(frame.speaker, self.outlet) or resolve_in_context(frame.speaker, previous)
            if self.later is not None and info.speaker_id is None:
                info = self.later(frame.speaker) or info
            if referent is None and info.phrase is not None and info.phrase.lower() in ("it", "its", "his", "their"):
                # "It said ..." with no body named before it: the paragraph's own voice goes on
                info = self.voice.speaker(self.outlet)
            self.tracker.add(info, position, role_text(frame.speaker, sentence.text, frame.speaker_start))
            if info.speaker_id is not None and info.reading_side is not None:
                self.sides.append(info.reading_side)
            else:
                info = with_inferred_side(info, sentence.text,
                                          self.sides[-1] if self.sides else self.outlet.reading_side)
            sentence.speakers.append(info)
            previous = info
        return previous

    def _paragraph(self, index: int, start: int, end: int, runs: list[str]) -> list[ExtractedClaim]:
        sentences = self._sentences(start, end)
        paragraph = self.text[start:end]
        gazetteer = Gazetteer.default()
        mentions = gazetteer.find_mentions(paragraph, tuple(self.context.places))
        if any(m.ambiguous for m in mentions):
            # same-named places are told apart by the paragraph's other places, before or after
            known = tuple(self.context.places) + tuple(m.place for m in mentions
                                                       if m.place is not None and not m.ambiguous)
            mentions = gazetteer.find_mentions(paragraph, known)
        for mention in mentions:
            if mention.place is not None:
                self.context.add(mention.place)
        previous: SpeakerInfo | None = None
        for sentence in sentences:
            previous = self._resolve_frames(sentence, previous, index)
        self.last_speaker[index] = previous
        regions = [(start + a, start + b) for a, b in quote_regions(self.text[start:end])]
        following = self.text[slice(*self.paragraphs[index + 1])] if index + 1 < len(self.paragraphs) else None
        running_on = continued_quote(paragraph, following)
        if running_on is not None:
            regions.append((start + running_on, end))
        region_speakers = quote_speakers(self.text, regions, sentences,
                                         lambda: self._speaker_before(index) or self._introduced_before(index),
                                         (lambda: self._quote_speaker_of(index + 1)) if running_on is not None else None)
        salience = self.carried[0]
        stems = stems_in(paragraph, runs=runs)
        claims: list[ExtractedClaim] = []
        reported: SpeakerInfo | None = None     # the body whose report the sentence before gave
        judgements: list[tuple[Draft, ExtractedClaim]] = []   # the sentence before's judgements of its own before
        # "According to the ministry, C1. C2.": a paragraph opening on its source scopes its sentences
        scoped = bool(sentences) and sentences[0].frames[:1] != [] and sentences[0].frames[0].verb == "according to" \
            and not sentences[0].frames[0].post
        cut = self.voice.cut_here      # a briefing another speaker cuts in on later in this paragraph
        for sentence in sentences:
            cut = cut if not sentence.frames else None
            continued = reported if not sentence.frames and (scoped or continues_report(sentence.text)) else None
            if continued is None and cut is not None and summary_item(sentence.text):
                continued = cut     # the paragraph's opening items, before the other speaker
            reported = continued or (sentence.speakers[-1] if sentence.speakers and
                                     speaker_kind(sentence.speakers[-1], sentence.speakers[-1].phrase or "") == "body"
                                     else None)
            relative = sentence.start - start
            refs = mentions_to_refs(mentions, relative, sentence.end - sentence.start, paragraph)
            # a place inside a speaker's name ("the DPR leader") is never a claim's object
            speaker_places: list[PlaceRef] = []
            roles = role_appositives(sentence.text, [f.speaker_end for f in sentence.frames]) if refs else []
            # a person's title is no claim: its places are antecedents only, here and in the next sentence
            titled = [r for r in refs if any(low <= r.start < high for low, high in roles)]
            if titled:
                speaker_places = list(titled)
                refs = [r for r in refs if r not in titled]
            if refs and sentence.frames:
                speaker_places += [r for r in refs if in_a_speaker(r.start, sentence.frames)]
                refs = [r for r in refs if r not in speaker_places] if speaker_places else refs
                # "Kyiv insists ...": a capital standing for its government is no antecedent of "the city",
                # nor is the place a unit is named after ("Tavria Group spokesperson ...")
                speaker_places = [r for r in speaker_places if not any(
                    f.speaker_start == r.start and f.speaker_end == r.end for f in sentence.frames)
                    and not names_a_formation(sentence.text, r)]
            refs = [r for r in refs if not capital_as_actor(sentence.text, r)]
            refs = add_coreferences(sentence.text, refs, salience, speaker_places, self.topic, sentence.headline)
            refs = with_subject_it(sentence.text, refs, salience.previous_objects, self.topic)
            claimed, age = self.last_claimed
            refs = with_plural_antecedents(sentence.text, refs, salience.previous_places,
                                           claimed if age < PLURAL_REACH else ())
            drafts = self._drafts(sentence, refs, regions, region_speakers, stems, continued)
            drafts = completed_drafts(sentence, refs, drafts, self.topic, lambda done, at, sentence=sentence:
                                      self._completed_drafts(sentence, done, regions, region_speakers, at))
            denials = denials_taken_back(judgements, drafts)
            if denials:
                # "Maliar rejected this. Fighting was still going on in the city, she said.": contested only
                claims[:] = [c for c in claims if not any(c is record for record in denials)]
            judgements = []
            if not drafts and not sentence.headline and sentence.frames:
                drafts = judged_before(sentence.text, sentence.frames, sentence.speakers, self.before,
                                       self.published_at)
                judgements = [(d, claim_record(self.name, sentence.start, sentence.end, sentence.text, d))
                              for d in drafts]
            drafts += owned_claims(sentence.text, sentence.frames, sentence.speakers, drafts, self.before,
                                   self.published_at)
            self.before = [d for d in drafts if d.predicate == "controls"]
            several = claimed_settlements([d.place for d in self.before])
            self.last_claimed = (several, 0) if several else (claimed, age + 1)
            if self.is_title or (index == 0 and sentence.headline):
                self._learn_headline_side(sentence.text, drafts)
            self.topic.learn([d.place for d in drafts if d.place is not None and d.predicate == "controls"], refs,
                             headline=self.is_title, paragraph=index)
            self.topic.observe([*speaker_places, *refs])
            salience = Salience([d.place for d in drafts if d.place is not None and d.predicate == "controls"]
                                or [d.place for d in drafts if d.place is not None],
                                sorted([*refs, *titled], key=lambda r: r.start) if titled else list(refs))
            recorded = dict((id(d), record) for d, record in judgements)
            claims.extend(recorded.get(id(draft)) or claim_record(self.name, sentence.start, sentence.end,
                                                                  sentence.text, draft) for draft in drafts)
        headline = len(sentences) == 1 and sentences[0].headline
        self.carried[0] = salience if headline else Salience.empty()
        return claims

    def _completed_drafts(self, sentence: Sentence, completed: tuple[str, list[PlaceRef]],
                          regions: list[tuple[int, int]], region_speakers: list[SpeakerInfo | None],
                          inserted_at: int | None = None) -> list[Draft]:
        """The drafts of a sentence read with its elided place restored (see _topic.with_elided_*):
        at its end, or ``inserted_at`` inside it (then the frames after that point move with the text)."""
        text, refs = completed
        frames, speakers = split_coordinated_say(sentence.text, sentence.frames, sentence.speakers)
        if inserted_at is not None:
            frames = shifted_frames(frames, inserted_at, len(text) - len(sentence.text))
        else:
            # the words restored belong to every frame whose content ran to the headline's end
            content_end = len(sentence.text.rstrip(" .!"))
            frames = [replace(f, content_end=len(text)) if f.content_end >= content_end else f
                      for f in frames]
        return self._drafts(Sentence(sentence.start, sentence.end, text, inserted_at is None or sentence.headline,
                                      frames, speakers), refs, regions, region_speakers, None)

    def _learn_headline_side(self, headline: str, drafts: list[Draft]) -> None:
        side = headline_side(headline, drafts)
        if side is not None:
            self.sides.append(side)

    def _drafts(self, sentence: Sentence, refs: list[PlaceRef], regions: list[tuple[int, int]],
                region_speakers: list[SpeakerInfo | None], stems: tuple[str, ...],
                unattributed: SpeakerInfo | None = None) -> list[Draft]:
        return sentence_drafts(sentence, refs, regions, region_speakers, stems,
                               unattributed or self.voice.speaker(self.outlet), self.published_at)
