-- One iteration of truth discovery over truth_votes(source, object, value, weight):
-- value confidence from the trust of the sources behind it, discounted for sources that
-- copy one another, then source trust from the confidence of what each source said,
-- shrunk towards the prior.
-- Reads truth_trust(source, trust), truth_anchors(object, value, truth),
-- truth_objects(object, n_false, n_unseen), truth_informative(object) and
-- truth_copy_links(source, partner, probability); writes
-- truth_confidence and truth_trust_next. Temp tables: they live for one scoring pass.

-- Counting order for the copy discount: the most trusted source of a dependent group
-- keeps its full vote, later ones lose what they may have copied from earlier ones.
create or replace temp table truth_rank as
select source, trust, row_number() over (order by trust desc, source) as rank
from truth_trust;

create or replace temp table truth_confidence as
with
echoes as (
    -- Dong, Berti-Equille and Srivastava (2009): a value's support from a group of
    -- dependent sources should count about once. Each source's vote is scaled by the
    -- chance it said this value on its own, i.e. did not copy it from any earlier-counted
    -- source that says the same: the product of (1 - copy_rate * P(dependent)).
    select v.source, v.object, v.value, exp(sum(ln(1 - {copy_rate} * l.probability))) as independence
    from truth_votes as v
    join truth_copy_links as l on l.source = v.source
    join truth_votes as e on e.source = l.partner and e.object = v.object and e.value = v.value
    join truth_rank as rv on rv.source = v.source
    join truth_rank as re on re.source = e.source
    where re.rank < rv.rank
    group by v.source, v.object, v.value
),
support as (
    -- the accuracy model of Dong et al. (2009): a source of accuracy A that picks among
    -- n wrong values backs its value with log-odds ln(n A / (1 - A)), so an excellent
    -- source outweighs several mediocre ones, and one no better than chance adds nothing
    select
        v.object,
        v.value,
        sum(v.weight * coalesce(d.independence, 1.0)
            * greatest(ln(o.n_false * least(greatest(t.trust, 0.01), 0.99)
                          / (1 - least(greatest(t.trust, 0.01), 0.99))), 0)) as score
    from truth_votes as v
    join truth_rank as t using (source)
    join truth_objects as o using (object)
    left join echoes as d using (source, object, value)
    group by v.object, v.value
),
scaled as (
    -- shifted by the object's top score so exp() cannot overflow with many sources
    select object, value, exp(score - max(score) over per_object) as odds, max(score) over per_object as top
    from support
    window per_object as (partition by object)
),
shares as (
    -- the scores are log-odds, so the probability that each value is the true one is a
    -- softmax over the object's values; an object with one value observed keeps one
    -- unseen alternative (score 0), so a lone claim is only as sure as its source
    select
        s.object,
        s.value,
        s.odds / (sum(s.odds) over (partition by s.object) + o.n_unseen * exp(-s.top)) as confidence
    from scaled as s
    join truth_objects as o using (object)
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
scored as (
    select v.source, sum(v.weight) as n_weight, sum(v.weight * f.confidence) as agreement
    from truth_votes as v
    join truth_informative using (object)
    join truth_confidence as f using (object, value)
    group by v.source
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
