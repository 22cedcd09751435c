-- Settle contradictions with later evidence. An admission against interest (the side
-- that held a place conceding it) weighs most; otherwise {min_corroborating} independent
-- neutral sources agreeing, unhedged, within {window_days} days of each other (about one
-- situation, as a statement or a contradiction is), the later of them after the
-- contradiction appeared and within {horizon_days} days of it, settle it.
-- Beyond {horizon_days} days only an admission of continuity still settles: a side
-- conceding that the other side *still* holds the place (worded as a state that goes on,
-- not as a change), provided nobody reported a change of hands about the place between
-- the contradiction and the admission. Such an admission covers the whole time since the
-- contradiction; a later admission of a change, or corroboration, may be about a new
-- situation, so they keep the horizon.
-- Settling evidence backs one side of a dispute: the side whose value it gives. It
-- overturns both sides (gives a value neither claimed) only when worded as continuity:
-- "the enemy still holds" speaks for the disputed days, but "our troops have left" or
-- "since the fall of" the town says who holds it after a change, and a dispute between
-- two other states ("contested" against "holding") was about the days before that change.
-- Settling events are found once per place (not once per contradiction), then each
-- contradiction takes the first event after it with an ASOF join: near-linear however
-- many contradictions a hot place has.
-- Needs the macros of contradict/wording.sql.
-- Grain of store.contradiction_status: one row per contradiction.

create or replace table store.contradiction_status as
with
worded as (
    select e.*, reports_continuity(c.sentence) and not reports_change(c.sentence) as of_continuity
    from store.claim_evidence as e
    join store.claims as c using (claim_id)
),
admissions as (
    select place_key, predicate, asserted_at, value, claim_id, of_continuity
    from worded
    where against_interest
),
continuity_admissions as (
    select e.place_key, e.predicate, e.asserted_at, e.value, e.claim_id
    from store.claim_evidence as e
    join store.claims as c using (claim_id)
    where e.against_interest and reports_continuity(c.sentence) and not reports_change(c.sentence)
    qualify row_number() over (partition by e.place_key, e.predicate, e.asserted_at order by e.claim_id) = 1
),
reported_changes as (
    -- a source starting to say a place changed hands; repeats of the same statement are
    -- that one report, so a claim repeated after a contradiction is no new change
    select any_value(e.place_key) as place_key, any_value(e.predicate) as predicate, min(e.asserted_at) as first_at
    from store.claim_evidence as e
    join store.claims as c using (claim_id)
    where e.predicate = 'controls'
    group by e.statement_id
    having arg_min(reports_change(c.sentence), (e.asserted_at, e.claim_id))
),
neutral as (
    select
        place_key, predicate, value, asserted_at, claim_id, of_continuity,
        count(distinct source_key) over (
            partition by place_key, predicate, value
            order by asserted_at
            range between interval ({window_days}) day preceding and current row
        ) as n_sources
    from worded
    where coalesce(speaker_side, 'neutral') = 'neutral' and not hedged
),
corroborations as (
    -- the moments at which enough independent neutral sources back one value
    select place_key, predicate, asserted_at, value, claim_id, of_continuity
    from neutral
    where n_sources >= {min_corroborating}
),
events as (
    -- one event per moment (the lowest claim id among simultaneous ones): the ASOF join
    -- below then picks the same settling claim on every run. An event is looked up by the
    -- value it gives (`disputed`), unless it is worded as continuity.
    select *, case when of_continuity then '' else value end as disputed from (
        select 1 as priority, 'admission against interest' as how, * from admissions
        union all
        select 2 as priority, 'independent corroboration' as how, * from corroborations
    )
    qualify row_number() over (partition by place_key, predicate, priority, disputed, asserted_at
                               order by claim_id) = 1
),
first_events as (
    -- per contradiction and kind of event, the first one after the contradiction appeared
    -- that is worded as continuity or gives either disputed value
    select k.contradiction_id, e.priority, e.how, e.value, e.claim_id, e.asserted_at
    from (select *, unnest([1, 1, 1, 2, 2, 2]) as priority,
                 unnest(['', value_a, value_b, '', value_a, value_b]) as disputed
          from store.contradictions) as k
    asof join events as e
        on e.priority = k.priority and e.disputed = k.disputed
        and e.place_key = k.place_key and e.predicate = k.predicate
        and e.asserted_at > k.first_seen
    where e.asserted_at <= k.first_seen + interval ({horizon_days}) day
),
first_continuity as (
    select k.contradiction_id, k.place_key, k.predicate, k.first_seen,
           a.value, a.claim_id, a.asserted_at
    from store.contradictions as k
    asof join continuity_admissions as a
        on a.place_key = k.place_key and a.predicate = k.predicate and a.asserted_at > k.first_seen
),
first_change as (
    select f.contradiction_id, r.first_at as changed_at
    from first_continuity as f
    asof join reported_changes as r
        on r.place_key = f.place_key and r.predicate = f.predicate and r.first_at > f.first_seen
),
late_continuity as (
    -- within the horizon the admission is already among first_events
    select f.contradiction_id, 1 as priority, 'admission of continuity' as how,
           f.value, f.claim_id, f.asserted_at
    from first_continuity as f
    left join first_change as c using (contradiction_id)
    where f.asserted_at > f.first_seen + interval ({horizon_days}) day
      and (c.changed_at is null or c.changed_at >= f.asserted_at)
),
settlements as (
    -- an admission wins over an earlier corroboration
    select * from (select * from first_events union all select * from late_continuity)
    qualify row_number() over (partition by contradiction_id order by priority, asserted_at, claim_id) = 1
),
final as (
    select
        k.contradiction_id,
        case when s.claim_id is null then 'open' else 'resolved' end as status,
        s.value as resolved_value,
        s.claim_id as resolved_by_claim_id,
        s.asserted_at as resolved_at,
        s.how as resolution
    from store.contradictions as k
    left join settlements as s using (contradiction_id)
)
select * from final;
