"""Reporting frames of Ukrainian and Russian sentences, which the English say-verb scan never sees.

Shapes: "По данным X, C" / "За даними X, C" (according to X), "C, повідомив DeepState" /
"C, сообщили в Минобороны" (the speaker after its content, an impersonal plural naming the
body after "в"/"у"), '«C», — написал Пушилин в Telegram', "Як повідомили в Генштабі, C" /
"Как заявил Шойгу, C", and "X заявив, що C" / "X сообщил, что C".
Only sentences holding a Cyrillic reporting verb are scanned (see ``has_cyrillic_say_verb``).
"""

from __future__ import annotations

import re

from ._frames import Frame, plausible_speaker

# Past forms (masculine, feminine, plural) and the third-person present of the verbs that
# report speech in Ukrainian and Russian news copy
_UKRAINIAN = ("повідомив", "повідомила", "повідомили", "повідомляє", "повідомляють", "заявив", "заявила",
              "заявили", "заявляє", "заявляють", "сказав", "сказала", "сказали", "написав", "написала",
              "написали", "зазначив", "зазначила", "зазначили", "зазначає", "додав", "додала", "додали",
              "наголосив", "наголосила", "наголосили", "підкреслив", "підкреслила", "розповів", "розповіла",
              "уточнив", "уточнила", "уточнили", "підтвердив", "підтвердила", "підтвердили", "інформує",
              # neuter: the ministry, the command ("повідомило Міноборони")
              "повідомило", "заявило", "зазначило", "додало", "уточнило", "підтвердило", "наголосило",
              "передає", "пише", "інформувало")
_RUSSIAN = ("сообщил", "сообщила", "сообщили", "сообщает", "сообщают", "заявил", "заявила", "заявили",
            "заявляет", "заявляют", "сказал", "сказала", "сказали", "написал", "написала", "написали",
            "отметил", "отметила", "отметили", "добавил", "добавила", "добавили", "подчеркнул", "подчеркнула",
            "рассказал", "рассказала", "уточнил", "уточнила", "уточнили", "подтвердил", "подтвердила",
            "подтвердили", "информирует",
            # neuter: "сообщило Минобороны России", "заявило командование"
            "сообщило", "заявило", "отметило", "добавило", "уточнило", "подтвердило", "подчеркнуло",
            # an agency relaying: "..., передает ТАСС", "..., пишет Meduza"
            "передает", "передаёт", "пишет", "информировало")
_VERB = "(?:" + "|".join(sorted(_UKRAINIAN + _RUSSIAN, key=len, reverse=True)) + r")(?![\w\u0400-\u04ff])"
_STEMS = ("повідом", "заяв", "сказа", "написа", "зазнач", "додав", "додал", "наголос", "підкресл", "розпові",
          "уточни", "підтверд", "інформ", "сообщ", "отмети", "добави", "подчеркн", "рассказ", "подтверд",
          "переда", "пише", "пишет", "данным", "даними", "словам", "информаци", "інформаці", "сведениям")

# the speaker ends at a mark, or before where it spoke ("в Telegram", "в эфире", "на брифинге")
_NP = r"(?P<np>[^,;:.!?()\"\u201c\u201d\u00ab\u00bb]{2,90}?)"
_NP_TAIL = r"(?=\s+(?:в|у|во|на)\s+(?:[Tt]elegram|[Tt]елеграм|[Ff]acebook|своєму|своему|своем|ефірі|эфире|" \
           r"брифінгу|брифинге|інтерв|интерв|коментар|комментар|заяві|заявлении|зверненні|обращении)|" \
           r"\s*[,;:.!?()\"\u201c\u201d\u00ab\u00bb]|\s*$)"
# "C, повідомив X." / '«C», — написал X': the content ends at the comma (or dash) before the verb
_POST = re.compile(r"(?P<mark>[,\u00bb\"\u201d]\s*(?:[-\u2013\u2014]\s*)?)(?P<verb>" + _VERB + r")\s+"
                   r"(?:(?:в|у|во)\s+)?" + _NP + _NP_TAIL, re.IGNORECASE)
# "Як повідомили в Генштабі, C" / "Как заявил Шойгу, C"
_AS = re.compile(r"^\s*(?:Як|Как)\s+(?P<verb>" + _VERB + r")\s+(?:(?:в|у|во)\s+)?" + _NP + _NP_TAIL +
                 r"[^,]{0,40}?,\s*", re.IGNORECASE)
# "X заявив, що C" / "X сообщил, что C"; "Минобороны России сообщило: C" (the daily summary after a colon)
_THAT = re.compile(r"^\s*" + _NP + r"\s+(?P<verb>" + _VERB + r")(?:\s+[^,;:\"\u00ab\u00bb]{1,40}?)?(?:,\s*(?:що|что)\s+|:\s*)",
                   re.IGNORECASE)


# "По данным Минобороны, C" / "По словам Пушилина, C" / "За даними Генштабу, C": according to X
_ACCORDING = re.compile(r"^\s*(?P<verb>(?:По|По\s+последним)\s+(?:данным|словам|информации|сведениям)|"
                        r"За\s+(?:даними|словами|інформацією))\s+"
                        # "По данным на утро": a time, not a source
                        r"(?!(?:на|в|во|у|к|с|со|от|до|за|о|об|по|из|з|від)\s)" + _NP + r"\s*,\s*", re.IGNORECASE)


def has_cyrillic_say_verb(lowered: str) -> bool:
    """A cheap gate: whether the lower-cased sentence holds the stem of a Cyrillic reporting verb."""
    return any(stem in lowered for stem in _STEMS)


def cyrillic_frames(sentence: str, frames: list[Frame]) -> None:
    """Append the Cyrillic reporting frames of ``sentence`` to ``frames``."""
    taken = [(f.speaker_start, f.speaker_end) for f in frames]

    def add(frame: Frame) -> None:
        if plausible_speaker(frame.speaker) and not any(a <= frame.speaker_start < b for a, b in taken):
            frames.append(frame)
            taken.append((frame.speaker_start, frame.speaker_end))

    head = _AS.match(sentence) or _THAT.match(sentence) or _ACCORDING.match(sentence)
    if head is not None:
        add(Frame(head.group("np").strip(), head.start("np"), head.end("np"), head.group("verb"), "say",
                  head.end(), len(sentence)))
    for match in _POST.finditer(sentence):
        content_end = match.start() + (1 if match.group("mark")[0] in "\u00bb\"\u201d" else 0)
        if content_end <= 0 or head is not None and match.start() < head.end():
            continue
        # "... освобождён», — написал X": the closing quote stays with its content
        add(Frame(match.group("np").strip(), match.start("np"), match.end("np"), match.group("verb"), "say", 0,
                  content_end, post=True))
