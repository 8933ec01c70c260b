"""The claimant phrase of a cue: the ``Report`` record, the phrase just
before a cue or the subject of the sentence, and the checks that keep a
clause, a verb phrase or a time out of a claimant."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from verify.extraction.entity_roles import PARTY_STATE
from verify.extraction.lexicon import plural_shaped, word_set
from verify.extraction.name_words import PLACES
from verify.extraction.phrases import PERSONAL_SUBJECTS, before_ago_phrase, time_phrase_length
from verify.extraction.reports.conjuncts import coordinated
from verify.extraction.reports.contacts import without_contact_clause
from verify.extraction.reports.cue_words import ATTITUDES, CUE_WORDS, NEXT_WORD
from verify.extraction.reports.edges import (
    ARTICLES,
    QUOTE_MARKS,
    SPACE_AND_QUOTES,
    after_including,
    after_link,
    before_trailing_adverb,
    comma_then,
    inserted_length,
    trimmed_phrase,
)
from verify.extraction.reports.openings import is_opening, participle_opening
from verify.extraction.reports.subordinates import subordinate_subject
from verify.extraction.reports.words import (
    CONJUNCTIONS,
    DETERMINERS,
    looks_like_verb,
)
from verify.extraction.segmentation import DATELINE
from verify.extraction.types import Quote

ADVERBS = word_set("also not never already still long once often then now just even")
# auxiliaries and adverbs between a claimant and its cue ("has also said")
BETWEEN = word_set(
    "has have had also previously repeatedly later again publicly earlier privately falsely "
    "wrongly once first then recently further would will did does do is was were are could seldom "
    "may might often long never not has't hasn't haven't didn't doesn't even still already always "
    "actually indeed now since just isn't aren't wasn't don't won't can't couldn't wouldn't "
    # linking verbs before an attitude ("seemed hopeful that")
    "am been seemed seems seem appeared appears remained remains remain became"
)
# an aside between a claimant and its cue, in commas
_ASIDE_BEFORE_CUE = re.compile(
    r",\s+(?:however|in\s+fact|though|too|meanwhile|instead|in\s+turn|of\s+course|for\s+"
    r"(?:his|her|their|its)\s+part|[a-z]+ly),\s*$"
)
BETWEEN |= word_set("here there yet sometimes usually both all can should must cannot")
# "Carter however said", "..., instead claiming": a sentence adverb
BETWEEN |= word_set("however instead meanwhile")
# with typographic apostrophes too
BETWEEN |= frozenset(word.replace("'", "\u2019") for word in BETWEEN)
_WORD = re.compile(r"[\w'\u2019.-]+")
# words that cannot start or end a claimant phrase
NOT_SUBJECT_EDGE = word_set(
    "that whom whose what when whenever wherever whatever where while if because since as and "
    "or but so there here this these those in on at with for from to of by into amid among despite "
    "before after during against "
    # "It's worth noting that ...": no one is named
    "worth"
)
CLAUSE_OPENERS = word_set(
    "when after before because as while since and but that which who what where if although "
    "though until once so yet or also still now then however instead whom whose"
)
# a phrase holding one of these is a clause, not the claimant of a reporting verb
CLAUSE_WORDS = word_set(
    "is was were are be been being has have had will would could should can may might do "
    "does did not that which if because when where whether than there"
)
_COMPARATIVES = word_set("more less fewer")
_CONTRACTIONS = ("'re", "\u2019re", "'m", "\u2019m", "n't", "n\u2019t", "'ve", "\u2019ve")
# finite verbs that end a sentence's subject
VERBISH = word_set(
    "is was are were has have had will would can could did does do said told went made took "
    "gave got came won lost led held sent fought found wrote became began ran met kept sought "
    "brought thought bought felt left meant spent stood understood paid sold built grew fell "
    "rose put set cut let saw knew spoke broke chose drove wore shot struck threw"
)
# "Paul Ryan on Thursday declared": the time is not part of the claimant
TRAILING_TIME = re.compile(
    r"(?:\s+(?:on|last|this|late|early|earlier|in)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|week|month|year|night|morning|evening|a\s+statement|an\s+interview)"
    r"|\s+(?:yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    # "Trump at the time said", "polls at the time", "Lee earlier in the day said"
    r"|\s+at\s+the\s+time|\s+(?:earlier|later)\s+in\s+the\s+(?:day|week|month|year))+$"
)
# the words a match of TRAILING_TIME ends with: a phrase ending otherwise
# (most claimants) is left as it is without running the pattern
_TIME_ENDINGS = tuple(
    sorted(
        word_set(
            "Monday Tuesday Wednesday Thursday Friday Saturday Sunday week month year night "
            "morning evening statement interview yesterday today time day"
        )
    )
)
_HE_SHE = word_set("He She")
_DASHES = ("\u2014", "\u2013", " -", "--")
# "last year", "on Monday" right before a cue: when, not who
TIME_WORDS = word_set(
    "year week month night morning evening monday tuesday wednesday thursday friday saturday "
    "sunday yesterday today"
)
# "those surveyed said", "these supporters acknowledge", "This group recognizes"
_DEMONSTRATIVES = word_set("these those this")
_THIS_TIME = TIME_WORDS | word_set("past time fall spring summer winter")
_GOING = word_set("went go goes going")
_CONTINUING = word_set("continue continues continued continuing on began begun begin begins")
# a colon, semicolon or dash, "--" too ("In a speech -- which ... -- Sanders claimed")
HARD_BREAK = re.compile(r"[:;\u2014\u2013]| - | ?-- ?")
# what every match of HARD_BREAK holds
_HARD_BREAK_MARKS = (":", ";", "\u2014", "\u2013", " - ", "--")
_RELATIVES = word_set("who that which whose")
PRONOUNS = word_set("he she they it we i who that there his her their")
_MAX_SUBJECT_WORDS = 14
_RELATIVE_ASIDE = word_set("who whose")
# spaces inside brackets that make them an aside rather than part of a name
_MIN_BRACKET_ASIDE = 2
# bounds that keep a hostile sentence (thousands of cue words, no full stop)
# linear: a claimant sits near its cue, and few sentences hold many cues
WINDOW = 300


# a NamedTuple, not a frozen dataclass, so that it is cheap to make
class Report(NamedTuple):
    """Reported speech found in a sentence: who, with which cue."""

    subject_start: int
    subject_end: int
    cue: str


def is_adverb(word: str) -> bool:
    # "repeatedly", not "Jolly" or "Kelly"
    return word.endswith("ly") and word.islower()


def continuing(words: list[str]) -> bool:
    return len(words) > 1 and words[-1] == "to" and words[-2].lower() in _CONTINUING


_CONTRACTED = re.compile(r"['\u2019]")


def subject_before(
    text: str, start: int, cue_start: int, end: int | None = None
) -> tuple[int, int] | None:
    """The claimant phrase before a cue at ``cue_start``; ``end`` is the end
    of the sentence, where the caller knows it."""
    start = max(start, cue_start - WINDOW)
    aside = None
    if text[max(start, cue_start - 3) : cue_start].rstrip().endswith(","):
        aside = _ASIDE_BEFORE_CUE.search(text, start, cue_start)
    # "Officials have, in fact, praised ...": the aside is not the claimant
    words = text[start : aside.start() if aside else cue_start].split()
    if words[-2:] == ["quoted", "as"]:
        # "The mayor was quoted as saying"
        del words[-2:]
    while words:
        if (
            words[-1] in BETWEEN
            or is_adverb(words[-1])
            or (words[-1] in _DEGREE and text.startswith(_ATTITUDE_WORDS, cue_start))
        ):
            words.pop()
        elif inserted := inserted_length(words):
            # "allies have in the past said": the phrase is no part of the claimant
            del words[-inserted:]
        elif continuing(words):
            # "Republicans continue to warn", "he went on to say"
            del words[-2:]
            if words and words[-1] in _GOING:
                words.pop()
        elif words[-1].lower() == "ago" and (begin := before_ago_phrase(words)) > 0:
            # "The State Department less than two weeks ago said"
            del words[begin:]
        elif words[-1].lower() in TIME_WORDS and len(words) > 1:
            # "Trump, whose views ..., last year proposed"
            words.pop()
            if len(words) > 1 and words[-1] == "past" and words[-2].lower() in ("this", "the"):
                # "Reince Priebus this past week announced"
                words.pop()
            if words[-1].lower() in ("last", "this", "on", "early", "late"):
                words.pop()
                if len(words) > 1 and words[-1].lower() in ("early", "late"):
                    # "Voters late last week indicated"
                    words.pop()
        else:
            break
    participle = text[cue_start : cue_start + 12].split()[0].endswith("ing")
    if participle and text[start:cue_start].rsplit(maxsplit=1)[-1:] in _PROGRESSIVE:
        # "Trump, the most unconventional candidate, is promising …": a verb
        # in the progressive, not a participle after the clause
        participle = False
    if participle and words and words[-1].lower() in _BEFORE_PARTICIPLE:
        words.pop()
        if words and words[-1][-1] != ",":
            # "Trump picked up from his daughter by saying ...": the sentence's subject
            return sentence_subject(text, start, cue_start)
    if words == ["Having"] and end is not None:
        # "Having announced that he would retire, Judge Lee ...": the subject
        # after the opening phrase
        return _subject_after_opening(text, cue_start, end)
    if participle and not words and end is not None:
        # "After saying he was nervous, the man ...": the subject after the opening phrase
        return _subject_after_opening(text, cue_start, end)
    if words and (
        words[-1].lower() in ("and", "but")
        or (participle and _ends_clause(words[-1]))
        or _reduced_clause(text, cue_start, words[-1])
        or comma_then(text, cue_start)
    ):
        # "Clinton celebrated in Florida ... and said ...", "X sought to calm
        # supporters, saying ...", "... the “Golden Week,” saying ...", "...
        # on the spot – saying ...": the sentence's subject, or the subject of
        # the subordinate clause the cue is joined to ("cheered when Lee waved and
        # said"); "offered him a job as Director of Parks, then says"
        return subordinate_subject(text, start, cue_start) or sentence_subject(
            text, start, cue_start
        )
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
    if len(segments) >= 3:
        # "Tom Lee, 49, a Navy veteran, said": an age is no part of the phrase
        segments = [segment for segment in segments if not _is_age(segment)]
    if len(segments) == 2 and not segments[-1].strip():
        # "Sen. Jack Reed (D-R.I.), said"
        segments = segments[:1]
    if len(segments) >= 3 and not segments[-1].strip(SPACE_AND_QUOTES):
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
        while len(segments) >= 2 and (
            _is_relative_aside(segments[-1])
            or _is_comparison(segments[-1].split())
            or (PARTY_STATE.fullmatch(segments[-1].strip()) and _is_relative_aside(segments[-2]))
        ):
            # "Ada Lund, who chaired the board for a decade, a harbour
            # town, said": the relative clause describes the name before it;
            # "CNN, like the AP, declared": the comparison too; "who supported
            # Sen. Ted Cruz, R-Texas, and ...": the party and state of the name
            # closing a relative aside belong to the aside
            segments = segments[:-1]
    # "the officials we talked to": the noun phrase before the contact clause
    phrase = without_contact_clause(_after_clause_boundary(segments[-1].strip(SPACE_AND_QUOTES)))
    if (
        participle
        and len(segments) > 1
        and phrase == segments[-1].strip(SPACE_AND_QUOTES)
        and _issues_document(phrase.split())
    ):
        # "Ada Lund, the harbour master, released a statement confirming ...":
        # the subject before the verb phrase
        return sentence_subject(text, start, cue_start)
    if _is_comparison(phrase.split()):
        # "Lund runs the pier, and like Berg has said ...": the sentence's subject
        return sentence_subject(text, start, cue_start)
    if phrase.startswith("with "):
        # "..., with three in 10 saying ...": who says it follows "with"
        phrase = phrase[5:]
    words = phrase.split()
    when = time_phrase_length(words)
    if 0 < when < len(words) and words[when].lower() not in _BEFORE_PARTICIPLE | {"at", "in"}:
        # "Last week the governor said": when, not who
        phrase = " ".join(words[when:])
    if phrase.endswith(_TIME_ENDINGS):
        phrase = TRAILING_TIME.sub("", phrase)
    last = phrase.split()[-1] if phrase else ""
    head = _CONTRACTED.split(last, maxsplit=1)[0]
    if head != last and head.lower() in PERSONAL_SUBJECTS:
        # "he's said", "we'll talk about": the pronoun, not its contracted verb
        phrase = last = head
    if last.lower() in PERSONAL_SUBJECTS and phrase != last:
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


_BEFORE_PARTICIPLE = word_set("by after before while when since")
_PROGRESSIVE = (["is"], ["was"], ["are"], ["were"])
# how much, before a cue ("are now more convinced that", "should be very worried")
_DEGREE = word_set("more less very")
_ATTITUDE_WORDS = tuple(sorted(ATTITUDES | {"convinced", "worried", "concerned"}))
_REDUCED_CLAUSE_CUES = tuple(f"{cue} that " for cue in sorted(ATTITUDES | {"convinced"}))


def _reduced_clause(text: str, cue_start: int, before: str) -> bool:
    # "Aides spent Saturday in Iowa, confident that ...": an attitude after a
    # comma is said of the sentence's subject, as a participle is
    return before.endswith(",") and text.startswith(_REDUCED_CLAUSE_CUES, cue_start)


_DASH_WORDS = word_set("- -- \u2013 \u2014")


def _ends_clause(word: str) -> bool:
    # a comma, also inside a closing quote mark, or a dash standing alone
    return word.rstrip(QUOTE_MARKS).endswith(",") or word in _DASH_WORDS


# what follows an adverb of manner after a cue ("said pleasantly into the phone")
_AFTER_MANNER = word_set("into over on at in to from during after before with by for through")
_MAX_AGE_DIGITS = 3


def _is_age(segment: str) -> bool:
    # " 49" between commas after a name; not a year (" 2016")
    age = segment.strip()
    return age.isdigit() and len(age) <= _MAX_AGE_DIGITS


def _subject_after_opening(text: str, cue_start: int, end: int) -> tuple[int, int] | None:
    limit = min(end, cue_start + WINDOW)
    comma = text.find(", ", cue_start, limit)
    return sentence_subject(text, comma + 2, end) if comma >= 0 else None


# words after a sentence's subject, before its verb
_SUBJECT_END = ADVERBS - word_set("not once now")
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
    return HARD_BREAK.split(phrase)[-1]


def sentence_subject(text: str, start: int, limit: int) -> tuple[int, int] | None:
    dateline = DATELINE.match(text, start, limit)
    if dateline is not None:
        start = dateline.end()
    segments = text[start : min(limit, start + WINDOW)].split(",")
    first = segments[0].split()
    taken = 0
    if len(segments) > 1 and first and is_opening(first):
        taken, first = 1, segments[1].split()
        while taken + 1 < len(segments) and _goes_on_opening(first):
            # "At a rally in Dover, Del., on Tuesday, Ann Lee ...": the
            # opening's place and time in commas of their own
            taken += 1
            first = segments[taken].split()
        if len(segments) > 2 and len(first) == 1 and first[0].lower() in BETWEEN:
            # "At the same time, however, Xi has ...": an adverb in commas
            taken, first = 2, segments[2].split()
    while first and first[0].lower() in CONJUNCTIONS:
        first = first[1:]
    if _is_comparison(first) and taken + 1 < len(segments):
        # "And, like Berg, they have argued ...": the subject after the comparison
        first = segments[taken + 1].split()
    words: list[str] = []
    for number, word in enumerate(first):
        bare = word.strip(QUOTE_MARKS)
        if words and bare.islower() and (bare.endswith("ed") or bare in VERBISH):
            break
        if len(words) == 1 and words[0] in _HE_SHE and bare.islower():
            # "He considers Ann Lee untrustworthy, but views ...": the pronoun
            # is the subject, whatever verb follows it
            break
        if words and _verb_before_object(bare, first[number + 1 : number + 2]):
            # "Ada Lund keeps her finances a secret but says ...": a verb
            # outside the lists, known by the object after it
            break
        head = _CONTRACTED.split(bare, maxsplit=1)[0]
        if head != bare and not words and head.lower() in PERSONAL_SUBJECTS:
            # "He's comparing ...": the pronoun, not its contracted verb
            at = re.compile(rf"\b{head}(?=['\u2019])").search(text, start, limit)
            return at.span() if at else None
        if (
            words
            and (
                bare in _SUBJECT_END
                or bare.lower() in _DID_NOT
                or is_adverb(bare)
                or bare == "only"
            )
            and _RELATIVES.isdisjoint(words)
        ):
            # "Sanders didn't ...", "Sanders often ...", "Lund quietly ...", "Rubio
            # only ..." (not "Ada, who still ...")
            break
        words.append(word)
    return _span_of(text, " ".join(words).strip(SPACE_AND_QUOTES), start, limit)


# what opens the object of a verb in -s ("keeps her", "offers a"; not "this",
# which opens a time: "officials this week said")
_OBJECT_OPENERS = word_set("the a an his her their its our my your")
_MAX_PLACE_WORDS = 6


# "The most telling promise ...", "Perhaps most telling, ...": an adjective
_DEGREE_BEFORE_ADJECTIVE = word_set("most more very")


# the cues _idiom reads
_IDIOM_CUES = word_set("say telling tell told")
_MAX_ACTIVITY_WORDS = 3


def _idiom(text: str, start: int, words: list[str], cue: str) -> bool:
    # "As they say, ...": no one in particular; "Only time will tell", "All
    # told, ...": no one
    if words == ["they"] and cue == "say":
        return text[max(0, start - 3) : start].lower() == "as "
    if cue == "telling" and words[-1].lower() in _DEGREE_BEFORE_ADJECTIVE:
        return True
    return (words[-1] == "time" and cue == "tell") or (words == ["All"] and cue == "told")


def _verb_before_object(word: str, following: list[str]) -> bool:
    return (
        word.islower()
        and word.endswith("s")
        and not word.endswith("ss")
        and bool(following)
        and following[0] in _OBJECT_OPENERS
    )


def _goes_on_opening(words: list[str]) -> bool:
    """A state after a place ("Del.", "Ohio") or a short phrase of time or
    place ("on Tuesday", "at a rally in Dover") in commas after an opening."""
    if len(words) == 1:
        word = words[0]
        return (word.endswith(".") and len(word) <= 6) or word.lower() in PLACES
    return words[0] in ("on", "in", "at") and (
        len(words) <= 3 or (len(words) <= _MAX_PLACE_WORDS and words[1] in _OBJECT_OPENERS)
    )


# "an electorate in which 67 percent of voters say": the relative clause's
# own subject says it
_RELATIVE_PREPOSITIONS = word_set("in among for of with by under")


def _after_clause_boundary(phrase: str) -> str:
    # "... when she said": the claimant is what follows the last clause opener
    words = phrase.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in CLAUSE_OPENERS and not coordinated(words[i], words[:i]):
            rest = words[i + 1 :]
            if _object_relative(words[i], rest, words[:i]):
                # "a gap that many experts say renders ...": the relative
                # clause's own subject, not the phrase it describes
                return " ".join(rest)
            if (
                len(rest) > 1
                and words[i].lower() in _RELATIVES
                and i > 0
                and words[i - 1].lower() not in _RELATIVE_PREPOSITIONS
            ):
                # "officials who spoke with the Post said": the relative clause
                # describes the claimant before it ("But many supporters who
                # came to protest say": the sentence's conjunction is no part of it)
                head = words[:i]
                while len(head) > 1 and head[0].istitle() and head[0].lower() in CONJUNCTIONS:
                    head = head[1:]
                return " ".join(head)
            return " ".join(rest if rest else words[i:])
    return phrase


_OBJECT_RELATIVES = word_set("that which")
_SUBJECT_OPENERS = word_set(
    "the a an many some most several all both few these those his her their its our he she they "
    "we i"
)
_MAX_RELATIVE_SUBJECT = 4


def _opens_subject(rest: list[str]) -> bool:
    # "many experts", "Ada Lund", "homeland security experts"; not "stuck
    # with the administration", "settles it"
    first = rest[0].lower()
    return (
        first in _SUBJECT_OPENERS
        or rest[0][0].isupper()
        or (len(rest) > 1 and rest[-1].endswith("s") and first not in CLAUSE_WORDS)
    )


def _object_relative(opener: str, rest: list[str], before: list[str]) -> bool:
    """Whether ``opener`` ("that", "which") opens a relative clause whose own
    subject says what follows its cue: "a gap that many experts say renders
    ...". Not after a cue of the main clause ("claiming without any evidence
    that Obama wanted", "not confident that"), whose claimant that is."""
    return (
        opener in _OBJECT_RELATIVES
        and 0 < len(rest) <= _MAX_RELATIVE_SUBJECT
        and _opens_subject(rest)
        # "the chairs that POLITICO interviewed predicted ...": the relative
        # clause has its verb, and the cue is the head's
        and not (len(rest) > 1 and (rest[-1] in VERBISH or looks_like_verb(rest[-1])))
        and bool(before)
        and CUE_WORDS.isdisjoint(word.lower() for word in before)
    )


