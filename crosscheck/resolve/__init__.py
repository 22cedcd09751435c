"""Resolve stage: map place names and speaker phrases to gazetteer and speaker entries.

Public API: Place, PlaceMention and Gazetteer (place lookup and mention
finding), Speaker and SpeakerResolver (who said it), side_of_actor (whose
forces an actor phrase names), and the two documented fuzzy thresholds.
"""

from __future__ import annotations

from ._actors import side_of_actor
from ._gazetteer import FUZZY_PLACE_THRESHOLD, Gazetteer
from ._speakers import FUZZY_SPEAKER_THRESHOLD, SpeakerResolver
from ._types import Place, PlaceMention, Speaker

__all__ = [
    "FUZZY_PLACE_THRESHOLD",
    "FUZZY_SPEAKER_THRESHOLD",
    "Gazetteer",
    "Place",
    "PlaceMention",
    "Speaker",
    "SpeakerResolver",
    "side_of_actor",
]
