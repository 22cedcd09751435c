"""Find place mentions in running text (the work behind Gazetteer.find_mentions).

One pass over the words: at each capitalised word the longest alias that
starts there is looked up by key (no fuzzy work for known names). Capitalised
words left over are tried fuzzily and, in a place context ("the village of
X", "near X"), reported unresolved. Same-named places are decided last, once
the oblasts and unambiguous places of the whole text are known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from operator import methodcaller
from typing import TYPE_CHECKING

from ._normalise import TEXT_WORD_RE, cyrillic_stem_fold, fold, has_cyrillic, word_key, word_pieces
from ._stopwords import CONTEXT_ONLY_WORDS, NON_PLACE_WORDS, PERSON_PRECEDERS, PLACE_CONTEXT_RE, PLACE_CONTEXT_WINDOW
from ._types import Place, PlaceMention

if TYPE_CHECKING:
    from ._gazetteer import Candidates, Gazetteer

# Words between two name words may be separated by spaces or one dash only;
# a comma or full stop ends the name ("Bakhmut, Soledar" is two places).
_JOIN_RE = re.compile(r"[ \t\u00a0]*[-‐‑–—]?[ \t\u00a0]*")
_LIST_ITEM_END_RE = re.compile(r"\s*(?:[,.;:)]|$|(?:and|or|in|near)\b)")
_LIST_JOIN_RE = re.compile(r"\s*(?:,|,?\s+and|&)\s*")
_LOCAL_OBLAST_GAP_RE = re.compile(r"\s*(?:,|\(|\s(?:in|of))?\s*(?:the\s+)?", re.IGNORECASE)
_PLURAL_ADMIN_WORDS = frozenset({"regions", "oblasts", "provinces"})
_MAX_UNKNOWN_RUN = 4
# The adjectives compound place names begin with, Ukrainian and Russian spellings ("Verkhnii",
# "Novy", "Krutyi", "Malaya"): many villages are called by the adjective alone (Verkhnia, Nove,
# Kruty), so one followed by an unknown capitalised word starts a longer name instead.
_MODIFIER_RE = re.compile(
    r"(?:verkhn|nyzhn|nizhn|nov|star|velyk|velik|bolsh|mal|krut|krasn|sukh|chervon|chorn|chern|zelen"
    r"|bil|bel|vysok|hlybok|glubok|dovh|dolg|sered|sredn|kamian|kamen|zolot)"
    r"(?:yi|yy|iy|ii|ij|y|i|a|e|ia|ie|ya|aya|oye|oe|oi|oy|ye|yaya|eye|ee|aia|oie|iaia|eie|yaia)",
    re.IGNORECASE)
_ADMIN_KINDS = frozenset({"oblast", "region"})
_CONTEXT_ONLY_KEYS = frozenset(fold(w) for w in CONTEXT_ONLY_WORDS | PERSON_PRECEDERS)
# TEXT_WORD_RE for ASCII text, where its letters are [A-Za-z]: two ranges scan ~1.5x faster
_ASCII_TEXT_WORD_RE = re.compile(r"[A-Za-z]+(?:['`][A-Za-z]+)*")
# the word patterns as one group, for re.split (see _Words); neither matches an empty word
_ASCII_WORD_SPLIT = re.compile("(" + _ASCII_TEXT_WORD_RE.pattern + ")").split
_WORD_SPLIT = re.compile("(" + TEXT_WORD_RE.pattern + ")").split
# PLACE_CONTEXT_RE for lower-cased ASCII text, where IGNORECASE is not needed (~3x faster)
_PLACE_CONTEXT_LOWER_RE = re.compile(PLACE_CONTEXT_RE.pattern, PLACE_CONTEXT_RE.flags & ~re.IGNORECASE)


class _Words:
    """The words of a text as parallel lists (cheaper to build than one object per word)."""

    __slots__ = ("starts", "ends", "gaps", "texts", "ascii_lowered")

    def __init__(self, text: str) -> None:
        # split() with the word pattern as one group alternates gaps and words: their lengths give the offsets
        # (no match object per word)
        pieces = (_ASCII_WORD_SPLIT if text.isascii() else _WORD_SPLIT)(text)
        offsets = list(accumulate(map(len, pieces)))
        self.starts: list[int] = offsets[0:-1:2]
        self.gaps: list[int] = offsets[1::2]  # where the gap to the next word starts
        self.ends: list[int] = list(self.gaps)  # without a possessive 's, which is not part of the name
        self.texts: list[str] = pieces[1::2]
        lowered = text.lower()
        # the text lower-cased, when it is ASCII of the same length: then a case-sensitive scan
        # of it finds what an IGNORECASE scan of the text finds
        self.ascii_lowered = lowered if lowered.isascii() and len(lowered) == len(text) else None
        if "'" in text or "’" in text or "ʼ" in text:
            for i in compress(range(len(self.texts)), map(_is_possessive, self.texts)):
                self.texts[i] = self.texts[i][:-2]
                self.ends[i] -= 2

    def __len__(self) -> int:
        return len(self.texts)


_POSSESSIVE_ENDINGS = ("'s", "’s", "ʼs")
_is_possessive = methodcaller("endswith", _POSSESSIVE_ENDINGS)


@dataclass(slots=True)
class _Raw:
    first: int  # word indices [first, last)
    last: int
    candidates: Candidates
    score: float


@lru_cache(maxsize=65_536)
def _word_stem(word: str) -> str:
    return "".join(cyrillic_stem_fold(p) if has_cyrillic(p) else fold(p) for p in word_pieces(word))


def scan_mentions(gaz: Gazetteer, text: str, context: Sequence[Place]) -> list[PlaceMention]:
    words = _Words(text)
    found, leftovers = _match_known(gaz, text, words)
    found.extend(_match_unknown(gaz, text, words, leftovers, found))
    found.sort(key=lambda raw: raw.first)
    return _decide(gaz, text, words, found, context)


def context_signals(context: Sequence[Place]) -> tuple[frozenset[str], list[tuple[float, float]]]:
    """Oblasts named and points located by already-resolved places."""
    oblasts = frozenset(p.oblast for p in context if p.kind in _ADMIN_KINDS and p.oblast)
    points = [(p.lat, p.lon) for p in context if p.kind not in _ADMIN_KINDS and p.lat is not None and p.lon is not None]
    return oblasts, points


def _joinable(text: str, words: _Words, left: int) -> bool:
    gap_start, gap_end = words.gaps[left], words.starts[left + 1]
    if gap_end == gap_start + 1 and text[gap_start] == " ":
        return True     # the usual gap, which _JOIN_RE matches
    return gap_end > gap_start and _JOIN_RE.fullmatch(text, gap_start, gap_end) is not None


@lru_cache(maxsize=65_536)
def _may_start_name(word: str) -> bool:
    """Only capitalised words and "the" can start a name (remembered per word)."""
    return word[0].isupper() or ((word[0] in "tT" or not word.isascii()) and word.casefold() == "the")


def _match_known(gaz: Gazetteer, text: str, words: _Words) -> tuple[list[_Raw], list[int]]:
    """Longest exact (or Cyrillic-stem) alias at each capitalised word."""
    found: list[_Raw] = []
    leftovers: list[int] = []
    count = len(words)
    texts = words.texts
    # Only capitalised words and "the" can start a name: visit just those, in order.
    starters = list(compress(range(count), map(_may_start_name, texts)))
    i = 0
    for position in starters:
        if position < i:
            continue    # inside a name already matched
        i = position
        word = texts[i]
        if word.casefold() == "the":
            # Curated names that include the article ("the Dnipro" is the river),
            # unless a longer name starts after it ("the Dnipro region").
            if i + 1 < count and words.texts[i + 1][0].isupper() and _joinable(text, words, i):
                length, candidates = _longest_alias(gaz, text, words, i, min_length=2)
                if candidates and length > _longest_alias(gaz, text, words, i + 1, min_length=1)[0]:
                    found.append(_Raw(i, i + length, candidates, 100.0))
                    i += length
                    continue
            i += 1
            continue
        if not word[0].isupper():
            i += 1
            continue
        key = word_key(word)
        if gaz.is_stop_key(key) and gaz.max_words_from(key, None) <= 1:
            i += 1  # "Russia", "Monday", "The": never a place and no longer name starts here
            continue
        length, candidates = _longest_alias(gaz, text, words, i, min_length=1)
        if (length == 0 or (length == 1 and candidates)) and _MODIFIER_RE.fullmatch(word):
            tail = _unknown_tail(gaz, text, words, i)
            if tail > i + 1:
                # "Verkhnii Saltiv", "Krutyi Yar": a two-word name the gazetteer lacks, not the
                # village called by its adjective alone (Verkhnia, Kruty)
                if _in_place_context(text, words, words.starts[i]) or _continues_a_list(text, words, i, found, []):
                    found.append(_Raw(i, tail, (), 0.0))
                i = tail
                continue
        if length == 1 and candidates is not None:
            if (
                gaz.is_stop_key(key)
                or _after_person_word(text, words, i)
                or (
                    (key in _CONTEXT_ONLY_KEYS or gaz.only_by_minor_alias(candidates))
                    and not _in_place_context(text, words, words.starts[i])
                )
            ):
                length, candidates = 0, None
        if length:
            if candidates:
                found.append(_Raw(i, i + length, candidates, 100.0))
            i += length  # a known non-place phrase is consumed silently
            continue
        if not gaz.is_stop_key(key) and not _after_person_word(text, words, i):
            leftovers.append(i)
        i += 1
    return found, leftovers


def _function_word_after_space(text: str, words: _Words, tail: range) -> bool:
    """Whether a name's later word is a lower-case English function word after a plain gap: keys join
    words without spaces, so "Kupiansk as" would read as GeoNames' one-word "Kupjanskas" (a foreign
    inflection). Hyphenated names keep theirs ("Rostov-on-Don")."""
    for j in tail:
        word = words.texts[j]
        if word[0].islower() and word in NON_PLACE_WORDS and "-" not in text[words.gaps[j - 1]:words.starts[j]]:
            return True
    return False


def _unknown_tail(gaz: Gazetteer, text: str, words: _Words, i: int) -> int:
    """End of the capitalised words joined to word i that are not stop words or surnames: the rest
    of a name the gazetteer does not know as a whole ("Nova Husarivka" is not Husarivka)."""
    end = i + 1
    while (end < len(words) and end - i < _MAX_UNKNOWN_RUN and words.texts[end][0].isupper()
           and _joinable(text, words, end - 1)):
        key = word_key(words.texts[end])
        if gaz.is_stop_key(key) or key in _CONTEXT_ONLY_KEYS:
            break
        end += 1
    return end


def _longest_alias(
    gaz: Gazetteer, text: str, words: _Words, i: int, min_length: int
) -> tuple[int, Candidates | None]:
    """(word count, candidates) of the longest alias starting at word i, or (0, None)."""
    word = words.texts[i]
    key = word_key(word)
    stem = None if word.isascii() else (_word_stem(word) if has_cyrillic(word) else None)
    span = gaz.max_words_from(key, stem)
    limit = 1
    while limit < span and i + limit < len(words) and _joinable(text, words, i + limit - 1):
        limit += 1
    for length in range(min(limit, span), min_length - 1, -1):
        tail = range(i + 1, i + length)
        if tail and _function_word_after_space(text, words, tail):
            continue
        candidates = gaz.exact_candidates(key + "".join(word_key(words.texts[j]) for j in tail) if tail else key)
        if candidates is None and stem is not None:
            candidates = gaz.stem_candidates(stem + "".join(_word_stem(words.texts[j]) for j in tail) if tail else stem)
        if candidates is not None:
            return length, candidates
    return 0, None


def _match_unknown(
    gaz: Gazetteer, text: str, words: _Words, leftovers: list[int], known: list[_Raw]
) -> list[_Raw]:
    """Fuzzy matches and place-context unknowns among the unmatched capitalised words."""
    found: list[_Raw] = []
    for run in _runs(text, words, leftovers):
        if not (_in_place_context(text, words, words.starts[run[0]])
                or _continues_a_list(text, words, run[0], known, found)):
            continue
        match = _fuzzy_prefix(gaz, words, run)
        found.append(match if match is not None else _Raw(run[0], run[-1] + 1, (), 0.0))
    return found


def _continues_a_list(text: str, words: _Words, first: int, known: list[_Raw], unknown: list[_Raw]) -> bool:
    """The word follows a place (known, or unknown but in place context) through a list join:
    "liberated Ukrainsk, Galitsynovka and X"."""
    start = words.starts[first]
    for raw in (*known, *unknown):
        if raw.last <= first and start - words.ends[raw.last - 1] <= 8:
            if _LIST_JOIN_RE.fullmatch(text, words.ends[raw.last - 1], start) is None:
                continue
            # after an unknown name the list must look like one: the new name ends at a
            # comma, a stop or another join ("and Qwertyton signed off" is no list item)
            if raw.candidates or _LIST_ITEM_END_RE.match(text, words.gaps[first]) is not None:
                return True
    return False


def _runs(text: str, words: _Words, indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for index in indices:
        if (
            runs
            and runs[-1][-1] == index - 1
            and len(runs[-1]) < _MAX_UNKNOWN_RUN
            and _joinable(text, words, index - 1)
        ):
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _fuzzy_prefix(gaz: Gazetteer, words: _Words, run: list[int]) -> _Raw | None:
    for length in range(len(run), 0, -1):
        if length == 1 < len(run) and _MODIFIER_RE.fullmatch(words.texts[run[0]]):
            return None     # "Verkhnii Saltiv" is not a misspelt Verkhnia (see _MODIFIER_RE)
        key = "".join(word_key(words.texts[j]) for j in run[:length])
        candidates, score = gaz.fuzzy_candidates(key)
        if candidates:
            return _Raw(run[0], run[0] + length, candidates, score)
    return None


def _in_place_context(text: str, words: _Words, start: int) -> bool:
    window_start = max(0, start - PLACE_CONTEXT_WINDOW)
    if words.ascii_lowered is not None:
        return _PLACE_CONTEXT_LOWER_RE.search(words.ascii_lowered, window_start, start) is not None
    return PLACE_CONTEXT_RE.search(text, window_start, start) is not None


def _after_person_word(text: str, words: _Words, i: int) -> bool:
    return i > 0 and words.texts[i - 1].casefold() in PERSON_PRECEDERS and _joinable(text, words, i - 1)


def _decide(
    gaz: Gazetteer,
    text: str,
    words: _Words,
    found: list[_Raw],
    context: Sequence[Place],
) -> list[PlaceMention]:
    """Choose among namesakes once the whole text's evidence is known.

    Pass one decides each mention on its own (a unique name, or one namesake
    that dominates by size) and keeps those as anchors: their points and,
    for oblasts and regions, their oblast. Pass two decides every name that
    has namesakes again with the anchors of the *other* mentions, the
    caller's context and any oblast stated next to the name, so "Makiivka"
    near Kreminna is the Luhansk village, not the Donetsk city.
    """
    # the context only decides between namesakes: a text naming none never reads it (most texts)
    namesakes = any(len(raw.candidates) > 1 for raw in found)
    oblasts, context_points = context_signals(context) if namesakes else (frozenset(), [])
    named_oblasts = set(oblasts)
    anchors: list[tuple[int, float, float]] = []  # (mention position, lat, lon)
    spans = [(words.starts[raw.first], words.ends[raw.last - 1]) for raw in found]
    local = _local_oblasts(gaz, text, found, spans)
    chosen: list[tuple[int | None, bool]] = []
    for position, (raw, local_oblast) in enumerate(zip(found, local)):
        if not raw.candidates:
            chosen.append((None, False))
            continue
        index, ambiguous = gaz.choose(raw.candidates, local_oblast=local_oblast)
        chosen.append((index, ambiguous))
        if index is None or ambiguous:
            continue
        place = gaz.place_at(index)
        if place.kind in _ADMIN_KINDS:
            if place.oblast:
                named_oblasts.add(place.oblast)
        elif place.lat is not None and place.lon is not None:
            anchors.append((position, place.lat, place.lon))
    evidence = frozenset(named_oblasts)
    mentions: list[PlaceMention] = []
    for position, (raw, local_oblast, (start, end)) in enumerate(zip(found, local, spans)):
        index, ambiguous = chosen[position]
        if len(raw.candidates) > 1 and index is not None:
            # a namesake named again is no evidence which one this is ("Stepove in the Zaporizhzhia region, not
            # to be confused with the Stepove near Avdiivka"): the oblast or the towns around each decide
            points = context_points + [(lat, lon) for owner, lat, lon in anchors
                                       if owner != position and found[owner].candidates != raw.candidates]
            if points or evidence:
                index, reconsidered = gaz.choose(raw.candidates, evidence, points, local_oblast)
                ambiguous = ambiguous and reconsidered
        place = None if index is None else gaz.place_at(index)
        score = raw.score if place is not None else 0.0
        mentions.append(PlaceMention(start, end, text[start:end], place, score, ambiguous))
    return _spread_plural_admin(gaz, text, mentions)


def _local_oblasts(gaz: Gazetteer, text: str, found: list[_Raw], spans: list[tuple[int, int]]) -> list[str | None]:
    """The oblast stated right after each mention ("X in the Y region", "X, Y region", "X and Z (Y region)")."""
    local: list[str | None] = [None] * len(found)
    for position in range(len(found)):
        follower = position
        while follower + 1 < len(found):
            gap_start, gap_end = spans[follower][1], spans[follower + 1][0]
            nxt = found[follower + 1]
            admin = gaz.place_at(nxt.candidates[0][0]) if len(nxt.candidates) == 1 else None
            if admin is not None and admin.kind in _ADMIN_KINDS and admin.oblast:
                if _LOCAL_OBLAST_GAP_RE.fullmatch(text, gap_start, gap_end):
                    local[position] = admin.oblast
                break
            if _LIST_JOIN_RE.fullmatch(text, gap_start, gap_end) is None:
                break
            follower += 1
    return local


def _spread_plural_admin(gaz: Gazetteer, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """In "Donetsk and Luhansk regions" the plural makes Donetsk an oblast too."""
    for position in range(len(mentions) - 1, 0, -1):
        head = mentions[position]
        if head.place is None or head.place.kind != "oblast":
            continue
        if head.as_written.rsplit(None, 1)[-1].casefold() not in _PLURAL_ADMIN_WORDS:
            continue
        suffix = head.as_written.rsplit(None, 1)[-1]
        follower = head
        for earlier in range(position - 1, -1, -1):
            previous = mentions[earlier]
            if _LIST_JOIN_RE.fullmatch(text, previous.end, follower.start) is None:
                break
            candidates, _score = gaz.lookup(f"{previous.as_written} {suffix}")
            if len(candidates) != 1 or gaz.place_at(candidates[0][0]).kind != "oblast":
                break
            mentions[earlier] = PlaceMention(
                previous.start, previous.end, previous.as_written, gaz.place_at(candidates[0][0]), 100.0, False
            )
            follower = previous
    return mentions