def _is_relative_aside(segment: str) -> bool:
    words = segment.split()
    return len(words) > 1 and words[0] in _RELATIVE_ASIDE


# what a claimant issues that says what the participle after it says
DAYS = word_set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_MAX_ISSUING_WORDS = 5
_ISSUED = word_set(
    "statement statements letter letters memo ad ads email emails video videos petition op-ed "
    "tweet tweets message report"
)


def _issues_document(words: list[str]) -> bool:
    # "released a statement", "issued a new letter Monday"
    if words and (words[-1] in DAYS or words[-1] == "today"):
        words = words[:-1]
    return (
        1 < len(words) <= _MAX_ISSUING_WORDS
        and looks_like_verb(words[0])
        and words[-1].lower() in _ISSUED
    )


def _is_comparison(words: list[str]) -> bool:
    # "like the AP", "like many in the town": whom the claimant is compared with
    return len(words) > 1 and words[0].lower() == "like"


def _opens_with_participle(segment: str) -> bool:
    # "facing a challenge", "speaking at a rally", "during a meeting in"
    opening = segment.split()[:1]
    return bool(opening) and looks_like_verb(opening[0]) and opening[0].endswith("ing")


def _capitalised_share(segment: str) -> float:
    words = segment.split()
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def _is_participle_phrase(words: str) -> bool:
    first = words.split()[0].lower() if words.split() else ""
    return first.endswith("ing") or first in ("who", "which", "whose", "in", "on", "at")


