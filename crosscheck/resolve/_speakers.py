"""Speaker resolution: map a speaker phrase as written to an entry of speakers.csv.

Phrases are reduced to canonical tokens first, so that wording variants meet:
"Russia's defence ministry", "the Russian MoD" and "Moscow's Ministry of
Defense" all become "russia defence ministry"; "Moscow-backed", "Russian-
installed", "separatist" and "occupation" all become one token; spellings are
folded like place names (Zelensky ~ Zelenskyy ~ Zelenskiy). Then: exact
alias, else a fuzzy match of the whole phrase (same number of tokens), else
the best alias contained in the phrase.

Kind "official" in speakers.csv marks an individual (office holder,
commander, spokesperson, leader); the other kinds are bodies. The optional
column "reads_as" names the side whose wording a neutral speaker writes in
(DeepState's map updates call the Russian army "the enemy"): its "the enemy"
and "our" are read as that side's, while its side stays neutral.
"""

from __future__ import annotations

import csv
import io
import re
import threading
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources

from anyascii import anyascii
from rapidfuzz import fuzz, process

from ._normalise import fold
from ._types import SIDES, SPEAKER_KINDS, Speaker

SPEAKERS_FILE = "speakers.csv"
# token_sort_ratio on canonical tokens: word order is ignored ("Defence
# Ministry of Russia" ~ "Russia defence ministry") and one or two typos in a
# name stay above 88 ("Konashenko" 95, "Prigozin" 94), while a phrase that
# lacks the side ("defence ministry" vs "russia defence ministry", 82) or names
# another person sharing a first name stays below. token_set_ratio is not
# used: it scores 100 whenever one token set contains the other, so "Russia"
# would match every Russian body.
FUZZY_SPEAKER_THRESHOLD: float = 88.0
# The whole-phrase ratio is dominated by long words, so "Sumy military administration"
# scored 91 against "USA military administration". A typo changes a word, not which word
# it is: every word of the phrase must also be this close to some word of the alias.
FUZZY_WORD_THRESHOLD: float = 75.0
_MIN_FUZZY_CHARS = 5

_RUSSIAN_INSTALLED = "russianinstalled"
_INSTALLED_RE = re.compile(
    r"\b(?:moscow|russia|russian|kremlin)\s*-?\s*(?:backed|installed|appointed|controlled|imposed|led|proxy|allied|supported)\b"
    r"|\bpro\s*-?\s*(?:moscow|russian|russia|kremlin)\b|\bseparatists?\b|\bself\s*-?\s*proclaimed\b|\boccupation\b|\boccupying\b",
    re.IGNORECASE,
)
_BASED_RE = re.compile(r"\b[\w.]+-based\b", re.IGNORECASE)  # "Washington-based" describes, it does not speak
_USA_RE = re.compile(r"\bU\.\s?S\.?(?!\w)|\bUS\b|\bUSA\b|\bUnited States\b|\bAmerican\b")
_UK_RE = re.compile(r"\bU\.\s?K\.?(?!\w)|\bUK\b|\bUnited Kingdom\b|\bBritish\b|\bBritain\b")
_POSSESSIVE_RE = re.compile(r"['’ʼ]s\b")
_TOKEN_RE = re.compile(r"[a-z0-9]+")
_DROPPED = frozenset(
    "the a an of in for to at on and by its his her their from with which who that as said says told "
    "according also".split()
)
_SYNONYMS = {
    "russian": "russia", "russians": "russia", "moscow": "russia", "rf": "russia",
    "ukrainian": "ukraine", "ukrainians": "ukraine", "kyiv": "ukraine", "kiev": "ukraine",
    "defense": "defence", "authorities": "administration", "government": "administration",
    "officials": "administration", "leadership": "administration",
    "zaporizhia": "zaporizhzhia", "zaporozhye": "zaporizhzhia", "zaporozhie": "zaporizhzhia",
    "lugansk": "luhansk", "dnr": "dpr", "lnr": "lpr", "peoples": "people",
}
_FOLDED_SYNONYMS = {fold(k): fold(v) for k, v in _SYNONYMS.items()}
_FOLDED_DROPPED = frozenset(fold(w) for w in _DROPPED)
_RUSSIA, _DEFENCE, _MINISTRY = fold("russia"), fold("defence"), fold("ministry")
_FEDERATION, _MOD = fold("federation"), fold("mod")
_INSTALLED_TOKEN = fold(_RUSSIAN_INSTALLED)
_PERSON_KIND = "official"
_COUNTRY_TOKENS = frozenset({_RUSSIA, fold("ukraine")})
_OTHER_SIDE_TOKEN = {"Russia": fold("ukraine"), "Ukraine": _RUSSIA}
# "Kremlin critics", "opponents of Zelensky's government", "the Russian opposition": people set against
# the body named, not that body
_OPPONENT_HEADS = frozenset(fold(w) for w in (
    "critic", "critics", "opponent", "opponents", "detractor", "detractors", "foe", "foes", "sceptics", "skeptics",
    "opposition", "dissident", "dissidents",
))
# heads of phrases naming someone of a side who is not its government: an unnamed individual
# ("a Ukrainian soldier", "a Russian officer who ...") or the side's press
_NOT_THE_GOVERNMENT_HEADS = frozenset(fold(w) for w in (
    "soldier", "soldiers", "officer", "commander", "serviceman", "servicemen", "resident", "residents",
    "civilian", "civilians", "volunteer", "fighter", "fighters", "marine", "pilot", "medic", "sergeant",
    "captain", "lieutenant", "paratrooper", "gunner", "sniper", "driver", "man", "woman", "veteran",
    "journalist", "reporter", "correspondent", "blogger", "prisoner", "deserter", "witness", "eyewitness",
    # the country's press speaks for itself, not for its government ("Ukrainian media reported")
    "journalists", "reporters", "correspondents", "media", "press", "outlets", "newspapers", "newspaper",
    "channels", "broadcasters", "broadcaster", "websites", "agencies", "tabloids",
))


