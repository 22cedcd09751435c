"""Which side an actor noun phrase in a claim belongs to ("Russian forces" -> Russia)."""

from __future__ import annotations

import re

from anyascii import anyascii

# Compounds that describe territory, not the actor: "troops in Russian-held Melitopol".
_TERRITORY_RE = re.compile(r"\b[\w']+-(?:held|occupied|controlled|annexed|administered|seized|captured)\b")
# Markers of each side, including each side's words for the other
# ("invaders", "occupiers" are Ukrainian usage for Russian forces; "Kyiv
# regime", "nationalists" are Russian usage for Ukrainian ones). Matched on
# ASCII-transliterated, casefolded text so Cyrillic (ВСУ, ЗСУ, оккупанты) works.
_RUSSIA_RE = re.compile(
    r"\b(?:russia|russian|russians|russkie|russkikh|rossii\w*|rossiisk\w*|rosiisk\w*|moscow|kremlin"
    r"|wagner|kadyrov\w*|chechen|akhmat|rosgvardi\w*|invaders?|invading|occupiers?|occupants?|occupation|aggressors?"
    r"|okkupant\w*|okupant\w*|rashist\w*|orcs?|dpr|lpr|dnr|lnr|separatists?|vs rf|rf armed forces"
    r"|storm-?z|(?:donetsk|luhansk|lugansk) people'?s republic|pro-russian|vostok|zapad|tsentr|z-channels?|z-bloggers?"
    # unit designations only one army uses: motor rifles, naval infantry, Guards
    r"|motor(?:ized|ised)?[- ]rifles?|naval infantry|guards (?:motor|tank|airborne|division|army|brigade|regiment)"
    # the Russian MoD's named groupings: "units of the Centre group of forces", "the Vostok group"
    r"|(?:vostok|zapad|yug|tsentr|sever|dnepr|dnieper|centre|center|southern|western|eastern|northern|"
    r"east|west|south|north|central)\s+(?:military\s+)?(?:battle)?group(?:ing)?(?:\s+of\s+(?:forces|troops))?(?!\s+of\s+(?:the\s+)?ukrain))\b"
)
_UKRAINE_RE = re.compile(
    r"\b(?:ukraine|ukrainian|ukrainians|ukrainsk\w*|ukrayinsk\w*|kyiv|kiev|afu|zsu|vsu|apu"
    r"|defen[cs]e forces|territorial defen[cs]e|azov|nationalists?|neo-?nazis?|banderites?|ukronazis?"
    r"|pro-ukrainian|khortytsia|tavria"
    r"|\d+(?:st|nd|rd|th) separate|jaeger|mechani[sz]ed brigades?|air assault brigades?)\b"
)


def side_of_actor(phrase: str) -> str | None:
    """"Russia", "Ukraine" or None for the actor a claim names.

    Decided by the first side marker in the phrase ("Wagner fighters near
    Ukrainian-held Bakhmut" -> Russia: place adjectives such as
    "Ukrainian-held" are ignored). Phrases whose side depends on the speaker
    ("our troops", "the enemy", "mercenaries") give None.
    """
    text = anyascii(phrase) if not phrase.isascii() else phrase
    text = _TERRITORY_RE.sub(" ", text.casefold().replace("’", "'"))
    russia = _RUSSIA_RE.search(text)
    ukraine = _UKRAINE_RE.search(text)
    if russia and ukraine:
        return "Russia" if russia.start() < ukraine.start() else "Ukraine"
    if russia:
        return "Russia"
    if ukraine:
        return "Ukraine"
    return None
