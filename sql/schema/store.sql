-- Internal tables of a crosscheck database. Analysts read the views in sql/views/,
-- never these tables directly: the views are the documented contract, tables may change.
-- Every statement is idempotent so a run can apply the schema to a copy of the last
-- published database as well as to a fresh file.

create schema if not exists store;

---------- ingest
create table if not exists store.articles (
    article_id      varchar not null,  -- sha256 over article_key and text, 16 hex chars
    article_key     varchar not null,  -- url, or outlet + text hash when there is no url
    version         integer not null,  -- 1 for the first text seen under this key
    outlet          varchar not null,
    url             varchar,
    published_at    timestamptz not null,
    title           varchar,
    text            varchar not null,
    language        varchar,
    text_sha256     varchar not null,
    raw_sha256      varchar not null,
    source_file     varchar not null,
    source_location varchar not null,
    ingested_at     timestamptz not null,
    run_id          varchar not null
);

-- the latest version of every article: what analysts see and what claims are read from
create or replace view store.current_articles as
select *
from store.articles
qualify version = max(version) over (partition by article_key);

create table if not exists store.rejected (
    rejection_id    varchar not null,
    source_file     varchar not null,
    source_location varchar not null,
    reason          varchar not null,
    raw_excerpt     varchar,
    rejected_at     timestamptz not null,
    run_id          varchar not null
);

---------- extract
create table if not exists store.claims (
    claim_id          varchar not null,
    article_id        varchar not null,
    field             varchar not null,  -- 'text' or 'title'
    speaker_phrase    varchar,
    speaker           varchar not null,
    speaker_id        varchar,
    speaker_side      varchar,
    speaker_kind      varchar,
    place_as_written  varchar not null,
    place             varchar,
    place_id          varchar,
    predicate         varchar not null,
    value             varchar not null,
    hedged            boolean not null,
    modality          varchar,
    asserted_at       timestamptz not null,
    sentence          varchar not null,
    char_start        integer not null,
    char_end          integer not null,
    reported_via      varchar,
    extractor_version varchar not null,
    run_id            varchar not null
);

-- articles whose extraction has run (with or without claims), so re-runs skip them
create table if not exists store.extracted_articles (
    article_id        varchar not null,
    extractor_version varchar not null,
    n_claims          integer not null,
    run_id            varchar not null
);

---------- match
create table if not exists store.article_fingerprints (
    article_id  varchar not null,
    fingerprint ubigint not null
);

-- the smallest fingerprints of each article: a fixed-size sample of its shingles whose
-- overlap with another article's estimates their Jaccard similarity (bottom-k sketch)
create table if not exists store.article_sketches (
    article_id  varchar not null,
    sketch      ubigint[] not null
);

create table if not exists store.article_copies (
    article_id  varchar not null,
    copy_of     varchar not null,
    similarity  double not null,
    run_id      varchar not null
);

---------- runs and quality
create table if not exists store.runs (
    run_id          varchar not null,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    status          varchar not null,
    inputs          varchar,
    n_new_articles  integer,
    n_rejected      integer,
    n_claims        integer,
    n_new_claims    integer,
    dq_passed       boolean,
    model_version   varchar,
    crosscheck_version varchar
);

-- where each run's time and memory went, one row per stage, written as the stage ends
create table if not exists store.run_stages (
    run_id       varchar not null,
    stage        varchar not null,
    started_at   timestamptz not null,
    seconds      double not null,
    peak_rss_mb  double not null
);

create table if not exists store.dq_results (
    run_id      varchar not null,
    suite       varchar not null,
    expectation varchar not null,
    success     boolean not null,
    details     varchar
);

---------- analyst input (kept across runs; the next run trains on it)
create table if not exists main.analyst_labels (
    claim_id    varchar not null,
    label       varchar not null,  -- 'corroborated' or 'refuted'
    note        varchar,
    labelled_by varchar,
    labelled_at timestamptz default current_timestamp
);

---------- score: every label decision ever made (kept across runs, append-only)
-- one row per claim each time a run's label for it is new, changed or withdrawn (label
-- null), so a claim's features can use its sources' records as the runs then had them
-- (sql/score/labels.sql)
create table if not exists store.claim_label_history (
    claim_id      varchar not null,
    label         varchar,           -- 'corroborated', 'refuted', or null: withdrawn
    label_source  varchar,
    valid_from    timestamptz not null,  -- from when it holds (data time)
    decided_as_of timestamptz not null,  -- the deciding run's as_of (data time)
    run_id        varchar not null,
    recorded_at   timestamptz not null
);

---------- resolve (rebuilt every run by the resolve stage)
create table if not exists store.places (
    place_id varchar, name varchar, kind varchar, oblast varchar, lat double, lon double, aliases varchar
);