def report_of_subject(text: str, start: int, cue_start: int, end: int, cue: str) -> Report | None:
    """The report whose claimant is the phrase just before ``cue_start`` (see
    subject_before), if there is one and it passes checked_report."""
    subject = subject_before(text, start, cue_start, end)
    return None if subject is None else checked_report(text, *subject, cue)


def checked_report(text: str, start: int, end: int, cue: str) -> Report | None:
    trimmed = trimmed_phrase(text, start, end)
    if trimmed is None:
        return None
    trimmed = _before_participle(
        text, *after_including(text, *after_link(text, *trimmed)), cue.endswith("ing")
    )
    trimmed = before_trailing_adverb(text, *_before_trailing_time(text, *trimmed))
    phrase = text[trimmed[0] : trimmed[1]]
    words = _WORD.findall(phrase)
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return None
    first = words[0].lower()
    if words == ["which"] and text[: trimmed[0]].rstrip().endswith(","):
        # "the Post, which argued that ...": the antecedent claims it (see _claimant)
        return Report(trimmed[0], trimmed[1], " ".join(cue.lower().split()))
    if (first in NOT_SUBJECT_EDGE and (first not in _DEMONSTRATIVES or len(words) == 1)) or words[
        -1
    ].lower() in NOT_SUBJECT_EDGE:
        return None
    if first == "this" and (words[1].lower() in _THIS_TIME or words[-1].lower() in _THIS_TIME):
        # "this past week announced", "This year Camil spoke": a time, not a claimant
        return None
    # "Will believes": a capitalised word is a name, not a verb
    if (not CLAUSE_WORDS.isdisjoint(words) and not _only_comparison(words)) or (
        _contracted(phrase, words)
    ):
        return None
    if looks_like_verb(words[0]) and not _modifies_plural(words):
        return None
    if cue in _IDIOM_CUES and _idiom(text, trimmed[0], words, cue):
        return None
    if len(words) == 1 and words[0] in VERBISH:
        # "..., but said, “...,” promising ...": the clause has no subject
        return None
    if is_adverb(words[0]) and (len(words) == 1 or words[1] in _AFTER_MANNER):
        # "..., said dryly.", "said pleasantly into the phone": how, not who
        # (but "recently released records", "nearly half of voters")
        return None
    if words[0] in DAYS and (len(words) == 1 or words[1].lower() in PERSONAL_SUBJECTS):
        # "..., said Sunday.", "..., said Wednesday he agrees": when, not who
        return None
    # an article and an -ing word, after "even" at most: three words or fewer
    if len(words) <= _MAX_ACTIVITY_WORDS and _activity_or_modifier(words):
        return None
    if participle_opening(phrase.split()):
        # "Making the rounds on the Sunday shows, Carson said": the phrase
        # before "shows" is what Carson did
        return None
    return Report(trimmed[0], trimmed[1], " ".join(cue.lower().split()))


