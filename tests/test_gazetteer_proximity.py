"""Choosing among namesakes by proximity works each candidate's distance out once, and chooses as before.

``Gazetteer.choose`` with the article's located places first asks whether a former name
lies near them while every current bearer is far, then which finalist is nearest: both
read the same distances, which are now computed once per choice.
"""

from __future__ import annotations

import math
import random
from types import SimpleNamespace

from crosscheck.resolve import Gazetteer, _gazetteer
from crosscheck.resolve._build import CITY_MIN_POPULATION, TOWN_MIN_POPULATION
from crosscheck.resolve._gazetteer import (DOMINANCE_RATIO, FAR_FROM_ARTICLE_KM, PROXIMITY_KM, PROXIMITY_MARGIN_KM,
                                           RENAMED_CURRENT_MIN_KM, RENAMED_NEAR_KM, _KM_PER_DEGREE)


def _reference_choose(gaz, candidates, oblasts, points, local_oblast):
    """The choice written without shared distances (two passes over the finalists)."""
    places, entries = gaz._places, gaz._entries

    def distance(index):
        place = places[index]
        if place.lat is None or place.lon is None:
            return 0.0
        squeeze = math.cos(math.radians(place.lat))
        return min(math.hypot(a - place.lat, (b - place.lon) * squeeze) for a, b in points) * _KM_PER_DEGREE

    def nearest(finalists):
        scored = sorted((distance(i), i) for i in finalists if places[i].lat is not None and places[i].lon is not None)
        if not scored:
            return None
        runner_up = scored[1][0] if len(scored) > 1 else math.inf
        return scored[0][1] if scored[0][0] <= PROXIMITY_KM and runner_up - scored[0][0] >= PROXIMITY_MARGIN_KM else None

    if len(candidates) == 1:
        return candidates[0][0], False
    pool = candidates
    if local_oblast is not None:
        pool = tuple(c for c in candidates if places[c[0]].oblast == local_oblast)
        if not pool:
            return None, False
    best = max(strength for _, strength in pool)
    finalists = [index for index, strength in pool if strength == best]
    if points and len(pool) > len(finalists):
        # a former name: every current bearer far away, or the former bearer a neighbour and they 4x as far
        current = min(distance(i) for i in finalists)
        former = nearest([index for index, _ in pool if index not in finalists])
        if former is not None and current > FAR_FROM_ARTICLE_KM:
            return former, False
        village = nearest([index for index, _ in pool if index not in finalists
                           and entries[index].population < TOWN_MIN_POPULATION])
        if village is not None and RENAMED_CURRENT_MIN_KM <= current <= FAR_FROM_ARTICLE_KM \
                and distance(village) <= RENAMED_NEAR_KM:
            return village, False
    if len(finalists) == 1:
        only = finalists[0]
        inside = [i for i, _ in pool if places[i].oblast in oblasts
                  and (not points or (places[i].lat is not None and distance(i) <= PROXIMITY_KM))]
        if oblasts and places[only].oblast not in oblasts and entries[only].population < CITY_MIN_POPULATION \
                and inside:
            # a Russian or former name inside the named oblasts: the largest there
            inside.sort(key=lambda i: (entries[i].priority, entries[i].population), reverse=True)
            if len(inside) == 1:
                return inside[0], False
            return inside[0], not entries[inside[0]].population >= DOMINANCE_RATIO * max(entries[inside[1]].population, 1)
        return only, False
    if points:
        found = nearest(finalists)
        if found is not None:
            return found, False
    if oblasts:
        in_oblast = [i for i in finalists if places[i].oblast in oblasts] or \
            [i for i, _ in pool if places[i].oblast in oblasts]
        if len(in_oblast) == 1:
            return in_oblast[0], False
        finalists = in_oblast or finalists
    finalists.sort(key=lambda i: (entries[i].priority, entries[i].population), reverse=True)
    top, runner_up = entries[finalists[0]], entries[finalists[1]]
    return finalists[0], not top.population >= DOMINANCE_RATIO * max(runner_up.population, 1)


def _namesake_sets(gaz, mixed_strengths: bool):
    for candidates in gaz._exact.values():
        if len(candidates) > 1 and (not mixed_strengths or len({s for _, s in candidates}) > 1):
            yield candidates


def test_choices_with_located_places_and_oblasts_are_the_choices_made_before():
    gaz = Gazetteer.default()
    rng = random.Random(5)
    sets = list(_namesake_sets(gaz, False))
    sets = rng.sample(sets, min(400, len(sets))) + list(_namesake_sets(gaz, True))[:200]
    oblasts = sorted({p.oblast for p in gaz._places if p.oblast})
    compared = 0
    for candidates in sets:
        located = [gaz._places[i] for i, _ in candidates if gaz._places[i].lat is not None]
        # points next to one namesake, far from all, and scattered over the country
        near = [(located[0].lat + 0.05, located[0].lon - 0.05)] if located else []
        for points in (near, [(60.0, 100.0)], [(rng.uniform(44, 52), rng.uniform(22, 40)) for _ in range(3)], []):
            for evidence in (frozenset(), frozenset(rng.sample(oblasts, 2))):
                local = gaz._places[candidates[-1][0]].oblast if rng.random() < 0.2 else None
                assert gaz.choose(candidates, evidence, points, local) == \
                    _reference_choose(gaz, candidates, evidence, points, local), (candidates, points, evidence, local)
                compared += 1
    assert compared > 2000


def test_each_candidate_distance_is_computed_once_per_choice(monkeypatch):
    gaz = Gazetteer.default()
    # namesakes known today and by a former name, none of them near the article's one place
    candidates = next(c for c in _namesake_sets(gaz, True)
                      if sum(gaz._places[i].lat is not None for i, _ in c) == len(c) and len(c) >= 3)
    calls = []
    counting = SimpleNamespace(hypot=lambda *a: calls.append(a) or math.hypot(*a), cos=math.cos,
                               radians=math.radians, inf=math.inf)
    monkeypatch.setattr(_gazetteer, "math", counting)
    points = [(60.0, 100.0), (61.0, 101.0)]
    gaz.choose(candidates, frozenset(), points)
    assert 0 < len(calls) <= len(candidates) * len(points)
