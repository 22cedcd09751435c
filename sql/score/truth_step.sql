-- One iteration of truth discovery over truth_claims(source, object, value, weight):
-- value confidence from the trust of the sources behind it, then source trust from the
-- confidence of what each source said, shrunk towards the prior.
-- Reads truth_trust(source, trust), truth_anchors(object, value, truth); writes
-- truth_confidence and truth_trust_next. Temp tables: they live for one scoring pass.

create or replace temp table truth_confidence as
with
support as (
    -- a source's vote is -ln(1 - trust): near-certain sources count for much more than
    -- coin-flippers (the trustworthiness score of TruthFinder, Yin et al. 2008)
    select c.object, c.value, sum(c.weight * -ln(1 - least(greatest(t.trust, 0.01), 0.99))) as score
    from truth_claims as c
    join truth_trust as t using (source)
    group by c.object, c.value
),
shares as (
    select object, value, score / nullif(sum(score) over (partition by object), 0) as confidence
    from support
),
anchored as (
    select
        s.object,
        s.value,
        coalesce(a.truth, case when a2.object is not null then 0.0 end, s.confidence) as confidence
    from shares as s
    left join truth_anchors as a on a.object = s.object and a.value = s.value
    left join (select distinct object from truth_anchors where truth = 1.0) as a2
        on a2.object = s.object
)
select object, value, coalesce(confidence, 0.0) as confidence from anchored;

create or replace temp table truth_trust_next as
with
informative as (
    -- an object only one source speaks to says nothing about anyone's reliability,
    -- unless an anchor (a known outcome) settles it
    select object
    from truth_claims
    group by object
    having count(distinct source) >= 2 or object in (select object from truth_anchors)
),
scored as (
    select c.source, sum(c.weight) as n_weight, sum(c.weight * f.confidence) as agreement
    from truth_claims as c
    join informative using (object)
    join truth_confidence as f using (object, value)
    group by c.source
),
final as (
    select
        t.source,
        (coalesce(s.agreement, 0) + {prior_strength} * {prior}) / (coalesce(s.n_weight, 0) + {prior_strength}) as trust,
        coalesce(s.n_weight, 0) as n_weight,
        coalesce(s.agreement, 0) as agreement
    from truth_trust as t
    left join scored as s using (source)
)
select * from final;
