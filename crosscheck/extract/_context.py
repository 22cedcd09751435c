"""Context tests for a predicate hit: is a participle an adjective, does a capture noun state an
event, is the sentence about history or civil unrest, which place a possessor, a "stationed in"
phrase or a "with X lost" phrase supplies (a relative clause's: _relatives), who a failed attack's
attacker is, whether the words before a place make it a part, a nearby feature or a force's
location. Kept apart so the rule engine in _predicates reads as rules."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._actors import first_actor, fixed_side, names_a_side
from ._places import PLACE_MARK, PlaceRef, ref_at

if TYPE_CHECKING:
    from ._hits import SentenceView

_I = re.IGNORECASE
_P = PLACE_MARK + "+"

# "Davydiv Brid, a village on the Inhulets that Russian troops had held since the spring, was liberated":
# an appositive holding a relative clause sits between the subject and its verb too
# "Selydove, a mining town of about 20,000 people before the war, was captured": an appositive with a
# subordinating word inside (a thousands comma is no end of it) opens no clause of its own
_APPOSITIVE_CHAR = r"(?:[^,;:]|(?<=\d),(?=\d{3}))"
RELATIVE_BEFORE = re.compile(r",\s+(?:(?:which|who|where|whose)\b|(?:an?|the)\s+" + _APPOSITIVE_CHAR + r"{2,80}?\b"
                             r"(?:that|which|who|where|before|after|since|until|when|as)\b)"
                             + _APPOSITIVE_CHAR + r"{2,140},\s*(?:[\w']+\s+){0,4}$", _I)
HISTORY = re.compile(r"\b(?:1[0-9]{3}|200[0-9]|201[0-3])\b(?!\s*(?:km|kilomet|miles|metres|meters|troops|soldiers|"
                      r"men|people|residents|tanks))|\b(?:Second|First)\s+World\s+War\b|\bWorld\s+War\s+(?:II|Two|2|I|One)\b")


def about_history(text: str) -> bool:
    """Whether ``text`` dates itself to the past (HISTORY); a year or "World War" is tested for first."""
    return ("1" in text or "2" in text or "World" in text) and HISTORY.search(text) is not None


# "taking the rest of the region remained the army's main task", "capturing Kharkiv was not among its goals":
# a gerund that is the subject of a goal is an aim, not an event
_GOAL_AFTER_GERUND = re.compile(
    r"[^,;.]{0,80}?\s(?:is|was|are|were|remains?|remained|will\s+be|would\s+be|has\s+been|had\s+been|becomes?|became)"
    r"\s+(?:not\s+)?(?:(?:still|now|also|no\s+longer|among|one\s+of|the|a|an|its|their|our|his|her|[\w-]+['\u2019]s|"
    r"main|chief|key|top|first|primary|immediate|principal|ultimate|strategic|military|major|next|only|real|stated|"
    r"current|overriding|central)\s+)*(?:tasks?|goals?|aims?|objectives?|priority|priorities|missions?|targets?|plans?)\b", _I)


# "Kupiansk ... was occupied in the first days of the invasion": an event dated to the war's opening is
# history now ("has been occupied since the first days" is a state that lasts, and is not matched)
_EARLY_WAR = re.compile(r"\b(?:in|on|during)\s+the\s+(?:very\s+)?(?:first|opening|initial)\s+(?:days?|weeks?|hours|"
                        r"morning|months?)\s+of\s+(?:the\s+)?(?:full-scale\s+)?(?:war|invasion)\b", _I)


# "Kyiv would believe Russia had withdrawn from X only when ...", "will accept that X has fallen when": what a
# side would come to believe is a condition it sets, not something it says happened
_WOULD_BELIEVE = re.compile(r"\b(?:would|will)\s+(?:only\s+)?(?:believe|accept|consider|recogni[sz]e)(?:\s+that)?"
                            r"\s+(?:[\w'\u2019-]+\s+){0,8}?[\w'\u2019-]+$", _I)


def no_current_event(text: str, verb: str, end: int, clause_start: int, clause_end: int) -> bool:
    """Whether the trigger ``verb`` (ending at ``end``) names an aim (a gerund that is a goal, see
    _GOAL_AFTER_GERUND), a belief made conditional (_WOULD_BELIEVE) or an event its clause dates to the
    war's first days (_EARLY_WAR)."""
    if verb.endswith("ing") and _GOAL_AFTER_GERUND.match(text, end) is not None:
        return True
    if ("would " in text or "will " in text) and \
            _WOULD_BELIEVE.search(text, max(0, clause_start - 60), end) is not None:
        return True
    if " the first " not in text:
        return False
    # "occupied in the first days of the invasion and liberated in September": the date is the first verb's
    joined = text.find(" and ", end, clause_end)
    return _EARLY_WAR.search(text, max(clause_start, text.rfind(" and ", clause_start, end)),
                             clause_end if joined < 0 else joined) is not None


