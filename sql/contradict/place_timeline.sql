-- Who controlled each place, when, and on whose word. For every day with control claims
-- about a place, the claims of the trailing {window_days} days vote, one vote per
-- statement weighted by the kind of evidence; consecutive days with the same winner form
-- one state. A tie is contested; a lead with no more sources behind it than against it
-- follows the contradiction raised in those days: its settled value, or contested while
-- it is open.
-- The last state of a place is open-ended (valid_to is null).
-- A settlement that no source makes any control claim about, but that one side is
-- reported attacking (shelling it, attacks on or near it repelled), is presumed held by
-- the other side: the attacked side is the one there. Such states vote the same way from
-- the attack claims, are marked basis = 'presumed from attacks', and their confidence is
-- scaled by {presumption_confidence}, so a presumption never looks as sure as a claim.
-- confidence_by_day keeps, for each day of a state, the confidence a run that day saw (the
-- state's days so far), so labels can tell since when a state was confident enough, and
-- settled_at, the latest settlement those days took their controller from (null when none
-- did): a day that follows a dispute's settled value was contested until the settlement,
-- so a label resting on it is known no earlier.
-- Grain of store.place_timeline: one row per (place, control state period).

create or replace table store.place_timeline as
with
control_claims as (
    select
        claim_id, place_key, place, statement_id, source_key, value,
        asserted_at::date as day,
        -- why these weights: an admission against interest is the strongest evidence a
        -- conflict offers; a neutral observer beats a side speaking for itself; a hedge
        -- halves any of them
        (case
            when against_interest then 3.0
            when coalesce(speaker_side, 'neutral') = 'neutral' then 1.5
            else 1.0
         end) * (case when hedged then 0.5 else 1.0 end) as weight
    from store.claim_evidence
    where predicate = 'controls' and place_key not like 'unresolved:%'
),
presumed as (
    -- regions and facilities are left out: an oblast is split by the front line, and who
    -- struck a plant is itself disputed
    select
        e.claim_id, e.place_key, e.place, e.statement_id, e.source_key,
        case e.value when 'Russia' then 'Ukraine' else 'Russia' end as value,
        e.asserted_at::date as day,
        (case when coalesce(e.speaker_side, 'neutral') = 'neutral' then 1.5 else 1.0 end)
            * (case when e.hedged then 0.5 else 1.0 end) as weight
    from store.claim_evidence as e
    join store.places as p on p.place_id = e.place_key
    where e.predicate = 'attacked' and e.value in ('Russia', 'Ukraine') and p.kind in ('city', 'town', 'village')
      and e.place_key not in (select place_key from control_claims)
),
controls as (
    select *, 'control claims' as basis from control_claims
    union all
    select *, 'presumed from attacks' as basis from presumed
),
statement_days as (
    -- a statement repeated by many outlets on one day votes once
    select place_key, any_value(place) as place, day, value, statement_id, any_value(source_key) as source_key,
           max(weight) as weight, list(claim_id order by claim_id) as claim_ids
    from controls
    group by place_key, day, value, statement_id
),
days as (
    select distinct place_key, day from statement_days
),
votes as (
    select
        d.place_key,
        d.day,
        s.value,
        sum(s.weight) as weight,
        count(distinct s.source_key) as n_sources,
        flatten(list(s.claim_ids)) as claim_ids
    from days as d
    join statement_days as s
        on s.place_key = d.place_key
        and s.day between d.day - {window_days_minus_one} and d.day
    group by d.place_key, d.day, s.value
),
disputes as (
    -- what became of the control contradictions raised about each place, by the day raised
    select k.place_key, k.first_seen::date as raised, k.first_seen, k.contradiction_id, s.status, s.resolved_value,
           s.resolved_at
    from store.contradictions as k
    join store.contradiction_status as s using (contradiction_id)
    where k.predicate = 'controls'
),
day_disputes as (
    select
        d.place_key,
        d.day,
        -- the most recent dispute speaks for the day; two raised the same day are ordered by
        -- the moment each was raised, then by id, so reruns publish the same timeline
        arg_max(k.resolved_value, (k.first_seen, k.contradiction_id)) filter (where k.status = 'resolved')
            as settled_value,
        arg_max(k.resolved_at, (k.first_seen, k.contradiction_id)) filter (where k.status = 'resolved')
            as settled_at,
        bool_or(k.status = 'open') as any_open
    from days as d
    join disputes as k
        on k.place_key = d.place_key
        and k.raised between d.day - {window_days_minus_one} and d.day
    group by d.place_key, d.day
),
leaders as (
    select
        place_key,
        day,
        value,
        count(*) filter (where weight = max_weight) over (partition by place_key, day) > 1 as tied,
        -- as many sources against the leader as behind it: the weights alone (a hedge
        -- halves one side's) do not decide a dispute
        n_sources <= coalesce(max(case when weight < max_weight then n_sources end)
                                  over (partition by place_key, day), 0) as outnumbered,
        weight / total_weight as share,
        claim_ids
    from (
        select *, max(weight) over (partition by place_key, day) as max_weight,
                  sum(weight) over (partition by place_key, day) as total_weight
        from votes
    )
    qualify weight = max_weight and row_number() over (partition by place_key, day, weight = max_weight order by value) = 1
),
verdicts as (
    -- a tie is contested; a lead with no more sources behind it than against it defers
    -- to how the dispute of those days ended: its settlement if it has one, contested
    -- while it is open. "Moscow claimed it" against "Kyiv said it holds" is not a
    -- Ukrainian town just because wires hedge Moscow's word.
    select
        l.place_key,
        l.day,
        case
            when l.tied then 'contested'
            when not l.outnumbered then l.value
            when dd.settled_value is not null then dd.settled_value
            when dd.any_open then 'contested'
            else l.value
        end as controller,
        -- when the day's controller became known, if only a settlement decided it
        case when not l.tied and l.outnumbered then dd.settled_at end as settled_at,
        l.share,
        l.value,
        l.claim_ids
    from leaders as l
    left join day_disputes as dd using (place_key, day)
),
daily_state as (
    select
        place_key,
        day,
        controller,
        -- the vote's share when it chose the state; otherwise what the vote left over,
        -- so a state the vote did not choose never looks surer than the vote was
        case when controller = value then share else 1 - share end as share,
        settled_at,
        claim_ids
    from verdicts
),
islands as (
    select
        *,
        sum(case when controller is distinct from previous then 1 else 0 end)
            over (partition by place_key order by day rows unbounded preceding) as state_seq
    from (select *, lag(controller) over (partition by place_key order by day) as previous from daily_state)
),
states as (
    select
        place_key,
        state_seq,
        any_value(controller) as controller,
        min(day) as valid_from,
        avg(share) as confidence,
        -- the confidence a run on each of the state's days saw (its days so far): a
        -- state may reach its confidence only later, and labels count from then
        list({'day': day, 'confidence': confidence_so_far, 'settled_at': settled_so_far} order by day)
            as confidence_by_day,
        list_distinct(flatten(list(claim_ids))) as evidence_claim_ids
    from (
        select *, avg(share) over so_far as confidence_so_far, max(settled_at) over so_far as settled_so_far
        from islands
        window so_far as (partition by place_key, state_seq order by day rows unbounded preceding)
    )
    group by place_key, state_seq
),
names as (
    -- a place's states share one basis: presumptions only exist where no claim does
    select place_key, any_value(place) as place, any_value(basis) as basis from controls group by place_key
),
final as (
    select
        n.place,
        s.place_key as place_id,
        s.controller,
        s.valid_from,
        lead(s.valid_from) over (partition by s.place_key order by s.state_seq) as valid_to,
        round(s.confidence * (case when n.basis = 'control claims' then 1.0 else {presumption_confidence} end), 4)
            as confidence,
        list_sort(s.evidence_claim_ids) as evidence_claim_ids,
        n.basis,
        list_transform(s.confidence_by_day, lambda d: {
            'day': d.day,
            'confidence': round(d.confidence * (case when n.basis = 'control claims' then 1.0 else {presumption_confidence} end), 4),
            'settled_at': d.settled_at
        }) as confidence_by_day
    from states as s
    join names as n using (place_key)
)
select * from final;
