"""Who speaks when an insertion stands between a speaker and its reporting verb.

"C, Serhiy Cherevatyi, spokesman of the Eastern group, said", "A spokesman for the eastern
command, Serhiy Cherevatyi, said", "Russian military bloggers, some of them critical of the
army, said", "Ukrainian officials, however, said": the subject is the name (or the noun phrase)
before or after the insertion, not the words nearest the verb.
"""

from __future__ import annotations

import re

from ._speaker_kinds import phrase_kind
from ._frames import plausible_speaker

# "C, Serhiy Cherevatyi, spokesman of the Eastern group, said": a name, then its appositive (a single
# quote after a comma or a stop closes a quote as a double one does: "'X is ours,' Name, role, wrote")
# (or a subordinator: "..., hours after Oleksandr Syrskyi, Ukraine's commander-in-chief, announced")
_NAME_BEFORE_APPOSITIVE = re.compile(r"(?:^|,\s*|[,.!?\u2026][\"\u201d\u00bb'\u2019]\s*|,\s+(?:and|but|while|whereas)\s+|"
                                     r"\b(?:after|before|when|while|as|since|until)\s+)(?P<name>(?:the\s+)?[A-Z][\w'\u2019.-]*"
                                     # "The Institute for the Study of War, a Washington-based think tank,"
                                     # "Analysts at DeepState, a group that maps the front,": people of a body
                                     r"(?:\s+(?:(?:for|of|the|and|on|in|at|from|with)\s+){0,2}[A-Z][\w'\u2019.-]*){0,5})"
                                     r",\s*$")
# "a member of ...", "head of ...", "the Khortytsia group's spokesman": lower case, or an article first
# (or a country's or force's possessive, as in "Oleksandr Syrskyi, Ukraine's new commander-in-chief,")
_APPOSITIVE_INSERTION = re.compile(r",\s*(?:(?:a|an|the)\s+[\w\u0400-\u04ff]|[a-z]|[A-Z][\w-]*['\u2019]s\s+[a-z])"
                                   r"[^,;:\"\u201c\u201d]{1,100}?,\s*$")
# "A spokesman for the eastern command, Serhiy Cherevatyi, said": a role, then the name it belongs to
# (also after the quote or clause it attributes: '"...," a spokesman for the Dnipro group, Viktor
# Trehubov, said' / '..., the spokesman of the Joint Forces Grouping, Viktor Trehubov, said', and after
# a first speaker's clause: '..., and the region's governor, Vitaly Ganchev, said'; a country's or a
# force's possessive opens the role as an article does: '..., Ukraine's top commander, Gen. Oleksandr Syrskyi, said')
_ROLE_THEN_NAME = re.compile(r"(?:^|[;:]\s*|[.!?][\"\u201d]?\s+|[,.!?\u2026][\"\u201d\u00bb'\u2019]\s*|,\s+(?:(?:and|but|while|whereas)\s+)?(?=(?:a|an|the)\s|[A-Z][\w-]*['\u2019]s\s+[a-z]))(?P<role>(?:(?:a|an|the)\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019.-]+){0,9}?),\s*"
                             r"(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}),\s*$")
# "Russian military bloggers, some of them critical of the army, said": a part of the subject described
_PARTITIVE_INSERTION = re.compile(r",\s*(?:some|many|most|all|both|several|one|two|few|none|each)\s+of\s+(?:them|whom)\b")
_SUBJECT_BEFORE = re.compile(r"(?:^|[;:]\s*|[.!?][\"\u201d]?\s+)(?P<np>[A-Z][^,;:\"\u201c\u201d]{1,80}?)\s*$")


def appositive_subject(sentence: str, floor: int, np_end: int) -> tuple[int, int] | None:
    """"Name, an appositive," right before ``np_end``: the span of the name."""
    if not sentence[floor:np_end].rstrip().endswith(","):
        return None
    named = _ROLE_THEN_NAME.search(sentence, floor, np_end)
    if named is not None and phrase_kind(named.group("role")) == "person" and plausible_speaker(named.group("name")):
        return named.start("name"), named.end("name")
    appositive = _APPOSITIVE_INSERTION.search(sentence, floor, np_end)
    if appositive is None:
        return None
    name = _NAME_BEFORE_APPOSITIVE.search(sentence, floor, appositive.start() + 1)
    if name is None or not plausible_speaker(name.group("name")):
        partitive = _PARTITIVE_INSERTION.match(sentence, appositive.start(), np_end)
        subject = _SUBJECT_BEFORE.search(sentence, floor, appositive.start()) if partitive is not None else None
        if subject is None or not plausible_speaker(subject.group("np")):
            return None
        return subject.start("np"), subject.end("np")
    return name.start("name"), name.end("name")


# "Ukrainian officials, however, said" / "Russia's defence ministry, in its daily briefing, said": an
# adverb or a short setting between commas stands between the subject and its verb; so does the
# occasion ("Pushilin, speaking on the Rossiya-24 channel, said", "the governor, writing on Telegram, said")
ADJUNCT_INSERTION = re.compile(r",\s*(?:however|meanwhile|though|too|also|in\s+turn|for\s+(?:its|his|her|their)\s+part|"
                                r"(?:speaking|writing|posting|addressing|talking)\s+(?:(?:on|to|at|in|from|with|during|after)\s+)?"
                                r"[^,;:\"\u201c\u201d]{1,60}|"
                                r"in\s+(?:a|an|its|his|her|their|the)\s+[^,;:\"\u201c\u201d]{1,40}|"
                                r"on\s+(?:\w+day|telegram|facebook|x|social\s+media)|earlier|later|separately|"
                                r"instead|meanwhile|by\s+contrast|in\s+contrast)\s*,\s*$", re.IGNORECASE)


def subject_before_adjunct(sentence: str, verb_start: int) -> bool:
    """"Ukrainian officials, however, said": a subject, then an adverbial insertion, then the verb."""
    adjunct = ADJUNCT_INSERTION.search(sentence, 0, verb_start)
    return adjunct is not None and adjunct.start() > 0 and plausible_speaker(sentence[:adjunct.start()].split(",")[-1])