STATIONED = re.compile(r"\b(?:stationed|based|deployed|positioned|garrisoned|dug\s+in)\s+(?:in|at|inside)\s+"
                        r"(?:the\s+(?:town|city|village)\s+of\s+)?(?P<first>" + _P + r")|"
                        # "the Ukrainian garrison in Avdiivka has withdrawn": the force's place, right before its verb
                        # "units defending Velyka Novosilka have been withdrawn": the place they held, too
                        r"\b(?:garrison|defenders|troops|units|forces)\s+(?:in|inside|defending)\s+(?:the\s+(?:town|city|village)\s+"
                        r"of\s+)?(?P<first2>" + _P + r")\s+(?:(?:has|have|had|been|now|finally|fully|completely)\s+)*$", _I)
# what may follow a withdrawal verb with no object: the end of its clause or an adjunct
_INTRANSITIVE_AFTER = re.compile(r"\s*(?:[,.;:)\"\u201d]|$|(?:from|to|on|overnight|last|after|before|in|under|amid|"
                                 r"across|behind|towards?|without|as|because|earlier|yesterday|today)\b)", _I)


def stationed_place(view: SentenceView, clause_start: int, start: int, end: int) -> PlaceRef | None:
    """"units stationed in Izyum have been withdrawn", "the garrison in Avdiivka has withdrawn": the place
    the leaving troops held (the second shape only with nothing withdrawn after the verb)."""
    found = STATIONED.search(view.skeleton, clause_start, start)
    if found is None or (found.start("first2") >= 0 and not _INTRANSITIVE_AFTER.match(view.text, end)):
        return None
    return ref_at(view.refs, max(found.start("first"), found.start("first2")))


MILITARY_CONTEXT = re.compile(r"\b(?:troops|forces|units|army|soldiers|servicemen|fighters|brigades?|enemy|"
                               r"russian|ukrainian|russia|ukraine|occupiers|invaders|wagner|marines|paratroopers)\b", _I)
CIVIL_CONTEXT = re.compile(r"\b(?:police|protesters|demonstrators|rioters|fans|supporters|activists|gangs|"
                            r"workers|students|residents|politicians|lawmakers)\b", _I)
PRESUPPOSED = frozenset({"adjectival-state", "adjectival-control"})
# "troops were pulled out of Izyum": "out" may belong to the verb, "of" then takes the place
FROM_AFTER = re.compile(r"\s+(?:from|out\s+of|of)\s", _I)


def quoted(text: str, position: int) -> bool:
    before = text[:position]
    return ((before.count('"') % 2 == 1) or before.count("\u201c") > before.count("\u201d")
            or before.count("\u00ab") > before.count("\u00bb"))


