"""`crosscheck truth` on structured claims: worlds where the right answer is known.

Hand-made worlds check source ordering, shrinkage of short records and copier flagging;
generated worlds (independent sources of known accuracy plus a clique of copiers that
spreads the same false values) check that truth_main beats majority vote and a
reference TruthFinder, recovers the source ordering and names the copier pairs. The
generator and the reference baselines live with the peers benchmark
(benchmarks/truth_peers/) so the tests and the benchmark judge the same thing.
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest
from scipy.stats import spearmanr

from crosscheck.score._fuzzy_values import group_similar_values
from crosscheck.score.structured import ClaimsFileError
from crosscheck.truth_command import truth_main

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "truth_peers"


def _bench_module(name: str):
    spec = importlib.util.spec_from_file_location(f"truth_peers_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


world_lib = _bench_module("world")
reference = _bench_module("reference")


def write_claims(path: Path, rows: list[tuple], header=("source", "object", "attribute", "value", "time")) -> Path:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def read_outputs(out: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    return tuple(pd.read_csv(out / name, dtype={"object": str, "value": str}, keep_default_na=False)
                 for name in ("truths.csv", "sources.csv", "copies.csv"))


def pair_set(copies: pd.DataFrame) -> set[frozenset]:
    return {frozenset(pair) for pair in zip(copies["source"], copies["copies_from"])}


# -- hand-made world ----------------------------------------------------------------------

def small_world() -> list[tuple]:
    """Capitals of 16 made-up provinces: who is right is fixed by construction."""
    rows = []
    for i in range(16):
        obj, truth, lie = f"province-{i}", f"city-{i}", f"town-{i}"
        rows.append(("reliable", obj, "capital", truth, ""))
        rows.append(("honest", obj, "capital", truth if i % 5 else f"village-{i}", ""))
        rows.append(("careful", obj, "capital", truth if i % 7 else f"hamlet-{i}", ""))
        # the biased source is wrong three times in four, always with the same story,
        # and the copier repeats it word for word
        biased = lie if i % 4 else truth
        rows.append(("biased", obj, "capital", biased, ""))
        rows.append(("copier", obj, "capital", biased.upper() + "  ", ""))
    rows.append(("two-claims", "province-0", "capital", "city-0", ""))
    rows.append(("two-claims", "province-1", "capital", "city-1", ""))
    rows.append(("one-claim", "province-2", "capital", "city-2", ""))
    return rows


def test_small_world_orders_sources_shrinks_short_records_and_flags_the_copier(tmp_path):
    summary = truth_main(write_claims(tmp_path / "claims.csv", small_world()), tmp_path / "out")
    truths, sources, copies = read_outputs(tmp_path / "out")
    chosen = dict(zip(truths["object"], truths["value"]))
    assert all(chosen[f"province-{i}"] == f"city-{i}" for i in range(16))
    reliability = dict(zip(sources["source"], sources["reliability"]))
    grade = dict(zip(sources["source"], sources["grade"]))
    assert reliability["reliable"] > reliability["honest"] > reliability["biased"]
    assert reliability["reliable"] > reliability["copier"]
    assert grade["reliable"] in {"A", "B"} and grade["biased"] in {"D", "E"}
    # two perfect claims are not a record: never A, always F (too little evidence)
    assert grade["two-claims"] == "F" and grade["one-claim"] == "F"
    assert reliability["two-claims"] < reliability["reliable"]
    assert dict(zip(sources["source"], sources["n_claims"]))["two-claims"] == 2
    assert frozenset({"biased", "copier"}) in pair_set(copies)
    assert pair_set(copies) <= {frozenset({"biased", "copier"})}
    assert summary["n_copier_pairs"] == len(copies) >= 1
    assert summary["n_claims"] == 16 * 5 + 3 and summary["n_skipped_rows"] == 0
    assert summary["converged"]


# -- generated worlds -----------------------------------------------------------------------

@pytest.mark.parametrize(("seed", "clique_size"), [(1, 4), (2, 6)])
def test_generated_world_beats_majority_vote_and_truthfinder(tmp_path, seed, clique_size):
    spec = world_lib.WorldSpec(n_objects=400, n_independent=14, clique_size=clique_size, seed=seed)
    world = world_lib.generate_world(spec)
    claims_path = tmp_path / "claims.csv"
    world_lib.write_world(world, claims_path, tmp_path / "gold.csv")
    summary = truth_main(claims_path, tmp_path / "out")
    truths, sources, copies = read_outputs(tmp_path / "out")

    ours = reference.accuracy(truths, world.gold)
    majority = reference.accuracy(reference.majority_vote(world.claims), world.gold)
    truthfinder = reference.accuracy(reference.truthfinder(world.claims), world.gold)
    assert ours > majority + 0.1, (ours, majority)
    assert ours > truthfinder + 0.1, (ours, truthfinder)

    judged = world.sources.merge(sources, on="source")
    judged = judged[judged["role"] != "tiny"]
    assert spearmanr(judged["accuracy"], judged["reliability"])[0] > 0.8

    clique = sorted(world.sources.loc[world.sources["role"].isin(["original", "copier"]), "source"])
    expected = {frozenset({a, b}) for i, a in enumerate(clique) for b in clique[i + 1:]}
    assert pair_set(copies) == expected
    assert summary["n_copier_pairs"] == len(expected)
    # every copier is said to copy, none is said to be copied by an independent source
    assert set(copies["source"]) <= set(clique)
    tiny = sources[sources["source"].str.startswith("tiny")]
    assert (tiny["grade"] == "F").all()


def test_without_copiers_nobody_is_flagged_and_accuracy_matches_the_best_baseline(tmp_path):
    world = world_lib.generate_world(world_lib.WorldSpec(n_objects=300, clique_size=0, seed=5))
    world_lib.write_world(world, tmp_path / "claims.csv", tmp_path / "gold.csv")
    summary = truth_main(tmp_path / "claims.csv", tmp_path / "out")
    truths, _, copies = read_outputs(tmp_path / "out")
    ours = reference.accuracy(truths, world.gold)
    majority = reference.accuracy(reference.majority_vote(world.claims), world.gold)
    assert len(copies) == 0 and summary["n_copier_pairs"] == 0
    assert ours >= majority


# -- input handling ---------------------------------------------------------------------------

def test_fuzzy_groups_author_list_variants_within_an_item_only(tmp_path):
    rows = [
        ("shop-a", "book-1", "authors", "J. Smith; A. Jones", ""),
        ("shop-b", "book-1", "authors", "Smith, J.; Jones, A.", ""),
        ("shop-c", "book-1", "authors", "smith, j.;  jones, a.", ""),
        ("shop-d", "book-1", "authors", "J. Smith; A. Jones", ""),
        ("shop-e", "book-1", "authors", "J. Smith; B. Brown", ""),
        ("shop-f", "book-1", "authors", "J. Smith; B. Brown", ""),
        ("shop-g", "book-1", "authors", "J. Smith; B. Brown", ""),
        # numbers are facts: volume 1 and volume 2 must stay apart
        ("shop-a", "book-1", "title", "Collected Papers, Vol. 1", ""),
        ("shop-b", "book-1", "title", "Collected Papers, Vol. 2", ""),
        ("shop-c", "book-1", "title", "Collected Papers, Vol. 2", ""),
        # the same spelling under another item is not compared with book-1's values
        ("shop-a", "book-2", "authors", "Smith, J.; Jones, A.", ""),
    ]
    path = write_claims(tmp_path / "claims.csv", rows)
    plain = truth_main(path, tmp_path / "plain")
    fuzzy = truth_main(path, tmp_path / "fuzzy", fuzzy=True)
    plain_truths, _, _ = read_outputs(tmp_path / "plain")
    fuzzy_truths, _, _ = read_outputs(tmp_path / "fuzzy")

    def value(truths, obj, attribute):
        return truths[(truths["object"] == obj) & (truths["attribute"] == attribute)]["value"].item()

    # without grouping the three spellings split their votes and the wrong list wins
    assert value(plain_truths, "book-1", "authors") == "J. Smith; B. Brown"
    assert value(fuzzy_truths, "book-1", "authors") == "J. Smith; A. Jones"
    assert value(fuzzy_truths, "book-1", "title") == "Collected Papers, Vol. 2"
    assert plain["n_values_merged"] == 0
    assert fuzzy["n_values_merged"] == 1  # "smith, j.; jones, a." into "j. smith; a. jones"


def test_fuzzy_grouping_keeps_different_numbers_and_names_apart():
    values = pd.DataFrame({
        "item_id": [1, 1, 1, 1, 2, 2],
        "value_key": ["the art of war", "art of war, the", "1,250 pages", "1,260 pages", "j. smith", "j. smyth"],
        "n_claims": [3, 2, 2, 1, 2, 1],
    })
    merges = group_similar_values(values)
    assert merges.to_dict("records") == [{"item_id": 1, "value_key": "art of war, the", "group_key": "the art of war"}]


def test_gzip_input_and_bad_rows_are_counted_not_fatal(tmp_path):
    path = tmp_path / "claims.csv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("Source,Object,Attribute,Value,Time\n")
        handle.write("a,o1,colour,red,2024-01-01\n")
        handle.write("b,o1,colour,Red ,\n")
        handle.write("c,o1,colour,blue,\n")
        handle.write("d,o1,colour,,\n")  # no value
        handle.write(",o1,colour,red,\n")  # no source
        handle.write("e,o1\n")  # too few fields
        handle.write("f,o1,colour,red,2024,extra\n")  # too many fields
        handle.write("g,o2,colour,green,\n")
    summary = truth_main(path, tmp_path / "out")
    truths, sources, _ = read_outputs(tmp_path / "out")
    assert summary["n_rows"] == 8
    assert summary["n_skipped_rows"] == 4
    assert summary["n_claims"] == 4
    assert set(sources["source"]) == {"a", "b", "c", "g"}
    assert dict(zip(truths["object"], truths["value"].str.lower())) == {"o1": "red", "o2": "green"}


def test_a_later_statement_supersedes_an_earlier_one(tmp_path):
    rows = [
        ("agency", "flight-7", "departure", "10:05", "2024-03-01T08:00"),
        ("agency", "flight-7", "departure", "10:45", "2024-03-01T09:30"),
        ("airport", "flight-7", "departure", "10:45", "2024-03-01T09:00"),
        ("blog", "flight-7", "departure", "10:05", ""),
        ("agency", "flight-8", "departure", "11:00", ""),
        ("airport", "flight-8", "departure", "11:00", ""),
    ]
    summary = truth_main(write_claims(tmp_path / "claims.csv", rows), tmp_path / "out")
    truths, _, _ = read_outputs(tmp_path / "out")
    assert dict(zip(truths["object"], truths["value"]))["flight-7"] == "10:45"
    assert summary["n_claims"] == 6 and summary["n_truths"] == 2


def test_header_only_file_gives_empty_results(tmp_path):
    summary = truth_main(write_claims(tmp_path / "claims.csv", []), tmp_path / "out")
    truths, sources, copies = read_outputs(tmp_path / "out")
    assert summary["n_claims"] == 0 and summary["n_rows"] == 0
    assert len(truths) == len(sources) == len(copies) == 0
    assert list(truths.columns) == ["object", "attribute", "value", "confidence"]
    assert list(sources.columns) == ["source", "reliability", "low", "high", "grade", "n_claims"]
    assert list(copies.columns) == ["source", "copies_from", "probability"]


def test_a_file_without_the_required_columns_is_refused(tmp_path):
    path = write_claims(tmp_path / "claims.csv", [("a", "o", "x")], header=("source", "object", "attribute"))
    with pytest.raises(ClaimsFileError, match="value"):
        truth_main(path, tmp_path / "out")
