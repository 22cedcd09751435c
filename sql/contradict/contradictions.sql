-- Contradictions: two sources' claims about one place's control that cannot both hold at
-- the same time. Rebuilt every run from store.claim_evidence, so ids are stable across runs
-- and a contradiction's status follows the evidence until it is resolved.
-- Grain of store.contradictions: one row per (place, predicate, episode, pair of sources).

-- Whether statement b, of another source, answers statement a in conflict: a different
-- value, made after a (a same-moment tie goes by first claim id) and within the window of
-- a's last word. Both pair joins below use it, so they cannot drift apart.
create or replace temp macro answers_in_conflict(a_value, a_first_at, a_claim_id, a_last_at,
                                                 b_value, b_first_at, b_claim_id, b_is_transition) as
    a_value <> b_value
    and (a_first_at < b_first_at or (a_first_at = b_first_at and a_claim_id < b_claim_id))
    and b_first_at <= a_last_at + interval ({window_days}) day
    -- the later claim reports a change after the earlier one's last word: a new state,
    -- not a conflict
    and not (b_is_transition and b_first_at::date > a_last_at::date);

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
ranked as (
    -- each source's statements in a place's episode, in the order the pairs compare them
    select
        *,
        row_number() over (
            partition by place_key, predicate, episode, source_key order by first_at, first_claim_id
        ) as source_rank
    from statements
),
source_cutoffs as (
    -- when a source's (n+1)-th statement there begins (null: it has no more)
    select place_key, predicate, episode, source_key, first_at as cutoff_at
    from ranked
    where source_rank = {first_statements_per_source} + 1
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
    from ranked
),
later_week as (
    select *, date_trunc('week', first_at) as week from ranked
),
early_pairs as (
    -- a source pair's first contradiction comes early at a hot spot, so pair only each
    -- source's first statements there; that bounds the join however dense the place gets
    select
        a.place_key, a.place, a.predicate, a.episode,
        a.first_claim_id as claim_id_a, b.first_claim_id as claim_id_b,
        a.source_key as source_a, b.source_key as source_b,
        a.source_name as speaker_a, b.source_name as speaker_b,
        a.value as value_a, b.value as value_b,
        greatest(a.first_at, b.first_at) as first_seen
    from earlier_weeks as a
    join later_week as b
        on a.place_key = b.place_key
        and a.week = b.week
        and a.episode = b.episode
        and a.source_key <> b.source_key
        and answers_in_conflict(a.value, a.first_at, a.first_claim_id, a.last_at,
                                b.value, b.first_at, b.first_claim_id, b.is_transition)
    where a.source_rank <= {first_statements_per_source}
        and b.source_rank <= {first_statements_per_source}
),
early_first as (
    -- a source pair's first pair: an aggregate, not a window, since hashing beats sorting
    -- here (keys never tie: a pair of statements is a pair of first claims)
    select unnest(arg_min(p, (p.first_seen, p.claim_id_a, p.claim_id_b)))
    from early_pairs as p
    group by p.place_key, p.predicate, p.episode, least(p.source_a, p.source_b), greatest(p.source_a, p.source_b)
),
early_settled as (
    -- exact when it is seen before either source's first unpaired statement begins: any
    -- pair that would win over it has both statements earlier still, so it was paired
    select f.*
    from early_first as f
    left join source_cutoffs as ca
        on ca.place_key = f.place_key and ca.predicate = f.predicate and ca.episode = f.episode
        and ca.source_key = f.source_a
    left join source_cutoffs as cb
        on cb.place_key = f.place_key and cb.predicate = f.predicate and cb.episode = f.episode
        and cb.source_key = f.source_b
    where (ca.cutoff_at is null or f.first_seen < ca.cutoff_at)
        and (cb.cutoff_at is null or f.first_seen < cb.cutoff_at)
),
sources_there as (
    select distinct place_key, predicate, episode, source_key from ranked
),
undecided_source_pairs as (
    -- source pairs still undecided: one of them has statements beyond its first ones
    -- and no early pair settled them
    select distinct
        c.place_key, c.predicate, c.episode,
        least(c.source_key, o.source_key) as source_1,
        greatest(c.source_key, o.source_key) as source_2
    from source_cutoffs as c
    join sources_there as o
        on o.place_key = c.place_key and o.predicate = c.predicate and o.episode = c.episode
        and o.source_key <> c.source_key
    anti join early_settled as e
        on e.place_key = c.place_key and e.predicate = c.predicate and e.episode = c.episode
        and least(e.source_a, e.source_b) = least(c.source_key, o.source_key)
        and greatest(e.source_a, e.source_b) = greatest(c.source_key, o.source_key)
),
open_source_pairs as (
    -- either source may speak first
    select place_key, predicate, episode, source_1 as source_a, source_2 as source_b from undecided_source_pairs
    union all
    select place_key, predicate, episode, source_2, source_1 from undecided_source_pairs
),
later_open as materialized (
    -- the later statements of undecided source pairs, each with the source it may answer;
    -- materialized so the pair join below matches on that source instead of first pairing
    -- every statement of a hot place
    select b.*, o.source_a as earlier_source
    from later_week as b
    join open_source_pairs as o
        on o.place_key = b.place_key and o.predicate = b.predicate and o.episode = b.episode
        and o.source_b = b.source_key
),
late_pairs as (
    -- the undecided source pairs, every statement of theirs
    select
        a.place_key, a.place, a.predicate, a.episode,
        a.first_claim_id as claim_id_a, b.first_claim_id as claim_id_b,
        a.source_key as source_a, b.source_key as source_b,
        a.source_name as speaker_a, b.source_name as speaker_b,
        a.value as value_a, b.value as value_b,
        greatest(a.first_at, b.first_at) as first_seen
    from later_open as b
    join earlier_weeks as a
        on a.place_key = b.place_key
        and a.week = b.week
        and a.episode = b.episode
        and a.source_key = b.earlier_source
        and answers_in_conflict(a.value, a.first_at, a.first_claim_id, a.last_at,
                                b.value, b.first_at, b.first_claim_id, b.is_transition)
),
late_first as (
    select unnest(arg_min(p, (p.first_seen, p.claim_id_a, p.claim_id_b)))
    from late_pairs as p
    group by p.place_key, p.predicate, p.episode, least(p.source_a, p.source_b), greatest(p.source_a, p.source_b)
),
one_per_source_pair as (
    -- the two sets of source pairs are disjoint: each source pair's first contradiction once
    select * from early_settled
    union all
    select * from late_first
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
