"""Who speaks across a whole article: what a later "he", "the minister" or "the ministry" refers to.

The tracker remembers every speaker named so far in the headline and the text (also those
whose sentence yields no claim) with what kind of speaker it is: a person (a named human,
a spokesman, a governor), a group of people ("military bloggers") or a body (a ministry,
a command, a country). A pronoun takes the nearest antecedent of its kind ("he" a person,
"it" a body, "they" a body or a group); a definite description ("the minister", "the
deputy minister", "the ministry", "the General Staff", "the Wagner chief") takes the
nearest speaker whose own words, canonical name or role appositive hold all its words, and
else a holder of that role named anywhere earlier in the article ("Defence Minister
Sergei Shoigu", "Yevgeny Prigozhin, the Wagner chief"). Paragraphs the extractor skipped
are read for their speakers only when a reference needs them.
"""

from __future__ import annotations

import re
from bisect import insort
from functools import lru_cache
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from operator import attrgetter

from crosscheck.resolve import SpeakerResolver

from ._lexicon import ANAPHORIC_HEADS, PRONOUN_SPEAKERS, caseless
from ._speaker_kinds import PERSON_HEADS as _PERSON_HEADS, PERSON_KIND, ROLE_TAIL, phrase_kind, speaker_kind
# _NAME and _NAMED_PERSON are read here by the speed-equivalence test, which pins their fast form
from ._speaker_intros import (_NAME, _NAMED_PERSON, _PERSON_HEAD_WORDS, introduced_person,  # noqa: F401
                              introduced_someone, opened_on_institution)
from ._speakers import BARE_DOCUMENT, SpeakerInfo, clean_speaker_phrase, document_owner, lookup
from ._types import ExtractedClaim

# position of a mention: (field: 0 title / 1 text, character offset in the field)
Position = tuple[int, int]

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# "In his assessment, ...": a possessive owner speaks as its pronoun would
_POSSESSIVES = {"his": "he", "its": "it", "their": "they"}
# "Its analysts wrote ...": the analysts of the analysis body (a think tank, a mapping project) named before
_OWNED_ANALYSTS = re.compile(r"^(?:its|their)\s+(?:own\s+)?(?:analysts|experts|researchers|mappers|monitors|team)$")
_BODY_PRONOUNS = frozenset({"it"})
_GROUP_PRONOUNS = frozenset({"they", "them"})
_WORD = re.compile(r"[\w-]+")
_SPELLINGS = {"defense": "defence", "russia's": "russian", "russia": "russian", "ukraine": "ukrainian",
              "center": "centre", "spokesperson": "spokesman", "spokeswoman": "spokesman"}
_DROPPED = frozenset({"the", "a", "an", "of", "for", "'s", "s"})
_POSSESSIVE_NAME = re.compile(_NAME + r"['\u2019]s\b")
# Both scan whole articles. A capital opens each, and the test that no word character stands before it
# comes after the capital ("[A-Z](?<![\w'-].)", the same as "(?<![\w'-])[A-Z]"): the pattern then
# starts with a character class, so the engine skips to the next capital (~2x faster).
_CAPITALISED = re.compile(r"[A-Z](?<![\w'\u2019-].)[\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}")
# a name with lower-case links: "the Institute for the Study of War"
_CAPITALISED_LONG = re.compile(r"[A-Z](?<![\w'\u2019-].)[\w'\u2019-]+(?:\s+(?:(?:for|of|on|the|and)\s+)*"
                               r"[A-Z][\w'\u2019-]+){1,5}")
@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    out = set()
    for raw in _WORD.findall(text.lower().replace("\u2019", "'").replace("'s", "")):
        word = _SPELLINGS.get(raw, raw)
        if word not in _DROPPED:
            out.add(word)
    return frozenset(out)


@dataclass(order=True)
class Mention:
    """One speaker named at ``position``, with the words that may later describe it."""

    position: Position
    info: SpeakerInfo = field(compare=False)
    kind: str | None = field(compare=False)
    words: frozenset[str] = field(compare=False)


_POSITION = attrgetter("position")


