"""Reporting frames in one sentence: who says it, with which verb, over which words.

Shapes handled: "X said (that) C", "C, X said", "C, said X", '"C," X said', "according to X, C",
"C, according to X", "it was announced by X that C", nominal reports ("Moscow's claim that C",
"claims by X that C"), the terse headline shapes "C - X", "X: C" and "X claims C", speakers trailing
adjuncts or inside their content ("C, X told the agency by phone", "C1, X said, C2"; see
_frame_tails), "X, however, said C", "It said C" (the reader finds what "it" is), "X said:" closing a
paragraph, an agency relaying a source ("TASS quoted X as saying C", "C, Interfax reported, citing X"; see
_relay_frames), "X called the liberation of Y ..." and Cyrillic frames
(_cyrillic_frames). Frames nest: the content of one may hold another ("Kyiv's army denied Moscow's
claim that ..."), which is how nested reports and reported_via are found.
"""

from __future__ import annotations

import re

from ._frame_links import (APPOSITIVE_DENIAL, appositive_denial, coordinated, cut_siblings, evidence_frames,
                           headline_frames, headline_subject_frame, nest)
from ._judged_events import JUDGING_HINTS, judged_event_frames
from ._frame_pronouns import pronoun_may_speak, pronoun_np
from ._frame_tails import follows_content, tail_shape
from ._frame_inversions import BY, VerbMatch, inverted_frame, passive_before, passive_frame
from ._cyrillic_frames import cyrillic_frames, has_cyrillic_say_verb
from ._appositives import ADJUNCT_INSERTION, appositive_subject, subject_before_adjunct
from ._frame_nouns import according_frames, document_read_frames, map_frames, nominal_frames, possessive_opinion_frames
from ._frames import Frame, plausible_speaker, verb_kind
from ._relay_frames import relay_frames
from ._verdict_frames import verdict_frame
from ._speakers import clean_speaker_phrase, lookup
from ._lexicon import (AMBIGUOUS_SAY_VERB_WORDS, AMBIGUOUS_SAY_VERBS, FRAME_FILLER, SAY_VERB_WORDS,
                       SPEAKER_VERB_GAP, SPEAKER_VERB_GAP_WORDS, contains_any, lower_scan_is_exact, lower_twin, words)

__all__ = ["Frame", "find_frames", "plausible_speaker"]

_I = re.IGNORECASE
_REPORT_NOUNS = ("claim", "assertion", "statement", "report", "announcement", "allegation", "version")
_REPORT_NOUN = re.compile("|".join(_REPORT_NOUNS), _I)
# "Moscow claims to have captured X": "claims" reports with "to have" as with "that"
_THAT_OR_COLON = re.compile(r"^\s*(?:,\s*)?(?:that\b|:|to\s+have\b)", _I)
# "X said on Saturday that A, after Russian troops pulled back from B": a "that" report ends before a
# trailing "after" clause with a subject and a finite verb of its own, the writer's background to it
# (also the writer's measure of it: "..., the biggest change on the front since Russia captured B")
_WRITERS_AFTER = re.compile(r",\s+(?:after|(?:the|its|their|a|an)\s+(?:[\w'\u2019-]+\s+){0,8}?since)\s+(?:[A-Z][\w'\u2019-]*|the|its|their)(?:\s+[\w'\u2019-]+){0,3}?\s+"
                            r"(?:had\s+|have\s+|has\s+)?(?:[a-z]+ed|took|retook|overran|fled|fell|left|drove|broke|won|lost)\b")
# one prefix tree for both lists: the verb is a whole word, so the order of the lists does not matter
_VERB = re.compile(r"\b(?P<verb>" + words(*SAY_VERB_WORDS, *AMBIGUOUS_SAY_VERB_WORDS) + r")\b", _I)
_VERB_LOWER = re.compile(_VERB.pattern)
_AMBIGUOUS = re.compile(r"^" + AMBIGUOUS_SAY_VERBS + r"$", _I)
# "X appeared to concede that C": the gap SPEAKER_VERB_GAP lets stand before the verb
_APPEARS_TO = re.compile(r"\b(?:appear|seem)(?:ed|s)?\s+to\s+$", _I)
_LEFT_BOUNDARY = re.compile(
    r"[,;:(\"\u201c\u201d\u00ab\u00bb\u2026]|\.\.\.|\s[-\u2013\u2014]\s|\b(?:that|which|but|while|as|after|when|because|"
    r"since|whereas|although|though|meanwhile|however|and(?=\s+[a-z]))\b|(?<=[a-z])\s+and\b", _I)
