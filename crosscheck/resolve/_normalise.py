"""Spelling-insensitive keys for place names written in Latin or Cyrillic.

Reporting spells the same village many ways: Ukrainian national transliteration
(Klishchiivka), older or foreign systems (Klishchiyivka, Kleshcheevka), Cyrillic
in either language, with or without apostrophes, soft signs and hyphens. A *key*
folds those differences away so that one dictionary lookup finds the place.
The same functions build the index and read the text, so both sides always
agree on what a key is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

# A word of a name: letters (any script) joined by inner apostrophes or hyphens
# ("Mar'yinka", "Chasiv-Yar", "People's"); its hyphen pieces are folded and joined.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ`\-‐‑][^\W\d_]+)*")
# A word of running text: hyphens split it, so "Kupiansk-Svatove-Kreminna" yields
# three names while "Chasiv-Yar" still matches the two-word alias Chasiv Yar.
TEXT_WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*")
# Hyphen-like characters that split one token into pieces ("Niu-York" == "Niu York").
_PIECE_SPLIT_RE = re.compile(r"[\s\-‐‑–—]+")
_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")
_REPEATED_CHAR_RE = re.compile(r"(.)\1+")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_POSSESSIVE_RE = re.compile(r"['’ʼ]s$")
# y/i/j/yi variants: Ukrainian и, і, ї, й are written y, i, yi, i, j, ï depending
# on the transliteration system, so all of them fold to "i".
_VOWEL_FOLD = str.maketrans({"y": "i", "j": "i"})

# Russian and Ukrainian case endings, longest first. Stripping them lets
# "в Бахмуте", "под Авдеевкой" and "Запоріжжі" find Бахмут, Авдеевка, Запоріжжя.
# Endings like -ов/-ев are left out on purpose: they end nominative names
# (Харьков, Киев) and stripping them would split a name from its own inflections.
_CYRILLIC_ENDINGS = (
    "ами", "ями", "ого", "его", "ому", "ему", "ими", "ыми",
    "ой", "ей", "ою", "ею", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий",
    "ої", "ій", "ую", "юю", "ом", "ем", "ах", "ях", "ам", "ям",
    "а", "я", "у", "ю", "е", "є", "и", "ы", "і", "ї", "о", "ь", "й",
)
_MIN_CYRILLIC_STEM = 3

# Ukrainian national transliteration (Cabinet of Ministers resolution 55, 2010),
# the system Western newsrooms follow. Values are (word-initial, elsewhere).
_KMU_TABLE: dict[str, tuple[str, str]] = {
    "а": ("a", "a"), "б": ("b", "b"), "в": ("v", "v"), "г": ("h", "h"),
    "ґ": ("g", "g"), "д": ("d", "d"), "е": ("e", "e"), "є": ("ye", "ie"),
    "ж": ("zh", "zh"), "з": ("z", "z"), "и": ("y", "y"), "і": ("i", "i"),
    "ї": ("yi", "i"), "й": ("y", "i"), "к": ("k", "k"), "л": ("l", "l"),
    "м": ("m", "m"), "н": ("n", "n"), "о": ("o", "o"), "п": ("p", "p"),
    "р": ("r", "r"), "с": ("s", "s"), "т": ("t", "t"), "у": ("u", "u"),
    "ф": ("f", "f"), "х": ("kh", "kh"), "ц": ("ts", "ts"), "ч": ("ch", "ch"),
    "ш": ("sh", "sh"), "щ": ("shch", "shch"), "ю": ("yu", "iu"), "я": ("ya", "ia"),
    "ь": ("", ""), "'": ("", ""), "’": ("", ""), "ʼ": ("", ""),
}
_RUSSIAN_ONLY_LETTERS = frozenset("ыэёъ")


def has_cyrillic(text: str) -> bool:
    """True when the text contains at least one Cyrillic letter."""
    return _CYRILLIC_RE.search(text) is not None


@lru_cache(maxsize=131_072)
def fold(piece: str) -> str:
    """Key of one word piece (no spaces or hyphens): ASCII, casefolded, variants folded.

    Apostrophes and soft signs vanish, y/j become i, "ie" becomes "e"
    (Sievierodonetsk ~ Severodonetsk) and doubled letters collapse
    (Kreminna ~ Kremina, Klishchiivka ~ Klishchivka).
    """
    text = piece if piece.isascii() else anyascii(piece)
    text = _NON_ALNUM_RE.sub("", text.casefold())
    text = text.translate(_VOWEL_FOLD).replace("ie", "e")
    text = _REPEATED_CHAR_RE.sub(r"\1", text)
    folded = _russian_to_ukrainian(text)
    # the ending can leave a doubled letter the first pass never saw: Russian "Sofiyevka"
    # becomes "sofiivka" while Ukrainian "Sofiivka" was already "sofivka"
    return folded if folded == text else _REPEATED_CHAR_RE.sub(r"\1", folded)


# Russian and Ukrainian forms of one name differ in a few regular ways: Russian g is
# Ukrainian h (Gorlovka ~ Horlivka), Russian -ovka/-evka is Ukrainian -ivka (Kurdyumovka ~
# Kurdyumivka), Russian adjective endings -oye/-aya are Ukrainian -e/-a (Blagodatnoye ~
# Blahodatne, Krasnaya ~ Krasna). Folding them lets either form find the same entries, and
# the ordinary disambiguation (oblast, nearby places) then chooses among namesakes.
_RU_UA_ENDINGS = (("oie", "e"), ("oe", "e"), ("aia", "a"), ("ovka", "ivka"), ("evka", "ivka"))


def _russian_to_ukrainian(key: str) -> str:
    key = key.replace("g", "h")
    for russian, ukrainian in _RU_UA_ENDINGS:
        if key.endswith(russian) and len(key) > len(russian) + 2:
            return key[: -len(russian)] + ukrainian
    return key


@lru_cache(maxsize=131_072)
def word_key(word: str) -> str:
    """Key of one word of text (hyphenated pieces folded separately, then joined)."""
    return "".join(fold(piece) for piece in word_pieces(word))


def strip_possessive(word: str) -> str:
    """'Kyiv's' -> 'Kyiv'; words without a possessive ending are returned unchanged."""
    return _POSSESSIVE_RE.sub("", word)