class SpeakerTracker:
    """The speakers of one article so far, shared by its headline and text readers."""

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self._seen: set[Position] = set()
        self.texts: dict[int, str] = {}
        self._lowered: dict[int, tuple[str, str | None]] = {}
        # callables that read the speakers of paragraphs skipped so far (set by the readers)
        self.fillers: list[Callable[[], None]] = []

    def add(self, info: SpeakerInfo, position: Position, role: str = "") -> None:
        if position in self._seen or info.phrase is None:
            return
        self._seen.add(position)
        words = _words(info.phrase) | _words(info.name) | _words(role)
        kind = speaker_kind(info, info.phrase)
        if kind is None and role:
            kind = phrase_kind(role)
        # by position alone, as Mention's ordering compares (without building its comparison tuples)
        insort(self.mentions, Mention(position, info, kind, words), key=_POSITION)

    def resolve(self, phrase: str, previous: SpeakerInfo | None, position: Position) -> SpeakerInfo | None:
        """The earlier speaker ``phrase`` refers back to, or None when it is a speaker of its own."""
        cleaned = clean_speaker_phrase(phrase)
        owner = document_owner(cleaned)
        if owner == BARE_DOCUMENT:
            # "the statement said": the one whose words the article reported last
            if previous is not None and previous.phrase is not None:
                return previous
            found = self._nearest(position, lambda m: m.kind != "person")
            return found.info if found is not None else None
        if owner is not None:
            return self.resolve(owner, previous, position)
        lowered = _POSSESSIVES.get(cleaned.lower(), cleaned.lower())
        if lowered in PRONOUN_SPEAKERS:
            return self._pronoun(lowered, previous, position)
        if _OWNED_ANALYSTS.match(lowered):
            return self._last_analyst(position)
        description = _description_words(lowered)
        if description is None:
            return None
        if previous is not None and previous.phrase is not None and \
                description <= _words(previous.phrase) | _words(previous.name):
            return previous
        found = self._nearest(position, lambda m: description <= m.words)
        if found is not None:
            return found.info
        return self._named_holder(cleaned, description, position) or self._known_holder(description, position)

    def named_later(self, phrase: str) -> SpeakerInfo | None:
        """"... — Defence Ministry": the text's fuller speaker a headline's bare institution or role names."""
        bare = "the " + _LEADING_THE.sub("", clean_speaker_phrase(phrase).lower())
        # "Ministry of Defence": the head comes before its "of" phrase, whose words must match too
        if _description_words(ROLE_TAIL.sub("", bare)) is None:
            return None
        description = _words(bare)
        for mention in self.mentions:
            if mention.position[0] == 1 and mention.info.speaker_id is not None and description <= mention.words:
                return mention.info
        return None

    def _pronoun(self, pronoun: str, previous: SpeakerInfo | None, position: Position) -> SpeakerInfo | None:
        if pronoun in _PERSON_PRONOUNS:
            wanted: frozenset[str | None] = frozenset({"person"})
        elif pronoun in _BODY_PRONOUNS:
            wanted = frozenset({"body"})
        elif pronoun in _GROUP_PRONOUNS:
            wanted = frozenset({"body", "group"})
        else:       # "we", "I": the speaker just quoted
            return previous
        if "person" in wanted:
            # "Syrskyi said ... A soldier with the 57th brigade described ... '...,' he said": a person
            # a sentence opened on after the last speaker was named is nearer than that speaker
            newer = self._introduced_since_last(position)
            if newer is not None:
                return newer
        elif pronoun in _BODY_PRONOUNS:
            newer = self._institution_since_last(position)
            if newer is not None:
                return newer
        if previous is not None and previous.phrase is not None and \
                speaker_kind(previous, previous.phrase) in wanted | {None}:
            return previous
        found = self._nearest(position, lambda m: m.kind in wanted)
        if found is None and "person" in wanted:
            # "Iryna Vereshchuk, a deputy prime minister, urged residents to leave. She said ...":
            # a person named with a role, though not as a speaker
            named = self._last_match(_NAMED_PERSON, position, _PERSON_HEAD_WORDS)
            # "spokesman for the Khortytsia group": a capitalised word after a role may name a body
            if named is not None and speaker_kind(lookup(named), named) in ("person", None):
                return lookup(named)
            # "Zelensky's comments caused confusion after he appeared to concede ...": a known
            # person named only as the owner of something
            owner = self._last_match(_POSSESSIVE_NAME, position)
            if owner is not None and speaker_kind(lookup(owner), owner) == "person":
                return lookup(owner)
            # "Syrskyi visited the command post on Friday. '...,' he said": a known person named
            # as the subject of something other than a statement
            known = self._last_known_person(position)
            if known is not None:
                return known
        if found is None and previous is None:
            # no antecedent of the pronoun's kind: the last speaker of no known kind
            found = self._nearest(position, lambda m: m.kind is None)
        if found is not None:
            return found.info
        return previous

    def _introduced_since_last(self, position: Position) -> SpeakerInfo | None:
        """"Natalia Humeniuk, the spokesperson ..., urged caution. She said ...": a person a sentence
        opened by introducing with a role after the last speaker named, whom a "she" then means."""
        last = self._nearest(position, lambda m: True)
        if last is not None and last.position[0] != position[0]:
            return None
        text = self.texts.get(position[0], "")
        # the introduction opens a sentence after the one naming the last speaker (whose resolved
        # phrase may be longer than its words in the text: "the General Staff of the Armed Forces")
        low = 0 if last is None else _sentence_end(text, last.position[1], position[1])
        # "A soldier with the 57th brigade, ..., described ...": an unnamed newcomer, unless a named
        # person is introduced after them
        someone = introduced_someone(text, low, position[1]) if "A" in text[low:position[1]] or \
            "One" in text[low:position[1]] else None
        newcomer = lookup(someone[1]) if someone is not None else None
        name = introduced_person(text, low if someone is None else someone[0] + 1, position[1])
        if name is None:
            return newcomer
        info = lookup(name)
        if last is not None and info.name == last.info.name or \
                not (len(name.split()) > 1 or info.speaker_id is not None):
            return newcomer     # the last speaker's own name, in the words that introduced them
        return info if speaker_kind(info, name) in ("person", None) else newcomer

    def _institution_since_last(self, position: Position) -> SpeakerInfo | None:
        """A known institution a sentence opened on after the last speaker was named, whom an "it" then means."""
        last = self._nearest(position, lambda m: True)
        text = self.texts.get(position[0], "")
        low = 0 if last is None or last.position[0] != position[0] else _sentence_end(text, last.position[1], position[1])
        words = opened_on_institution(text, low, position[1])
        info = lookup(words) if words is not None else None
        return info if info is not None and info.speaker_id is not None else None

    def _nearest(self, position: Position, test: Callable[[Mention], bool]) -> Mention | None:
        for filler in self.fillers:
            filler()
        for mention in reversed(self.mentions):
            if mention.position < position and test(mention):
                return mention
        return None

    def _named_holder(self, phrase: str, description: frozenset[str], position: Position) -> SpeakerInfo | None:
        """"the president" after "President Vladimir Putin", "the ministry" after "Russia's defence
        ministry" was named in the article, though never quoted: the last such holder before ``position``."""
        role = ROLE_TAIL.sub("", re.sub(r"^the\s+", "", phrase, flags=re.IGNORECASE))
        kind = phrase_kind(role)
        if not role or kind not in ("person", "body"):
            return None
        # both patterns below hold the role's last word: an article without it before here has no holder
        needed = role.split()[-1].lower()
        if needed.isascii() and self._lacks_before(position, (needed,)):
            return None
        # the role's words in order, perhaps with others between ("Deputy Defence Minister")
        role_pattern = r"(?i:" + r"\s+(?:[\w'\u2019-]+\s+){0,2}?".join(re.escape(w) for w in role.split()) + r")"
        if kind == "person":
            pattern = re.compile(r"\b" + role_pattern + r"\s+" + _NAME + r"|" + _NAME.replace("name", "name2")
                                 + r",\s+(?i:the\s+|a\s+)?(?:[\w'\u2019-]+\s+){0,3}?" + role_pattern + r"\b")
        else:
            head = role_pattern if len(role.split()) == 1 else r"(?i:" + re.escape(role.split()[-1]) + r")"
            pattern = re.compile(r"(?P<name>(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:[\w'\u2019-]+\s+){0,2}?" + head + r")\b")
        name = self._last_match(pattern, position)
        if name is None:
            return None
        info = lookup(name)
        if kind == "body":
            # only a known body whose own words hold the whole description ("the defence ministry")
            return info if info.speaker_id is not None and description <= _words(name) | _words(info.name) else None
        return info if speaker_kind(info, name) == "person" else None

    def _last_analyst(self, position: Position) -> SpeakerInfo | None:
        """The last analysis body named before ``position``, as a speaker or anywhere in the text
        ("The picture given by the monitoring project DeepState is more alarming. Its analysts ...")."""
        mention = self._nearest(position, lambda m: m.info.kind == "analyst")
        best = (mention.position, mention.info) if mention is not None else None
        for field_no, text in self.texts.items():
            limit = position[1] if field_no == position[0] else (len(text) if field_no < position[0] else 0)
            for pattern in (_CAPITALISED, _CAPITALISED_LONG):
                for match in pattern.finditer(text, 0, limit):
                    info = lookup(match.group(0))
                    if info.kind == "analyst" and (best is None or (field_no, match.start()) > best[0]):
                        best = ((field_no, match.start()), info)
        return best[1] if best is not None else None

    def _known_holder(self, description: frozenset[str], position: Position) -> SpeakerInfo | None:
        """"Zelensky visited troops ... '...,' the president said": the last person the speaker list
        knows, named anywhere before ``position``, whose known names hold the description's words."""
        if not description & _PERSON_HEADS:
            return None
        best: tuple[Position, SpeakerInfo] | None = None
        for field_no, text in self.texts.items():
            limit = position[1] if field_no == position[0] else (len(text) if field_no < position[0] else 0)
            for match in _CAPITALISED.finditer(text, 0, limit):
                info = lookup(match.group(0))
                if info.speaker_id is None or info.kind != PERSON_KIND or \
                        (best is not None and (field_no, match.start()) <= best[0]):
                    continue
                if description <= _alias_words(info.speaker_id):
                    best = ((field_no, match.start()), info)
        return best[1] if best is not None else None

    def _last_known_person(self, position: Position) -> SpeakerInfo | None:
        """The last person the speaker list knows by name anywhere in the article before ``position``."""
        best: tuple[Position, SpeakerInfo] | None = None
        for field_no, text in self.texts.items():
            limit = position[1] if field_no == position[0] else (len(text) if field_no < position[0] else 0)
            for match in _CAPITALISED.finditer(text, 0, limit):
                info = lookup(match.group(0))
                if info.speaker_id is None or speaker_kind(info, match.group(0)) != "person":
                    continue
                if best is None or (field_no, match.start()) > best[0]:
                    best = ((field_no, match.start()), info)
        return best[1] if best is not None else None

    def _lacks_before(self, position: Position, words: tuple[str, ...]) -> bool:
        """Whether no field holds any of the lower-case ASCII ``words`` (in any letter case) before
        ``position``: then no pattern that needs one of them can match there (see caseless)."""
        for field_no, text in self.texts.items():
            limit = position[1] if field_no == position[0] else (len(text) if field_no < position[0] else 0)
            lowered = self._caseless(field_no, text)
            if lowered is None or any(lowered.find(word, 0, limit) >= 0 for word in words):
                return False
        return True

    def _caseless(self, field_no: int, text: str) -> str | None:
        # a field's text, lower-cased once for the _lacks_before tests of every reference in it
        cached = self._lowered.get(field_no)
        if cached is None or cached[0] is not text:
            cached = self._lowered[field_no] = (text, caseless(text))
        return cached[1]

    def _last_match(self, pattern: re.Pattern[str], position: Position,
                    needs: tuple[str, ...] | None = None) -> str | None:
        """The name in the last match of ``pattern`` in the article before ``position``; ``needs``:
        lower-case ASCII words one of which every match holds, for a cheap test before the scan."""
        if needs is not None and self._lacks_before(position, needs):
            return None
        best: tuple[Position, str] | None = None
        for field_no, text in self.texts.items():
            limit = position[1] if field_no == position[0] else (len(text) if field_no < position[0] else 0)
            for match in pattern.finditer(text, 0, limit):
                name = match.group("name") or match.groupdict().get("name2")
                if name is None or len(name.split()) < 2 and lookup(name).speaker_id is None:
                    continue
                if best is None or (field_no, match.start()) > best[0]:
                    best = ((field_no, match.start()), name)
        return best[1] if best is not None else None


