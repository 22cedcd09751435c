"""Resolve stage, store side: canonical places and speakers for the claims in the store.

Extraction resolves what it can while it reads (it needs the gazetteer to find place
names at all). This stage works over the *distinct* names still unresolved in the whole
store, never over claim rows, so a gazetteer or speakers-file update also fixes claims
extracted by earlier runs. It also materialises store.places, the gazetteer entries the
claims refer to (with kind, oblast and coordinates) for analysts to join and map.
"""

from __future__ import annotations

from dataclasses import dataclass

from crosscheck.db import Store


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
    phrases = [r[0] for r in store.fetchall(
        "select distinct speaker_phrase from store.claims where speaker_id is null and speaker_phrase is not null",
        step="resolve.speakers")]
    resolved = [
        (phrase, s.speaker_id, s.name, s.side, s.kind) for phrase in phrases if (s := speakers.resolve(phrase))
    ]
    store.execute(
        "create or replace temp table speaker_fixes (speaker_phrase varchar, speaker_id varchar, speaker varchar, "
        "speaker_side varchar, speaker_kind varchar)",
        step="resolve.speakers",
    )
    store.append_rows("speaker_fixes", ("speaker_phrase", "speaker_id", "speaker", "speaker_side", "speaker_kind"),
                      resolved, step="resolve.speakers")
    store.execute(
        "update store.claims c set speaker_id = f.speaker_id, speaker = f.speaker, speaker_side = f.speaker_side, "
        "speaker_kind = f.speaker_kind from speaker_fixes f "
        "where c.speaker_id is null and c.speaker_phrase = f.speaker_phrase",
        step="resolve.speakers",
    )

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
        n_speakers_newly_resolved=len(resolved),
        n_unresolved_place_names=len(names) - len(found),
        n_places=len(rows),
    )