def word_pieces(text: str) -> list[str]:
    """Split a name into the pieces that keys are built from (spaces and hyphens split)."""
    return [p for p in _PIECE_SPLIT_RE.split(text) if p]


@lru_cache(maxsize=262_144)
def name_key(text: str) -> str:
    """Key of a whole name: "Chasiv Yar", "Chasiv-Yar" and "ChasivYar" share one key."""
    return "".join(fold(piece) for word in WORD_RE.findall(text) for piece in word_pieces(strip_possessive(word)))


@lru_cache(maxsize=65_536)
def cyrillic_stem_fold(piece: str) -> str:
    """Key of a Cyrillic word piece with its case ending removed (Бахмуте -> bakhmut)."""
    lowered = piece.casefold()
    for ending in _CYRILLIC_ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= _MIN_CYRILLIC_STEM:
            lowered = lowered[: -len(ending)]
            break
    return fold(lowered)


@lru_cache(maxsize=131_072)
def stem_key(text: str) -> str | None:
    """Case-ending-insensitive key of a Cyrillic name, or None for a Latin one."""
    if not has_cyrillic(text):
        return None
    return "".join(
        cyrillic_stem_fold(piece) if has_cyrillic(piece) else fold(piece)
        for word in WORD_RE.findall(text)
        for piece in word_pieces(strip_possessive(word))
    )


def kmu_transliterate(ukrainian: str) -> str | None:
    """Ukrainian Cyrillic name in the national Latin spelling (Мар'їнка -> Marinka).

    Returns None when the text contains letters that Ukrainian does not use
    (ы, э, ё, ъ): it is Russian and this system does not apply.
    """
    lowered = ukrainian.casefold()
    if any(ch in _RUSSIAN_ONLY_LETTERS for ch in lowered) or not has_cyrillic(lowered):
        return None
    out: list[str] = []
    word_start = True
    for index, ch in enumerate(lowered):
        upper = ukrainian[index].isupper()
        if ch == "г" and index > 0 and lowered[index - 1] == "з":
            piece = "gh"  # зг is written zgh so it is not read as zh
        elif ch in _KMU_TABLE:
            initial, medial = _KMU_TABLE[ch]
            piece = initial if word_start else medial
        elif has_cyrillic(ch):
            return None
        else:
            piece = ch
        if upper and piece:
            piece = piece[0].upper() + piece[1:]
        out.append(piece)
        if ch in _KMU_TABLE and _KMU_TABLE[ch][0] == "":
            continue  # a soft sign or apostrophe does not end the word
        word_start = not ch.isalpha()
    return "".join(out)


def is_capitalised(word: str) -> bool:
    """True for a word whose first letter is upper case (Latin or Cyrillic)."""
    return word[:1].isupper()
