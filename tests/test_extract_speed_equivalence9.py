"""The rule engine's per-sentence shared readings stand in exactly for the scans they replace.

A SentenceView computes its lower-cased skeleton once; the rules' lower-twin scans of it
must find what the IGNORECASE patterns find in the skeleton itself (same spans, same groups),
on generated text full of the awkward cases (see test_extract_speed_equivalence).
"""

from __future__ import annotations

import json
from pathlib import Path

from crosscheck.extract import _arguments, _lexicon
from crosscheck.extract._benchmark import generate_articles
from crosscheck.extract._clauses import clause_boundaries
from crosscheck.extract._hits import CasedMatch, SentenceView
from crosscheck.extract._rule_index import candidate_rules
from crosscheck.extract._trigger_hits import hits_of_match
from crosscheck.resolve import _mentions
from crosscheck.resolve._normalise import TEXT_WORD_RE

from test_extract_speed_equivalence import PIECES, RULE_PHRASES, RULE_TEXTS, TEXTS, generated

OBJECT_PIECES = PIECES + ["\u00a7\u00a7\u00a7", "\u00a7\u00a7\u00a7's", "\u00a7\u00a7\u00a7 region", "town of",
                          "the village of", "control of", "parts of", "and", ", and", "near", "in", "outskirts of",
                          "Kupiansk", "Oblast", "southern", "most of", "including", "positions in", "their"]
OBJECT_TEXTS = generated(3000, 9, OBJECT_PIECES, 12)


def test_a_view_lowers_its_skeleton_once_as_caseless_would():
    for text in OBJECT_TEXTS:
        view = SentenceView(text, text, [], [], [])
        assert view.lowered == text.lower()
        assert view.caseless == _lexicon.caseless(text)


def test_object_twins_match_lowered_skeletons_as_the_patterns_match_the_skeleton():
    compared = 0
    for text in OBJECT_TEXTS:
        lowered = _lexicon.caseless(text)
        if lowered is None:
            continue
        for cut in {len(text), len(text) // 2}:
            for position in range(0, cut, 3):
                for pattern in (*_arguments._OBJECT.values(), _arguments._BROAD):
                    twin = _arguments._LOWER_TWINS[id(pattern)]
                    plain = pattern.match(text[:cut], position)
                    fast = twin.match(lowered, position, cut)
                    assert (plain is None) == (fast is None), (pattern.pattern[:40], text, position)
                    if plain is not None:
                        compared += 1
                        assert [plain.span(g) for g in ("gap", "first", "more", 0)] == \
                            [fast.span(g) for g in ("gap", "first", "more", 0)], (text, position)
    assert compared > 500


def test_the_subject_twin_searches_lowered_skeletons_as_the_pattern_searches_the_skeleton():
    compared = 0
    for text in OBJECT_TEXTS:
        lowered = _lexicon.caseless(text)
        if lowered is None:
            continue
        for start in range(0, len(text), 2):
            for end in {len(text), (start + len(text)) // 2}:
                plain = _arguments._SUBJECT.search(text, start, end)
                fast = _arguments._SUBJECT_LOWER.search(lowered, start, end)
                assert (plain is None) == (fast is None), (text, start, end)
                if plain is not None:
                    compared += 1
                    assert [plain.span(g) for g in ("first", "smore", "tail", 0)] == \
                        [fast.span(g) for g in ("first", "smore", "tail", 0)], (text, start, end)
    assert compared > 500


def test_mention_words_cut_by_split_are_the_word_pattern_matches():
    for text in TEXTS + OBJECT_TEXTS + ["", "Kyiv's", "’s Kyiv’s Бахмутʼs x"]:
        words = _mentions._Words(text)
        matches = list(TEXT_WORD_RE.finditer(text))
        assert words.starts == [m.start() for m in matches], text
        assert words.gaps == [m.end() for m in matches], text
        possessive = [m.group().endswith(("'s", "’s", "ʼs")) for m in matches]
        assert words.texts == [m.group()[:-2] if cut else m.group() for m, cut in zip(matches, possessive)], text
        assert words.ends == [m.end() - 2 if cut else m.end() for m, cut in zip(matches, possessive)], text


def _sentences_with_triggers() -> list[str]:
    """Real and generated sentences full of trigger words, read below as if they named no place."""
    texts = []
    for name in ("dev", "dev2", "dev3a", "dev3b"):
        with open(Path(__file__).parent / "eval_data" / f"extraction_{name}.jsonl", encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    texts += [s for a in generate_articles(40) for s in a.replace("\n\n", " ").split(". ")]
    return texts + RULE_TEXTS[:1500] + RULE_PHRASES[:1500]


def test_a_sentence_without_places_is_only_scanned_by_the_rules_that_need_none():
    """find_hits skips the rules that need a place when a view has no refs: none of them could hit."""
    scanned = 0
    for text in _sentences_with_triggers():
        view = SentenceView(text, text, [], [], [], stems=None)
        boundaries = clause_boundaries(view.skeleton, view.lowered, view.starts)
        for rule in candidate_rules(text):
            if rule.place == "none":
                continue
            for raw in rule.pattern.finditer(text):
                scanned += 1
                assert hits_of_match(rule, CasedMatch(raw, text), view, boundaries) == [], (rule.name, text)
    assert scanned > 1000
