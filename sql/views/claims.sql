-- claims: one row per claim extracted from a current article version.
create or replace view main.claims as
with
evidence as (
    select claim_id, source_key, statement_id, from_copy, against_interest
    from store.claim_evidence
),
final as (
    select
        c.claim_id,
        c.article_id,
        a.outlet,
        c.speaker,
        c.place,
        c.place_as_written,
        c.predicate,
        c.value,
        c.hedged,
        c.asserted_at,
        c.sentence,
        c.char_start,
        c.char_end,
        c.field,
        c.speaker_phrase,
        c.speaker_side,
        c.speaker_kind,
        c.place_id,
        c.modality,
        c.reported_via,
        e.source_key,
        e.statement_id,
        e.from_copy,
        e.against_interest
    from store.claims as c
    join main.articles as a using (article_id)
    left join evidence as e using (claim_id)
)
select * from final;

-- unresolved_places: place names claims used that the gazetteer could not resolve.
create or replace view main.unresolved_places as
select
    place_as_written,
    count(*) as n_claims,
    min(asserted_at) as first_seen,
    max(asserted_at) as last_seen,
    arg_min(sentence, asserted_at) as example_sentence
from main.claims
where place_id is null
group by place_as_written;
