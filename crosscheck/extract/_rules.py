"""The predicate rules: which verb phrases make a controls/encircled/attacked/losses claim.

Each rule names a trigger pattern, the predicate it yields, how the value follows
from the actor (``actor``: the actor's side; ``flip``: the other side, as in a
withdrawal; ``contested``; ``encircler``: the side *inside* the ring is the other
one; ``victim``: who suffers the losses) and where the place sits: after the verb
(``object``), before it (``subject``), or either, decided by the text. The control and
encirclement rules live here; the Cyrillic ones in _cyrillic_rules, the attack and loss
ones in _damage_rules.
"""

from __future__ import annotations

from ._rule_parts import NUMBER_WORDS as _NUMBER_WORDS, PARTIAL_GAP as _PARTIAL_GAP, Rule, rule as _rule
from ._cyrillic_rules import CYRILLIC_RULES
from ._damage_rules import DAMAGE_RULES

# hedges that sit inside a "fighting continues" chain ("fighting likely continues in X")
_CHAIN_HEDGES = r"likely|reportedly|probably|apparently|possibly"

__all__ = ["RULES", "Rule"]

RULES: tuple[Rule, ...] = (
    # --- controls ------------------------------------------------------------------
    _rule("capture",
          r"(?:re)?captur(?:ed|es|ing)|(?:re)?capture(?!\s+of\b)|(?:re)?seiz(?:ed|es|e|ing)|"
          r"liberat(?:ed|es|e|ing)|freed|overr(?:an|un|unning)|(?<!-)(?:re)?occup(?:ied|ies|y|ying)|"
          r"(?:re)?took|retaken|taken|(?:re)?tak(?:es|e|ing)|regain(?:ed|s|ing)?|reclaim(?:ed|s|ing)?|"
          r"won\s+back|win(?:s|ning)?\s+back|secur(?:ed|es|ing)|clear(?:ed|s|ing)(?!\s+(?:§+\s+)?of\b)|"
          r"conquer(?:ed|s|ing)?|mopp(?:ed|ing)\s+up",
          "controls", "actor", "either", passive_fallback="speaker"),
    _rule("capture-noun",
          r"(?:re)?capture|liberation|seizure|takeover|fall|occupation",
          "controls", "actor", "object", passive_fallback="speaker"),
    _rule("withdraw-noun",
          r"(?:withdrawal|retreat|pull-?out|pullback)\s+(?:of\s+(?:[\w'\u2019-]+\s+){1,3}?)?(?:from|out\s+of)|"
          r"(?:loss)\s+of(?=\s+(?:the\s+)?(?:[\w-]+\s+)?(?:town\s+of\s+|city\s+of\s+|village\s+of\s+)?§)",
          # "Russia announced the withdrawal from Kherson": with no one named, the announcer withdrew
          "controls", "flip", "object", passive_fallback="speaker"),
    # "Russia says Kherson pullout complete", "the Kherson withdrawal is over": the place names the withdrawal
    _rule("withdraw-done",
          r"(?<=\u00a7\s)(?:withdrawal|retreat|pull-?out|pullback)(?=\s+(?:(?:is|was|has\s+been|now)\s+)*(?:fully\s+)?"
          r"(?:complete|completed|finished|over|done|ended)(?![\w-]))",
          "controls", "flip", "subject", passive_fallback="speaker"),
    # "occupied Melitopol", "in liberated Kherson": a presupposed state, not an event
    _rule("adjectival-state",
          r"(?:(?:newly|recently|temporarily|now|already)[-\s]+)?(?:occupied|liberated|de-?occupied)",
          "controls", "actor", "object", passive_fallback="liberator", oblast_ok=False),
    _rule("adjectival-control",
          r"(?P<adjside>Russian|Ukrainian|Kremlin|Moscow|Kyiv|Russia|Ukraine)-(?:held|controlled|occupied)",
          "controls", "actor", "object"),
    # "brought Svetlodarsk, a town on the reservoir, under full control": the place sits inside
    _rule("brought-under",
          r"br(?:ought|ings?|inging)(?=\s+(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?§+"
          r"(?:\s*,[^,;]{0,90},)?\s+under\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+|firm\s+)?"
          r"(?:(?:its|their|our)\s+)?control)",
          "controls", "actor", "object"),
    _rule("control-noun",
          r"(?:gain(?:ed|s|ing)?|establish(?:ed|es|ing)?|assum(?:ed|es|ing)|restor(?:ed|es|ing)|"
          r"re-?establish(?:ed|es|ing)?|retain(?:ed|s|ing)?|maintain(?:ed|s|ing)?|kept|keep(?:s|ing)?|"
          r"exercis(?:ed|es|ing)|tighten(?:ed|s|ing)?|consolidat(?:ed|es|ing)|establishment\s+of|"
          r"(?:is|are|was|were|remains?|remained|now|firmly|fully)\s+in)\s+"
          r"(?:full\s+|complete\s+|total\s+|effective\s+|firm\s+)?control\s+(?:of|over)",
          "controls", "actor", "object"),
    _rule("hold",
          r"h[eo]ld(?:s|ing)?(?:\s+on(?:to|\s+to)?|\s+out(?=\s+in\b))?|(?<!-)control(?:s|led|ling)?|maintain(?:s|ed|ing)?(?=\s+positions)|"
          # "defended Kyiv in 2022" is history; "have defended Bakhmut for months" still holds
          r"defend(?:s|ing)?|(?<=has\s)defended|(?<=have\s)defended|keep(?:s|ing)?|kept|retain(?:s|ed|ing)?",
          "controls", "actor", "either", passive_fallback="speaker", object_gap="hold"),
    _rule("stative-ours",
          r"(?:is|are|remains?|remained|was|were|now)\s+(?:(?:now|again|still|once\s+again|back|fully|completely|"
          r"entirely|totally|firmly|finally|already)\s+)*"
          r"(?P<partown>(?:\d+\s*(?:percent|per\s+cent|%)|half|mostly|largely|partly|(?:almost|nearly|practically|"
          r"virtually)(?:\s+(?:completely|entirely|fully|all))?)\s+)?"
          r"(?P<ours>ours|theirs|free(?!\s+(?:of|from|to|for|and|trade|speech|press)\b)|ukrainian|russian)(?![\w-])(?:\s+(?:again|once\s+more|once\s+again|now))?",
          "controls", "actor", "subject", passive_fallback="speaker"),
    # "the occupiers have surrounded Avdiivka but the city holds", "Kupiansk is holding out": its defenders keep it
    _rule("place-holds",
          r"(?:still\s+)?(?:holds(?:\s+out)?|is\s+(?:still\s+)?holding(?:\s+out)?|stands|is\s+(?:still\s+)?standing)"
          r"(?=\s*(?:[,.;:!?\"\u201d\u00bb]|$|\s+(?:firm|strong|for\s+now|and|but)\b))",
          "controls", "actor", "subject", passive_fallback="speaker"),
    _rule("withdraw",
          # "pulled back to lines outside Sudzha": new lines beyond the place, so it was left
          r"(?:withdr\w*|pull\w*\s+back|retreat\w*)\s+to\s+(?:(?:new|prepared|defensive|fortified)\s+)*"
          r"(?:positions|lines)\s+(?:just\s+)?outside(?=\s+(?:the\s+(?:town|city|village)\s+of\s+)?\u00a7)|"
          r"withdr(?:ew|awn|aws|aw|awing)|pull(?:ed|s|ing)?\s+(?:(?:(?:its|their|our|his|the|all|remaining)\s+)?"
          # "Ukraine pulls troops from Avdiivka": with a unit noun, "pull ... from" is a withdrawal
          r"(?:[\w-]+\s+)?(?:troops|forces|units|soldiers|servicemen|fighters)\s+)?(?:back|out)|pull(?:ed|s|ing)?\s+(?:(?:its|their|our|his|the|all|remaining)\s+)?(?:[\w-]+\s+)?"
          r"(?:troops|forces|units|soldiers|servicemen|fighters)(?=\s+from\s)|quit(?:s|ting)?|retreat(?:ed|s|ing)?|"
          r"fled|abandon(?:ed|s|ing)?|los(?:t|es|e|ing)|ced(?:ed|es|ing)|g[eo]t(?:s|ting)?\s+out\s+of|"
          r"surrender(?:ed|s|ing)|gave\s+up|give(?:s|n)?\s+up|left(?!\s+(?:bank|flank|side|wing|hand|shore)\b)|leav(?:e|es|ing)|f[ae]ll(?:s|ing)?\s+back\s+from|"
          r"(?:reposition|relocat)(?:ed|es|s|ing)?\s+(?:\w+\s+){0,2}?from|"
          r"evacuat(?:ed|es|ing)\s+(?:(?:its|their|our|the|all|remaining)\s+)*(?:[\w-]+\s+)?"
          r"(?:troops|forces|units|soldiers|servicemen|garrison|personnel|defenders)\s+from|"
          r"(?:mov|withdr|pull|retreat|shift)\w*\s+(?:back\s+)?to\s+(?:more\s+)?(?:favou?rable|advantageous|"
          r"prepared|safer|better|new|other)\s+(?:defensive\s+)?(?:positions|lines)\s+(?:from|out\s+of)",
          "controls", "flip", "either", passive_fallback="speaker", object_gap="withdraw"),
    _rule("fighting",
          # "Fighting in and around Soledar was difficult": inside the place too
          r"(?:fighting|battles?|clashes|combat)\s+in\s+and\s+around(?=\s+(?:the\s+(?:town|city|village)\s+of\s+)?§)|"
          r"(?:street|urban|house-to-house|close-quarters|heavy|fierce|intense|ongoing|bloody|positional)\s+"
          r"(?:fighting|battles?|combat|clashes)(?:\s+(?:is|was|are|were|continues|continued|continue|raging|rages|rage|raged|"
          # ISW's "positional fighting likely continued near and in Bakhmut": the hedge stays a hedge
          r"ongoing|going\s+on|taking\s+place|under\s*way|still|" + _CHAIN_HEDGES + r"))*(?:\s+(?:near\s+and\s+)?(?:in|inside|within|for|"
          r"on(?=\s+the\s+(?:[\w-]+\s+)?(?:outskirts|edges?|streets)\s+of\s)))?|"
          r"fighting(?:\s+(?:is|was|has\s+been|had\s+been|continues|continued|continuing|continue|"
          r"goes\s+on|went\s+on|rages|raged|raging|ongoing|still|" + _CHAIN_HEDGES + r"))*\s+(?:inside|within|in\s+the\s+"
          r"(?:centre|center|streets)\s+of|(?:in|for|on)(?=\s+" + _PARTIAL_GAP + r"§))|"
          # "advanced in southern Marinka", "pushed into the outskirts of Robotyne": inside, not holding
          r"(?:advanc(?:ed|es|ing|e)|push(?:ed|es|ing)?|mov(?:ed|es|ing|e)|infiltrat(?:ed|es|ing)|"
          # "Russian troops pour into Selydove", "Ukrainian tanks roll into X" (a headline's present tense)
          r"pour(?:ed|s|ing)?|swarm(?:ed|s|ing)?|roll(?:ed|s|ing)?|edg(?:ed|es|ing|e)|inch(?:ed|es|ing)|creep(?:s|ing)?|crept|"
          r"penetrat(?:ed|es|ing)|(?:forc|fought|mad)(?:ed|e)?\s+(?:their|its|our)\s+way|"
          r"(?:made|making|make)\s+(?:\w+\s+)?(?:gains|advances|progress)|gain(?:ed|s|ing)?\s+ground)\s+"
          # "pushed along Tsentralna Street into central Toretsk": a route on the way in
          r"(?:(?:along|through|across|via|past)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,4}?)?(?:further\s+|deeper\s+)?"
          r"(?:in|into|inside|within)(?=\s+" + _PARTIAL_GAP + r"§)|"
          r"fighting(?=\s+§)|"
          # "Ukraine said fighting continued there": "there" is the place named before (a reference, see _places)
          r"(?:fighting|battles?|combat|clashes)(?:\s+(?:is|are|was|were|has\s+been|still|now))*\s+(?:continues?|continued|"
          r"continuing|go(?:es)?\s+on|going\s+on|went\s+on|rages?|raged|raging|persists?|persisted|ongoing)(?=\s+§+\s*(?:[.;!]|$))|"
          # "Ukrainian units were still carrying out operations there" ("there" is a place mark, see _places):
          # a force still at work inside the place (still or continuing: a finished operation is no state)
          # (the match opens on the verb: "units are still" before it is no passive)
          r"(?:(?<=still\s)|(?<=continue\sto\s)|(?<=continues\sto\s)|(?<=continued\sto\s))"
          r"(?:carry(?:ing)?\s+out|carried\s+out|conduct(?:ing)?)\s+(?:combat\s+|military\s+)?"
          r"operations(?:\s+(?:in|inside|within|on))?(?=\s+" + _PARTIAL_GAP + r"§)|"
          r"(?:(?<=still\s)operating|continu(?:e|es|ed|ing)\s+to\s+operate)\s+(?:in|inside|within|on)(?=\s+" + _PARTIAL_GAP + r"§)|"
          # "Ukrainian troops were still contesting nearby Sieverne": a side still fighting for the place
          r"(?:(?<=still\s)contest(?:ing|s)?|continu(?:e|es|ed|ing)\s+to\s+contest)(?=\s+(?:nearby\s+|the\s+)?"
          r"(?:(?:town|city|village|settlement)\s+of\s+)?§)|"
          # "still holding their positions in Krynky, where fighting continues": the relative's antecedent (see
          # _relatives) is fought in
          r"(?<=§,\swhere\s)(?:(?:heavy|fierce|intense|street)\s+)?(?:fighting|battles?|clashes|combat)\s+"
          r"(?:(?:is|are|was|were|still|now)\s+)*(?:continues?|continued|go(?:es)?\s+on|going\s+on|rages?|raging|ongoing|under\s*way)(?![\w-])|"
          r"(?:fighting|battles?|combat|clashes|hostilities)(?:\s+(?:is|are|was|were|has\s+been|have\s+been|"
          # the General Staff's "11 combat clashes took place in Toretsk itself"
          r"still|now|continues?|continued|continuing|rages?|raged|raging|ongoing|under\s*way|taking\s+place|"
          r"took\s+place|takes?\s+place|(?:has|have)\s+taken\s+place|occurred|"
          r"going\s+on|go(?:es)?\s+on|went\s+on|persists?|persisted|erupted|broke\s+out|intensified|" + _CHAIN_HEDGES + r"))+\s+"
          r"(?:near\s+and\s+)?(?:(?:in|inside|within|for)(?=\s+"
          + _PARTIAL_GAP + r"§)|on(?=\s+the\s+(?:[\w-]+\s+)?(?:outskirts|edges?|streets)\s+of\s+§))|"
          # "have advanced to the centre of Vovchansk": there, but not holding all of it
          r"(?:reach(?:ed|es|ing)|br(?:oke|oken|eaks?|eaking)\s+through\s+to|(?:advanc(?:ed|es|ing|e)|push(?:ed|es|ing)?)\s+"
          r"(?:in)?to)\s+(?:the\s+)?(?:centre|center|heart|middle|streets)\s+of|"
          # "have consolidated on the western outskirts of Marinka", "dug in on the edge of the town"
          r"(?:consolidat(?:ed|es|ing)|dug\s+in|dig(?:s|ging)?\s+in|entrench(?:ed|es|ing)(?:\s+(?:themselves|itself))?)\s+"
          r"(?:(?:their|its)\s+(?:positions\s+)?)?(?:on|in)(?=\s+the\s+(?:[\w-]+\s+)?(?:outskirts|edges?|part|districts?)\s+of\s)|"
          r"battl(?:ing|ed|es)\s+(?:to\s+(?:hold|keep|retain|defend|control)|for(?:\s+control\s+of)?)|"
          r"(?:fight(?:ing|s)?|struggl(?:ing|ed|es))\s+(?:to\s+(?:hold|keep|retain|defend)|for)|"
          # "our troops still fight in Chasiv Yar": fighting inside the place goes on
          r"(?<=\s)fight\s+(?:on\s+)?(?:in|inside|within)(?=\s+" + _PARTIAL_GAP + r"\u00a7)|"
          # "Russian troops were in Toretsk but fighting continued": a force inside while fighting goes on
          r"(?:troops|units|forces|soldiers|fighters|stormtroopers)\s+(?:are|were)\s+(?:(?:still|now|already|reportedly)\s+)*"
          r"(?:in|inside)(?=\s+(?:the\s+)?\u00a7+[^.;]{0,60}?\b(?:but|and|while|as|where)\s+(?:[\w-]+\s+){0,3}?"
          r"(?:fight|battl|clash|storm|mop))|"
          r"(?:re-?)?(?:entered|entering|enters|enter)(?!\s+(?:into|talks|negotiations|service|force))|"
          r"infiltrat(?:ed|es|ing)(?=\s+(?:the\s+)?(?:(?:\w+ern|central)\s+)?§)|"
          # "Russian forces break into Chasiv Yar's Kanal district": a headline's present tense
          r"br(?:oke|oken|eaks?|eaking)\s+(?:through\s+)?into|"
          # "kept a foothold in", "established several footholds on the left bank, including in Krynky"
          r"(?:gain(?:ed|s|ing)?|establish(?:ed|es|ing)?|secur(?:ed|es|ing)|kept|keep(?:s|ing)?|"
          r"maintain(?:ed|s|ing)?|retain(?:ed|s|ing)?|h[oe]ld(?:s|ing)?|ha(?:ve|s|d)|won|carv(?:ed|ing)|"
          # "marines still cling to a small foothold in Krynky" (but "marines who had clung to a foothold there
          # for months have been withdrawn" is over)
          r"(?<!had\s)cl(?:ing|ings|inging|ung)\s+(?:on\s+)?to)\s+"
          r"(?:(?:a|an|one|two|three|several|some|small|narrow|tiny|slim|shaky|tenuous|precarious|fragile|firm|new|"
          r"limited|their|its)\s+)*footholds?(?:\s+(?:in|inside|within|on|at)(?=\s+" + _PARTIAL_GAP + r"\u00a7)|"
          r"(?=\s+(?:on|in)\s+[^,;:]{1,60}?,?\s+including\s+(?:in\s+)?(?:the\s+(?:village|town|city|settlement)\s+of\s+)?\u00a7))|"
          # "both remain contested", "is still hotly contested", "remains fought over" (but "was fought over
          # for months" is a closed episode)
          r"(?:is|are|was|were|remains?|remained)\s+(?:(?:still|both|all|now|heavily|hotly|fiercely|bitterly)\s+)*"
          r"contested|(?:is|are|remains?)\s+(?:(?:still|both|all|now|heavily|hotly|fiercely|bitterly)\s+)*fought\s+over|"
          r"changed\s+hands|"
          r"(?:the\s+)?(?:fight|battle|struggle|fighting)\s+(?:is|was)\s+(?:now\s+|still\s+)?(?:for|over)|"
          # "X is effectively a grey zone now": the linking verb stays outside the match, so that it
          # marks the place before it as the subject
          r"(?:in\s+|(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bremain\s)|(?<=\bremains\s)|"
          r"(?<=\bremained\s)|(?<=\bbecame\s)|(?<=\bbecome\s))"
          r"(?:(?:now|effectively|essentially|practically|largely|still|already|in\s+effect|again|once\s+again|back)\s+)*(?:in\s+)?"
          r"(?:the|a|part\s+of\s+the)\s+gr[ae]y\s+zone|"
          # "infiltration groups are present in Pokrovsk": inside, not holding
          # "about 300 Russian soldiers are inside the city"
          r"(?:troops|units|groups|forces|soldiers|infantry|servicemen|fighters|saboteurs|marines|paratroopers)\s+"
          r"(?:are|were|remain|remained)\s+(?:(?:still|now|already|reportedly)\s+)*"
          r"(?:(?:present|operating)\s+(?:in|inside)|inside)(?=\s+(?:the\s+)?(?:(?:\w+ern|central)\s+)?(?:part\s+of\s+)?§)|"
          # "Russian troops are in the centre of Kherson": a force inside a part of the place
          r"(?:troops|units|groups|forces|soldiers|infantry|servicemen|fighters|marines|paratroopers)\s+(?:are|were|remain|"
          r"remained)\s+(?:(?:still|now|already|reportedly)\s+)*in(?=\s+the\s+(?:[\w-]+\s+)?(?:centre|center|heart|"
          r"streets|outskirts|suburbs|districts?)\s+of\s+(?:the\s+(?:town|city|village)\s+of\s+)?\u00a7)|"
          # "our assault groups are already in Dimitrov": a force just arrived inside the place, not holding it
          r"(?:troops|units|groups|forces|soldiers|infantry|fighters|marines|paratroopers|stormtroopers)\s+(?:are|were)\s+"
          r"already\s+in(?=\s+(?:the\s+(?:town|city|village)\s+of\s+)?\u00a7)|"
          # "Russian troops inside Pokrovsk, Ukrainian army admits": a headline without its verb
          r"(?<=russian\s)(?:troops|units|forces|soldiers|infantry)\s+inside(?=\s+§)|"
          # "penetrated the eastern outskirts of Vuhledar", "established positions inside Krynky"
          r"(?:penetrat|infiltrat|enter)(?:ed|es|ing)\s+(?:the\s+)?(?:(?:\w+ern|central)\s+)?"
          r"(?:outskirts|suburbs|edges?|part|districts?|centre|center)\s+of|"
          # the General Staff's "restored positions in the western part of Toretsk"
          # "had taken up positions in the town's northern districts": in a part only ("taking up positions in
          # the city" is also how a side that took it settles in)
          r"t(?:ook|aken|akes?|aking)\s+up\s+(?:[\w-]+\s+)?positions\s+(?:inside|within|in)(?=\s+(?:the\s+)?(?:[\w-]+\s+)?"
          r"(?:outskirts|edges?|parts?|districts?|centre|center|quarters?|neighbou?rhoods?)\s+of\s+(?:the\s+)?\u00a7|"
          r"\s+(?:the\s+)?\u00a7+['\u2019]s\s+(?:[\w-]+\s+)?(?:outskirts|edges?|parts?|districts?|centre|center|quarters?))|"
          r"(?:(?:establish(?:ed|es|ing)?|set\s+up|gain(?:ed|s|ing)?|restor(?:ed|es|ing)|regain(?:ed|s|ing)?)\s+"
          r"(?:(?:a\s+few|some|several|limited|only|"
          r"small|their|its)\s+)*(?:[\w-]+\s+)?positions\s+(?:inside|within|in))"
          r"(?=\s+" + _PARTIAL_GAP + r"§)",
          "controls", "contested", "either", oblast_ok=False, where_relative=True),
    _rule("contested-scene",
          r"(?:is|are|was|were|remains?|remained|became|has\s+become|have\s+become)\s+(?:still\s+|now\s+)?"
          r"(?:the|a)\s+(?:scene|site|centre|center|focus|epicentre|epicenter)\s+of\s+(?:[\w-]+\s+){0,2}?"
          r"(?:fighting|battles?|clashes|combat)",
          "controls", "contested", "subject", oblast_ok=False),
    # "has been returned to Ukrainian control": back in that side's hands
    _rule("under-control",
          r"(?:under|(?:returned|restored)\s+to)\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+|firm\s+|effective\s+)?"
          r"(?:control\s+of\s+(?P<of>(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)(?=[\s,.;:)\"\u201d]|$)|"
          # "under Kyiv's control": the capital's name, a place mark in the skeleton, names the side
          r"(?P<adj>(?:[\w'\u2019-]|\u00a7)+(?:\s+[\w'\u2019-]+)?)\s+control|control)|"
          # "the whole of Luhansk region is now under Russian occupation": only Russia occupies in this war
          r"under\s+(?:the\s+)?(?:(?:full|complete|total|temporary)\s+)?(?:russian\s+|enemy\s+)?(?P<occupation>occupation)\b|"
          r"in\s+(?!the\s)(?P<hands>[\w'\u2019-]+)\s+hands|in\s+the\s+hands\s+of\s+(?P<handsof>(?:the\s+)?[\w'\u2019-]+"
          r"(?:\s+[\w'\u2019-]+)?)|fell\s+into\s+(?P<fellinto>[\w'\u2019-]+)\s+hands|"
          r"under\s+(?:the\s+)?(?P<underflag>Ukrainian|Russian|[\w'\u2019-]+['\u2019]s)\s+flag|"
          r"f(?:e|a)ll(?:s|en)?\s+to\s+(?P<fellto>(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)|"
          r"f(?:e|a)ll(?:s|en)?(?!\s+(?:to|into|silent|back|apart|short|victim|under)\b)",
          "controls", "actor", "subject", passive_fallback="speaker"),
    _rule("push-out",
          r"(?:push(?:ed|es|ing)?|dr(?:o|i)ve(?:n|s)?|driving|forc(?:ed|ing)|kick(?:ed|s|ing)?|"
          r"knock(?:ed|s|ing)?|oust(?:ed|s|ing)?|expel(?:led|s|ling)?|flush(?:ed|es|ing)?|"
          # "cleared Russian troops from Nestryha island"
          r"chas(?:ed|es|ing)|thr(?:o|e)wn?|clear(?:ed|s|ing))\s+(?P<pushed>(?:(?:the|all|remaining|last|[A-Z][\w'\u2019-]*|"
          r"russian|ukrainian|enemy|occupation|our|its|their)\s+){0,3}(?:[\w'\u2019-]+\s+)?)?"
          r"(?:out\s+of|out\s+from|from|out)(?![\w-])",
          "controls", "flip", "either"),
    _rule("cleared-of",
          r"clear(?:ed|s|ing)\s+(?:§+\s+)?of\s+(?P<clearedof>(?:[\w'\u2019-]+\s+){0,2}?"
          r"(?:occupiers|invaders|enemy|forces|troops|units|russians|ukrainians|militants|"
          r"mercenaries|nationalists|fighters|saboteurs|formations|groups|soldiers|servicemen|military))",
          "controls", "flip", "either"),
    # "the Chernihiv region is completely free of Russian troops": the side gone from it no longer holds it
    _rule("free-of",
          r"(?:is|are|remains?|remained|was|were|has\s+been|have\s+been|now)\s+(?:(?:now|again|once\s+again|"
          r"completely|fully|entirely|totally|finally|already|officially)\s+)*free\s+(?:of|from)\s+"
          r"(?P<freeof>(?:[\w'\u2019-]+\s+){0,2}?(?:occupiers|invaders|enemy|forces|troops|units|russians|ukrainians|"
          r"militants|mercenaries|fighters|soldiers|servicemen|military|occupation))(?![\w-])",
          "controls", "flip", "subject"),
    # "there are no Russian units left on the territory of the region", "no Ukrainian units remained
    # in Kherson": the side whose troops are gone no longer holds it
    _rule("none-left",
          r"(?:no(?:\s+longer\s+any)?|not\s+a\s+single)\s+(?:more\s+)?(?P<noneleft>(?:[\w'\u2019-]+\s+){0,2}?"
          r"(?:troops|units?|soldiers?|forces|servicem[ae]n|military|fighters?|occupiers|invaders|personnel))\s+"
          r"(?:(?:are|were|is|was|has\s+been|have\s+been|had\s+been|now|still|any\s+longer|longer)\s+)*"
          r"(?:(?:left|remain(?:ed|ing|s)?|present|stationed)\s+)?(?:in|inside|within|on|at)(?=\s)",
          "controls", "flip", "object"),
    _rule("flag",
          r"(?:rais(?:ed|es|ing)|hoist(?:ed|s|ing)|plant(?:ed|s|ing)|put\s+up)\s+(?:the\s+|a\s+|its\s+|"
          r"their\s+|our\s+)?(?P<flag>[\w'\u2019-]+\s+)?(?:state\s+|national\s+)?(?:flags?|(?P<colours>"
          r"blue-and-yellow|blue\s+and\s+yellow|yellow-and-blue|tricolou?r)(?:\s+flags?)?)\s+"
          r"(?:over|in|above|on|at)|"
          # "the flag of Ukraine has been raised over Sudzha": the passive names the side after "of"
          r"flags?\s+of\s+(?P<flag3>Ukraine|Russia|the\s+Russian\s+Federation)\s+(?:(?:has|have|had|is|are|was|were|been|"
          r"now|again|once\s+again|already|finally)\s+)*(?:raised|hoisted|planted)\s+(?:over|above|in|on)|"
          r"(?P<flag2>Russian|Ukrainian|Ukraine's|Russia's|our)\s+flags?\s+"
          r"(?:(?:has|have|had|is|are|was|were|been|now|again|once\s+again|already)\s+)*"
          # "Ukraine's flag goes up in Kupiansk"
          r"(?:raised|hoisted|flying|flies|fly|flew|planted|wav(?:e|es|ed|ing)|in|back|over|above|"
          # "flying in Lviv in solidarity with Kharkiv": a gesture, wherever it is made
          r"(?:go(?:es)?|went|gone|going)\s+up|up)(?![^.;,]{0,40}?\s(?:in|as|for)\s+(?:a\s+)?(?:support|solidarity|memory|"
          r"honou?r|protest|tribute|mourning|celebration))"
          # "Ukrainian flags are flying again over Hrakove"
          r"(?:\s+(?:again|once\s+(?:again|more)|now|proudly|high))?"
          r"(?:\s+(?:over|in|above|on|at|the\s+centre\s+of))?",
          "controls", "actor", "object", object_gap="broad"),
    # "repelled seven attacks by assault groups of the 14th brigade in the areas of X, Y and Z"
    _rule("repel",
          r"(?:repel(?:led|s|ling)?|repuls(?:ed|es|ing)|fend(?:ed)?\s+off|fought\s+off|held\s+off|"
          # "are holding back the enemy's onslaught near Pokrovsk" (the General Staff's stock phrase)
          r"h(?:o|e)ld(?:ing|s)?\s+back|contain(?:ed|s|ing)?|"
          r"beat(?:en)?\s+(?:back|off)|thwart(?:ed|s|ing)|foil(?:ed|s|ing)|stopp(?:ed|ing)|halt(?:ed|ing)|"
          r"rebuff(?:ed|s|ing)|repelled)\s+(?:[\w'\u2019-]+\s+){0,3}?"
          r"(?:attacks?|assaults?|offensives?|attempts?|advances?|counter-?attacks?|onslaughts?|"
          r"counteroffensives?|storming\s+attempts?|(?:assault|offensive|attack|combat)\s+actions?|"
          # "repelled the enemy near X": the attackers themselves stand for their attack
          r"(?<=the\s)(?:enemy|occupiers|invaders|attackers))"
          r"(?:\s+(?P<attacker>(?:by|of|from)\s+(?:[\w'\u2019-]+\s+){0,13}?[\w'\u2019-]+))?"
          r"(?:\s+to\s+(?:break\s+through|advance|storm|attack|push|break\s+into|cross|enter))?"
          r"(?:\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)\s+times)?"
          # "repelled attacks there": a place adverb stands for "on" and the place
          r"(?:\s+(?P<prep>in\s+the\s+(?:areas?|vicinity|direction)\s+of|on|against|in|at|near|around|"
          r"towards?|outside)|(?=\s+\u00a7)|"
          # "Near Synkivka, our defenders repelled 7 enemy attacks.": the place was fronted
          r"(?=(?:\s+(?:overnight|yesterday|today|over\s+the\s+(?:past|last)\s+(?:day|week|24\s+hours)|"
          r"during\s+the\s+(?:day|night)|on\s+\w+day))?\s*(?:[.;,]|$)))",
          "controls", "actor", "object"),
    # "a failed Russian assault on Vuhledar": the defenders still hold it
    _rule("failed-attack",
          r"(?:failed|unsuccessful|abortive|botched|futile|fruitless)\s+"
          r"(?P<failmods>(?:[\w'\u2019-]+\s+){0,2}?)(?:(?:attacks?|assaults?|offensives?|offensive\s+(?:actions?|operations?)|"
          r"assault\s+(?:actions?|operations?)|storming\s+attempts?|"
          r"counter-?attacks?|counteroffensives?)\s+(?P<prep>in\s+the\s+(?:areas?|vicinity)\s+of|on|against|in|at|near|"
          r"around|towards?|outside)|"
          r"attempts?\s+to\s+(?:storm|take|capture|seize|break\s+into))|"
          # "the occupiers stormed Toshkivka without success", "unsuccessfully attacked Krynky"
          r"(?:unsuccessfully\s+)?(?:storm|attack|assault)(?:ed|s|ing)?(?=\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+"
          r"of\s+)?§+(?:\s+in\s+(?:the\s+)?§+(?:\s+(?:region|oblast|province))?)?\s+(?:without\s+success|unsuccessfully|"
          r"in\s+vain|to\s+no\s+avail))|"
          r"unsuccessfully\s+(?:storm|attack|assault)(?:ed|s|ing)?(?=\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?§)",
          "controls", "flip", "object"),
    # --- encircled -----------------------------------------------------------------
    # "tried 14 times to advance near X", "an attempt by Ukrainian formations to break through ... was thwarted"
    _rule("attempt",
          r"(?:(?:try|tries|tried|trying|attempt(?:s|ed|ing)?|seek(?:s|ing)?|sought|continu(?:e|es|ed|ing)|"
          r"begun|began|start(?:ed|s|ing)?)(?:\s+(?:again|repeatedly|unsuccessfully|in\s+vain|once\s+(?:more|again)|"
          r"(?:\d+|" + _NUMBER_WORDS + r")\s+times))?|attempts?\s+by\s+(?P<attempter>(?:[\w'\u2019-]+\s+){0,5}?"
          r"[\w'\u2019-]+))\s+to\s+(?:"
          # "trying to dislodge our units from Selydove": the place the defenders hold is attacked
          r"(?:dislodge|oust|drive|knock|push|squeeze|force|expel)\s+(?:[\w'\u2019-]+\s+){1,3}?(?:out\s+of|out\s+from|from)|"
          r"encircle|surround|storm|advance|attack|assault|"
          r"break\s+(?:through|into)|breach|push|cut\s+off|envelop|penetrate|infiltrate|enter|capture|recapture|"
          r"retake|regain|take|seize|land|dislodge|oust|drive|knock|squeeze|force)",
          "attacked", "actor", "object", object_gap="broad"),
    _rule("encircle",
          # "surrounded Avdiivka on three sides" is no closed ring
          r"(?:surround(?:ed|s|ing)?|encircl(?:ed|es|e|ing))(?![^.;,]{0,40}?\s(?:on|from)\s+(?:two|three|several|both)\s+"
          r"(?:sides|flanks))|semi-encircled|semi-surrounded|cut\s+off|"
          r"besieg(?:ed|es|e|ing)|blockad(?:ed|es|e|ing)|blocked|trapped|"
          r"(?:complet(?:ed|es|ing)|clos(?:ed|es))\s+(?:the\s+)?(?:\w+\s+)?(?:encirclement|ring|"
          r"pincers?|cauldron)\s+(?:of|around)|"
          r"(?:in|under)\s+(?:an?\s+|full\s+|operational\s+|complete\s+|partial\s+)*"
          r"(?:encirclement|semi-encirclement|siege|blockade|cauldron)|"
          # "the Avdeyevka cauldron has closed", "the Mirnograd cauldron is sealed"
          r"(?:cauldron|pocket|ring)\s+(?:has\s+(?:now\s+)?(?:been\s+)?|is\s+(?:now\s+)?|was\s+)?(?:fully\s+|finally\s+)?"
          r"(?:closed|sealed|shut|complete)(?![\w-])",
          "encircled", "encircler", "either", passive_fallback="speaker", object_gap="broad",
          oblast_ok=False),
    # "a week after Russia claimed the village", "Putin claimed victory in Mariupol": the claim
    # verb itself takes the place, so the claimant speaks (hedged) and its side holds the place
    _rule("claim-place",
          r"claim(?:ed|s)?\s+(?:(?:a\s+|full\s+|final\s+)?victory\s+(?:in|at|over)|"
          r"(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over))|"
          r"claim(?:ed|s)(?=\s+(?:the\s+)?\u00a7+\s*(?:[,.;]|$|\s+(?:on|last|this|after|before|as|in\s+\w+day|"
          r"weeks?|days?|months?|earlier)\b))",
          "controls", "actor", "object", passive_fallback="speaker"),
    # a front-line map's depiction ("DeepState marks X as a grey zone", "shows most of X as occupied"): a
    # contested place, or a place mostly held by one side; the map's project speaks (see map_frames)
    _rule("map-shows",
          r"(?<=\u00a7\s)as\s+(?:(?:a|the)\s+)?(?:gr[ae]y\s+zone|contested)",
          "controls", "contested", "subject", oblast_ok=False),
    # a state of the whole place, shown for most of it: "shows most of X as occupied"
    _rule("map-shows-most",
          r"(?:most|much|parts?|almost\s+all|nearly\s+all|(?:almost\s+|nearly\s+)?the\s+(?:whole|bulk|rest))\s+of"
          r"(?=\s+(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?\u00a7+\s+as\s+(?:(?:a|the)\s+)?"
          r"(?:gr[ae]y\s+zone|contested|occupied|liberated|(?:Russian|Ukrainian|enemy)[-\s](?:held|controlled|occupied)|"
          r"under\s+(?:Russian|Ukrainian|enemy)\s+control)\b)",
          "controls", "contested", "object", oblast_ok=False),
    *CYRILLIC_RULES,
    *DAMAGE_RULES,
)

# Specific phrasings first: a later rule never claims a trigger an earlier one used.
_PRIORITY = ("failed-attack", "brought-under", "control-noun", "withdraw-noun", "withdraw-done", "adjectival-state", "adjectival-control", "contested-scene", "under-control", "stative-ours", "place-holds", "none-left", "fighting", "repel",
             "flag", "cleared-of", "free-of", "push-out", "claim-place", "map-shows", "map-shows-most", "cyrillic-passive", "cyrillic-abandoned", "cyrillic-active", "cyrillic-liberating", "cyrillic-attack", "cyrillic-strike", "cyrillic-repel", "cyrillic-ours", "cyrillic-grey-zone", "cyrillic-free-uk", "cyrillic-hold-uk", "cyrillic-hold-ru", "cyrillic-withdraw", "cyrillic-fighting", "destroyed-unit", "attempt", "capture", "capture-noun",
             "withdraw", "hold", "encircle", "under-fire", "under-pressure", "advance", "despite-attacks", "attack-verb", "attack-noun",
             "suffer-losses", "inflict-losses", "lost-n", "killed-n", "destroyed-passive", "killed-passive", "loss-noun")
RULES = tuple(sorted(RULES, key=lambda rule: _PRIORITY.index(rule.name)))
