-- Structured claims, step 3: the results of truth discovery back in names, as the
-- three tables `crosscheck truth` writes (truths, sources, copies).

-- The chosen value of every item: highest confidence, then most claims, then the
-- written form, so ties come out the same on every run.
create or replace temp table structured_truths as
select i.object, i.attribute, v.display_value as value, round(f.confidence, 4) as confidence
from truth_confidence as f
join structured_values as v on v.value_id = f.value
join structured_items as i on i.item_id = v.item_id
qualify row_number() over (
    partition by v.item_id order by f.confidence desc, v.n_claims desc, v.display_value
) = 1
order by i.object, i.attribute;

-- Reliability is the shrunk trust; the grade needs enough informative claims (n_weight)
-- before it says anything but F.
create or replace temp table structured_source_results as
select
    s.source,
    round(t.trust, 4) as reliability,
    round(t.low, 4) as low,
    round(t.high, 4) as high,
    {reliability_grade} as grade,
    s.n_claims
from truth_trust as t
join structured_sources as s on s.source_id = t.source
order by t.trust desc, s.source;

create or replace temp table structured_copies as
select c.name as source, o.name as copies_from, round(p.probability, 4) as probability
from truth_copies as p
join (select source_id, source as name from structured_sources) as c on c.source_id = p.copier
join (select source_id, source as name from structured_sources) as o on o.source_id = p.original
where p.probability >= {report_above}
order by p.probability desc, c.name, o.name;