_LEFT_BOUNDARY_LOWER = lower_twin(_LEFT_BOUNDARY)
_BOUNDARY_MARK = re.compile("[,;:(\"\u201c\u201d\u00ab\u00bb\u2026]")    # the one-character boundaries of _LEFT_BOUNDARY
_POST_REST = re.compile(r"^(?:[\s.!?\"\u201d\u2019)]*$|,\s*(?:according|citing|in\s|referring|as\s|"
                        r"without|while|but|though|although|and|despite|after|before|[a-z]+ing\b|"
                        r"(?:a|an|one|two|three|four|five|several|some|the)\s+(?:\w+\s+)?(?:days?|weeks?|months?|"
                        r"hours?|years?)\s+(?:after|before|later|earlier|since)))"
                        # "..., X said in a message posted by his press service": a participle phrase
                        r"|^\s+(?:in|on)\s+(?:an?|the|his|her|its|their)\s+[^,;]{1,60}?\s+[a-z]+ed\s+(?:by|on)\b"
                        # "..., X wrote in an essay that angered ...": a relative clause on the medium
                        r"|^\s+(?:in|on)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){1,3}?(?:that|which)\s+"
                        r"(?:was\s+|were\s+|had\s+|has\s+)?[a-z]+ed\b"
                        # "..., the spokesman said of Kurakhove.": the place the statement is about
                        r"|^\s+of\s+(?:the\s+(?:town|city|village)\s+of\s+)?[A-Z\u0400-\u04ff][^,;:]{1,40}?[.!?]?[\"\u201d]?\s*$"
                        # "..., X said after weeks of fighting.": a short adjunct closing the sentence
                        r"|^\s+(?:after|following|amid|during)\s+(?![^.]*\bthat\b)[^,;:]{1,60}[.!?]?[\"\u201d]?\s*$", _I)
# '"C," X said ...': whatever follows the verb, the quote is the content
_QUOTE_CLOSED = re.compile("[,.!?\u2026]?[\"\u201d\u00bb]\s*,?\s*(?:[-\u2013\u2014]\s*)?$")
_TOLD = re.compile(r"\s+(?:[\w'\u2019.-]+\s+){0,4}?(?=that\b)|\s+(?:the\s+|a\s+|an\s+)?[\w'\u2019.-]+"
                   r"(?:\s+[\w'\u2019.-]+){0,3}?(?=\s*(?:[,.;:!?]|$|\s+(?:on|in|at|late|earlier|that|during|while|after|via|by)\b))")

# "told Vladimir Putin the city had been taken" / "told reporters Russian troops ...": a listener, then
# the clause without its "that" (it opens on a determiner, a side's adjective, or a name and a verb)
_TOLD_BARE = re.compile(r"\s+(?:(?:[A-Z][\w'\u2019-]+\s+){1,3}?|(?:reporters|journalists|(?:the|a|an)\s+[\w'\u2019-]+)\s+)"
                        r"(?=(?:the|its|his|her|their|our|all|Russian|Ukrainian)\s|[A-Z][\w'\u2019-]+\s+"
                        r"(?:had|has|have|was|were|is|are|remains?|remained)\b)")


