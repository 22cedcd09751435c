"""The predicate rules for attacks and losses: which verb phrases make an attacked or losses claim.

Same Rule records as _rules.py (which merges them into RULES and orders them). ``attacked``
rules read the attacker's side (``actor``) or, for "under fire", the speaker's opponent;
``losses`` rules read whose men or machines were lost (``victim``), from a side word in the
match or the clause's subject.
"""

from __future__ import annotations

from ._rule_parts import (MODS as _MODS, NUMBER as _NUMBER, NUMBER_WORDS as _NUMBER_WORDS, PERSONNEL as _PERSONNEL,
                          Rule, rule as _rule)

DAMAGE_RULES: tuple[Rule, ...] = (
    # --- attacked ------------------------------------------------------------------
    _rule("under-fire",
          r"under\s+" + _MODS + r"(?:fire|attacks?|shelling|bombardment|strikes?|assault|bombing)",
          "attacked", "actor", "subject", passive_fallback="opposite_speaker"),
    # "X under pressure" without a side: unlike fire, pressure is claimed as often by the side
    # applying it ("Krasnogorovka under pressure", a DPR leader's headline) as by the side under it
    _rule("under-pressure",
          r"under\s+" + _MODS + r"pressure",
          "attacked", "actor", "subject"),
    _rule("advance",
          r"(?:advanc(?:ed|es|ing|e)|push(?:ed|es|ing)?|press(?:ed|es|ing)?|mov(?:ed|es|ing)|inch(?:ed|es|ing)|"
          # "small Russian groups managed to infiltrate near Kucheriv Yar": a probe is an attack
          r"infiltrat(?:ed|es|e|ing)|clos(?:e|es|ed|ing)\s+in|(?:re)?gain(?:ed|s|ing)?\s+ground|grind(?:s|ing)?|"
          r"edg(?:ed|es|ing|e)|creep(?:s|ing)?|crept|"
          r"ma(?:de|king|kes)\s+(?:\w+\s+)?(?:progress|gains|advances))\s+(?:(?:further|forward|closer|"
          r"deeper|slowly|steadily|rapidly|west(?:ward)?|east(?:ward)?|north(?:ward)?|south(?:ward)?)\s+)*"
          # "advanced up to 1,250 metres near Bakhmut", "pushed ten kilometres towards the town"
          r"(?:(?:up\s+to|about|around|some|nearly|almost|more\s+than|over|another|a\s+further)\s+)?"
          r"(?:(?:\d[\d,.]*|a\s+few|several|" + _NUMBER_WORDS[3:-1] + r")\s*(?:metres|meters|m|km|kilometres|"
          r"kilometers|miles)\s+)?(?:(?:further|forward|closer|deeper)\s+)?"
          r"(?:towards?|on|near|around|closer\s+to|into\s+the\s+outskirts\s+of|in\s+the\s+direction\s+of|"
          # "pushed several kilometres into Russia's Kursk region": an incursion into a region attacks it
          r"into(?=\s+(?:(?:russia|ukraine)['\u2019]s\s+(?:the\s+)?\u00a7|(?:the\s+)?\u00a7+\s+(?:border\s+)?(?:region|oblast|province)))|"
          # "advanced to the outskirts of Pokrovsk": up to the place, not into it
          r"(?:up\s+)?to\s+the\s+(?:[\w-]+\s+)?(?:outskirts|approaches|edges?)\s+of)|"
          r"reach(?:ed|es|ing)\s+the\s+(?:[\w-]+\s+)?(?:outskirts|approaches)\s+of|"
          r"push(?:ed|es|ing)\s+(?P<pushedback>(?:[\w'\u2019-]+\s+){1,3}?)back|"
          r"breach(?:ed|es|ing)?|broke\s+through|broken\s+through|break(?:s|ing)?\s+through|counter-?attack(?:ed|s|ing)|"
          r"wedg(?:ed|es|ing)\s+(?:themselves\s+)?into|cross(?:ed|es|ing)\s+(?:the\s+border\s+)?into|"
          # the Russian ministry's "took more favourable lines and positions near X" ("took up" is a retreat's)
          r"(?:took|taken|occupied)\s+more\s+(?:favou?rable|advantageous)\s+(?:lines|positions|frontiers)(?:\s+and\s+"
          r"(?:lines|positions))?\s+(?:near|around|outside|in\s+the\s+(?:area|vicinity)\s+of)",
          "attacked", "actor", "object", object_gap="broad"),
    _rule("attack-verb",
          r"shell(?:ed|s|ing)?|struck|strik(?:es|e|ing)|attack(?:ed|s|ing)?|bomb(?:ed|s|ing)?|"
          r"pound(?:ed|s|ing)?|hit(?:s|ting)?|target(?:ed|s|ing)|storm(?:ed|s|ing)|blew\s+up|blown\s+up|"
          # "Russian troops storm Chasiv Yar" (a headline's present): after "to", "rather than" it is no event
          r"(?:(?<=troops\s)|(?<=forces\s)|(?<=russians\s)|(?<=ukrainians\s)|(?<=units\s)|(?<=occupiers\s)|"
          r"(?<=invaders\s)|(?<=soldiers\s))storm|"
          r"bombard(?:ed|s|ing)|assault(?:ed|s|ing)|opened\s+fire\s+(?:on|at)|"
          r"launched\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|assaults?|offensives?)(?=\s+(?:on|against|towards?|"
          r"near|across|in|at)\b)|(?:slamm(?:ed|ing)|crash(?:ed|ing)|rain(?:ed|ing)\s+down)\s+(?:into|on)",
          "attacked", "actor", "either", object_gap="broad"),
    # "Kupiansk remains under Ukrainian control despite repeated Russian assaults": the assaults are
    # on the place the clause is about
    _rule("despite-attacks",
          r"despite\s+(?:(?:months|weeks|days|years)\s+of\s+)?(?:(?:repeated|relentless|constant|heavy|fierce|continued|"
          r"continuous|intense|daily|incessant|persistent|numerous|renewed|massive|heavy)\s+)*"
          r"(?P<mods>(?:russian|ukrainian|enemy)\s+)?(?:attacks|assaults|shelling|bombardment|offensives?|storming)"
          r"(?!\s+(?:on|against|near|towards?|in|at|by|from)\b)",
          "attacked", "actor", "none"),
    _rule("attack-noun",
          r"(?:shelling|strikes?|attacks?|assaults?|bombardment|bombing|barrages?|"
          r"(?:offensive|assault)(?:\s+(?:actions?|operations?))?|counter-?attacks?|counteroffensive|storming)\s+"
          r"(?:on|of|against|near|towards?|in\s+the\s+(?:areas?|vicinity)\s+of)|"
          # "Ukraine admits Russian breakthrough at Ocheretyne"
          r"break-?throughs?\s+(?:at|near|in|towards?|around)",
          "attacked", "actor", "object", object_gap="broad"),
    # --- losses --------------------------------------------------------------------
    _rule("suffer-losses",
          r"(?:suffer(?:ed|s|ing)?|sustain(?:ed|s|ing)?|incur(?:red|s|ring)?|tak(?:es|ing|en|e)|took|"
          r"endur(?:ed|es|ing)|bear(?:s|ing)?|bore)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:losses|casualties)",
          "losses", "victim", "none"),
    _rule("inflict-losses",
          r"inflict(?:ed|s|ing)?\s+(?:[\w'\u2019-]+\s+){0,2}?(?:losses|casualties|damage)\s+on\s+"
          r"(?P<victim>(?:[\w'\u2019-]+\s+){0,4}?(?:brigades?|units?|forces|troops|battalions?|enemy|"
          r"groups?|formations?|regiments?|occupiers|invaders|aggressors?|russians|ukrainians))",
          "losses", "victim", "none"),
    _rule("lost-n",
          r"los(?:t|es|ing|e)\s+" + _NUMBER + r"(?:(?:its|their|our|his)\s+)?(?:[\w-]+\s+)?"
          r"(?:" + _PERSONNEL[3:-1] + r"|tanks|vehicles|armou?red\s+vehicles|aircraft|helicopters|"
          r"people)",
          "losses", "victim", "none"),
    _rule("killed-n",
          r"(?:killed|eliminated|destroyed|wiped\s+out|neutrali[sz]ed|liquidated|killing|eliminating)\s+"
          + _NUMBER + r"(?P<victim>(?:[\w'\u2019-]+\s+){0,2}?)" + _PERSONNEL,
          "losses", "victim", "none"),
    _rule("destroyed-unit",
          r"(?:destroy(?:ed|s|ing)|captur(?:ed|es|ing)|wip(?:ed|es|ing)\s+out|shot\s+down|downed|"
          r"eliminat(?:ed|es|ing))\s+(?:an?\s+|the\s+|" + _NUMBER + r")?"
          r"(?:(?:intact|abandoned|damaged|serviceable|working|modern|brand-new|new|another)\s+)?"
          r"(?:(?P<victim>Russian|Ukrainian|enemy|Ukraine's|Russia's)\s+|(?=(?:[\w-]+\s+){0,2}?(?:tanks|"
          r"armou?red\s+vehicles|infantry\s+fighting\s+vehicles|howitzers|bombers|warplanes|helicopters)\b))(?:[\w-]+\s+){0,2}?"
          r"(?:group|unit|detachment|company|platoon|squad|column|convoy|tanks?|helicopters?|jets?|bombers?|warplanes?|"
          r"aircraft|vehicles?|howitzers?|artillery|BMP[-\w]*|BTR[-\w]*|T-\d+\w*|drones?|positions?|"
          r"depot|battalion|brigade|equipment|systems?)(?!\s+(?:operators?|pilots?|crews?|commanders?|teams?|"
          r"specialists?|units?|men|soldiers|servicem[ae]n))",
          "losses", "victim", "none"),
    # "a Russian armoured column was largely destroyed near Pavlivka"
    _rule("destroyed-passive",
          r"(?P<victim>Russian|Ukrainian|enemy|Russia's|Ukraine's)\s+(?:[\w-]+\s+){0,3}?(?:column|convoy|tanks|"
          r"vehicles|company|battalion|units?|groups?|brigade|equipment|detachments?|saboteurs|infantry|paratroopers|"
          # "Ukrainian formations that had tried to dig in on the outskirts of X were eliminated": a relative
          # clause, which may name the place, sits between the unit and its fate
          r"marines|formations?|landing\s+part(?:y|ies))(?:\s+[^,.;:]{0,90}?)?\s+(?P<passive>(?:was|were|has\s+been|"
          r"have\s+been|had\s+been|are\s+being|is\s+being|were\s+being)\s+(?:\w+ly\s+)?(?:destroyed|wiped\s+out|"
          r"eliminated|annihilated))",
          "losses", "victim", "none"),
    # "some 200 Russian soldiers were killed or wounded near Avdiivka": counted personnel of a side
    _rule("killed-passive",
          _NUMBER + r"(?P<victim>Russian|Ukrainian|enemy)\s+(?:[\w-]+\s+)?" + _PERSONNEL + r"\s+"
          r"(?:were|have\s+been|had\s+been)\s+(?:(?:reportedly|also|either)\s+)?(?:killed|wounded|injured)"
          r"(?:\s+(?:or|and)\s+(?:killed|wounded|injured|captured|missing))?",
          "losses", "victim", "none"),
    _rule("loss-noun",
          r"(?P<lossmods>(?:[\w'\u2019-]+\s+){1,2})(?:losses|casualties)",
          "losses", "victim", "none"),
)