def _before_trailing_time(text: str, start: int, end: int) -> tuple[int, int]:
    """A source without the time closing it ("according to a new poll last
    week", "In a report on Monday, ..."): when, not who."""
    if not text.endswith(_TIME_ENDINGS, start, end):
        return start, end
    time = TRAILING_TIME.search(text, start, end)
    return (start, time.start()) if time and time.start() > start else (start, end)


def _contracted(phrase: str, words: list[str]) -> bool:
    """Whether a word of ``phrase`` (its ``words``) ends in a contraction
    ("they're"); every contraction holds an apostrophe, which lower-casing
    keeps, so a phrase without one (most) is settled by two substring tests."""
    if "'" not in phrase and "\u2019" not in phrase:
        return False
    return any(w.lower().endswith(_CONTRACTIONS) for w in words)


def _only_comparison(words: list[str]) -> bool:
    # "more than half", "fewer than 4 in 10": a quantity, not a clause
    if CLAUSE_WORDS.intersection(words) != {"than"}:
        return False
    return all(
        i > 0 and words[i - 1].lower() in _COMPARATIVES
        for i, word in enumerate(words)
        if word == "than"
    )


# irregular past forms, after which a cue in -ing is the subject's ("Ada Lund
# spent the day talking about ...", "The campaign sent an email saying ..."); not
# "set", "put", "read" (also present), "left" (a noun), "made" (mostly a
# participle: "gains made possible by ..."), nor verbs whose object does what
# the -ing word says ("saw Lee talking", "got people talking")
_IRREGULAR_PAST = word_set(
    "sent kept took began spent went gave told wrote ran stood paid sold built brought"
)


