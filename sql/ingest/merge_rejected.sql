-- Merge staged rejections (temp table batch_rejected) into store.rejected.
-- Grain: one row per bad record per reason; a re-run over the same bad file adds nothing.

insert into store.rejected
with
staged as (
    select
        -- keyed on the reason's kind, not its detail: details may quote the run clock
        substr(sha256(source_file || '|' || source_location || '|' || split_part(reason, ':', 1) || '|'
            || coalesce(raw_excerpt, '')), 1, 16) as rejection_id,
        *
    from batch_rejected
),
final as (
    select s.rejection_id, s.source_file, s.source_location, s.reason, s.raw_excerpt, s.rejected_at, s.run_id
    from staged as s
    anti join store.rejected as r using (rejection_id)
    qualify row_number() over (partition by s.rejection_id order by s.source_location) = 1
)
select * from final;
