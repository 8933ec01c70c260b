"""Reported speech: who asserts a sentence or clause, and with which cue.

A sentence reports speech when it names a claimant and a cue: a reporting verb
("Russian state media claimed ...", "..., officials said."), a phrase
("According to Dmitry Peskov, ...", "In a new poll, ..."), a nominal cue
("Rubio's claim that ..."), or a headline's colon or title-case verb.
``find_report`` tries the rules below in turn and returns the first
``Report`` found: the span of the claimant phrase and its cue. The claim stage
(claims.py) resolves that phrase to an entity and builds the claim.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from verify.extraction.lexicon import word_set
from verify.extraction.types import Quote

_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"

# cues of thinking and of attack that report only before a clause ("fears that
# ...", not "fears of ..."): in the cue words and in _NEEDS_THAT below
_CLAUSE_ONLY_CUES = word_set(
    "contemplate envision envisioned fearing foresee imagined mulling recognizes recognizing "
    "remembers speculate worry worrying deemed persuade persuaded quotes praise critique blast "
    "boast vow "
    # knowing and feeling a clause ("knew he had lost", "feel that the party ...")
    "knew feel feels felt realize realizes understand understands understood"
)
# reporting verbs whose object is what the claimant asserts (case matters:
# "Says" opens headlines more often than it reports)
_REPORTING_VERBS = word_set(
    "said says say claimed claim claims stated told tells tell announced announces announce "
    "alleged alleges allege accused accuses accuse reported insisted insists insist denied "
    "denies deny warned warns warn argued argues argue confirmed confirms confirm added adds "
    "noted notes wrote writes admitted admits admit acknowledged acknowledges acknowledge "
    "suggested suggests asserted asserts declared declares revealed reveals estimated "
    "estimates testified described describes signaled signalled explained explains "
    "maintained maintains maintain contended contends contend charged blamed blames "
    "predicted predicts promised promises pledged vowed vows threatened believes believed "
    "believe thinks thought think concluded concludes found finds find showed shows show "
    "indicated indicates disclosed conceded concedes countered complained complains boasted "
    "boasts touted touts recalled recalls emphasized emphasised stressed stresses assured "
    "assures projected forecast forecasts observed replied responded reiterated reiterates "
    "speculated hinted implied questioned disputed rejected dismissed condemned condemns "
    "hope hopes hoped expects expected expect fears feared fear wants want wanted knows know "
    "tweeted posted asked asks proposed proposes criticized criticised criticizes cited "
    "cites urged urges demanded demands suggesting saying claiming arguing stating defend "
    "defended defends praised praises echoed echoes expressed denounced denounces railed "
    "decried decries mentioned mentions blasted blasts slammed slams "
    "mocked reminded voiced pleaded invoked referenced likened joked hinted hints "
    "suggest predict indicate sees blame citing highlighted apologized retweeted lamented "
    "noting adding warning acknowledging explaining insisting alleging predicting declaring "
    "recalling describing telling calling accusing criticizing criticising remarked cautioned "
    "declare agreed agree agrees suspects suspect calculates calculated doubt doubts worried "
    "worries learned convinced indicating highlight highlights recognize recognized "
    "wondered note mention estimate estimated promise posit positing concerned "
    # more verbs of saying and thinking
    "quipped mused bragged brags bragging griped groused reasoned theorized surmised affirmed "
    "reaffirmed reaffirms advised advises reassured reassuring commented protested intimated "
    "anticipated guessed repeated repeats retorted marveled marvelled pondered underscored "
    "boasting cautioning reasoning reports "
    # speech acts whose object sums up what was said ("attacked the plan as ...")
    "talked talking referring referred asking attacked attacking discuss urging promising "
    "lambasted lambasting assailed assailing derided deriding ridiculed ridiculing slamming "
    "blasting denouncing praising touting called calls "
    "castigated chided scolded rebuked berated excoriated disparaged belittled "
    # more forms of the verbs above, among the words PolNeAR's annotators marked as cues
    "alluding applauded articulated blaming chanted chanting chants characterized "
    "chiding cite commenting complain concede condemning confirming contradicted credited "
    "crediting criticize decrying describe disavow disavowed dismisses downplayed "
    "emphasizing explain express expressing hailed insulted lamenting laments mentioning "
    "opined outlined outlining pledging portray quoting rebut recommend recommended "
    "referencing refers repeat shouted tout uttered vouched vowing "
    "yelled threaten threatening showing "
    # base forms after "continued to", "went on to": "continued to assert that"
    "affirm assert "
    "Says"
)
# adjectives of attitude that report the clause after them, after a linking
# verb only ("were adamant that ...", "seemed hopeful the deal ...")
_ATTITUDES = word_set(
    "adamant hopeful optimistic pessimistic skeptical sceptical sure upset angry glad proud "
    "afraid insistent doubtful fearful confident certain aware"
)
# stances taken in public, whose object is what the claimant backs or opposes
# ("Warren endorsed Clinton", "Rubio opposes abortion"): weaker cues than the
# others, taken only where a sentence holds no other (not "support", "favor"
# or "favors", more often nouns)
_STANCES = word_set(
    "endorsed endorses endorse endorsing supports supported opposes opposed oppose opposing "
    "favored favoring prefers preferred prefer"
)
# verbs of seeing that report a belief when an "as" follows ("Many see him as
# a threat", not "saw a rise in costs")
_SEEING_AS = word_set("see sees saw seeing view views viewed viewing")
_SEEING_THAT = word_set("see sees saw")
_STANCE_STEMS = tuple(sorted({word[:5] for word in _STANCES}))
HAND_CUE_WORDS = _REPORTING_VERBS | _CLAUSE_ONLY_CUES | _ATTITUDES | _STANCES | _SEEING_AS
# words PolNeAR's annotators often marked as cues of propositions (rebuilt
# by bench/train_cue_words.py from PolNeAR train)
CUE_WORDS_PATH = Path(__file__).parent / "models" / "cue_words.json"


def _learned_cue_words() -> frozenset[str]:
    try:
        return frozenset(json.loads(CUE_WORDS_PATH.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return frozenset()


_LEARNED_CUE_WORDS = _learned_cue_words()
_CUE_WORDS = HAND_CUE_WORDS | _LEARNED_CUE_WORDS
# cues of two words: "called for", "pointed out", "made clear"
CUE_PHRASES = {
    "calls": ("for", "on"),
    "called": ("for", "on"),
    "pointed": ("to", "out"),
    "points": ("to", "out"),
    "pointing": ("to", "out"),
    "point": ("to", "out"),
    "made": ("clear",),
    "raised": ("concerns", "questions", "doubts"),
    "raising": ("concerns", "questions", "doubts"),
    # idioms of attack and reply: "lashed out at", "took aim at", "shot back that"
    "lashed": ("out",),
    "lashing": ("out",),
    "took": ("aim",),
    "taking": ("aim",),
    "poked": ("fun",),
    "poking": ("fun",),
    "ripped": ("into",),
    "tore": ("into",),
    "weighed": ("in",),
    "weighing": ("in",),
    "spoke": ("out", "about"),
    "speaking": ("out", "about"),
    "spoken": ("out", "about"),
    # "talks" and "talk" are nouns too ("peace talks"): cues only before "about"
    "talks": ("about",),
    "talk": ("about",),
    "went": ("after",),
    "hit": ("back",),
    "shot": ("back",),
    "fired": ("back",),
    "pushed": ("back",),
    "pushing": ("back",),
    "doubled": ("down",),
    "laid": ("out",),
    "spelled": ("out",),
    "played": ("down",),
    "brushed": ("off", "aside"),
}


# A cue is a whole token: a maximal run of ASCII letters that is a cue word
# (or opens a cue phrase), not joined by a hyphen to a letter ("much-praised"
# is one token). The runs are found on the text as ASCII bytes (anything else
# encoded as "?") with every byte but a letter turned into a space, by one C
# translation: cheaper than a regex, which tries its pattern at every
# position, and half the sentences hold no cue word at all.
_CUE_KEYWORDS = _CUE_WORDS.union(CUE_PHRASES)
_CUE_KEYS = frozenset(word.encode("ascii") for word in _CUE_KEYWORDS if word.isalpha())
# cue words with a hyphen ("co-sponsored", learnt) span two letter runs: found by str.find
_HYPHENATED_CUES = tuple(sorted(word for word in _CUE_KEYWORDS if not word.isalpha()))
_ASCII_LETTERS = frozenset(string.ascii_letters)
_LETTER_RUNS = bytes(ord(char if char in _ASCII_LETTERS else " ") for char in map(chr, range(256)))
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
# lower-case words ending in -ed or -ing that head or modify a claimant phrase
_NOUNISH = word_set(
    "leading ruling governing sitting acting incoming outgoing opposing founding united "
    "elected retired unnamed unidentified armed appointed anointed interested concerned "
    "informed trusted respected unaffiliated undecided registered polled surveyed"
)
_ADVERBS = word_set("also not never already still long once often then now just even")
_NOT_BEFORE_CUE = word_set(
    "the a an his her their its this that our my your whose these those is are was were be "
    "been being by to it's it\u2019s that's that\u2019s there's there\u2019s"
)
# cues that are also common nouns or non-reporting verbs: only before a clause
# ("reported that ...", "reported it lost ...") or closing one ("..., the AP reported.")
_NEEDS_THAT = (
    word_set(
        "claims found finds find showed shows show notes know knows doubt doubts worried "
        "worries learned convinced note mention agree agreed highlight highlights recognize "
        "recognized concerned pledged repeated underscored anticipated "
        "protested advised advises reports showing"
    )
    | _CLAUSE_ONLY_CUES
    | _LEARNED_CUE_WORDS
)  # learned cues also name actions ("discussed the conflict")
# ... unless the claimant is a document, which shows or finds by reporting
_DOCUMENTS = word_set(
    "analysis analyses study studies report reports survey surveys poll polls data research "
    "review reviews investigation investigations audit audits records documents figures "
    "statistics estimates census filing filings polling paper papers emails results video "
    "videos footage"
)
# auxiliaries and adverbs between a claimant and its cue ("has also said")
_BETWEEN = word_set(
    "has have had also previously repeatedly later again publicly earlier privately falsely "
    "wrongly once first then recently further would will did does do is was were are could "
    "may might often long never not has't hasn't haven't didn't doesn't even still already always "
    "actually indeed now since isn't aren't wasn't don't won't can't couldn't wouldn't "
    # linking verbs before an attitude ("seemed hopeful that")
    "been seemed seems seem appeared appears remained remains remain became"
)
# an aside between a claimant and its cue, in commas
_ASIDE_BEFORE_CUE = re.compile(
    r",\s+(?:however|in\s+fact|though|too|meanwhile|instead|in\s+turn|of\s+course|for\s+"
    r"(?:his|her|their|its)\s+part|[a-z]+ly),\s*$"
)
_BETWEEN |= word_set("here there yet sometimes usually both all can should must")
# "Carter however said", "..., instead claiming": a sentence adverb
_BETWEEN |= word_set("however instead meanwhile")
# with typographic apostrophes too
_BETWEEN |= frozenset(word.replace("'", "\u2019") for word in _BETWEEN)
# a letter of a claimant after an inverted cue: no full stop but a title's
# or an initial's ("said Mr. Trump.", "said Donald J. Trump.")
_NAME_CHAR = (
    r"(?:(?:Mr|Ms|Mrs|Dr|Sen|Gov|Rep|Gen|Lt|Col|Prof|Rev|St|[A-Z])\.(?=\s[A-Z])"
    r"|[^,;:.!?\"\u201c\u201d])"
)
# "..., said Ed Rendell, who chairs the host committee." / "..., say some Democrats."
_TRAILING_TAG = re.compile(
    r",\s*[\"'\u201c\u201d\u2018\u2019]?\s*(?P<cue>said|says|say|added|adds|wrote|writes|told|"
    r"claimed|predicted|argued|argues|warned|warns|insisted|noted|notes|reported|reports)\s+"
    r"(?!(?:that|to|it|he|she|they|we|I|in|on|at|of|about|so|this|nothing|no|not|what|how)\b)"
    r"(?P<subject>" + _NAME_CHAR + r"{1,60}?)(?:,[^;!?\u201c\u201d\"]{0,160}?)?[.!?]?\s*$"
)
# "The contrast, said Doyle and others, would be clear."
_MID_TAG = re.compile(
    r",\s*(?P<cue>said|says|say|argued|argues|added|wrote|writes|noted|notes)\s+"
    r"(?P<subject>(?:[A-Z]|the\s|a\s|an\s)" + _NAME_CHAR + r"{0,60}?),\s"
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
_AS_REPORTED_BY = re.compile(
    r"\b[Aa]s\s+(?:first\s+|previously\s+|originally\s+)?(?P<cue>reported|noted|revealed)\s+by\s+"
    r"(?P<subject>[^,;:.!?\u201c\u201d\"]{1,80}?)\s*,"
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
    r"(?:\s+[^,;:.!?\s]+){0,4}),\s"
)
# finite verbs that open a reported clause ("it lost", "she would")
_FINITE = word_set(
    "had has have is was were are will would could can may might did does must should lost "
    "won made took gave got came led held sent fought found became began ran met kept sought "
    "brought thought felt left meant spent stood paid sold built grew fell rose saw knew"
)
# what follows a cue that is also a noun or a non-reporting verb when it
# reports: "that ...", or a clause ("agreed Saturday that", "reported it sold",
# "knows Sanders will run", "recognized long ago that")
_CLAUSE_AFTER = re.compile(
    r"(?:\s+(?:long\s+ago|last\s+[a-z]+|on\s+[A-Z][a-z]+|today|yesterday|[A-Z][a-z]+day|[a-z]+ly|"
    r"again|also|instead))?"
    # a short phrase before "that": "agreed with the mayor that", "reported to the IRS that"
    r"(?:\s+(?:with|at|in|on|to(?=\s+(?:the|a|an|[A-Z])\b))(?:\s+[\w\u2019'.-]+){1,4}?(?=\s+that\b))?"
    r"(?:\s+that\b|\s+(?:he|she|it|they|we|there|I|you)['\u2019](?:s|re|ll|d|ve|m)\s"
    # a question reported: "wonder whether ...", "know how we ..." (not "know how to")
    r"|\s+(?:whether|if)\b|\s+(?:how|why|what|where|when|who)\s+(?!to\b)"
    r"|\s+(?:he|she|it|they|we|I|you|there|[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}"
    r"|(?:the|a|an|his|her|their|its|most|many|some|this|these|those|no|all|both|each|every|any|"
    r"our|my|your|at\s+least|more\s+than)(?:\s+[\w\u2019'-]+){1,3}?)\s+"
    r"(?:[a-z]+ed|" + "|".join(sorted(_FINITE)) + r")\b)"
)
_CLAUSE_END = re.compile(
    r"(?:\s+(?:on|last|this|in|early|late)\s+[A-Z]?[a-z]+)?\s*(?:[.;!?]|,\s|\s[\u2014\u2013-]|$)"
)
# "... among black voters in a CNN national poll.": a poll inside the sentence
_IN_POLL = re.compile(
    r"\b(?:in|by)\s+(?P<subject>(?:a|an|the|[A-Z][\w.\u2019'/-]*)(?:\s+[\w.\u2019'/-]+){0,5}?\s+"
    r"(?:poll|polls|survey|surveys|study|exit\s+polls))\b(?!\s+(?:of|that|which|who|to)\b)"
)
_RELATIVE_CLAUSE = re.compile(r"\s(?:that|which|who|whose)\s")
_HEADLINE = re.compile(r"(?P<subject>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}):\s+\S")
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
# the source ends at a dash too ("according to the Tax Policy Center - half ...")
_ACCORDING_TO = re.compile(
    r"\b(?P<cue>[Aa]ccording\s+to)\s+(?P<subject>[^,;:.!?\u201c\u201d\"]{1,160}?)"
    r"\s*(?:[,;:.!?\u2014\u2013(]|\s-|$)"
)
_WORD = re.compile(r"[\w'\u2019.-]+")
# words that cannot start or end a claimant phrase
_NOT_SUBJECT_EDGE = word_set(
    "that whom whose what when where while if because since as and or but so "
    "there here this these those in on at with for from to of by into amid among despite "
    "before after during against "
    # "It's worth noting that ...": no one is named
    "worth"
)
_CLAUSE_OPENERS = word_set(
    "when after before because as while since and but that which who what where if although "
    "though until once so yet or also still now then however instead whom whose"
)
# a phrase holding one of these is a clause, not the claimant of a reporting verb
_CLAUSE_WORDS = word_set(
    "is was were are be been being has have had will would could should can may might do "
    "does did not that which if because when where whether than there"
)
_COMPARATIVES = word_set("more less fewer")
_CONTRACTIONS = ("'re", "\u2019re", "'m", "\u2019m", "n't", "n\u2019t", "'ve", "\u2019ve")
# words that open a sentence before its subject ("There, the chairman ...")
_OPENING_WORDS = word_set(
    "there in on at after before during last this meanwhile however still yet but and now "
    "then earlier later when while since following despite instead also for with among amid "
    "as by from under over throughout within without given likewise moreover however "
    "nonetheless nevertheless indeed thus therefore so today yesterday overall otherwise "
    "again finally first second"
)
# finite verbs that end a sentence's subject
_VERBISH = word_set(
    "is was are were has have had will would can could did does do said told went made took "
    "gave got came won lost led held sent fought found wrote became began ran met kept sought "
    "brought thought bought felt left meant spent stood understood paid sold built grew fell "
    "rose put set cut let saw knew spoke broke chose drove wore shot struck"
)
# "Paul Ryan on Thursday declared": the time is not part of the claimant
_TRAILING_TIME = re.compile(
    r"(?:\s+(?:on|last|this|late|early|earlier|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|week|month|year|night|morning|evening|a\s+statement|an\s+interview)"
    r"|\s+(?:yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))+$"
)
# the words a match of _TRAILING_TIME ends with: a phrase ending otherwise
# (most claimants) is left as it is without running the pattern
_TIME_ENDINGS = tuple(
    sorted(
        word_set(
            "Monday Tuesday Wednesday Thursday Friday Saturday Sunday week month year night "
            "morning evening statement interview yesterday today"
        )
    )
)
_PERSONAL = word_set("he she they we i")
_CONJUNCTIONS = word_set("but and yet so")
_DASHES = ("\u2014", "\u2013", " -", "--")
# "WASHINGTON, June 24 (UPI) — ": a dateline before the sentence's subject
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:,[^\u2014\u2013]{0,40}?)?\s*(?:\u2014|\u2013|--)\s*")
# "last year", "on Monday" right before a cue: when, not who
_TIME_WORDS = word_set(
    "year week month night morning evening monday tuesday wednesday thursday friday saturday "
    "sunday yesterday today"
)
_BE = word_set("is are was were am")
# "claimed by the Islamic State" (the agent follows), not "concluded by making it clear"
_BY_AGENT = re.compile(r"(?: [a-z]+ly)? by (?![a-z]+ing\b)")
# "those surveyed said", "these supporters acknowledge"
_DEMONSTRATIVES = word_set("these those")
_GOING = word_set("went go goes going")
_CONTINUING = word_set("continue continues continued continuing on began begun begin begins")
_HARD_BREAK = re.compile(r"[:;\u2014\u2013]| - ")
# what every match of _HARD_BREAK holds
_HARD_BREAK_MARKS = (":", ";", "\u2014", "\u2013", " - ")
_RELATIVES = word_set("who that which whose")
_DETERMINERS = word_set("the a an this that these those")
_PRONOUNS = word_set("he she they it we i who that there his her their")
_MAX_SUBJECT_WORDS = 14
_RELATIVE_ASIDE = word_set("who whose")
# spaces inside brackets that make them an aside rather than part of a name
_MIN_BRACKET_ASIDE = 2
# bounds that keep a hostile sentence (thousands of cue words, no full stop)
# linear: a claimant sits near its cue, and few sentences hold many cues
_WINDOW = 300
_TAG_WINDOW = 260
# the longest closing tag: a claimant of 60 characters, its cue and a time
_FINAL_TAG_LENGTH = 110
_MAX_CUES = 12


# a NamedTuple, not a frozen dataclass, so that it is cheap to make
class Report(NamedTuple):
    """Reported speech found in a sentence: who, with which cue."""

    subject_start: int
    subject_end: int
    cue: str


# --------------------------------------------------------------------- reported speech
def find_report(text: str, start: int, end: int, quotes: tuple[Quote, ...] = ()) -> Report | None:
    """The claimant phrase and cue of reported speech in text[start:end], if any."""
    found = (
        _according_to(text, start, end)
        # "In a new Washington Post-ABC News poll, 56 percent ..."
        or _in_document(text, start, end, quotes)
        or _headline(text, start, end)
    )
    if found is not None:
        return found
    # the cue tokens, found once for every rule below that reads them; a match
    # of such a rule holds a cue token (its cue is a cue word standing alone),
    # so without one (about half the sentences) only the others can match
    runs = _letter_runs(text, start, end)
    words = runs.split()
    tokens = _cue_tokens(text, start, end, runs, words)
    if not tokens:
        return (
            _nominal_cue(text, start, end)
            or _in_poll(text, start, end)
            or _verb_before_that(text, start, end, quotes)
            or _as_said(text, start, end)
            or _in_view(text, start, end)
            # capitalised headline cues ("Glenn Beck Blasts Drudge") are no cue tokens
            or _title_cue(text, start, end, words)
        )
    return (
        _matched(_AS_REPORTED_BY, text, start, end, needs="d by ")
        or _trailing_tag(text, start, end)
        or _final_tag(text, start, end)
        or _subject_cue(text, start, end, quotes, tokens=tokens)
        or _nominal_cue(text, start, end)
        or _in_poll(text, start, end)
        or _verb_before_that(text, start, end, quotes)
        or _controlled_cue(text, start, end, quotes)
        # "As the mayor put it, ...": after the other cues, which name the
        # claimant of the main clause
        or _as_said(text, start, end)
        or _in_view(text, start, end)
        or _stance_cue(text, start, end, quotes, tokens)
        or _title_cue(text, start, end, words)
    )


def _matched(
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
    return _report(text, match.start("subject"), match.end("subject"), cue or match["cue"])


# "In an interview, Trump said ...": who speaks in it is the claimant, not the document
_SPOKEN_DOCUMENTS = word_set("statement statements interview interviews letter letters memo")


def _in_document(text: str, start: int, end: int, quotes: tuple[Quote, ...]) -> Report | None:
    report = _matched(_IN_DOCUMENT, text, start, end, "in", anchored=True)
    if report is None or _SPOKEN_DOCUMENTS.isdisjoint(
        text[report.subject_start : report.subject_end].lower().split()
    ):
        return report
    return _subject_cue(text, report.subject_end, end, quotes) or report


def _as_said(text: str, start: int, end: int) -> Report | None:
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
    return _report(text, *match.span("subject"), " ".join(match["cue"].split()))


def _in_view(text: str, start: int, end: int) -> Report | None:
    # most sentences hold neither noun: looked for first, which is cheaper
    if text.find(" view", start, end) < 0 and text.find(" opinion", start, end) < 0:
        return None
    match = _IN_VIEW.search(text, start, end)
    if match is None:
        return None
    group = "pronoun" if match["pronoun"] else "name"
    return _report(text, match.start(group), match.end(group), match["cue"])


def _according_to(text: str, start: int, end: int) -> Report | None:
    if text.find("ccording", start, end) < 0:
        return None
    match = _ACCORDING_TO.search(text, start, end)
    if match is None:
        return None
    # "according to a new poll that shows ...": the source ends at the relative clause
    relative = _RELATIVE_CLAUSE.search(text, match.start("subject"), match.end("subject"))
    stop = relative.start() if relative else match.end("subject")
    return _report(text, match.start("subject"), stop, match.group("cue"))


def _trailing_tag(text: str, start: int, end: int) -> Report | None:
    # "..., said Dmitry Peskov, the Kremlin spokesman." but not "..., said the
    # family deserved better." (a clause after the cue, not its speaker)
    match = _TRAILING_TAG.search(text, max(start, end - _TAG_WINDOW), end) or _MID_TAG.search(
        text, start, end
    )
    if match is None or any(
        word in _FINITE or (word.endswith("ed") and word.islower())
        for word in match["subject"].split()
    ):
        return None
    return _report(text, match.start("subject"), match.end("subject"), match["cue"])


def _final_tag(text: str, start: int, end: int) -> Report | None:
    # "Social media has added a link to the chain, she noted.": a tag closing
    # the sentence names its speaker, whatever verbs come before it
    # the tag holds no comma, so it can only start at the last one
    comma = text.rfind(",", max(start, end - _FINAL_TAG_LENGTH), end)
    if comma < 0 or not _may_close_with_cue(text[comma:end]):
        return None
    match = _FINAL_TAG.match(text, comma, end)
    if match is None or match["cue"] not in _CUE_WORDS:
        return None
    first = match["subject"].split()[:1]
    if first and _is_adverb(first[0]):
        # "..., forcefully rejected Clinton's claim.": a verb phrase, not a tag
        return None
    return _report(text, match.start("subject"), match.end("subject"), match["cue"])


def _may_close_with_cue(tail: str) -> bool:
    """Whether the last word of ``tail``, past its closing punctuation, can
    end a match of _FINAL_TAG whose cue is a cue word: the cue itself, a
    weekday ("on Monday") or "statement" / "interview"; checked first
    because most sentences fail it and the regex backtracks over its lazy
    subject."""
    words = tail.rstrip().rstrip(_CLOSING).split()
    last = words[-1] if words else ""
    return last in _CUE_WORDS or last.endswith("day") or last in ("statement", "interview")


def _in_poll(text: str, start: int, end: int) -> Report | None:
    # "... in a CNN national poll."
    if (
        text.find("poll", start, end) < 0
        and text.find("survey", start, end) < 0
        and text.find("study", start, end) < 0
    ):
        return None
    return _matched(_IN_POLL, text, start, end, "in")


# "Rubio's claim that ...", "Sanders's point was that ...", "her insistence
# that ...": a nominal cue after its possessor
_NOMINAL_NOUNS = word_set(
    "claim assertion argument contention insistence view belief fear point warning "
    "suggestion message promise prediction position allegation accusation concern admission "
    "assurance complaint charge hope insinuation statement demand"
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


def _nominal_cue(text: str, start: int, end: int) -> Report | None:
    # found from " that ", which str.find looks for much faster than a regex would
    that = text.find(" that ", start, end)
    while that >= 0:
        words = text[max(start, that - _WINDOW) : that].split()
        if words and words[-1] in ("is", "was"):
            words.pop()
        if words and words[-1] in _NOMINAL_CUES:
            cue = words.pop()
            possessor = _possessor(text, start, that, words[-2:])
            if possessor is not None:
                return _report(text, *possessor, cue)
        reach = max(start, that - _AGENT_REACH)
        agent = None
        if text.find(" from ", reach, that) >= 0 or text.find(" by ", reach, that) >= 0:
            agent = _NOMINAL_AGENT.search(text, reach, that)
        if agent is not None:
            report = _report(text, *agent.span("subject"), agent["cue"])
            if report is not None:
                return report
        that = text.find(" that ", that + 5, end)
    return None


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
            return _name_ending_at(text, start, stop)
        if back:
            break
    return None


def _name_ending_at(text: str, start: int, stop: int) -> tuple[int, int] | None:
    # "Despite Mr. Trump": the capitalised words before ``stop``, past an opening word
    words = text[max(start, stop - _WINDOW) : stop].split()
    name: list[str] = []
    while words and words[-1][0].isupper() and len(name) < _MAX_NAME_WORDS:
        name.insert(0, words.pop())
    while name and name[0].lower() in _OPENING_WORDS:
        name.pop(0)
    if not name:
        return None
    return text.rfind(" ".join(name), start, stop), stop


# "Lu repeated that ...", "The judge determined on Friday that ...": a verb
# outside the cue lists that takes a that-clause reports it
_DAYS = word_set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday")
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


def _verb_before_that(text: str, start: int, end: int, quotes: tuple[Quote, ...]) -> Report | None:
    # found from " that ", which str.find looks for much faster than a regex would
    that = text.find(" that ", start, end)
    while that >= 0:
        verb = _verb_taking_clause(text, start, that, end, quotes)
        subject = None if verb is None else _subject_before(text, start, verb[0])
        if verb is not None and subject is not None:
            report = None
            if text[subject[0] : subject[1]].lower() not in _NOT_CLAIMANT:
                report = _report(text, *subject, verb[1])
            if report is not None:
                return report
        that = text.find(" that ", that + 5, end)
    return None


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
    if _in_quote(at, quotes):
        return None
    # a word in -s is a verb after a name ("David Duke reports that"), a noun
    # elsewhere ("amid reports that")
    if not verb.endswith("ed") and not _after_name(text, start, at):
        return None
    if _is_noun_or_passive(text, start, at, at + len(verb), False):
        return None
    return at, verb


def _opens_clause(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word in _CLAUSE_SUBJECT


def _after_name(text: str, start: int, at: int) -> bool:
    previous = text[max(start, at - 30) : at].split()
    if not previous or previous[-1].lower() in _OPENING_WORDS:
        # "Despite complaints that ...": an opening word, not a name
        return False
    return previous[-1][0].isupper() or previous[-1] in _PERSONAL


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
_ARTICLES = word_set("a an the")
# "was asked by host John Dickerson whether ...": the agent asks
# "O'Malley's move was first reported by MSNBC.": the agent may close the sentence
_AGENT = re.compile(
    r"\s+by\s+(?P<subject>[^,;:.!?\"\u201c\u201d]{1,80}?)"
    r"(?:\s+(?:that|whether|if|as|for)\s|\s*[.;!?]?[\"'\u201d\u2019]?\s*$|,\s)"
)


_PASSIVE_BE = word_set("is are was were be been being")
# "confirmed by now", "rejected by large, but ... majorities": no agent
_NOT_AGENTS = word_set("now then far large default chance mistake accident design hand")
# "was first reported by", "was also confirmed by"
_PASSIVE_ADVERBS = _ADVERBS | word_set("first")
_CUE_REACH = 40
_WORD_AT = re.compile(r"[a-z]+")


def _controlled_cue(text: str, start: int, end: int, quotes: tuple[Quote, ...]) -> Report | None:
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
    if _is_adverb(word.group()):
        at = _skip_space(text, word.end())
        word = _WORD_AT.match(text, at, end)
    if word is None or (word.group() not in _CUE_WORDS and word.group() not in CUE_PHRASES):
        # most words after "to" are no cue ("to the", "to be"): a set lookup
        # says so without scanning for one
        return None
    # a cue (at most two words) ends within a few dozen letters
    reach = min(end, at + _CUE_REACH)
    found = next(_cues(text, reach, _cue_tokens(text, at, reach)), None)
    if found is None or found[0] != at or _in_quote(at, quotes):
        return None
    return found[2], found[1]


def _passive_cue(text: str, start: int, end: int, quotes: tuple[Quote, ...]) -> Report | None:
    by = text.find(" by ", start, end)
    while by >= 0:
        words = text[max(start, by - 40) : by].split()
        while len(words) > 2 and (_is_adverb(words[-2]) or words[-2] in _PASSIVE_ADVERBS):
            del words[-2]
        cue = words[-1] if words else ""
        if (
            len(words) > 1
            and words[-2].lower() in _PASSIVE_BE
            and cue in _CUE_WORDS
            and cue.endswith(("ed", "told", "shown"))
            and not _in_quote(by, quotes)
            and (agent := _AGENT.match(text, by, end))
            and agent["subject"] not in _NOT_AGENTS
        ):
            # "by the ministry on Monday": the time is not part of the agent
            agent_start = agent.start("subject")
            agent_end = agent_start + len(_TRAILING_TIME.sub("", agent["subject"]))
            report = _report(text, agent_start, agent_end, cue)
            if report is not None:
                return report
        by = text.find(" by ", by + 3, end)
    return None


def _infinitive_subject(text: str, start: int, to: int, cue: str, cue_end: int) -> Report | None:
    subject = _sentence_subject(text, start, to)
    if subject is None or text[subject[0] : subject[1]].lower() in _NOT_CLAIMANT:
        return None
    gap = text[subject[1] : to]
    words = gap.split()
    if not words or len(words) > _INFINITIVE_GAP or "," in gap:
        return None
    if not _OBJECT_CONTROL.isdisjoint(w.lower() for w in words) or not _ARTICLES.isdisjoint(words):
        # "caused many to wonder", "an effort to maintain": not the subject's words
        return None
    if cue in _NEEDS_THAT and not _reports_that(text, cue_end, subject):
        return None
    return _report(text, *subject, cue)


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
        len(previous) > 1 and (previous[-2].endswith(",") or previous[-2] in _PASSIVE_BE)
    ):
        # "a clip of the mayor trying to defend ...": the participle describes
        # an object; after a comma or "is" it goes with the sentence's subject
        return None
    subject = _subject_before(text, start, text.rfind(previous[-1], start, to))
    if subject is None or text[subject[0] : subject[1]].lower() in _NOT_CLAIMANT:
        return None
    if cue in _NEEDS_THAT and not _reports_that(text, cue_end, subject):
        return None
    return _report(text, *subject, cue)


def _caused_subject(text: str, start: int, to: int, cue: str, cue_end: int) -> Report | None:
    words = text[max(start, to - _WINDOW) : to].split()[-_MAX_OBJECT_WORDS - 1 :]
    for back in range(1, len(words)):
        if words[-back].endswith(","):
            return None
        if words[-back - 1].lower() in _CAUSING:
            at = text.rfind(words[-back], start, to)
            subject = (at, to)
            if cue in _NEEDS_THAT and not _reports_that(text, cue_end, subject):
                return None
            return _report(text, *subject, cue)
    return None


# "Glenn Beck Blasts Drudge", "Senator Endorses Cruz": a headline in title case
# capitalises its cue; not the words that name things more often than they
# report in a headline ("Poll Shows", "Claims", "Calls", "Hope")
_TITLE_CUES = {
    word.capitalize().encode("ascii"): word
    for word in _REPORTING_VERBS | _STANCES
    if word.isalpha()
    and word.islower()
    and word
    not in word_set(
        "claim claims call calls called show shows showed find finds found hope hopes fear "
        "fears want wants note notes report reports reported posted promise cite cites "
        "estimate estimates forecast forecasts tell suspect suspects calculated warning"
    )
}
_TITLE_SHARE = 0.7
_BETWEEN_OR_ADVERB = _BETWEEN | _ADVERBS
_TITLE_PASSIVE = re.compile(r"\s+(?:Of|By|of|by)\b")
_TITLE_CLAUSE_WORDS = word_set(
    "how why what when where who which that after before as at to for with about on in from "
    "by if while"
)
_TITLE_NO_SUBJECT = word_set("to who which that")
_MAX_TITLE_SUBJECT = 6


def _title_cue(text: str, start: int, end: int, runs: list[bytes] | None = None) -> Report | None:
    """``runs`` are the letter runs of text[start:end] (``_letter_runs``,
    split) when the caller has them."""
    # found like the other cues, as a run of letters (most sentences hold none)
    if runs is None:
        runs = _letter_runs(text, start, end).split()
    cues = _TITLE_CUES.keys() & runs
    if not cues:
        return None
    found = min(cues, key=runs.index)
    words = [w for w in text[start:end].split() if w[0].isalpha()]
    if sum(w[0].isupper() for w in words) < _TITLE_SHARE * len(words):
        return None
    cue = found.decode("ascii")
    at = re.search(rf"\b{cue}\b", text[start:end])
    if at is None:
        return None
    if _TITLE_PASSIVE.match(text, start + at.end(), end):
        # "FDIC Accused Of Covering Up ...", "Suspect Named By Police"
        return None
    before = _HARD_BREAK.split(text[start : start + at.start()])[-1].split(",")[-1]
    # "Guns Are ‘A Crisis,’ Ada Lund Tells Council": the quote's closing mark is no name
    subject = before.strip(" " + _QUOTE_MARKS).split()
    while subject and (
        subject[-1].lower() in _BETWEEN_OR_ADVERB or _is_adverb(subject[-1].lower())
    ):
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
    return _report(text, begin, begin + len(phrase), _TITLE_CUES[found])


def _headline(text: str, start: int, end: int) -> Report | None:
    # "Bernie Sanders: Clinton is qualified": a name, a colon, what they say
    # (most sentences hold no colon: looked for first, which is cheaper)
    if text.find(":", start, end) < 0:
        return None
    match = _HEADLINE.match(text, start, end)
    if match is None or _label(match.group("subject")):
        return None
    return _report(text, match.start("subject"), match.end("subject"), ":")


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


def _stance_cue(
    text: str, start: int, end: int, quotes: tuple[Quote, ...], tokens: list[tuple[int, int]]
) -> Report | None:
    # every stance holds the first five letters of one: looked for first,
    # which is cheaper than trying the cues
    words = text[start:end]
    if not any(map(words.__contains__, _STANCE_STEMS)):
        return None
    return _subject_cue(text, start, end, quotes, stances=True, tokens=tokens)


def _subject_cue(
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
        tokens = _cue_tokens(text, start, end)
    for tried, (cue_start, cue_end, cue) in enumerate(_cues(text, end, tokens)):
        if tried == _MAX_CUES:
            break
        if (cue in _STANCES) != stances or _in_quote(cue_start, local):
            continue
        if not _cue_used_so(text, start, end, cue_start, cue_end, cue):
            continue
        subject = _subject_before(text, start, cue_start)
        if cue in _NEEDS_THAT and not (
            _reports_that(text, cue_end, subject) or _commits_to(text, cue, cue_end)
        ):
            subject = _document_subject(text, start, cue_start, cue)
            if subject is None:
                continue
        if _names_or_acts(text, cue, cue_end, subject) or _files_report(text, cue, cue_end):
            continue
        report = None if subject is None else _report(text, *subject, cue)
        if report is not None:
            return report
    return None


def _cue_used_so(text: str, start: int, end: int, cue_start: int, cue_end: int, cue: str) -> bool:
    """Whether the cue word is used as a cue where it stands: an attitude
    after a linking verb, seeing with an "as", any other cue not as a noun
    nor in the passive."""
    if cue in _ATTITUDES:
        return _holds_attitude(text, start, cue_start, cue_end)
    if cue in _SEEING_AS and not (
        _AS_AFTER.match(text, cue_end, end)
        # "voters saw that she could win": seeing a clause, not "views that"
        or (cue in _SEEING_THAT and text.startswith(" that ", cue_end))
    ):
        return False
    return not (
        _is_noun_or_passive(text, start, cue_start, cue_end, cue.endswith("ing"))
        or _BY_AGENT.match(text, cue_end)
    )


_AS_AFTER = re.compile(r"(?:\s+[\w\u2019'-]+){1,6}?\s+as\s")
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
    while previous and (previous[-1] in _DEGREE or _is_adverb(previous[-1])):
        previous.pop()
    return (
        bool(previous)
        and previous[-1] in _LINKING
        and bool(
            _CLAUSE_AFTER.match(text, cue_end)
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
    particle = _NEXT_WORD.match(text, cue_end)
    if particle is not None and particle.group(1) in _PARTICLES:
        return True
    first = text[subject[0] : subject[1]].split()[0].lower() if subject else ""
    return first in ("a", "an")


# "Lund reported from Oslo.", "reported it to the police": a reporter's or a
# witness's act, not a report of what is so (unless a clause follows: "reported
# to the board that ...")
_REPORTING_ACT = re.compile(r"\s+(?:from|to|it|them)\b")


def _files_report(text: str, cue: str, cue_end: int) -> bool:
    return (
        cue == "reported"
        and bool(_REPORTING_ACT.match(text, cue_end))
        and not _CLAUSE_AFTER.match(text, cue_end)
    )


def _cues(text: str, end: int, tokens: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """The cues of the cue tokens ``tokens`` of a text ending at ``end``."""
    for cue_start, cue_end in tokens:
        word = text[cue_start:cue_end]
        # a phrase first: "called for" is a cue of its own, "called" one too
        after = _NEXT_WORD.match(text, cue_end, end) if word in CUE_PHRASES else None
        if after is not None and after.group(1) in CUE_PHRASES[word]:
            yield cue_start, after.end(), f"{word} {after.group(1)}"
        elif word in _CUE_WORDS:
            yield cue_start, cue_end, word


def _letter_runs(text: str, start: int, end: int) -> bytes:
    """The runs of ASCII letters of text[start:end], every other character a
    space, padded so that every run, the first and the last too, is " run "."""
    return b" " + text[start:end].encode("ascii", "replace").translate(_LETTER_RUNS) + b" "


def _cue_tokens(
    text: str,
    start: int,
    end: int,
    runs: bytes | None = None,
    words: list[bytes] | None = None,
) -> list[tuple[int, int]]:
    """The spans of the cue tokens in text[start:end], in order; ``runs`` and
    ``words`` are its ``_letter_runs`` and their split when the caller has
    them (find_report shares them with _title_cue)."""
    if runs is None or words is None:
        runs = _letter_runs(text, start, end)
        words = runs.split()
    found = []
    for key in _CUE_KEYS.intersection(words):
        needle = b" " + key + b" "
        at = runs.find(needle)
        while at >= 0:
            # at is where the run starts in text[start:end], the padding aside
            if not _joined(text, start + at, start + at + len(key), end):
                found.append((start + at, start + at + len(key)))
            at = runs.find(needle, at + len(key) + 1)
    for word in _HYPHENATED_CUES:
        at = text.find(word, start, end)
        while at >= 0:
            if not _joined(text, at, at + len(word), end):
                found.append((at, at + len(word)))
            at = text.find(word, at + len(word), end)
    found.sort()
    return found


def _joined(text: str, start: int, end: int, limit: int) -> bool:
    """Whether the run text[start:end] is part of a longer token: a letter
    before it (outside the text searched), or a hyphen and a letter on either
    side; only what lies before ``limit`` counts after it."""
    if start > 0 and text[start - 1] in _ASCII_LETTERS:
        return True
    if start > 1 and text[start - 1] == "-" and text[start - 2] in _ASCII_LETTERS:
        return True
    return end + 1 < limit and text[end] == "-" and text[end + 1] in _ASCII_LETTERS


def _is_noun_or_passive(
    text: str, start: int, cue_start: int, cue_end: int, participle: bool
) -> bool:
    # "recanted the claim", "his claims", "was reported by": not a claimant's cue
    previous = text[max(start, cue_start - 40) : cue_start].split()
    # look past adverbs: "is also expected", "was widely reported"
    while len(previous) > 1 and (previous[-1] in _ADVERBS or _is_adverb(previous[-1])):
        previous.pop()
    if not previous or _continuing(previous):
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
    possessive = word.endswith(("'s", "\u2019s")) and word[:-2] not in _PRONOUNS
    return word in _NOT_BEFORE_CUE or possessive


def _is_adverb(word: str) -> bool:
    # "repeatedly", not "Jolly" or "Kelly"
    return word.endswith("ly") and word.islower()


def _continuing(words: list[str]) -> bool:
    return len(words) > 1 and words[-1] == "to" and words[-2].lower() in _CONTINUING


def _reports_that(text: str, cue_end: int, subject: tuple[int, int] | None) -> bool:
    # "... shows that", or closing a clause: "..., the AP reported."
    if _CLAUSE_AFTER.match(text, cue_end) or _CLAUSE_END.match(text, cue_end):
        return True
    words = text[subject[0] : subject[1]].lower().split() if subject else []
    return not _DOCUMENTS.isdisjoint(words)


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
    return cue in _PROMISES and bool(_TO_VERB.match(text, cue_end))


# what a document does when it reports ("the poll shows", "the study found")
_SHOWING = word_set("show shows showed showing find finds found highlight highlights notes")


def _document_subject(text: str, start: int, cue_start: int, cue: str) -> tuple[int, int] | None:
    """ "A poll released Sunday by the Post and ABC News shows ...": the
    sentence's subject, when it names a document, is the claimant of a cue
    that is also a non-reporting verb, however long the phrase before the cue
    (the phrase just before it is "ABC News")."""
    if cue not in _SHOWING:
        return None
    subject = _sentence_subject(text, start, cue_start)
    words = text[subject[0] : subject[1]].lower().split() if subject else []
    if not words or words[0] in _CLAUSE_OPENERS or _DOCUMENTS.isdisjoint(words):
        # "Once the video was released, which showed ...": no subject of the cue
        return None
    return subject


_CONTRACTED = re.compile(r"['\u2019]")


def _subject_before(text: str, start: int, cue_start: int) -> tuple[int, int] | None:
    start = max(start, cue_start - _WINDOW)
    aside = None
    if text[max(start, cue_start - 3) : cue_start].rstrip().endswith(","):
        aside = _ASIDE_BEFORE_CUE.search(text, start, cue_start)
    # "Officials have, in fact, praised ...": the aside is not the claimant
    words = text[start : aside.start() if aside else cue_start].split()
    if words[-2:] == ["quoted", "as"]:
        # "The mayor was quoted as saying"
        del words[-2:]
    while words:
        if words[-1] in _BETWEEN or _is_adverb(words[-1]):
            words.pop()
        elif _continuing(words):
            # "Republicans continue to warn", "he went on to say"
            del words[-2:]
            if words and words[-1] in _GOING:
                words.pop()
        elif words[-1].lower() in _TIME_WORDS and len(words) > 1:
            # "Trump, whose views ..., last year proposed"
            words.pop()
            if words[-1].lower() in ("last", "this", "on", "early", "late"):
                words.pop()
        else:
            break
    participle = text[cue_start : cue_start + 12].split()[0].endswith("ing")
    if participle and words and words[-1].lower() in ("by", "after", "before", "while", "when"):
        words.pop()
        if words and words[-1][-1] != ",":
            # "Trump picked up from his daughter by saying ...": the sentence's subject
            return _sentence_subject(text, start, cue_start)
    if words and (words[-1].lower() in ("and", "but") or (participle and words[-1][-1] == ",")):
        # "Clinton celebrated in Florida ... and said ...", "X sought to calm
        # supporters, saying ...": the sentence's subject
        return _sentence_subject(text, start, cue_start)
    joined = " ".join(words)
    if joined.endswith(_DASHES):
        # "Joyce \u2014 who is listed as an attorney \u2014 told": the claimant is
        # before the parenthesis
        opening = max(joined.rfind(dash, 0, len(joined) - 2) for dash in _DASHES)
        if opening > 0:
            joined = joined[:opening]
    elif joined.endswith(")"):
        # "Kasich (who has 25 delegates to date) said": the claimant is before
        # an aside in brackets; a short one is part of the name ("Jack Reed (D-R.I.)")
        opening = joined.rfind("(")
        if opening > 0 and joined.count(" ", opening) >= _MIN_BRACKET_ASIDE:
            joined = joined[:opening]
    # a colon, semicolon or dash ends whatever came before the claimant
    segments = _after_hard_break(joined).split(",")
    if len(segments) == 2 and not segments[-1].strip():
        # "Sen. Jack Reed (D-R.I.), said"
        segments = segments[:1]
    if len(segments) >= 3 and not segments[-1].strip(" " + _QUOTE_MARKS):
        # an appositive between claimant and cue: "Trump, posting on ..., said"
        # or "Russia's lead negotiator, Vladimir Medinsky, described"
        segments = segments[:-1]
        if len(segments) >= 3 and _opens_with_participle(segments[-2]):
            # "Sen. Chuck Grassley, facing a challenge in Iowa, a swing
            # state, said": an appositive after a participle phrase
            segments = segments[:-2]
        elif _is_participle_phrase(segments[-1]) or _capitalised_share(
            segments[-2]
        ) > _capitalised_share(segments[-1]):
            segments = segments[:-1]
        while len(segments) >= 2 and _is_relative_aside(segments[-1]):
            # "Ada Lund, who chaired the board for a decade, a harbour
            # town, said": the relative clause describes the name before it
            segments = segments[:-1]
    phrase = _after_clause_boundary(segments[-1].strip(" " + _QUOTE_MARKS))
    if phrase.startswith("with "):
        # "..., with three in 10 saying ...": who says it follows "with"
        phrase = phrase[5:]
    if phrase.endswith(_TIME_ENDINGS):
        phrase = _TRAILING_TIME.sub("", phrase)
    last = phrase.split()[-1] if phrase else ""
    head = _CONTRACTED.split(last, maxsplit=1)[0]
    if head != last and head.lower() in _PERSONAL:
        # "he's said", "we'll talk about": the pronoun, not its contracted verb
        phrase = last = head
    if last.lower() in _PERSONAL and phrase != last:
        # "the tone of the campaign he said ...": the pronoun is the claimant
        phrase = last
    if not phrase:
        return None
    at = text.rfind(phrase, start, cue_start)
    if at >= 0:
        return at, at + len(phrase)
    # the words were joined by other spaces ("Newt\u00a0Gingrich")
    spaced = re.compile(r"\s+".join(map(re.escape, phrase.split())))
    found = [m.span() for m in spaced.finditer(text, start, cue_start)]
    return found[-1] if found else None


# words after a sentence's subject, before its verb
_SUBJECT_END = _ADVERBS - word_set("not once now")
_DID_NOT = word_set("didn't doesn't don't didn\u2019t doesn\u2019t don\u2019t")


def _span_of(text: str, phrase: str, start: int, limit: int) -> tuple[int, int] | None:
    at = text.find(phrase, start, limit) if phrase else -1
    return (at, at + len(phrase)) if at >= 0 else None


def _after_hard_break(phrase: str) -> str:
    """What follows the last hard break in ``phrase`` (all of it if none)."""
    # most phrases hold no break: the marks are looked for first, which is
    # much cheaper than the split (its pattern is tried at every character)
    if not any(map(phrase.__contains__, _HARD_BREAK_MARKS)):
        return phrase
    return _HARD_BREAK.split(phrase)[-1]


def _sentence_subject(text: str, start: int, limit: int) -> tuple[int, int] | None:
    dateline = _DATELINE.match(text, start, limit)
    if dateline is not None:
        start = dateline.end()
    segments = text[start : min(limit, start + _WINDOW)].split(",")
    first = segments[0].split()
    if len(segments) > 1 and first and _is_opening(first):
        first = segments[1].split()
        if len(segments) > 2 and len(first) == 1 and first[0].lower() in _BETWEEN:
            # "At the same time, however, Xi has ...": an adverb in commas
            first = segments[2].split()
    while first and first[0].lower() in _CONJUNCTIONS:
        first = first[1:]
    words: list[str] = []
    for word in first:
        bare = word.strip(_QUOTE_MARKS)
        if words and bare.islower() and (bare.endswith("ed") or bare in _VERBISH):
            break
        head = _CONTRACTED.split(bare, maxsplit=1)[0]
        if head != bare and not words and head.lower() in _PERSONAL:
            # "He's comparing ...": the pronoun, not its contracted verb
            at = re.compile(rf"\b{head}(?=['\u2019])").search(text, start, limit)
            return at.span() if at else None
        if (
            words
            and (bare in _SUBJECT_END or bare.lower() in _DID_NOT)
            and _RELATIVES.isdisjoint(words)
        ):
            # "Sanders didn't ...", "Sanders often ..." (not "Ada, who still ...")
            break
        words.append(word)
    return _span_of(text, " ".join(words).strip(" " + _QUOTE_MARKS), start, limit)


def _is_opening(words: list[str]) -> bool:
    # "After the vote, ...", "Likewise, ...", "Separately, ..." open a sentence
    # before its subject
    head = words[0].lower()
    return head in _OPENING_WORDS or (len(words) == 1 and head.endswith("ly"))


def _after_clause_boundary(phrase: str) -> str:
    # "... when she said": the claimant is what follows the last clause opener
    words = phrase.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in _CLAUSE_OPENERS:
            rest = words[i + 1 :]
            if len(rest) > 1 and words[i].lower() in _RELATIVES and i > 0:
                # "officials who spoke with the Post said": the relative clause
                # describes the claimant before it ("But many supporters who
                # came to protest say": the sentence's conjunction is no part of it)
                head = words[:i]
                while len(head) > 1 and head[0].istitle() and head[0].lower() in _CONJUNCTIONS:
                    head = head[1:]
                return " ".join(head)
            return " ".join(rest if rest else words[i:])
    return phrase


def _is_relative_aside(segment: str) -> bool:
    words = segment.split()
    return len(words) > 1 and words[0] in _RELATIVE_ASIDE


def _opens_with_participle(segment: str) -> bool:
    # "facing a challenge", "speaking at a rally", "during a meeting in"
    opening = segment.split()[:1]
    return bool(opening) and _looks_like_verb(opening[0]) and opening[0].endswith("ing")


def _capitalised_share(segment: str) -> float:
    words = segment.split()
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def _is_participle_phrase(words: str) -> bool:
    first = words.split()[0].lower() if words.split() else ""
    return first.endswith("ing") or first in ("who", "which", "whose", "in", "on", "at")


def _report(text: str, start: int, end: int, cue: str) -> Report | None:
    trimmed = _trimmed(text, start, end)
    if trimmed is None:
        return None
    trimmed = _before_participle(text, *trimmed)
    words = _WORD.findall(text[trimmed[0] : trimmed[1]])
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    first = words[0].lower()
    if words == ["which"] and text[: trimmed[0]].rstrip().endswith(","):
        # "the Post, which argued that ...": the antecedent claims it (see _claimant)
        return Report(trimmed[0], trimmed[1], " ".join(cue.lower().split()))
    if (first in _NOT_SUBJECT_EDGE and (first not in _DEMONSTRATIVES or len(words) == 1)) or words[
        -1
    ].lower() in _NOT_SUBJECT_EDGE:
        return None
    # "Will believes": a capitalised word is a name, not a verb
    if (not _CLAUSE_WORDS.isdisjoint(words) and not _only_comparison(words)) or any(
        w.lower().endswith(_CONTRACTIONS) for w in words
    ):
        return None
    if _looks_like_verb(words[0]) and not _modifies_plural(words):
        return None
    return Report(trimmed[0], trimmed[1], " ".join(cue.lower().split()))


def _only_comparison(words: list[str]) -> bool:
    # "more than half", "fewer than 4 in 10": a quantity, not a clause
    if _CLAUSE_WORDS.intersection(words) != {"than"}:
        return False
    return all(
        i > 0 and words[i - 1].lower() in _COMPARATIVES
        for i, word in enumerate(words)
        if word == "than"
    )


def _before_participle(text: str, start: int, end: int) -> tuple[int, int]:
    # "exit polls conducted for the Associated Press": the source is "exit polls"
    if text.find("ed", start, end) < 0:
        # no participle (most claimants): looked for first, which is cheaper
        return start, end
    previous: re.Match[str] | None = None
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        participle = _looks_like_verb(word) and word.endswith("ed")
        after_noun = previous is not None and previous.group().lower() not in _DETERMINERS
        if participle and after_noun and previous is not None:
            return start, previous.end()
        previous = match
    return start, end


def _modifies_plural(words: list[str]) -> bool:
    # "hacking specialists say", "fundraising documents show": a modifier, not a verb
    return (
        len(words) == 2
        and words[0].endswith("ing")
        and words[1].islower()
        and (words[1].endswith("s"))
    )


def _looks_like_verb(word: str) -> bool:
    # a phrase opening with "urged", "stoking" or "seemed" is a verb phrase, not a claimant
    return (
        word.islower() and len(word) > 4 and word.endswith(("ed", "ing")) and word not in _NOUNISH
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    strip = " \t\n\u00a0," + _QUOTE_MARKS
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return (start, end) if end > start else None


def _in_quote(at: int, quotes: Iterable[Quote]) -> bool:
    """Whether the character at ``at`` lies inside one of the quotes."""
    return any(q.start <= at < q.end for q in quotes)


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at
