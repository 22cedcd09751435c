-- Settle contradictions with later evidence. An admission against interest (the side
-- that held a place conceding it) weighs most; otherwise {min_corroborating} independent
-- neutral sources agreeing, unhedged, within {horizon_days} days, the later of them after
-- the contradiction appeared, settle it.
-- Settling events are found once per place (not once per contradiction), then each
-- contradiction takes the first event after it with an ASOF join: near-linear however
-- many contradictions a hot place has.
-- Grain of store.contradiction_status: one row per contradiction.

create or replace table store.contradiction_status as
with
admissions as (
    select place_key, predicate, asserted_at, value, claim_id
    from store.claim_evidence
    where against_interest
),
neutral as (
    select
        place_key, predicate, value, asserted_at, claim_id,
        count(distinct source_key) over (
            partition by place_key, predicate, value
            order by asserted_at
            range between interval ({horizon_days}) day preceding and current row
        ) as n_sources
    from store.claim_evidence
    where coalesce(speaker_side, 'neutral') = 'neutral' and not hedged
),
corroborations as (
    -- the moments at which enough independent neutral sources back one value
    select place_key, predicate, asserted_at, value, claim_id
    from neutral
    where n_sources >= {min_corroborating}
),
first_admission as (
    select k.contradiction_id, a.value, a.claim_id, a.asserted_at
    from store.contradictions as k
    asof join admissions as a
        on a.place_key = k.place_key and a.predicate = k.predicate and a.asserted_at > k.first_seen
    where a.asserted_at <= k.first_seen + interval ({horizon_days}) day
),
first_corroboration as (
    select k.contradiction_id, c.value, c.claim_id, c.asserted_at
    from store.contradictions as k
    asof join corroborations as c
        on c.place_key = k.place_key and c.predicate = k.predicate and c.asserted_at > k.first_seen
    where c.asserted_at <= k.first_seen + interval ({horizon_days}) day
),
final as (
    select
        k.contradiction_id,
        case when coalesce(a.claim_id, c.claim_id) is null then 'open' else 'resolved' end as status,
        coalesce(a.value, c.value) as resolved_value,
        coalesce(a.claim_id, c.claim_id) as resolved_by_claim_id,
        coalesce(a.asserted_at, c.asserted_at) as resolved_at,
        case
            when a.claim_id is not null then 'admission against interest'
            when c.claim_id is not null then 'independent corroboration'
        end as resolution
    from store.contradictions as k
    left join first_admission as a using (contradiction_id)
    left join first_corroboration as c using (contradiction_id)
)
select * from final;
