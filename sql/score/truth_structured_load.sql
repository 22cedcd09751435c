-- Structured claims, step 1: from the raw CSV rows (structured_raw: source, object,
-- attribute, value, time, all text) to clean rows with ids. Run by
-- crosscheck/score/structured.py before the optional fuzzy grouping of values.

-- Fields are trimmed and an empty field counts as missing: a row without a source,
-- object, attribute or value cannot be a claim and is counted as skipped.
create or replace temp table structured_rows as
select
    nullif(trim(source), '') as source,
    nullif(trim(object), '') as object,
    nullif(trim(attribute), '') as attribute,
    nullif(trim(regexp_replace(value, '\s+', ' ', 'g')), '') as value_written,
    nullif(trim(time), '') as time
from structured_raw;

-- Values are compared after folding case and runs of whitespace, so "J. Smith" and
-- "j.  smith" are one value; the written form is kept for the output.
create or replace temp table structured_valid as
select
    source, object, attribute, value_written, lower(value_written) as value_key, time,
    try_cast(time as timestamp) as stamp
from structured_rows
where source is not null and object is not null and attribute is not null and value_written is not null;

create or replace temp table structured_sources as
select row_number() over (order by source) as source_id, source, count(*) as n_claims
from structured_valid
group by source;

-- an item is one (object, attribute): the unit that has exactly one true value
create or replace temp table structured_items as
select row_number() over (order by object, attribute) as item_id, object, attribute
from structured_valid
group by object, attribute;

create or replace temp table structured_keyed as
select s.source_id, i.item_id, v.value_key, v.value_written, v.time, v.stamp
from structured_valid as v
join structured_sources as s using (source)
join structured_items as i using (object, attribute);

-- filled by the fuzzy grouping (--fuzzy) with the value keys it merges into another
create or replace temp table structured_merges (item_id bigint, value_key varchar, group_key varchar);
