"""Speaker phrases: the noun phrase next to a cue verb that names who spoke.

Found by scanning words rather than parsing: the subject before the cue
("Smith, a spokesman for X, said"), the phrase after an inverted cue ("said
Rick Wilson, a Republican strategist."), and the named subject opening a
sentence ("On Sunday, Sanders issued …"). Each comes back as a ``Tag``; the
tokenizer, the cue verbs and the sentence start here serve ``tags`` and
``attribution`` as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from verify.extraction.entities import PLACES
from verify.extraction.lexicon import word_set
from verify.extraction.segmentation import marks_at

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
_NP_STOP = word_set(
    """that and but or which who whom when where while because if as after before since
    than so what how why to is was are were be been has have had do does did will would
    can could should may might must not said says say told added wrote this these
    there here it's on in at by about into during over under against"""
)
_DETERMINERS = word_set("the a an his her its their our this that these those")
_PRONOUN_SUBJECTS = word_set("he she they it we i who")
_MAX_NP_WORDS = 12
# words keep a full stop only as abbreviations and initials ("Mr.", "J.", "U.S.");
# the abbreviations (a capital, one to five small letters and a full stop) are
# tried only where such a word stands, so that most positions fail one test
# instead of fifty branches; on "a-zA-Z0-9" in a class with \w, see _WORD.
# No token starts with a space: the "(?!\s)" in front settles a space (half the
# positions the search tries) with one test instead of a try at every branch,
# the word class's Unicode look-ups among them
_TOKEN = re.compile(
    r"(?!\s)(?:(?=[A-Z][a-z]{1,5}\.)"
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Cpl|Pvt|St|Jr|Sr|Rev|Prof"
    r"|Ft|Mt|Inc|Corp|Co|Ala|Ariz"
    r"|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb"
    r"|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.(?=[\s,])|(?:[A-Z]\.){1,3}"
    r"|[RDI]-[A-Z][a-z]{1,4}\.(?=[\s,)])"
    r"|[a-zA-Z0-9\w\u2019'\-&]+(?:\.\w+)*|[,;:!?\u2014\u2013()\"\u201c\u201d\u00ab\u00bb.])"
)

