"""Claims that a headline states in headline grammar the sentence rules do not read.

Headlines drop verbs and split their statements into clauses: "Moscow claims Soledar; Kyiv says battle
not over", "Toretsk: Russia claims capture, Kyiv says fighting continues", "Kyiv: no retreat from
Pokrovsk", "Russians pushed off Zmiinyi Island", "Izium retaken". Each clause is read here as a speaker
(before "says", after a trailing ", X says", before a colon, or after a dash) and a content; a content
that names no place is about the headline's one place when another clause claims it or a colon makes it
the topic ("Zelensky visits troops near X; Kyiv says fighting goes on" claims nothing). A content is a
claim when it is a shape that states control:

* fighting or a battle that goes on, or troops holding outskirts, a district or the centre: contested;
* "no retreat from X": the speaker's side holds X;
* one side's forces driven, pushed or gone out of X: the other side holds X;
* "claims capture" with the place elsewhere: the speaker's side, hedged;
* a bare "X retaken", "X abandoned" or "X reportedly captured" in the outlet's voice: what the lead says of X;
* one side's flag raised over an unnamed part of the topic place ("X is ours: Russian flag over town centre").

Only claims the sentence rules did not already find for that speaker and place are added, and a
question ("Who controls Bakhmut?") claims nothing.
"""

from __future__ import annotations

import re
from datetime import datetime

from crosscheck.resolve import Gazetteer, PlaceMention

from ._actors import PARTIES, opposite
from ._headline_case import sentence_cased
from ._sentences import ends_as_question, reads_as_headline
from ._speakers import SpeakerInfo, lookup
from ._types import ExtractedClaim

HEADLINE_CHARS = 240    # a headline's blank line comes within this many characters of the start
_SAY = r"(?:says?|said|insists?|concedes?|admits?|claims?|counters?|confirms?|reports?)"
_SPEAKER = r"[A-Z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,4}?"
_LEADING_SPEAKER = re.compile(rf"^(?P<speaker>{_SPEAKER})\s+(?P<verb>{_SAY})\s+(?:that\s+)?(?P<content>.+)$")
_TRAILING_SPEAKER = re.compile(rf"^(?P<content>.+?),\s+(?P<speaker>[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){{0,4}}?)\s+"
                               rf"(?P<verb>{_SAY})$")
_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")
_COLON = re.compile(r"^(?P<head>[^:]{2,40}):\s+(?P<rest>.+)$")
# a cheap gate: no headline without one of these words holds a shape read here
_GATE = re.compile(r"(?i)\b(?:fight|fighting|battle|battles|clashes|outskirts|edge|districts?|centre|center|streets|"
                   r"foothold|retreat|driven|pushed|gone|ousted|expelled|forced|capture|control|liberation|retaken|"
                   r"recaptured|abandoned|liberated|freed|captured|taken|seized|lost|flags?)\b")

_GOES_ON = re.compile(r"(?i)\b(?:fight|fighting|battle|battles|clashes)\s+(?:still\s+)?(?:goes\s+on|go\s+on|"
                      r"continues?|rages?|(?:is\s+)?not\s+over|ongoing|still\s+on)\b")
_HOLD_PART = re.compile(r"(?i)\b(?:troops|forces|units|soldiers|defenders|fighters)\s+(?:still\s+)?"
                        r"(?:hold|holding|holds|in|inside|on|at|cling\s+to|clinging\s+to)\s+"
                        r"(?:[\w'\u2019-]+\s+){0,3}?(?:outskirts|edge|districts?|part|parts|centre|center|streets|"
                        r"foothold|neighbourhoods?|neighborhoods?)\b")
_NO_RETREAT = re.compile(r"(?i)\bno\s+(?:retreat|withdrawal|pullout)\s+from\b")
_SIDE_OUT = re.compile(r"(?i)^(?:the\s+)?(?:last\s+)?(?P<side>russians?|ukrainians?|russia's|ukraine's)\b[\w\s'\u2019-]{0,30}?"
                       r"\b(?:driven\s+(?:out\s+of|from|off)|pushed\s+(?:off|out\s+of|from)|gone\s+from|"
                       r"ousted\s+from|expelled\s+from|forced\s+(?:out\s+of|from|off))\s+")