def _before_participle(text: str, start: int, end: int, ing: bool = False) -> tuple[int, int]:
    # "exit polls conducted for the Associated Press": the source is "exit
    # polls"; "voters going to the polls", "lawsuits being considered": the
    # voters, the lawsuits; before a cue in -ing (``ing``), a subject before
    # its irregular verb ("Ada Lund spent the day talking about ...")
    past = _IRREGULAR_PAST if ing else frozenset()
    if (
        text.find("ed", start, end) < 0
        and text.find("ing ", start, end) < 0
        and (not ing or past.isdisjoint(text[start:end].split()))
    ):
        # no participle (most claimants): looked for first, which is cheaper
        return start, end
    previous: re.Match[str] | None = None
    # where the last word that is no adverb ends ("The community immediately began")
    head = start
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        irregular = word in past
        participle = irregular or (
            looks_like_verb(word)
            and (
                word.endswith("ed")
                or (word.endswith("ing") and _plural_noun(previous, text, match))
            )
        )
        after_noun = (
            previous is not None
            and previous.group().lower() not in DETERMINERS
            and (irregular or not _modifying(text, start, previous))
        )
        if participle and after_noun and previous is not None:
            return start, (head if irregular and head > start else previous.end())
        previous = match
        if not is_adverb(word):
            # with the bracket closing the word ("Sen. Ann Lee (D-Ore.)")
            head = match.end() + text.startswith(")", match.end())
    return start, end


