-- Candidate copy pairs for the articles of this run: blocking on shared fingerprints, so
-- cost grows with the number of shared shingles, never with all pairs of articles.
-- Grain of store.copy_candidates (dropped after verification): one row per unordered article pair (a < b) sharing enough of
-- their sampled shingles; rapidfuzz then verifies each candidate on the full text.

create or replace table store.copy_candidates as
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
new_side as (
    select u.*
    from usable as u
    join store.articles as a using (article_id)
    where a.run_id = '{run_id}'
),
shared as (
    select
        least(n.article_id, o.article_id) as article_a,
        greatest(n.article_id, o.article_id) as article_b,
        count(distinct n.fingerprint) as n_shared
    from new_side as n
    join usable as o
        on n.fingerprint = o.fingerprint and n.article_id <> o.article_id
    group by all
),
scored as (
    select
        s.article_a,
        s.article_b,
        s.n_shared,
        s.n_shared / (sa.n_fingerprints + sb.n_fingerprints - s.n_shared) as jaccard
    from shared as s
    join sizes as sa on sa.article_id = s.article_a
    join sizes as sb on sb.article_id = s.article_b
),
final as (
    select sc.*
    from scored as sc
    join store.articles as a on a.article_id = sc.article_a
    join store.articles as b on b.article_id = sc.article_b
    -- two versions of one url are an edit, not a copy
    where a.article_key <> b.article_key
      and sc.jaccard >= {min_jaccard}
)
select * from final;
