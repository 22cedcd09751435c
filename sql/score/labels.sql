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
state_sources as (
    -- the sources behind each timeline state, counted once per state (not per claim)
    select t.place_id, t.valid_from, count(distinct o.source_key) as n_sources, min(o.source_key) as a_source
    from store.place_timeline as t, unnest(t.evidence_claim_ids) as ev(claim_id)
    join store.claim_evidence as o on o.claim_id = ev.claim_id
    group by t.place_id, t.valid_from
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
    join state_sources as ss
        on ss.place_id = t.place_id and ss.valid_from = t.valid_from
    where e.predicate = 'controls' and t.confidence >= {min_timeline_confidence}
      and (ss.n_sources > 1 or ss.a_source <> e.source_key)
),
by_support as (
    -- against statements, not claim rows, so a hot place's thousand repeats cost one row
    select
        e.claim_id,
        'corroborated' as label,
        'support' as label_source
    from evidence as e
    join store.statements as s
        on s.place_key = e.place_key
        and s.predicate = e.predicate
        and s.source_key <> e.source_key
        and s.first_at <= e.asserted_at + interval ({window_days}) day
        and s.last_at >= e.asserted_at - interval ({window_days}) day
    group by e.claim_id
    having count(*) filter (where s.value = e.value) > 0
       and count(*) filter (where s.value <> e.value) = 0
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
