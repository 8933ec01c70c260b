"""Whether the noun phrase before a cue is the agent of a participle phrase
that describes the real subject ("A letter from the Legion obtained by The
Associated Press warns that …": the letter warns, not the press agency), and
then the subject the phrase describes."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set
from verify.extraction.phrases import BE, Tag, np_before


def subject_before_agent(tokens: list[re.Match[str]], tag: Tag, cue: str) -> Tag | None:
    """The subject before "<participle> by" when ``tag``, the noun phrase
    right before the cue ``cue``, follows them ("a memo seen by Reuters
    said"); None when it does not."""
    begin = next((i for i, token in enumerate(tokens) if token.start() == tag.start), -1)
    if begin < 3 or tokens[begin - 1].group() != "by":
        return None
    participle = tokens[begin - 2].group()
    if participle not in _AGENT_PARTICIPLES or tokens[begin - 3].group().lower() in BE:
        return None  # "was obtained by The Post": a clause of its own
    subject = np_before(tokens[: begin - 2], cue)
    if subject is None or subject.head_end <= subject.head_start:
        return None
    return subject


# participles that describe a document or a survey by who holds or made it
_AGENT_PARTICIPLES = word_set(
    "obtained reviewed seen released published sent signed issued filed conducted "
    "commissioned produced prepared compiled sponsored funded paid written posted"
)