# "quits" too: "Ukraine's army quits Vuhledar" withdraws, "the minister quits Kyiv" does not
LEAVE = frozenset({"left", "leave", "leaves", "leaving", "quit", "quits", "quitting"})
# Words after which a participle is an adjective ("in occupied Melitopol", "visits liberated
# Kherson"), never a finite verb: determiners, prepositions, verbs of visiting.
_ADJECTIVE_LEFT = re.compile(
    r"(?:^|[\"\u201c\u00ab(:\u2014\u2013-]\s*|\b(?:the|a|an|of|in|into|from|to|at|near|around|across|over|on|for|through|"
    r"towards?|outside|inside|within|by|with|and|visits?|visited|visiting|tours?|toured|reach(?:es|ed)?|"
    r"enter(?:s|ed)?|shell(?:s|ed)?|struck|strikes?|hit|attacked|targeted|entire|whole|all)\s+)$", _I)

# a place (PLACE_MARK in the rule skeleton) or a capitalised name right before "and"
_NAME_BEFORE_AND = re.compile("(?:" + PLACE_MARK + r"|\b[A-Z][\w'\u2019-]*)\s+and\s+$")


def adjective_position(text: str, clause_start: int, start: int) -> bool:
    """Whether a participle before a place is an adjective ("in occupied Melitopol"), not a verb."""
    found = _ADJECTIVE_LEFT.search(text[max(0, start - 40):start])
    if found is None:
        return False
    # "Kherson and occupied Melitopol" lists places; "advanced and liberated Klishchiivka",
    # "took positions and liberated X" coordinate a second verb with the same subject
    return not found.group(0).lower().endswith("and ") or _NAME_BEFORE_AND.search(text, 0, start) is not None


# "every Ukrainian attack on Robotyne had been repelled", "attempts to storm Avdiivka were
# repulsed": the attack failed, so the place stayed with its defenders
# ("An attempt ... to take Tetkino in the Kursk region with an armoured group was thwarted", "tried to
# storm X three times and were thrown back": a short phrase may come first)
REPELLED_AFTER = re.compile(
    r"(?:\s+(?!(?:and|but|which|who|after|before|while|as|when|where|that)\b)[\w'\u2019-]+){0,8}?\s*[,;:]?"
    # "stormed our positions in X nine times; all assaults were repelled": the attacks named again
    r"\s+(?:(?:and|but)\s+)?(?:(?:(?:all|both|the|these|those|each)\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?"
    r"(?:attacks?|assaults?|attempts?|advances?|offensives?)|(?:all|both|each)(?:\s+of\s+them)?)\s+)?(?:(?:had|has|have)\s+(?:all\s+)?been|were|was|are|is)\s+(?:(?:all|successfully|again|"
    r"also|reportedly|decisively|quickly|once\s+again)\s+)*(?:repelled|repulsed|beaten\s+(?:back|off)|fended\s+off|"
    r"fought\s+off|thwarted|foiled|rebuffed|stopped|halted|(?:thrown|driven|pushed|forced)\s+back)\b|"
    # "...; the Defence Forces are holding the line": the defenders say they keep the place
    r"(?:\s+(?!(?:and|but|which|who|after|before|while|as|when|where|that)\b)[\w'\u2019-]+){0,8}?\s*[,;:]?\s+"
    r"(?:(?:and|but)\s+)?(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:forces|units|defenders|troops|garrison)\s+"
    r"(?:are|is|were|was|remain)\s+(?:(?:still|firmly|successfully)\s+)*holding\s+(?:the\s+line|(?:their|its|our)\s+"
    r"(?:positions|ground|lines))\b", _I)
# the attack-noun and attempt wordings whose failure leaves the place with its defenders: an
# assault on the place itself, not a push near or towards it
ASSAULT_ON = re.compile(r"(?:\s(?:on|against)|\bto\s+(?:storm|capture|take|seize|break\s+into|enter|retake|recapture)|"
                        # "stormed our positions in Vovchansk": the defenders' positions inside the place
                        r"\s(?:our|their|its|the\s+defenders['\u2019])\s+(?:[\w-]+\s+)?positions\s+in|"
                        # "tried to dislodge our units from Selydove": the defenders are inside it
                        r"\b(?:dislodge|oust|drive|knock|push|squeeze|force|expel)\s+(?:[\w'\u2019-]+\s+){1,3}?"
                        r"(?:out\s+of|out\s+from|from))"
                        r"\s+(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?$", _I)
