"""evaluate_extraction: matching predicted claims to labels and scoring them."""

from __future__ import annotations

import json
from pathlib import Path

from crosscheck.extract import ExtractionReport, evaluate_extraction


def write(path: Path, items: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(item) for item in items), encoding="utf-8")
    return path


ITEMS = [
    # found, speaker spelled differently but the same phrase: a true positive
    {"id": "t1", "style": "wire", "published_at": "2023-01-13", "outlet": "Test Wire",
     "text": "Russia's defence ministry said its forces had captured Soledar.",
     "expected": [{"speaker": "Russia's Defence Ministry", "place": "Soledar", "predicate": "controls",
                   "value": "Russia", "hedged": False}]},
    # a transliteration in the text, the standard name in the label; unattributed and hedged
    {"id": "t2", "style": "think_tank", "published_at": "2023-05-21", "outlet": "Test Wire",
     "text": "Russian forces likely captured Artemovsk.",
     "expected": [{"speaker": None, "place": "Bakhmut", "predicate": "controls", "value": "Russia",
                   "hedged": True}]},
    # a distractor the extractor gets right: nothing expected, nothing found
    {"id": "t3", "style": "wire", "published_at": "2023-01-13", "outlet": "Test Wire",
     "text": "Russia aims to capture Bakhmut.", "expected": []},
    # a label the extractor cannot reach (no side anywhere): a false negative
    {"id": "t4", "style": "wire", "published_at": "2023-01-13", "outlet": "Test Wire",
     "text": "The village of Krasna Hora is under control, the unit said.",
     "expected": [{"speaker": "the unit", "place": "Krasna Hora", "predicate": "controls", "value": "Ukraine",
                   "hedged": False}]},
    # the wrong value is both a false positive and a false negative
    {"id": "t5", "style": "wire", "published_at": "2023-01-13", "outlet": "Test Wire",
     "text": "Ukrainian forces captured Klishchiivka, the army said.",
     "expected": [{"speaker": "the army", "place": "Klishchiivka", "predicate": "controls", "value": "Russia",
                   "hedged": False}]},
]


def test_scores_follow_the_matches(tmp_path):
    report = evaluate_extraction(write(tmp_path / "labels.jsonl", ITEMS))
    assert isinstance(report, ExtractionReport)
    assert report.items == 5
    controls = report.controls
    assert (controls.true_positives, controls.false_positives, controls.false_negatives) == (2, 1, 2)
    assert controls.precision == 2 / 3 and controls.recall == 0.5
    assert report.hedged_accuracy == 1.0
    assert {m.item_id for m in report.false_negatives} == {"t4", "t5"}
    assert [m.item_id for m in report.false_positives] == ["t5"]


def test_table_lists_misses_only_when_verbose(tmp_path):
    report = evaluate_extraction(write(tmp_path / "labels.jsonl", ITEMS))
    assert "controls" in report.table() and "t5" not in report.table()
    assert "t5" in report.table(verbose=True)


def test_an_empty_file_scores_nothing(tmp_path):
    report = evaluate_extraction(write(tmp_path / "empty.jsonl", []))
    assert report.items == 0 and report.overall.true_positives == 0


def test_misses_are_explained_and_controls_broken_down_by_style(tmp_path):
    report = evaluate_extraction(write(tmp_path / "labels.jsonl", ITEMS))
    # t4 finds nothing; t5 finds the place with the other side
    assert report.miss_causes == {"nothing found": 1, "wrong value": 1}
    assert report.controls_by_style["think_tank"].recall == 1.0
    assert report.controls_by_style["wire"].false_negatives == 2
    assert "why expected claims were missed: " in report.table()


def test_article_items_can_label_only_some_predicates(tmp_path):
    item = {"id": "a1", "style": "wire", "published_at": "2023-01-13", "outlet": "Test Wire",
            "labelled_predicates": ["controls"],
            "text": "Russia's defence ministry said its forces had captured Soledar. "
                    "Russian forces shelled Kramatorsk overnight, the governor said.",
            "expected": [{"speaker": "Russia's defence ministry", "place": "Soledar", "predicate": "controls",
                          "value": "Russia", "hedged": False}]}
    only_controls = evaluate_extraction(write(tmp_path / "a.jsonl", [item]))
    assert only_controls.overall.false_positives == 0 and only_controls.overall.true_positives == 1
    del item["labelled_predicates"]
    everything = evaluate_extraction(write(tmp_path / "b.jsonl", [item]))
    assert everything.by_predicate["attacked"].false_positives == 1


