-- Labels without hand work: a claim older than the horizon is labelled from what came
-- later; analysts' labels in main.analyst_labels override. Newer claims stay unlabelled.
-- Grain of store.claim_labels: one row per labelled claim.
-- Every way of labelling a claim (a candidate) also says when its evidence was known, so
-- store.claim_label_spells can say which label a claim had at any earlier time (below).
--   resolution: the claim took part in (or sat beside) a settled contradiction
--   timeline:   a confident control state for that place and day says otherwise or agrees
--   support:    another independent source said the same thing within the window, and
--               nobody said otherwise

create or replace temp table label_candidates as
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
        case when e.value = s.resolved_value then 'corroborated' else 'refuted' end as label,
        'resolution' as label_source,
        s.resolved_at as known_at
    from evidence as e
    join settled as s
        on s.place_key = e.place_key
        and s.predicate = e.predicate
        and e.asserted_at between s.first_seen - interval ({window_days}) day and s.resolved_at
),
state_evidence as (
    -- when each source's evidence first stood in each confident timeline state: a claim
    -- counts from its own day, or from the state's first day if it was voted in from the
    -- trailing window before it
    select t.place_id, t.valid_from, o.source_key,
           min(greatest(o.asserted_at, t.valid_from::timestamptz)) as first_at
    from store.place_timeline as t, unnest(t.evidence_claim_ids) as ev(claim_id)
    join store.claim_evidence as o on o.claim_id = ev.claim_id
    where t.confidence >= {min_timeline_confidence}
    group by t.place_id, t.valid_from, o.source_key
),
state_sources as (
    -- the first two sources to stand behind each state, once per state (not per claim):
    -- a claim waits for the first source unless that is its own, then for the second
    select place_id, valid_from,
           arg_min(source_key, (first_at, source_key)) as first_source,
           min(first_at) as first_at,
           min(first_at) filter (where source_rank = 2) as second_at
    from (select *, row_number() over (partition by place_id, valid_from order by first_at, source_key)
                        as source_rank
          from state_evidence)
    group by place_id, valid_from
),
state_days as (
    -- the days of each confident state, with the last one below the confidence labelling
    -- requires, as the run of that day saw it
    select t.place_id, t.valid_from, d.day, d.settled_at,
           max(d.day) filter (where d.confidence < {min_timeline_confidence})
               over (partition by t.place_id, t.valid_from) as last_doubtful_day
    from store.place_timeline as t, unnest(t.confidence_by_day) as by_day(d)
    where t.confidence >= {min_timeline_confidence}
),
state_confident as (
    -- since when the state has been at least as confident as tonight requires, as the runs
    -- of its days saw it: from the end of its last day below that (or of its first day);
    -- and the first of its days a run saw it confident
    select place_id, valid_from,
           coalesce(any_value(last_doubtful_day), valid_from)::timestamptz + interval 1 day as confident_from,
           min(day) filter (where last_doubtful_day is null or day > last_doubtful_day) as first_confident_day
    from state_days
    group by place_id, valid_from
),
timeline_judged as (
    -- a state only judges a claim when some *other* source stands behind the state:
    -- a state resting on the claim's own source alone would just echo the claim back
    select e.claim_id, e.value, t.controller, t.place_id, t.valid_from, sc.confident_from,
           case when ss.first_source <> e.source_key then ss.first_at else ss.second_at end as other_at,
           -- the last of the state's days the label needs: the claim's own, the one the other
           -- source stood behind it on, and the first a run saw the state confident
           greatest(e.asserted_at::date, other_at::date, sc.first_confident_day) as rests_until
    from evidence as e
    join store.place_timeline as t
        on t.place_id = e.place_key
        and e.asserted_at::date >= t.valid_from
        and (t.valid_to is null or e.asserted_at::date < t.valid_to)
    join state_sources as ss
        on ss.place_id = t.place_id and ss.valid_from = t.valid_from
    join state_confident as sc
        on sc.place_id = t.place_id and sc.valid_from = t.valid_from
    where e.predicate = 'controls' and t.confidence >= {min_timeline_confidence}
      and (ss.first_source <> e.source_key or ss.second_at is not null)
),
by_timeline as (
    -- A label is known from when that other source first stood behind the state (and the
    -- state was confident), not from the state's last evidence: a state still going on
    -- tonight has evidence up to tonight, and a run over a backlog would otherwise know
    -- all its labels only now, where the runs of its days knew them long before. Nor is
    -- it known before the latest settlement that the state's days up to the last one it
    -- needs took their controller from: until then those days were contested.
    select
        j.claim_id,
        case when j.value = j.controller then 'corroborated' else 'refuted' end as label,
        'timeline' as label_source,
        greatest(j.other_at, j.confident_from, d.settled_at) as known_at
    from timeline_judged as j
    join state_days as d
        on d.place_id = j.place_id and d.valid_from = j.valid_from and d.day = j.rests_until
),
by_support as (
    -- against statements, not claim rows, so a hot place's thousand repeats cost one row
    select
        e.claim_id,
        'corroborated' as label,
        'support' as label_source,
        any_value(e.asserted_at) + interval ({window_days}) day as known_at
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
    -- an analyst's latest word on a claim wins; labelled_at is the analyst's clock, not
    -- the data's (a backfill's as_of lies in the past), so it counts from the horizon
    select claim_id, arg_max(label, labelled_at) as label, 'analyst' as label_source, null::timestamptz as known_at
    from main.analyst_labels
    where label in ('corroborated', 'refuted')
    group by claim_id
),
ranked as (
    select *, 1 as priority from by_analyst
    union all select *, 2 from by_resolution
    union all select *, 3 from by_timeline
    union all select *, 4 from by_support
)
-- the candidates, each known no earlier than a horizon after its claim (when labelling
-- starts); an analyst may label a younger claim too
select r.claim_id, r.label, r.label_source, r.priority, r.known_at as evidence_at,
       greatest(coalesce(r.known_at, e.asserted_at), e.asserted_at + interval ({horizon_days}) day) as known_at
