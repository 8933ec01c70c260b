"""Speaker phrases: the noun phrase next to a cue verb that names who spoke.

Found by scanning words rather than parsing: the subject before the cue
("Smith, a spokesman for X, said"), the phrase after an inverted cue ("said
Rick Wilson, a Republican strategist."); the named subject opening a
sentence ("On Sunday, Sanders issued …") is in ``sentence_subjects``. Each
comes back as a ``Tag``; the tokenizer, the cue verbs and the sentence start
here serve ``sentence_subjects``, ``tags`` and ``attribution`` as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify.extraction.lexicon import word_set

CUE_VERBS = word_set(
    """said says say saying told tells tell added adds wrote writes written asked asks
    stated states declared declares explained explains noted notes argued argues claimed
    claims insisted insists warned warns accused accuses condemned condemns called calls
    described describes replied replies responded responds tweeted tweets posted announced
    announces acknowledged acknowledges admitted admits suggested suggests continued
    recalled recalls predicted predicts promised promises vowed vows pledged boasted boasts
    complained complains joked jokes quipped remarked observed concluded contended contends
    maintained maintains asserted asserts alleged alleges charged charges criticized
    criticised praised dismissed denied denies urged urges demanded demands labeled labelled
    dubbed branded mocked blasted slammed shouted yelled cried exclaimed emphasized
    emphasised stressed reported reports testified repeated repeats lamented touted
    confirmed confirms agreed agrees countered conceded concedes wondered mused proclaimed
    pointed thundered scoffed retorted chided derided decried denounced hailed lauded
    cautioned answered explaining read reads cracked remembered assured scolded thanked
    referred refers put welcomed barked growled roared interjected ventured started beamed
    gushed sighed snapped fumed revealed disclosed riffed reacted write state argue insist
    chanted chanting sang continues concludes conclude recalls observes acknowledged wrote tweeting
    writing telling adding noting
    arguing insisting warning
    calling describing commented comments questioned elaborated elaborates opined
    texted emailed recounted recounts bragged groused griped marveled marvelled
    reiterated reiterates points cautions mocks surmised surmises remarks laments quips muses
    scoffs retorts counters answers emphasizes stresses pledges puts screamed exhorted
    retaliated"""
)

# words that may sit between a subject and its cue verb ("Trump also said")
_SKIP_BEFORE_CUE = word_set(
    """also later then has had have would will once again repeatedly recently publicly
    privately reportedly further simply even just only never not did does was is has been
    previously earlier specifically flatly angrily quickly often frequently sharply
    bluntly first had already always long since"""
)
# words that end a subject noun phrase when scanning back from the cue
NP_STOP = word_set(
    """that and but or which who whom when where while because if as after before since although
    than so what how why to is was are were be been has have had do does did will would
    can could should may might must not said says say told added wrote this these
    there here it's on in at by about into during over under against"""
)
# past tenses that do not end in "-ed" ("met", "saw"): verbs, not nouns
IRREGULAR_PAST = word_set(
    """left sought took made gave told got went came saw thought felt kept held brought stood
    ran met won lost began became led set paid sent spent built found fell knew grew drew
    threw broke spoke chose rose sat heard meant struck hit cut let goes"""
)
DETERMINERS = word_set("the a an his her its their our this that these those")
PRONOUN_SUBJECTS = word_set("he she they it we i who")
MAX_NP_WORDS = 12
# the titles written short before a name ("Mr.", "Sen.", "Lt."), as a pattern's
# alternatives (each with its full stop after it)
TITLE_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Cpl|Pvt|Rev|Prof"
# words keep a full stop only as abbreviations and initials ("Mr.", "J.", "U.S.");
# the abbreviations (a capital, one to five small letters and a full stop) are
# tried only where such a word stands, so that most positions fail one test
# instead of fifty branches; on "a-zA-Z0-9" in a class with \w, see _WORD.
# No token starts with a space: the "(?!\s)" in front settles a space (half the
# positions the search tries) with one test instead of a try at every branch,
# the word class's Unicode look-ups among them
_TOKEN = re.compile(
    r"(?!\s)(?:(?=[A-Z][a-z]{1,5}\.)"
    rf"(?:{TITLE_ABBREVIATIONS}|St|Jr|Sr"
    r"|Ft|Mt|Inc|Corp|Co|Ala|Ariz"
    r"|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb"
    r"|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.(?=[\s,])|(?:[A-Z]\.){1,6}(?:-(?:[A-Z]\.){1,6})?"
    r"|[RDI]-[A-Z][a-z]{1,4}\.(?=[\s,)])"
    r"|[a-zA-Z0-9\w\u2019'\-&]+(?:\.\w+)*|[,;:!?\u2014\u2013()\"\u201c\u201d\u00ab\u00bb.])"
)

