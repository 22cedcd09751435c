"""The speaker of each quoted passage of a paragraph, found wherever its attribution sits.

A quote's speaker is the frame whose content holds it ('"...," X said' / 'X said: "..."'); a
quote with none goes on with the quote before it; an unattributed quoted sentence goes on with
the speaker named before it in the paragraph or, when the paragraph names nobody, the last
speaker of the paragraph before (a quote running over several paragraphs).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from ._frames import Frame
from ._sentences import quoted_sentence
from ._speakers import SpeakerInfo


class ReadSentence(Protocol):
    """A sentence of the paragraph with its frames and their resolved speakers."""

    start: int
    end: int
    frames: list[Frame]
    speakers: list[SpeakerInfo]


def continued_quote(paragraph: str, next_paragraph: str | None) -> int | None:
    """Where the words of a quote left open at the paragraph's end begin, when the next paragraph
    opens with a quote mark: the press convention for one quote running over several paragraphs."""
    if next_paragraph is None or next_paragraph.lstrip()[:1] not in ('"', "\u201c"):
        return None
    straight = paragraph.count('"')
    if straight % 2 == 1:
        opening = paragraph.rfind('"')
    elif paragraph.count("\u201c") > paragraph.count("\u201d"):
        opening = paragraph.rfind("\u201c")
    else:
        return None
    # an opening mark starts the paragraph or a sentence, and words follow it
    before = paragraph[:opening].rstrip()
    if before and before[-1] not in ".!?:" or not paragraph[opening + 1:].strip():
        return None
    return opening + 1


def quote_speakers(text: str, regions: Sequence[tuple[int, int]], sentences: Sequence[ReadSentence],
                   speaker_before: Callable[[], SpeakerInfo | None],
                   speaker_after: Callable[[], SpeakerInfo | None] | None = None) -> list[SpeakerInfo | None]:
    """The speaker of each quoted region (field offsets) of a paragraph, or None when nobody is found.

    ``speaker_before`` gives the last speaker of the paragraph before (read only when needed);
    ``speaker_after``, for a quote that runs on into the next paragraph, the speaker found there.
    """
    found: list[SpeakerInfo | None] = []
    for q_start, q_end in regions:
        speaker = None
        for sentence in sentences:
            for frame, info in zip(sentence.frames, sentence.speakers):
                s_start = sentence.start + frame.speaker_start
                if q_start <= s_start < q_end:
                    continue
                c_start = sentence.start + frame.content_start
                c_end = sentence.start + frame.content_end
                if c_start <= q_end - 1 < c_end + 2 or c_start <= q_start < c_end:
                    speaker = info
                    break
            if speaker is not None:
                break
        if speaker is None and found and found[-1] is not None:
            speaker = found[-1]
        if speaker is None and quoted_sentence(text, q_start, q_end, [s.start for s in sentences]):
            # an unattributed quoted sentence goes on with the speaker before it, in this
            # paragraph or, when this one has no speaker at all, the one before
            earlier = [info for s in sentences if s.end <= q_start for info in s.speakers]
            if earlier:
                speaker = earlier[-1]
            elif speaker_after is not None and sentences and q_end >= sentences[-1].end - 1:
                speaker = speaker_after() or (speaker_before() if not any(s.frames for s in sentences) else None)
            elif not any(s.frames for s in sentences):
                speaker = speaker_before()
        found.append(speaker)
    return found
