"""Reports whose cue is a verb: the claimant before a cue word ("X said
..."), a stance ("Warren endorsed Clinton"), a verb before a that-clause, an
infinitive cue ("went on to say") and a passive one ("was asked by X")."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set
from verify.extraction.phrases import BE, PERSONAL_SUBJECTS, RELATIVE_WORDS
from verify.extraction.reports.backing import BACKING, backs_as_stance
from verify.extraction.reports.claimants import (
    ADVERBS,
    BETWEEN,
    CLAUSE_OPENERS,
    DAYS,
    PRONOUNS,
    TRAILING_TIME,
    WINDOW,
    Report,
    checked_report,
    continuing,
    in_quote,
    is_adverb,
    report_of_subject,
    sentence_subject,
    skip_space,
    subject_before,
)
from verify.extraction.reports.contacts import closes_contact_clause, in_contact_clause
from verify.extraction.reports.cue_words import (
    ATTITUDES,
    CUE_PHRASES,
    CUE_WORDS,
    NEEDS_THAT,
    NEXT_WORD,
    SEEING_AS,
    SEEING_THAT,
    STANCE_STEMS,
    STANCES,
    cue_tokens,
    cues,
)
from verify.extraction.reports.firsts import ranked_first
from verify.extraction.reports.non_cues import names_a_thing, not_said
from verify.extraction.reports.words import OPENING_WORDS
from verify.extraction.types import Quote

_NOT_BEFORE_CUE = word_set(
    "the a an his her their its this that our my your whose these those is are was were be "
    "been being by to it's it\u2019s that's that\u2019s there's there\u2019s"
)
# a cue of NEEDS_THAT reports without a clause when its claimant is a
# document, which shows or finds by reporting
DOCUMENTS = word_set(
    "analysis analyses study studies report reports survey surveys poll polls data research "
    "review reviews investigation investigations audit audits records documents figures "
    "statistics estimates census filing filings polling paper papers emails results video "
    "videos footage photo photos photograph photographs picture pictures post "
    "posts messages inquiry findings"
)
# finite verbs that open a reported clause ("it lost", "she would", "the city wouldn't")
FINITE = word_set(
    "had has have is was were are will would could can may might did does must should lost "
    "won made took gave got came led held sent fought found became began ran met kept sought "
    "brought thought felt left meant spent stood paid sold built grew fell rose saw knew "
    "hid told wrote chose drove broke spoke bought caught taught fled struck went threw "
    "doesn didn isn wasn aren weren couldn wouldn shouldn hasn haven hadn"
)
# what follows a cue that is also a noun or a non-reporting verb when it
# reports: "that ...", or a clause ("agreed Saturday that", "reported it sold",
# "knows Sanders will run", "recognized long ago that")
CLAUSE_AFTER = re.compile(
    r"(?:\s+(?:long\s+ago|last\s+[a-z]+|on\s+[A-Z][a-z]+|today|yesterday|[A-Z][a-z]+day|[a-z]+ly|"
    r"again|also|instead|early\s+on|earlier(?:\s+this\s+[a-z]+)?|this\s+(?:week|weekend|month|year|"
    r"morning|afternoon|evening|spring|summer|fall|winter)))?"
    # a short phrase before "that": "agreed with the mayor that", "reported to the IRS that"
    r"(?:\s+(?:with|at|in|on|to(?=\s+(?:the|a|an|[A-Z])\b))(?:\s+[\w\u2019'.-]+){1,4}?(?=\s+that\b))?"
    r"(?:\s+that\b|\s+(?:he|she|it|they|we|there|I|you)['\u2019](?:s|re|ll|d|ve|m)\s"
    # a question reported: "wonder whether ...", "know how we ..." (not "know how to")
    r"|\s+(?:whether|if)\b|\s+(?:how|why|what|where|when|who)\s+(?!to\b)"
    r"|\s+(?:he|she|it|they|we|I|you|there|[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}"
    r"|(?:the|a|an|his|her|their|its|most|many|some|this|these|those|no|all|both|each|every|any|"
    # "reports Clinton's last press conference was ..."
    r"our|my|your|at\s+least|more\s+than|[A-Z][\w.-]*['\u2019]s)(?:\s+[\w\u2019'-]+){1,3}?)\s+"
    r"(?:[a-z]+ed|" + "|".join(sorted(FINITE)) + r")\b)"
)
_CLAUSE_END = re.compile(
    r"(?:\s+(?:on|last|this|in|early|late)\s+[A-Z]?[a-z]+)?\s*(?:[.;!?]|,\s|\s[\u2014\u2013-]|$)"
)
_BE = word_set("is are was were am")
# "claimed by the Islamic State" (the agent follows), not "concluded by making it clear"
# not a margin: "Supporters say by 55%-41% that ...", "say by a wide margin"
_BY_AGENT = re.compile(r"(?: [a-z]+ly)? by (?![a-z]+ing\b|\d|an?\s+(?:[\w-]+\s+)?margin\b)")
# the cues tried in a sentence: keeps a hostile one (thousands of cue words)
# linear, and few sentences hold many cues
_MAX_CUES = 12


# "Lu repeated that ...", "The judge determined on Friday that ...": a verb
# outside the cue lists that takes a that-clause reports it
_DAYS = DAYS | word_set("today yesterday")
_VERB_LIKE = re.compile(r"[a-z]{3,}(?:ed|s)")
_NEXT_TOKEN = re.compile(r"\s*([\w\u2019'-]+)")
# a that-clause opens with its subject ("that the party ...", "that Kerry ...");
# after "states that vote" or "carried that message" there is none
_CLAUSE_SUBJECT = word_set(
    "he she it they we i you there this these those the a an his her their its our my some "
    "many most no all each both every any such one two"
)
# "news has emerged that ...": no one asserts it
_NOT_VERB_THAT = word_set("emerged moved")
_NOT_CLAIMANT = word_set("it this that there these those")


def verb_before_that(text: str, start: int, end: int, quotes: tuple[Quote, ...]) -> Report | None:
    # found from " that ", which str.find looks for much faster than a regex would
    that = text.find(" that ", start, end)
    while that >= 0:
        plain = _subject_verb_that(text, start, that, end, quotes)
        if plain is not None:
            return plain
        verb = _verb_taking_clause(text, start, that, end, quotes)
        subject = None if verb is None else subject_before(text, start, verb[0])
        if verb is not None and subject is not None:
            report = None
            if text[subject[0] : subject[1]].lower() not in _NOT_CLAIMANT:
                report = checked_report(text, *subject, verb[1])
            if report is not None:
                return report
        that = text.find(" that ", that + 5, end)
    return None


# "made it clear that ...", "is making an impassioned case to voters that
# ...", "pressing the case that ...": a phrase of saying before a that-clause
_CASE_CUE = re.compile(
    r"\b(?P<cue>(?:make|makes|made|making)\s+(?:it\s+clear|(?:the|a|an|his|her|their|its|our)"
    r"\s+(?:[\w-]+,?\s+){0,4}?case)|(?:press|presses|pressed|pressing)\s+(?:the|his|her|their)"
    r"\s+case)(?:\s+(?:to|with|before)\s+[^,.;:!?]{1,60}?)?\s+that\s"
)


# "made similarly bigoted charges that ...", "have a decent counter-argument
# that ...", "entered the debate with a forceful argument that ...": a noun of
# saying made, held or offered by the subject, before a that-clause that opens
# with its own subject (not "a warning that could help ...", a relative clause)
_ARGUMENT_NOUNS = word_set(
    "argument point charge assertion contention suggestion warning prediction accusation allegation"
)
_ARGUMENT_CUE = re.compile(
    r"\b(?P<cue>(?:(?:make|makes|made|making)\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?"
    r"|(?:has|have|had|offer|offers|offered|present|presents|presented|issue|issues|issued)\s+"
    r"(?:the|a|an|his|her|their|its|our)\s+|with\s+(?:a|an)\s+)"
    r"(?:[\w-]+,?\s+){0,4}?(?:counter-argument|"
    + "|".join(sorted(_ARGUMENT_NOUNS))
    + r")s?)\s+that\s+(?P<next>[\w\u2019'-]+)"
)
# what the words before " that " end with where _ARGUMENT_CUE can match
_ARGUMENT_ENDINGS = tuple(noun + plural for noun in _ARGUMENT_NOUNS for plural in ("", "s"))


def case_made(text: str, start: int, end: int) -> Report | None:
    """ "Lund made the case to the council that ...": the claimant is the
    phrase before the phrase of saying."""
    if text.find(" that ", start, end) < 0:
        # every match of either pattern holds one (most sentences don't)
        return None
    if text.find(" case ", start, end) < 0 and text.find(" clear ", start, end) < 0:
        return _argument_made(text, start, end)
    match = _CASE_CUE.search(text, start, end)
    if match is None:
        return _argument_made(text, start, end)
    return report_of_subject(text, start, match.start(), end, match["cue"])


def _argument_made(text: str, start: int, end: int) -> Report | None:
    # most sentences hold no " that " after one of the nouns: looked for
    # first, which is much cheaper than the pattern
    that = text.find(" that ", start, end)
    while that >= 0 and not text.endswith(_ARGUMENT_ENDINGS, start, that):
        that = text.find(" that ", that + 5, end)
    if that < 0:
        return None
    match = _ARGUMENT_CUE.search(text, start, end)
    if match is None or not _opens_clause(match["next"]):
        return None
    return report_of_subject(text, start, match.start(), end, match["cue"])


# "Obama spoke at the White House on Tuesday about rights that ...", "She has
# spoken at length about ...": "spoke about" (a cue phrase) with words between;
# not "spoke for about 30 minutes", an amount
_SPOKE_ABOUT = re.compile(
    r"\b(?P<cue>spoke|spoken|speaks|speaking)(?:\s+[\w\u2019'.-]+){1,6}?\s+about\s+(?![\d$])"
)


def spoke_about(text: str, start: int, end: int) -> Report | None:
    # most sentences hold neither word: looked for first, which is cheaper
    if text.find(" about ", start, end) < 0:
        return None
    if text.find(" spok", start, end) < 0 and text.find(" speak", start, end) < 0:
        return None
    match = _SPOKE_ABOUT.search(text, start, end)
    if match is None:
        return None
    return report_of_subject(text, start, match.start(), end, f"{match['cue']} about")


# "Trump made conflicting statements about how he would ...", "made a plea for
# the GOP to unite", "has made no secret of the fact that ...": a speech act
# made, whose object is what was said
_STATEMENT_MADE = re.compile(
    r"\b(?P<cue>(?:make|makes|made|making)\s+(?:(?:a|an|the|his|her|their|its|no|several)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:statements?|predictions?|pleas?|appeals?|remarks|comments|secret|"
    r"promises?|accusations?|allegations?))\s+(?:about|of|for|that|to|on)\s"
)


def statement_made(text: str, start: int, end: int) -> Report | None:
    # most sentences hold no form of "make": looked for first, which is cheaper
    if text.find(" made ", start, end) < 0 and text.find(" mak", start, end) < 0:
        return None
    match = _STATEMENT_MADE.search(text, start, end)
    if match is None:
        return None
    return report_of_subject(text, start, match.start(), end, match["cue"])


def _verb_taking_clause(
    text: str, start: int, that: int, end: int, quotes: tuple[Quote, ...]
) -> tuple[int, str] | None:
    """Where the verb before " that " starts, and the verb, if it takes a clause."""
    following = _NEXT_TOKEN.match(text, that + 5, end)
    if following is None or not _opens_clause(following.group(1)):
        return None
    words = text[max(start, that - 40) : that].split()
    if len(words) > 2 and words[-1] in _DAYS:
        del words[-2 if words[-2] == "on" else -1 :]
    verb = words[-1] if words else ""
    if not _VERB_LIKE.fullmatch(verb) or verb in _NOT_VERB_THAT or verb.endswith("ss"):
        return None
    at = text.rfind(verb, start, that)
    if in_quote(at, quotes):
        return None
    # a word in -s is a verb after a name ("David Duke reports that"), a noun
    # elsewhere ("amid reports that")
    if not verb.endswith("ed") and not _after_name(text, start, at):
        return None
    if _is_noun_or_passive(text, start, at, at + len(verb), False):
        return None
    return at, verb


def _subject_verb_that(
    text: str, start: int, that: int, end: int, quotes: tuple[Quote, ...]
) -> Report | None:
    """ "Lynch is reaffirming that ...", "Critics charge that ...": a verb
    outside the cue lists, in -ing after "is" or in its base form after a
    plural, reports the that-clause when the sentence's subject stands just
    before it (elsewhere such a word is mostly a noun: "the relations battle that")."""
    words = text[max(start, that - 40) : that].split()
    if _progressive(words):
        group = words[-2:]
    elif _plural_present(words):
        group = words[-1:]
    else:
        return None
    following = _NEXT_TOKEN.match(text, that + 5, end)
    if following is None or not _opens_clause(following.group(1)):
        return None
    at = text.rfind(" ".join(group), start, that)
    if at < 0 or in_quote(at, quotes):
        return None
    subject = subject_before(text, start, at, end)
    whole = sentence_subject(text, start, at)
    if subject is None or whole is None or subject[1] != whole[1]:
        return None
    if text[subject[0] : subject[1]].lower() in _NOT_CLAIMANT:
        # "It was fitting that ..."
        return None
    return checked_report(text, *subject, words[-1])


# "is reaffirming that", "are betting that": a verb in -ing after a form of "be"
_PROGRESSIVE_BE = word_set("is are was were been am")
# "All those factors mean that", "suspicions persist that": no one says it
_NOT_REPORTING = word_set("mean persist")
# words in -s before a verb's base form that are no plural subject
_NOT_PLURAL = word_set("is was has does his its this thus us makes takes gives seems")
_BASE_VERB = re.compile(r"[a-z]{4,}")


def _progressive(words: list[str]) -> bool:
    return (
        len(words) > 2
        and words[-1].endswith("ing")
        and _BASE_VERB.fullmatch(words[-1]) is not None
        and words[-2] in _PROGRESSIVE_BE
    )


def _plural_present(words: list[str]) -> bool:
    """ "Critics charge that", "They resent that": a verb's base form after a
    plural subject (a pronoun or a noun in -s)."""
    if len(words) < 2 or _BASE_VERB.fullmatch(words[-1]) is None:
        return False
    if words[-1].endswith(("s", "ed", "ing", "ly")) or words[-1] in _NOT_REPORTING:
        return False
    before = words[-2]
    return before.lower() in ("they", "we", "i", "you") or (
        before.isalpha()
        and before.endswith("s")
        and not before.endswith("ss")
        and before.lower() not in _NOT_PLURAL
    )


def _opens_clause(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word in _CLAUSE_SUBJECT


def _after_name(text: str, start: int, at: int) -> bool:
    previous = text[max(start, at - 30) : at].split()
    if not previous or previous[-1].lower() in OPENING_WORDS:
        # "Despite complaints that ...": an opening word, not a name
        return False
    return previous[-1][0].isupper() or previous[-1] in PERSONAL_SUBJECTS


# verbs whose object, not their subject, does what the infinitive says
# ("caused many to wonder", "would require Republicans to recognize")
_OBJECT_CONTROL = word_set(
    "cause causes caused causing require requires required allow allows allowed lead leads led "
    "leave leaves left leaving urge urges urged ask asks asked force forces forced encourage "
    "encouraged push pushed pressure pressured persuade persuaded convince convinced get got "
    "expect expects expected help helped invite invited tell told want wants wanted prompted "
    "prompting giving gave give"
)
_INFINITIVE_GAP = 8
# "was asked by host John Dickerson whether ...": the agent asks
# "O'Malley's move was first reported by MSNBC.": the agent may close the sentence
_AGENT = re.compile(
    r"\s+by\s+(?P<subject>[^,;:.!?\"\u201c\u201d]{1,80}?)"
    r"(?:\s+(?:that|whether|if|as|for)\s|\s*[.;!?]?[\"'\u201d\u2019]?\s*$|,\s)"
)


# "confirmed by now", "rejected by large, but ... majorities": no agent
_NOT_AGENTS = word_set("now then far large default chance mistake accident design hand")
# "was first reported by", "was also confirmed by"
_PASSIVE_ADVERBS = ADVERBS | word_set("first")
_CUE_REACH = 40
_WORD_AT = re.compile(r"[a-z]+")


def controlled_cue(text: str, start: int, end: int, quotes: tuple[Quote, ...]) -> Report | None:
    """ "He went out of his way to say ...", "Clinton took to Twitter to say
    ...": the sentence's subject says it; "Sanders was asked by host John
    Dickerson whether ...": the agent of a passive cue does. Found from " to "
    and " by ", which str.find looks for much faster than a regex would."""
    return _infinitive_cue(text, start, end, quotes) or _passive_cue(text, start, end, quotes)


def _infinitive_cue(text: str, start: int, end: int, quotes: tuple[Quote, ...]) -> Report | None:
    to = text.find(" to ", start, end)
    for _ in range(_MAX_CUES):
        if to < 0:
            return None
        found = _cue_at(text, to + 4, end, quotes)
        if found is not None:
            report = (
                _infinitive_subject(text, start, to + 1, *found)
                or _intent_subject(text, start, to, *found)
                or _caused_subject(text, start, to, *found)
            )
            if report is not None:
                return report
        to = text.find(" to ", to + 3, end)
    return None


def _cue_at(text: str, at: int, end: int, quotes: tuple[Quote, ...]) -> tuple[str, int] | None:
    # the cue and its end, when a cue starts at ``at`` (past an adverb: "to publicly say")
    word = _WORD_AT.match(text, at, end)
    if word is None:
        return None
    if is_adverb(word.group()):
        at = skip_space(text, word.end())
        word = _WORD_AT.match(text, at, end)
    if word is None or (word.group() not in CUE_WORDS and word.group() not in CUE_PHRASES):
        # most words after "to" are no cue ("to the", "to be"): a set lookup
        # says so without scanning for one
        return None
    # a cue (at most two words) ends within a few dozen letters
    reach = min(end, at + _CUE_REACH)
    found = next(cues(text, reach, cue_tokens(text, at, reach)), None)
    if found is None or found[0] != at or in_quote(at, quotes):
        return None
    return found[2], found[1]


def _passive_cue(text: str, start: int, end: int, quotes: tuple[Quote, ...]) -> Report | None:
    by = text.find(" by ", start, end)
    while by >= 0:
        words = text[max(start, by - 40) : by].split()
        while len(words) > 2 and (is_adverb(words[-2]) or words[-2] in _PASSIVE_ADVERBS):
            del words[-2]
        cue = words[-1] if words else ""
        if (
            len(words) > 1
            and words[-2].lower() in BE
            and cue in CUE_WORDS
            and cue.endswith(("ed", "told", "shown"))
            and cue not in BACKING
            and not in_quote(by, quotes)
            and (agent := _AGENT.match(text, by, end))
            and agent["subject"] not in _NOT_AGENTS
        ):
            # "by the ministry on Monday": the time is not part of the agent
            agent_start = agent.start("subject")
            agent_end = agent_start + len(TRAILING_TIME.sub("", agent["subject"]))
            report = checked_report(text, agent_start, agent_end, cue)
            if report is not None:
                return report
        by = text.find(" by ", by + 3, end)
    return None


def _infinitive_subject(text: str, start: int, to: int, cue: str, cue_end: int) -> Report | None:
    subject = sentence_subject(text, start, to)
    if subject is None or text[subject[0] : subject[1]].lower() in _NOT_CLAIMANT:
        return None
    gap = text[subject[1] : to]
    words = gap.split()
    if not words or len(words) > _INFINITIVE_GAP or "," in gap:
        return None
    if not _OBJECT_CONTROL.isdisjoint(w.lower() for w in words) or not ranked_first(words):
        # "caused many to wonder", "an effort to maintain": not the subject's words
        return None
    if cue in NEEDS_THAT and not _reports_that(text, cue, cue_end, subject):
        return None
    return checked_report(text, *subject, cue)


# verbs of intent before an infinitive cue, whose subject says it ("after he
# refused to say that ...", "Clinton failed to mention ...")
_INTENT_VERBS = word_set(
    "want wants wanted refuse refuses refused decline declines declined fail fails failed "
    "try tries tried seek seeks sought hope hopes hoped plan plans planned need needs needed "
    "moved rushed attempted attempts intend intends intended "
    # "refusing to concede that ...", "is trying to show ...", "seemed to confirm ..."
    "wanting refusing declining failing trying seeking hoping planning needing attempting "
    "seem seems seemed appear appears appeared"
)
# verbs whose object says what the infinitive says ("led Priebus to declare",
# "caused many to wonder whether")
_CAUSING = word_set(
    "lead leads led leave leaves left leaving cause causes caused causing prompt prompts "
    "prompted prompting spurred inspired"
)
_MAX_OBJECT_WORDS = 6


def _intent_subject(text: str, start: int, to: int, cue: str, cue_end: int) -> Report | None:
    previous = text[max(start, to - 30) : to].split()
    if not previous or previous[-1] not in _INTENT_VERBS:
        return None
    if previous[-1].endswith("ing") and not (
        len(previous) > 1 and (previous[-2].endswith(",") or previous[-2] in BE)
    ):
        # "a clip of the mayor trying to defend ...": the participle describes
        # an object; after a comma or "is" it goes with the sentence's subject
        return None
    subject = subject_before(text, start, text.rfind(previous[-1], start, to))
    if subject is None or text[subject[0] : subject[1]].lower() in _NOT_CLAIMANT:
        return None
    if cue in NEEDS_THAT and not _reports_that(text, cue, cue_end, subject):
        return None
    return checked_report(text, *subject, cue)


def _caused_subject(text: str, start: int, to: int, cue: str, cue_end: int) -> Report | None:
    words = text[max(start, to - WINDOW) : to].split()[-_MAX_OBJECT_WORDS - 1 :]
    for back in range(1, len(words)):
        if words[-back].endswith(","):
            return None
        if words[-back - 1].lower() in _CAUSING:
            at = text.rfind(words[-back], start, to)
            subject = (at, to)
            if cue in NEEDS_THAT and not _reports_that(text, cue, cue_end, subject):
                return None
            return checked_report(text, *subject, cue)
    return None


def stance_cue(
    text: str, start: int, end: int, quotes: tuple[Quote, ...], tokens: list[tuple[int, int]]
) -> Report | None:
    # every stance holds the first five letters of one: looked for first,
    # which is cheaper than trying the cues
    words = text[start:end]
    if not any(map(words.__contains__, STANCE_STEMS)):
        return None
    return subject_cue(text, start, end, quotes, stances=True, tokens=tokens)


def subject_cue(
    text: str,
    start: int,
    end: int,
    quotes: tuple[Quote, ...],
    *,
    stances: bool = False,
    tokens: list[tuple[int, int]] | None = None,
) -> Report | None:
    """ "X said ...", "After the talks, X accused ...", "Trump, posting on Truth
    Social, said ...", "..., the ministry said.": the claimant is the phrase just
    before the first reporting verb that lies outside every quote; a stance
    ("endorsed") counts only where ``stances`` is set, and then alone.
    ``tokens`` are the cue tokens of text[start:end] when the caller has them."""
    local = [q for q in quotes if q.start < end and q.end > start]
    if tokens is None:
        tokens = cue_tokens(text, start, end)
    aside: tuple[int, int, str] | None = None
    for tried, (cue_start, cue_end, cue) in enumerate(cues(text, end, tokens)):
        if tried == _MAX_CUES:
            break
        if (cue in STANCES) != stances or in_quote(cue_start, local):
            continue
        if not _cue_used_so(text, start, end, cue_start, cue_end, cue):
            continue
        if _in_aside(text, start, cue_start, end) or in_contact_clause(text, start, cue_start, cue):
            # "The White House, which has threatened a veto, said …": the
            # aside's first cue counts only if the sentence's own verb is none
            aside = aside or (cue_start, cue_end, cue)
            continue
        report = _report_at(text, start, end, cue_start, cue_end, cue)
        if report is not None:
            return report
    return None if aside is None else _report_at(text, start, end, *aside)


def _report_at(
    text: str, start: int, end: int, cue_start: int, cue_end: int, cue: str
) -> Report | None:
    """The report whose cue stands at text[cue_start:cue_end], if its subject
    and what follows make one."""
    subject = subject_before(text, start, cue_start, end)
    if cue in NEEDS_THAT and not (
        _reports_that(text, cue, cue_end, subject) or _commits_to(text, cue, cue_end)
    ):
        subject = _document_subject(text, start, cue_start, cue)
        if subject is None:
            return None
    if _names_or_acts(text, cue, cue_end, subject) or _files_report(text, cue, cue_end):
        return None
    report = None if subject is None else checked_report(text, *subject, cue)
    return report or _whole_subject(text, start, cue_start, cue)


def _in_aside(text: str, start: int, cue_start: int, end: int) -> bool:
    """Whether the cue at ``cue_start`` is the verb of a relative aside set
    off by commas (", which has threatened a veto,")."""
    opening = max(
        text.rfind(", which ", max(start, cue_start - 60), cue_start),
        text.rfind(", who ", max(start, cue_start - 60), cue_start),
    )
    if opening < 0 or text.find(",", opening + 2, cue_start) >= 0:
        return False
    return text.find(",", cue_start, end) >= 0


_LEADING_WORD = re.compile(
    r"(?:(?:And|But|Then)\s+(?:even\s+)?"
    # a day without a comma after it: "On Sunday morning Mr. Lee made ..."
    r"|(?:On|Late|Early)\s+[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?\s+)"
    r"(?=[A-Z]|he\b|she\b|they\b|we\b|I\b)"
)


def _whole_subject(text: str, start: int, cue_start: int, cue: str) -> Report | None:
    """ "Current and former officials in the FBI and at the Justice Department
    have said ...": where the phrase just before the cue is no claimant (it
    stopped at "and at"), the sentence's subject is, when only auxiliaries and
    adverbs stand between it and the cue (the cue is the sentence's verb)."""
    subject = sentence_subject(text, start, cue_start)
    if subject is None and cue.endswith("ing"):
        # "And even Lee tried to help, noting that ...", "Then she broke the
        # rules, pledging that ...": the word opening the sentence opens no phrase
        lead = _LEADING_WORD.match(text, start, cue_start)
        subject = None if lead is None else sentence_subject(text, lead.end(), cue_start)
    if subject is None:
        return None
    first = text[subject[0] : subject[1]].split()[0].lower()
    if first in BETWEEN or first in RELATIVE_WORDS or is_adverb(first):
        # "..., and also accused ISIS", ", who in two earlier opinions had made
        # clear": a clause without a subject of its own
        return None
    between = text[subject[1] : cue_start].split()
    if cue.endswith("ing") and between and between[-1].endswith(","):
        return checked_report(text, *subject, cue)
    if not all(word.lower() in BETWEEN or is_adverb(word.lower()) for word in between):
        return None
    return checked_report(text, *subject, cue)


def _cue_used_so(text: str, start: int, end: int, cue_start: int, cue_end: int, cue: str) -> bool:
    """Whether the cue word is used as a cue where it stands: an attitude
    after a linking verb or a comma, seeing with an "as", any other cue not
    as a noun nor in the passive."""
    if cue in ATTITUDES:
        return _holds_attitude(text, start, cue_start, cue_end)
    if cue in BACKING and not backs_as_stance(text, start, cue_start, cue_end, cue):
        return False
    if cue in SEEING_AS and not (
        _AS_AFTER.match(text, cue_end, end)
        # "voters saw that she could win": seeing a clause, not "views that"
        or (cue in SEEING_THAT and text.startswith(" that ", cue_end))
    ):
        return False
    return not (
        _is_noun_or_passive(text, start, cue_start, cue_end, cue.endswith("ing"))
        or _BY_AGENT.match(text, cue_end)
        or not_said(text, cue_start, cue_end, cue)
    )


_AS_AFTER = re.compile(r"(?:\s+[\w\u2019'.-]+){1,6}?\s+as\s")
_LINKING = word_set(
    "is are was were am be been seemed seems appeared appears remained remains remain seem "
    "isn't aren't wasn't weren't isn\u2019t aren\u2019t wasn\u2019t weren\u2019t"
)
_DEGREE = word_set("so very quite more less too not")


# "are skeptical of free trade", "is confident in the plan": what the attitude is about
# ("skeptical at first" says when, not what); only for attitudes of belief
# ("proud of the pier" is a feeling, not a view)
_BELIEFS = word_set("skeptical sceptical confident optimistic pessimistic hopeful doubtful")
_ATTITUDE_OBJECT = re.compile(r"\s+(?:of|about|in|at(?!\s+(?:first|times|once|the\s+time)\b))\s")


def _holds_attitude(text: str, start: int, cue_start: int, cue_end: int) -> bool:
    # "were adamant that ...", not "make sure that" or "She was angry."
    previous = text[max(start, cue_start - 40) : cue_start].split()
    while previous and (previous[-1] in _DEGREE or is_adverb(previous[-1])):
        previous.pop()
    return (
        bool(previous)
        and (previous[-1] in _LINKING or previous[-1].endswith(","))
        and bool(
            CLAUSE_AFTER.match(text, cue_end)
            or (text[cue_start:cue_end] in _BELIEFS and _ATTITUDE_OBJECT.match(text, cue_end))
        )
    )


# "called off the vote", "called back": a particle makes the cue an act
_PARTICLES = word_set("off up back in out")
# "A new group called Harbour Watch": naming, not saying
_NAMING = word_set("called calls named dubbed")


def _names_or_acts(text: str, cue: str, cue_end: int, subject: tuple[int, int] | None) -> bool:
    if cue not in _NAMING:
        return False
    particle = NEXT_WORD.match(text, cue_end)
    if particle is not None and particle.group(1) in _PARTICLES:
        return True
    first = text[subject[0] : subject[1]].split()[0].lower() if subject else ""
    return first in ("a", "an") or names_a_thing(text, cue_end - len(cue))


# "Lund reported from Oslo.", "reported it to the police": a reporter's or a
# witness's act, not a report of what is so (unless a clause follows: "reported
# to the board that ...")
_REPORTING_ACT = re.compile(r"\s+(?:from|to|it|them)\b")


def _files_report(text: str, cue: str, cue_end: int) -> bool:
    return (
        cue == "reported"
        and bool(_REPORTING_ACT.match(text, cue_end))
        and not CLAUSE_AFTER.match(text, cue_end)
    )


def _is_noun_or_passive(
    text: str, start: int, cue_start: int, cue_end: int, participle: bool
) -> bool:
    # "recanted the claim", "his claims", "was reported by": not a claimant's cue
    previous = text[max(start, cue_start - 40) : cue_start].split()
    # look past adverbs: "is also expected", "was widely reported"
    while len(previous) > 1 and (previous[-1] in ADVERBS or is_adverb(previous[-1])):
        previous.pop()
    if not previous or continuing(previous):
        return False
    word = previous[-1].lower()
    if word == "by" and participle:
        # "... by saying he is ready": the sentence's subject says it
        return False
    if word in _BE and not participle and len(previous) > 1 and previous[-2].lower() == "it":
        # "It was reported that ...": no one is named
        return True
    if (word in _BE or word == "been") and (participle or text.startswith(" that ", cue_end)):
        # "Trump is telling attendees", "the government is worried that ..."
        return False
    if word == "to" and closes_contact_clause(text[max(start, cue_start - 120) : cue_start]):
        # "The officials we talked to say": no infinitive
        return False
    possessive = word.endswith(("'s", "\u2019s")) and word[:-2] not in PRONOUNS
    return word in _NOT_BEFORE_CUE or possessive


def _reports_that(text: str, cue: str, cue_end: int, subject: tuple[int, int] | None) -> bool:
    # "... shows that", or closing a clause: "..., the AP reported."
    words = text[subject[0] : subject[1]].lower().split() if subject else []
    if cue in _DOCUMENT_CUES:
        return text.startswith(" that ", cue_end) or not DOCUMENTS.isdisjoint(words)
    if CLAUSE_AFTER.match(text, cue_end) or _PRESENT_CLAUSE.match(text, cue_end):
        return True
    if _CLAUSE_END.match(text, cue_end):
        # "..., the AP reported."; not "with whom Christie was contending."
        return not cue.endswith("ing")
    if cue in _TELLING:
        told = _TOLD_THAT.match(text, cue_end)
        if told is not None and _opens_clause(told["next"]):
            return True
    return not DOCUMENTS.isdisjoint(words)


# a clause in the present after "he", "she" or "it": "shows he needs more
# votes", "finds it costs more" (a name before an -s word is often a
# modifier: "portraying Mexican immigrants")
_PRESENT_CLAUSE = re.compile(r"\s+(?:he|she|it)\s+(?:[a-z]+ly\s+)?[a-z]{2,}[^su\W]s\b")


# verbs of telling someone a clause: what the clause says comes after their
# object ("persuaded wealthy donors, party elders and his colleagues that he
# ...", "informed regional director James Bacigalupo that he ...")
_TELLING = word_set(
    "persuade persuaded persuades convince convinced convinces inform informed informs "
    "informing assure assured assures remind reminded reminds reminding"
)
_TOLD_THAT = re.compile(r"(?:\s+[\w\u2019'.,-]+){1,12}?\s+that\s+(?P<next>[\w\u2019'-]+)")


# "the poll has shown him trailing": what a document shows it reports; what a
# person "has shown" is mostly a quality ("she has shown a vulnerability she
# did not reveal", where a clause seems to follow): a cue only after a
# document or before "that"
_DOCUMENT_CUES = word_set("shown")


# cues that also name things ("pledged delegates") or acts but report an
# intent before an infinitive ("pledged to close the camp", "hoping to win")
_PROMISES = word_set("pledged hoping")
_AGREEING = word_set("agree agreed agrees")
_TO_VERB = re.compile(
    r"\s+(?:[a-z]+ly\s+)?to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my|"
    r"your)\b)[a-z]+\b"
)


def _commits_to(text: str, cue: str, cue_end: int) -> bool:
    """Whether a cue that needs a clause commits its claimant to what follows
    it without one: an intent ("pledged to close the camp") or a stance
    ("agree with him", not "agreed to pay", an act)."""
    if cue in _AGREEING:
        # "Most voters agree with him": a stance
        return text.startswith(" with ", cue_end)
    if cue == "quoted":
        # "CNN quoted a witness as saying he saw ...": the outlet reports it
        return bool(_QUOTED_AS.match(text, cue_end))
    return cue in _PROMISES and bool(_TO_VERB.match(text, cue_end))


_QUOTED_AS = re.compile(r"(?:\s+[\w\u2019'.,-]+){1,10}?\s+as\s+(?:saying|telling)\s")


# what a document does when it reports ("the poll shows", "the study found")
_SHOWING = word_set("show shows showed showing shown find finds found highlight highlights notes")


def _document_subject(text: str, start: int, cue_start: int, cue: str) -> tuple[int, int] | None:
    """ "A poll released Sunday by the Post and ABC News shows ...": the
    sentence's subject, when it names a document, is the claimant of a cue
    that is also a non-reporting verb, however long the phrase before the cue
    (the phrase just before it is "ABC News")."""
    if cue not in _SHOWING:
        return None
    subject = sentence_subject(text, start, cue_start)
    words = text[subject[0] : subject[1]].lower().split() if subject else []
    if not words or words[0] in CLAUSE_OPENERS or DOCUMENTS.isdisjoint(words):
        # "Once the video was released, which showed ...": no subject of the cue
        return None
    return subject