def find_frames(sentence: str, headline: bool = False) -> list[Frame]:
    """All reporting frames of ``sentence``, nested via ``parent``."""
    frames: list[Frame] = []
    lowered = sentence.lower()
    if "according" in lowered:
        according_frames(sentence, frames)
    if "in his " in lowered or "in its " in lowered or "in her " in lowered or "in their " in lowered:
        possessive_opinion_frames(sentence, frames)
    # the lower-cased sentence where lower_twin patterns may scan it, else None (see caseless)
    exact = lowered if lower_scan_is_exact(sentence, lowered) else None
    has_report_noun = contains_any(exact, _REPORT_NOUNS) if exact is not None \
        else _REPORT_NOUN.search(sentence) is not None
    if has_report_noun:
        nominal_frames(sentence, frames)
    appositives = list(APPOSITIVE_DENIAL.finditer(sentence)) if has_report_noun else []
    for match in _verb_matches(sentence, lowered):
        # most sentences reach their first verb with neither: skip building the two scans
        if (frames or appositives) and (
                any(f.speaker_start <= match.start < max(f.speaker_end, f.content_start if f.kind == "claim" else 0)
                    for f in frames) or any(a.start() <= match.start < a.end() for a in appositives)):
            continue
        frame = _verb_frame(sentence, exact, match, frames)
        if frame is not None:
            if frame.speaker_end < match.start and \
                    _APPEARS_TO.search(sentence, frame.speaker_end, match.start):
                frame.verb = sentence[frame.speaker_end:match.end].strip()
            frames.append(frame)
    if " read" in lowered:
        document_read_frames(sentence, frames)
    if " show" in lowered or " mark" in lowered or " depict" in lowered:
        map_frames(sentence, frames, _source_kind)
    if ("the " in lowered or "its " in lowered or "'s " in lowered) and contains_any(lowered, JUDGING_HINTS):
        judged_event_frames(sentence, exact, frames, _left_np)
    appositive_denial(appositives, frames, sentence)
    if not sentence.isascii() and has_cyrillic_say_verb(lowered):
        cyrillic_frames(sentence, frames)
    evidence_frames(sentence, frames, exact)
    coordinated(sentence, frames, exact)
    if "as saying" in lowered or "citing" in lowered:
        relay_frames(sentence, lowered, exact, frames, _left_np)
    if headline:
        headline_subject_frame(sentence, frames)
    verdict_frame(sentence, lowered, frames)
    if headline or not frames:
        headline_frames(sentence, frames, exact)
    frames.sort(key=lambda f: f.speaker_start)
    frames = cut_siblings(sentence, frames)
    return nest(frames)


def _source_kind(phrase: str) -> str | None:
    return lookup(clean_speaker_phrase(phrase)).kind


def _verb_matches(sentence: str, lowered: str) -> list[VerbMatch]:
    # Case-sensitive scanning of the lower-cased text is ~3x faster than IGNORECASE; the
    # offsets only carry over when lower-casing kept the length (it does for nearly all text).
    if len(lowered) == len(sentence):
        return [VerbMatch(m.start(), m.end(), sentence[m.start():m.end()]) for m in _VERB_LOWER.finditer(lowered)]
    return [VerbMatch(m.start(), m.end(), m.group("verb")) for m in _VERB.finditer(sentence)]


