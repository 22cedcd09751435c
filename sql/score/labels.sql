-- Labels without hand work: a claim older than the horizon is labelled from what came
-- later; analysts' labels in main.analyst_labels override. Newer claims stay unlabelled.
-- Grain of store.claim_labels: one row per labelled claim.
--   resolution: the claim took part in (or sat beside) a settled contradiction
--   timeline:   a confident control state for that place and day says otherwise or agrees
--   support:    another independent source said the same thing within the window, and
--               nobody said otherwise

create or replace table store.claim_labels as
with
evidence as (
    select * from store.claim_evidence
    where asserted_at <= timestamptz '{as_of}' - interval ({horizon_days}) day
),
settled as (
    select k.place_key, k.predicate, k.first_seen, s.resolved_at, s.resolved_value
    from store.contradictions as k
    join store.contradiction_status as s using (contradiction_id)
    where s.status = 'resolved'
),
by_resolution as (
    select
        e.claim_id,
        arg_min(case when e.value = s.resolved_value then 'corroborated' else 'refuted' end, s.resolved_at) as label,
        'resolution' as label_source
    from evidence as e
    join settled as s
        on s.place_key = e.place_key
        and s.predicate = e.predicate
        and e.asserted_at between s.first_seen - interval ({window_days}) day and s.resolved_at
    group by e.claim_id
),
by_timeline as (
    -- a state only judges a claim when some *other* source stands behind the state:
    -- a state resting on the claim's own source alone would just echo the claim back
    select
        e.claim_id,
        case when e.value = t.controller then 'corroborated' else 'refuted' end as label,
        'timeline' as label_source
    from evidence as e
    join store.place_timeline as t
        on t.place_id = e.place_key
        and e.asserted_at::date >= t.valid_from
        and (t.valid_to is null or e.asserted_at::date < t.valid_to)
    where e.predicate = 'controls' and t.confidence >= {min_timeline_confidence}
      and exists (
          select 1
          from unnest(t.evidence_claim_ids) as ev(claim_id)
          join store.claim_evidence as o on o.claim_id = ev.claim_id
          where o.source_key <> e.source_key
      )
),
by_support as (
    select
        e.claim_id,
        'corroborated' as label,
        'support' as label_source
    from evidence as e
    where exists (
        select 1 from store.claim_evidence as o
        where o.place_key = e.place_key and o.predicate = e.predicate and o.value = e.value
          and o.source_key <> e.source_key
          and abs(epoch(o.asserted_at) - epoch(e.asserted_at)) <= {window_days} * 86400
    )
    and not exists (
        select 1 from store.claim_evidence as o
        where o.place_key = e.place_key and o.predicate = e.predicate and o.value <> e.value
          and abs(epoch(o.asserted_at) - epoch(e.asserted_at)) <= {window_days} * 86400
    )
),
by_analyst as (
    -- an analyst's latest word on a claim wins
    select claim_id, arg_max(label, labelled_at) as label, 'analyst' as label_source
    from main.analyst_labels
    where label in ('corroborated', 'refuted')
    group by claim_id
),
ranked as (
    select *, 1 as priority from by_analyst
    union all select *, 2 from by_resolution
    union all select *, 3 from by_timeline
    union all select *, 4 from by_support
),
final as (
    select claim_id, label, label_source
    from ranked
    qualify row_number() over (partition by claim_id order by priority) = 1
)
select * from final;
