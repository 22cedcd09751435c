"""The hits of one trigger match: its mood, its place, its actor and the value rule they give.

A match is dropped when its clause is not a report of something that happened (a plan,
a condition, an order, history), when no place is linked to it in the grammar, or when
its wording has another sense ("residents left", "clashes between police and protesters").
The hits a match implies for other predicates (a failed attack's holder) are added by _derived_hits.
"""

from __future__ import annotations

import re

from ._actor_phrases import (actor_after_clause, actor_before_insertion, actor_from_groups, adjective_actor, agent,
                             cyrillic_subject, left_actor, participle_subject)
from ._actors import ACTOR_MENTION, first_actor, fixed_side, last_actor, names_a_force, names_a_side
from ._arguments import (after_places, fronted_places, is_partial_ref, loss_place, nearest_before,
                         objects, rest_is_short, subjects)
from ._clauses import clause_end_at, clause_start_at
from ._context import (BARE_ACTOR, CIVIL_CONTEXT, CIVIL_OBJECT, PAST_PERFECT_COMBAT, UNDOABLE, coordinated_passive_subject,
                       undone_later, EVENT_PRESUPPOSED, FORCE_IN_PLACE, FROM_AFTER, LEAVE, MILITARY_CONTEXT, NEAR_FEATURE,
                       PRESUPPOSED, RELATIVE_BEFORE, stationed_place, about_history, absolute_place, adjective_position,
                       nominal_allowed, part_of_before, possessor_place, quoted, sided_subject, fall_taker, no_current_event)
from ._cyrillic_rules import CYRILLIC_SUBJECT_RULES as _CYRILLIC_SUBJECT_RULES
from ._derived_hits import derived_hits
from ._hedges import mood_before
from ._hits import CasedMatch, Hit, SentenceView
from ._lexicon import caseless, lower_twin
from ._place_words import capture_under_way
from ._member_arguments import feature_object
from ._coreference import expand_plural
from ._places import PLACE_MARK, PlaceRef, control_scope, ref_at
from ._relatives import relative_antecedent, relative_antecedents, reported_relative_antecedent
from ._rules import Rule

