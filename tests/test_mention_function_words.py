"""A place name never swallows the English word after it.

Alias keys join words without spaces, so a place followed by "as", "at" or "in" could be read as
one of GeoNames' foreign inflections of its name ("Kupjanskas"): the mention then ran over the
word, hid the place from the claim rules and lost the headline's claim.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims
from crosscheck.resolve import Gazetteer


def _spans(text: str) -> list[tuple[str, str | None]]:
    return [(text[m.start:m.end], m.place.name if m.place else None)
            for m in Gazetteer.default().find_mentions(text, ())]


@pytest.mark.parametrize("text", [
    "Moscow says its troops entered Kupiansk as winter set in.",
    "Moscow says its troops entered Kupiansk as the river froze.",
])
def test_a_function_word_after_a_place_is_not_part_of_its_name(text):
    assert _spans(text)[0] == ("Kupiansk", "Kupiansk")


@pytest.mark.parametrize("text, name", [
    ("Shelling hit Velyka Novosilka overnight.", "Velyka Novosilka"),   # two capitalised words stay one name
    ("Officials in Kupjanskas spoke.", "Kupjanskas"),                   # the inflected alias itself still resolves
])
def test_names_of_several_words_and_written_aliases_still_match(text, name):
    assert name in [span for span, _ in _spans(text)]


def test_a_headline_claim_before_as_keeps_its_place():
    claims = extract_claims("No more details were given.", outlet="Test Wire",
                            published_at=datetime(2025, 3, 1, tzinfo=timezone.utc),
                            title="Russia claims Kupiansk as Ukraine says fighting goes on")
    found = {(c.speaker_phrase, c.place, c.value) for c in claims}
    assert ("Russia", "Kupiansk", "Russia") in found
    assert ("Ukraine", "Kupiansk", "contested") in found
