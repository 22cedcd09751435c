"""The places resolved so far in one article, in reading order: they decide between namesakes."""

from __future__ import annotations

from crosscheck.resolve import Place


class PlaceContext:
    """The places resolved so far in the article, in reading order: they decide between namesakes."""

    __slots__ = ("places", "_by_id")

    def __init__(self) -> None:
        self.places: list[Place] = []
        # the same places by id: equal places share an id, so a membership test looks only there
        self._by_id: dict[str, list[Place]] = {}

    def add(self, place: Place) -> None:
        same_id = self._by_id.setdefault(place.place_id, [])
        if place not in same_id:
            same_id.append(place)
            self.places.append(place)