_I = re.IGNORECASE
_LETTER = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[\w']+")
_P = PLACE_MARK + "+"


_NOUN_IRREALIS = re.compile(
    r"\b(?:prepar\w*|plan\w*|threat\w*|expect\w*|possible|potential|imminent|warn\w*|fear\w*|risk\w*|"
    r"looming|upcoming|future|would|could|will|may|might|aim\w*|intend\w*|rehears\w*|prevent\w*|"
    r"avert\w*|stop)\b", _I)
_VALUE_RULES = {"actor": "side", "victim": "side", "flip": "other", "encircler": "other",
                "contested": "contested"}
_CIVILIAN = re.compile(r"\b(?:civilian|civilians|children|residents|people)\b", _I)


_PARTIAL_CHAIN = re.compile(r"\b(?:almost|nearly|practically|largely|partially|partly|virtually|mostly)\b"
                            r"(?!\s+(?:certainly|surely|definitely))|"
                            r"\bnot\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:fully|completely|entirely)\b", _I)
_PARTIAL_CHAIN_LOWER = lower_twin(_PARTIAL_CHAIN)
# "has not yet taken full control of Pisky", "have not established full control over X": what is
# denied is the whole, so a part is held
_FULL_CONTROL = re.compile(r"\b(?:full|complete|total|entire)\s+control\s+(?:of|over)\b", _I)


def _partial_chain(words: str) -> bool:
    """"almost", "not fully" right before a trigger: the claim is partial."""
    lowered = caseless(words)
    return (_PARTIAL_CHAIN.search(words) if lowered is None else _PARTIAL_CHAIN_LOWER.search(lowered)) is not None


_AFTER_GERUND = re.compile(r"\b(?:after|since|following|upon)\s*$", _I)
# "lost 300 servicemen in the battles for the town": a tally of the fight, not who holds the place now
_LOSSES_IN = re.compile(r"\b(?:loss(?:es)?|lost|casualties)\b[^.;:]{0,60}?\bin\s+(?:the\s+)?$", _I)
_COORDINATED = re.compile(r"^\s*(?:,\s*)?(?:but|and|yet)?\s*(?:(?:is|are|was|were|has|have|had|been|still|now|"
                          r"also|remains?|remained)\s+)*$", _I)
_ATTACK_PREDICATES = frozenset({"attacked"})
_ITS_BEFORE = re.compile(r"\b(?:after|since|following|before)\s+its\s+$", _I)
_FRONTED_SUBJECT = re.compile(r"[^,;:.]{0,40}?,\s+(?:the\s+(?:(?:[\w-]+\s+)?(?:town|city|village|settlement)\s+of\s+)?)?"
                              r"(?P<first>" + _P + r")(?!['\u2019]s)", _I)
# "fighting continues on the streets of X" is combat whoever fights; only a bare entry needs a side
_COMBAT_NOUN = re.compile(r"\b(?:fight\w*|battl\w*|clash\w*|combat)\b", _I)
_RELATIVE_SUBJECT = re.compile(r"\b(?:that|which|who)\s+$", _I)
_NO_LONGER = re.compile(r"\bno\s+longer\b", _I)
_UKRAINIAN_OWN_SUBJECT = re.compile(r"(?:^|[\s\"\u201c\u00ab])(?:наші|ми)(?:\s+[\u0400-\u04ff]+)?\s*$", _I)
# "were driven out of Kherson", "has been cleared of occupiers": the place follows the verb
_PLACE_AFTER_EVEN_IN_PASSIVE = frozenset({"push-out"})


def hits_of_match(rule: Rule, match: CasedMatch, view: SentenceView, boundaries: list[int]) -> list[Hit]:
    """The hits of one match of ``rule`` (none when the grammar links no place to it or its mood is not realis)."""
    text, skel = view.text, view.skeleton
    start, end = match.start(), match.end()
    clause_start = clause_start_at(boundaries, start)
    clause_end = clause_end_at(boundaries, end, len(text))
    if rule.name == "claim-place":
        # the claim verb's own content start is no boundary between it and its place object
        clause_end = clause_end_at([b for b in boundaries if not (start <= b <= end + 2 and b in view.starts)],
                                   end, len(text))
    left = text[clause_start:start]
    first_word = match.group(0).split()[0].lower()
    mood = mood_before(left, first_word)
    if not mood.realis and rule.name in ("capture-noun", "withdraw-noun") and EVENT_PRESUPPOSED.search(left):
        mood = mood_before("", first_word)    # "will try to exploit the seizure of X": the seizure happened
    if rule.name == "attack-noun" and _NOUN_IRREALIS.search(left):
        return []
    if rule.name in ("capture-noun", "withdraw-noun") and not nominal_allowed(view, left, start, clause_start):
        return []
    if rule.name == "adjectival-state" and not adjective_position(text, clause_start, start):
        return []
    if rule.predicate == "controls" and (about_history(text) or no_current_event(text, first_word, end, clause_start,
                                                                                 clause_end)):
        return []       # "liberated Kharkiv in August 1943": a state long past, not a claim about now
    if rule.name == "under-control" and match.group("of") and not ACTOR_MENTION.match(text, match.start("of")):
        return []       # "under the control of Rosatom specialists": not a military actor
    if rule.name == "withdraw" and first_word in LEAVE and (_be_before(left) or not names_a_force(
            left_actor(text, clause_start, start, _frame_floor(view, start)))):
        return []       # "residents left Bakhmut", "only 300 people are left": no side leaves
    if rule.name in ("cyrillic-withdraw", "cyrillic-fighting") and not quoted(text, start):
        return []       # a quoted post; a sentence written in Ukrainian is not attributed yet (see _attribution)
    if rule.name == "cyrillic-fighting" and _CYRILLIC_ENTRY.match(first_word) and cyrillic_subject(left) is None:
        return []       # "журналисты зашли в Торецк": an entry needs a force the rules can read
    cyrillic_actor = cyrillic_subject(left) if rule.name in _CYRILLIC_SUBJECT_RULES else None
    if rule.name in _CYRILLIC_SUBJECT_RULES and cyrillic_actor is None:
        return []       # "наши освободили", "росіяни захопили": a subject whose side the rules can read
    if not mood.realis or (rule.name not in ("attempt",) and _imperative(left, first_word)
                           # "Russia claims capture of X": a noun with its "of", no order
                           and not (rule.name == "capture-noun" and text.startswith(" of ", end))):
        return []
    # "continue to clear X", "X is being cleared block by block": a capture under way leaves it fought over
    partial_mood = _partial_chain(left[-40:]) or (rule.name in ("capture", "capture-noun") and
                                                  capture_under_way(left, first_word)) or (
        mood.negated and rule.predicate == "controls" and _FULL_CONTROL.search(text, start, end + 30) is not None)
    if partial_mood and rule.predicate == "encircled":
        return []
    groups = match.present_groups()
    if PLACE_MARK in groups.get("adj", ""):
        groups["adj"] = text[match.start("adj"):match.end("adj")]     # "under Kyiv's control"
    actor = actor_from_groups(groups, view.text[clause_start:start])
    places: list[PlaceRef] = []
    partial = False
    passive = False
    # "Russian troops surrounded in Kupiansk": a participle after a force, before a preposition, is a passive
    reduced_passive = rule.predicate == "encircled" and _FORCE_BEFORE.search(left[-40:]) is not None \
        and _PREPOSITION_AFTER.match(text, end - 3 if text[end - 3:end].lower() == " in" else end) is not None
    be_passive = rule.place == "either" and not first_word.endswith("ing") and (_be_before(left) or reduced_passive) \
        and rule.name not in _PLACE_AFTER_EVEN_IN_PASSIVE \
        and not (rule.name == "withdraw" and FROM_AFTER.match(text, end))     # "troops were withdrawn from X"
    if rule.place in ("object", "either") and not be_passive:
        places, partial = objects(rule, view, start + len(first_word) if rule.name == "cleared-of" and PLACE_MARK
                                  in skel[start:match.start("clearedof")] else end, clause_end)  # "cleared X of them"
    if not places and rule.place in ("subject", "either"):
        places, passive = subjects(rule, match, view, clause_start)
        insertion = None if places else RELATIVE_BEFORE.search(text, 0, start)
        if insertion is not None:
            # "Krasnogorovka, which the enemy had fortified, has been liberated": skip the relative clause
            places, passive = subjects(rule, match, view, clause_start_at(boundaries, insertion.start()))
        if places and rule.place == "either" and not passive:
            places = []
        if not places and (be_passive or rule.place == "subject") and _COORDINATED.match(left):
            places, passive = _previous_subject(view, boundaries, clause_start), True
        if not places and rule.place == "either" and (shared := coordinated_passive_subject(view, clause_start, start)):
            places, passive = [shared], True
    absolute = relative = reported = None
    relative_actor = False      # the actor is a relative clause's antecedent: an earlier state, maybe
    if not places and rule.predicate == "controls" and rule.place != "none":
        # "With Sievierodonetsk lost, ...", "since Kherson, which it lost in November"
        absolute = absolute_place(view, clause_start, start, end) if "ith " in left else None
        relative = None if absolute is not None else relative_antecedent(view, clause_start, left, rule.where_relative)
        # a reporting relative clause is its speaker's own claim, not the antecedent's earlier state
        reported = None if absolute or relative else reported_relative_antecedent(view, clause_start, left)
        if absolute is not None or relative is not None or reported is not None:
            places, passive = [absolute or relative or reported], absolute is not None or _be_before(left)
            if relative is not None:
                places = relative_antecedents(view, relative, text[clause_start:end])
    if not places and be_passive and rule.predicate == "encircled":
        places, partial = objects(rule, view, end, clause_end)
        if places:
            patient = left_actor(text, clause_start, start)
            return [Hit("encircled", rule.name, start, end, p, "side", patient, "opposite_speaker",
                        mood.negated, mood.hedge) for p in places]
    if not places and rule.predicate == "encircled":
        # "Ukrainian units in Sudzha are in a cauldron": the place sits inside the subject
        inside = FORCE_IN_PLACE.search(skel, clause_start, start)
        ref = ref_at(view.refs, inside.start("first")) if inside else None
        if ref is not None and not _partial_chain(left[-40:]):
            patient = left_actor(text, clause_start, inside.start("first"))
            return [Hit("encircled", rule.name, start, end, ref, "side", patient, "opposite_speaker",
                        mood.negated, mood.hedge)]
    if not places and rule.place in ("object", "either") and view.topic is not None \
            and rest_is_short(skel, end, clause_end) and not CIVIL_OBJECT.search(text, end, clause_end):
        places, passive = [view.topic], rule.place == "either"
        partial = partial or bool(_PARTIAL_WORDS.search(text[end:clause_end]))
    if not places and (rule.predicate == "attacked" or rule.name == "repel"):
        places = fronted_places(view, clause_start, start)
    if not places and rule.name in ("capture-noun", "withdraw-noun"):
        places = possessor_place(view, start)
    if not places and rule.name == "capture-noun" and _ITS_BEFORE.search(left):
        # "A year after its liberation, Avdiivka has ...": the pronoun's place is the main clause's subject
        subject = _FRONTED_SUBJECT.match(skel, end)
        ref = ref_at(view.refs, subject.start("first")) if subject else None
        places = [ref] if ref is not None else []
    if not places and rule.name == "withdraw":
        # "units stationed in Izyum have been withdrawn": the place the leaving troops held
        places = [ref] if (ref := stationed_place(view, clause_start, start, end)) is not None else []
        passive = passive or (bool(places) and _be_before(left))
    if rule.place == "none":
        # "lost 40 tanks as they tried to advance on Avdiivka": the place may sit in the next clause
        following_end = clause_end_at(boundaries, clause_end + 1, len(text)) if clause_end < len(text) else clause_end
        # "saboteurs who tried to land near Krynki were destroyed": the place may sit inside the match
        fate = match.start("passive") if rule.name == "destroyed-passive" else start
        places = (loss_place(view, end, clause_end) or nearest_before(view, fate)
                  or loss_place(view, end, following_end))
    elif not places:
        return []
    places = [q for p in places for q in expand_plural(p)] if any(p.also for p in places) else places
    if rule.name in UNDOABLE and undone_later(text, left, after_places(places, end), clause_end, len(text)):
        return []       # "briefly took X before being forced to withdraw": the gain was undone
    if rule.predicate == "controls":
        # "regained the heights around Berkhivka": a feature near the place, not the place
        # "captured the Dnipro": no side holds a river (a repelled crossing still attacks it, see _derived_hits)
        places = [control_scope(p) for p in places if not NEAR_FEATURE.search(text, max(end, p.start - 60), p.start)
                  and (rule.name == "repel" or not p.is_waterway())]
        if not places:
            return []
    if rule.predicate != "losses":
        places = [p for p in places if (rule.predicate in _ATTACK_PREDICATES and p.place is not None
                                        and p.kind in ("oblast", "region")) or
                  (p.allowed_for_control() and (rule.oblast_ok or p.kind != "oblast"))]
        if not places:
            return []
    if rule.name == "adjectival-state" and match.group(0).lower().endswith("occupied") \
            and not match.group(0).lower().endswith("de-occupied"):
        actor = "occupiers"       # "occupied Melitopol" is held by Russia, whoever writes it
    if actor is None and rule.name == "push-out":
        actor = left_actor(text, clause_start, start)      # "occupiers pushed out": the ones pushed
    if actor is None:
        if passive or rule.place == "subject":
            actor = agent(text, after_places(places, end), clause_end)
            if actor is None and first_word.startswith("occup"):
                actor = "occupiers"
        else:
            actor = left_actor(text, clause_start, start, _frame_floor(view, start))
            if actor is None:
                actor = actor_before_insertion(text, _frame_floor(view, start), start)
            if actor is None and _AFTER_GERUND.search(left):
                actor = actor_after_clause(text, after_places(places, end))
            if actor is None and _RELATIVE_OPENER.match(left):
                # "Ukrainian forces, which last month reclaimed X, ...": the relative's antecedent acts
                antecedent = last_actor(text, _frame_floor(view, start), clause_start)
                if antecedent is not None and names_a_side(antecedent[0]) and \
                        text[antecedent[1] + len(antecedent[0]):clause_start].strip() == ",":
                    actor, relative_actor = antecedent[0], True
    if rule.name == "capture-noun" and " by " in text[end:clause_end]:
        # "its liberation by Wagner assault detachments", "the capture of Avdiivka by Russian troops":
        # the agent after "by" is the taker, whoever is named before the noun
        actor = agent(text, after_places(places, end), clause_end) or agent(text, end, clause_end) or actor
    if actor is None and absolute is not None:
        actor = sided_subject(text, end, clause_end_at(boundaries, end + 2, len(text)))
    if relative is not None and actor is not None and BARE_ACTOR.match(actor.strip()):
        # "Russia has failed to take ... since Kherson, which it lost": the pronoun is the sentence's subject
        subject = first_actor(text, _frame_floor(view, start), relative.start)
        actor = subject[0] if subject is not None and fixed_side(subject[0]) is not None else None
    if rule.predicate == "attacked":
        actor = participle_subject(text, _frame_floor(view, start), start, first_word) or actor
    if actor is None and rule.predicate == "attacked":
        actor = actor_before_insertion(text, _frame_floor(view, start), start)
    if rule.predicate == "attacked" and (actor is None or not names_a_force(actor)):
        # "Two Russian ballistic missiles struck X": the weapon named is no side, its adjective is
        actor = adjective_actor(text, clause_start, start) or actor
    before = text[_frame_floor(view, start):start] if actor is None and rule.predicate == "attacked" else ""
    if (relative_subject := _RELATIVE_SUBJECT.search(before)) is not None:
        # "a column of Russian armour that tried to break into X": the relative's antecedent attacks
        antecedent = " ".join(before[:relative_subject.start()].split()[-5:])
        actor = actor_from_groups({"mods": antecedent}, "") if antecedent else None
    if rule.predicate == "attacked" and actor is not None and fixed_side(actor) is None \
            and BARE_ACTOR.match(actor.strip()):
        # "Russian forces lost 40 tanks as they tried to advance on X", "Russia has lost 16,000
        # soldiers in attacks on X": a pronoun or bare noun takes the sentence's sided subject
        subject = first_actor(text, _frame_floor(view, start), start)
        if subject is not None and fixed_side(subject[0]) is not None:
            actor = subject[0]
    if rule.name == "fighting" and first_word.startswith(("clash", "hostilit", "combat")) \
            and CIVIL_CONTEXT.search(text) and not MILITARY_CONTEXT.search(text):
        return []       # "clashes between police and protesters in Kyiv"
    if rule.name == "fighting" and partial and (actor is None or not names_a_side(actor)) \
            and feature_object(view, end) and not _COMBAT_NOUN.search(match.group(0) or ""):
        return []       # "the ambassador entered the building in Kyiv": no side, no fighting
    if rule.name == "fighting" and " had " in text[start:after_places(places, end) + 12] \
            and PAST_PERFECT_COMBAT.search(text, start, after_places(places, end) + 40):
        return []       # "Fighting for the town had lasted four months": a closed episode, not the state now
    if rule.name == "fighting" and _AFTER_GERUND.search(left):
        return []       # "seized Toretsk after fighting for the town since June": past, not the state now
    if rule.name == "fighting" and first_word.startswith(("fight", "battl")) and _LOSSES_IN.search(left):
        return []
    if rule.name == "fighting" and _ENTRY.match(first_word) and not _ENTRY_FORCE.search(left) \
            and not names_a_force(actor):
        return []       # "the delegation entered Kyiv", "journalists entered Mariupol": no force, no fighting
    if rule.name == "fighting" and _MOVEMENT.match(first_word) and first_word != "forces" \
            and (actor is None or not names_a_side(actor)):   # "forces are inside X" names its force
        return []       # "refugees moved into Lviv", "investors pushed into bonds": no side, no fighting
    if rule.name == "push-out" and first_word.startswith("clear") and (
            partial or not names_a_force((groups.get("pushed") or "").strip())):
        # "workers cleared debris from the streets of X": no force was driven out; "cleared Russian troops
        # from the plant in X / the outskirts of X": a sweep of a part the clearing side holds
        return []
    if rule.predicate == "losses" and actor is None and rule.name not in ("killed-n", "destroyed-unit"):
        return []
    if rule.name == "loss-noun" and (actor is None or _CIVILIAN.search(groups.get("lossmods", ""))):
        return []
    actor = cyrillic_actor or actor       # "ВСУ оставили Угледар": the side the Cyrillic subject names
    value_rule = _VALUE_RULES[rule.value]
    # partial per place: "holds Crimea and most of the Luhansk region" holds one, contests the other
    partial_places: set[int] = set()
    if rule.predicate == "controls" and rule.name != "flag":
        if partial or partial_mood:
            value_rule = "contested"
        # "hold the city centre": a noun's part is partial too, a pronoun's ("its centre") never reads so
        partial_places = {p.start for p in places if p.partial or is_partial_ref(view, p)
                          or part_of_before(text, p.start, rule.name)} if reported is None else set()  # reporter's: all
    if rule.name == "despite-attacks" and "mods" not in groups:
        return []       # "despite relentless assaults": an attack needs a named side
    if rule.name in ("stative-ours", "cyrillic-ours", "cyrillic-abandoned") and groups.get("partown"):
        value_rule = "contested"   # "Severodonetsk is 80 percent ours": a part is held
    if rule.name in ("killed-n", "destroyed-unit") and "victim" not in groups:
        value_rule = "other"       # the killer's opponents suffered the losses
        # "X struck Ukrainian units near Y, killing 85": the killer is the clause's subject,
        # not the nearest force named before the verb
        subject = first_actor(text, _frame_floor(view, start), start)
        if subject is not None and names_a_force(subject[0]):
            actor = subject[0]
    fallback = rule.passive_fallback
    if not passive and rule.name in ("hold", "withdraw"):
        fallback = None
    if rule.name in ("cyrillic-active", "cyrillic-withdraw") and _UKRAINIAN_OWN_SUBJECT.search(left):
        fallback = "Ukraine"    # "наші підрозділи вийшли": "our" in Ukrainian is the Ukrainian side, whoever quotes it
    # "Robotyne is free": freed, so its liberator's, like "liberated"
    if fallback == "speaker" and (first_word.startswith("liberat") or (groups.get("ours") or "").lower() == "free"):
        fallback = "liberator"
    if first_word.startswith(("fall", "fell")) and not groups.get("fellto") and not groups.get("fellinto"):
        # "Avdiivka has fallen", "the fall of Avdiivka": in this war's reporting a town that
        # "falls" without a named captor falls to the attacking side, unless called a blow to Moscow
        fallback = fall_taker(text)
    # "not fully lost" is partial control, not a negated loss
    negated = (mood.negated and not (partial_mood and rule.predicate == "controls")) or "cyrneg" in groups
    if negated and rule.name == "hold" and partial and _NO_LONGER.search(left[-40:]):
        negated = False     # "no longer holds the centre of Toretsk": lost a part, so the place is contested
    # "Russian-held Tokmak", "occupied Melitopol": the outlet's own presupposition, unless quoted
    # inside a speaker's reported words the presupposition is the speaker's, not the outlet's
    outlet_voice = rule.name in PRESUPPOSED and not quoted(text, start) and _frame_floor(view, start) == 0
    hits = [Hit(rule.predicate, rule.name, start, end, place, "contested" if place is not None and
                place.start in partial_places else value_rule, actor, fallback,
                negated, mood.hedge, outlet_voice,
                relative is not None or relative_actor or (partial and feature_object(view, end)))
            for place in (places or [None])]
    return derived_hits(rule, match, view, hits, places, actor, mood, left, clause_start)


_RELATIVE_OPENER = re.compile(r"^(?:which|who)\s+(?:[\w-]+\s+){0,3}$", _I)
_CYRILLIC_ENTRY = re.compile(r"(?:зайш|заш|заход|вош|увійш|ворвал|увірвал|проник|закріпил|закрепил)", _I)
_FORCE_BEFORE = re.compile(r"\b(?:troops|units|forces|soldiers|formations|groups?|garrison|grouping|servicemen|fighters|"
                           r"marines|paratroopers)\s+$", _I)
_PREPOSITION_AFTER = re.compile(r"\s+(?:in|near|at|inside|around|on|outside)\b", _I)
_ENTRY = re.compile(r"(?:re-?)?enter", _I)
_ENTRY_FORCE = re.compile(r"\b(?:troops?|forces?|units?|army|soldiers|servicem[ae]n|fighters|brigades?|battalions?|"
                          r"regiments?|enemy|russians?|ukrainians?|occupiers|invaders|wagner|marines|paratroopers|"
                          r"stormtroopers|assault|infantry|groups?|our|we|they)\b", _I)
_MOVEMENT = re.compile(r"advanc|push|mov|infiltrat|penetrat|forc|fought|mad|mak|pour|swarm|roll|gain", _I)
_PARTIAL_WORDS = re.compile(r"\b(?:edge|outskirts|part|parts|quarter|centre|center|district|half|most)\b", _I)


def _frame_floor(view: SentenceView, start: int) -> int:
    """Where the reported clause holding ``start`` begins (its frame's content start, or 0)."""
    return max([s for s in view.starts if s <= start] + [0])


_BASE_FORMS = frozenset({"take", "capture", "seize", "liberate", "hold", "control", "encircle", "surround",
                         "attack", "storm", "shell", "strike", "recapture", "retake", "withdraw", "retreat"})


_LEADING_PLACE = re.compile(r"\s*(?:the\s+)?(?:(?:village|town|city|settlement)\s+(?:of\s+)?)?(?P<first>" + _P + ")",
                            re.IGNORECASE)


def _previous_subject(view: SentenceView, boundaries: list[int], clause_start: int) -> list[PlaceRef]:
    """"X was under attack but remained in Ukrainian hands": the subject of the clause before."""
    previous_start = clause_start_at(boundaries, clause_start - 1) if clause_start > 0 else 0
    found = _LEADING_PLACE.match(view.skeleton, previous_start)
    if found is None or previous_start == clause_start:
        return []
    ref = ref_at(view.refs, found.start("first"))
    return [ref] if ref is not None else []


def _imperative(left: str, verb: str) -> bool:
    """"Take Velyka Novosilka by New Year": a base-form verb opening its clause is an order."""
    return verb in _BASE_FORMS and not _LETTER.search(left.replace("that", ""))


def _be_before(left: str) -> bool:
    words = _WORD.findall(left[-60:].lower())
    while words and (words[-1].endswith("ly") or words[-1] in ("now", "already", "also", "reportedly",
                                                                 "still", "again", "not", "never", "yet")):
        words.pop()
    return bool(words) and words[-1] in ("is", "are", "was", "were", "be", "been", "being", "remains",
                                         "remain", "remained")
