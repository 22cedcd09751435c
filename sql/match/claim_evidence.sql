-- Claims of current article versions, each tied to the independent source it stands for
-- and to the statement it reports. Rebuilt every run (set-at-a-time; cheap next to extraction).
-- Grain of store.claim_evidence: one row per claim of a current article version.
--   source_key:   who is the evidence: the speaker; for an outlet's own unattributed
--                 reporting, the outlet of the original article (a copier repeats, it does
--                 not witness), or of the earlier sentence it copies (temp table
--                 sentence_copies, from rapidfuzz), so copies and re-quotes never count twice.
--   statement_id: claims of one source about one (place, predicate, value) within
--                 {window_days} days of each other are one statement, however many outlets
--                 carried it.

create or replace table store.claim_evidence as
with
origins as (
    -- an article copied from an earlier one points at the earliest original it copies,
    -- among originals published at the same moment the smallest id, so every run agrees
    select c.article_id, arg_min(c.copy_of, (o.published_at, c.copy_of)) as origin_id
    from store.article_copies as c
    join store.articles as o on o.article_id = c.copy_of
    group by c.article_id
),
speaker_keys as (
    select speaker, speaker_key from speaker_groups
),
claims as (
    select
        c.*,
        a.outlet,
        a.published_at,
        coalesce(g.origin_id, c.article_id) as origin_article_id,
        -- a whole-article copy, else a copied sentence, else the outlet itself
        coalesce(oa.outlet, sc.origin_outlet, a.outlet) as origin_outlet,
        coalesce(c.place_id, 'unresolved:' || lower(trim(c.place_as_written))) as place_key
    from store.claims as c
    join store.current_articles as a using (article_id)
    left join origins as g using (article_id)
    left join sentence_copies as sc using (claim_id)
    left join store.articles as oa on oa.article_id = g.origin_id
),
sourced as (
    select
        c.*,
        case
            when c.speaker_phrase is null then 'outlet:' || lower(c.origin_outlet)
            when c.speaker_id is not null then 'speaker:' || c.speaker_id
            else 'phrase:' || coalesce(k.speaker_key, lower(c.speaker))
        end as source_key,
        case when c.speaker_phrase is null then c.origin_outlet else c.speaker end as source_name,
        -- an admission against interest: a side conceding the place to the other side
        coalesce(
            c.predicate = 'controls' and not c.hedged
            and c.speaker_side in ('Russia', 'Ukraine')
            and c.value in ('Russia', 'Ukraine')
            and c.value <> c.speaker_side,
            false
        ) as against_interest,
        coalesce(c.speaker_side in ('Russia', 'Ukraine') and c.value = c.speaker_side, false) as in_own_favour
    from claims as c
    left join speaker_keys as k on k.speaker = c.speaker
),
gaps as (
    select
        *,
        case
            when asserted_at - lag(asserted_at) over same_statement > interval ({window_days}) day then 1
            else 0
        end as starts_new
    from sourced
    window same_statement as (partition by source_key, place_key, predicate, value order by asserted_at, claim_id)
),
numbered as (
    select
        *,
        sum(starts_new) over (
            partition by source_key, place_key, predicate, value
            order by asserted_at, claim_id rows unbounded preceding
        ) as statement_seq
    from gaps
),
final as (
    select
        claim_id,
        article_id,
        origin_article_id,
        outlet,
        origin_outlet,
        published_at,
        speaker,
        speaker_phrase,
        speaker_id,
        speaker_side,
        speaker_kind,
        source_key,
        source_name,
        place_key,
        place,
        place_as_written,
        predicate,
        value,
        hedged,
        asserted_at,
        against_interest,
        in_own_favour,
        substr(sha256(source_key || '|' || place_key || '|' || predicate || '|' || value || '|' || statement_seq), 1, 16)
            as statement_id,
        article_id <> origin_article_id as from_copy
    from numbered
)
select * from final;

-- Grain of store.statements: one row per statement (what support and contradiction count).
create or replace table store.statements as
select
    statement_id,
    min(source_key) as source_key,
    min(place_key) as place_key,
    min(predicate) as predicate,
    min(value) as value,
    min(asserted_at) as first_at,
    max(asserted_at) as last_at,
    count(*) as n_claims
from store.claim_evidence
group by statement_id;