_INTRO_WORDS = word_set(
    """in on at after before but and so yet however meanwhile still later earlier during
    while when as if since despite though although also then now today for with by from
    speaking asked last this under over at instead indeed like unlike back unless perhaps
    outside inside here there amid amidst across beyond throughout among absent likewise
    nevertheless nonetheless moreover furthermore besides even ever
    first second finally monday tuesday
    wednesday thursday friday saturday sunday january february march april june july
    august september october november december"""
)
_DATES = word_set(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april may june july august september october november december"""
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Cpl|Pvt|St|Jr|Sr|Rev|Prof"
    r"|No|Vs)|\b[A-Z])\.$"
)


@dataclass(frozen=True, slots=True)
class Tag:
    """A speech tag: the speaker's words at the quote (``start``/``end``, with
    any appositive), the core noun phrase used to resolve them, and the cue."""

    start: int
    end: int
    head_start: int
    head_end: int
    cue: str | None


_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d']?\s+(?=[A-Z\"\u201c'])")


def _sentence_start(text: str, floor: int, mark_start: int) -> int:
    """Start of the sentence holding the opening mark (not before ``floor``)."""
    best = searched = floor
    # the break's look-ahead may read the opening mark itself ("… success. “We …");
    # a break opens with . ! or ?: trying the pattern only there, in order and
    # past the break found last, finds what a search finds (str.find skips to
    # a mark; the search tests a class at every character)
    for stop in marks_at(text, floor, mark_start + 1, ".!?"):
        if stop < searched:
            continue
        match = _SENTENCE_BREAK.match(text, stop, mark_start + 1)
        if match is None:
            continue
        searched = match.end()
        if not _ABBREVIATION.search(text, max(floor, stop - 5), stop + 1):
            best = searched
    return best


def _tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text, start, end))


def _is_cue(token: str) -> bool:
    # "States" in "United States" is no cue: cue verbs are written in lower case
    return token[0].islower() and token in CUE_VERBS


_BE = word_set("was were been being be is are")


def _np_before(tokens: list[re.Match[str]], cue: str | None) -> Tag | None:
    """The subject noun phrase ending just before the cue verb, with the
    aside between them if any ("Smith, a spokesman for X, said")."""
    relative = _relative_subject(tokens, cue)
    if relative is not None:
        return relative
    end = len(tokens)
    while end > 0 and _skippable(tokens[end - 1].group()):
        end -= 1
    mention_end = end
    if end > 0 and tokens[end - 1].group() == ")":
        # "Harry M. Reid (D-Nev.) said"
        opening = [i for i in range(end - 2, max(end - 9, -1), -1) if tokens[i].group() == "("]
        end = opening[0] if opening else end
    word = tokens[end - 1].group().lower().replace("\u2019", "'") if end > 0 else ""
    if word.split("'")[0] in _PRONOUN_SUBJECTS:
        # "though he contended", "videos he posted", "he'd asked": the pronoun alone
        start = tokens[end - 1].start()
        stop = start + len(word.split("'")[0])
        return Tag(start, stop, start, stop, cue)
    begin, end = _subject_before(tokens, end)
    if begin >= end:
        return None
    after_participle = begin > 2 and _participle(tokens[begin - 2].group())
    if after_participle and tokens[begin - 1].group() in _NP_PREPOSITIONS:
        # "Another source speaking to Fox News said": the phrase before the
        # participle is the subject, the one after it its object
        outer, outer_end = _subject_before(tokens, begin - 2)
        if outer < outer_end and _starts_clause(tokens, outer):
            begin, end = outer, outer_end
    head_end = tokens[end - 1].end()
    last = tokens[mention_end - 1].end() if mention_end > end else head_end
    return Tag(tokens[begin].start(), last, tokens[begin].start(), head_end, cue)


def _participle(word: str) -> bool:
    return word.islower() and word.endswith("ing") and len(word) > 4


def _relative_subject(tokens: list[re.Match[str]], cue: str | None) -> Tag | None:
    """ "Beck, who has in the past described …": the relative pronoun is the
    mention, the noun phrase before its comma the speaker it stands for."""
    for position in range(len(tokens) - 1, max(len(tokens) - 7, 0), -1):
        word = tokens[position].group()
        if word in _RELATIVE_SUBJECTS and tokens[position - 1].group() == ",":
            antecedent = _np_before(tokens[:position], None)
            if antecedent is None or antecedent.head_end <= antecedent.head_start:
                return None
            relative = tokens[position]
            return Tag(
                relative.start(), relative.end(), antecedent.head_start, antecedent.head_end, cue
            )
        if not (_skippable(word) or word in _IN_RELATIVE):
            return None  # "…, which he said", "which some have argued": "which" is the object
    return None


_RELATIVE_SUBJECTS = word_set("who which")
_IN_RELATIVE = word_set("in the past at first a time for years since")


def _skippable(token: str) -> bool:
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
        begin = stop
        while begin > 0 and stop - begin < _MAX_NP_WORDS and _in_np(tokens[begin - 1].group()):
            begin -= 1
        while begin < stop and tokens[begin].group().lower() in _NP_STOP:
            begin += 1
        if 1 < begin < stop and tokens[begin - 1].group().lower() in _SUBJECT_PREPOSITIONS:
            # "Sanders during a Sunday thanked": skip the prepositional phrase
            inner = begin - 1
            while inner > 0 and stop - inner < _MAX_NP_WORDS and _in_np(tokens[inner - 1].group()):
                inner -= 1
            opener = tokens[inner].group()
            # not when that phrase is itself a preposition's object ("Clinton, during a
            # town hall in Columbus, Ohio, said"): an aside, the subject comes before it
            nested = inner > 0 and tokens[inner - 1].group().lower() in _SUBJECT_PREPOSITIONS
            if (
                inner < begin - 1
                and (opener[0].isupper() or opener.lower() in _DETERMINERS)
                and not nested
            ):
                return inner, begin - 1
        if stop - begin == 1 and _opening_word(tokens[begin].group()):
            # "Still, Petrilli, who thinks …": the sentence's opening word is
            # no subject; the phrase after it is
            return first or (begin, stop)
        first = first or (begin, stop)
        if begin < stop and _starts_clause(tokens, begin):
            return begin, stop
        if comma is None or stop == comma:
            break
        comma = stop
    return first or (end, end)


def _opening_word(word: str) -> bool:
    """A capitalised adverb or participle that opens a sentence before its
    subject ("Still,", "Often,", "Typically,", "Speaking,")."""
    lower = word.lower()
    return word[:1].isupper() and (
        lower in _INTRO_WORDS or lower in _OPENING_ADVERBS or lower.endswith(("ly", "ing"))
    )


# opening adverbs that _INTRO_WORDS (words opening an introductory phrase) lacks
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
    return token.lower() not in _NP_STOP or (token[0].isupper() and token.lower() != "i")


def _np_after(text: str, tokens: list[re.Match[str]], cue: str | None) -> Tag | None:
    """The noun phrase right after an inverted cue ("said Trump"), with its
    appositive ("said Rick Wilson, a Republican strategist.")."""
    end = 0
    named = False
    while (
        end < len(tokens)
        and end < _MAX_NP_WORDS
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
        if tokens[0].group().lower() in _PRONOUN_SUBJECTS:
            break  # "said he", never "said he voted"
    first = tokens[0].group() if tokens else ""
    if end == 0 or first in _NP_PREPOSITIONS or first in _NP_STOP or first.lower() in _DATES:
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
    mention_end = _appositive_end(tokens, end, to_sentence_end=True)
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


def _appositive_end(tokens: list[re.Match[str]], end: int, to_sentence_end: bool = False) -> int:
    """Token index just after an appositive following ``end`` (or ``end``).
    After an inverted cue the appositive runs to the end of the sentence
    ("said Rick Wilson, a strategist who worked for Bush, on Monday.")."""
    if to_sentence_end and end < len(tokens) and tokens[end].group() in ("who", "whose"):
        # "said a Mexican official who was not authorized to speak"
        for position in range(end + 1, min(len(tokens), end + 40)):
            if tokens[position].group() in _SENTENCE_STOPS or tokens[position].group() == ",":
                return position
        return end
    if end >= len(tokens) or tokens[end].group() != "," or _ends_appositive(tokens, end):
        return end
    if _main_verb_after(tokens, end, end):
        return end
    stops = _SENTENCE_STOPS if to_sentence_end else _SENTENCE_STOPS | {","}
    for position in range(end + 1, min(len(tokens), end + 40)):
        word = tokens[position].group()
        if (
            word in stops
            or word in _APPOSITIVE_STOPS
            or _ends_appositive(tokens, position)
            or (word == "," and _main_verb_after(tokens, end, position))
        ):
            return position if position > end + 1 else end
        following = tokens[position + 1].group() if position + 1 < len(tokens) else ""
        after = tokens[position + 2].group() if position + 2 < len(tokens) else ""
        if word == "," and following == "and" and after in _PRONOUN_SUBJECTS:
            # "said Ana Ruiz, a professor at Dover, and it makes …": a new clause
            return position
        if word == "," and following in _RELATIVE_STOPS:
            # "said Paloma Wu, legal director for the ACLU, which filed …": the
            # relative clause about the appositive is no part of the speaker
            return position
    return len(tokens) if to_sentence_end and len(tokens) < end + 40 else end


def _ends_appositive(tokens: list[re.Match[str]], position: int) -> bool:
    """A comma before "explaining …" or "in a statement" ends the speaker's
    description: what follows is about the speech, not the speaker."""
    if tokens[position].group() != "," or position + 1 >= len(tokens):
        return False
    following = tokens[position + 1].group()
    participle = following.endswith("ing") and following not in _ING_TITLES
    # "The paradox, says Ann Lee, historian at …, is that “…”": the clause resumes
    resumes = following in _BE
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
    if any(tokens[i].group() in _RELATIVE_SUBJECTS for i in range(start + 1, position)):
        # "a Republican, who, like all respondents, responded anonymously": the
        # verb belongs to the relative clause
        return False
    after = tokens[position + 2].group() if position + 2 < len(tokens) else ""
    # ", reports the Daily Star": an inverted tag naming the outlet stays
    return not (following.endswith("s") and after[:1].isupper())


_MODALS = word_set("would will could can should might may must")


# "-ing" words that open a job title, not a clause: "said Ken Sena, managing director …"
_ING_TITLES = word_set(
    "managing acting founding presiding ranking leading visiting outgoing incoming"
)


_CLAUSE_LINKS_OUT = word_set(
    "in on at during after before while according adding when as via with about"
)
_APPOSITIVE_STOPS = frozenset(("\u2014", "\u2013"))
_RELATIVE_STOPS = word_set("which where but")
_SENTENCE_STOPS = frozenset((".", ";", ":", "\u201c", '"', "(", ")", "!", "?"))


def _continues_clause(token: str) -> bool:
    return token.islower() and token not in _NP_PREPOSITIONS and token not in _CLAUSE_LINKS


_CLAUSE_LINKS = word_set("who whose which as after before when while during according")


def _in_np_after(token: str, named: bool) -> bool:
    if not token[0].isalnum():
        return False
    lower = token.lower()
    if lower in _NP_PREPOSITIONS:
        # "a person close to the Clintons", "Maria Cantwell of Washington", but not
        # "Trump in an interview"
        return not named or lower == "of"
    return lower in _DETERMINERS or lower not in _NP_STOP or token[0].isupper()


_NP_PREPOSITIONS = word_set("to of for at in from with on by")


def _subject_of(text: str, start: int, stop: int, cue: str | None = None) -> Tag | None:
    """The named subject at the start of a sentence ("Valastro praised … “…”"),
    after any introductory phrase ("On Sunday, Sanders issued …")."""
    # the subject sits in the first words of its sentence: a bounded window
    # keeps look-backs over several sentences cheap, and the same sentences
    # are asked about again for every pronoun after them
    return _subject_in(text, start, min(stop, start + 300), cue)


@lru_cache(maxsize=1024)
def _subject_in(text: str, start: int, stop: int, cue: str | None) -> Tag | None:
    tokens = _tokens(text, start, stop)
    first = 0
    dashes = [i for i, t in enumerate(tokens[:8]) if t.group() in ("\u2014", "\u2013", "-")]
    if tokens and tokens[0].group().isupper() and len(tokens[0].group()) > 2 and dashes:
        tokens = tokens[dashes[0] + 1 :]  # a dateline: "LA CROSSE, Wisc. — …"
    else:
        tokens = tokens[_agency_dateline_end(tokens) :]
    opener = tokens[0].group() if tokens else ""
    if opener in _CONJUNCTIONS and len(tokens) > 3 and tokens[1].group() in _THEN:
        tokens = tokens[1:]  # "And then Trump went on the attack": "then" opens no phrase either
    if opener in _CONJUNCTIONS and len(tokens) > 2 and tokens[1].group()[0].isupper():
        # "But Obama, making it clear …, described": the conjunction opens no phrase
        tokens = tokens[1:]
        opener = tokens[0].group()
    participle = (
        opener.endswith(("ed", "ing"))
        and len(tokens) > 1
        and tokens[1].group().islower()
        and not _is_cue(tokens[1].group())
        and not _skippable(tokens[1].group())
    )
    if (
        opener.lower() in _INTRO_WORDS
        or (opener[:1].isupper() and participle)
        or _adverb_before_preposition(tokens)
        or _time_opener(tokens)
    ):
        # an introductory phrase: "On Sunday, …", "Immediately after the attacks, …"
        commas = [i for i, t in enumerate(tokens[:30]) if t.group() == ","]
        if not commas and opener.lower() in _CLAUSE_OPENERS:
            # "While Lee calls the plan “…”": the quote is inside the opening
            # clause, whose subject is its speaker
            first = 1
        elif not commas or commas[0] >= 20:
            # an introductory phrase may run to 19 words ("On the eve of his
            # election to a fourth term as prime minister in March, …")
            return None
        else:
            first = commas[0] + 1
        for comma in commas[1:3]:
            # "On Thursday, after remaining neutral …, Warren endorsed": a second
            # introductory phrase, or the state of "At a rally in Aspen, Colo., …"
            if first >= len(tokens) or not (
                tokens[first].group().lower() in _INTRO_WORDS or _is_state(tokens, first, comma)
            ):
                break
            first = comma + 1
    end = first
    while end < len(tokens) and end - first < 9 and _in_subject(tokens, first, end):
        end += 1
    if end == first or end >= len(tokens):
        return None
    if end - first == 1 and tokens[first].group().lower() in _DETERMINERS:
        return None
    head_end = end
    if tokens[end].group() == "(":
        # "Sen. Richard J. Durbin (D-Ill.), noting …, said"
        closing = [i for i in range(end + 1, min(len(tokens), end + 8)) if tokens[i].group() == ")"]
        end = closing[0] + 1 if closing and closing[0] + 1 < len(tokens) else end
    if tokens[end].group() in _APPOSITIVE_STOPS:
        # "Gingrich — mentioned by Newsmax as … — told": the name is the head, the
        # words between the dashes describe him
        dash = tokens[end].group()
        second_dash = next(
            (i for i in range(end + 2, min(len(tokens), end + 40)) if tokens[i].group() == dash),
            end,
        )
        return Tag(
            tokens[first].start(),
            tokens[second_dash - 1].end(),
            tokens[first].start(),
            tokens[head_end - 1].end(),
            cue,
        )
    if not (tokens[end].group()[0].isalpha() or tokens[end].group() == ","):
        return None
    mention_end = _appositive_end(tokens, end)
    if mention_end > end and mention_end + 1 < len(tokens):
        mention_end += 1
    return Tag(
        tokens[first].start(),
        tokens[max(mention_end, end) - 1].end(),
        tokens[first].start(),
        tokens[head_end - 1].end(),
        cue,
    )


def _place_phrase_end(tokens: list[re.Match[str]], end: int) -> int:
    """Just after a short prepositional phrase the subject carries before its
    verb ("Aides to Mr. Sanders have …", "A footnote in the report makes …"),
    else ``end``."""
    if tokens[end].group() not in _PLACE_PREPOSITIONS:
        return end
    position = end + 1
    if position < len(tokens) and tokens[position].group() == "the":
        position += 1
    names = position
    while (
        position < len(tokens)
        and tokens[position].group()[:1].isupper()
        and tokens[position].group().lower() not in _DATES
    ):
        position += 1
    if position == names and names > end + 1 and position < len(tokens):
        position += 1  # "in the report"
    if position == end + 1 or position >= len(tokens):
        return end
    following = tokens[position].group()
    return position if following == "," or following.islower() else end


_PLACE_PREPOSITIONS = word_set("in to by on at from over")


def _agency_dateline_end(tokens: list[re.Match[str]]) -> int:
    """Just after a dateline naming a news agency ("Washington (AFP) – …",
    "WASHINGTON, Dec. 8 (UPI) — …"), else 0."""
    for close in range(2, min(len(tokens) - 2, 10)):
        if tokens[close].group() == ")" and tokens[close - 2].group() == "(":
            agency = tokens[close - 1].group()
            dash = tokens[close + 1].group() in ("\u2014", "\u2013", "-")
            return close + 2 if dash and (agency.isupper() or agency == "Reuters") else 0
    return 0


_CLAUSE_OPENERS = word_set("when while as")
_CONJUNCTIONS = word_set("But And Yet So Still")
_THEN = word_set("then now later also again still even")


def _is_state(tokens: list[re.Match[str]], first: int, comma: int) -> bool:
    """Whether the words up to ``comma`` are a place after a place ("Aspen,
    Colo.", "Columbus, Ohio"): a US state, or its abbreviation."""
    words = " ".join(token.group() for token in tokens[first:comma])
    return words.lower() in PLACES or _STATE_ABBREVIATION.fullmatch(words) is not None


_STATE_ABBREVIATION = re.compile(
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|N\.[HJMYCD]\.|S\.[CD]\.)\.?"
)