# analysts or researchers named by where they work: "analysts at X", "researchers from X"
# A capital or country written bare and followed by a capitalised word that is not a
# government head: the start of another body's name. "Kyiv officials" and "Moscow's
# ministry" are the government's; "Kyiv Post" and "Russia Today" are not.
_NAMED_AFTER_A_PLACE = re.compile(
    r"(?:the\s+|The\s+)?(?P<place>Kyiv|Kiev|Moscow|Russia|Ukraine)\s+"
    r"(?!(?:Government|Officials|Authorities|Administration|Ministry|Defen[cs]e|General|Military|Army|Armed)\b)"
    r"[A-Z][a-z]"
)
_STAFF_OF = re.compile(r"\b(?:analysts?|experts?|researchers?|monitors?|mappers?|observers?|specialists?|staff)\s+"
                       r"(?:at|from|with)\s+(?P<org>\S.{2,})$", re.IGNORECASE)


def speaker_tokens(phrase: str) -> tuple[str, ...]:
    """Canonical tokens of a speaker phrase (see module docstring)."""
    text = _BASED_RE.sub(" ", phrase)
    text = _INSTALLED_RE.sub(f" {_RUSSIAN_INSTALLED} ", text)
    text = _UK_RE.sub(" uk ", _USA_RE.sub(" usa ", text))
    text = _POSSESSIVE_RE.sub("", anyascii(text) if not text.isascii() else text)
    tokens: list[str] = []
    for raw in _TOKEN_RE.findall(text.casefold().replace("'", "")):
        token = fold(raw)
        token = _FOLDED_SYNONYMS.get(token, token)
        if token in _FOLDED_DROPPED:
            continue
        if token == _MOD:
            tokens.extend((_DEFENCE, _MINISTRY))
            continue
        if token == _FEDERATION and tokens and tokens[-1] == _RUSSIA:
            continue
        if tokens and tokens[-1] == token:
            continue  # "pro-Russian separatists" -> one russianinstalled
        tokens.append(token)
    for i in range(len(tokens) - 1):
        if tokens[i] == _MINISTRY and tokens[i + 1] == _DEFENCE:
            tokens[i], tokens[i + 1] = _DEFENCE, _MINISTRY  # "ministry of defence" -> "defence ministry"
    return tuple(tokens)


