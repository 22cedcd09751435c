"""The place vocabulary of the grammar: nouns that name settlements, words allowed between a
control verb and its place, and the patterns that mark a place partial, a modifier or a region.

Split from _lexicon (reporting verbs, triggers, hedges), which had grown past one job.
"""

from __future__ import annotations

import re

from ._lexicon import words

PLACE_NOUNS = words(
    "town", "towns", "city", "cities", "village", "villages", "settlement", "settlements",
    "hamlet", "hamlets", "locality", "localities", "community", "communities", "stronghold",
    "port", "district", "hub", "outpost", "region", "oblast", "province", "urban-type settlement",
    "plant", "airport", "island", "bridgehead", "heights",
)
# Words allowed between a control verb and its place object ("took control of the key
# eastern town of Soledar"). Anything else (a noun, a preposition) breaks the link.
OBJECT_GAP_WORD = re.compile(
    r"(?:the|a|an|of|over|back|full|fully|complete|completely|total|effective|key|strategic|"
    r"strategically|important|eastern|western|southern|northern|central|north-eastern|"
    # "the southern and western parts of": coordinated compass adjectives
    r"(?:north|south|east|west)[\w-]*ern\s+and|"
    r"north-western|south-eastern|south-western|northeastern|northwestern|southeastern|"
    r"southwestern|frontline|front-line|regional|administrative|small|tiny|large|big|major|main|embattled|besieged|"
    r"industrial|mining|salt-mining|coal-mining|logistics|logistical|transport|railway|rail|"
    r"garrison|ruined|devastated|destroyed|nearby|neighbouring|neighboring|remaining|last|"
    r"whole|entire|former|key|two|three|four|five|several|bombed-out|war-torn|contested|"
    # "raised the flag over the ruins of Marinka": what is left of the place is the place
    r"ruins|rubble|"
    r"long-contested|hotly-contested|fiercely-contested|once-bustling|control|hold|on|onto|about|"
    r"(?:russian|ukrainian|russia|ukraine|kremlin|moscow|kyiv)-(?:held|controlled|occupied)|"
    # "a depot near occupied Horlivka": the outlet's presupposition (a claim of its own) before the place
    r"(?:temporarily\s+)?occupied|"
    # "the eastern Ukrainian town of Avdiivka", "the Russian border town of Sudzha": wire copy's locators
    r"ukrainian|russian|border|"
    # "the strategic hilltop town of Vuhledar", "the heavily fortified city of": any short description
    # of the place, as long as a settlement noun and "of" close it
    r"(?!(?:in|near|at|from|outside|around|by|with|of|and|but|including)\b)[\w'\u2019-]+(?:\s+(?!(?:in|near|at|from|"
    r"outside|around|by|with|of|and|but|including)\b)[\w'\u2019-]+){0,2}?(?=\s+(?:town|city|village|settlement|hub|stronghold|port)\s+of\s)|"
    # "around 70% of X", not "heavy fighting around X": a place around which is no place taken
    r"around(?!\s+(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?\u00a7)|"
    # "all but the western fringe of X": nearly all of it (PARTIAL_OBJECT then makes it partial)
    r"all\s+but|almost|nearly|practically|virtually|roughly|some|all|percent|per\s+cent|territory|rest|parts?|half|most|much|"
    r"majority|bulk|"
    r"outskirts|edges?|fringes?|centre|center|quarters?|sections?|districts?|neighbou?rhoods?|southern|streets|few|"
    r"pockets?|slivers?|corners?|patch|strip|"
    r"to|\d[\d.]*\s*%|\d+|urban\s+area|only|"
    # "1,000 square kilometres of the Kursk region" (PARTIAL_OBJECT then makes it partial)
    r"\d[\d,.]*\d|square\s+(?:kilometres|kilometers|km|miles)|sq\.?\s+(?:km|mi)\.?|(?:russia|ukraine)['\u2019]s|"
    # "as much as 800 square kilometres of", "more than 1,000 sq km of": the measure's own qualifier
    r"as\s+(?:much|many)\s+as|more\s+than|at\s+least|"
    # "the Kanal district of Chasiv Yar": a named part (PARTIAL_OBJECT then makes it partial)
    r"[\w'\u2019-]+\s+(?:micro-?)?districts?(?=\s+of\s)|" + PLACE_NOUNS + r"|"
    # a quoted Telegram post's "освободили населённый пункт X", "звільнили село X"
    r"населённый\s+пункт|населенный\s+пункт|населений\s+пункт|н\.\s?п\.|село|селище|посёлок|поселок|город|місто)",
    re.IGNORECASE,
)
# Objects that make the claim partial: "captured parts of Bakhmut".
PARTIAL_OBJECT = re.compile(
    # "took the last remaining part of Bakhmut": the rest of it, so the whole place
    r"\b(?:(?<!remaining\s)(?<!last\s)(?<!final\s)parts?|half|most|much|majority|bulk|some|(?:micro-?)?districts?|neighbou?rhoods?|outskirts|edges?|"
    # a regional centre is the city itself ("the regional centre of Kherson")
    r"(?<!regional\s)(?<!administrative\s)(?:centre|center)|quarters?|sections?|areas?|blocks?|streets|percent|per\s+cent|(?<=\d)%|(?<=\d\s)%|"
    r"pockets?|slivers?|corners?|patch|strip|fringes?|(?<=\bthe\s)(?:north|south|east|west)(?:-?(?:east|west))?|"
    # "1,000 square kilometres of the Kursk region": an area of a region is a part of it
    r"(?:(?:square|sq\.?)\s+)?(?:kilometres|kilometers|km|miles|mi)\.?(?:\s+\(\d[\d,.]*\s+(?:square\s+)?miles\))?)\s+of\b|"
    # "hold only a few streets in X": a handful of streets is a part of the place
    r"\b(?:a\s+few|several|some|only)\s+(?:[\w-]+\s+)?(?:streets|blocks|buildings|houses)\s+(?:in|inside)\b",
    re.IGNORECASE,
)
# A compass part of the place right before its name: "holds eastern Chasiv Yar", "in northern Vovchansk"
# (a wire locator, "the eastern Ukrainian town of X", ends on its settlement noun instead; lower case
# only, since a capital makes the word part of a name, "the village of Central Novoselivka")
DIRECTION_BEFORE = re.compile(r"\b(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s*$")
# What follows a place tells its role: the head of the object, a part of it, or a modifier.
PLACE_PARTIAL_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:city|town|village)\s+)?(?:(?:[\w-]+ern|northern|southern|eastern|western|central|"
    r"industrial|old|historic)\s+)?(?:outskirts|centre|center|suburbs?|districts?|parts?|edges?|quarters?|"
    r"flanks?|neighbou?rhoods?|streets|banks?|(?:thermal\s+)?power\s+(?:plant|station)|plant|factory|airport|airfield|"
    r"railway\s+station|station|mine|hospital|administration\s+building|industrial\s+zone)\b"
    # "Chasiv Yar's Kanal district": a named part of the place
    r"|['\u2019]s\s+[\w'\u2019-]+\s+(?:micro-?)?districts?\b",
    re.IGNORECASE,
)
PLACE_AS_MODIFIER = re.compile(
    r"-\w|['\u2019]s\s+\w|\s+(?:highway|road|direction|axis|front|sector|area|areas|salient|pocket|mine|mines|"
    r"plant|station|airport|bridge|district|outskirts|suburbs?|river|reservoir|operation|offensive|battle|"
    r"group|grouping|brigade|garrison|administration|governor|authorities|council|residents|"
    r"city\s+(?:centre|center|council|administration)|region\s+(?:town|city|village|settlement)s?|"
    # "captured Kharkiv region villages": a place before a plural settlement noun only locates them
    r"(?:villages|towns|cities|settlements|hamlets|communities)(?!\s+of\b)|"
    # "the Avdiivka coke plant", "the Tsarska Okhota restaurant complex": a facility named for a place,
    # its kind in lower case words right after the name (no preposition: "X evacuated after dam breach")
    r"(?-i:(?!(?:after|before|since|near|in|at|on|by|for|from|with|to|and|or|as|of|the|over|into)\s)[a-z][\w-]*\s+){1,2}"
    r"(?:plants?|complex|factory|works|mines?|quarry|airfield|airport|base|depot|dam|"
    r"bridge|port|terminal|elevator|warehouse)(?![\w-]))\b",
    re.IGNORECASE,
)
PLACE_REGION_PREFIX = re.compile(r"(?:['\u2019]s)?\s+(?:region|oblast|province)(?:['\u2019]s)?\s+"
                                 r"(?:town|city|village|settlement)s?\s+of\b", re.IGNORECASE)
COREF_NOUN = re.compile(
    # "the north-eastern city", "the whole town": compound compass adjectives, wholeness too
    r"\bthe\s+(?:(?:small|key|embattled|besieged|strategic|eastern|southern|northern|western|frontline|"
    r"(?:north|south)-?(?:east|west)ern|central|whole|entire|"
    r"front-line|ruined|devastated|industrial|mining|coal-mining|salt-mining|hilltop|riverside|logistics|railway|"
    r"bombed-out|war-torn|shattered|battered|contested|port|coastal|border|frontier)\s+){0,2}(town|city|village|settlement|"
    r"hamlet|locality|region|oblast)\b(?!\s+of\b)",
    re.IGNORECASE,
)


# "continued to liberate X", "continue the liberation of X": a capture still under way, so the place is
# fought over (the same verb before "hold" keeps the holder: only captures use this)
CAPTURE_UNDER_WAY = re.compile(r"\bcontinu(?:e|es|ed|ing)\s+(?:to|the|with\s+the)\s+$", re.IGNORECASE)
# "Ukrainian troops are clearing X", "units were still taking it": the progressive of a capture by a force is
# one under way ("demining teams are clearing the region of shells" is no capture at all)
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:troops|forces|units|soldiers|servicemen|army|military|marines|paratroopers|"
                                 r"fighters|brigades?|defenders|garrison|infantry)\s+(?:is|are|was|were)\s+"
                                 r"(?:(?:still|now|currently|already|slowly|gradually)\s+)?$", re.IGNORECASE)


def capture_under_way(left: str, first_word: str) -> bool:
    """Whether a capture verb ``first_word`` with ``left`` before it is still going on ("continue to clear X",
    "X is being cleared", "troops are clearing X")."""
    left = left[-50:]
    return CAPTURE_UNDER_WAY.search(left) is not None or left.endswith(("being ", "Being ")) or (
        first_word.endswith("ing") and _PROGRESSIVE_BEFORE.search(left) is not None)