# "a missile attack on Kyiv was repelled": an air raid beaten off says nothing about who holds the city
AIR_ATTACK = re.compile(r"\b(?:missile|drone|air|aerial|rocket|kamikaze|shahed|bomber|glide)s?\b", _I)


# "its capture": the ref of a place-pronoun "its" covers "it" (see _places), so the gap starts at "s"
_POSSESSIVE_GAP = re.compile(r"(?:['\u2019]|(?<=\b[Ii]t))s\s+(?:(?:full|final|complete|reported|claimed|eventual)\s+)?[\"\u201c]?\s*$")


def possessor_place(view: SentenceView, start: int) -> list[PlaceRef]:
    """"Avdiivka's capture", "the town's liberation": the place is the possessor. "claims of Kupiansk
    capture" (a headline's noun compound): the place right before the noun, in a report of it."""
    for ref in reversed(view.refs):
        if ref.end <= start:
            if _POSSESSIVE_GAP.match(view.text, ref.end, start):
                return [ref]
            compound = view.text[ref.end:start] == " " and not ref.coref and \
                _REPORT_OF_BEFORE.search(view.text, max(0, ref.start - 30), ref.start) is not None
            return [ref] if compound else []
    return []


_COMPLETED_AFTER = re.compile(r"[^.;:]{0,100}?\s(?:(?:has|had|have)\s+been\s+(?:fully\s+)?completed|(?:is|was)\s+(?:now\s+)?"
                             r"(?:fully\s+)?(?:complete|completed|over|finished))\b", _I)
_REPORTED_COMPOUND = re.compile(r"\b(?:claims?|reports?|rumou?rs?|news|denies|denied|deny|rejects|rejected|confirms|"
                                r"confirmed)\s+(?:of\s+|about\s+|on\s+)?(?:the\s+)?\u00a7+\s$", _I)
_REPORT_OF_BEFORE = re.compile(r"\b(?:claims?|reports?|rumou?rs?|news|denies|denied|deny|rejects|rejected|confirms|"
                               r"confirmed)\s+(?:of\s+|about\s+|on\s+)?(?:the\s+)?$", _I)


def clause_subject(text: str, clause_start: int, start: int) -> str | None:
    """The first actor of the clause when it names a side ("Russia lost tanks in a failed assault")."""
    found = first_actor(text, clause_start, start)
    return found[0] if found is not None and names_a_side(found[0]) else None


# "Ukrainian units in Sudzha are in a cauldron": the encircled place sits inside the subject
FORCE_IN_PLACE = re.compile(r"\b(?:units|troops|forces|garrison|soldiers|servicemen|groups?|grouping|fighters|"
                            r"defenders|formations?)\s+(?:remaining\s+|left\s+|trapped\s+)?(?:in|inside)\s+(?:the\s+)?"
                            r"(?P<first>\u00a7+)", re.IGNORECASE)
# an attacker that names no side by itself ("as they tried to advance"): the sentence's subject decides
BARE_ACTOR = re.compile(r"^(?:it|they|them|soldiers|troops|forces|men|units)$", re.IGNORECASE)
# "the northern part of Pokrovsk remained in Ukrainian hands": a part is held, so the place is contested
PART_OF_BEFORE = re.compile(r"(?<!every\s)(?<!each\s)\b(?:part|parts|half|most|much|sections?|(?:micro-?)?districts?|quarters?|"
                            # "the centre of Kherson is ours"; a regional centre is the city itself
                            r"(?<!regional\s)(?<!administrative\s)(?:centre|center|heart)|"
                            r"neighbou?rhoods?|pockets?|streets|a\s+few\s+streets|corner|(?:\d+|[a-z]+-?[a-z]*)\s+per\s*cent|"
                            # "around 70% of Toretsk", "the outskirts of Pokrovsk are under Russian control"
                            r"\d[\d.]*\s*%|outskirts|suburbs|(?:\w+ern\s+)?(?:edges?|parts?)|"
                            # "nearly all of Luhansk region": not the whole of it
                            r"(?:almost|nearly|practically|virtually)\s+(?:all|the\s+whole|the\s+entire(?:ty)?)"
                            r")\s+of\s+(?:the\s+(?:(?:town|city|village|settlement)\s+of\s+)?)?$", re.IGNORECASE)


