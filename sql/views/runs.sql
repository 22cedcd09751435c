-- runs: one row per published run.
create or replace view main.runs as
select
    r.run_id,
    r.started_at,
    r.finished_at,
    r.status,
    r.n_new_articles,
    r.n_claims,
    r.dq_passed,
    r.n_rejected,
    r.n_new_claims,
    r.model_version,
    r.inputs,
    r.crosscheck_version,
    d.decision as model_decision,
    d.reason as model_decision_reason
from store.runs as r
-- the score stage's record of whether it trained or reused (sql/score/model_tables.sql)
left join store.model_decisions as d using (run_id);

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
