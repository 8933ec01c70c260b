"""Labels that open a line before a claim's words: a picture's caption or
credit ("Photo: ...", "Image credit: ..."), an interview's question and
answer labels ("Q:", "A:"). The claim stage (claims.py) reads a line's
claims past them."""

from __future__ import annotations

import re

from verify.extraction.segmentation import Span

# A picture's or a graphic's label on a line of its own: a credit ("Photo: Reuters", "Image
# credit: Ann Lee/AP", "Video by Dan Roe") says who made it, which no one asserts; a caption
# ("Photo: Tanks burn near Bakhmut on Monday.") may be a claim, in the caption's own voice.
_CAPTION = re.compile(
    r"(?:Photo(?:graph)?|Image|Picture|Video|Graphic|Illustration|Map|Footage)s?"
    r"(?: credit| courtesy)?(?:(?P<colon>:)|\s+by)\s+",
    re.IGNORECASE,
)
_CREDIT_MAX_WORDS = 6
# what a label's first word opens with, case-blind (the dotted and dotless
# capital I match "i" too): most lines open otherwise, and skip the pattern
CAPTION_INITIALS = frozenset("FGIMPVfgimpv\u0130\u0131")


def past_caption_label(text: str, sentence: Span) -> Span | None:
    """``sentence`` without its caption label, or None for a credit line."""
    if text[sentence.start : sentence.start + 1] not in CAPTION_INITIALS:
        return sentence
    label = _CAPTION.match(text, sentence.start, sentence.end)
    if label is None:
        return sentence
    rest = text[label.end() : sentence.end]
    if len(rest.split()) <= _CREDIT_MAX_WORDS and not rest.rstrip().endswith((".", "!", "?")):
        return None
    return Span(label.end(), sentence.end) if label["colon"] else sentence


# an interview's question and answer labels: "Q: Is Russia ready?", "A: It has lost …"
LABEL_INITIALS = frozenset("QA")
_INTERVIEW_LABEL = re.compile(r"(?:Q|A|QUESTION|ANSWER|Question|Answer):[ \t]+(?=\S)")


def past_interview_label(text: str, sentence: Span) -> Span:
    """``sentence`` without the label of an interview's question or answer, which
    an editor leaves out of the claim and which names no one."""
    label = _INTERVIEW_LABEL.match(text, sentence.start, sentence.end)
    return sentence if label is None else Span(label.end(), sentence.end)