# "Russian flag raised over town centre" after "X is ours:": a flag over an unnamed part of the topic place
_FLAG = re.compile(r"(?i)^(?:the\s+)?(?P<side>russian|ukrainian|russia's|ukraine's)\s+(?:state\s+|national\s+)?flags?\s+"
                   r"(?:(?:is|are|was|were|now|again|back|already|has\s+been|have\s+been)\s+)*"
                   r"(?:raised|hoisted|planted|flies|flying|up|goes\s+up|went\s+up|back|over|above)\b")
# a colon's head that states something of its place ("Vuhledar is ours:", "Avdiivka has fallen:") makes it the topic
_PLACE_STATEMENT = re.compile(r"^\s*(?P<place>[A-Z][\w'\u2019 -]{1,40}?)\s+(?:is|are|was|has|have|remains)\s+\S")
_CLAIMS_CAPTURE = re.compile(r"(?i)^(?:the\s+)?(?:full\s+)?(?:capture|control|liberation)$")
_BARE_PARTICIPLE = re.compile(r"^(?P<place>[A-Z][\w'\u2019 -]{1,40}?)\s+(?:(?:reportedly|fully|finally|officially)\s+)?"
                              r"(?:retaken|recaptured|abandoned|liberated|freed|captured|taken|seized|lost)\b")
_BEFORE_PLACE = re.compile(r"(?i)\b(?:in|inside|for)\s+(?:the\s+[\w-]+\s+of\s+)?$")
# a desk's label before a colon, not a speaker
_LABELS = frozenset({"analysis", "explainer", "live", "update", "updated", "opinion", "factbox", "exclusive",
                     "breaking", "watch", "video", "photos", "timeline", "comment", "interview", "fact check"})
_ROLE_HEAD = re.compile(r"(?i)\b(?:mayor|governor|commander|chief|minister|ministry|spokes(?:man|woman|person)|army|"
                        r"military|brigade|officials?|president|command|general\s+staff)$")
_HEDGES = re.compile(r"(?i)\b(?:reportedly|allegedly|claims?|likely|purportedly)\b")


def with_headline_shapes(claims: list[ExtractedClaim], title: str | None, text: str, outlet: SpeakerInfo,
                         published_at: datetime) -> list[ExtractedClaim]:
    """``claims`` with the headline's claims in headline grammar added after the headline's own."""
    field, start, written = _headline(title, text)
    # a question, also one in quotes ("'Who holds Siversk now?'"), claims nothing
    if written is None or ends_as_question(written) or not _GATE.search(written):
        return claims
    headline = sentence_cased(written)     # same offsets: "Russia Claims Capture" read as "Russia claims capture"
    clauses = _clauses(headline)
    # "Kyiv says ...", "Moscow: ...": a capital speaking is no place of the headline ("Kherson mayor" keeps Kherson)
    speakers = {said_by[1] + len(said_by[0]) - len(said_by[0].lstrip()): said_by[0].strip()
                for said_by, _, _, _ in clauses if said_by is not None}
    mentions = [m for m in Gazetteer.default().find_mentions(headline)
                if m.place is not None and speakers.get(m.start) != m.as_written]
    if not mentions:
        return claims
    added: list[ExtractedClaim] = []
    places = {m.place.place_id: m for m in mentions}
    end = start + len(headline)
    lead = [c for c in claims if c.predicate == "controls" and not (c.field == field and c.char_start < end)]
    # the rules' reading of a headline's place wins ("Kursk 'liberated'" is the Kursk region there)
    read_as = {c.place_as_written.lower(): (c.place, c.place_id) for c in claims
               if c.field == field and c.char_start < end and c.place_id is not None}
    attributed = bool(re.search(rf"\b{_SAY}\b", headline)) or any(said_by for said_by, _, _, _ in clauses)
    # a clause naming no place answers a claim about the headline's place ("Moscow claims X; Kyiv says
    # fighting goes on") or speaks of the place a colon made the topic ("X: ..."), never a mere landmark
    anchored = {c.place_as_written.lower() for c in claims if c.field == field and c.char_start < end}
    colon = _COLON.match(headline)
    if colon is not None and _names_only_a_place(colon.group("head")):
        anchored.add(colon.group("head").strip().lower())
    elif colon is not None and not _is_speaker(colon.group("head")):
        stated = _PLACE_STATEMENT.match(colon.group("head"))
        if stated is not None and _names_only_a_place(stated.group("place")):
            anchored.add(stated.group("place").strip().lower())
    for said_by, verb, content, offset in clauses:
        speaker = written[said_by[1]:said_by[1] + len(said_by[0])].strip() if said_by is not None else None
        lone = next(iter(places.values())) if len(places) == 1 else None
        lone = lone if lone is not None and lone.as_written.lower() in anchored else None
        found = _content_claim(speaker, verb, content, offset, mentions, lone, lead if not attributed else [])
        if found is None:
            continue
        mention, value, hedged = found
        info = lookup(speaker) if speaker else outlet
        if value == "speaker":
            value = info.side if info.side in PARTIES else None
        if value is None:
            continue
        place, place_id = read_as.get(mention.as_written.lower(), (mention.place.name, mention.place.place_id))
        hedge = _HEDGES.search(content)
        modality = hedge.group(0).lower() if hedge else verb.lower() if hedged else None
        claim = _record(field, start, written, speaker, info, (mention.as_written, place, place_id), value,
                        modality, published_at)
        if not any(_same_claim(claim, other, start + len(headline)) for other in [*claims, *added]):
            added.append(claim)
            anchored.add(mention.as_written.lower())
    if not added:
        return claims
    at = next((i for i, c in enumerate(claims) if not (c.field == field and c.char_start < start + len(headline))),
              len(claims))
    return [*claims[:at], *added, *claims[at:]]


