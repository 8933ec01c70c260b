"""The cues of reported speech: the hand-written cue words (reporting verbs,
attitudes, stances), the cue words learnt from PolNeAR (models/cue_words.json),
the two-word cue phrases, and the cue tokens of a text (cue words standing
alone, found as runs of letters)."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterable, Iterator
from pathlib import Path

from verify.extraction.lexicon import word_set

# cues of thinking and of attack that report only before a clause ("fears that
# ...", not "fears of ..."): in the cue words and in NEEDS_THAT below
_CLAUSE_ONLY_CUES = word_set(
    "contemplate envision envisioned fearing foresee imagined mulling recognizes recognizing "
    "remembers speculate worry worrying deemed persuade persuaded quotes praise critique blast "
    "boast vow "
    # knowing and feeling a clause ("knew he had lost", "feel that the party ...")
    "knew feel feels felt realize realizes understand understands understood "
    # telling someone a clause ("assure voters that ...", "informed the board that ...")
    "assure remind reminds persuades convinces inform informs informing"
)
# participles of reporting verbs that report only before a clause ("...,
# asserting that ...", "after denying that ..."; not "the campaign is
# doing so with private pleading")
_CLAUSE_PARTICIPLES = word_set(
    "asserting complaining contending disputing estimating hinting maintaining "
    "observing protesting reiterating retorting speculating testifying "
    "underscoring replying quipping musing countering theorizing surmising opining "
    "griping highlighting disclosing assuring reaffirming affirming"
)
# reporting verbs whose object is what the claimant asserts (case matters:
# "Says" opens headlines more often than it reports)
REPORTING_VERBS = word_set(
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
    "boasting cautioning reasoning reports posited posits "
    # the present of verbs above (rarely nouns): "Election scholars caution that ..."
    "caution cautions observes opines surmises theorizes speculates emphasizes emphasises "
    "reiterate laments decry assails derides chides lambastes implies discloses "
    # speech acts whose object sums up what was said ("attacked the plan as ...")
    "talked talking referring referred asking attacked attacking discuss urging promising "
    "lambasted lambasting assailed assailing derided deriding ridiculed ridiculing slamming "
    "blasting denouncing praising touting called calls questioning "
    "castigated chided scolded rebuked berated excoriated disparaged belittled "
    "extolled extols commended chastised trashed faulted pilloried "
    # more forms of the verbs above, among the words PolNeAR's annotators marked as cues
    "alluding applauded articulated blaming chanted chanting chants characterized "
    "chiding cite commenting complain concede condemning confirming contradicted credited "
    "crediting criticize decrying describe disavow disavowed dismisses downplayed "
    "emphasizing explain express expressing hailed insulted lamenting laments mentioning "
    "opined outlined outlining pledging portray quoting rebut recommend recommended "
    "referencing refers repeat shouted tout uttered vouched vowing "
    "yelled threaten threatening showing shown "
    # base forms after "continued to", "went on to": "continued to assert that"
    "affirm assert underscore underscores "
    "Says"
)
# adjectives of attitude that report the clause after them, after a linking
# verb or a comma only ("were adamant that ...", "seemed hopeful the deal
# ...", "..., confident that ...")
ATTITUDES = word_set(
    "adamant hopeful optimistic pessimistic skeptical sceptical sure upset angry glad proud "
    "afraid insistent doubtful fearful confident certain aware"
)
# stances taken in public, whose object is what the claimant backs or opposes
# ("Warren endorsed Clinton", "Rubio opposes abortion"): weaker cues than the
# others, taken only where a sentence holds no other (not "support", "favor"
# or "favors", more often nouns; "backs", "backed" and "backing" only where
# reports/backing.py finds them taking a side)
STANCES = word_set(
    "endorsed endorses endorse endorsing supports supported opposes opposed oppose opposing "
    "favored favoring prefers preferred prefer backs backed backing"
)
# verbs of seeing that report a belief when an "as" follows ("Many see him as
# a threat", not "saw a rise in costs")
SEEING_AS = word_set("see sees saw seeing view views viewed viewing")
SEEING_THAT = word_set("see sees saw")
STANCE_STEMS = tuple(sorted({word[:5] for word in STANCES}))
HAND_CUE_WORDS = (
    REPORTING_VERBS | _CLAUSE_ONLY_CUES | _CLAUSE_PARTICIPLES | ATTITUDES | STANCES | SEEING_AS
)
# words PolNeAR's annotators often marked as cues of propositions (rebuilt
# by bench/train_cue_words.py from PolNeAR train)
CUE_WORDS_PATH = Path(__file__).parent.parent / "models" / "cue_words.json"


def _learned_cue_words() -> frozenset[str]:
    try:
        return frozenset(json.loads(CUE_WORDS_PATH.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return frozenset()


_LEARNED_CUE_WORDS = _learned_cue_words()
CUE_WORDS = HAND_CUE_WORDS | _LEARNED_CUE_WORDS
# cues of two words: "called for", "pointed out", "made clear"
CUE_PHRASES = {
    "calls": ("for", "on"),
    "called": ("for", "on"),
    "pointed": ("to", "out"),
    "points": ("to", "out"),
    "pointing": ("to", "out"),
    "point": ("to", "out"),
    "made": ("clear",),
    "makes": ("clear",),
    "make": ("clear",),
    "making": ("clear",),
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
    "swiped": ("at",),
    "heaped": ("praise",),
    "heaps": ("praise",),
    "weighed": ("in",),
    "weighing": ("in",),
    # "spoke of the malaise"; not "speaking of which", "the plan he had spoken of"
    "spoke": ("out", "about", "of"),
    "speaks": ("of",),
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
_CUE_KEYWORDS = CUE_WORDS.union(CUE_PHRASES)
CUE_KEYS = frozenset(word.encode("ascii") for word in _CUE_KEYWORDS if word.isalpha())
# cue words with a hyphen ("co-sponsored", learnt) span two letter runs: found by str.find
_HYPHENATED_CUES = tuple(sorted(word for word in _CUE_KEYWORDS if not word.isalpha()))
_ASCII_LETTERS = frozenset(string.ascii_letters)
_LETTER_RUNS = bytes(ord(char if char in _ASCII_LETTERS else " ") for char in map(chr, range(256)))
NEXT_WORD = re.compile(r"\s+([a-z]+)")
# cues that are also common nouns or non-reporting verbs: only before a clause
# ("reported that ...", "reported it lost ...") or closing one ("..., the AP reported.")
NEEDS_THAT = (
    word_set(
        "claims found finds find showed shows show notes know knows doubt doubts worried "
        "worries learned convinced note mention agree agreed highlight highlights recognize "
        "recognized concerned pledged repeated underscored anticipated "
        "protested advised advises reports showing shown underscore underscores"
    )
    | _CLAUSE_ONLY_CUES
    | _CLAUSE_PARTICIPLES
    | (_LEARNED_CUE_WORDS - REPORTING_VERBS)
)  # learned cues also name actions ("discussed the conflict")


_IT_CLEAR = re.compile(r"\s+it\s+(?:very\s+|abundantly\s+|perfectly\s+|quite\s+)?clear\b")


def cues(text: str, end: int, tokens: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """The cues of the cue tokens ``tokens`` of a text ending at ``end``."""
    for cue_start, cue_end in tokens:
        word = text[cue_start:cue_end]
        # a phrase first: "called for" is a cue of its own, "called" one too
        after = NEXT_WORD.match(text, cue_end, end) if word in CUE_PHRASES else None
        if after is not None and after.group(1) in CUE_PHRASES[word]:
            yield cue_start, after.end(), f"{word} {after.group(1)}"
        elif after is not None and (clear := _IT_CLEAR.match(text, cue_end, end)) is not None:
            # "made it clear", "has made it very clear"
            yield cue_start, clear.end(), f"{word} it clear"
        elif word in CUE_WORDS and not (
            _compound(text, word, cue_end, end) or _verbal_noun(text, word, cue_start)
        ):
            yield cue_start, cue_end, word


# cue words that open a compound noun: "talking points" is said, not a saying
_COMPOUNDS = {"talking": ("point", "points")}


# participles used as nouns as often as verbs ("hours of questioning"): cues
# only after a comma, "and", "after" or a form of "be", adverbs aside
# ("..., questioning his judgment", "are now openly questioning how ...")
_VERBAL_NOUNS = frozenset(("questioning",))
_BEFORE_PARTICIPLE = word_set("and after is are was were been")
_PARTICIPLE_ADVERBS = word_set("now also still even again")


def _verbal_noun(text: str, word: str, cue_start: int) -> bool:
    if word not in _VERBAL_NOUNS:
        return False
    previous = text[max(0, cue_start - 40) : cue_start].split()
    while previous and (previous[-1] in _PARTICIPLE_ADVERBS or previous[-1].endswith("ly")):
        previous.pop()
    return not previous or not (previous[-1] in _BEFORE_PARTICIPLE or previous[-1].endswith(","))


def _compound(text: str, word: str, cue_end: int, end: int) -> bool:
    nouns = _COMPOUNDS.get(word)
    if nouns is None:
        return False
    after = NEXT_WORD.match(text, cue_end, end)
    return after is not None and after.group(1) in nouns


def letter_runs(text: str, start: int, end: int) -> bytes:
    """The runs of ASCII letters of text[start:end], every other character a
    space, padded so that every run, the first and the last too, is " run "."""
    return b" " + text[start:end].encode("ascii", "replace").translate(_LETTER_RUNS) + b" "


def cue_keys(words: Iterable[bytes]) -> frozenset[bytes]:
    """The cue words (as ASCII bytes) among the letter runs ``words``: every
    cue token but a hyphenated one is among them, and a rule whose cue is a
    token can only match where its cue is."""
    return CUE_KEYS.intersection(words)


def cue_tokens(
    text: str,
    start: int,
    end: int,
    runs: bytes | None = None,
    words: list[bytes] | None = None,
    keys: frozenset[bytes] | None = None,
) -> list[tuple[int, int]]:
    """The spans of the cue tokens in text[start:end], in order; ``runs``,
    ``words`` and ``keys`` are its ``letter_runs``, their split and their
    ``cue_keys`` when the caller has them (find_report shares them)."""
    if runs is None or words is None:
        runs = letter_runs(text, start, end)
        words = runs.split()
    found = []
    for key in cue_keys(words) if keys is None else keys:
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