# "took the last remaining part of Bakhmut": a gain or a loss of the rest of a place is of all of it
# (holding the last part of it still holds a part)
_REST_OF_BEFORE = re.compile(r"\b(?:last|final|remaining)\s+(?:remaining\s+)?parts?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_COMPLETING_RULES = frozenset({"capture", "capture-noun", "withdraw", "withdraw-noun", "push-out"})


def part_of_before(text: str, position: int, rule: str = "") -> bool:
    """Whether PART_OF_BEFORE ends at ``position`` (searched in the 50 characters before it), unless
    ``rule`` (a rule's name) completes a change and the part is the rest of the place."""
    window_start = max(0, position - 50)
    before = text[window_start:position]
    stripped = before.rstrip()
    # the pattern ends in "of" or "the" and whitespace, letters IGNORECASE matches only as
    # themselves: most places are preceded by neither, and the scan is skipped
    if len(stripped) == len(before) or not stripped[-3:].lower().endswith(("of", "the")):
        return False
    if PART_OF_BEFORE.search(text, window_start, position) is None:
        return False
    return rule not in _COMPLETING_RULES or _REST_OF_BEFORE.search(text, window_start, position) is None
# "regained the heights around Berkhivka": a feature near the place, not the place
NEAR_FEATURE = re.compile(r"\b(?:heights|hills?|high\s+ground|positions?|trenches|strong(?:hold|point)s?|"
                          r"lines?|forest|woods?|fields?)\s+(?:(?:just|directly)\s+)?(?:around|near|outside|overlooking|"
                          r"above|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+"
                          r"(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?$", re.IGNORECASE)


# "With Sievierodonetsk lost, Ukrainian commanders must decide": an absolute construction whose
# state the main clause's subject lives with
_ABSOLUTE = re.compile(r"(?:^|[\s\"\u201c(])with\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?(?P<first>"
                       + _P + r")\s+(?:(?:now|finally|already|effectively|all\s+but|largely|fully|completely)\s+)*$", _I)
_ABSOLUTE_END = re.compile(r"\s*,")


def absolute_place(view: SentenceView, clause_start: int, start: int, end: int) -> PlaceRef | None:
    """The place of a "with X captured," phrase when the trigger is its participle."""
    if not _ABSOLUTE_END.match(view.skeleton, end):
        return None
    found = _ABSOLUTE.search(view.skeleton, clause_start, start)
    return ref_at(view.refs, found.start("first")) if found is not None else None


def sided_subject(text: str, position: int, end: int) -> str | None:
    """The first actor after ``position`` that names a side (a main clause's subject)."""
    found = first_actor(text, position, min(end, position + 80))
    if found is not None and names_a_side(found[0]):
        return found[0]
    # "Ukrainian commanders", "Kyiv's generals": a side adjective on the subject's head
    for word in text[position:end].replace(",", " ").split()[:2]:
        if fixed_side(word.strip("'\u2019s") + " forces") is not None:
            return word + " forces"
    return None


# --- when a capture or withdrawal noun ("the seizure of X") states an event that happened ---------
_NOMINAL_POSSESSOR = re.compile(r"[\w'\u2019-]+['\u2019]s\s*[\"\u201c]?\s*$|(?:Russian|Ukrainian)\s+[\"\u201c]?\s*$")
# "announced the complete liberation of X": a determiner, then an adjective of completion
_NOMINAL_LEFT = re.compile(r"\s*(?:(?:the|its|their|a|an|[\w'\u2019-]+['\u2019]s)\s+)?(?:(?:full|complete|final|successful|swift|rapid|quick|"
                           r"reported|claimed|total|official)\s+)?[\"\u201c]?\s*$", _I)
_PRESUPPOSING = re.compile(r"\b(?:after|since|following|before|until|upon|(?<!to\s)(?:complet\w*|finish\w*|conclu\w*))\s+(?:\w+\s+)?(?:the|its|their|"
                           r"[\w'\u2019-]+['\u2019]s)\s*[\"\u201c]?\s*$", _I)
# verbs whose object event has happened whatever their own mood ("will try to exploit the seizure of X")
EVENT_PRESUPPOSED = re.compile(r"\b(?:exploit\w*|consolidat\w*|capitali[sz]\w*|build\w*\s+on|"

                                r"in\s+the\s+wake\s+of|(?:in\s+)?the\s+aftermath\s+of)\s+(?:the|its|their|"
                                r"[\w'\u2019-]+['\u2019]s)?\s*[\"\u201c]?\s*$", _I)
_LOSS_ADMITTED = re.compile(r"\b(?:hid(?:e|es|ing|den)|conceal\w*|cover(?:s|ed|ing)?\s+up|downplay\w*|mourn\w*|"
                            r"lament\w*|acknowledg\w*|admit\w*|conced\w*|confirm\w*)\s+(?:the|its|their)\s+$", _I)
_PRAISED_FOR = re.compile(r"\b(?:congratulat\w*|prais\w*|hail\w*|celebrat\w*|thank\w*|award\w*|honou?r\w*|"
                          r"decorat\w*|reward\w*|commend\w*|credit\w*)\b[^.;:]{0,80}?\b(?:on|for|over|marking|with)\s+"
                          r"(?:the|its|their)\s*[\"\u201c]?\s*$", _I)
# the noun phrase opens its clause, or the clause a speaker's verb reports ("Putin said the capture of X
# created conditions ...", "... and that the liberation of X would reduce the shelling")
_SUBJECT_NOMINAL_LEFT = re.compile(r"(?:^\s*|^\s*that\s+|\b(?:said|says|added|adds|stated|states|wrote|writes|noted|notes|"
                                   r"stressed|insisted)\s+(?:that\s+)?)[\"\u201c\u00ab]?\s*(?:the|its)\s+$", _I)
_REALIS_CONTINUATION = re.compile(
    r"[\w-]+\s+of\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|settlement)\s+of\s+)?\u00a7+(?:\s+in\s+\w+(?:\s+\d+)?)?"
    # "the liberation of Ukrainsk and the neighbouring village of Hrodivka, announced last week, had ..."
    r"(?:\s+and\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?\u00a7+)?"
    r"(?:\s*,[^,]{1,130},|\s+(?:after|in|on|last|this)\s+(?:[\w-]+\s+){0,5}?[\w-]+)?\s+(?:was|were|has|had|came|"
    # "The fall of Izium is the biggest blow to Moscow": a judged event (not "is a matter of time")
    r"is\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:blow|setback|defeat|victory|success|humiliation|milestone)|"
    r"marked|left|leaves|forced|forces|ended|opened|opens|gave|gives|dealt|deals|allowed|allows|prompted|followed|"
    r"triggered|meant|means|brought|brings|exposed|showed|made|makes|put|cost|costs|freed|shocked|sparked|handed|"
    r"hands|paved|created|creates|"
    # "The fall of Velyka Novosilka is a fact": the speaker states the event outright
    r"is\s+(?:now\s+|already\s+)?(?:a\s+)?(?:fact|reality|done|official|complete|confirmed)(?![\w-]))", _I)
# "Russia claims capture of Chasiv Yar", "Kyiv denies Russian capture of Kurakhove": a headline's
# reporting verb takes the bare noun, no determiner between
_HEADLINE_FRAME_LEFT = re.compile(r"\b(?:claims?|claimed|announces?|announced|confirms?|confirmed|denies|denied|"
                                  r"reports?|reported|hails?|hailed|celebrates?|admits?|admitted)\s+"
                                  r"(?:(?:Russian|Ukrainian|full|complete|swift)\s+)?[\"\u201c]?\s*$", _I)
# "The liberation of X will make it possible to ...": the taker's own wording for a gain it has made (a
# capture or fall that "would" open a road is still a forecast)
_LIBERATION_CONSEQUENCE = re.compile(
    r"liberation\s+of\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|settlement)\s+of\s+)?\u00a7+(?:\s*,[^,]{1,130},)?\s+"
    r"(?:would|will)\s+(?:also\s+|further\s+|significantly\s+|greatly\s+|now\s+)?(?:make|allow|enable|help|reduce|"
    r"ease|free|relieve|let|push|improve|secure|protect|deprive|cut)\b", _I)
# a capitalised "May" after the noun is the month ("since the capture of Bakhmut last May")
_MODAL_AFTER = re.compile(r"\b(?:could|would|will|(?-i:may)|might|can|should|must|if)\b", _I)

def nominal_allowed(view: SentenceView, left: str, start: int, clause_start: int) -> bool:
    """Whether a capture or withdrawal noun states an event ("after the fall of X"), not a plan."""
    after = view.text[start:start + 160]
    if _SUBJECT_NOMINAL_LEFT.search(left) and _LIBERATION_CONSEQUENCE.match(view.skeleton, start):
        return True     # "The liberation of Avdiivka would reduce the shelling": what it brings, not whether
    if _MODAL_AFTER.search(after.split(",")[0]):
        return False
    for nominal_start in view.nominal_starts:
        if nominal_start <= start and _NOMINAL_LEFT.match(view.text[nominal_start:start]):
            return True
    if _LOSS_ADMITTED.search(left) and view.text.startswith(("loss", "withdrawal", "retreat"), start):
        # "Kyiv is hiding the loss of Kurakhove": what its subject hides or admits it has lost, that subject named
        subject = first_actor(view.text, clause_start, start)
        return subject is not None and names_a_side(subject[0])
    if _PRESUPPOSING.search(left) or _NOMINAL_POSSESSOR.search(left) or EVENT_PRESUPPOSED.search(left) \
            or _HEADLINE_FRAME_LEFT.search(view.text, max(0, start - 40), start):
        return True
    if _PRAISED_FOR.search(view.text, max(0, start - 120), start):
        return True
    if _COMPLETED_AFTER.match(view.text, start):
        return True     # "the withdrawal of its troops from Kherson had been completed": done, not planned
    if _REPORTED_COMPOUND.search(view.skeleton, max(0, start - 60), start):
        return True     # "Kyiv denies Russian claims of Kupiansk capture": a reported event, its place before it
    # "The fall of Avdiivka was a blow": a subject noun phrase the outlet presupposes
    return bool(_SUBJECT_NOMINAL_LEFT.search(left)) and bool(_REALIS_CONTINUATION.match(view.skeleton, start))


# "The fall of Izium ... is the biggest blow to Moscow": the loser named, so the taker is the other side
_BLOW_TO = re.compile(r"\b(?:blow|setback|defeat|humiliation|embarrassment)\s+(?:\w+\s+){0,2}?(?:to|for)\s+(?:the\s+)?"
                      r"(?P<loser>Moscow|Russia|Kremlin|Putin|Kyiv|Ukraine|Zelensky)", _I)


def fall_taker(text: str) -> str:
    """Who takes a place that "falls" with no captor named: the attacking side (Russia in this war's
    reporting), unless the sentence calls the fall a blow to Russia ("a blow to Moscow")."""
    found = _BLOW_TO.search(text) if "to " in text or "for " in text else None
    loser = found.group("loser").lower() if found else ""
    return "Ukraine" if loser in ("moscow", "russia", "kremlin", "putin") else "Russia"


# --- whether a gain or a fight still stands ---------------------------------------------------------
# "Lyman ... has lost almost all its residents": a civil object, so the verb is no event of the war's topic place
CIVIL_OBJECT = re.compile(r"\b(?:residents|inhabitants|population|people|civilians|power|electricity|water|heating|"
                           r"gas|homes|houses|jobs|lives)\b", _I)
UNDOABLE = frozenset({"capture", "capture-noun", "hold"})
# "took the airport before being forced to withdraw", "held Kupiansk only to lose it weeks later",
# "captured X, but were pushed out days later": a later event in the sentence undoes the gain
_UNDONE_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:before\s+(?:(?:being|having\s+been)\s+(?:forced|driven|pushed|thrown|beaten|kicked)|"
    r"having\s+to|they\s+were\s+(?:forced|driven|pushed|thrown)|(?:withdraw|retreat|pull)\w*)|"
    r"only\s+to\s+(?:lose|be\s+(?:driven|pushed|forced|thrown|kicked)|withdraw|retreat|abandon|give\s+(?:it|them)\s+up)|"
    r"but\s+(?:were|was|had\s+been)\s+(?:later\s+|soon\s+|quickly\s+)?(?:forced|driven|pushed|thrown|kicked)\s+"
    r"(?:out|back|to\s+(?:withdraw|retreat|pull))|"
    # "was seized in May and recaptured in October": a reversal sharing the subject
    r"and\s+(?:(?:later|then|subsequently|eventually|finally)\s+)?(?:re(?:captured|taken|gained|occupied)|"
    r"liberated|freed|won\s+back|de-?occupied)(?=\s+(?:in|on|by|last|this|weeks|months|days|a|after|later|\d)\b|[,.]))", _I)
_UNDONE_WORDS = (" before ", " only to ", " but ", " and ")
_BRIEFLY = re.compile(r"\b(?:briefly|temporarily|for\s+a\s+(?:few|couple\s+of)\s+(?:days|hours|weeks))\s+(?:\w+\s+)?$", _I)


def undone_later(text: str, left: str, after: int, clause_end: int, length: int) -> bool:
    """Whether a gain is undone in the same sentence: "briefly" before it, or a retreat after it."""
    if "brief" in left or "tempor" in left or " few " in left or " couple " in left:
        if _BRIEFLY.search(left[-40:]):
            return True
    rest = text[after:min(length, after + 120)]
    return any(word in rest for word in _UNDONE_WORDS) and _UNDONE_AFTER.match(rest) is not None


# "Fighting for the town had lasted four months": a closed episode
PAST_PERFECT_COMBAT = re.compile(r"\bhad\s+(?:(?:already|long)\s+)?(?:lasted|raged|gone\s+on|continued|dragged\s+on)\b", _I)


# "Kupiansk was occupied in February and liberated in September": a second participle sharing the
# clause's passive subject (the later one is the latest state)
_COORDINATED_PASSIVE = re.compile(r"\s*(?:the\s+(?:town|city|village|settlement)\s+of\s+)?(?P<first>\u00a7+)\s+"
                                  r"(?:was|were|had\s+been|has\s+been|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b"
                                  r"[^,;:\u00a7]{0,50}?\s+and\s+(?:(?:later|then|subsequently|finally|eventually)\s+)?$", _I)


def coordinated_passive_subject(view: SentenceView, clause_start: int, start: int) -> PlaceRef | None:
    """The subject of an earlier passive participle the trigger is coordinated with."""
    found = _COORDINATED_PASSIVE.fullmatch(view.skeleton, clause_start, start) if " and " in view.skeleton[
        clause_start:start] else None
    return ref_at(view.refs, found.start("first")) if found is not None else None
