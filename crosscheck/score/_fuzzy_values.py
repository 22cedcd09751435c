"""Group near-identical written values of one item (``crosscheck truth --fuzzy``).

Structured sources write the same fact in different ways: "J. Smith; A. Jones" and
"Smith, J.; Jones, A." are one author list. Comparison uses rapidfuzz's
token_sort_ratio after its default processing (lower case, punctuation to spaces), so
word order and punctuation do not matter but spelling does.

Blocking: values are only ever compared with other values of the same item (object,
attribute), and only distinct values, so the work grows with the number of distinct
values per item, never with the square of the table.

Numbers are facts, not spellings: "1,250 pages" and "1,260 pages" are close strings but
different values, so two values are merged only when they carry the same digit groups,
and only when both contain letters.
"""

from __future__ import annotations

import re

import pandas as pd
from rapidfuzz import fuzz, process, utils

# token_sort_ratio (0-100) at or above which two written values of one item are taken as
# the same value. 90 merges reorderings and punctuation variants of the same words
# ("J. Smith; A. Jones" / "Smith, J.; Jones, A." score 100) and single-letter slips in
# long strings, but not a different short name ("J. Smith" / "J. Smyth" score 86) nor
# initials against full names ("J. Smith" / "John Smith").
FUZZY_THRESHOLD = 90.0
# An item with more distinct values than this is not grouped (its values are left as
# they are): comparing them would cost the square of this per item, and an item written
# so many ways is a list or free text, not one fact.
FUZZY_MAX_VALUES = 500

_DIGITS = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]")


def _digit_signature(text: str) -> tuple[str, ...]:
    return tuple(sorted(_DIGITS.findall(text)))


def _group_one_item(keys: list[str]) -> dict[str, str]:
    """Map each key (ordered by support, most first) to its group's first key.

    Greedy centre clustering: a value joins the best-matching earlier group centre, so
    groups cannot chain A~B~C into one when A and C differ.
    """
    centres: list[str] = []
    processed: list[str] = []
    signatures: list[tuple[str, ...]] = []
    mapping: dict[str, str] = {}
    for key in keys:
        text = utils.default_process(key)
        signature = _digit_signature(key)
        choices = [
            i for i, centre in enumerate(centres)
            if signatures[i] == signature and _LETTER.search(centre) and _LETTER.search(key)
        ]
        best = None
        if choices:
            best = process.extractOne(
                text, {i: processed[i] for i in choices}, scorer=fuzz.token_sort_ratio,
                processor=None, score_cutoff=FUZZY_THRESHOLD,
            )
        if best is None:
            centres.append(key)
            processed.append(text)
            signatures.append(signature)
        else:
            mapping[key] = centres[best[2]]
    return mapping


def group_similar_values(values: pd.DataFrame) -> pd.DataFrame:
    """Merges for ``values`` (item_id, value_key, n_claims), most supported first per item.

    Returns (item_id, value_key, group_key) for every value merged into another one;
    values that stay as they are do not appear.
    """
    rows: list[tuple[int, str, str]] = []
    for item_id, block in values.groupby("item_id", sort=False):
        keys = block["value_key"].tolist()
        if len(keys) < 2 or len(keys) > FUZZY_MAX_VALUES:
            continue
        rows.extend((item_id, key, group) for key, group in _group_one_item(keys).items())
    return pd.DataFrame(rows, columns=["item_id", "value_key", "group_key"])
