"""A news agency relaying a source: the source is the speaker, the agency is ``reported_via``.

Wire and state-media copy ("C, TASS quoted X as saying", "X was quoted by TASS as saying C", "C, Interfax
reported, citing X", "TASS, citing X, reported that C") was not in any labelled set; before, the trailing
shapes gave the claim to the outlet and the others to the agency.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crosscheck.extract import extract_claims

_WHEN = datetime(2024, 2, 17, tzinfo=timezone.utc)


def _claims(text: str) -> set[tuple[str, str | None, str, str | None]]:
    return {(c.speaker, c.place, c.value, c.reported_via)
            for c in extract_claims(text, outlet="Test Wire", published_at=_WHEN) if c.predicate == "controls"}


@pytest.mark.parametrize("text, speaker, place, value, agency", [
    ("Russian forces have taken Avdiivka, TASS quoted Defense Minister Sergei Shoigu as saying.",
     "Sergei Shoigu", "Avdiivka", "Russia", "TASS"),
    ("Ukrainian forces have left Krynky, RIA Novosti quoted Vladimir Saldo as saying.",
     "Vladimir Saldo", "Krynky", "Russia", "RIA Novosti"),
    ("Russian troops have taken Vuhledar, RIA Novosti cited Denis Pushilin as saying.",
     "Denis Pushilin", "Vuhledar", "Russia", "RIA Novosti"),
    ("Denis Pushilin was quoted by TASS as saying Russian forces had captured Marinka.",
     "Denis Pushilin", "Marinka", "Russia", "TASS"),
    ("Russian troops have taken Ivanivske, Pushilin was quoted by TASS as saying.",
     "Denis Pushilin", "Ivanivske", "Russia", "TASS"),
    ("Russian forces have taken Semenivka, TASS reported, citing Denis Pushilin.",
     "Denis Pushilin", "Semenivka", "Russia", "TASS"),
    ("Russian forces have taken the village of Ivanivske, RIA Novosti reported on Friday, citing Russia's Defense "
     "Ministry.", "Russian Ministry of Defence", "Ivanivske", "Russia", "RIA Novosti"),
    ("Interfax reported, citing Russia's Defense Ministry, that Russian forces had captured Tonenke.",
     "Russian Ministry of Defence", "Tonenke", "Russia", "Interfax"),
    ("TASS, citing Denis Pushilin, reported that Russian forces had taken Orlivka.",
     "Denis Pushilin", "Orlivka", "Russia", "TASS"),
    ("Citing the Russian Defense Ministry, TASS reported that Russian forces had captured Tonenke.",
     "Russian Ministry of Defence", "Tonenke", "Russia", "TASS"),
    ("Russian troops have captured Bohdanivka, TASS cited a source in the security services as saying.",
     "a source in the security services", "Bohdanivka", "Russia", "TASS"),
])
def test_the_relayed_source_speaks_through_the_agency(text: str, speaker: str, place: str, value: str,
                                                      agency: str) -> None:
    assert (speaker, place, value, agency) in _claims(text)


@pytest.mark.parametrize("text, speaker, place", [
    # citing evidence or an unnamed crowd: the subject vouches for it
    ("Ukrainian forces have likely liberated Andriivka, ISW assessed, citing footage of a flag over the village.",
     "Institute for the Study of War", "Andriivka"),
    ("Russian forces have captured Marinka, TASS reported, citing sources.", "TASS", "Marinka"),
    # a speaker that is no agency citing someone keeps the claim
    ("Russian forces have withdrawn from Chornobyl, the state nuclear company Energoatom said, citing staff at the "
     "plant.", "Energoatom", "Chornobyl"),
])
def test_a_subject_citing_evidence_or_no_agency_keeps_the_claim(text: str, speaker: str, place: str) -> None:
    assert {s for s, p, *_ in _claims(text) if p == place} == {speaker}