from ranked as r
join store.claim_evidence as e using (claim_id);

-- tonight's label: the best candidate; among equals the evidence known first (the
-- earliest settlement of a claim's contradictions)
create or replace table store.claim_labels as
select claim_id, label, label_source
from label_candidates
qualify row_number() over (partition by claim_id order by priority, evidence_at nulls first, label) = 1;

-- A claim's label changes as its evidence becomes known: a candidate takes over when it
-- outranks every candidate known before it (an analyst's word always does).
create or replace temp table label_takeovers as
select claim_id, label, label_source, known_at, priority
from (
    select *, min(priority) over (partition by claim_id order by known_at, priority
                                  rows between unbounded preceding and 1 preceding) as best_before
    from label_candidates
)
where best_before is null or priority < best_before or priority = 1;

-- This run's decisions join the label history (kept across runs, append-only), from when
-- each label's evidence was known but never before the last run that decided otherwise:
-- what a run decided stays what it decided, so no claim it scored has its features
-- rewritten. A claim decided for the first time brings every takeover tonight can
-- replay (a first run over a backlog); a claim already recorded gets a row only when its
-- label is changed or withdrawn (label null).
insert into store.claim_label_history
with
latest as (
    select claim_id, max(decided_as_of) as decided_as_of,
           arg_max(label, (decided_as_of, valid_from, recorded_at)) as label,
           arg_max(label_source, (decided_as_of, valid_from, recorded_at)) as label_source
    from store.claim_label_history
    group by claim_id
),
first_decisions as (
    select o.claim_id, o.label, o.label_source, o.known_at as valid_from
    from label_takeovers as o
    anti join latest as h using (claim_id)
),
tonight as (
    select t.claim_id, t.label, t.label_source, max(o.known_at) as known_at
    from store.claim_labels as t
    join label_takeovers as o using (claim_id, label, label_source)
    group by all
),
changes as (
    select h.claim_id, t.label, t.label_source, greatest(coalesce(t.known_at, h.decided_as_of), h.decided_as_of)
    from latest as h
    left join tonight as t using (claim_id)
    where t.label is distinct from h.label or t.label_source is distinct from h.label_source
)
select *, timestamptz '{as_of}', '{run_id}', current_timestamp from first_decisions
union all
select *, timestamptz '{as_of}', '{run_id}', current_timestamp from changes;

-- Which label each claim had when, as the runs decided it: one row per claim and spell,
-- valid_to null while it holds.
create or replace table store.claim_label_spells as
with spells as (
    select claim_id, label, label_source, valid_from,
           lead(valid_from) over (partition by claim_id order by valid_from, recorded_at) as valid_to
    from store.claim_label_history
)
select s.claim_id, e.source_key, s.label, s.label_source, s.valid_from, s.valid_to
from spells as s
join store.claim_evidence as e using (claim_id)
where s.label is not null and (s.valid_to is null or s.valid_to > s.valid_from);
