-- Point-in-time features of every claim: only what was known when the claim was made.
-- Grain of store.claim_features: one row per claim in store.claim_evidence.

create or replace table store.claim_features as
with
claims as (
    select * from store.claim_evidence
),
source_records as (
    -- each source's labelled record as it stood at each moment: a claim's label counts
    -- while it held (store.claim_label_spells: as the runs of the time decided it, not as
    -- tonight does), so a later admission that turns a label round changes no earlier
    -- claim's features; one row per source and moment, counts cumulative
    select
        source_key,
        known_at,
        sum(d_corroborated) over record as n_corroborated,
        sum(d_refuted) over record as n_refuted
    from (
        select
            source_key,
            moment as known_at,
            sum(delta) filter (where label = 'corroborated') as d_corroborated,
            sum(delta) filter (where label = 'refuted') as d_refuted
        from (
            select source_key, label, valid_from as moment, 1 as delta from store.claim_label_spells
            union all
            select source_key, label, valid_to, -1 from store.claim_label_spells where valid_to is not null
        )
        group by all
    )
    window record as (partition by source_key order by known_at rows between unbounded preceding and current row)
),
other_voices as (
    -- every other source heard on the claim's place and predicate in the window before
    -- it, and whether it agreed
    select distinct c.claim_id, c.asserted_at, s.source_key, s.value = c.value as agrees
    from claims as c
    join store.statements as s
        on s.place_key = c.place_key
        and s.predicate = c.predicate
        and s.source_key <> c.source_key
        and s.first_at <= c.asserted_at
        and s.first_at >= c.asserted_at - interval ({window_days}) day
),
support_so_far as (
    select
        claim_id,
        count(distinct source_key) filter (where agrees) as n_support,
        count(distinct source_key) filter (where not agrees) as n_contradict
    from other_voices
    group by claim_id
),
voices as (
    -- the claim's own source is a voice too, and agrees with itself
    select * from other_voices
    union all
    select claim_id, asserted_at, source_key, true from claims
),
trusted_support as (
    -- majority vote with each voice weighted by its source's record so far (Laplace
    -- smoothed, so an unknown source weighs one half): truth discovery at the claim's time
    select
        claim_id,
        sum(weight) filter (where agrees) / sum(weight) as trusted_support_share
    from (
        select
            v.claim_id,
            v.agrees,
            (1.0 + coalesce(r.n_corroborated, 0)) / (2.0 + coalesce(r.n_corroborated, 0) + coalesce(r.n_refuted, 0))
                as weight
        from voices as v
        asof left join source_records as r
            on r.source_key = v.source_key and v.asserted_at >= r.known_at
    )
    group by claim_id
),
track_record as (
    -- the speaker's own record as it stood when the claim was made
    select
        c.claim_id,
        coalesce(r.n_corroborated, 0) as past_corroborated,
        coalesce(r.n_refuted, 0) as past_refuted
    from claims as c
    asof left join source_records as r
        on r.source_key = c.source_key and c.asserted_at >= r.known_at
),
copies_so_far as (
    select c.claim_id, count(k.article_id) as n_copies
    from claims as c
    join store.article_copies as k on k.copy_of = c.origin_article_id
    join store.articles as a on a.article_id = k.article_id
    where a.published_at <= c.asserted_at + interval ({window_days}) day
    group by c.claim_id
),
final as (
    select
        c.claim_id,
        c.asserted_at,
        c.source_key,
        c.predicate,
        coalesce(c.speaker_kind, case when c.speaker_phrase is null then 'outlet' else 'unknown' end) as speaker_kind,
        c.hedged::integer as hedged,
        c.against_interest::integer as against_interest,
        coalesce(c.in_own_favour, false)::integer as in_own_favour,
        (c.speaker_phrase is null)::integer as unattributed,
        coalesce(s.n_support, 0) as n_support_so_far,
        coalesce(s.n_contradict, 0) as n_contradict_so_far,
        w.trusted_support_share,
        (t.past_corroborated + 1.0) / (t.past_corroborated + t.past_refuted + 2.0) as speaker_past_reliability,
        t.past_corroborated + t.past_refuted as speaker_past_labels,
        epoch(c.asserted_at - min(c.asserted_at) over (partition by c.place_key, c.predicate)) / 86400.0
            as days_since_first_report,
        coalesce(k.n_copies, 0) as n_copies
    from claims as c
    left join support_so_far as s using (claim_id)
    left join track_record as t using (claim_id)
    left join copies_so_far as k using (claim_id)
    left join trusted_support as w using (claim_id)
)
select * from final;
