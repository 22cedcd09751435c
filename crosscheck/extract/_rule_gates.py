"""Cheap gates for the predicate rules of _rules.py: substrings and words a sentence must
hold before a rule's regex is worth running on it (used by _rule_index and find_hits).
"""

from __future__ import annotations

# Lower-case substrings a text must hold for the rule to match: a cheap gate (see _rule_index)
RULE_STEMS = {
    "capture": r"captur|seiz|liberat|freed|overr|occup|took|tak|regain|reclaim|won back|win|secur|clear|conquer|mop",
    "capture-noun": r"capture|liberation|seizure|takeover|fall|occupation",
    "adjectival-control": r"-held|-controlled|-occupied",
    "control-noun": r"control",
    "brought-under": r"brought|bring",
    "adjectival-state": r"occupied|liberated",
    "withdraw-noun": r"withdrawal|retreat|pull|loss",
    "withdraw-done": r"withdrawal|retreat|pullout|pull-out|pullback",
    "hold": r"hold|held|control|maintain|defend|keep|kept|retain",
    "stative-ours": r"ours|theirs|free|ukrainian|russian",
    "place-holds": r"holds|holding|stands|standing",
    "withdraw": r"withdr|pull|retreat|fled|abandon|los|ced|surrender|gave up|give|left|leav|quit|got out|get out|gets out|getting out|reposition|relocat|evacuat|favourable|favorable|advantageous",
    "fighting": r"fight|battl|clash|combat|enter|pour|swarm|rolls into|rolled into|rolling into|roll into|gain ground|gained ground|gains ground|gaining ground|consolidat|dug in|dig in|digs in|digging in|entrench|broke|break into|breaks into|breaking into|through into|through to the|foothold|contest|fought over|changed hands|grey zone|gray zone|advanc|push|"
                r"reach|centre|center|outskirts|heart of|suburbs|edged into|edges into|edging into|edge into|inched into|"
                r"inches into|inching into|crept into|creeping into|creeps into|creep into|"
                r"mov|infiltrat|penetrat|forced|forcing|force their|force its|force our|fought|gains|progress|present in|present inside|operating in|"
                r"positions in|positions within|inside|operations|operate|where|already in",
    "under-control": r"under|hands|fell|fall|returned to|restored to",
    "contested-scene": r"scene|site|centre|center|focus|epicent",
    "push-out": r"push|drove|driv|forc|kick|knock|oust|expel|flush|chas|threw|thrown|clear",
    "cleared-of": r"clear",
    "free-of": r"free of|free from",
    "none-left": r"left|remain|present|stationed|no longer|there are no|there were no",
    "flag": r"flag|blue-and-yellow|blue and yellow|yellow-and-blue|tricolo",
    "repel": r"repel|repuls|fend|fought off|held off|beat|thwart|foil|stopp|halt|rebuff|hold back|holding back|"
             r"holds back|held back|contain",
    "failed-attack": r"failed|unsuccessful|abortive|botched|futile|fruitless|without success|in vain|to no avail",
    "attempt": r"try|tries|tried|attempt|seek|sought|continu|begun|began|start",
    "encircle": r"surround|encircl|cut off|besieg|blockad|blocked|trapped|ring|pincer|cauldron|siege|pocket",
    "under-fire": r"under",
    "under-pressure": r"under",
    "advance": r"reach|infiltrat|clos|gain ground|gained ground|gains ground|gaining ground|grind|edg|creep|crept|advanc|push|press|mov|inch|progress|gains|breach|broke through|broken through|break|counter|wedg|cross|favourable|favorable|advantageous",
    "attack-verb": r"shell|struck|strik|attack|bomb|pound|hit|target|storm|blew up|blown up|assault|fire|launched|"
                   r"slam|crash|rain",
    "despite-attacks": r"despite",
    "attack-noun": r"breakthrough|break-through|shelling|strike|attack|assault|bombard|bombing|barrage|offensive|storming",
    "claim-place": r"claim",
    "map-shows": r"show|mark|depict",
    "map-shows-most": r"show|mark|depict",
    "cyrillic-passive": r"освобожд|звільнен|взят|захвачен|захоплен|контролем",
    "cyrillic-abandoned": r"оставлен|сдан|потерян|залишен|здан|втрачен",
    "cyrillic-active": r"освободил|звільнил|звільнив|взял|взяв|захватил|захопил|захопив|контроль",
    "cyrillic-ours": r"наш",
    "cyrillic-grey-zone": r"зона|зоне|зоні",
    "cyrillic-free-uk": r"вільн",
    "cyrillic-hold-uk": r"тримаємо|утримуємо|контролюємо|обороняємо",
    "cyrillic-hold-ru": r"удерживаем|держим|контролируем|обороняем",
    "cyrillic-withdraw": r"вийшл|вышл|відійшл|отошл|відступил|отступил|покинул|залишил|оставил",
    "cyrillic-liberating": r"продолжа|продовжу",
    "cyrillic-attack": r"намага|пыта|атаку|атако|штурму|штурмо|наступа|выгодн",
    "cyrillic-strike": r"поражение",
    "cyrillic-repel": r"відбили|отразили|отбили",
    "cyrillic-fighting": r"бої|бои|зайш|заш|заход|вош|увійш|ворвал|увірвал|проник|закріпил|закрепил",
    "suffer-losses": r"losses|casualties",
    "inflict-losses": r"inflict",
    "lost-n": r"los",
    "killed-n": r"kill|eliminat|destroy|wip|neutrali|liquidat",
    "destroyed-unit": r"destroy|captur|wip|shot down|downed|eliminat",
    "loss-noun": r"losses|casualties",
    "destroyed-passive": r"destroyed|wiped out|eliminated|annihilated",
    "killed-passive": r"killed|wounded|injured",
}


# Words one of which every match of a rule's lower-cased pattern holds, for rules whose stems
# occur far more often than their matches ("forces" holds push-out's stem "forc", "continues"
# attempt's "continu"): a sentence without any is not scanned (see find_hits)
RULE_NEEDS = {
    "push-out": ("out", "from"),
    "attempt": ("encircle", "surround", "storm", "advance", "attack", "assault", "break", "breach", "push", "cut",
                "envelop", "penetrate", "infiltrate", "enter", "capture", "take", "seize", "regain",
                "land", "dislodge", "oust", "drive", "knock", "squeeze", "force"),
    "under-fire": ("fire", "attack", "shelling", "bombardment", "strike", "assault", "bombing"),
    "under-pressure": ("pressure",),
    "withdraw-noun": ("from", "out", "loss"),
}
