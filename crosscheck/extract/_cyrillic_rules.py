"""The predicate rules for Ukrainian and Russian quotes (Telegram posts quoted untranslated).

Same Rule records as _rules.py (which merges them into RULES and orders them): passive states
("Угледар освобождён", "Купянск оставлен"), active captures and withdrawals with "наши" as the
subject, "X наш", Ukrainian "X вільний", the speaker's own "тримаємо/удерживаем", a grey zone, and fighting
inside a place.
"""

from __future__ import annotations

from ._rule_parts import Rule, rule as _rule

CYRILLIC_RULES: tuple[Rule, ...] = (
    # "Угледар полностью освобождён", "Мирноград під нашим контролем": a state of the place
    _rule("cyrillic-passive",
          # "Хромове більше не під нашим контролем": a negated state, flipped like "no longer ours"
          r"(?P<cyrneg>(?:(?:більше|больше|уже|вже)\s+)?(?:не|ні)\s+)?(?:(?:полностью|повністю|окончательно|остаточно|уже|вже|снова|знову)\s+)*"
          r"(?:освобожд[её]н[аоы]?|звільнен[аоі]?|взят[аоы]?|захвачен[аоы]?|захоплен[аоі]?|"
          r"(?:наход\w+|перебува\w+|остается|залишається)?\s*(?:под|під)\s+(?:нашим\s+|полным\s+|повним\s+)?"
          # "Бахмут взят полностью": the adverb may follow the participle too
          r"контролем)(?:\s+(?:полностью|повністю|окончательно|остаточно))?",
          "controls", "actor", "subject", passive_fallback="speaker"),
    # "Купянск оставлен", "Работино практически потеряно", "Авдіївку залишено": the place was given up by
    # the speaker's side; "almost lost" leaves a part held, so contested
    _rule("cyrillic-abandoned",
          r"(?:(?P<partown>практически|почти|практично|майже)\s+)?(?:(?:полностью|повністю|окончательно|остаточно|"
          r"уже|вже)\s+)*(?:оставлен[аоы]?|сдан[аоы]?|потерян[аоы]?|залишен[аоі]?|здан[аоі]?|втрачен[аоі]?)",
          "controls", "flip", "subject", passive_fallback="speaker"),
    # "наши освободили Угледар": an active capture with the place as object
    _rule("cyrillic-active",
          r"(?:освободил[аи]?|звільнил[аи]?|звільнив|взял[аи]?|взяв|захватил[аи]?|захопил[аи]?|захопив|"
          # "захисники повернули контроль над Вільчою", "установили полный контроль над"
          r"(?:повернули|повернув|вернули|вернул|відновили|восстановили|встановили|установили)\s+"
          r"(?:повний\s+|полный\s+)?контроль\s+(?:над|за))",
          "controls", "actor", "object", passive_fallback="speaker"),
    # "наші підрозділи вийшли з Мар'їнки": the speaker's own side left (only with "наші"/"мы", as above)
    _rule("cyrillic-withdraw",
          r"(?:вийшли|вышли|відійшли|отошли|відступили|отступили|покинули|залишили|оставили)(?:\s+(?:з|із|зі|из))?",
          "controls", "flip", "object", passive_fallback="speaker"),
    # "у Вовчанську тривають вуличні бої", "окупанти зайшли в Торецьк": fighting inside, entry
    _rule("cyrillic-fighting",
          r"(?:(?:тривають|точаться|ідуть|йдуть|идут|ведутся|продолжаются)\s+)?(?:(?:вуличні|уличные|запеклі|"
          r"ожесточ[её]нные|важкі|тяж[её]лые)\s+)?(?:бої|бои)\s+(?:в|у|за)|"
          # "ворог зайшов у Покровськ": the singular of a collective subject too
          r"(?:зайшли|зашли|вошли|увійшли|ворвались|увірвалися|проникли|закріпилися|закрепились|"
          r"зайшов|зайшла|заш[её]л|зашла|заходить|заходят|вош[её]л|увійшов|ворвался|увірвався|проник|закріпився|"
          r"закрепился)\s+(?:в|у|на\s+окраин\w*)|"
          r"(?:в|у)(?=\s+\u00a7+\s+(?:тривають|точаться|ідуть|йдуть|идут|ведутся|продолжаются)\s+"
          r"(?:[\u0400-\u04ff]+\s+)?(?:бої|бои))",
          "controls", "contested", "object", oblast_ok=False),
    # "подразделения продолжают освобождение Торецка": a liberation still under way, so the place is fought over
    _rule("cyrillic-liberating",
          r"(?:продолжа\w+|продовжу\w+)\s+(?:освобождение|освобождать|звільнення|звільняти)",
          "controls", "contested", "object", oblast_ok=False, passive_fallback="speaker"),
    # "противник намагався просунутися в районі Покровська", "ворог атакував поблизу Торецька": an attack
    # by the side the subject names; "в районі"/"поблизу" is near, so no control claim comes with it
    _rule("cyrillic-attack",
          # finite forms only: "може атакувати" (may attack) is a prediction
          r"(?:(?:намагався|намагалася|намагалися|намагається|намагаються|пытался|пыталась|пытались|пытается|"
          r"пытаются)\s+(?:просунутися|прорватися|продвинуться|прорваться|наступати|наступать|"
          r"штурмувати|штурмовать|атакувати|атаковать|потіснити|потеснить|вклинитися|вклиниться)|"
          r"атакува(?:в|ла|ли)|атаку(?:є|ють|ет|ют)|атаковал[аи]?|штурмува(?:в|ла|ли)|штурму(?:є|ють|ет|ют)|"
          r"штурмовал[аи]?|наступа(?:в|ла|ли|є|ють|ет|ют|л)|"
          # the Russian ministry's "заняли более выгодные рубежи и позиции в районе X"
          r"заняли\s+более\s+выгодные\s+(?:рубежи|позиции)(?:\s+и\s+(?:рубежи|позиции))?)"
          r"(?:\s+(?:в|у)\s+(?:районі|районе|напрямку|направлении)|\s+(?:поблизу|біля|возле|около|під|под|до|к|на))?",
          "attacked", "actor", "object", oblast_ok=False, passive_fallback="speaker"),
    # the Russian ministry's "нанесли поражение живой силе противника в районе населённого пункта X": its strike
    _rule("cyrillic-strike",
          r"нанесли\s+поражение(?:\s+[\u0400-\u04ff]+){0,8}?\s+(?:в|у)\s+(?:районе|районах)"
          r"(?:\s+населенн?[оы]\w+\s+пункт\w*|\s+населённ\w+\s+пункт\w*)?",
          "attacked", "actor", "object", oblast_ok=False, passive_fallback="speaker"),
    # the General Staff's "наші захисники відбили 14 атак у районі X": the attacks were the other side's
    _rule("cyrillic-repel",
          r"(?:відбили|отразили|отбили)\s+(?:\d+\s+)?(?:атак\w*|штурм\w*|наступ\w*)"
          r"(?:\s+(?:окупантів|ворога|противника|оккупантов|врага|агресора|всу|зсу|рф))?"
          r"\s+(?:(?:в|у)\s+(?:районі|районах|районе)(?:\s+населен\w+\s+пункт\w*)?|поблизу|біля|возле|около|на)",
          "attacked", "flip", "object", oblast_ok=False, passive_fallback="speaker"),
    # "Мирноград наш": the speaker's side holds it
    _rule("cyrillic-ours",
          r"(?:(?:[-\u2014\u2013]|є|остается|залишається)\s+)?"
          # "Красногоровка почти вся наша": most of it, so contested
          r"(?:(?P<partown>почти|майже|частично|частково|наполовину|в\s+основном|в\s+основному)\s+"
          # "Двуречная полностью наша", "Вільча знову наша": a whole place held (again)
          r"(?:(?:вся|весь|всё|все|уся|увесь|усе)\s+)?|(?:полностью|повністю|снова|знову|опять|уже|вже)\s+)?"
          r"(?:наш|наша|наше|наши|наші)",
          "controls", "actor", "subject", passive_fallback="speaker"),
    # "Работино — серая зона", "Кринки у сірій зоні": nobody holds the place, so it is fought over
    _rule("cyrillic-grey-zone",
          r"(?:(?:[-—–]|є|является|остается|залишається|теперь|тепер|уже|вже)\s+)*(?:серая|сіра)\s+зона|"
          r"(?:находится\s+|перебуває\s+)?(?:в|у)\s+(?:серой|сірій)\s+зоні?",
          "controls", "contested", "subject", oblast_ok=False),
    # "ЗМІЇНИЙ ВІЛЬНИЙ", "Херсон — вільний": free in Ukrainian is freed by the Ukrainian side, whoever quotes it
    _rule("cyrillic-free-uk",
          r"(?:(?:[-—–]|є|знову|вже|тепер|нарешті)\s+)*(?:вільний|вільна|вільне|вільні)",
          "controls", "actor", "subject", passive_fallback="Ukraine"),
    # "Вовчанськ тримаємо", "Часов Яр удерживаем": the speaker's side holds the place fronted before it (a
    # Ukrainian verb is the Ukrainian side's, whoever quotes it)
    _rule("cyrillic-hold-uk", r"(?:тримаємо|утримуємо|контролюємо|обороняємо)", "controls", "actor", "subject",
          passive_fallback="Ukraine"),
    _rule("cyrillic-hold-ru", r"(?:удерживаем|держим|контролируем|обороняем)", "controls", "actor", "subject",
          passive_fallback="speaker"),
)

# The rules that need a Cyrillic subject whose side the rules can read ("наши", "росіяни", "противник")
CYRILLIC_SUBJECT_RULES = frozenset(("cyrillic-active", "cyrillic-withdraw", "cyrillic-liberating", "cyrillic-attack",
                                    "cyrillic-strike", "cyrillic-repel"))
