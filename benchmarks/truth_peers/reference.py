"""Reference baselines for structured truth discovery: majority vote and TruthFinder.

TruthFinder is written from Yin, Han and Yu (2008), "Truth discovery with multiple
conflicting information providers on the web", with the paper's settings: initial
trust 0.9, dampening gamma 0.3, influence rho 0.5 of other facts about the same item,
implication sim - base_sim with base_sim 0.5 (so a different value implies -0.5), and
iteration until the trust vector's cosine similarity settles. Both work on a claims
frame (source, object, attribute, value) after the same case/whitespace normalisation
crosscheck applies, and return one chosen value per (object, attribute).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

TF_INITIAL_TRUST = 0.9
TF_GAMMA = 0.3
TF_RHO = 0.5
TF_IMPLICATION = -0.5
TF_MAX_ITERATIONS = 50
TF_TOLERANCE = 1e-6


def normalise_value(values: pd.Series) -> pd.Series:
    """Case and whitespace folding, as crosscheck compares values."""
    return values.astype(str).str.strip().str.replace(r"\s+", " ", regex=True).str.lower()


def _indexed(claims: pd.DataFrame) -> pd.DataFrame:
    frame = claims[["source", "object", "attribute", "value"]].dropna().copy()
    frame["value"] = normalise_value(frame["value"])
    frame = frame.drop_duplicates(["source", "object", "attribute", "value"])
    frame["item"] = frame["object"].astype(str) + "\x1f" + frame["attribute"].astype(str)
    return frame


def majority_vote(claims: pd.DataFrame) -> pd.DataFrame:
    """Most frequent value per item; ties go to the alphabetically first value."""
    frame = _indexed(claims)
    counts = frame.groupby(["object", "attribute", "value"]).size().rename("n").reset_index()
    counts = counts.sort_values(["object", "attribute", "n", "value"], ascending=[True, True, False, True])
    return counts.drop_duplicates(["object", "attribute"])[["object", "attribute", "value"]]


def truthfinder(claims: pd.DataFrame) -> pd.DataFrame:
    """Highest-confidence value per item after TruthFinder's iteration."""
    frame = _indexed(claims)
    fact_codes, facts = pd.factorize(pd.MultiIndex.from_frame(frame[["item", "value"]]))
    source_codes, sources = pd.factorize(frame["source"])
    fact_items = pd.factorize(facts.get_level_values(0))[0]
    n_facts = len(facts)
    trust = np.full(len(sources), TF_INITIAL_TRUST)
    confidence = np.zeros(n_facts)
    for _ in range(TF_MAX_ITERATIONS):
        tau = -np.log(1 - np.clip(trust, 1e-6, 1 - 1e-6))
        sigma = np.bincount(fact_codes, weights=tau[source_codes], minlength=n_facts)
        item_total = np.bincount(fact_items, weights=sigma)
        adjusted = sigma + TF_RHO * TF_IMPLICATION * (item_total[fact_items] - sigma)
        confidence = 1 / (1 + np.exp(-TF_GAMMA * adjusted))
        claim_conf = confidence[fact_codes]
        new_trust = np.bincount(source_codes, weights=claim_conf) / np.bincount(source_codes)
        cosine = new_trust @ trust / (np.linalg.norm(new_trust) * np.linalg.norm(trust))
        trust = new_trust
        if 1 - cosine < TF_TOLERANCE:
            break
    chosen = pd.DataFrame({
        "item": facts.get_level_values(0),
        "value": facts.get_level_values(1),
        "confidence": confidence,
    }).sort_values(["item", "confidence", "value"], ascending=[True, False, True]).drop_duplicates("item")
    keys = frame.drop_duplicates("item").set_index("item")[["object", "attribute"]]
    chosen = chosen.join(keys, on="item")
    return chosen[["object", "attribute", "value"]].reset_index(drop=True)


def accuracy(predicted: pd.DataFrame, gold: pd.DataFrame) -> float:
    """Share of gold items whose predicted value matches after normalisation (missing = wrong)."""
    gold = gold.assign(value=normalise_value(gold["value"]))
    predicted = predicted.assign(value=normalise_value(predicted["value"]))
    merged = gold.merge(predicted, on=["object", "attribute"], how="left", suffixes=("_gold", "_pred"))
    return float((merged["value_gold"] == merged["value_pred"]).mean())