class SpeakerResolver:
    """Resolve speaker phrases against the speakers table (crosscheck/data/speakers.csv)."""

    _default: SpeakerResolver | None = None
    _default_lock = threading.Lock()

    def __init__(self, speakers: Iterable[Speaker], reads_as: Mapping[str, str] | None = None) -> None:
        self._speakers = list(speakers)
        self._reads_as = dict(reads_as or {})
        self._by_alias: dict[tuple[str, ...], Speaker] = {}
        for speaker in self._speakers:
            for alias in (speaker.name, *speaker.aliases):
                tokens = speaker_tokens(alias)
                if not tokens:
                    continue
                other = self._by_alias.get(tokens)
                if other is not None and other.speaker_id != speaker.speaker_id:
                    raise ValueError(f"alias {alias!r} names both {other.speaker_id} and {speaker.speaker_id}")
                self._by_alias[tokens] = speaker
        self._max_alias_tokens = max((len(t) for t in self._by_alias), default=0)
        # Fuzzy candidates are grouped by token count: a typo or a change of word
        # order keeps the count, while an extra short token ("uk", "usa") is
        # exactly what tells one defence ministry from another.
        self._fuzzy_choices: dict[int, dict[str, tuple[str, ...]]] = {}
        for tokens in self._by_alias:
            joined = " ".join(tokens)
            if len(joined) >= _MIN_FUZZY_CHARS:
                self._fuzzy_choices.setdefault(len(tokens), {})[joined] = tokens
        self._cached_resolve = lru_cache(maxsize=16_384)(self._resolve)

    @classmethod
    def default(cls) -> SpeakerResolver:
        """The packaged speaker table, loaded once per process."""
        if cls._default is None:
            with cls._default_lock:
                if cls._default is None:
                    rows = _load_rows()
                    cls._default = cls([speaker for speaker, _ in rows],
                                       {speaker.speaker_id: side for speaker, side in rows if side})
        return cls._default

    def reads_as(self, speaker_id: str | None) -> str | None:
        """The side whose wording the speaker writes in, when the table says so (see module docstring)."""
        return self._reads_as.get(speaker_id) if speaker_id else None

    def speakers(self) -> list[Speaker]:
        """Every speaker in the table."""
        return list(self._speakers)

    def resolve(self, phrase: str) -> Speaker | None:
        """The speaker a phrase names, or None if it names none clearly.

        phrase is the speaker as written, without the reporting verb:
        "Russia's defence ministry", "Deputy Defence Minister Hanna Maliar",
        "officials in Kyiv", "the Washington-based Institute for the Study of
        War". A phrase naming a person and their institution resolves to the
        person; a bare "the ministry" resolves to None.
        """
        return self._cached_resolve(phrase)

    def _resolve(self, phrase: str) -> Speaker | None:
        tokens = speaker_tokens(phrase)
        if not tokens:
            return None
        staff = _STAFF_OF.search(phrase) if " at " in phrase or " from " in phrase or " with " in phrase else None
        if staff is not None:
            # "Ukrainian military analysts at the DeepState monitoring group": the analysts speak for
            # the group they work at, not for the country their adjective names
            employer = self._resolve(staff.group("org"))
            if employer is not None and employer.kind != _PERSON_KIND:
                return employer
        exact = self._by_alias.get(tokens)
        if exact is not None and self._side_allowed(exact, tokens):
            return exact
        fuzzy = self._fuzzy(tokens)
        if fuzzy is not None:
            return fuzzy
        contained = self._best_contained(tokens)
        named_after = _NAMED_AFTER_A_PLACE.match(phrase) if contained is not None else None
        if named_after is not None and contained.kind != _PERSON_KIND \
                and self._by_alias.get(speaker_tokens(named_after.group("place"))) is contained:
            # "The Kyiv Independent", "the Moscow Times", "the Kyiv School of Economics": a name that
            # starts with the capital is an outlet's, a school's or a firm's, which speaks for itself
            return None
        return contained

    def _best_contained(self, tokens: tuple[str, ...]) -> Speaker | None:
        matches: list[tuple[int, int, Speaker]] = []
        for length in range(min(self._max_alias_tokens, len(tokens)), 0, -1):
            for start in range(len(tokens) - length + 1):
                speaker = self._by_alias.get(tokens[start : start + length])
                if speaker is not None and self._side_allowed(speaker, tokens) \
                        and not _other_side_named_before(speaker, tokens, start) \
                        and not _OPPONENT_HEADS.intersection(tokens[:start] + tokens[start + length :]):
                    matches.append((start, start + length, speaker))
        # An alias inside a longer matched alias ("Zelensky" in "Zelensky's office") does not count.
        maximal = [
            m for m in matches
            if not any(o is not m and o[0] <= m[0] and m[1] <= o[1] and (o[1] - o[0]) > (m[1] - m[0]) for o in matches)
        ]
        if not maximal:
            return None
        # A named person outranks the body they speak for; then the longer alias;
        # then the later one ("Wagner chief Yevgeny Prigozhin").
        best = max(maximal, key=lambda m: (m[2].kind == _PERSON_KIND, m[1] - m[0], m[0]))
        if best[1] - best[0] == 1 and tokens[best[0]] in _COUNTRY_TOKENS and any(t in _NOT_THE_GOVERNMENT_HEADS for t in tokens):
            # "a Ukrainian soldier in the area", "a Russian brigade commander": someone of that side,
            # not its government speaking
            return None
        return best[2]

    def _fuzzy(self, tokens: tuple[str, ...]) -> Speaker | None:
        query = " ".join(tokens)
        if len(query) < _MIN_FUZZY_CHARS:
            return None
        choices = self._fuzzy_choices.get(len(tokens))
        if not choices:
            return None
        for alias, _, _ in process.extract(query, choices.keys(), scorer=fuzz.token_sort_ratio,
                                           score_cutoff=FUZZY_SPEAKER_THRESHOLD, limit=5):
            if all(_close_word(token, choices[alias]) for token in tokens):
                speaker = self._by_alias[choices[alias]]
                return speaker if self._side_allowed(speaker, tokens) else None
        return None

    @staticmethod
    def _side_allowed(speaker: Speaker, tokens: tuple[str, ...]) -> bool:
        # "the Russian-installed Donetsk governor" is never Ukraine's governor.
        return not (speaker.side == "Ukraine" and _INSTALLED_TOKEN in tokens)


