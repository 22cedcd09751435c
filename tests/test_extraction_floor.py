"""Regression floors for the extractor on the labelled sets (measured values minus a margin).

The held-out floor is below the issue's 0.9/0.9 target, which is not met yet; it stops
regressions while the rules improve. Raise these numbers as the measurements rise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.extract import evaluate_extraction

EVAL_DATA = Path(__file__).resolve().parent / "eval_data"

FLOORS = {
    # file: (controls precision, controls recall); raised after session 9's merges (eval
    # 0.925/0.784, dev4 0.974/0.926, dev7 0.877/0.721, dev8 0.982/0.870, articles dev4 0.949/0.862,
    # dev5 0.870/0.712, dev6 0.942/0.731, held-out 0.857/0.735). Measured 2026-11-26 (session 8, with the
    # evaluator keeping a claim's repeats through the matching):
    # eval 0.922/0.750, dev 0.988/0.952, dev2 0.991/0.943, dev3a 0.944/0.910, dev3b 0.974/0.949,
    # dev4 0.956/0.885, dev5 0.979/0.856, dev6 0.959/0.825, dev7 0.857/0.651, dev8 0.958/0.740 (blind,
    # no rule written for it); whole articles: dev 0.951/0.929, dev2 0.889/0.842, dev3 0.935/0.754,
    # dev4 0.944/0.785, dev5 0.837/0.621, dev6 0.810/0.507 (blind), held-out 0.854/0.714
    "extraction_eval.jsonl": (0.90, 0.76),
    "extraction_dev.jsonl": (0.96, 0.93),
    "extraction_dev2.jsonl": (0.97, 0.93),
    "extraction_dev3a.jsonl": (0.92, 0.89),
    "extraction_dev3b.jsonl": (0.95, 0.92),
    "extraction_dev4.jsonl": (0.95, 0.90),
    "extraction_dev5.jsonl": (0.95, 0.83),
    "extraction_dev6.jsonl": (0.93, 0.80),
    "extraction_dev7.jsonl": (0.85, 0.69),
    "extraction_dev8.jsonl": (0.95, 0.84),
    # written blind in session 9 (first 0.775/0.566, 0.809/0.717); development sets from session 11,
    # after whose merge they measure 0.848/0.639 and 0.896/0.811
    "extraction_dev9.jsonl": (0.82, 0.61),
    # written blind in session 10; first scores with the session-start code 7afa228: 0.866/0.764 and
    # 0.865/0.582 (with the same session's weekday fix, before any rule was written from them: 0.889/0.800)
    "extraction_dev10.jsonl": (0.91, 0.86),  # a development set from session 12: 0.933/0.882 after it
    # written blind in session 11; first scores with the session-start code 37e39fa: 0.941/0.835 and
    # 0.907/0.661; after that session's merges 0.942/0.843 and 0.907/0.661
    "extraction_dev11.jsonl": (0.92, 0.81),
    "extraction_articles_dev9.jsonl": (0.88, 0.63),
    # written blind in session 12; first scores with the session-start code 5e8be9d: 0.875/0.778 and
    # 0.865/0.681; after that session's merges (no rule written from them) 0.876/0.787 and 0.868/0.702;
    # development sets from session 14, after whose merges 0.929/0.852 and 0.944/0.723
    "extraction_dev12.jsonl": (0.90, 0.82),
    "extraction_articles_dev10.jsonl": (0.91, 0.69),
    # written blind in session 13; first scores with the session-start code b8c8ae7: 0.935/0.744 and 0.795/0.585;
    # 0.946/0.744 and 0.795/0.585 at the end of session 14; development sets from session 15, after whose
    # merges (hl16, ext16) dev13 measures 0.971/0.863
    "extraction_dev13.jsonl": (0.94, 0.83),
    "extraction_articles_dev11.jsonl": (0.77, 0.56),
    # written blind in session 14; first scores with the session-start code dc67909: 0.789/0.682 and 0.854/0.661;
    # 0.819/0.700 and 0.854/0.661 at the end of session 15; development sets from session 16
    # (after session 16's merges, ext17 and hl17: dev14 0.929/0.836)
    "extraction_dev14.jsonl": (0.90, 0.80),
    "extraction_articles_dev12.jsonl": (0.84, 0.63),
    # written blind in session 15, weighted to 2022 and early 2023; first scores with the session-start
    # code 4b37776: 0.870/0.757 and 0.810/0.642
    "extraction_dev15.jsonl": (0.84, 0.72),
    "extraction_articles_dev13.jsonl": (0.78, 0.61),
    # written blind in session 16 (50 headlines with leads); first scores with the session-start code
    # dfa563b: 0.925/0.827 and 0.884/0.667
    "extraction_dev16.jsonl": (0.89, 0.79),
    "extraction_articles_dev14.jsonl": (0.85, 0.63),
    # written blind in session 17 (live blogs, long wire paragraphs, partial control); first scores with
    # the session-start code 0237645: 0.925/0.826 and 0.771/0.597
    "extraction_dev17.jsonl": (0.89, 0.79),
    "extraction_articles_dev15.jsonl": (0.74, 0.56),
    # written blind in session 18 (house styles of wire services, state media and national papers under
    # invented names, 40 headlines with leads); first scores with the session-start code 6193e47:
    # 0.922/0.848 and 0.904/0.712
    "extraction_dev18.jsonl": (0.89, 0.81),
    "extraction_articles_dev16.jsonl": (0.87, 0.68),
    "extraction_articles_dev.jsonl": (0.93, 0.90),
    "extraction_articles_dev2.jsonl": (0.86, 0.81),
    "extraction_articles_dev3.jsonl": (0.91, 0.76),
    "extraction_articles_dev4.jsonl": (0.92, 0.83),
    "extraction_articles_dev5.jsonl": (0.85, 0.73),
    "extraction_articles_dev6.jsonl": (0.91, 0.70),
    "extraction_articles_dev7.jsonl": (0.87, 0.82),
    "extraction_articles_dev8.jsonl": (0.86, 0.58),
    "extraction_articles_eval.jsonl": (0.84, 0.77),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_control_claims_stay_above_their_floor(name):
    report = evaluate_extraction(EVAL_DATA / name)
    precision_floor, recall_floor = FLOORS[name]
    assert report.controls.precision >= precision_floor
    assert report.controls.recall >= recall_floor
    assert report.hedged_accuracy >= 0.95
