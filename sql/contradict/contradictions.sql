-- Contradictions: two sources' claims about one place's control that cannot both hold at
-- the same time. Rebuilt every run from store.claim_evidence, so ids are stable across runs
-- and a contradiction's status follows the evidence until it is resolved.
-- Grain of store.contradictions: one row per (place, predicate, episode, pair of sources).

create or replace table store.contradictions as
with
controls as (
    select
        *,
        asserted_at::date as day,
        -- a claim of change says what holds from now on; an older claim of the
        -- opposite state is history, not a contradiction (macro: wording.sql)
        reports_change(sentence_text) as is_transition
    from (
        select e.*, c.sentence as sentence_text
        from store.claim_evidence as e
        join store.claims as c using (claim_id)
        where e.predicate = 'controls'
    )
),
episodes as (
    -- activity about a place separated by more than the window is a new episode
    select
        *,
        sum(starts_new) over (partition by place_key order by asserted_at, claim_id rows unbounded preceding)
            as episode
    from (
        select
            *,
            case
                when asserted_at - lag(asserted_at) over (partition by place_key order by asserted_at, claim_id)
                    > interval ({window_days}) day then 1
                else 0
            end as starts_new
        from controls
    )
),
statements as (
    -- compare statements, not claim rows: fifty outlets repeating one briefing are one
    -- statement, which keeps the self-join small however hot a place gets
    select
        statement_id,
        any_value(place_key) as place_key,
        any_value(place) as place,
        any_value(predicate) as predicate,
        any_value(source_key) as source_key,
        min(source_name) as source_name,  -- deterministic: reruns must publish identical rows
        any_value(value) as value,
        arg_min(claim_id, (asserted_at, claim_id)) as first_claim_id,
        arg_min(is_transition, (asserted_at, claim_id)) as is_transition,
        arg_min(episode, (asserted_at, claim_id)) as episode,
        min(asserted_at) as first_at,
        max(asserted_at) as last_at
    from episodes
    group by statement_id
),
earlier_weeks as (
    -- time blocking: each statement is listed under every week it can still be
    -- contradicted in (from its first claim to a window after its last), so the pair join
    -- below is an equality on (place, week) instead of a range scan over a hot place
    select
        *,
        unnest(generate_series(
            date_trunc('week', first_at), date_trunc('week', last_at + interval ({window_days}) day), interval 7 day
        )) as week
    from statements
),
later_week as (
    select *, date_trunc('week', first_at) as week from statements
),
pairs as (
    select
        a.place_key,
        a.place,
        a.predicate,
        a.episode,
        a.first_claim_id as claim_id_a,
        b.first_claim_id as claim_id_b,
        a.source_key as source_a,
        b.source_key as source_b,
        a.source_name as speaker_a,
        b.source_name as speaker_b,
        a.value as value_a,
        b.value as value_b,
        greatest(a.first_at, b.first_at) as first_seen
    from earlier_weeks as a
    join later_week as b
        on a.place_key = b.place_key
        and a.week = b.week
        and a.episode = b.episode
        and a.source_key <> b.source_key
        and a.value <> b.value
        and (a.first_at < b.first_at or (a.first_at = b.first_at and a.first_claim_id < b.first_claim_id))
        and b.first_at <= a.last_at + interval ({window_days}) day
    -- the later claim reports a change after the earlier one's last word: a new state,
    -- not a conflict
    where not (b.is_transition and b.first_at::date > a.last_at::date)
),
one_per_source_pair as (
    select *
    from pairs
    qualify row_number() over (
        partition by place_key, predicate, episode, least(source_a, source_b), greatest(source_a, source_b)
        order by first_seen, claim_id_a, claim_id_b
    ) = 1
),
final as (
    select
        substr(sha256(place_key || '|' || predicate || '|' || least(source_a, source_b) || '|'
            || greatest(source_a, source_b) || '|' || claim_id_a), 1, 16) as contradiction_id,
        place_key,
        coalesce(place, replace(place_key, 'unresolved:', '')) as place,
        predicate,
        episode,
        claim_id_a,
        claim_id_b,
        source_a,
        source_b,
        speaker_a,
        speaker_b,
        value_a,
        value_b,
        first_seen
    from one_per_source_pair
)
select * from final;
