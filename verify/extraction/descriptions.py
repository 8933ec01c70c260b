"""Speaker heads that are descriptions: a name inside one ("the Clinton
campaign", "the senator from Vermont") is not the speaker, and a name closing
the roles before "of" ("undecided voter Ann Lee of Derry") is."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set
from verify.extraction.name_runs import ABBREVIATED_TITLES
from verify.extraction.name_words import PEOPLE_OF
from verify.extraction.phrases import DETERMINERS, NP_PREPOSITIONS
from verify.extraction.reports.cue_words import REPORTING_VERBS
from verify.extraction.sentence_subjects import adjective_shaped

# words that open a description, whose aside may name the speaker
DESCRIPTION_OPENERS = DETERMINERS | word_set("another one")


def name_closing_roles(head: str) -> tuple[int, str]:
    """Where in ``head`` and which the name closing lower-case roles right
    before "of" is ("Ann Lee" of "undecided voter Ann Lee of Derry"), else
    the name closing a title phrase (`titled_name_closing`); (0, "") when
    there is none."""
    named = _NAME_BEFORE_OF.search(head)
    return titled_name_closing(head) if named is None else (named.start(1), named[1])


# two or three capitalised words after a lower-case one, right before " of "
_NAME_BEFORE_OF = re.compile(
    r"^(?:\S+ )*?[a-z]+ ((?:[A-Z][\w.\u2019'-]* ){1,2}[A-Z][\w\u2019'-]*) of "
)


def name_modifies(head: str) -> bool:
    """ "the New York businessman", "the Clinton campaign", "another Twitter
    user": a name before a lower-case noun describes the speaker and is not
    the speaker."""
    words = head.split()
    if len(words) > 1 and words[-1] in PEOPLE_OF and words[-2][:1].isupper():
        # "Trump aides", "Kremlin officials", "Union leaders": the people, not the name
        return True
    if len(words) == 2 and words[0].lower() in _MEMBER_OPENERS and words[1][:1].isupper():
        # "Another Muslim", "One Republican": one of a people or party, as written
        return True
    lower_tail = 0
    while (
        lower_tail < len(words)
        and words[-1 - lower_tail].replace("-", "").isalpha()
        and (words[-1 - lower_tail].islower())
    ):
        lower_tail += 1
    # "the Senate minority leader", "the Stanford medieval-history graduate"
    return (
        len(words) > 2
        and (words[0].lower() in DESCRIPTION_OPENERS or _lower_modifier(words[0]))
        and 1 <= lower_tail <= 3
        and len(words) - lower_tail > 1
        and words[-1 - lower_tail][:1].isupper()
    )


_MEMBER_OPENERS = word_set("another one a an")


def _lower_modifier(word: str) -> bool:
    """A lower-case word that may open a description ("old Iowa political
    hands"), not a preposition ("with Trump reportedly yelling")."""
    return word.isalpha() and word.islower() and word not in NP_PREPOSITIONS


def adjective_head(head: str) -> bool:
    """ "Federal labor organizations": the capitalised adjective is no name,
    the speaker is the whole phrase."""
    words = head.split()
    return len(words) > 1 and words[-1].islower() and adjective_shaped(words[0])


def own_report_start(mention: str) -> int:
    """Where a relative clause reporting what the speaker also said starts
    in a mention with an aside ("Ann Lee, a pollster, who added that …",
    "Tom Ray, the mayor, who conceded that …"): the report is no part of
    who the speaker is; -1 when there is none."""
    aside = mention.find(",")
    if aside < 0:
        return -1
    # the clause after an aside, not one right after the name ("Weld, who added …")
    for report in _OWN_REPORT.finditer(mention, aside + 1):
        if report["verb"] in REPORTING_VERBS:
            return report.start()
    return -1


# ", who (also) said", ", who added", ", who echoed …" (a reporting verb of the
# claim stage's lexicon): after the aside's comma
_OWN_REPORT = re.compile(r",\s+who\s+(?:also\s+|later\s+|then\s+)?(?P<verb>[a-z]+)\b")


def titled_name_closing(head: str) -> tuple[int, str]:
    """Where in ``head`` and which the full name closing a title phrase with
    "of" or "for" in it is, when a title or a role noun stands right before
    it ("Ann Lee" of "Speaker of the House Rep. Ann Lee" or "master of
    ceremonies Ann Lee"); (0, "") when there is none, as in "a spokesman for
    Sen. Ann Lee", whose determiner makes the head someone else's role."""
    if " of " not in head and " for " not in head:
        return 0, ""
    words = [(found.start(), found.group()) for found in _WORD.finditer(head)]
    if len(words) < 4 or words[0][1].lower() in DESCRIPTION_OPENERS:
        return 0, ""
    named = 0
    while named < 3 and _name_word(words[-1 - named][1]):
        named += 1
    if named < 2 or len(words) < named + 3 or words[-1][1].isupper():
        return 0, ""
    before, role = words[-named - 2][1], words[-named - 1][1]
    if not _titles(before, role):
        return 0, ""
    start = words[-named][0]
    return start, head[start:]


def _titles(before: str, role: str) -> bool:
    """Whether ``role`` (after ``before``) is a title for the name after it:
    "Rep." or a role noun ("director"), but not a determiner nor a role
    after "for" ("spokesman for candidate Ann Lee")."""
    if role.endswith("."):
        return role[:-1] in ABBREVIATED_TITLES
    return (
        role.isalpha()
        and role.islower()
        and role not in NP_PREPOSITIONS
        and role not in DESCRIPTION_OPENERS
        and before not in _OTHERS_ROLE
    )


_WORD = re.compile(r"\S+")
# "spokesman for candidate Ann Lee": the role is someone else's
_OTHERS_ROLE = word_set("for to")


def _name_word(word: str) -> bool:
    """A word of a name: capitalised, no title, possessive nor comma, or an
    initial ("D.")."""
    if len(word) == 2 and word[1] == ".":
        return word[0].isupper()
    return word[:1].isupper() and not word.endswith((".", "'s", "\u2019s", ","))
