-- Published score tables. Reads temp tables scored_claims (the classifier's output) and
-- truth_trust (truth discovery), and store.claim_evidence / store.claim_labels.

---------- claim_scores: one row per claim
create or replace table store.claim_scores as
with
independent as (
    -- with hindsight: every other source, before or after, within the window
    select
        c.claim_id,
        count(distinct s.source_key) filter (where s.value = c.value) as n_independent_support,
        count(distinct s.source_key) filter (where s.value <> c.value) as n_independent_contradict
    from store.claim_evidence as c
    join store.statements as s
        on s.place_key = c.place_key
        and s.predicate = c.predicate
        and s.source_key <> c.source_key
        and s.first_at between c.asserted_at - interval ({window_days}) day and c.asserted_at + interval ({window_days}) day
    group by c.claim_id
),
joined as (
    select
        c.claim_id,
        k.p_corroborated,
        coalesce(i.n_independent_support, 0) as n_independent_support,
        coalesce(i.n_independent_contradict, 0) as n_independent_contradict,
        coalesce(t.n_weight, 0) >= {min_evidence} as source_judged,
        k.model_version,
        k.top_features,
        l.label,
        l.label_source
    from store.claim_evidence as c
    join scored_claims as k using (claim_id)
    left join independent as i using (claim_id)
    left join truth_trust as t on t.source = c.source_key
    left join store.claim_labels as l using (claim_id)
),
final as (
    select *, ({credibility})::integer as credibility
    from joined
)
select * from final;

---------- source_scores: one row per source (speakers, and outlets for their own reporting)
create or replace table store.source_scores as
with
claim_counts as (
    select
        e.source_key,
        min(e.source_name) as source,  -- deterministic across reruns
        count(*) as n_claims,
        count(*) filter (where l.label = 'corroborated') as n_supported,
        count(*) filter (where l.label = 'refuted') as n_contradicted
    from store.claim_evidence as e
    left join store.claim_labels as l using (claim_id)
    group by e.source_key
),
final as (
    select
        c.source,
        case when c.source_key like 'outlet:%' then 'outlet' else 'speaker' end as kind,
        round(t.trust, 4) as reliability,
        round(t.low, 4) as reliability_low,
        round(t.high, 4) as reliability_high,
        {reliability_grade} as grade,
        c.n_claims,
        c.n_supported,
        c.n_contradicted,
        round(t.n_weight, 2) as n_informative,
        c.source_key
    from claim_counts as c
    join truth_trust as t on t.source = c.source_key
)
select * from final;

---------- source_evidence: why a source has its grade, one row per (source, claim)
create or replace table store.source_evidence as
select
    e.source_name as source,
    e.source_key,
    e.claim_id,
    coalesce(l.label, 'unlabelled') as outcome,
    l.label_source,
    -- the claims of one statement share one unit of evidence: copies do not add weight
    round(1.0 / count(*) over (partition by e.statement_id), 4) as weight
from store.claim_evidence as e
left join store.claim_labels as l using (claim_id);
