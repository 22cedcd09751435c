-- Text fingerprints of the articles ingested by this run, for syndication detection.
-- Grain of store.article_fingerprints: one row per (article, sampled 5-word shingle hash).
-- Sampling shingles by hash value (keep h % {sample_mod} = 0) keeps the table small while two
-- near copies still share almost all their samples (Broder's "mod-m" sketch).

insert into store.article_fingerprints
with
new_articles as (
    select article_id, text
    from store.articles
    where run_id = '{run_id}'
),
words as (
    select
        article_id,
        string_split(trim(regexp_replace(lower(text), '[^\p{L}\p{N}]+', ' ', 'g')), ' ') as ws
    from new_articles
),
shingles as (
    select
        article_id,
        -- hash() over the five words directly: ~7x faster than hashing a joined slice
        unnest(list_transform(range(1, len(ws) - 3), lambda i: hash(ws[i], ws[i + 1], ws[i + 2], ws[i + 3], ws[i + 4])))
            as fingerprint
    from words
    where len(ws) >= 5
),
final as (
    select distinct article_id, fingerprint
    from shingles
    where fingerprint % {sample_mod} = 0
)
select * from final;