def _adverb_before_preposition(tokens: list[re.Match[str]]) -> bool:
    """ "Immediately after the attacks, …", "Shortly before the vote, …": an
    adverb in -ly before a preposition opens an introductory phrase."""
    return (
        len(tokens) > 2
        and tokens[0].group()[:1].isupper()
        and tokens[0].group().endswith("ly")
        and tokens[1].group().lower() in _AFTER_ADVERB
    )


# not "and": "Kelly and Ruiz said"
_AFTER_ADVERB = word_set("after before during since until in on at by from with over under amid")


def _time_opener(tokens: list[re.Match[str]]) -> bool:
    """A sentence opening with a span of time ("A month later, he …", "Eight
    years ago, …", "Hours after the attack, …") names no subject before its comma."""
    words = [token.group().lower() for token in tokens[:3]]
    if not words:
        return False
    if words[0] in _TIME_NOUNS and words[0].endswith("s"):
        return True
    return (
        len(words) == 3
        and words[1] in _TIME_NOUNS
        and words[2] in _TIME_AFTER
        and (words[0] in _COUNT_WORDS or words[0].isdigit())
    )


_TIME_NOUNS = word_set(
    """minute minutes hour hours day days week weeks month months year years decade decades
    moments"""
)
_TIME_AFTER = word_set("later ago earlier after before")
_COUNT_WORDS = word_set(
    "a an one two three four five six seven eight nine ten twelve few several many some"
)