_LEADING_THE = re.compile(r"^the\s+")
_SENTENCE_STOP = re.compile(r"[.!?][\"\u201d\u2019)]*\s|\n")


def _sentence_end(text: str, start: int, limit: int) -> int:
    """Where the sentence holding ``start`` ends (at most ``limit``)."""
    stop = _SENTENCE_STOP.search(text, start, limit)
    return stop.end() if stop is not None else limit


@lru_cache(maxsize=1024)
def _alias_words(speaker_id: str) -> frozenset[str]:
    """The words of every name the speaker list knows a speaker by ("President Zelensky")."""
    for speaker in SpeakerResolver.default().speakers():
        if speaker.speaker_id == speaker_id:
            return frozenset().union(*(_words(alias) for alias in (speaker.name, *speaker.aliases)))
    return frozenset()


@lru_cache(maxsize=8192)
def _description_words(lowered: str) -> frozenset[str] | None:
    """The words of a definite description that may refer back ("the deputy minister"), else None."""
    if not lowered.startswith("the "):
        return None
    tokens = lowered.split()[1:]
    if not tokens or len(tokens) > 4:
        return None
    head = tokens[-1]
    if head not in ANAPHORIC_HEADS and head not in _PERSON_HEADS:
        return None
    words = _words(" ".join(tokens))
    return words or None


def with_headline_speakers(claims: list[ExtractedClaim], tracker: SpeakerTracker) -> list[ExtractedClaim]:
    """Headline claims of an unresolved bare speaker ("— Defence Ministry") given the text's full one."""
    out = []
    for claim in claims:
        if claim.field == "title" and claim.speaker_phrase is not None and claim.speaker_id is None:
            later = tracker.named_later(claim.speaker_phrase)
            if later is not None:
                claim = replace(claim, speaker_phrase=later.phrase, speaker=later.name, speaker_id=later.speaker_id,
                                speaker_side=later.side, speaker_kind=later.kind)
        out.append(claim)
    return out