def test_a_malformed_labelled_line_names_its_file_and_line(tmp_path):
    import pytest

    from crosscheck.extract._evaluate import LabelledDataError

    path = tmp_path / "labels.jsonl"
    path.write_text(json.dumps(ITEMS[0]) + "\n" + '{"id": "x", "text": "a"\n', encoding="utf-8")
    with pytest.raises(LabelledDataError, match="line 2"):
        evaluate_extraction(path)
    path.write_text(json.dumps({"id": "y", "text": "Soledar fell.", "outlet": "o"}) + "\n", encoding="utf-8")
    with pytest.raises(LabelledDataError, match="line 1: KeyError"):
        evaluate_extraction(path)


def test_the_command_reports_bad_labelled_files_without_a_traceback(tmp_path):
    from typer.testing import CliRunner

    from crosscheck.cli import app

    missing = CliRunner().invoke(app, ["evaluate", "extraction", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 1 and "failed" in missing.output and "Traceback" not in missing.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    broken = CliRunner().invoke(app, ["evaluate", "extraction", str(bad)])
    assert broken.exit_code == 1 and "line 1" in broken.output


HEADLINE_AND_LEAD = "Kyiv says its troops liberated Klishchiivka\n\nUkraine's government said on Sunday that Klishchiivka had been liberated."


def test_two_labels_whose_speakers_resolve_alike_each_find_their_claim(tmp_path):
    # the headline's "Kyiv" and the lead's "Ukraine's government" are one resolved speaker, but
    # the labels list both statements: each is found, neither absorbs the other
    item = {"id": "d1", "style": "headline_lead", "published_at": "2023-09-18", "outlet": "Test Wire",
            "text": HEADLINE_AND_LEAD,
            "expected": [{"speaker": "Kyiv", "place": "Klishchiivka", "predicate": "controls", "value": "Ukraine"},
                         {"speaker": "Ukraine's government", "place": "Klishchiivka", "predicate": "controls",
                          "value": "Ukraine"}]}
    controls = evaluate_extraction(write(tmp_path / "labels.jsonl", [item])).controls
    assert (controls.true_positives, controls.false_positives, controls.false_negatives) == (2, 0, 0)


def test_a_repeated_claim_is_one_claim_right_or_wrong(tmp_path):
    one_label = {"id": "d2", "style": "headline_lead", "published_at": "2023-09-18", "outlet": "Test Wire",
                 "text": HEADLINE_AND_LEAD,
                 "expected": [{"speaker": "Kyiv", "place": "Klishchiivka", "predicate": "controls",
                               "value": "Ukraine"}]}
    wrong = {"id": "d3", "style": "headline_lead", "published_at": "2023-09-18", "outlet": "Test Wire",
             "text": HEADLINE_AND_LEAD, "expected": []}
    report = evaluate_extraction(write(tmp_path / "labels.jsonl", [one_label, wrong]))
    controls = report.controls
    # its repeat neither counts against the matched claim nor twice against the distractor
    assert (controls.true_positives, controls.false_positives, controls.false_negatives) == (1, 1, 0)
    assert [m.item_id for m in report.false_positives] == ["d3"]


def test_a_label_naming_the_outlet_with_its_article_is_the_outlet(tmp_path: Path) -> None:
    # a think tank's own report names itself "the Institute ..."; the extractor gives the outlet
    item = {"id": "o1", "style": "think_tank", "published_at": "2023-11-20", "outlet": "Institute for River Studies",
            "text": "Russian forces likely hold most of Marinka, the Institute for River Studies said.",
            "expected": [{"speaker": "the Institute for River Studies", "place": "Marinka", "predicate": "controls",
                          "value": "contested", "hedged": True}]}
    report = evaluate_extraction(write(tmp_path / "o.jsonl", [item]))
    assert (report.controls.true_positives, report.controls.false_positives) == (1, 0)
    # another body's name with an article is still not the outlet
    other = dict(item, id="o2", text="Russian forces likely hold most of Marinka, the Institute for Lake Studies said.",
                 expected=[dict(item["expected"][0], speaker="the Institute for Lake Studies")])
    report = evaluate_extraction(write(tmp_path / "p.jsonl", [other]))
    assert report.controls.true_positives == 1