def _in_subject(tokens: list[re.Match[str]], first: int, index: int) -> bool:
    token = tokens[index].group()
    lower = token.lower().replace("\u2019", "'")
    if index == first:
        # after an introductory phrase: "In three interviews, the justice …"
        after_intro = first > 0 and tokens[first - 1].group() == ","
        return _can_start_subject(token, lower) or (
            after_intro and (lower in _DETERMINERS or lower in _PRONOUN_SUBJECTS)
        )
    if lower in _PRONOUN_SUBJECTS or tokens[first].group().lower() in _PRONOUN_SUBJECTS:
        return False
    if token[0].isupper() or lower in ("of", "for"):
        return True
    if _role_between_names(tokens, index):
        return True
    if _object_of_of(tokens, first, index, lower):
        return True
    if tokens[index - 1].group()[0].isupper() and _head_noun(tokens, first, index, lower):
        return True  # "A 2014 House Intelligence Committee report"
    # lowercase nouns only right after a determiner: "The campaign", "Rubio's campaign"
    opener = tokens[first].group().lower().replace("\u2019", "'")
    return (
        (
            opener in _DETERMINERS
            or opener.endswith(("'s", "s'"))
            or _adjective_opener(tokens, first, index)
        )
        and lower not in _NP_STOP
        and index - first < 4
        and (lower not in CUE_VERBS or _state_before_noun(tokens, index, lower))
        and not lower.endswith("n't")
        and lower not in _IRREGULAR_PAST
        and (not _skippable(token) or _ordinal_before_noun(tokens, index, lower))
        and not (index - first > 1 and lower.endswith("ed"))
        and not _verb_with_object(tokens, index, lower)
    )


