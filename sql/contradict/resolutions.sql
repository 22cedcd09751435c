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
events as (
    select 1 as priority, 'admission against interest' as how, * from admissions
    union all
    select 2 as priority, 'independent corroboration' as how, * from corroborations
),
first_events as (
    -- per contradiction and kind of event, the first one after the contradiction appeared
    select k.contradiction_id, e.priority, e.how, e.value, e.claim_id, e.asserted_at
    from (select *, unnest([1, 2]) as priority from store.contradictions) as k
    asof join events as e
        on e.priority = k.priority and e.place_key = k.place_key and e.predicate = k.predicate
        and e.asserted_at > k.first_seen
    where e.asserted_at <= k.first_seen + interval ({horizon_days}) day
),
settlements as (
    -- an admission within the horizon wins over an earlier corroboration
    select * from first_events
    qualify row_number() over (partition by contradiction_id order by priority) = 1
),
final as (
    select
        k.contradiction_id,
        case when s.claim_id is null then 'open' else 'resolved' end as status,
        s.value as resolved_value,
        s.claim_id as resolved_by_claim_id,
        s.asserted_at as resolved_at,
        s.how as resolution
    from store.contradictions as k
    left join settlements as s using (contradiction_id)
)
select * from final;