def _headline(title: str | None, text: str) -> tuple[str, int, str | None]:
    """The headline's field, its start there and its words: the title, or a text's short unterminated
    first paragraph with a lead after it."""
    if title:
        return "title", 0, title.strip()
    # a blank line within a headline's length of the start, looked for before any splitting: most
    # articles have none there and cost nothing more
    gap = text.find("\n\n", 0, HEADLINE_CHARS)
    first = text[:gap] if gap > 0 else ""
    stripped = first.strip()
    if not stripped or not reads_as_headline(stripped) or not text[gap:].strip():
        return "text", 0, None
    return "text", first.find(stripped), stripped


def _clauses(headline: str) -> list[tuple[tuple[str, int] | None, str, str, int]]:
    """((speaker, its offset) or None, say verb, content, content's offset) of each clause of ``headline``."""
    out: list[tuple[tuple[str, int] | None, str, str, int]] = []
    offset = 0
    for part in headline.split(";"):
        at = offset + len(part) - len(part.lstrip())
        offset += len(part) + 1
        part = part.strip()
        said_by = None      # a dash's or a colon's speaker, for the clauses that name none
        pieces = _DASH.split(part)
        if len(pieces) == 2 and len(pieces[1].split()) <= 4:
            said_by = (pieces[1], at + len(part) - len(pieces[1]))
            part = pieces[0]
        colon = _COLON.match(part)
        if colon is not None:
            head = colon.group("head")
            if _is_speaker(head):
                said_by = (head, at)
            at += colon.start("rest")
            part = colon.group("rest")
        for piece, piece_at in _comma_clauses(part, at):
            leading = _LEADING_SPEAKER.match(piece)
            trailing = _TRAILING_SPEAKER.match(piece)
            if leading is not None:
                out.append(((leading.group("speaker"), piece_at), leading.group("verb"), leading.group("content"),
                            piece_at + leading.start("content")))
            elif trailing is not None:
                out.append(((trailing.group("speaker"), piece_at + trailing.start("speaker")), trailing.group("verb"),
                            trailing.group("content"), piece_at))
            else:
                out.append((said_by, "", piece, piece_at))
    return out


def _comma_clauses(part: str, at: int) -> list[tuple[str, int]]:
    """``part`` split before a ", X says ..." or "as X says ..." clause, which is a second speaker's
    ("Russia claims capture, Kyiv says fighting continues"); any other comma stays inside its clause."""
    match = re.search(rf"(?:,|\s+as|\s+while|\s+but)\s+(?={_SPEAKER}\s+{_SAY}\s+\S)", part)
    if match is None:
        return [(part, at)]
    return [(part[:match.start()], at), (part[match.end():], at + match.end())]


