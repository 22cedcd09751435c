-- article_copies: one row per article that is a near-verbatim copy of an earlier one.
create or replace view main.article_copies as
select article_id, copy_of, similarity
from store.article_copies;

-- contradictions: one row per pair of sources contradicting each other about a place
-- in one episode, with its current status.
create or replace view main.contradictions as
select
    k.contradiction_id,
    k.place,
    k.predicate,
    k.claim_id_a,
    k.claim_id_b,
    k.speaker_a,
    k.speaker_b,
    k.value_a,
    k.value_b,
    k.first_seen,
    s.status,
    s.resolved_value,
    s.resolved_by_claim_id,
    s.resolved_at,
    s.resolution,
    k.episode
from store.contradictions as k
join store.contradiction_status as s using (contradiction_id);

-- place_timeline: one row per period of one control state of a place.
create or replace view main.place_timeline as
select place, controller, valid_from, valid_to, confidence, evidence_claim_ids, place_id, basis
from store.place_timeline;

-- places: one row per gazetteer place that some claim refers to.
create or replace view main.places as
select place_id, name, kind, oblast, lat, lon, aliases
from store.places;