def _verb_frame(sentence: str, exact: str | None, match: VerbMatch, frames: list[Frame]) -> Frame | None:
    verb = match.verb
    start, end = match.start, match.end
    before = sentence[:start]
    after = sentence[end:]
    ambiguous = bool(_AMBIGUOUS.match(verb))
    if passive_before(before, None if exact is None else exact[:start]) and BY.match(after):
        return passive_frame(sentence, match)
    stripped_before = before.rstrip()
    # "C, X said": an inverted "C, said X" only where no subject stands before the verb, and
    # never with "told", whose object is the listener ("..., Rogov, a council member, told the agency")
    # (a headline's single quotes close as double ones do: "'Our troops left Soledar,' says army spokesman")
    if (stripped_before.endswith((",", "\"", "\u201d", "\u2019", "\u00bb")) or
            stripped_before.endswith("'") and sentence[:1] in "'\u2018") and not ambiguous and \
            verb.lower() not in _LISTENER_VERBS and appositive_subject(sentence, 0, start) is None and \
            not subject_before_adjunct(sentence, start) and not _subject_before_relative(sentence, exact, start):
        inverted = inverted_frame(sentence, match)
        if inverted is not None and inverted.speaker.split(None, 1)[0].lower() not in _ADJUNCT_OPENERS:
            if inverted.speaker[:3].lower() == "by " and len(inverted.speaker) > 3:
                # "C, announced by X on Monday,": the agent of a participle, without its "by"
                inverted.speaker, inverted.speaker_start = inverted.speaker[3:].lstrip(), inverted.speaker_start + 3
            return inverted
    # "X said Y denied that ...": the inner speaker starts after the outer frame's verb
    floor = max([f.speaker_end for f in frames if f.speaker_end <= start] +
                [f.content_start for f in frames if not f.post and f.speaker_end <= f.content_start <= start
                 and f.verb.lower() not in _LISTENER_VERBS] + [0])
    left = _left_np(sentence, exact, floor, start)
    if left is None and pronoun_may_speak(sentence, floor, start, bool(frames)):
        left = pronoun_np(sentence, floor, start)
    if left is None:
        return _relative_subject_frame(sentence, exact, match, floor, frames)
    np_start, np_end = left
    phrase = sentence[np_start:np_end]
    if verb.lower() in _REPORTS_ON_VERBS:
        reported_on = _REPORTED_ON.match(sentence, end)
        if reported_on is not None:
            return Frame(phrase, np_start, np_end, verb, verb_kind(verb), reported_on.end(), len(sentence))
    rest_start = end
    if verb.lower() in ("told", "tells"):
        told = _TOLD.match(sentence, end) or _TOLD_BARE.match(sentence, end)
        if told is not None:
            rest_start = told.end()
    if follows_content(sentence, np_start):
        shape = tail_shape(sentence, rest_start, sentence[_post_content_start(sentence, frames, np_start):np_start])
        if shape is not None:
            return _trailing_frame(sentence, frames, phrase, np_start, np_end, verb, shape)
    filler = FRAME_FILLER.match(sentence, rest_start)
    content_start = filler.end() if filler else rest_start
    if content_start >= len(sentence.rstrip()) and sentence.rstrip().endswith(":") and not ambiguous:
        # "Syrskyi wrote on Telegram:" closing a paragraph: the words follow in the next one
        return Frame(phrase, np_start, np_end, verb, verb_kind(verb), len(sentence), len(sentence))
    rest = sentence[rest_start:]
    # "C, X said in a video on Monday, though ...": the filler swallowed the comma
    after_filler = ", " + sentence[content_start:] if sentence[:content_start].rstrip().endswith(",") \
        else sentence[content_start:]
    if _POST_REST.match(rest) or _POST_REST.match(after_filler) or _quote_closes_before(sentence, np_start):
        content_end = _content_end_before(sentence, np_start)
        if content_end <= 0:
            return None
        return Frame(phrase, np_start, np_end, verb, verb_kind(verb), _post_content_start(sentence, frames, np_start),
                     content_end, post=True)
    if ambiguous and not _THAT_OR_COLON.match(after):
        return None
    if content_start >= len(sentence.rstrip(" .!?\"\u201d")):
        return None
    content_end = len(sentence)
    if _object_relative(sentence, np_start):
        # "Kupiansk, which Russia said it had taken, remains ...": the report ends with its clause
        comma = sentence.find(",", content_start)
        content_end = comma if comma > content_start else content_end
    elif ambiguous and after.lstrip().lower().startswith("to have") and (comma := sentence.find(",", content_start)) > 0:
        content_end = comma     # "claim to have taken X, but our soldiers ...": the infinitive is all it reports
    elif "that" in sentence[rest_start:content_start] and (background := _WRITERS_AFTER.search(sentence, content_start)):
        content_end = background.start()
    return Frame(phrase, np_start, np_end, verb, verb_kind(verb), content_start, content_end)


def _trailing_frame(sentence: str, frames: list[Frame], phrase: str, np_start: int, np_end: int, verb: str,
                    shape: str) -> Frame | None:
    """A frame whose speaker follows (part of) its content: "C, X said ..." or "C1, X said, C2"."""
    content_start = _post_content_start(sentence, frames, np_start)
    content_end = len(sentence) if shape == "parenthetical" else _content_end_before(sentence, np_start)
    if content_end <= content_start:
        return None
    return Frame(phrase, np_start, np_end, verb, verb_kind(verb), content_start, content_end, post=True)


