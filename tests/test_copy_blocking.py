"""Copy detection's filters before any text is read: stock phrases are not copies, edits are.

Reports built from one pool of stock sentences (as wire briefs and generated corpora are)
share many shingles and, by chance, a few rare ones; the sketch filter must keep them away
from the text comparison while a copy with a changed dateline and a dropped paragraph passes.
"""

from __future__ import annotations

import random

from crosscheck.match import copies
from crosscheck.match.copies import detect_copies

from conftest import add_article

STOCK = [
    "Russia's defence ministry said its forces had taken full control of {place}.",
    "Ukrainian troops repelled an assault on {place}, the General Staff said.",
    "Fighting continues inside {place}, according to the eastern command.",
    "The enemy is suffering heavy losses near {place}, a spokesman said.",
    "{place} came under heavy Russian shelling overnight, the regional governor said.",
    "Russian forces have almost surrounded {place}, a pro-Kremlin blogger claimed.",
    "The Institute for the Study of War assessed that Russian forces likely advanced near {place}.",
    "Officials in {place} announced new evacuation trains for families with children.",
    "Aid agencies warned that the winter in {place} would be harder than the last.",
    "Volunteers delivered generators and medical kits to hospitals in {place}.",
    "Repairs to the power grid around {place} would take several weeks, engineers said.",
    "Residents of {place} described long queues for water and bread at distribution points.",
]
WORDS = ("convoy bridge mayor queue shelter trench drone winter village rail depot harvest school clinic "
         "market council border river tank ammunition generator pension ferry church factory").split()
PLACES = ["Bakhmut", "Soledar", "Avdiivka", "Marinka", "Kreminna", "Vuhledar"]
FILLERS = ["water supplies", "power lines", "bread deliveries", "bus routes", "heating plans", "grain stocks"]


