-- Settle contradictions with later evidence. An admission against interest (the side
-- that held a place conceding it) weighs most; otherwise {min_corroborating} or more
-- independent neutral sources agreeing, unhedged, settle it.
-- Grain of store.contradiction_status: one row per contradiction.

create or replace table store.contradiction_status as
with
later_evidence as (
    select
        k.contradiction_id,
        e.claim_id,
        e.source_key,
        e.value,
        e.asserted_at,
        e.against_interest,
        (coalesce(e.speaker_side, 'neutral') = 'neutral' and not e.hedged) as neutral_unhedged
    from store.contradictions as k
    join store.claim_evidence as e
        on e.place_key = k.place_key
        and e.predicate = k.predicate
        and e.asserted_at > k.first_seen
        and e.asserted_at <= k.first_seen + interval ({horizon_days}) day
        and e.claim_id not in (k.claim_id_a, k.claim_id_b)
),
admissions as (
    select contradiction_id, claim_id, value, asserted_at, 1 as priority, 'admission against interest' as how
    from later_evidence
    where against_interest
),
corroborations as (
    -- the moment the {min_corroborating}th independent neutral source agrees
    select contradiction_id, claim_id, value, asserted_at, 2 as priority, 'independent corroboration' as how
    from (
        select
            *,
            dense_rank() over (partition by contradiction_id, value order by first_at, source_key) as nth_source
        from (
            select *, min(asserted_at) over (partition by contradiction_id, value, source_key) as first_at
            from later_evidence
            where neutral_unhedged
        )
        where asserted_at = first_at
    )
    where nth_source = {min_corroborating}
),
settlements as (
    select *
    from (select * from admissions union all select * from corroborations)
    qualify row_number() over (partition by contradiction_id order by priority, asserted_at, claim_id) = 1
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
