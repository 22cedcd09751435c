-- Candidate copy pairs for the articles of this run, in two cheap filters before any text
-- is read: blocking on shared rare fingerprints (cost grows with the number of shared
-- shingles, never with all pairs of articles), then the pair's bottom-k sketches.
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
final as (
    select r.*
    from rare_overlap as r
    join store.articles as a on a.article_id = r.article_a
    join store.articles as b on b.article_id = r.article_b
    -- two versions of one url are an edit, not a copy
    where a.article_key <> b.article_key
)
select * from final;

create or replace table store.copy_candidates as
with
sketched as (
    -- the k smallest fingerprints of the two articles' union that both contain, over k:
    -- an unbiased estimate of the Jaccard similarity of all their sampled shingles,
    -- boilerplate included (Broder 1997), so a template shared by unrelated reports
    -- does not pass while a copy with a changed dateline does
    select
        b.article_a,
        b.article_b,
        b.n_shared,
        list_distinct(list_concat(ka.sketch, kb.sketch)) as pooled,
        len(list_intersect(list_intersect(list_slice(list_sort(pooled), 1, {sketch_size}), ka.sketch), kb.sketch))
            / least({sketch_size}, len(pooled)) as sketch_jaccard
    from store.copy_blocked as b
    join store.article_sketches as ka on ka.article_id = b.article_a
    join store.article_sketches as kb on kb.article_id = b.article_b
),
final as (
    select article_a, article_b, n_shared, sketch_jaccard
    from sketched
    where sketch_jaccard >= {min_sketch_jaccard}
)
select * from final;

drop table store.copy_blocked;