def _state_before_noun(tokens: list[re.Match[str]], index: int, lower: str) -> bool:
    """ "Kemp's Oregon state director": "state" before a noun is no cue verb."""
    if lower != "state" or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1].group()
    return following.isalpha() and following.islower() and following not in _NP_STOP


def _adjective_opener(tokens: list[re.Match[str]], first: int, index: int) -> bool:
    """ "Legal observers", "Federal labor organizations", "Corporate
    lobbyists": a capitalised word shaped like an adjective opens a subject whose
    head is a noun after it, as a determiner does; a plural noun ends it
    ("Legal observers note …")."""
    previous = tokens[index - 1].group()
    plural = index - 1 > first and previous.endswith("s") and not previous.endswith("ss")
    noun = tokens[index].group()
    return (
        noun.isalpha()
        and noun.islower()
        and _adjective_shaped(tokens[first].group())
        and not plural
    )


def _adjective_shaped(word: str) -> bool:
    return word[0].isupper() and not word.isupper() and word.lower().endswith(_ADJECTIVE_ENDINGS)


_ADJECTIVE_ENDINGS = ("al", "ar", "ic", "ous", "ive", "ate", "ent", "ant", "ern", "mer")


def _ordinal_before_noun(tokens: list[re.Match[str]], index: int, lower: str) -> bool:
    """ "The former first lady": "first" before a noun is an ordinal, not the
    adverb of "The campaign first said"."""
    if lower != "first" or index + 1 >= len(tokens):
        return False
    noun = tokens[index + 1].group()
    return (
        noun.isalpha()
        and noun.islower()
        and noun not in _NP_STOP
        and noun not in CUE_VERBS
        and noun not in _IRREGULAR_PAST
        and not noun.endswith("ed")
        and not _skippable(noun)
    )


