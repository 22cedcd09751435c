-- Candidate copy pairs for the articles of this run, in two cheap filters before any text
-- is read: blocking on shared rare fingerprints (cost grows with the number of shared
-- shingles, never with all pairs of articles), then the pair's bottom-k sketches.
-- A story run by more outlets than the rare-shingle cap has no rare shingles left; each
-- of its copies is paired instead with the earliest article that most of its smallest
-- crowded fingerprints point at (a star, not all pairs: n copies cost n pairs, not n squared).
-- Grain of store.copy_blocked and store.copy_candidates (dropped after verification): one row
-- per unordered article pair (a < b); the candidates are the blocked pairs whose sketches
-- estimate a Jaccard similarity of at least {min_sketch_jaccard}; rapidfuzz then verifies each
-- candidate on the full text. Two statements, because in one the optimiser joined the sketches
-- before the blocking had cut the pairs down (20x slower at 300,000 articles).

create or replace table store.copy_blocked as
with
document_frequency as (
    select fingerprint, count(*) as n_articles
    from store.article_fingerprints
    group by fingerprint
),
usable as (
    -- a shingle shared by very many articles is boilerplate, not evidence of copying
    select f.article_id, f.fingerprint
    from store.article_fingerprints as f
    join document_frequency as d using (fingerprint)
    where d.n_articles <= {max_document_frequency}
),
sizes as (
    select article_id, count(*) as n_fingerprints
    from usable
    group by article_id
),
fresh as (
    select u.article_id, u.fingerprint, a.run_id = '{run_id}' as is_new
    from usable as u
    join store.articles as a using (article_id)
),
shared as (
    -- each unordered pair once (a < b), and only pairs with an article of this run:
    -- older pairs were compared by the runs that brought them
    select a.article_id as article_a, b.article_id as article_b, count(*) as n_shared
    from fresh as a
    join fresh as b
        on a.fingerprint = b.fingerprint and a.article_id < b.article_id
    where a.is_new or b.is_new
    group by all
),
rare_overlap as (
    -- a near copy shares most of its rare shingles; one shared by chance among few rare
    -- ones does not get past this
    select s.article_a, s.article_b, s.n_shared
    from shared as s
    join sizes as sa on sa.article_id = s.article_a
    join sizes as sb on sb.article_id = s.article_b
    where s.n_shared / (sa.n_fingerprints + sb.n_fingerprints - s.n_shared) >= {min_jaccard}
),
crowded as (
    -- the smallest few fingerprints of each sketch, where they are over the cap
    select x.article_id, x.fingerprint
    from (
        select article_id, unnest(list_slice(sketch, 1, {star_sketch_size})) as fingerprint
        from store.article_sketches
    ) as x
    join document_frequency as d using (fingerprint)
    where d.n_articles > {max_document_frequency}
),
first_users as (
    -- each crowded fingerprint points at the earliest article that has it
    select c.fingerprint, arg_min(c.article_id, (a.published_at, c.article_id)) as anchor
    from crowded as c
    join store.articles as a using (article_id)
    group by c.fingerprint
),
pointers as (
    select c.article_id, u.anchor, count(*) as n_shared,
           sum(count(*)) over (partition by c.article_id) as n_crowded
    from crowded as c
    join first_users as u using (fingerprint)
    group by c.article_id, u.anchor
),
star as (
    -- a copy of a widely run story points at the original with most of its crowded
    -- fingerprints; a report made of stock phrases points at many different first users
    select least(p.article_id, p.anchor) as article_a, greatest(p.article_id, p.anchor) as article_b, p.n_shared
    from pointers as p
    join store.articles as a on a.article_id = p.article_id
    join store.articles as o on o.article_id = p.anchor
    where p.article_id <> p.anchor
      and p.n_crowded >= {star_min_crowded} and p.n_shared >= {min_star_share} * p.n_crowded
      and (a.run_id = '{run_id}' or o.run_id = '{run_id}')
),
blocked as (
    select article_a, article_b, max(n_shared) as n_shared
    from (select * from rare_overlap union all select * from star)
    group by all
),
final as (
    select r.*
    from blocked as r
    join store.articles as a on a.article_id = r.article_a
    join store.articles as b on b.article_id = r.article_b
    -- two versions of one url are an edit, not a copy
    where a.article_key <> b.article_key
)
select * from final;

create or replace table store.copy_candidates as
with
paired as (
    select b.article_a, b.article_b, b.n_shared, ka.sketch as sketch_a, kb.sketch as sketch_b,
           len(list_intersect(ka.sketch, kb.sketch)) as n_common
    from store.copy_blocked as b
    join store.article_sketches as ka on ka.article_id = b.article_a
    join store.article_sketches as kb on kb.article_id = b.article_b
),
overlapping as (
    -- the estimate below counts common fingerprints among the {sketch_size} smallest of the
    -- union, never more than all common ones, over the same denominator (the union's size is
    -- the two sizes less the common ones): a pair failing this bound fails the estimate. One
    -- list_intersect per blocked pair instead of a distinct, a sort and two intersections:
    -- at a million articles, of 6.7 million blocked pairs (33,491 candidates in the end), the
    -- statement took 90 s of CPU instead of 439
    select *
    from paired
    where n_common / least({sketch_size}, len(sketch_a) + len(sketch_b) - n_common) >= {min_sketch_jaccard}
),
sketched as (
    -- the k smallest fingerprints of the two articles' union that both contain, over k:
    -- an unbiased estimate of the Jaccard similarity of all their sampled shingles,
    -- boilerplate included (Broder 1997), so a template shared by unrelated reports
    -- does not pass while a copy with a changed dateline does
    select
        article_a,
        article_b,
        n_shared,
        list_distinct(list_concat(sketch_a, sketch_b)) as pooled,
        len(list_intersect(list_intersect(list_slice(list_sort(pooled), 1, {sketch_size}), sketch_a), sketch_b))
            / least({sketch_size}, len(pooled)) as sketch_jaccard
    from overlapping
),
final as (
    select article_a, article_b, n_shared, sketch_jaccard
    from sketched
    where sketch_jaccard >= {min_sketch_jaccard}
)
select * from final;

drop table store.copy_blocked;
