"""How the frames of a sentence relate, and the terse shapes that have no reporting verb.

Sibling frames split a sentence between them ("X said A, but Y said B"); a frame
inside another's content nests under it ("Kyiv's army denied Moscow's claim that");
"adding that" and "but denied" continue the frame before them; ", a claim Kyiv
rejected" judges what precedes it; headlines attribute with a dash or a colon.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._frames import Frame, plausible_speaker, verb_kind
from ._desk_labels import DESK_LABEL
from ._lexicon import contains_any, lower_twin, words

_I = re.IGNORECASE

_DASH_TAIL = re.compile(r"\s[-\u2013\u2014]\s*(?P<np>[^-\u2013\u2014]{2,70}?)\s*[.!]?$")


_SAYS_TAIL = re.compile(r",?\s+(?P<np>[^,]{2,60}?)\s+says?\s*$", _I)


_COLON_HEAD = re.compile(r"^(?P<np>[^:]{2,60}):\s+")


def headline_frames(sentence: str, frames: list[Frame], lowered: str | None) -> None:
    """The terse headline shapes "C - X", "C, X says" and "X: C".

    ``lowered``: the sentence lower-cased where that scans exactly (see _lexicon.caseless), else None.
    """
    # each shape needs its mark (a dash, a final "say(s)", a colon): test for it before scanning
    tail = _DASH_TAIL.search(sentence) if contains_any(sentence, "-\u2013\u2014") else None
    if tail is not None and plausible_speaker(tail.group("np")) and len(tail.group("np").split()) <= 6:
        frames.append(Frame(tail.group("np"), tail.start("np"), tail.end("np"), "-", "say", 0, tail.start(),
                            post=True))
        return
    says = _SAYS_TAIL.search(sentence) if lowered is None or lowered.rstrip().endswith(("say", "says")) else None
    if says is not None and plausible_speaker(says.group("np")):
        frames.append(Frame(says.group("np"), says.start("np"), says.end("np"), "says", "say", 0, says.start(),
                            post=True))
        return
    head = _COLON_HEAD.match(sentence) if ":" in sentence else None
    if head is not None and plausible_speaker(head.group("np")) and len(head.group("np").split()) <= 6 \
            and not _PARTICIPLE_END.search(head.group("np")) and not _EVENT_HEAD.match(head.group("np")) \
            and not DESK_LABEL.match(head.group("np")):
        frames.append(Frame(head.group("np"), 0, head.end("np"), ":", "say", head.end(), len(sentence)))


# "Chasov Yar liberated: Russian flag raised over the city": a head ending on a participle is a
# statement of its own, not a speaker (a speaker's name ends on a noun); "Russia's new Kharkiv push:
# battles rage ...": nor is a head naming an event, the story's topic
_PARTICIPLE_END = re.compile(r"\s(?:[a-z]+ed|taken|retaken|fallen|lost|won|held|free|"
                             r"(?i:push|offensive|counter-?offensive|advance|assault|attacks?|battles?|fight|"
                             r"fighting|siege|retreat|withdrawal|pull-?out|breakthrough|gains|war|campaign|"
                             r"thrust|drive|onslaught|incursion|invasion|operation|front|frontline|front\s+line))$")
_EVENT_HEAD = re.compile(r"(?:the\s+)?(?:battle|fight|fighting|war|siege|race|push|struggle|offensive|assault)\s+"
                         r"(?:for|of|in|on|over|near|around)\s", re.IGNORECASE)


# "Moscow claims Kurakhove", "Kyiv claims gains near Bakhmut": in a headline the bare present
# "claims" / "reports" after a short subject is a reporting verb even without "that"
# "Kyiv admits loss of Soledar", "Moscow confirms withdrawal from Kherson": the same with a verb of
# judging an event named by a noun
_HEAD_CLAIM = re.compile(r"^(?:[^:;,\"\u201c\u201d]{2,40}:\s+)?(?P<np>[A-Z\u0400-\u042f][^,:;\"\u201c\u201d]{1,40}?)\s+(?P<verb>claims|claim|reports|says|say|"
                         r"admits|admit|concedes|concede|confirms|confirm|acknowledges|acknowledge|denies|deny|"
                         r"announces|announce|hails|hail|celebrates|celebrate|welcomes|welcome)\s+(?=\S)")


def headline_subject_frame(sentence: str, frames: list[Frame]) -> None:
    """"X claims C" opening a headline, where "claims" has no "that" after it."""
    head = _HEAD_CLAIM.match(sentence)
    if head is None or not plausible_speaker(head.group("np")) or len(head.group("np").split()) > 4:
        return
    if any(f.speaker_start in (0, head.start("np")) and not f.post and f.verb != ":" for f in frames):
        return
    frames.append(Frame(head.group("np"), head.start("np"), head.end("np"), head.group("verb"),
                        verb_kind(head.group("verb")), head.end(), len(sentence)))


# "X said that A but that B": a second "that" continues X's content, it opens no sibling clause
_SIBLING = re.compile(r"(?:,\s*(?:but|while|whereas|and|though|although)\b|;|\bbut\b|\bwhile\b|\bwhereas\b)"
                      r"(?!\s+that\b)", _I)


def cut_siblings(sentence: str, frames: list[Frame]) -> list[Frame]:
    out = list(frames)
    for index, frame in enumerate(out):
        if frame.post:
            continue
        for other in out[index + 1:]:
            if not frame.content_start <= other.speaker_start < frame.content_end:
                continue
            if other.post and frame.content_start < other.content_end:
                # "A told B that C, the ministry said": A's report ends where the ministry's does
                out[index] = replace(frame, content_end=min(frame.content_end, other.content_end))
                break
            cuts = list(_SIBLING.finditer(sentence, frame.content_start, other.speaker_start))
            if cuts:
                out[index] = replace(frame, content_end=cuts[-1].start())
            break
    return out


def nest(frames: list[Frame]) -> list[Frame]:
    nested = []
    for index, frame in enumerate(frames):
        parent = None
        best_width = None
        for other_index, other in enumerate(frames):
            if other_index == index:
                continue
            if other.covers(frame.speaker_start, frame.speaker_end) and \
                    other.content_start <= frame.content_start and frame.content_end <= other.content_end + 1:
                width = other.content_end - other.content_start
                if best_width is None or width < best_width:
                    parent, best_width = other_index, width
        nested.append(frame if frame.parent == parent else replace(frame, parent=parent))
    return nested


# "\b(?:but|and)" written as "b(?<!\wb)ut|a(?<!\wa)nd" (no word character before the first letter):
# every branch then opens with a literal, and the lower-case scan skips to a ",", "a" or "b" (~2x faster)
_PARTICIPLE_FRAME = re.compile(
    r"(?:,\s*|(?:b(?<!\wb)ut|a(?<!\wa)nd)\s+)(?P<verb>" + words(
        "adding", "denying", "saying", "insisting", "claiming", "noting", "confirming", "admitting", "stressing",
        "acknowledging", "declaring", "announcing", "reporting", "stating", "asserting", "boasting", "denied", "added", "insisted", "claimed", "confirmed", "admitted", "acknowledged", "noted",
        "said", "stated", "reported", "wrote") + r")\s+(?:that\s+)?", _I)
_PARTICIPLE_FRAME_LOWER = lower_twin(_PARTICIPLE_FRAME)


APPOSITIVE_DENIAL = re.compile(
    r",\s*(?:(?:a|the)\s+(?:claim|report|assertion|statement|version)|claims|reports|assertions|statements)\s+"
    r"(?:that\s+|which\s+)?(?!(?:later|since|quickly|swiftly|flatly|was|were|been|that|which)\b)"
    r"(?P<np>(?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,4}?)\s+(?:has\s+|had\s+|have\s+)?(?:quickly\s+|"
    r"swiftly\s+|flatly\s+)?(?P<verb>rejected|denied|dismissed|disputed|refuted|confirmed|"
    r"called\s+(?:false|untrue|baseless|groundless|fake|a\s+lie|lies|propaganda|disinformation))\b|"
    # ", a claim disputed by Kyiv", ", a report that was later confirmed by the General Staff"
    r",\s*(?:(?:a|the)\s+(?:claim|report|assertion|statement|version)|claims|reports)\s+(?:that\s+was\s+|which\s+was\s+)?"
    r"(?:quickly\s+|swiftly\s+|flatly\s+|later\s+|since\s+)?(?P<pverb>rejected|denied|dismissed|disputed|refuted|"
    r"confirmed)\s+by\s+(?P<pnp>(?:the\s+)?[\w'\u2019-]+(?:\.[\w'\u2019-]+)*(?:\s+[\w'\u2019-]+(?:\.[\w'\u2019-]+)*){0,6}?)"
    r"(?=\s*(?:[.,;:]|$))", _I)


_TRAILING_PARTICIPLE = re.compile(r",\s*(?=[a-z]+ing\b)")


def coordinated(sentence: str, frames: list[Frame], lowered: str | None) -> None:
    """", adding that C" and "but denied that C" take the speaker of the frame before them.

    A participle clause right after a post-posed attribution ("..., the command said,
    destroying ...") continues that speaker's report. ``lowered`` as for headline_frames.
    """
    # scanning the lower-cased text is exact there (see caseless) and ~3x faster
    participle, scanned = (_PARTICIPLE_FRAME, sentence) if lowered is None else (_PARTICIPLE_FRAME_LOWER, lowered)
    for frame in list(frames):
        if not frame.post or frame.verb in ("according to", "-", "says"):
            continue
        verb_end = sentence.find(frame.verb, frame.speaker_end) if frame.speaker_end < len(sentence) else -1
        tail_from = max(frame.speaker_end, verb_end + len(frame.verb) if verb_end >= 0 else frame.speaker_end)
        # both matches open with a comma at or after tail_from: most attributions end the sentence
        clause = None if sentence.find(",", tail_from) < 0 else _TRAILING_PARTICIPLE.match(sentence, tail_from) or \
            _TRAILING_PARTICIPLE.match(sentence, _skip_filler(sentence, tail_from))
        if clause is not None and not participle.match(scanned, clause.start()):
            frames.append(Frame(frame.speaker, frame.speaker_start, frame.speaker_end, frame.verb, frame.kind,
                                clause.end(), len(sentence)))
    for match in participle.finditer(scanned):
        earlier = [f for f in frames if f.speaker_end <= match.start() and f.kind != "claim"]
        # "Putin congratulated the troops and said C": a finite verb joined by "and" / "but" shares the
        # main clause's subject as a participle does (", said X" after a comma is the inverted frame)
        if not earlier and (scanned[match.end("verb") - 3:match.end("verb")] == "ing" or
                            scanned[match.start()] in "ab"):
            earlier = _main_subject(sentence, match.start())
        if not earlier or any(f.speaker_start <= match.start("verb") < f.speaker_end for f in frames):
            continue
        # (nor is the verb one whose subject a frame already has: "Name, Russia's defence minister, said that")
        if any(f.speaker_end == match.start("verb") or
               (f.speaker_start < match.start("verb") and sentence[f.speaker_end:match.start("verb")].strip() == "")
               or (not f.post and f.speaker_end <= match.start() and match.end("verb") <= f.content_start
                   and f.verb.lower() == scanned[match.start("verb"):match.end("verb")].lower()) for f in frames):
            continue
        source = earlier[-1]
        verb = sentence[match.start("verb"):match.end("verb")]
        frames.append(Frame(source.speaker, source.speaker_start, source.speaker_end, verb,
                            verb_kind(_finite(verb)), match.end(), len(sentence)))
        for index, frame in enumerate(frames):
            if frame is not source and frame.content_start < match.start() < frame.content_end and not frame.post:
                frames[index] = replace(frame, content_end=match.start())


# "Zelensky visited the troops in Kupiansk, declaring that ...": with no report before the participle,
# the main clause's named subject speaks; its verb is a past or present form
_MAIN_SUBJECT = re.compile(r"\s*(?P<np>[A-Z][^,;:\"\u201c\u201d]{1,80}?)\s+(?:[a-z]+ed|[a-z]+s|took|made|gave|held|met|"
                           r"sent|spoke|went|came|flew|led|paid|shot|put)\s")


def _main_subject(sentence: str, clause_start: int) -> list[Frame]:
    match = _MAIN_SUBJECT.match(sentence, 0, clause_start)
    if match is None or not plausible_speaker(match.group("np")):
        return []
    # a stand-in subject with no name of its own opens no report ("Fighting continued, ...")
    if not any(word[:1].isupper() for word in match.group("np").split()[1:]) and \
            match.group("np").split()[0].lower() in ("it", "this", "that", "there", "the", "a", "an", "fighting"):
        return []
    return [Frame(match.group("np"), match.start("np"), match.end("np"), "said", "say", 0, 0)]


def _finite(verb: str) -> str:
    verb = verb.lower()
    return {"adding": "added", "denying": "denied", "saying": "said", "insisting": "insisted",
            "claiming": "claimed", "noting": "noted", "confirming": "confirmed", "admitting": "admitted",
            "stressing": "stressed", "acknowledging": "acknowledged", "declaring": "declared",
            "announcing": "announced", "reporting": "reported", "stating": "stated", "asserting": "asserted",
            "boasting": "boasted"}.get(verb, verb)


# "Moscow claims Chasiv Yar; Kyiv says no" / "..., Kyiv denies it": a report whose object only points
# back judges the clause before it
_POINTS_BACK = re.compile(r"\s*(?P<what>no|it|this|that|the\s+(?:claims?|reports?|statements?|announcement))\s*[.!]?\s*$",
                          _I)
_BACK_SEPARATOR = re.compile(r"(?:[;,:]|\s[-\u2013\u2014])\s*(?:(?:but|and|while|though|yet)\s+)?$", _I)


# "C, the ministry said, though Kyiv called the statement a fabrication", "..., but Ukraine's army dismissed
# it as propaganda": a verdict on what precedes, given in the judge's own words, is a denial of it
_VERDICT_WORDS = ("false", "untrue", "baseless", "groundless", "fake", "fabricat", "lie", "propaganda",
                  "disinformation", "misinformation", "nonsense", "fiction", "fantasy")
_VERDICT_VERBS = ("call", "brand", "label", "described", "dismiss", "reject", "denounced", "denied")
_CALLED_FALSE = re.compile(
    r"(?:[;,]|\s[-\u2013\u2014])\s*(?:(?:but|and|while|though|although|yet|whereas)\s+)?"
    r"(?P<np>(?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,5}?)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:(?:quickly|swiftly|flatly|promptly|later|immediately)\s+)?(?P<verb>called|calls|branded|brands|labell?ed|"
    r"described|dismissed|dismisses|rejected|rejects|denounced|denied)\s+(?:it|this|that|them|the\s+(?:[\w-]+\s+)?"
    r"(?:claims?|reports?|statements?|announcements?|assertions?))\s+(?:as\s+)?(?:(?:an?|pure|mere|complete|"
    r"total|blatant|outright)\s+)*(?:[\w'\u2019-]+\s+)?(?:false|untrue|baseless|groundless|fake|fabricat(?:ed|ions?)|lies?|propaganda|"
    r"disinformation|misinformation|nonsense|fiction|fantasy)\b[^,;:]{0,40}?[.!]?\s*$", _I)


def _called_false(sentence: str, frames: list[Frame]) -> None:
    lowered = sentence.lower()
    match = _CALLED_FALSE.search(sentence) if contains_any(lowered, _VERDICT_WORDS) and \
        contains_any(lowered, _VERDICT_VERBS) else None
    if match is None or not plausible_speaker(match.group("np")) or not sentence[:match.start()].strip():
        return
    np_start, np_end = match.span("np")
    # the judge's own verb ("dismissed it as ...") framed a report of nothing: this frame replaces it
    frames[:] = [f for f in frames if not np_start <= f.speaker_start < match.end()]
    for index, frame in enumerate(frames):
        if frame.content_start < match.start() < frame.content_end:
            frames[index] = replace(frame, content_end=match.start())
    frames.append(Frame(match.group("np"), np_start, np_end, match.group("verb"), "deny", 0, match.start() + 1,
                        post=True, relay=False))


def _judged_before(sentence: str, frames: list[Frame]) -> None:
    _called_false(sentence, frames)
    for index, frame in enumerate(frames):
        back = _POINTS_BACK.fullmatch(sentence, frame.content_start, frame.content_end) if not frame.post else None
        separator = _BACK_SEPARATOR.search(sentence, 0, frame.speaker_start) if back is not None else None
        if separator is None or not sentence[:separator.start()].strip():
            continue
        kind = frame.kind if frame.kind in ("deny", "confirm") else "deny" if back.group("what").lower() == "no" \
            and frame.kind == "say" else None
        if kind is not None:
            frames[index] = replace(frame, kind=kind, content_start=0, content_end=separator.start() + 1, post=True,
                                    relay=False)


# ", a claim Ukraine's military did not immediately confirm, saying only that ...", ", a claim ISW cannot
# confirm": the named speaker withholds judgement on what precedes (no claim of its own about it), but a
# participle after it is its report
_WITHHELD = re.compile(
    r",\s*(?:(?:a|the)\s+(?:claim|report|assertion|statement|version|announcement)|claims|reports)\s+"
    r"(?:that\s+|which\s+)?(?!(?:could|can|cannot|was|were|been|it|they|there)\b)"
    r"(?P<np>(?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,4}?)\s+(?:(?:did|does|do|has|have|had|could|can)\s+not|"
    r"cannot|can['\u2019]t|couldn['\u2019]t|didn['\u2019]t|hasn['\u2019]t|haven['\u2019]t)\s+"
    r"(?:(?:yet|immediately|independently|officially|publicly)\s+)*(?P<verb>confirm(?:ed)?|acknowledged?|comment(?:ed)?\s+on)\b", _I)


# a judging subject that names nobody who judges: "neither Moscow nor Kyiv", "no one", "nobody"
_NOBODY = re.compile(r"(?:neither\s|no\s+one\b|nobody\b|none\s+of\b)", _I)


def appositive_denial(matches: list[re.Match[str]], frames: list[Frame], sentence: str = "") -> None:
    """"C, a claim Kyiv rejected": the named speaker judges (denies or confirms) C; so does
    "C; Kyiv says no" or "C, Kyiv denies it" (given the ``sentence``). ", a claim Kyiv did not
    confirm" ends C's report there and names Kyiv, the speaker of a participle after it ("saying")."""
    if sentence and frames:
        _judged_before(sentence, frames)
        if "not " in sentence or "n't " in sentence or "n\u2019t " in sentence:
            _withheld(sentence, frames)
    for match in matches:
        group = "np" if match.group("np") is not None else "pnp"
        phrase = match.group(group)
        if not plausible_speaker(phrase):
            continue
        if _NOBODY.match(phrase):
            # "C, a report that neither Moscow nor Kyiv confirmed": C's report ends there, and nobody judges it
            for index, frame in enumerate(frames):
                if frame.content_start < match.start() < frame.content_end:
                    frames[index] = replace(frame, content_end=match.start())
            continue
        verb = (match.group("verb") or match.group("pverb")).split()[0]
        kind = "deny" if verb.lower() != "confirmed" else "confirm"
        for index, frame in enumerate(frames):
            if frame.content_start < match.start() < frame.content_end:
                frames[index] = replace(frame, content_end=match.start())
        frames.append(Frame(phrase, match.start(group), match.end(group), verb, kind, 0, match.start(),
                            post=True, relay=False))


def _withheld(sentence: str, frames: list[Frame]) -> None:
    for match in _WITHHELD.finditer(sentence):
        phrase = match.group("np")
        if not plausible_speaker(phrase) or not any(f.content_start < match.start() < f.content_end for f in frames):
            continue
        # "a claim ISW cannot confirm": the verb inside is no report of "a claim ISW cannot"
        frames[:] = [f for f in frames if not match.start() <= f.speaker_start < match.end()]
        for index, frame in enumerate(frames):
            if frame.content_start < match.start() < frame.content_end:
                frames[index] = replace(frame, content_end=match.start())
        # an empty content: the frame names a speaker and reports nothing itself
        frames.append(Frame(phrase, match.start("np"), match.end("np"), "not " + match.group("verb"), "say",
                            match.end(), match.end(), relay=False))


_MEDIA = ("video", "footage", "photo", "picture", "image", "clip", "map")
# "A video posted by X on Monday purportedly shows C", "Pictures released by X purported to show C",
# "X released footage that appeared to show C": whoever put the pictures out says what they show
_SHOWS = (r"(?P<hedge>purportedly|apparently|reportedly|allegedly|(?:appear|seem|purport)(?:s|ed)?\s+to)?\s*"
          # "footage indicating that C": what the pictures suggest, the finder's hedged reading of them
          r"(?P<show>show(?:s|ed|ing)?|depict(?:s|ed|ing)?|(?P<indicates>indicat(?:es|ed|ing)|suggest(?:s|ed|ing)))\b")
_MEDIA_NOUN = (r"(?:videos?|footage|photos?|photographs?|pictures?|images?|clips?|drone\s+footage|maps?|"
               r"(?:video|drone)\s+(?:clips?|recordings?))")
_MEDIA_BY = re.compile(
    r"(?:^|(?<=[\s,;:(]))" + _MEDIA_NOUN + r"\s+(?:posted|released|published|shared|distributed|circulated|"
    r"uploaded|issued)\s+(?:online\s+|on\s+(?:telegram|social\s+media|x|facebook)\s+)?by\s+"
    r"(?P<np>[^,;:\"\u201c\u201d]{2,80}?)(?:\s+(?:on\s+\w+day|late\s+\w+day|overnight|earlier|on\s+"
    r"(?:telegram|social\s+media|x|facebook)|this\s+week|last\s+week)\b)*,?\s+(?:that\s+)?" + _SHOWS, _I)
_BY_MEDIA = re.compile(
    r"(?P<np>(?:^|(?<=[,;:]\s))[^,;:\"\u201c\u201d]{2,80}?)\s+(?:(?:also\s+|later\s+|(?:had|have|has)\s+)?"
    r"(?:posted|released|published|shared|distributed|issued)|"
    # "analysts had geolocated videos showing C": who found the pictures says what they show (with its
    # auxiliary only: "residents watched geolocated footage" is an adjective)
    r"(?:had|have|has)\s+(?:also\s+)?(?:geolocated|verified|analy[sz]ed|obtained|observed|reviewed))\s+(?:an?\s+|new\s+|the\s+|geolocated\s+|recent\s+|combat\s+)*" + _MEDIA_NOUN + r"\s+(?:on\s+\w+\s+)?(?:that|which)?\s*" + _SHOWS,
    _I)


def evidence_frames(sentence: str, frames: list[Frame], lowered: str | None) -> None:
    """Pictures as a report: "a video posted by X purportedly shows C" is X's report of C,
    hedged when the outlet says "purportedly" or "appeared to".

    ``lowered`` as for headline_frames.
    """
    if not contains_any(lowered if lowered is not None else sentence.lower(), _MEDIA):
        return
    for pattern in (_MEDIA_BY, _BY_MEDIA):
        for match in pattern.finditer(sentence):
            phrase = match.group("np").strip()
            if not plausible_speaker(phrase):
                continue
            np_start = match.start("np") + len(match.group("np")) - len(match.group("np").lstrip())
            np_end = np_start + len(phrase)
            # a say verb inside the match already framed it ("X posted a video showing"): this frame replaces it
            frames[:] = [f for f in frames if not (np_start <= f.speaker_start < match.end() and
                                                   f.verb.lower() in _MEDIA_VERBS)]
            if any(f.speaker_start < np_end and np_start < f.speaker_end for f in frames):
                continue
            hedge = match.group("hedge") or match.group("indicates")
            verb, kind = (hedge.split()[0], "assess") if hedge else (match.group("show"), "say")
            frames.append(Frame(phrase, np_start, np_end, verb, kind, match.end(), len(sentence)))


_MEDIA_VERBS = frozenset({"posted", "released", "published", "shared", "distributed", "issued", "geolocated",
                          "verified", "analysed", "analyzed", "obtained", "observed", "reviewed"})


_FILLER = re.compile(r"(?:\s+(?:on\s+\w+|in\s+(?:an?|its|his|her|their|the)\s+(?:\w+\s+){0,3}?\w+|"
                     r"late\s+\w+|earlier|later|today|yesterday))*", _I)


def _skip_filler(sentence: str, position: int) -> int:
    found = _FILLER.match(sentence, position)
    return found.end() if found else position