def _other_side_named_before(speaker: Speaker, tokens: tuple[str, ...], start: int) -> bool:
    # A generic alias of one side's body ("military blogger", "war correspondents") under the
    # other side's adjective ("a Ukrainian military blogger") is someone else of that other side.
    return start > 0 and tokens[start - 1] == _OTHER_SIDE_TOKEN.get(speaker.side)


def _close_word(token: str, alias_tokens: tuple[str, ...]) -> bool:
    """Whether a word of the phrase is a near spelling of a word of the alias; a number
    must be exact (the 72nd brigade is not the 92nd)."""
    if any(ch.isdigit() for ch in token):
        return token in alias_tokens
    return process.extractOne(token, alias_tokens, scorer=fuzz.ratio, score_cutoff=FUZZY_WORD_THRESHOLD) is not None


def load_speakers() -> list[Speaker]:
    """Parse the packaged speakers table; raises ValueError on a malformed row."""
    return [speaker for speaker, _ in _load_rows()]


def _load_rows() -> list[tuple[Speaker, str]]:
    text = resources.files("crosscheck").joinpath("data", SPEAKERS_FILE).read_text(encoding="utf-8")
    return _parse_rows(text)


def parse_speakers_csv(text: str) -> list[Speaker]:
    """Parse speakers-table text (header: speaker_id,name,side,kind,aliases[,reads_as])."""
    return [speaker for speaker, _ in _parse_rows(text)]


_COLUMNS = ["speaker_id", "name", "side", "kind", "aliases"]
_OPTIONAL_COLUMNS = ["reads_as"]


def _parse_rows(text: str) -> list[tuple[Speaker, str]]:
    """Each speaker of the table with the side it reads as ("" for none)."""
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames not in (_COLUMNS, _COLUMNS + _OPTIONAL_COLUMNS):
        raise ValueError(f"{SPEAKERS_FILE}: expected columns {_COLUMNS} (then {_OPTIONAL_COLUMNS}), "
                         f"got {reader.fieldnames}")
    rows: list[tuple[Speaker, str]] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        speaker_id = row["speaker_id"].strip()
        if not speaker_id or speaker_id in seen:
            raise ValueError(f"{SPEAKERS_FILE} line {line}: missing or duplicate speaker_id {speaker_id!r}")
        if row["side"] not in SIDES or row["kind"] not in SPEAKER_KINDS:
            raise ValueError(f"{SPEAKERS_FILE} line {line}: bad side {row['side']!r} or kind {row['kind']!r}")
        reads_as = (row.get("reads_as") or "").strip()
        if reads_as and (reads_as not in SIDES or reads_as == "neutral" or row["side"] != "neutral"):
            raise ValueError(f"{SPEAKERS_FILE} line {line}: reads_as {reads_as!r} must be a party, for a neutral speaker")
        seen.add(speaker_id)
        aliases = tuple(dict.fromkeys(a.strip() for a in row["aliases"].split("|") if a.strip()))
        rows.append((Speaker(speaker_id, row["name"].strip(), row["side"], row["kind"], aliases), reads_as))
    return rows
