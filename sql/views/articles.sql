-- articles: one row per article, its current (latest) version.
create or replace view main.articles as
with
final as (
    select
        article_id,
        outlet,
        url,
        published_at,
        title,
        text,
        language,
        ingested_at,
        version,
        raw_sha256 as sha256,
        source_file,
        source_location
    from store.current_articles
)
select * from final;

-- article_versions: every version of every article, edits included.
create or replace view main.article_versions as
select
    article_id,
    article_key,
    version,
    version = max(version) over (partition by article_key) as is_current,
    outlet,
    url,
    published_at,
    title,
    text,
    ingested_at,
    raw_sha256 as sha256
from store.articles;
