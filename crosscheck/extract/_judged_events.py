"""Frames of a speaker's verdict on an event: "Pushilin called the liberation of X a turning point".

Whoever calls, describes, hails or welcomes a capture, or congratulates or credits a unit with it,
states that it happened; so does a body describing its own "withdrawal from X" as a regrouping. The
speaker may be the body a relative clause hangs on ("The ministry, which on Sunday credited airborne
units with the capture of X, said ..."). The frame's content is the event's noun phrase and after.
"""

from __future__ import annotations

import re

from ._frames import Frame
from ._relay_frames import LeftNp
from ._speaker_kinds import phrase_kind
from ._speakers import clean_speaker_phrase, lookup

_I = re.IGNORECASE
# "Pushilin called the liberation of Chasov Yar (the town's liberation) 'a turning point'": it happened
# "Moscow hailed the 'liberation' of X" / "welcomed its recapture": the same with a verb of celebrating
# "Belousov congratulated the 37th brigade on the liberation of X": who congratulates for a capture states it
# "credited Wagner and airborne units with the liberation of X": so does who credits a unit with it
_JUDGED_EVENT = re.compile(r"\b(?:(?P<verb>called|calls|described|describes|praised|praises|hailed|hails|celebrated|"
                           r"celebrates|welcomed|welcomes)|(?P<verb2>congratulated|congratulates|thanked|thanks|praised|"
                           r"praises|commended|commends|credited|credits)\s+(?:[\w'\u2019-]+\s+){1,10}?(?:on|for|with)\s+)"
                           r"\s*(?=(?:(?:the|its|their)\s+(?:[\w-]+['\u2019]s\s+)?|[A-Z][\w-]+['\u2019]s\s+)"
                           r"['\u2018\"\u201c]?(?:\w+\s+)?['\u2018\"\u201c]?"
                           r"(?:liberation|capture|recapture|fall|seizure|taking|loss|(?P<own>withdrawal|pull-?out|retreat)"
                           r"(?=\s+(?:of\s+(?:its|their|our)\s+(?:[\w-]+\s+)?(?:forces|troops|units)\s+)?from\b))\b)", _I)
JUDGING_HINTS = ("called", "calls", "described", "describes", "praise", "hail", "celebrat", "welcom", "congratulat",
                 "thank", "commend", "credit")
# "The ministry, which on Sunday credited ...": the relative pronoun speaks for the noun phrase it hangs on
_RELATIVE_SUBJECT = re.compile(r",\s*(?:which|who)\s+(?:(?:on|last|this|earlier|in)\s+[\w-]+(?:\s+[\w-]+)?\s+|"
                               r"(?:had|has|have)\s+|(?:already|also|earlier|later|itself)\s+)*$", _I)


def judged_event_frames(sentence: str, exact: str | None, frames: list[Frame], left_np: LeftNp) -> None:
    """Add the frame of each verdict on an event in ``sentence`` (see the module)."""
    for match in _JUDGED_EVENT.finditer(sentence):
        if any(f.speaker_start <= match.start() < f.speaker_end for f in frames):
            continue
        relative = _RELATIVE_SUBJECT.search(sentence, 0, match.start())
        end = relative.start() if relative is not None else match.start()
        # the body the relative clause hangs on may already speak in the sentence ("X, which ..., said")
        left = next(((f.speaker_start, f.speaker_end) for f in frames if f.speaker_end == end), None)
        if left is None:
            left = left_np(sentence, exact, max([f.speaker_end for f in frames if f.speaker_end <= end] + [0]), end)
        if left is None:
            continue
        np_start, np_end = left
        verb = match.group("verb") or match.group("verb2")
        phrase = clean_speaker_phrase(sentence[np_start:np_end])
        speaker_id = lookup(phrase).speaker_id
        if (verb[0] in "hcwHCW" and verb.lower()[:3] != "cal" or match.group("verb2")) and \
                speaker_id is None and not (match.group("verb2") and phrase_kind(phrase) == "person"):
            continue    # "Crowds celebrated the liberation of X": rejoicing, not a statement
        if match.group("own") and speaker_id is None:
            continue    # a withdrawal described by someone who is no known body: whose forces is unclear
        frames.append(Frame(sentence[np_start:np_end], np_start, np_end, verb, "say", match.end(), len(sentence)))
