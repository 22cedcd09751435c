"""Model card for a trained corroboration classifier (Markdown, beside the artefact)."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd

from crosscheck.score import classifier
from crosscheck.score.bootstrap import difference_text, resampling_text

_TEMPLATE = """# Model card: crosscheck corroboration classifier {version}

Trained {date} by crosscheck. Predicts the probability that a claim will be corroborated
by later, independent evidence.

## Data
- Labelled claims: {n_labelled} ({n_pos} corroborated, {n_neg} refuted), asserted
  {first} to {last}; training reads at most the {max_training:,} most recent labelled claims.
- Label sources: {label_sources}.
- Labels come from later evidence (settled contradictions, confident control timelines,
  independent support) once a claim is older than the label horizon; analysts' labels
  override them.

## Features (known at the time of the claim)
{features}

## Model
Logistic regression around a prior (crosscheck/score/prior_offset.py): logit p = logit of
the prior + an intercept + the standardised features' coefficients. The prior is
`trusted_support_share` (the vote of the sources heard so far, each weighted by its record at
the time); for a claim nobody had contradicted (a share of 1 whatever its speaker's record)
its log-odds also move by logit(r) - logit({unopposed_rate}), r being the speaker's labelled
record shrunk towards {unopposed_rate}, the share of the training's uncontradicted claims
corroborated, with the weight of {record_weight:g} claims; the prior is clipped to [{clip}, {clip_high}].
Intercept and coefficients are shrunk towards 0 by an L2 penalty with C = {strength},
the strongest penalty within one standard error of the best by time-ordered cross-validation on
the training claims. No separate calibration: the prior's own scale is the starting point.

## Evaluation (time-ordered, expanding window)
The later labelled claims are cut into blocks in time order; each block is scored by a
model trained only on the claims before it (the first on the earliest {n_train}), and the
blocks are pooled: {n_test} held-out later claims, from {split_at}. Both baselines are
judged on the same claims, the truth-discovery one re-run on each block's past only.

| method | ROC-AUC | Brier |
|---|---|---|
{metrics}

Beats both baselines on held-out later claims: **{beats}**.

How sure each lead is: the model's score minus the baseline's on the same claims, with the
95% interval over {resampling} and the share of resamples in which the model is worse (a
lower ROC-AUC, a higher Brier). An interval that holds 0 is a lead the held-out claims
cannot tell from their own noise.

| model minus | ROC-AUC | Brier |
|---|---|---|
{differences}

Within the held-out claims that some source had contradicted by their time, and within the
rest (who is right when the sides disagree is the harder question, and the pooled figures
above are mostly the easier one); ROC-AUC / Brier:

{by_opposition}

## Limits
- Labels are derived, not hand-checked; they inherit the extractor's errors.
- Small corpora give few labels and wide uncertainty; read the metrics with the counts.
"""


def render_card(version: str, labelled: pd.DataFrame, evaluation: classifier.Evaluation,
                feature_names: tuple[str, ...], model, max_training: int) -> str:
    rows = "\n".join(
        f"| {name} | {m.get('roc_auc', float('nan')):.3f} | {m.get('brier', float('nan')):.3f} |"
        for name, m in evaluation.metrics.items()
    ) or "| (not enough labels in both classes to judge) | | |"
    intervals = {name: m["paired_bootstrap"] for name, m in evaluation.metrics.items() if "paired_bootstrap" in m}
    differences = "\n".join(
        f"| {name} | {difference_text(i.get('roc_auc'))} | {difference_text(i.get('brier'))} |"
        for name, i in intervals.items()
    ) or "| (no held-out claims to resample) | | |"
    resampling = resampling_text(next(iter(intervals.values()))) if intervals else "paired resamples"
    sources = labelled["label_source"].value_counts().to_dict()
    by_opposition = opposition_table(evaluation.by_opposition)
    return _TEMPLATE.format(
        version=version,
        clip=model.clip,
        clip_high=round(1 - model.clip, 4),
        unopposed_rate=round(model.unopposed_rate_, 3),
        record_weight=model.weight,
        strength=model.C,
        date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        n_labelled=len(labelled),
        max_training=max_training,
        n_pos=int(labelled["y"].sum()),
        n_neg=int(len(labelled) - labelled["y"].sum()),
        first=labelled["asserted_at"].min(),
        last=labelled["asserted_at"].max(),
        label_sources=", ".join(f"{k}: {v}" for k, v in sorted(sources.items())) or "none",
        features="\n".join(f"- `{name}`" for name in feature_names),
        n_train=evaluation.n_train,
        n_test=evaluation.n_test,
        split_at=evaluation.split_at,
        metrics=rows,
        resampling=resampling,
        differences=differences,
        beats="yes" if evaluation.beats_baselines() else "no",
        by_opposition=by_opposition,
    )


def opposition_table(by_opposition: dict[str, dict]) -> str:
    """The card's Markdown table of each method's ROC-AUC / Brier within contradicted and uncontradicted claims."""
    if not by_opposition:
        return "(no held-out claims)"
    methods = classifier.opposition_methods(by_opposition)
    lines = ["| held-out claims | n | corroborated | " + " | ".join(methods) + " |",
             "|---" * (3 + len(methods)) + "|"]
    for group, m in by_opposition.items():
        cells = [f"{m[name]['roc_auc']:.3f} / {m[name]['brier']:.3f}" for name in methods]
        lines.append(f"| {group} | {m['claims']} | {m['corroborated_share']:.0%} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