# "Shoigu reported to Putin on the liberation of Maryinka" / "it reported the capture of X": the
# report's subject, a capture or liberation, follows the verb or its listener and "on"
_REPORTS_ON_VERBS = frozenset({"reported", "reports", "informed"})
_REPORTED_ON = re.compile(r"(?:(?:\s+(?:to\s+)?[^.;:\"\u201c\u201d]{1,140}?)?\s+on)?\s+(?=(?:the\s+)?(?:full\s+|complete\s+|final\s+)?"
                          r"(?:liberation|capture|fall|seizure|taking|recapture|surrender|loss)\s+of\b)", _I)
# "the ministry, which had said nothing for days, announced": a relative clause between
# the speaker and its verb
_RELATIVE_INSERTION = re.compile(r",\s*(?:which|who|whose|whom)\b[^;:\"\u201c\u201d]{2,200}?,\s*$", _I)
_OBJECT_RELATIVE = re.compile(r",\s*which\s+$", _I)
_LISTENER_VERBS = frozenset({"told", "tells", "informed"})


# "Prigozhin, who had announced the capture a day earlier, said ...", "was denied by Ukraine's army, which
# said ...": the relative pronoun is the subject of its own report, standing for the noun phrase before it
_RELATIVE_WHO = re.compile(r",\s*(?:who|which)(?:\s+(?:had|has|have|also|earlier|first|already|previously|repeatedly|"
                           r"publicly|initially))*\s+$", _I)


def _relative_subject_frame(sentence: str, exact: str | None, match: VerbMatch, floor: int,
                            frames: list[Frame]) -> Frame | None:
    """A report inside a "who"/"which" clause; its content runs up to the clause's closing comma."""
    between = sentence[floor:match.start].lower()
    if "who" not in between and "which" not in between:
        return None
    relative = _RELATIVE_WHO.search(sentence, floor, match.start)
    if relative is None or _AMBIGUOUS.match(match.verb):
        return None
    comma = relative.start() + 1
    # the speaker of the frame just before ("dismissed by the governor, who said") stands for it
    antecedent = appositive_subject(sentence, floor, comma) or _left_np(sentence, exact, floor, relative.start()) \
        or next(((f.speaker_start, f.speaker_end) for f in frames if f.speaker_end == relative.start()), None)
    if antecedent is None:
        return None
    np_start, np_end = antecedent
    filler = FRAME_FILLER.match(sentence, match.end)
    content_start = filler.end() if filler else match.end
    closing = sentence.find(",", content_start)
    content_end = closing if closing > content_start else len(sentence)
    if content_end - content_start < 3:
        return None
    return Frame(sentence[np_start:np_end], np_start, np_end, match.verb, verb_kind(match.verb), content_start,
                 content_end)


# "X, which commands the sector, said late on Tuesday that C": not an inverted "C, said X", whose
# speaker would be the time adjunct after the verb
_ADJUNCT_OPENERS = frozenset({"late", "early", "earlier", "later", "on", "in", "at", "this", "last", "yesterday",
                              "today", "again", "also", "separately", "repeatedly", "publicly", "then"})


def _subject_before_relative(sentence: str, exact: str | None, verb_start: int) -> bool:
    """"The group, which commands the sector, said": a subject and its relative clause before the verb."""
    if "which" not in sentence[:verb_start] and "who" not in sentence[:verb_start]:
        return False
    insertion = _RELATIVE_INSERTION.search(sentence, 0, verb_start)
    return insertion is not None and _left_np(sentence, exact, 0, insertion.start()) is not None


def _quote_closes_before(sentence: str, np_start: int) -> bool:
    """'"C," X said': a closing quote (after its punctuation) right before the speaker."""
    # '"C," — X posted': the dash Russian and Ukrainian typography puts between a quote and its speaker
    return sentence[:np_start].rstrip().rstrip(",").rstrip("-\u2013\u2014").rstrip().rstrip(",").endswith(
        ('"', "\u201d", "\u00bb")) and \
        _QUOTE_CLOSED.search(sentence, 0, np_start) is not None


