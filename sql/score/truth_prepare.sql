-- Set-up for one truth-discovery run over truth_claims(source, object, value, weight) and
-- truth_anchors(object, value, truth). Everything here is fixed while the loop iterates,
-- so it is computed once (crosscheck/score/truth.py runs it before the first step).

-- One row per (source, object, value): a source repeating itself adds weight, not rows.
-- Every later formula is linear in the weight, so this changes no result, and it makes
-- (source, object, value) a key for the copy-discount join.
create or replace temp table truth_votes as
select source, object, value, sum(weight) as weight
from truth_claims
where weight > 0
group by source, object, value;

-- An object only one source speaks to says nothing about anyone's reliability, unless an
-- anchor (a known outcome) settles it.
create or replace temp table truth_informative as
select object from truth_votes group by object having count(distinct source) >= 2
union
select object from truth_anchors;

-- What copy detection needs about each source's word on an object: the share of its
-- weight on each value (1.0 for the usual single value), so two sources "agree" on an
-- object with probability sum(share_a * share_b) over the values they both give.
create or replace temp table copy_shares as
select source, object, value, weight / sum(weight) over (partition by source, object) as share
from truth_votes
where object in (select object from truth_informative);

-- How many wrong values an object seems to have: the more alternatives, the less likely
-- two independent sources pick the same wrong one by chance, and the more a source's
-- agreement with the others means (Dong et al. 2009 assume n equally likely false
-- values; we take n from what the sources actually said). An object with one value seen
-- keeps one unseen alternative, so a lone claim is never taken as certain.
create or replace temp table truth_objects as
select
    object,
    greatest(count(distinct value) - 1, 1) as n_false,
    case when count(distinct value) = 1 then 1 else 0 end as n_unseen
from truth_votes
group by object;

-- How many sources (by weight) give each value: with the current confidence this tells
-- how popular a value is as a wrong answer, so agreeing on a common error counts for
-- less than agreeing on a rare one.
create or replace temp table truth_value_counts as
select object, value, sum(share) as n_sources
from copy_shares
group by object, value;

-- Objects each source covers: a copier agrees with its original on a larger part of what
-- it says than the original does with it, which orients a dependent pair.
create or replace temp table copy_coverage as
select source, count(distinct object) as n_objects
from copy_shares
group by source;

-- Blocking for copy detection: pairs of sources are only ever found by a self-join within
-- one object, never across the whole table. An object that more than
-- {max_object_sources} sources speak to (a headline everyone covers) would add its
-- sources squared in pairs while saying little about who copies whom, so it is left out
-- of the comparison.
create or replace temp table copy_blocks as
select object from copy_shares group by object having count(distinct source) <= {max_object_sources};

-- Pairs of sources that could be copying, found once (what two sources said does not
-- change while the loop runs, only how much we believe it). Shares sum to one per source
-- and object, so summing share_a * share_b counts shared objects, and over equal values
-- counts agreements.
create or replace temp table copy_candidates as
with
pair_stats as (
    select
        a.source as source_a,
        b.source as source_b,
        sum(a.share * b.share) as n_shared,
        sum(case when a.value = b.value then a.share * b.share else 0 end) as n_agree
    from copy_shares as a
    join copy_shares as b on b.object = a.object and a.source < b.source
    where a.object in (select object from copy_blocks)
    group by a.source, b.source
)
-- a dependent pair agrees on the share it copied and more; a pair that agrees on less
-- than {min_agreement_rate} of what it shares cannot have copied most of it, and a
-- handful of shared objects is too little to tell
select source_a, source_b, n_shared, n_agree
from pair_stats
where n_shared >= {min_shared_objects} and n_agree >= {min_agreement_rate} * n_shared;

-- The agreements of candidate pairs, kept so each round only re-weighs them.
create or replace temp table copy_agreements as
select p.source_a, p.source_b, a.object, a.value, a.share * b.share as mass
from copy_candidates as p
join copy_shares as a on a.source = p.source_a
join copy_shares as b on b.source = p.source_b and b.object = a.object and b.value = a.value
where a.object in (select object from copy_blocks);

-- No dependence is known before the first round of detection.
create or replace temp table truth_copies as
select
    source as source_a, source as source_b, 0.0::double as probability, 0.0::double as llr,
    0::bigint as n_shared, 0.0::double as n_agree, 0.0::double as n_agree_false,
    source as copier, source as original
from truth_votes
limit 0;
create or replace temp table truth_copy_links as
select source_a as source, source_b as partner, probability from truth_copies;