def _verb_with_object(tokens: list[re.Match[str]], index: int, lower: str) -> bool:
    """ "Hoff's letter makes a case", "the page lists him", "the ad hits
    Clinton": a word in -s followed by an object is the verb after the
    subject, not a plural noun ("the campaign officials said")."""
    if not lower.endswith("s") or lower.endswith(("ss", "'s")) or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1].group()
    return following[0].isupper() or following.lower() in _OBJECT_OPENERS


_OBJECT_OPENERS = _DETERMINERS | word_set("him them us me off")


def _object_of_of(tokens: list[re.Match[str]], first: int, index: int, lower: str) -> bool:
    """ "The former secretary of state", "A member of the family": one noun
    after "of" (or "of the") belongs to a subject that opens with a determiner,
    even a noun that can be a verb ("state")."""
    if tokens[first].group().lower() not in _DETERMINERS or index + 1 >= len(tokens):
        return False
    previous = tokens[index - 1].group().lower()
    after_of = previous == "of" or (previous == "the" and tokens[index - 2].group() == "of")
    return after_of and lower.isalpha() and lower not in _NP_STOP and lower not in _DETERMINERS


def _head_noun(tokens: list[re.Match[str]], first: int, index: int, lower: str) -> bool:
    """One lower-case noun closing a determiner-led run of capitalised words;
    verbs ("Trump offered", "The ad hits") are told apart by their endings."""
    if tokens[first].group().lower() not in _DETERMINERS or index + 1 >= len(tokens):
        return False
    if lower in _NP_STOP or lower in CUE_VERBS or lower in _IRREGULAR_PAST or _skippable(lower):
        return False
    verb_like = lower.endswith(("ed", "ing", "n't")) or (
        lower.endswith("s") and not lower.endswith("ss")
    )
    return not verb_like


