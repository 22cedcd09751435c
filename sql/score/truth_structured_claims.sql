-- Structured claims, step 2: from keyed rows (and any fuzzy merges) to the
-- truth_claims(source, object, value, weight) and truth_anchors tables that
-- crosscheck/score/truth.py iterates over. Ids stand in for names so the loop joins on
-- integers.

-- A source's word on an item is its latest statement: a later crawl or edition
-- supersedes an earlier one. Rows without a usable time rank after dated ones; text
-- times that do not parse are compared as text (ISO dates sort correctly that way).
create or replace temp table structured_latest as
select k.source_id, k.item_id, coalesce(m.group_key, k.value_key) as group_key, k.value_written
from structured_keyed as k
left join structured_merges as m using (item_id, value_key)
qualify dense_rank() over (
    partition by k.source_id, k.item_id order by k.stamp desc nulls last, k.time desc nulls last
) = 1;

-- One id per distinct value of an item, shown in its most common written form.
create or replace temp table structured_values as
with
forms as (
    select item_id, group_key, value_written, count(*) as n
    from structured_latest
    group by item_id, group_key, value_written
),
ranked as (
    select
        item_id, group_key, value_written, sum(n) over (partition by item_id, group_key) as n_claims,
        row_number() over (partition by item_id, group_key order by n desc, value_written) as form_rank
    from forms
)
select row_number() over (order by item_id, group_key) as value_id, item_id, group_key,
       value_written as display_value, n_claims
from ranked
where form_rank = 1;

-- A source that gives several values for an item at once (no time tells them apart)
-- splits one vote among them, so it cannot outvote others by listing alternatives.
create or replace temp table truth_claims as
with claimed as (
    select distinct source_id, item_id, group_key from structured_latest
)
select
    c.source_id as source,
    c.item_id as object,
    v.value_id as value,
    1.0 / count(*) over (partition by c.source_id, c.item_id) as weight
from claimed as c
join structured_values as v using (item_id, group_key);

-- structured data come without known outcomes
create or replace temp table truth_anchors (object bigint, value bigint, truth double);
