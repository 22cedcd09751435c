-- The score stage's memory of its model between nights (kept across runs).

-- the labelled claims the model in use was trained on: one row per training claim, so a
-- later night can count how many of tonight's training labels are new or changed
create table if not exists store.model_training_labels (
    model_version varchar not null,
    claim_id      varchar not null,
    y             integer not null
);

-- what each run scored with, and why: one row per run's score stage
create table if not exists store.model_decisions (
    run_id                 varchar not null,
    model_version          varchar not null,
    decision               varchar not null,  -- trained, reused, shipped or baseline
    reason                 varchar not null,
    n_training_labels      integer,           -- the training window tonight
    n_training_labels_then integer,           -- the window the model in use was trained on
    n_labels_changed       integer,           -- tonight's window labels new or changed since then, plus withdrawn ones
    model_age_days         double
);