def _modifying(text: str, start: int, adverb: re.Match[str]) -> bool:
    """Whether ``adverb`` opens a participle that modifies the noun after it
    ("a newly released email", "the recently court-released playbook"): an
    adverb after a determiner, not after a subject ("Lee recently moved")."""
    if not is_adverb(adverb.group()):
        return False
    before = text[start : adverb.start()].split()[-1:]
    return bool(before) and before[0].lower() in DETERMINERS


# what follows "-ing" in a reduced relative ("voters going to the polls")
_AFTER_ING = word_set("to for into in from on at with about toward across through")


def _plural_noun(previous: re.Match[str] | None, text: str, ing: re.Match[str]) -> bool:
    """Whether the "-ing" word ``ing`` follows a plural noun and goes on
    with a preposition: "voters going to the polls", "lawsuits being considered"."""
    word = "" if previous is None else previous.group()
    if not (word.islower() and plural_shaped(word)):
        return False
    if ing.group() == "being":
        return True
    following = NEXT_WORD.match(text, ing.end())
    return following is not None and following.group(1) in _AFTER_ING


# "-ing" nouns of what a source publishes ("the filing shows", "Another ranking says")
_PUBLISHED_INGS = word_set(
    "polling filing ranking reporting ruling briefing hearing finding listing"
)


def _activity_or_modifier(words: list[str]) -> bool:
    """Whether ``words`` are an article and an "-ing" word alone ("the drinking
    continued", "the countervailing fear that ...", "even a passing promise"):
    an activity, or a modifier of a cue noun, not who asserts it."""
    if words[0].lower() == "even":
        words = words[1:]
    return (
        len(words) == 2
        and words[0].lower() in ARTICLES
        and words[1].endswith("ing")
        and looks_like_verb(words[1])
        and words[1] not in _PUBLISHED_INGS
    )


def _modifies_plural(words: list[str]) -> bool:
    # "hacking specialists say", "fundraising documents show": a modifier, not a verb
    return (
        len(words) == 2
        and words[0].endswith("ing")
        and words[1].islower()
        and (words[1].endswith("s"))
    )


def in_quote(at: int, quotes: Iterable[Quote]) -> bool:
    """Whether the character at ``at`` lies inside one of the quotes."""
    # most sentences hold no quote: settled before setting up the generator
    return bool(quotes) and any(q.start <= at < q.end for q in quotes)


def skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at