def _is_speaker(head: str) -> bool:
    """A colon's head that says who speaks ("Kyiv:", "Zaluzhnyi:", "Kherson mayor:"), not a topic
    ("Russia's new Kharkiv push:") or a place ("Toretsk:")."""
    head = head.strip()
    if head.lower() in _LABELS:
        return False
    if _ROLE_HEAD.search(head):
        return True
    if lookup(head).speaker_id is not None:
        # a named body ("Kyiv", "Ukraine's General Staff"), not a topic that merely starts with one
        return not any(word[:1].islower() and word not in ("of", "the", "for") for word in head.split())
    return len(head.split()) == 1 and head[:1].isupper() and not _names_only_a_place(head)


def _names_only_a_place(words: str) -> bool:
    mentions = Gazetteer.default().find_mentions(words)
    return len(mentions) == 1 and mentions[0].as_written == words.strip()


def _content_claim(speaker: str | None, verb: str, content: str, offset: int, mentions: list[PlaceMention],
                   lone: PlaceMention | None, lead: list[ExtractedClaim]
                   ) -> tuple[PlaceMention, str, bool] | None:
    """(place mention, value or "speaker", hedged) stated by ``content``, or None. ``lone`` is the
    headline's one place when a clause naming none may be about it; ``lead`` holds the lead's control
    claims when the headline is in the outlet's voice (a bare "X retaken" means what the lead says of
    X), and nothing when a speaker is named."""
    own = [m for m in mentions if offset <= m.start < offset + len(content)]
    elsewhere = {m.place.place_id for m in mentions if m not in own}
    hedged = verb.lower().startswith("claim")
    side_out = _SIDE_OUT.match(content)
    if side_out is not None and own:
        side = "Russia" if side_out.group("side").lower().startswith("russia") else "Ukraine"
        return own[0], opposite(side), hedged
    if _NO_RETREAT.search(content) and own and speaker:
        return own[0], "speaker", hedged
    if _CLAIMS_CAPTURE.match(content.strip()) and not own and speaker and lone is not None:
        return lone, "speaker", hedged
    flag = _FLAG.match(content.strip())
    if flag is not None and not own and lone is not None:
        return lone, "Russia" if flag.group("side").lower().startswith("russia") else "Ukraine", hedged
    if _GOES_ON.search(content) or _HOLD_PART.search(content):
        if not own:
            return (lone, "contested", hedged) if lone is not None and elsewhere else None
        before = content[:own[0].start - offset]
        return (own[0], "contested", hedged) if _BEFORE_PLACE.search(before) or "outskirts" in content else None
    bare = _BARE_PARTICIPLE.match(content)
    if bare is not None and speaker is None and own and own[0].start == offset:
        told = [c.value for c in lead if c.place_id == own[0].place.place_id and c.value != "contested"]
        return (own[0], told[0], False) if told and len(set(told)) == 1 else None
    return None


def _record(field: str, start: int, headline: str, phrase: str | None, info: SpeakerInfo,
            place: tuple[str, str | None, str | None], value: str, modality: str | None,
            published_at: datetime) -> ExtractedClaim:
    as_written, name, place_id = place
    return ExtractedClaim(
        field=field, char_start=start, char_end=start + len(headline), sentence=headline,
        speaker_phrase=phrase.strip() if phrase else None, speaker=info.name, speaker_id=info.speaker_id,
        speaker_side=info.side, speaker_kind=info.kind, place_as_written=as_written,
        place=name, place_id=place_id, predicate="controls", value=value,
        hedged=modality is not None, modality=modality, asserted_at=published_at, reported_via=None)


def _same_claim(claim: ExtractedClaim, other: ExtractedClaim, headline_end: int) -> bool:
    """The same speaker's control claim about the same place, whatever its value (the rules' reading
    wins): the outlet's anywhere, a phrase's anywhere, a resolved speaker's within the headline."""
    if other.predicate != "controls" or other.place_id != claim.place_id:
        return False
    if claim.speaker_phrase is None or other.speaker_phrase is None:
        return claim.speaker_phrase is None and other.speaker_phrase is None
    if claim.speaker_phrase.lower() == other.speaker_phrase.lower():
        return True
    return claim.speaker_id is not None and claim.speaker_id == other.speaker_id \
        and other.field == claim.field and other.char_start < headline_end