INTRO_WORDS = word_set(
    """in on at after before but and so yet however meanwhile still later earlier during
    while when as if since despite though although also then now today for with by from
    speaking asked last this under over at instead indeed like unlike back unless perhaps
    outside inside here there amid amidst across beyond throughout among absent likewise
    nevertheless nonetheless moreover furthermore besides even ever
    first second finally monday tuesday
    wednesday thursday friday saturday sunday january february march april june july
    august september october november december"""
)
DATES = word_set(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april may june july august september october november december"""
)
ABBREVIATION = re.compile(rf"(?:\b(?:{TITLE_ABBREVIATIONS}|St|Jr|Sr|No|Vs)|\b[A-Z])\.$")


@dataclass(frozen=True, slots=True)
class Tag:
    """A speech tag: the speaker's words at the quote (``start``/``end``, with
    any appositive), the core noun phrase used to resolve them, and the cue."""

    start: int
    end: int
    head_start: int
    head_end: int
    cue: str | None


_SENTENCE_BREAK = re.compile(
    r"[.!?](?:[\"\u201d\u201c'\u00ab]|[ \u00a0\u202f]?[\u00bb\u203a])?\s+"
    r"(?=[A-Z\"\u201c\u201e'\u00ab\u2039\u00bb])"
)


def start_of_sentence(text: str, floor: int, mark_start: int) -> int:
    """Start of the sentence holding the opening mark (not before ``floor``)."""
    # the break's look-ahead may read the opening mark itself ("… success. “We …");
    # a break opens with . ! or ? and holds no other, so no two overlap and the
    # sentence starts after the last break: the marks are tried from the
    # opening mark backwards (str.rfind skips to each), and the first break
    # that closes no abbreviation is that one
    end = mark_start + 1
    last = [text.rfind(mark, floor, end) for mark in _BREAK_MARKS]
    stop = max(last)
    while stop >= 0:
        match = _SENTENCE_BREAK.match(text, stop, end)
        if match is not None and not ABBREVIATION.search(text, max(floor, stop - 5), stop + 1):
            return match.end()
        which = last.index(stop)
        last[which] = text.rfind(_BREAK_MARKS[which], floor, stop)
        stop = max(last)
    return floor


# the marks a _SENTENCE_BREAK opens with
_BREAK_MARKS = ".!?"


def tokens_of(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text, start, end))


def is_cue(token: str) -> bool:
    # "States" in "United States" is no cue: cue verbs are written in lower case
    return token[0].islower() and token in CUE_VERBS


BE = word_set("was were been being be is are")


def np_before(tokens: list[re.Match[str]], cue: str | None) -> Tag | None:
    """The subject noun phrase ending just before the cue verb, with the
    aside between them if any ("Smith, a spokesman for X, said")."""
    relative = _relative_subject(tokens, cue)
    if relative is not None:
        return relative
    end = _before_time_phrase(tokens, _before_skippable(tokens, len(tokens)))
    end = _before_skippable(tokens, end)
    mention_end = end
    if end > 0 and tokens[end - 1].group() == ")":
        # "Harry M. Reid (D-Nev.) said"
        opening = [i for i in range(end - 2, max(end - 9, -1), -1) if tokens[i].group() == "("]
        end = opening[0] if opening else end
    word = tokens[end - 1].group().lower().replace("\u2019", "'") if end > 0 else ""
    if word.split("'")[0] in PRONOUN_SUBJECTS:
        # "though he contended", "videos he posted", "he'd asked": the pronoun alone
        start = tokens[end - 1].start()
        stop = start + len(word.split("'")[0])
        return Tag(start, stop, start, stop, cue)
    begin, end = _subject_before(tokens, end)
    # "Last week the governor said", "Tuesday night Tom Ray said": when, not who
    when = after_time_phrase(tokens, begin, end)
    begin = when if when < end else begin
    if begin >= end:
        return None
    if begin > 1 and tokens[begin - 1].group() == "who" and past_tense(tokens[begin].group()):
        # "One official who relayed the exchange said": the walk stopped at the
        # relative clause's verb; the clause describes the subject before "who"
        described = _described_by_relative(tokens, begin - 1, cue)
        if described is not None:
            return Tag(
                described.start,
                tokens[end - 1].end(),
                described.head_start,
                described.head_end,
                cue,
            )
    if begin > 1 and tokens[begin - 1].group() == "to" and tokens[begin].group().islower():
        # "an official who spoke anonymously to discuss strategy said": the walk
        # reached an infinitive's object; the relative's antecedent is the subject
        who = next(
            (i for i in range(begin - 2, max(begin - 10, 0), -1) if tokens[i].group() == "who"),
            None,
        )
        if who is not None:
            return np_before(tokens[:who], cue)
    after_participle = begin > 2 and _participle(tokens[begin - 2].group())
    if after_participle and tokens[begin - 1].group() in NP_PREPOSITIONS:
        # "Another source speaking to Fox News said": the phrase before the
        # participle is the subject, the one after it its object
        outer, outer_end = _subject_before(tokens, begin - 2)
        if outer < outer_end and _starts_clause(tokens, outer):
            begin, end = outer, outer_end
    verb = _finite_verb_in(tokens, begin, end)
    if verb is not None:
        # "Lee shared a syllabus for a class called": the walk crossed a verb;
        # its subject is the phrase before it
        end = mention_end = verb
    head_end = tokens[end - 1].end()
    last = tokens[mention_end - 1].end() if mention_end > end else head_end
    return Tag(tokens[begin].start(), last, tokens[begin].start(), head_end, cue)


def _described_by_relative(tokens: list[re.Match[str]], who: int, cue: str | None) -> Tag | None:
    """The noun phrase a relative "who" at ``who`` describes inside a subject:
    "One official" of "One official who …", the name a description follows in
    "Ann Lee, the guru who …"."""
    antecedent = np_before(tokens[:who], cue)
    if antecedent is None or antecedent.head_end <= antecedent.head_start:
        return None
    first = next((i for i in range(who) if tokens[i].start() == antecedent.start), 0)
    if first > 1 and tokens[first - 1].group() == "," and tokens[first - 2].group()[0].isupper():
        named = np_before(tokens[: first - 1], cue)
        if named is not None and named.head_end > named.head_start:
            return named
    return antecedent


def past_tense(word: str) -> bool:
    return word in IRREGULAR_PAST or (word.islower() and word.endswith("ed") and len(word) > 4)


def _finite_verb_in(tokens: list[re.Match[str]], begin: int, end: int) -> int | None:
    """The first past tense inside a noun phrase found by walking back from a
    cue, after a name and before its object ("Ann Lee shared a list", "Tom
    Ray met Ann Lee") or, for a cue verb, before anything ("Acme contended in
    its letter, written by …"), else None."""
    for position in range(begin + 1, end):
        word = tokens[position].group()
        following = tokens[position + 1].group() if position + 1 < end else ""
        if (
            past_tense(word)
            and tokens[position - 1].group()[0].isupper()
            and tokens[position - 1].group().lower() not in DETERMINERS  # "A flabbergasted Noah"
            # "Exxon contended in its letter, written by": a cue verb needs no object
            and (
                following[:1].isupper()
                or following in DETERMINERS
                or word in CUE_VERBS
                or not following
            )
        ):
            return position
    return None


def _before_skippable(tokens: list[re.Match[str]], end: int) -> int:
    while end > 0 and skippable(tokens[end - 1].group()):
        end -= 1
    return end


def _before_time_phrase(tokens: list[re.Match[str]], end: int) -> int:
    if end == 0 or tokens[end - 1].group().lower() != "ago":
        return end
    return before_ago_phrase([token.group() for token in tokens[:end]])


def before_ago_phrase(words: list[str]) -> int:
    """Where a time phrase ending ``words`` in "ago" starts ("The agency
    less than two weeks ago said"): when, not part of who; ``len(words)``
    when they end otherwise."""
    begin = len(words)
    if not begin or words[-1].lower() != "ago":
        return begin
    begin -= 1
    while begin > 0 and (
        words[begin - 1].lower() in _TIME_PHRASE_WORDS or words[begin - 1].isdigit()
    ):
        begin -= 1
    return begin


_TIME_PHRASE_WORDS = word_set(
    """less more than about nearly almost just only some a an few several one two three
    four five six seven eight nine ten dozen minutes hours days weeks months years decades
    minute hour day week month year decade"""
)


def after_time_phrase(tokens: list[re.Match[str]], begin: int, end: int) -> int:
    """Where the words tokens[begin:end] go on after a time phrase opening them
    ("Last week", "Tuesday night"): ``begin`` if none does, ``end`` if they are
    all time."""
    return begin + time_phrase_length([token.group() for token in tokens[begin:end]])


def time_phrase_length(words: list[str]) -> int:
    """How many of ``words`` make the time phrase they open ("Earlier this
    month the agency": 3, "On June 1 the agency": 3); 0 if they open none."""
    at = 1 if words and words[0].lower() in ("on", "in") else 0
    while at < len(words) and words[at].lower() in _TIME_OPENERS:
        at += 1
    start = at
    while at < len(words) and words[at].lower() in _TIME_NOUNS:
        at += 1
    if start == at:
        return 0
    while at < len(words) and words[at].isdigit():
        at += 1  # "June 1", "May 2016"
    if at < len(words) and words[at].lower()[:-2] in _TIME_NOUNS:
        return 0  # "Monday night's results": the time words modify what follows
    return at


_TIME_OPENERS = word_set("last this next earlier later early late that")
_TIME_NOUNS = DATES | word_set(
    """week month year night morning afternoon evening weekend day summer fall spring
    winter"""
)


def _participle(word: str) -> bool:
    return word.islower() and word.endswith("ing") and len(word) > 4


def _relative_subject(tokens: list[re.Match[str]], cue: str | None) -> Tag | None:
    """ "Beck, who has in the past described …": the relative pronoun is the
    mention, the noun phrase before its comma the speaker it stands for."""
    for position in range(len(tokens) - 1, max(len(tokens) - 7, 0), -1):
        word = tokens[position].group()
        if word in RELATIVE_SUBJECTS and tokens[position - 1].group() == ",":
            antecedent = _named_before_comma(tokens, position - 1) or np_before(
                tokens[:position], None
            )
            if antecedent is None or antecedent.head_end <= antecedent.head_start:
                return None
            relative = tokens[position]
            return Tag(
                relative.start(), relative.end(), antecedent.head_start, antecedent.head_end, cue
            )
        if not (skippable(word) or word in _IN_RELATIVE):
            return None  # "…, which he said", "which some have argued": "which" is the object
    return None


def _named_before_comma(tokens: list[re.Match[str]], comma: int) -> Tag | None:
    """The noun phrase just before ``comma`` when it names someone in a
    prepositional phrase ("…, as bad things do, in the mouth of Tom Ray, who
    proclaimed"): a relative's antecedent, not the subject beyond the aside."""
    begin = _np_begin(tokens, comma)
    if begin == 0 or tokens[begin - 1].group() == "," or begin == comma:
        return None  # a subject or an aside: np_before reads those
    if not any(token.group()[0].isupper() for token in tokens[begin + 1 : comma]):
        return None
    opening = begin - 1
    while opening > 0 and tokens[opening - 1].group() not in (",", *SENTENCE_STOPS):
        opening -= 1
    if tokens[opening].group().lower() not in _SUBJECT_PREPOSITIONS | NP_PREPOSITIONS:
        # "Ann Lee, the director at Acme, who": an aside about the subject
        return None
    name = comma  # the person a "who" stands for: the name closing the phrase
    while name > begin and tokens[name - 1].group()[0].isupper():
        name -= 1
    if name == comma:
        return None
    start, end = tokens[begin].start(), tokens[comma - 1].end()
    return Tag(start, end, tokens[name].start(), end, None)


RELATIVE_SUBJECTS = word_set("who which")
_IN_RELATIVE = word_set("in the past at first a time for years since")


def skippable(token: str) -> bool:
    """Adverbs and auxiliaries between a subject and its cue ("had effusively praised")."""
    lower = token.lower()
    return lower in _SKIP_BEFORE_CUE or (
        token.islower() and lower.endswith("ly") and lower not in _LY_NOUNS
    )


# nouns that end like adverbs: "Scott's family said" keeps its head noun
_LY_NOUNS = word_set("family ally rally supply reply assembly monopoly anomaly bully daily weekly")


def _subject_before(tokens: list[re.Match[str]], end: int) -> tuple[int, int]:
    """Token range of the noun phrase ending at ``end``, looking past up to
    three comma-delimited asides ("Clinton, at a town hall in Columbus, Ohio,
    said") until the phrase starts a clause."""
    comma = end - 1 if end > 0 and tokens[end - 1].group() == "," else None
    stop = end
    first: tuple[int, int] | None = None
    for _ in range(5):
        if comma is not None:
            stop = _skip_aside(tokens, comma)
        begin = _np_begin(tokens, stop)
        if 1 < begin < stop and tokens[begin - 1].group().lower() in _SUBJECT_PREPOSITIONS:
            # "Sanders during a Sunday thanked": skip the prepositional phrase
            inner = begin - 1
            while inner > 0 and stop - inner < MAX_NP_WORDS and _in_np(tokens[inner - 1].group()):
                inner -= 1
            opener = tokens[inner].group()
            # not when that phrase is itself a preposition's object ("Clinton, during a
            # town hall in Columbus, Ohio, said"): an aside, the subject comes before it
            nested = inner > 0 and tokens[inner - 1].group().lower() in _SUBJECT_PREPOSITIONS
            # nor a predicate ("Swanson, who is a pastor at a church in Elizabeth,
            # Colo., slammed"): the subject is the one the clause describes
            predicate = inner > 0 and tokens[inner - 1].group().lower() in BE
            # nor a name's description ("Vian, the editor in chief of the paper,
            # L'Osservatore Romano, said"): the name before it is the subject
            described = (
                inner > 1
                and tokens[inner - 1].group() == ","
                and tokens[inner - 2].group()[:1].isupper()
                # not "On Monday, the editor in chief …, Tom Hale, said"
                and tokens[inner - 2].group().lower() not in DATES
                and (inner < 3 or tokens[inner - 3].group().lower() not in INTRO_WORDS)
            )
            if (
                inner < begin - 1
                and (opener[0].isupper() or opener.lower() in DETERMINERS)
                # "At one point on Sunday, Trump … tweeted": a phrase that opens
                # with a preposition is when or where, not who ("At least half of
                # voters in each state say" is who)
                and (
                    opener.lower() not in _SUBJECT_PREPOSITIONS
                    or tokens[inner + 1].group() in ("least", "most")
                )
                and not nested
                and not predicate
                and not described
                # "Saturday at the convention Sen. Ann Lee said": a time is no subject
                and after_time_phrase(tokens, inner, begin - 1) < begin - 1
                and not _opens_clause(tokens, begin)
            ):
                return inner, begin - 1
        if stop - begin == 1 and _opening_word(tokens[begin].group()):
            # "Still, Petrilli, who thinks …": the sentence's opening word is
            # no subject; the phrase after it is
            return first or (begin, stop)
        first = first or (begin, stop)
        if begin < stop and _starts_clause(tokens, begin) and not _predicate_after(tokens, stop):
            return begin, stop
        if comma is None or stop == comma:
            break
        comma = stop
    return first or (end, end)


def _predicate_after(tokens: list[re.Match[str]], stop: int) -> bool:
    """ "Rubio, whose hometown, Miami, is projected to …, argues": a name
    followed by ", is …" names the subject of a relative clause's predicate,
    not of the cue."""
    if not (stop + 1 < len(tokens) and tokens[stop].group() == "," and stop > 2):
        return False
    following = tokens[stop + 1].group()
    if following in BE:
        return tokens[stop - 2].group() == ","
    # "Ann Lee, whose company, Acme, makes boats, said": a verb in -s after the
    # name of the thing "whose" introduced
    return (
        following.islower()
        and following.endswith("s")
        and len(following) > 3
        and following not in NP_STOP
        and "," in (tokens[stop - 2].group(), tokens[stop - 3].group())
        and any(token.group() == "whose" for token in tokens[max(0, stop - 6) : stop])
    )


def _np_begin(tokens: list[re.Match[str]], stop: int) -> int:
    """Where the noun phrase ending at ``stop`` begins: back over the words
    that may be in one, then past the stop words opening it ("that the
    mayor")."""
    begin = stop
    while begin > 0 and stop - begin < MAX_NP_WORDS and _in_np(tokens[begin - 1].group()):
        begin -= 1
    while begin < stop and tokens[begin].group().lower() in NP_STOP:
        begin += 1
    if begin + 1 < stop and tokens[begin].group() == "point" and begin > 0:
        # "at which point the crowd chanted": "point" closes the adverbial
        begin += tokens[begin - 1].group().lower() in _POINT_OPENERS
    return begin


# "at which point", "at one point": a time, not the start of a subject
_POINT_OPENERS = word_set("which one that this some")


def _opening_word(word: str) -> bool:
    """A capitalised adverb or participle that opens a sentence before its
    subject ("Still,", "Often,", "Typically,", "Speaking,")."""
    lower = word.lower()
    return word[:1].isupper() and (
        lower in INTRO_WORDS or lower in _OPENING_ADVERBS or lower.endswith(("ly", "ing"))
    )


# opening adverbs that INTRO_WORDS (words opening an introductory phrase) lacks
_OPENING_ADVERBS = word_set("already often again even thus")


def _starts_clause(tokens: list[re.Match[str]], begin: int) -> bool:
    """A subject starts its clause: at the start, after a quote mark or
    other punctuation, or after a comma when it is a name (", 67," is no
    subject but part of "Cecelia Purner, 67, a retired …")."""
    if begin == 0:
        return True
    previous = tokens[begin - 1].group()
    if previous[0].isalnum():
        return False
    if previous != ",":
        return True
    # after a comma only a name starts a clause, and not the state in "Columbus, Ohio"
    place = begin >= 2 and tokens[begin - 2].group()[0].isupper()
    return tokens[begin].group()[0].isupper() and not place


_SUBJECT_PREPOSITIONS = word_set("during on in at after before")


def _opens_clause(tokens: list[re.Match[str]], begin: int) -> bool:
    """Whether the "after" or "before" ending at ``begin`` opens a clause whose
    subject is the phrase from ``begin``: after a verb ("Axelrod tweeted after
    Clinton argued") or before a name ("The endorsement comes three days after
    Trump told"), not "Lee after the debate said" nor "after Tuesday's vote"."""
    if tokens[begin - 1].group() not in _CLAUSE_PREPOSITIONS:
        return False
    first = tokens[begin].group()
    named = first[0].isupper() and first.lower().split("'")[0].split("\u2019")[0] not in DATES
    return named or past_tense(tokens[begin - 2].group())


# those that also open a clause ("after Clinton argued")
_CLAUSE_PREPOSITIONS = word_set("after before")


def _skip_aside(tokens: list[re.Match[str]], comma: int) -> int:
    """Index just after the words before a comma-delimited aside."""
    for position in range(comma - 1, max(comma - 40, -1), -1):
        if tokens[position].group() == ",":
            return position
        if tokens[position].group() in ("\u201c", "\u201d", '"', ";", ":", "."):
            break
    return comma


def _in_np(token: str) -> bool:
    if not token[0].isalnum():
        return False
    return token.lower() not in NP_STOP or (token[0].isupper() and token.lower() != "i")


def np_after(text: str, tokens: list[re.Match[str]], cue: str | None) -> Tag | None:
    """The noun phrase right after an inverted cue ("said Trump"), with its
    appositive ("said Rick Wilson, a Republican strategist.")."""
    end = 0
    named = False
    while (
        end < len(tokens)
        and end < MAX_NP_WORDS
        and (_in_np_after(tokens[end].group(), named) or _complement_of(tokens, end))
    ):
        named = named or tokens[end].group()[0].isupper()
        end += 1
        if (
            named
            and end + 1 < len(tokens)
            and tokens[end].group() == "and"
            and tokens[end + 1].group()[0].isupper()
        ):
            end += 1  # "said former Gov. and Party Chairman Ed Rendell"
        if tokens[0].group().lower() in PRONOUN_SUBJECTS:
            break  # "said he", never "said he voted"
    first = tokens[0].group() if tokens else ""
    if end == 0 or first in NP_PREPOSITIONS or first in NP_STOP or first.lower() in DATES:
        return None  # "said in a statement that …", "said Wednesday that …" name nobody
    if end < len(tokens) and _continues_clause(tokens[end].group()):
        # "said the candidate could …" reports a clause; it names no speaker
        return None
    head_end = end
    if end + 2 < len(tokens) and tokens[end].group() == "(":
        # "said Sen. Richard Blumenthal (D-Conn.)": the party and state are
        # part of the mention, not of the name
        closing = [i for i in range(end + 1, min(len(tokens), end + 8)) if tokens[i].group() == ")"]
        end = closing[0] + 1 if closing else end
    mention_end = appositive_end(tokens, end, to_sentence_end=True)
    return Tag(
        tokens[0].start(),
        tokens[mention_end - 1].end(),
        tokens[0].start(),
        tokens[head_end - 1].end(),
        cue,
    )


def _complement_of(tokens: list[re.Match[str]], position: int) -> bool:
    """ "said one Democrat familiar with the talks", "said the base chief known
    as Bob": an adjective after the head takes the phrase that completes it."""
    return (
        position > 0
        and tokens[position].group() in _COMPLEMENT_LINKS
        and tokens[position - 1].group() in _TAKING_COMPLEMENT
    )


# adjectives and participles that follow a head noun with their own phrase
_TAKING_COMPLEMENT = word_set("familiar involved close known briefed opposed allied aligned loyal")
_COMPLEMENT_LINKS = word_set("with in to as of on for at by")


def appositive_end(tokens: list[re.Match[str]], end: int, to_sentence_end: bool = False) -> int:
    """Token index just after an appositive following ``end`` (or ``end``).
    After an inverted cue the appositive runs to the end of the sentence
    ("said Rick Wilson, a strategist who worked for Bush, on Monday.")."""
    if to_sentence_end and end < len(tokens) and tokens[end].group() in ("who", "whose"):
        # "said a Mexican official who was not authorized to speak"
        for position in range(end + 1, min(len(tokens), end + 40)):
            if tokens[position].group() in SENTENCE_STOPS or tokens[position].group() == ",":
                return position
        return end
    if end + 1 >= len(tokens) or tokens[end].group() != "," or _ends_appositive(tokens, end):
        return end  # a comma with nothing after it ("explained Ann Lee, “…”") is no aside
    if _main_verb_after(tokens, end, end) or _clause_after(tokens, end):
        return end
    stops = SENTENCE_STOPS if to_sentence_end else SENTENCE_STOPS | {","}
    for position in range(end + 1, min(len(tokens), end + 40)):
        word = tokens[position].group()
        if (
            word in stops
            or word in APPOSITIVE_STOPS
            or _ends_appositive(tokens, position)
            or (word == "," and _main_verb_after(tokens, end, position))
        ):
            return position if position > end + 1 else end
        if _verb_after_name(tokens, end, position):
            # "Lee, Tom Ray and Ann Roe argued that …": the verb of the subject
            # the description belongs to ends it
            return position
        following = tokens[position + 1].group() if position + 1 < len(tokens) else ""
        after = tokens[position + 2].group() if position + 2 < len(tokens) else ""
        if word == "," and following == "and" and after in PRONOUN_SUBJECTS:
            # "said Ana Ruiz, a professor at Dover, and it makes …": a new clause
            return position
        if word == "," and following in _RELATIVE_STOPS:
            # "said Paloma Wu, legal director for the ACLU, which filed …": the
            # relative clause about the appositive is no part of the speaker
            return position
    return len(tokens) if to_sentence_end and len(tokens) < end + 40 else end


def _verb_after_name(tokens: list[re.Match[str]], start: int, position: int) -> bool:
    """Whether the word at ``position`` is a cue verb in the past right after
    a name in a description opened at ``start`` that holds no relative
    pronoun ("Ann Lee, who praised Tom Ray" keeps its clause)."""
    word = tokens[position].group()
    if not (is_cue(word) and (word.endswith("ed") or word in _PAST_CUES)):
        return False
    if not tokens[position - 1].group()[0].isupper():
        return False
    return not any(tokens[i].group() in RELATIVE_WORDS for i in range(start + 1, position))


RELATIVE_WORDS = word_set("who whose which whom that")
_PAST_CUES = word_set("said told wrote")


def _ends_appositive(tokens: list[re.Match[str]], position: int) -> bool:
    """A comma before "explaining …" or "in a statement" ends the speaker's
    description: what follows is about the speech, not the speaker."""
    if tokens[position].group() != "," or position + 1 >= len(tokens):
        return False
    following = tokens[position + 1].group()
    participle = following.endswith("ing") and following not in ING_TITLES
    # "The paradox, says Ann Lee, historian at …, is that “…”": the clause resumes
    resumes = following in BE
    return following.islower() and (participle or resumes or following in _CLAUSE_LINKS_OUT)


def _main_verb_after(tokens: list[re.Match[str]], start: int, position: int) -> bool:
    """A comma before a cue verb or a modal closes the description and returns to
    the main clause: "Sen. Ann Lee (D-Ore.), said after a lunch that …", "said
    Ann Lee, an expert on Peru, would read this as …"."""
    if tokens[position].group() != "," or position + 1 >= len(tokens):
        return False
    following = tokens[position + 1].group()
    if following not in CUE_VERBS and following not in _MODALS:
        return False
    if any(tokens[i].group() in RELATIVE_SUBJECTS for i in range(start + 1, position)):
        # "a Republican, who, like all respondents, responded anonymously": the
        # verb belongs to the relative clause
        return False
    after = tokens[position + 2].group() if position + 2 < len(tokens) else ""
    # ", reports the Daily Star": an inverted tag naming the outlet stays
    return not (following.endswith("s") and after[:1].isupper())


_MODALS = word_set("would will could can should might may must")


_CLAUSE_CUES = word_set("said says told wrote writes")
# the personal pronouns a clause may open with
PERSONAL_SUBJECTS = word_set("he she they we i")


def _clause_after(tokens: list[re.Match[str]], comma: int) -> bool:
    """A comma before a subject and its cue verb opens a new clause, no
    description: "according to the school's post, Ann Lee said …"."""
    for position in range(comma + 2, min(len(tokens), comma + 6)):
        word = tokens[position].group()
        if is_cue(word) and (word in _CLAUSE_CUES or word.endswith("ed")):
            subject = [token.group() for token in tokens[comma + 1 : position]]
            # not a relative clause ("Ann Lee, who said …"), part of the speaker
            return subject[-1][0].isupper() or subject[-1] in PERSONAL_SUBJECTS
        if not word.isalpha():
            return False
    return False


# "-ing" words that open a job title, not a clause: "said Ken Sena, managing director …"
ING_TITLES = word_set(
    "managing acting founding presiding ranking leading visiting outgoing incoming"
)


_CLAUSE_LINKS_OUT = word_set(
    "in on at during after before while according adding when as via with about"
)
APPOSITIVE_STOPS = frozenset(("\u2014", "\u2013"))
_RELATIVE_STOPS = word_set("which where but")
SENTENCE_STOPS = frozenset((".", ";", ":", "\u201c", '"', "(", ")", "!", "?"))
# a sentence's closing mark, and a word as the quote stage reads it
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# ("a-zA-Z0-9" in a class with \w adds nothing to it: the regex engine tests
# the listed characters with one bit lookup before \w's Unicode tables, so
# most letters are settled at once)
WORD = re.compile(r"[a-zA-Z0-9\w\u2019'\-]+")


def _continues_clause(token: str) -> bool:
    return token.islower() and token not in NP_PREPOSITIONS and token not in _CLAUSE_LINKS


_CLAUSE_LINKS = word_set("who whose which as after before when while during according")


def _in_np_after(token: str, named: bool) -> bool:
    if not token[0].isalnum():
        return False
    lower = token.lower()
    if lower in NP_PREPOSITIONS:
        # "a person close to the Clintons", "Maria Cantwell of Washington", but not
        # "Trump in an interview"
        return not named or lower == "of"
    return lower in DETERMINERS or lower not in NP_STOP or token[0].isupper()


NP_PREPOSITIONS = word_set("to of for at in from with on by")
