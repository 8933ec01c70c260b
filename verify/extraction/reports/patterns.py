"""Reports found by a pattern around a fixed phrase: "according to", "as ...
said", tags after a quote or closing a sentence ("..., said X.", "..., she
noted."), documents and polls ("In a new poll, ..."), nominal cues ("Rubio's
claim that ..."), viewpoints ("In their view") and headlines ("X: ...",
"Glenn Beck Blasts Drudge")."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set
from verify.extraction.name_runs import ABBREVIATED_TITLES
from verify.extraction.phrases import time_phrase_length
from verify.extraction.reports.claimants import (
    ADVERBS,
    BETWEEN,
    DAYS,
    HARD_BREAK,
    WINDOW,
    Report,
    checked_report,
    is_adverb,
    report_of_subject,
    sentence_subject,
    skip_space,
)
from verify.extraction.reports.cue_words import (
    CUE_WORDS,
    REPORTING_VERBS,
    STANCES,
    letter_runs,
)
from verify.extraction.reports.edges import SPACE_AND_QUOTES
from verify.extraction.reports.shares import is_share
from verify.extraction.reports.verbs import (
    CLAUSE_AFTER,
    DOCUMENTS,
    FINITE,
    subject_cue,
)
from verify.extraction.reports.words import OPENING_WORDS
from verify.extraction.segmentation import in_title_case
from verify.extraction.types import Quote

# a letter of a claimant after an inverted cue: no full stop but a title's
# or an initial's ("said Mr. Trump.", "said Donald J. Trump.")
_NAME_CHAR = (
    r"(?:(?:Mr|Ms|Mrs|Dr|Sen|Gov|Rep|Gen|Lt|Col|Prof|Rev|St|[A-Z])\.(?=\s[A-Z])"
    r"|[^,;:.!?\"\u201c\u201d])"
)
# "..., said Ed Rendell, who chairs the host committee." / "..., say some Democrats."
# (not "told": after "..., Ed Rendell, a Democrat, told" comes whom he told)
_TRAILING_TAG = re.compile(
    r",\s*[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u2039\u203a]{0,3}\s*"
    r"(?P<cue>said|says|say|added|adds|wrote|writes|"
    r"claimed|predicted|argued|argues|warned|warns|insisted|noted|notes|reported|reports)\s+"
    r"(?!(?:that|to|it|he|she|they|we|I|in|on|at|of|about|so|this|nothing|no|not|what|how|"
    r"over|into|during|after|before|just|via|through|later|earlier)\b)"
    r"(?P<subject>" + _NAME_CHAR + r"{1,60}?)(?:,[^;!?\u201c\u201d\"]{0,160}?)?[.!?]?\s*$"
)
# "The contrast, said Doyle and others, would be clear."
_MID_TAG = re.compile(
    r",\s*(?P<cue>said|says|say|argued|argues|added|wrote|writes|noted|notes)\s+"
    r"(?P<subject>(?:[A-Z]|the\s|a\s|an\s)" + _NAME_CHAR + r"{0,60}?),\s"
)
# "\u201cLet him decide,\u201d said Vice President Joe Biden, urging ... to \u201cgive
# him time.\u201d": a tag right after a closing quote mark, whatever follows
# the name (the trailing tag above allows no quote after it)
_AFTER_QUOTE_TAG = re.compile(
    r"[,?!][\"'\u201d\u2019]{1,3}\s+(?P<cue>said|says|added|asked|replied|declared|wrote|told)\s+"
    r"(?P<subject>(?=[A-Z]|the\s|a\s|an\s|one\s)" + _NAME_CHAR + r"{1,60}?)"
    r"(?=,|[.!?]?\s*$|\s+(?:at|in|on|during|of|to|from|while|before|after|who|that|which)\s)"
)
# "..., she noted.", "..., the ministry said on Monday."
_FINAL_TAG = re.compile(
    r",\s+(?P<subject>[^,;:\"\u201c\u201d]{1,60}?)\s+(?:also\s+|has\s+|had\s+|later\s+)?"
    r"(?P<cue>[a-z]+)(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+in\s+an?\s+(?:statement|interview))?"
    r"[.!?]?[\"'\u201d\u2019]?\s*$"
)
# what _FINAL_TAG allows after its last word
_CLOSING = ".!?\"'\u201d\u2019"
# "As reported by Western Journalism, ..."
AS_REPORTED_BY = re.compile(
    r"\b[Aa]s\s+(?:first\s+|previously\s+|originally\s+)?(?P<cue>reported|noted|revealed)\s+by\s+"
    # closing the sentence too: "..., as first reported by the Times on Tuesday."
    r"(?P<subject>[^,;:.!?\u201c\u201d\"]{1,80}?)\s*(?:,|[.!?]?[\"'\u201d\u2019]?\s*$)"
)
# "As the mayor put it, ...", "The pier, as Lund noted, is ..."
_AS_SAID = re.compile(
    r"[Aa]s\s+(?P<subject>[^,;:.!?\"\u201c\u201d]{1,60}?)\s+(?:has\s+|had\s+)?"
    r"(?P<cue>put\s+it|said|says|noted|notes|wrote|writes|argued|argues|explained|observed)\s*,"
)
# "In a new ABC News Poll, ...", "In exit polls, ...": the noun capitalised in a
# name, in the plural, and after one bare modifier too
_IN_DOCUMENT = re.compile(
    r"(?:In|On)\s+(?P<subject>(?:(?:a|an|the)\s+[^,;:.!?]{0,60}?\b"
    r"(?:[Pp]oll|[Ss]urvey|[Ss]tud(?:y|ie)|[Rr]eport|[Aa]nalys[ie]s|[Ss]tatement|[Ii]nterview|"
    r"[Ll]etter|[Mm]emo|[Ff]iling|[Ll]awsuit|[Rr]eview|[Aa]udit|[Rr]uling)s?"
    # "In interviews, voters said ...": the voters say it; polls say it themselves
    r"|(?:[a-z]+\s+)?(?:polls|surveys|studies))"
    # "In a statement released by the mayor's office, ...": its author after it
    r"(?:\s+(?:released|issued|sent|signed|written|posted|published)\s+by(?:\s+[^,;:.!?\s]+){1,6}"
    r"|(?:\s+[^,;:.!?\s]+){0,4})),\s"
)
# "... among black voters in a CNN national poll.": a poll inside the sentence
_IN_POLL = re.compile(
    r"\b(?:in|by)\s+(?P<subject>(?:a|an|the|[A-Z][\w.\u2019'/-]*"
    # "in just about every statewide poll", "in latest poll"
    r"|(?:(?:just\s+about|nearly|almost)\s+)?(?:every|each|most|all|several|both|latest))"
    # a poll's name of many words, capitalised too ("the latest Washington Post-ABC News Poll")
    # (no phrase of its own inside: "in the hours before the polls", "in Ohio to take")
    r"(?:\s+(?!(?:to|before|after|at|atop|for|from|with|on|in|and|or|head)\b)[\w.\u2019'/-]+)"
    r"{0,7}?\s+(?:[Pp]olls?|[Ss]urveys?|study|exit\s+polls)"
    # polls without an article: "leads in national polls", "third in most surveys"
    r"|(?P<bare>(?:(?:national|recent|most|many|some|several|early|new|latest|state|public|other)"
    r"\s+)?(?:polls|surveys)))\b(?!\s+(?:of|that|which|who|to)\b)"
)
# "his nosedive in polls", "Carson's drop in national polls": polls without an
# article after a possessed noun belong to that noun phrase, reporting nothing
_POSSESSED_NOUN = re.compile(r"(?:\b(?:his|her|its|their|our|my|your)|\w['\u2019]s?)\s+[a-z]+\s+$")
_RELATIVE_CLAUSE = re.compile(r"\s(?:that|which|who|whose)\s")
_HEADLINE = re.compile(
    r"(?P<subject>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}(?:\s+camp)?)"
    # whom or where they said it: "Clinton to Planned Parenthood: ...", "Mukasey at RNC: ..."
    r"(?:\s+(?:[Tt]o|[Aa]t)\s+[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,5})?"
    r":\s+\S"
)
# "Breaking: ...", "Q: ...": labels, not sources
_NOT_HEADLINE_SOURCE = word_set(
    "breaking update updated watch exclusive video photos analysis opinion editorial live "
    "q a note correction wow latest plus"
)
# "In their view, ...", "in Professor Knittel's view": a viewpoint's possessor
_IN_VIEW = re.compile(
    r"\b[Ii]n\s+(?:(?P<pronoun>his|her|their|my|our)|(?P<name>[A-Z][\w.\u2019'-]*"
    r"(?:\s+[A-Z][\w.\u2019'-]*){0,3})['\u2019]s?)\s+(?:own\s+)?"
    r"(?P<cue>view|opinion)\b"
)
# the full stop of a title or an initial inside a name ("Mr. Rhodes", "George
# W. Bush"): one look-behind per length, as a look-behind has one width
_NAME_DOT = (
    "(?:(?<=\\b[A-Z])(?<!\\.[A-Z])"
    + "".join(
        f"|(?<=\\b(?:{'|'.join(t for t in ABBREVIATED_TITLES if len(t) == size)}))"
        for size in sorted({len(title) for title in ABBREVIATED_TITLES})
    )
    + r")\.(?=[ \u00a0]?[A-Z])"
    # and the last of a dotted short form ("U.S. officials", "the U.S. Senate": a
    # claim is one sentence, so a word after it goes on that sentence)
    + r"|(?<=[A-Z]\.[A-Z])\.(?=[ \u00a0][A-Za-z])"
)
# the source ends at a dash too ("according to the Tax Policy Center - half ...")
_ACCORDING_TO = re.compile(
    r"\b(?P<cue>[Aa]ccording\s+to)\s+(?P<subject>(?:[^,;:.!?\u201c\u201d\"]"
    rf"|(?:{_NAME_DOT})"
    # a title in quote marks inside it: 'according to her "clawback" plan'
    r"|\"[^\",;:.!?\u201c\u201d]{1,40}\"(?=\s+[a-z])|\u201c[^\",;:.!?\u201c\u201d]{1,40}\u201d(?=\s+[a-z])"
    r"){1,160}?)"
    rf"\s*(?:[,;:!?\u2014\u2013(]|(?!{_NAME_DOT})\.|\s-|$)"
)
# how far before a sentence's end a trailing tag is looked for (a bound, like
# WINDOW in claimants.py)
_TAG_WINDOW = 260
# the longest closing tag: a claimant of 60 characters, its cue and a time
_FINAL_TAG_LENGTH = 110


def matched(
    pattern: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    cue: str | None = None,
    *,
    anchored: bool = False,
    needs: str = "",
) -> Report | None:
    """The report a pattern with a "subject" group (and a "cue" group unless
    ``cue`` is given) finds in text[start:end]; ``needs`` is a string that
    every match holds, looked for first because that is much faster."""
    if needs and text.find(needs, start, end) < 0:
        return None
    match = (pattern.match if anchored else pattern.search)(text, start, end)
    if match is None:
        return None
    return checked_report(text, match.start("subject"), match.end("subject"), cue or match["cue"])


# "In an interview, Trump said ...": who speaks in it is the claimant, not the document
_SPOKEN_DOCUMENTS = word_set("statement statements interview interviews letter letters memo")


def in_document(text: str, start: int, end: int, quotes: tuple[Quote, ...]) -> Report | None:
    # the pattern is anchored at the sentence's start and opens with "In" or
    # "On" (most sentences don't): looked for first, which is cheaper
    if not text.startswith(("In", "On"), start, end):
        return None
    report = matched(_IN_DOCUMENT, text, start, end, "in", anchored=True)
    if report is None or _SPOKEN_DOCUMENTS.isdisjoint(
        text[report.subject_start : report.subject_end].lower().split()
    ):
        return report
    agent = _DOCUMENT_AGENT.match(text, report.subject_end, end)
    return (
        subject_cue(text, report.subject_end, end, quotes)
        # "In a statement released by the council, the pier was ...": its author
        or (None if agent is None else checked_report(text, *agent.span("subject"), "in"))
        or _speaker_in(text, report.subject_end, end)
        or report
    )


_DOCUMENT_AGENT = re.compile(
    r"\s+(?:released|issued|sent|signed|written|posted|published|put\s+out)\s+by\s+"
    r"(?P<subject>[^,;:.!?]{1,80}),"
)


def _speaker_in(text: str, document_end: int, end: int) -> Report | None:
    # "In an interview with CNN, Trump continued to question ...": who speaks
    # in it, the subject after the phrase, with no cue of its own
    comma = text.find(",", document_end, end)
    subject = sentence_subject(text, comma + 1, end) if comma >= 0 else None
    return None if subject is None else checked_report(text, *subject, "in")


def as_said(text: str, start: int, end: int) -> Report | None:
    # at the sentence's start or after a comma (looked for first, which is cheaper)
    if text.startswith("As ", start):
        at = start
    else:
        comma = text.find(", as ", start, end)
        if comma < 0:
            return None
        at = comma + 2
    match = _AS_SAID.match(text, at, end)
    if match is None:
        return None
    return checked_report(text, *match.span("subject"), " ".join(match["cue"].split()))


def in_view(text: str, start: int, end: int) -> Report | None:
    # most sentences hold neither noun: looked for first, which is cheaper
    if text.find(" view", start, end) < 0 and text.find(" opinion", start, end) < 0:
        return None
    match = _IN_VIEW.search(text, start, end)
    if match is None:
        return None
    group = "pronoun" if match["pronoun"] else "name"
    return checked_report(text, match.start(group), match.end(group), match["cue"])


# "To many, the pier is a danger", "To Ann Lee, the vote was a warning", "For
# many divers, the pier is a danger": the view of the people named before the
# comma opening the sentence (not "For Lee, the loss was a blow", mostly the
# writer's view of what befell them: after "For" only a quantified group)
_TO_WHOM = re.compile(
    r"To\s+(?P<name>(?:many|some|most|them|him|her|me|us|others|critics|supporters)"
    r"|[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,2}"
    r"|(?:his|her|their|many|some|most)\s+[a-z]+(?:\s+[a-z]+)?),\s"
    # "For many activists, ...": a quantified group (not "For many months")
    r"|For\s+(?P<group>(?:many|some|most)(?:\s+(?!(?:of|who|that|years|months|weeks|days|decades"
    r"|hours|reasons)\b)[A-Za-z\u2019'-]+){0,4}),\s"
)


def to_whom(text: str, start: int, end: int) -> Report | None:
    # every match opens with "To" or "For": looked for first, which is cheaper
    if not text.startswith(("To", "For"), start, end):
        return None
    match = _TO_WHOM.match(text, start, end)
    if match is None:
        return None
    if match["group"] is not None:
        return checked_report(text, *match.span("group"), "for")
    return checked_report(text, *match.span("name"), "to")


# "support" is far more often a noun ("his strong support", "support for the
# bill", "36 percent support") than a stance: a verb only after a modal, or
# after a plural subject or a pronoun standing just before it, and before
# its object
# (not "can", "may": "officials who may support any candidate" is no stance)
_MODALS = word_set("will would should must does do did")
_SUPPORT_SUBJECTS = word_set("they we I")
# a question or a manner before the verb: "whether he would support Trump"
_NO_STANCE = word_set("whether how")
_NOT_PLURAL = word_set("his its this was is has as us who")
_AFTER_SUPPORT_NOUN = word_set(
    "for from among of behind to in on at with and or before after by that"
)
_SUPPORT_REACH = 60


def support_stance(text: str, start: int, end: int) -> Report | None:
    """ "Millennials support background checks", "Ann Lee would support the
    plan": the stance of the phrase before "support" used as a verb (not
    after "who", whose antecedent is too often misread here); so too "call",
    a noun as often ("a phone call"), where it names or demands ("Critics
    call it a tax", "Democrats call for a ban")."""
    for verb in ("support", "call"):
        at = text.find(f" {verb} ", start, end)
        while at >= 0:
            report = _support_at(text, start, at + 1, end, verb)
            if report is not None:
                return report
            at = text.find(f" {verb} ", at + len(verb) + 1, end)
    return None


# "call" names ("call it a tax") or demands ("call for a ban"): only before
# an object pronoun or "for" ("a phone call from", "the country we call home")
_CALL_OBJECTS = word_set("it this that them him her themselves himself herself for")
# "what critics call a tax", "as they call each other": the naming is an aside
_CALL_ASIDES = word_set("what as (what")


def _support_at(text: str, start: int, cue_start: int, end: int, verb: str) -> Report | None:
    cue_end = cue_start + len(verb)
    following = text[cue_end : cue_end + 23].split()[:1]
    if not following or not following[0][0].isalnum():
        return None
    if verb == "support" and following[0] in _AFTER_SUPPORT_NOUN:
        return None
    if verb == "call" and following[0] not in _CALL_OBJECTS:
        return None
    previous = text[max(start, cue_start - _SUPPORT_REACH) : cue_start].split()
    if not _NO_STANCE.isdisjoint(previous):
        return None
    while previous and (is_adverb(previous[-1]) or previous[-1] == "not"):
        previous.pop()
    modal = bool(previous) and previous[-1] in _MODALS
    word = previous[-1] if previous else ""
    plural = word.isalpha() and word.endswith("s") and word.lower() not in _NOT_PLURAL
    if not (modal or word in _SUPPORT_SUBJECTS or plural or is_share(word)):
        return None
    if verb == "call" and len(previous) > 1 and previous[-2].lower() in _CALL_ASIDES:
        return None
    return report_of_subject(text, start, cue_start, end, verb)


# "Noting that both Reagan and Trump ..., Schlafly put ...": a sentence that
# opens with a reporting participle and "that" reports for the subject after
# the opening phrase (a capitalised participle is no cue token)
_OPENING_PARTICIPLES = tuple(
    sorted(f"{word.capitalize()} that " for word in REPORTING_VERBS if word.endswith("ing"))
)


def opening_participle(text: str, start: int, end: int) -> Report | None:
    at = skip_space(text, start)
    if not text.startswith(_OPENING_PARTICIPLES, at, end):
        return None
    cue = text[at : text.index(" ", at)].lower()
    return report_of_subject(text, start, at, end, cue)


# "..., in the hopes that the platform will endorse a $15 wage", "in hopes he'd
# retweet ...": what the sentence's subject hopes (as "hopes that ..." is a
# cue); not "in hopes of winning", an aim
_IN_HOPE = re.compile(r"\b[Ii]n\s+(?:the\s+)?hopes?(?=\s)")


def in_hope(text: str, start: int, end: int) -> Report | None:
    # most sentences hold no "hope": looked for first, which is cheaper
    if text.find(" hope", start, end) < 0:
        return None
    match = _IN_HOPE.search(text, start, end)
    if match is None or not CLAUSE_AFTER.match(text, match.end()):
        return None
    subject = sentence_subject(text, start, match.start())
    if subject is None:
        return None
    return checked_report(text, *subject, " ".join(match.group().lower().split()))


def according_to(text: str, start: int, end: int) -> Report | None:
    if text.find("ccording", start, end) < 0:
        return None
    match = _ACCORDING_TO.search(text, start, end)
    if match is None:
        return None
    # "according to a new poll that shows ...": the source ends at the relative clause
    relative = _RELATIVE_CLAUSE.search(text, match.start("subject"), match.end("subject"))
    stop = relative.start() if relative else match.end("subject")
    return checked_report(text, match.start("subject"), stop, match.group("cue"))


def trailing_tag(text: str, start: int, end: int) -> Report | None:
    # "..., said Dmitry Peskov, the Kremlin spokesman." but not "..., said the
    # family deserved better." (a clause after the cue, not its speaker)
    match = (
        _TRAILING_TAG.search(text, max(start, end - _TAG_WINDOW), end)
        or _MID_TAG.search(text, start, end)
        or _after_quote_tag(text, start, end)
    )
    if match is None:
        return None
    # "..., said six million people who lost their insurance.": the relative
    # clause describes the speaker, whatever its verb
    who = text.find(" who ", match.start("subject"), match.end("subject"))
    stop = match.end("subject") if who < 0 else who
    if any(
        word in FINITE or (word.endswith("ed") and word.islower())
        for word in text[match.start("subject") : stop].split()
    ):
        return None
    return checked_report(text, match.start("subject"), stop, match["cue"])


def _after_quote_tag(text: str, start: int, end: int) -> re.Match[str] | None:
    # not in brackets: "(''Francesco Excommunicates Trump,'' declared La
    # Stampa)" tags a quote the sentence only mentions
    match = _AFTER_QUOTE_TAG.search(text, start, end)
    if match is None or text.rfind("(", start, match.start()) > text.rfind(
        ")", start, match.start()
    ):
        return None
    return match


def final_tag(text: str, start: int, end: int) -> Report | None:
    # "Social media has added a link to the chain, she noted.": a tag closing
    # the sentence names its speaker, whatever verbs come before it
    # the tag holds no comma, so it can only start at the last one
    comma = text.rfind(",", max(start, end - _FINAL_TAG_LENGTH), end)
    if comma < 0 or not _may_close_with_cue(text[comma:end]):
        return None
    match = _FINAL_TAG.match(text, comma, end)
    if match is None or match["cue"] not in CUE_WORDS:
        return None
    first = match["subject"].split()[:1]
    if first and is_adverb(first[0]):
        # "..., forcefully rejected Clinton's claim.": a verb phrase, not a tag
        return None
    return checked_report(text, match.start("subject"), match.end("subject"), match["cue"])


def _may_close_with_cue(tail: str) -> bool:
    """Whether the last word of ``tail``, past its closing punctuation, can
    end a match of _FINAL_TAG whose cue is a cue word: the cue itself, a
    weekday ("on Monday") or "statement" / "interview"; checked first
    because most sentences fail it and the regex backtracks over its lazy
    subject."""
    # the last word alone: rsplit stops after it, not splitting the rest
    words = tail.rstrip().rstrip(_CLOSING).rsplit(maxsplit=1)
    last = words[-1] if words else ""
    return last in CUE_WORDS or last.endswith("day") or last in ("statement", "interview")


def in_poll(text: str, start: int, end: int) -> Report | None:
    # "... in a CNN national poll."
    if (
        text.find("oll", start, end) < 0
        and text.find("urvey", start, end) < 0
        and text.find("study", start, end) < 0
    ):
        return None
    match = _IN_POLL.search(text, start, end)
    if match is not None and not (
        match["bare"]
        and _POSSESSED_NOUN.search(text, max(start, match.start() - 40), match.start())
    ):
        return checked_report(text, match.start("subject"), match.end("subject"), "in")
    return _poll_standing(text, start, end)


# "Wednesday's Quinnipiac poll has Clinton leading Trump", "The CBS poll gave
# Clinton a lead", "a CNN poll giving her 30 points": a poll that has or gives
# someone a standing reports it, as one that shows it does (not "the poll has a
# margin of error": the object is a name or a pronoun)
_POLL_STANDING = re.compile(
    r"\b(?:poll|polls|survey|surveys)\s+(?:also\s+|now\s+|still\s+)?"
    r"(?P<cue>has|have|had|gave|gives|giving|puts|put)\s+(?:[A-Z]|(?:him|her|them|his|their)\b)"
)


def _poll_standing(text: str, start: int, end: int) -> Report | None:
    match = _POLL_STANDING.search(text, start, end)
    if match is None:
        return None
    return report_of_subject(text, start, match.start("cue"), end, match["cue"])


# "Rubio's claim that ...", "Sanders's point was that ...", "her insistence
# that ...": a nominal cue after its possessor
_NOMINAL_NOUNS = word_set(
    "claim assertion argument contention insistence view belief fear point warning "
    "suggestion message promise prediction position allegation accusation concern admission "
    "assurance complaint charge hope insinuation statement demand response answer reply "
    "explanation criticism"
)
_NOMINAL_CUES = _NOMINAL_NOUNS | frozenset(noun + "s" for noun in _NOMINAL_NOUNS)
# "complaints from his counterpart that ...", "a demand, by Nancy Pelosi, that ...":
# the agent of a nominal cue follows it (searched in the words before " that ")
_NOMINAL_AGENT = re.compile(
    r"\b(?P<cue>" + "|".join(sorted(_NOMINAL_CUES)) + r"),?\s+(?:from|by)\s+"
    r"(?P<subject>[^;:.!?\"\u201c\u201d]{1,80}?),?$"
)
_AGENT_REACH = 100
_POSSESSIVE_PRONOUNS = word_set("his her their His Her Their")
_POSSESSIVE_ENDINGS = ("'s", "\u2019s", "'", "\u2019")
_MAX_NAME_WORDS = 4


def nominal_cue(text: str, start: int, end: int) -> Report | None:
    # found from " that ", which str.find looks for much faster than a regex would
    that = text.find(" that ", start, end)
    while that >= 0:
        words = text[max(start, that - WINDOW) : that].split()
        if words and words[-1] in ("is", "was"):
            words.pop()
            if len(words) > 2 and words[-2] == "on" and words[-1] in DAYS:
                # "Sanders's argument on Sunday was that ...": when it was made
                del words[-2:]
        _drop_time_phrase(words)
        if words and words[-1] in _NOMINAL_CUES:
            cue = words.pop()
            possessor = _possessor(text, start, that, words[-2:])
            if possessor is not None:
                return checked_report(text, *possessor, cue)
        reach = max(start, that - _AGENT_REACH)
        agent = None
        if text.find(" from ", reach, that) >= 0 or text.find(" by ", reach, that) >= 0:
            agent = _NOMINAL_AGENT.search(text, reach, that)
        if agent is not None:
            report = checked_report(text, *agent.span("subject"), agent["cue"])
            if report is not None:
                return report
        that = text.find(" that ", that + 5, end)
    return None


_MAX_TIME_WORDS = 3


def _drop_time_phrase(words: list[str]) -> None:
    """Drops a time phrase closing ``words`` ("his claim in November", "Lee's
    statement earlier this year"): it says when the cue before it was made."""
    for size in range(_MAX_TIME_WORDS, 1, -1):
        if len(words) > size and time_phrase_length(words[-size:]) == size:
            del words[-size:]
            return


def _possessor(text: str, start: int, end: int, words: list[str]) -> tuple[int, int] | None:
    """The span of "Mr. Trump" in "Mr. Trump's", or of "his", among the last
    ``words`` before a nominal cue (one modifier may come between: "his stern
    warning")."""
    for back, word in enumerate(reversed(words)):
        if word in _POSSESSIVE_PRONOUNS:
            at = text.rfind(word, start, end)
            return at, at + len(word)
        if word.endswith(_POSSESSIVE_ENDINGS):
            # "his father's assertion": a name owns it, or no one we can name
            if not word[0].isupper():
                return None
            stop = text.rfind(word, start, end) + len(word.rstrip("s")) - 1
            return name_ending_at(text, start, stop)
        if back:
            break
    return None


def name_ending_at(text: str, start: int, stop: int) -> tuple[int, int] | None:
    # "Despite Mr. Trump": the capitalised words before ``stop``, past an opening word
    words = text[max(start, stop - WINDOW) : stop].split()
    name: list[str] = []
    while words and words[-1][0].isupper() and len(name) < _MAX_NAME_WORDS:
        name.insert(0, words.pop())
    while name and name[0].lower() in OPENING_WORDS:
        name.pop(0)
    if not name:
        return None
    return text.rfind(" ".join(name), start, stop), stop


# "Glenn Beck Blasts Drudge", "Senator Endorses Cruz": a headline in title case
# capitalises its cue; not the words that name things more often than they
# report in a headline ("TV Shows", "Claims", "Calls", "Hope"; show and find
# count after a document only, below)
_TITLE_CUES = {
    word.capitalize().encode("ascii"): word
    for word in REPORTING_VERBS | STANCES
    if word.isalpha()
    and word.islower()
    and word
    not in word_set(
        "claim claims call calls called show shows showed find finds found hope hopes fear "
        "fears want wants note notes report reports reported posted promise cite cites "
        "estimate estimates forecast forecasts tell suspect suspects calculated warning"
    )
}
# cues of a headline whose subject is a document ("New Poll Shows ...",
# "Leaked Documents Reveal ...")
_TITLE_DOCUMENT_CUES = {
    word.capitalize().encode("ascii"): word
    for word in word_set("show shows showed find finds found reveal")
}
TITLE_CUE_KEYS = frozenset(_TITLE_CUES) | frozenset(_TITLE_DOCUMENT_CUES)
BETWEEN_OR_ADVERB = BETWEEN | ADVERBS
_TITLE_PASSIVE = re.compile(r"\s+(?:Of|By|of|by)\b")
_TITLE_CLAUSE_WORDS = word_set(
    "how why what when where who which that after before as at to for with about on in from "
    "by if while"
)
_TITLE_NO_SUBJECT = word_set("to who which that")
_MAX_TITLE_SUBJECT = 6


# "Cruz Is Eligible, Board Of Election Finds.": a title-case tag closing a
# headline after a comma is a cue, even one that opening a headline may be a
# noun ("Claims", "Reports") or need a document ("Finds")
_CLOSING_TITLE_CUES = {
    word.capitalize().encode("ascii"): word
    for word in REPORTING_VERBS.union(_TITLE_DOCUMENT_CUES.values())
    if word.isalpha() and word.islower()
}
_CLOSING_TITLE_TAG = re.compile(
    r",[\"'\u201d\u2019]?\s+(?P<subject>[A-Z][\w.\u2019'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.\u2019'-]*){0,5})\s+"
    r"[A-Z][a-z]+[.!?]?[\"'\u201d\u2019]?\s*$"
)


def _closing_title_tag(text: str, start: int, end: int, cue: str) -> Report | None:
    if not in_title_case(text, start, end):
        return None
    match = _CLOSING_TITLE_TAG.search(text, start, end)
    if match is None:
        return None
    return checked_report(text, match.start("subject"), match.end("subject"), cue)


def cue_run_into_name(text: str, end: int, name: str) -> bool:
    """Whether a headline in title case ran a cue, or a word before one, into
    a name with the mention ending at ``end`` ("Glenn Beck Blasts Drudge",
    "..., Trevor Noah Says."): the name is the mention, not the run."""
    following = text[end : end + 40].split()[:1]
    if not following:
        return False
    word = following[0].rstrip(_CLOSING)
    lowered = word.lower()
    return (
        lowered in BETWEEN_OR_ADVERB or lowered in CUE_WORDS or is_adverb(lowered)
    ) and word in name.split()


def title_cue(
    text: str,
    start: int,
    end: int,
    runs: list[bytes] | None = None,
    keys: frozenset[bytes] | None = None,
) -> Report | None:
    """``runs`` are the letter runs of text[start:end] (``letter_runs``,
    split) when the caller has them, and ``keys`` those of them that a rule
    looks for, TITLE_CUE_KEYS among them."""
    # found like the other cues, as a run of letters (most sentences hold none)
    if runs is None:
        runs = letter_runs(text, start, end).split()
    if runs and runs[-1] in _CLOSING_TITLE_CUES:
        report = _closing_title_tag(text, start, end, _CLOSING_TITLE_CUES[runs[-1]])
        if report is not None:
            return report
    found = TITLE_CUE_KEYS.intersection(runs if keys is None else keys)
    if not found:
        return None
    cues = _TITLE_CUES.keys() & found
    if cues:
        return _title_report(text, start, end, min(cues, key=runs.index), _TITLE_CUES)
    report = _title_report(text, start, end, min(found, key=runs.index), _TITLE_DOCUMENT_CUES)
    if report is None:
        return None
    subject = text[report.subject_start : report.subject_end].split()
    # "New Poll Shows ...", "Leaked Documents Reveal ...": what a document shows
    # it reports; "Clinton Shows Her Mettle" does not
    return report if subject[-1].lower() in DOCUMENTS else None


def _title_report(
    text: str, start: int, end: int, found: bytes, lexicon: dict[bytes, str]
) -> Report | None:
    if not in_title_case(text, start, end):
        return None
    cue = found.decode("ascii")
    at = re.search(rf"\b{cue}\b", text[start:end])
    if at is None:
        return None
    if _TITLE_PASSIVE.match(text, start + at.end(), end):
        # "FDIC Accused Of Covering Up ...", "Suspect Named By Police"
        return None
    before = HARD_BREAK.split(text[start : start + at.start()])[-1].split(",")[-1]
    # "Guns Are ‘A Crisis,’ Ada Lund Tells Council": the quote's closing mark is no name
    subject = before.strip(SPACE_AND_QUOTES).split()
    while subject and (subject[-1].lower() in BETWEEN_OR_ADVERB or is_adverb(subject[-1].lower())):
        # "Donald Trump Just Revealed", "Trump Is Now Calling"
        subject.pop()
    for back, word in enumerate(reversed(subject)):
        if word.lower() in _TITLE_CLAUSE_WORDS:
            # "How Paul Ryan Thinks", not "Obama To Asians Worried"
            if word.lower() in _TITLE_NO_SUBJECT:
                return None
            subject = subject[len(subject) - back :]
            break
    if not subject or len(subject) > _MAX_TITLE_SUBJECT or not all(w[0].isupper() for w in subject):
        return None
    phrase = " ".join(subject)
    begin = text.rfind(phrase, start, start + at.start())
    if begin < 0:
        return None
    return checked_report(text, begin, begin + len(phrase), lexicon[found])


# an embedded tweet's signature: "... is pathetic. — Brian Fallon (@brianefallon)
# August 2, 2016": its author says what comes before it
_TWEET_SIGNATURE = re.compile(
    r"[\u2014\u2013]\s*(?P<subject>[A-Z][^()\n\u2014\u2013]{0,40}?)\s*\(@\w+\)\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2},\s+\d{4}"
)


def tweet_signature(text: str, start: int, end: int) -> Report | None:
    # most sentences hold no "(@": looked for first, which is cheaper
    if text.find("(@", start, end) < 0:
        return None
    match = _TWEET_SIGNATURE.search(text, start, end)
    if match is None:
        return None
    return checked_report(text, *match.span("subject"), "\u2014")


def headline(text: str, start: int, end: int) -> Report | None:
    # "Bernie Sanders: Clinton is qualified": a name, a colon, what they say
    # (most sentences hold no colon: looked for first, which is cheaper)
    if text.find(":", start, end) < 0:
        return None
    match = _HEADLINE.match(text, start, end)
    if match is None:
        return _owned_colon(text, start, end)
    if _label(match.group("subject")) or _TALLY.fullmatch(text[match.end() - 1 : end].rstrip()):
        # "Clinton: 547.": a tally, which no one named asserts
        return None
    return checked_report(text, match.start("subject"), match.end("subject"), ":")


_TALLY = re.compile(r"[\d,.%]+")


# "Their argument: only a new council can ...", "Carrier's message: moving
# jobs south ...": a sentence opening with whose saying it is and a colon
_OWNED_COLON = re.compile(
    r"(?:(?P<pronoun>His|Her|Their)|(?P<name>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})"
    r"['\u2019]s?)\s+(?:[a-z]+\s+)?(?P<cue>[a-z]+):\s+\S"
)


def _owned_colon(text: str, start: int, end: int) -> Report | None:
    match = _OWNED_COLON.match(text, start, end)
    if match is None or match["cue"] not in _NOMINAL_CUES:
        return None
    owner = match.span("pronoun") if match["pronoun"] else match.span("name")
    return checked_report(text, *owner, match["cue"])


def _label(subject: str) -> bool:
    """ "Breaking:", "The Latest:", "Editor's Note:", "Contributing:": a label,
    not a source; a participle alone is one too ("Revealed:"), but not a
    noun that reports ("Poll:", "Report:")."""
    words = subject.replace("\u2019", "'").split()
    if words[0].lower() == "the" or (len(words) == 2 and words[0].endswith("'s")):
        words = words[1:]
    last = words[-1].lower()
    # longer than "Ahmed", "King", "Reed"
    participle = len(words) == 1 and len(last) > 5 and last.endswith(("ing", "ed"))
    return participle or " ".join(words).lower() in _NOT_HEADLINE_SOURCE
