-- Merge one batch (batch_articles: the reader's DataFrame, registered as a view, with
-- text_sha256 computed by the reader and a staged_row number) into store.articles.
-- Grain of store.articles: one row per distinct text seen under an article key.
-- A key is the url, or outlet + text hash when there is no url; the same text at two
-- outlets stays two articles (copies are the matcher's business, not ingestion's).
-- The first statement decides which staged rows are new using keys only (no text is
-- copied); the second inserts those rows' full records.

create or replace temp table batch_new as
with
keyed as (
    select
        staged_row,
        coalesce(nullif(trim(url::varchar), ''), 'outlet:' || lower(outlet) || ':' || text_sha256) as article_key,
        text_sha256,
        published_at::timestamptz as published_at,
        source_file,
        source_location
    from batch_articles
),
first_of_each as (
    -- the same record twice in one batch counts once
    select * from keyed
    qualify row_number() over (partition by article_key, text_sha256 order by source_file, source_location) = 1
),
final as (
    select f.*
    from first_of_each as f
    anti join store.articles as a
        on a.article_key = f.article_key and a.text_sha256 = f.text_sha256
)
select * from final;

insert into store.articles
with
prior_versions as (
    select article_key, max(version) as last_version
    from store.articles
    where article_key in (select article_key from batch_new)
    group by article_key
),
final as (
    select
        substr(sha256(n.article_key || '|' || n.text_sha256), 1, 16) as article_id,
        n.article_key,
        coalesce(p.last_version, 0)
            + row_number() over (partition by n.article_key order by n.published_at, n.source_file, n.source_location)
            as version,
        b.outlet::varchar,
        nullif(trim(b.url::varchar), '') as url,
        b.published_at::timestamptz,
        b.title::varchar,
        b.text::varchar,
        b.language::varchar,
        b.text_sha256::varchar,
        b.raw_sha256::varchar,
        b.source_file::varchar,
        b.source_location::varchar,
        b.ingested_at::timestamptz,
        b.run_id::varchar
    from batch_new as n
    join batch_articles as b on b.staged_row = n.staged_row
    left join prior_versions as p on p.article_key = n.article_key
)
select * from final;
