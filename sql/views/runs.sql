-- runs: one row per published run.
create or replace view main.runs as
select
    run_id,
    started_at,
    finished_at,
    status,
    n_new_articles,
    n_claims,
    dq_passed,
    n_rejected,
    n_new_claims,
    model_version,
    inputs,
    crosscheck_version
from store.runs;

-- run_stages: one row per stage of a published run: its time and the run's memory so far.
create or replace view main.run_stages as
select run_id, stage, started_at, seconds, peak_rss_mb
from store.run_stages;

-- dq_results: one row per expectation checked in a run.
create or replace view main.dq_results as
select run_id, suite, expectation, success, details
from store.dq_results;

-- rejected: one row per input record that was quarantined, with the reason.
create or replace view main.rejected as
select
    source_file,
    source_location as location,
    reason,
    raw_excerpt,
    run_id,
    rejected_at
from store.rejected;