def _role_between_names(tokens: list[re.Match[str]], index: int) -> bool:
    """ "Clinton campaign spokesman Brian Fallon": lower-case role words
    followed by a name belong to the subject."""
    for ahead in range(index, min(index + 3, len(tokens))):
        word = tokens[ahead].group()
        if word[0].isupper():
            return ahead > index
        if not word[0].isalpha() or word in _NP_STOP or word in CUE_VERBS or _skippable(word):
            return False
        if word.endswith("ed"):
            return False  # "Todd pressed Reince Priebus": a verb, not a role
    return False


def _can_start_subject(token: str, lower: str) -> bool:
    if not token[0].isupper() or lower.endswith(("ing", "ly")):
        return False
    if lower.endswith("'s"):
        return lower[:-2] not in _FUNCTION_START  # "Rubio's campaign", not "That's"
    return lower in _DETERMINERS or lower in _PRONOUN_SUBJECTS or lower not in _FUNCTION_START


_IRREGULAR_PAST = word_set(
    """left sought took made gave told got went came saw thought felt kept held brought stood
    ran met won lost began became led set paid sent spent built found fell knew grew drew
    threw broke spoke chose rose sat heard meant struck hit cut let goes"""
)
_FUNCTION_START = word_set(
    """it there this that these those what why how if when while as but and or so yet
    many some most all both each few several no not one two three others moreover wait
    according partial here now thus still given just good within through once do see ask"""
)
