-- Source-copying detection, one round, after Dong, Berti-Equille and Srivastava (2009),
-- "Integrating conflicting data: the role of source dependence".
--
-- Independent sources agree on true values often, on a given false value rarely. A
-- source that copies another agrees with it far more often than their accuracies
-- explain, and its shared false values give it away. For each candidate pair (found
-- once, blocked by object, in sql/score/truth_prepare.sql) every shared object counts:
--   agreeing on a value believed true   : weak evidence of copying,
--   agreeing on a value believed false  : strong evidence, the more so the rarer
--                                         that value is among the wrong answers,
--   disagreeing                         : evidence of independence.
-- The log likelihood ratios add up to the posterior probability that the two are
-- dependent. "Believed" is the current confidence and the accuracies the current trust,
-- so detection and the trust/confidence loop refine each other.
--
-- Reads copy_candidates, copy_agreements, copy_coverage, truth_value_counts, truth_objects,
-- truth_confidence and truth_trust. Writes truth_copies_next and truth_copy_links.

create or replace temp table truth_copies_next as
with
accuracy as (
    select source, least(greatest(trust, 0.05), 0.95) as a from truth_trust
),
wrong_answers as (
    -- expected number of wrong answers given on each object
    select c.object, sum(c.n_sources * (1 - f.confidence)) as n_wrong
    from truth_value_counts as c
    join truth_confidence as f using (object, value)
    group by c.object
),
error_popularity as (
    -- q: the chance that a source that errs on this object gives this particular value,
    -- its share of the wrong answers smoothed towards Dong et al.'s uniform 1/n, so a
    -- common mistake shared by two independent sources is no great coincidence
    select
        c.object, c.value,
        (c.n_sources * (1 - f.confidence) + 1) / (w.n_wrong + o.n_false) as q
    from truth_value_counts as c
    join truth_confidence as f using (object, value)
    join wrong_answers as w using (object)
    join truth_objects as o using (object)
),
agreements as (
    -- likelihood of agreeing on this value if the two are dependent vs independent.
    -- p = P(value true), A1 and A2 their accuracies, q as above, c the share of objects
    -- a copier copies. Independent: both right (A1 A2) or both wrong with this value
    -- ((1-A1) q (1-A2) q). Dependent: with probability c one copied the other (right
    -- with the mean accuracy, or wrong with this value), otherwise independent.
    select
        g.source_a, g.source_b, g.mass, f.confidence as p,
        x1.a as a1, x2.a as a2, (x1.a + x2.a) / 2 as a_mean, e.q
    from copy_agreements as g
    join truth_confidence as f on f.object = g.object and f.value = g.value
    join error_popularity as e on e.object = g.object and e.value = g.value
    join accuracy as x1 on x1.source = g.source_a
    join accuracy as x2 on x2.source = g.source_b
),
agreement_evidence as (
    select
        source_a, source_b,
        sum(mass * (1 - p)) as n_agree_false,
        sum(mass * ln(
            (p * ({copy_rate} * a_mean + (1 - {copy_rate}) * a1 * a2)
             + (1 - p) * ({copy_rate} * (1 - a_mean) * q + (1 - {copy_rate}) * (1 - a1) * (1 - a2) * q * q))
            / (p * a1 * a2 + (1 - p) * (1 - a1) * (1 - a2) * q * q)
        )) as llr_agree
    from agreements
    group by source_a, source_b
),
evidence as (
    -- a dependent pair disagrees only on the (1 - c) of objects not copied, so each
    -- disagreement multiplies the odds of dependence by (1 - c)
    select
        c.source_a, c.source_b, c.n_shared, c.n_agree,
        coalesce(e.n_agree_false, 0) as n_agree_false,
        coalesce(e.llr_agree, 0) + (c.n_shared - c.n_agree) * ln(1 - {copy_rate}) as llr
    from copy_candidates as c
    left join agreement_evidence as e using (source_a, source_b)
),
judged as (
    select
        e.*,
        1 / (1 + (1 - {copy_prior}) / {copy_prior} * exp(-least(greatest(e.llr, -60), 60))) as probability,
        -- the copier is the one whose own word is mostly this agreement; the less
        -- trusted one when that does not tell them apart
        e.n_agree / ca.n_objects as part_a,
        e.n_agree / cb.n_objects as part_b,
        ta.trust as trust_a,
        tb.trust as trust_b
    from evidence as e
    join copy_coverage as ca on ca.source = e.source_a
    join copy_coverage as cb on cb.source = e.source_b
    join truth_trust as ta on ta.source = e.source_a
    join truth_trust as tb on tb.source = e.source_b
)
select
    source_a, source_b, probability, llr, n_shared, n_agree, n_agree_false,
    case when part_a > part_b or (part_a = part_b and trust_a <= trust_b) then source_a else source_b end as copier,
    case when part_a > part_b or (part_a = part_b and trust_a <= trust_b) then source_b else source_a end as original
from judged;

create or replace temp table truth_copy_links as
select source_a as source, source_b as partner, probability from truth_copies_next where probability >= {link_above}
union all
select source_b as source, source_a as partner, probability from truth_copies_next where probability >= {link_above};
