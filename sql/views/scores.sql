-- claim_scores: one row per claim.
create or replace view main.claim_scores as
select
    claim_id,
    p_corroborated,
    credibility,
    n_independent_support,
    n_independent_contradict,
    model_version,
    top_features,
    label,
    label_source
from store.claim_scores;

-- source_scores: one row per source (a speaker, or an outlet for its own reporting).
create or replace view main.source_scores as
select
    source,
    kind,
    reliability,
    grade,
    n_claims,
    n_supported,
    n_contradicted,
    reliability_low,
    reliability_high,
    n_informative,
    source_key
from store.source_scores;

-- source_evidence: one row per (source, claim): what a source's grade rests on.
create or replace view main.source_evidence as
select source, claim_id, outcome, weight, label_source, source_key
from store.source_evidence;

-- label_history: one row per label decision a run made (append-only, kept across runs).
create or replace view main.label_history as
select claim_id, label, label_source, valid_from, decided_as_of, run_id
from store.claim_label_history;
