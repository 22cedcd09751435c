-- Candidate copied sentences: two outlets' own (unattributed) claims about the same place,
-- predicate and value within {window_days} days. Blocking on (place, predicate, value)
-- keeps the pairs few; rapidfuzz then compares the two sentences.
-- Grain of store.sentence_copy_candidates: one row per pair (earlier claim, later claim).

create or replace table store.sentence_copy_candidates as
with
own_claims as (
    select c.claim_id, c.place_id, c.predicate, c.value, c.asserted_at, c.sentence, a.outlet, a.published_at
    from store.claims as c
    join store.current_articles as a using (article_id)
    where c.speaker_phrase is null and c.place_id is not null
),
final as (
    select
        e.claim_id as earlier_claim_id,
        l.claim_id as later_claim_id,
        e.outlet as earlier_outlet,
        e.sentence as earlier_sentence,
        l.sentence as later_sentence
    from own_claims as e
    join own_claims as l
        on e.place_id = l.place_id
        and e.predicate = l.predicate
        and e.value = l.value
        and e.outlet <> l.outlet
        and (e.published_at < l.published_at or (e.published_at = l.published_at and e.claim_id < l.claim_id))
        and l.published_at - e.published_at <= interval ({window_days}) day
)
select * from final;
