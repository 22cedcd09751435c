"""Words and contexts that tell place names apart from other capitalised words.

Reporting capitalises many words that are not Ukrainian places: countries and
demonyms, institutions, titles, months, people, sentence openers. Some of them
even collide with GeoNames alternate names. These lists are general English
and conflict-reporting vocabulary, not tuned to any article.
"""

from __future__ import annotations

import re

# Never a place on their own (they may still start a longer place name such
# as "Crimean Bridge", which is looked up before these are consulted).
NON_PLACE_WORDS = frozenset(
    """
    the a an in on at as by for from of to with and but or nor if while when whence after before since
    during meanwhile however also earlier later still yet both all some many most several it its he she
    they we our their his her this that these those there here according despite amid although though
    overnight today yesterday tomorrow last next local new old other another such every each what which
    who whom whose where why how not no yes only just even then thus so because once again further
    more less first second third one two three four five six ten hundreds thousands dozens
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    spring summer autumn fall winter christmas easter
    russia russian russians moscow kremlin soviet ussr rf federation
    ukraine ukrainian ukrainians ukrainain
    washington london paris berlin brussels beijing minsk warsaw vienna geneva ankara istanbul tehran
    rome madrid prague budapest bucharest chisinau tbilisi baku yerevan astana riga vilnius tallinn
    helsinki stockholm oslo copenhagen amsterdam hague davos munich new york
    china chinese belarus belarusian belarusians poland polish germany german germans france french
    britain british uk us usa america american americans europe european eu nato un g7 g20
    turkey turkish iran iranian israel israeli syria syrian georgia georgian moldova moldovan
    kazakhstan africa african asia asian baltic nordic japan japanese korea korean india indian
    canada canadian australia italy italian spain spanish hungary hungarian romania romanian
    west western east eastern north northern south southern central northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern
    general generals staff armed forces force ministry minister ministers defence defense deputy
    president presidential prime premier governor mayor head chief commander colonel lieutenant
    sergeant captain major spokesman spokeswoman spokesperson adviser advisor aide secretary
    army navy air airborne marines command group grouping brigade battalion regiment division corps
    council office service services intelligence institute study war agency committee parliament
    government pentagon white house state states department foreign affairs interior emergency
    emergencies situations energy atomic international united nations red cross human rights
    monitoring mission operation special military people peoples republic republics operational
    tactical joint territorial national guard border guards police prosecutor prosecutors court
    security centre center bureau directorate administration authorities officials official
    church orthodox patriarch god lord
    wagner akhmat storm rosgvardia rosatom energoatom ukrenergo naftogaz gazprom azov
    reuters ap afp bbc cnn tass ria novosti interfax ukrinform rbc pravda izvestia kommersant
    telegram facebook twitter youtube instagram whatsapp google maxar starlink
    himars leopard patriot javelin bradley abrams stinger iskander kalibr kinzhal shahed lancet
    grad tochka storm shadow atacms kh
    putin peskov shoigu gerasimov konashenkov lavrov zakharova kadyrov prigozhin utkin surovikin
    pushilin pasechnik saldo balitsky gagin rogov medvedev patrushev belousov
    zelensky zelenskyy zelenskiy zelenskyi maliar reznikov umerov syrskyi syrsky zaluzhnyi zaluzhny
    budanov yermak podolyak kuleba cherevatyi cherevaty humeniuk haidai gaidai kyrylenko prokudin
    fedorov klitschko ihnat sybiha shmyhal
    biden blinken austin sullivan kirby trump grossi guterres lukashenko erdogan macron scholz
    stoltenberg sunak johnson stalin lenin vostok
    english latin cyrillic internet online tv television radio news press statement update report
    """.split()
)

# Surnames that are also place names: a place only where the text marks one
# ("the village of Shevchenko"), otherwise a person.
CONTEXT_ONLY_WORDS = frozenset(
    """
    shevchenko franko kotsiubynsky lesya ukrainka bandera petliura mazepa
    sirko doroshenko kalnyshevsky tarasa
    """.split()
)

# Multi-word names that contain a place name but are not places.
NON_PLACE_PHRASES = (
    "Kyiv Independent", "Kyiv Post", "Kiev Post", "Kyiv School of Economics", "Kyiv regime",
    "Kiev regime", "Moscow Times", "Kharkiv Human Rights Protection Group", "Donetsk News Agency",
    "Luhansk Information Center", "New York Times", "Azov Regiment", "Azov Battalion",
    "Azov Brigade", "Sea of Azov", "Black Sea Fleet", "Kherson Operational Group",
)

# A capitalised word right after one of these is part of a person's name or
# title ("Taras Shevchenko", "Governor Kyrylenko"), not a place.
PERSON_PRECEDERS = frozenset(
    """
    general president governor mayor minister colonel lieutenant commander spokesman spokeswoman
    mr mrs ms dr sir lord patriarch metropolitan father saint st
    volodymyr vladimir oleksandr oleksandra alexander aleksandr sergei sergey serhiy serhii dmitry
    dmytro yevgeny yevhen evgeny denis denys hanna anna natalia nataliya natalya pavlo pavel ivan
    andriy andrii andrei andrey mykhailo mikhail yuriy yuri yurii igor ihor valerii valery valeriy
    ramzan vitali vitaliy vitaly taras oleksii alexei alexey maria mariya olena elena yulia
    viktor victor mykola nikolai kyrylo kirill rustem petro petr pyotr leonid yan dmitri boris
    vadym vadim maksym maxim roman ruslan bohdan arsen iryna irina svitlana oksana tetiana
    tatiana lyudmyla lyudmila kateryna ekaterina john joe jake lloyd antony rafael
    """.split()
)

# Text right before a name that marks it as a place even when the gazetteer
# does not know it ("the village of X", "near X", "captured X", "в X").
PLACE_CONTEXT_RE = re.compile(
    r"(?:\b(?:villages?|towns?|city|cities|settlements?|hamlets?|localit(?:y|ies)|outskirts|suburbs?"
    r"|vicinity|environs|direction|districts?|areas?)\s+(?:of|near|around)\s+"
    r"|\b(?:in|near|nearby|outside|around|towards?|into|liberated|captured|recaptured|seized"
    r"|stormed|entered|shelled|struck|attacked|control\s+of|freed|took|taken|retook|retaken|regained"
    r"|cleared|reached|abandoned|surrounded|encircled|storming|shelling|liberating|capturing|taking"
    r"|areas?\s+of|approaches\s+to|control\s+over|holding(?:\s+on\s+to)?|hold|holds|held|retained|retaking|defending"
    r"|clinging\s+to|clings\s+to|(?:liberation|capture|recapture|fall|seizure|occupation"
    r"|encirclement|defen[cs]e|storming|shelling)\s+of)\s+"
    r"|(?:^|\s)(?:в|во|у|под|під|біля|около|возле|близ|районе|районі|села|село|селе|селі|селище"
    r"|поселка|поселке|посёлка|посёлке|города|городе|міста|місті)\s+)"
    r"(?:the\s+)?(?:[a-z]+-(?:held|occupied|controlled|annexed)\s+)?$",
    re.IGNORECASE,
)
PLACE_CONTEXT_WINDOW = 48