def _speaker_end(sentence: str, floor: int, verb_start: int) -> int:
    """Where the speaker before a verb ends: before any "also", "has", "on Monday" (SPEAKER_VERB_GAP)."""
    stripped = sentence[floor:verb_start].rstrip()
    last_word = stripped.rsplit(None, 1)[-1] if stripped else ""
    if last_word.isascii() and last_word.lower() not in SPEAKER_VERB_GAP_WORDS \
            and not last_word.lower().endswith("day") and last_word.lower() != "to":
        return floor + len(stripped)    # no gap word: the speaker runs up to the trailing space
    gap = SPEAKER_VERB_GAP.search(sentence, floor, verb_start)
    return gap.start() if gap else verb_start


def _left_np(sentence: str, exact: str | None, floor: int, verb_start: int) -> tuple[int, int] | None:
    np_end = _speaker_end(sentence, floor, verb_start)
    if sentence[np_end - 1:np_end] == ")":
        np_end = _before_acronym(sentence, floor, np_end)
    if sentence[floor:np_end].rstrip().endswith(","):
        # the subject sits before an insertion, possibly before an earlier frame inside it
        insertion = _RELATIVE_INSERTION.search(sentence, 0, np_end)
        if insertion is not None:
            # "X, which ..., is back under control, Name, the top general, said": a named speaker with
            # its appositive after the relative clause is the subject, not the sentence's first noun
            named = appositive_subject(sentence, insertion.start() + 1, np_end) \
                if sentence.count(",", insertion.start(), np_end) > 2 else None
            if named is not None and named[0] > insertion.start():
                return named
            return _left_np(sentence, exact, 0, insertion.start())
        adjunct = ADJUNCT_INSERTION.search(sentence, floor, np_end)
        if adjunct is not None and adjunct.start() > floor:
            return _left_np(sentence, exact, floor, adjunct.start())
        subject = appositive_subject(sentence, floor, np_end)
        if subject is not None:
            return subject
    # The last boundary ends the scan: start it after the last punctuation mark, which is a
    # boundary itself and is never inside a longer one, so the matches after it are the same.
    np_start = floor
    for mark in _BOUNDARY_MARK.finditer(sentence, floor, np_end):
        np_start = mark.end()
    boundaries = _LEFT_BOUNDARY.finditer(sentence, np_start, np_end) if exact is None \
        else _LEFT_BOUNDARY_LOWER.finditer(exact, np_start, np_end)
    for boundary in boundaries:
        np_start = boundary.end()
    while np_start < np_end and sentence[np_start] in " \t":
        np_start += 1
    phrase = sentence[np_start:np_end]
    if not plausible_speaker(phrase):
        return None
    return np_start, np_end


def _before_acronym(sentence: str, floor: int, np_end: int) -> int:
    """"The Russian Ministry of Defense (MoD) claimed": the speaker ends before its short form."""
    opening = sentence.rfind("(", floor, np_end)
    short = sentence[opening + 1:np_end - 1]
    if opening <= floor or not (0 < len(short) <= 10) or " " in short or not short[:1].isupper():
        return np_end
    return len(sentence[:opening].rstrip())


def _object_relative(sentence: str, np_start: int) -> bool:
    return "which" in sentence[max(0, np_start - 8):np_start] and _OBJECT_RELATIVE.search(sentence, 0, np_start) is not None


def _content_end_before(sentence: str, np_start: int) -> int:
    return len(sentence[:np_start].rstrip().rstrip(".\u2026").rstrip().rstrip(",\"\u201d\u2019\u00bb").rstrip(" ,."))


def _post_content_start(sentence: str, frames: list[Frame], np_start: int) -> int:
    # a report inside a relative clause ("the town, which X said it took,") sits inside this content
    # a nominal claim the sentence judges ("Kyiv's claim that C is false, X said") is inside it too
    ends = [f.content_end for f in frames if not f.post and f.content_end <= np_start and f.kind != "claim"
            and not _object_relative(sentence, f.speaker_start)]
    ends += [f.speaker_end for f in frames if f.post and f.speaker_end <= np_start]
    return max(ends + [0])