def stock_report(rng: random.Random, number: int) -> str:
    sentences = [template.format(place=rng.choice(PLACES)) for template in rng.sample(STOCK, 3)]
    # most of a real report is its own wording
    sentences += [" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(4)]
    sentences.append(f"Residents said {rng.choice(FILLERS)} were running low, with {number} families affected.")
    sentences.append(f"Report {number} was filed by a correspondent who travelled {number % 97} km that day.")
    return " ".join(sentences)


def candidate_pairs(store, run_id: str = "test-run", **overrides) -> set[tuple[str, str]]:
    params = {
        "run_id": run_id,
        "sample_mod": copies.FINGERPRINT_SAMPLE_MOD,
        "max_document_frequency": copies.MAX_DOCUMENT_FREQUENCY,
        "min_jaccard": copies.COPY_MIN_JACCARD,
        "sketch_size": copies.SKETCH_SIZE,
        "min_sketch_jaccard": copies.COPY_MIN_SKETCH_JACCARD,
        "star_sketch_size": copies.STAR_SKETCH_SIZE,
        "star_min_crowded": copies.STAR_MIN_CROWDED,
        "min_star_share": copies.STAR_MIN_SHARE,
    } | overrides
    store.execute_file("match/fingerprints.sql", params=params)
    store.execute_file("match/copy_candidates.sql", params=params)
    return {tuple(row) for row in store.fetchall("select article_a, article_b from store.copy_candidates")}


def stock_world(store) -> None:
    rng = random.Random(3)
    for i in range(60):
        add_article(store, f"r{i:02d}", outlet=f"Outlet {i % 7}", published=f"2023-02-{1 + i % 28:02d}T10:00",
                    text=stock_report(rng, 100 + i))
    original = " ".join(
        f"Paragraph {n}: the mayor of Kramatorsk described queues for water, shelters opening at night and "
        f"buses leaving for Dnipro every {n + 2} hours while artillery could be heard to the east."
        for n in range(8)
    )
    add_article(store, "wire", outlet="Meridian Wire", published="2023-02-03T08:00", text="KRAMATORSK, Feb 3 - " + original)
    edited = original.rsplit(" Paragraph 7:", 1)[0]
    add_article(store, "aggregator", outlet="Conflict Digest", published="2023-02-03T15:00",
                text="KRAMATORSK (Feb 3) - " + edited)


def test_stock_phrase_reports_never_reach_the_text_comparison(fresh_store):
    stock_world(fresh_store)
    assert candidate_pairs(fresh_store) == {("aggregator", "wire")}


def test_the_sketch_alone_keeps_stock_phrase_reports_out(fresh_store):
    # with the rare-shingle filter off, every pair sharing a stock sentence is blocked
    # together; the sketches let only the copy through
    stock_world(fresh_store)
    unfiltered = candidate_pairs(fresh_store, min_jaccard=0.0, min_sketch_jaccard=0.0)
    assert len(unfiltered) > 100
    assert candidate_pairs(fresh_store, min_jaccard=0.0) == {("aggregator", "wire")}


def test_the_sketch_estimates_the_jaccard_similarity_of_all_samples(fresh_store):
    stock_world(fresh_store)
    candidate_pairs(fresh_store, min_jaccard=0.0, min_sketch_jaccard=0.0)
    samples = {}
    for article_id, fingerprint in fresh_store.fetchall("select article_id, fingerprint from store.article_fingerprints"):
        samples.setdefault(article_id, set()).add(fingerprint)
    rows = fresh_store.fetchall("select article_a, article_b, sketch_jaccard from store.copy_candidates")
    errors = [abs(estimate - len(samples[a] & samples[b]) / len(samples[a] | samples[b])) for a, b, estimate in rows]
    # bottom-32 sketches: standard error below 0.09 for any Jaccard value
    assert sum(errors) / len(errors) < 0.06
    assert max(errors) < 0.3


def test_the_copy_is_verified_whatever_the_page_size(fresh_store):
    stock_world(fresh_store)
    assert detect_copies(fresh_store, run_id="test-run", batch_size=1) == 1
    assert fresh_store.fetchall("select article_id, copy_of from store.article_copies") == [("aggregator", "wire")]


def test_every_fingerprinted_article_gets_one_sketch_of_its_smallest_fingerprints(fresh_store):
    stock_world(fresh_store)
    candidate_pairs(fresh_store)
    rows = fresh_store.fetchall(
        """
        select s.article_id, s.sketch, list_slice(list_sort(list(f.fingerprint)), 1, ?)
        from store.article_sketches as s join store.article_fingerprints as f using (article_id)
        group by all
        """,
        [copies.SKETCH_SIZE],
    )
    assert len(rows) == 62
    assert all(sketch == smallest for _, sketch, smallest in rows)
    # a second run does not sketch the same articles again
    candidate_pairs(fresh_store, run_id="another-run")
    assert fresh_store.scalar("select count(*) from store.article_sketches") == 62


def syndicated_world(store, outlets: int, run_id: str = "test-run") -> None:
    """A wire story run by many outlets, each with its own dateline and sign-off, among stock reports."""
    stock_world(store)
    rng = random.Random(11)
    story = " ".join(
        f"Paragraph {n}: officials in Zaporizhzhia said {rng.choice(WORDS)} crews restored the "
        f"{rng.choice(WORDS)} near the {rng.choice(WORDS)} after the {rng.choice(WORDS)} was hit at {n + 3} am."
        for n in range(9)
    )
    add_article(store, "story", outlet="Meridian Wire", published="2023-02-05T06:00", text=story, run_id=run_id)
    for i in range(outlets):
        add_article(store, f"run{i:03d}", outlet=f"Regional Paper {i}", published=f"2023-02-{6 + i % 20:02d}T07:30",
                    text=f"(Paper {i}) " + story + f" Distributed by Meridian Wire for paper {i}.", run_id=run_id)


def test_a_story_run_by_more_outlets_than_the_cap_is_still_found(fresh_store):
    syndicated_world(fresh_store, outlets=12)
    pairs = candidate_pairs(fresh_store, max_document_frequency=5)
    # every outlet's copy meets the wire original; no stock report is drawn in
    assert {("run%03d" % i, "story") for i in range(12)} <= pairs
    assert not {pair for pair in pairs if pair[0].startswith("r") and pair[0][1:].isdigit()}
    assert len([pair for pair in pairs if pair[0].startswith("run")]) == 12  # a star, not all 66 pairs of copies


def test_every_syndicated_copy_is_verified_against_the_original(fresh_store):
    syndicated_world(fresh_store, outlets=copies.MAX_DOCUMENT_FREQUENCY + 10)
    detect_copies(fresh_store, run_id="test-run")
    copy_of = dict(fresh_store.fetchall("select article_id, copy_of from store.article_copies"))
    runs = {f"run{i:03d}" for i in range(copies.MAX_DOCUMENT_FREQUENCY + 10)}
    assert runs <= set(copy_of)
    assert {copy_of[article] for article in runs} == {"story"}
