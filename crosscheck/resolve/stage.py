"""Resolve stage, store side: canonical places and speakers for the claims in the store.

Extraction resolves what it can while it reads (it needs the gazetteer to find place
names at all). This stage works over the *distinct* names still unresolved in the whole
store, never over claim rows, so a gazetteer or speakers-file update also fixes claims
extracted by earlier runs. Bare institutions ("the ministry") resolve through the side the
extractor inferred for the claim. It also materialises store.places, the gazetteer entries the
claims refer to (with kind, oblast and coordinates) for analysts to join and map.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crosscheck.db import Store

if TYPE_CHECKING:
    from crosscheck.resolve import SpeakerResolver

# Bare institutions ("the ministry", "In its daily briefing the ministry", "The evening
# report of the General Staff") name no country; with the side the extractor inferred
# for the claim they name one body, which the speakers file then resolves.
# The institution must be the phrase's head (its last words, perhaps with "of X"/"in X"
# after it): "Military correspondents working in the area" is not the military.
_TAIL = r"(?:\s+(?:of|in)\s+[\w'\u2019 ]+)?\s*$"
_INSTITUTIONS = (
    (re.compile(r"\bgeneral staff" + _TAIL, re.I), "General Staff"),
    (re.compile(r"\b(?:defen[cs]e ministry|ministry of defen[cs]e|ministry)" + _TAIL, re.I), "defence ministry"),
    (re.compile(r"\b(?:military|army|armed forces)" + _TAIL, re.I), "military"),
)
_SIDE_ADJECTIVE = {"Russia": "Russian", "Ukraine": "Ukrainian"}
# Each pass can only reach the next bare institution in an article; real chains are short.
MAX_SPEAKER_PASSES = 5


def institution_phrase(phrase: str, side: str | None) -> str | None:
    """'the ministry' + Russia -> 'Russian defence ministry'; None when it names no institution."""
    adjective = _SIDE_ADJECTIVE.get(side or "")
    if adjective is None:
        return None
    for pattern, institution in _INSTITUTIONS:
        if pattern.search(phrase):
            return f"{adjective} {institution}"
    return None


@dataclass(frozen=True)
class ResolveSummary:
    n_places_newly_resolved: int
    n_speakers_newly_resolved: int
    n_unresolved_place_names: int
    n_places: int


def resolve_claims(store: Store) -> ResolveSummary:
    from crosscheck.resolve import Gazetteer, SpeakerResolver

    gazetteer = Gazetteer.default()
    names = [r[0] for r in store.fetchall(
        "select distinct place_as_written from store.claims where place_id is null", step="resolve.places")]
    found = [(name, place.place_id, place.name) for name in names if (place := gazetteer.resolve(name))]
    store.execute("create or replace temp table place_fixes (place_as_written varchar, place_id varchar, place varchar)",
                  step="resolve.places")
    store.append_rows("place_fixes", ("place_as_written", "place_id", "place"), found, step="resolve.places")
    store.execute(
        "update store.claims c set place_id = f.place_id, place = f.place from place_fixes f "
        "where c.place_id is null and c.place_as_written = f.place_as_written",
        step="resolve.places",
    )

    speakers = SpeakerResolver.default()
    # a speaker resolved here gives its side to the bare institutions after it, which may
    # resolve in turn: repeat to a fixpoint, so a rerun over the same claims changes nothing
    n_speaker_claims = 0
    for _ in range(MAX_SPEAKER_PASSES):
        newly = _resolve_speakers_once(store, speakers)
        n_speaker_claims += newly
        if not newly:
            break

    referenced = {r[0] for r in store.fetchall(
        "select distinct place_id from store.claims where place_id is not null", step="resolve.places")}
    rows = [
        (p.place_id, p.name, p.kind, p.oblast, p.lat, p.lon, "|".join(p.aliases))
        for p in gazetteer.places() if p.place_id in referenced
    ]
    store.execute(
        "create or replace table store.places (place_id varchar, name varchar, kind varchar, oblast varchar, "
        "lat double, lon double, aliases varchar)",
        step="resolve.places",
    )
    store.append_rows("store.places", ("place_id", "name", "kind", "oblast", "lat", "lon", "aliases"), rows,
                      step="resolve.places")
    return ResolveSummary(
        n_places_newly_resolved=len(found),
        n_speakers_newly_resolved=n_speaker_claims,
        n_unresolved_place_names=len(names) - len(found),
        n_places=len(rows),
    )


def _resolve_speakers_once(store: Store, speakers: SpeakerResolver) -> int:
    """One pass of speaker resolution; returns how many claims it resolved."""
    before = store.scalar("select count(*) from store.claims where speaker_id is null", step="resolve.speakers")
    # a bare institution takes the side of the last sided speaker before it in the same
    # article ("Russia's defence ministry said ... the ministry added ..."); a bare General
    # Staff is Ukraine's unless said otherwise, as in the press of this war
    store.execute(
        """
        create or replace temp table speaker_context as
        select
            claim_id,
            speaker_phrase,
            coalesce(
                speaker_side,
                case when regexp_matches(lower(speaker_phrase), 'general staff')
                     and not regexp_matches(lower(speaker_phrase), 'russia') then 'Ukraine' end,
                last_value(speaker_side ignore nulls) over (
                    partition by article_id order by char_start, claim_id
                    rows between unbounded preceding and 1 preceding
                )
            ) as context_side,
            speaker_id
        from store.claims
        """,
        step="resolve.speakers",
    )
    phrases = store.fetchall(
        "select distinct speaker_phrase, context_side from speaker_context "
        "where speaker_id is null and speaker_phrase is not null",
        step="resolve.speakers")
    resolved = []
    for phrase, side in phrases:
        speaker = speakers.resolve(phrase)
        if speaker is None and (institution := institution_phrase(phrase, side)):
            speaker = speakers.resolve(institution)
        if speaker is not None and (side is None or speaker.side in (side, "neutral")):
            resolved.append((phrase, side, speaker.speaker_id, speaker.name, speaker.side, speaker.kind))
    store.execute(
        "create or replace temp table speaker_fixes (speaker_phrase varchar, inferred_side varchar, "
        "speaker_id varchar, speaker varchar, speaker_side varchar, speaker_kind varchar)",
        step="resolve.speakers",
    )
    store.append_rows(
        "speaker_fixes",
        ("speaker_phrase", "inferred_side", "speaker_id", "speaker", "speaker_side", "speaker_kind"),
        resolved, step="resolve.speakers",
    )
    store.execute(
        "update store.claims c set speaker_id = f.speaker_id, speaker = f.speaker, speaker_side = f.speaker_side, "
        "speaker_kind = f.speaker_kind from speaker_fixes f, speaker_context x "
        "where x.claim_id = c.claim_id and c.speaker_id is null and c.speaker_phrase = f.speaker_phrase "
        "and x.context_side is not distinct from f.inferred_side",
        step="resolve.speakers",
    )
    after = store.scalar("select count(*) from store.claims where speaker_id is null", step="resolve.speakers")
    return before - after
