"""The named subject opening a sentence ("On Sunday, Sanders issued …"),
past datelines and introductory phrases, and the words that may make it up;
with the short place phrase a subject carries before its verb ("Aides to Mr.
Sanders have …")."""

from __future__ import annotations

import re

from verify.extraction.lexicon import word_set
from verify.extraction.name_words import (
    FUNCTION_WORDS,
    PEOPLE_OF,
    PLACES,
    TITLES,
    is_first_name,
)
from verify.extraction.phrases import (
    APPOSITIVE_STOPS,
    CUE_VERBS,
    DATES,
    DETERMINERS,
    INTRO_WORDS,
    IRREGULAR_PAST,
    NP_STOP,
    PERSONAL_SUBJECTS,
    PRONOUN_SUBJECTS,
    Tag,
    appositive_end,
    is_cue,
    skippable,
    tokens_of,
)
from verify.extraction.types import Entity


def subject_of(text: str, start: int, stop: int, cue: str | None = None) -> Tag | None:
    """The named subject at the start of a sentence ("Valastro praised … “…”"),
    after any introductory phrase ("On Sunday, Sanders issued …")."""
    start = past_label(text, start, stop)
    # the subject sits in the first words of its sentence: a bounded window
    # keeps look-backs over several sentences cheap, and the same sentences
    # are asked about again for every pronoun after them
    return _subject_in(text, start, min(stop, start + 300), cue)


# An interview's speaker label ("Q:", "A:", "KULEBA:") or a transcript's stage
# direction ("(Laughs)", "[Applause]") before a sentence's own words, followed by
# a word or a quote (not "(CNN) —", an agency's dateline).
_LABEL = re.compile(
    r"(?:[A-Z][A-Z.\u2019'-]*(?: [A-Z][A-Z.\u2019'-]*){0,2}:|[(\[][^()\[\]\n]{1,40}[)\]])"
    r"[ \t]+(?=[\w\"\u201c\u2018'])"
)


def past_label(text: str, start: int, stop: int) -> int:
    """Where a sentence's own words begin, past a speaker label or stage direction:
    neither is the sentence's subject nor, before a quote, its speaker."""
    label = _LABEL.match(text, start, stop)
    return start if label is None else label.end()


def label_person(label: str, known: tuple[Entity, ...]) -> Entity | None:
    """The person a transcript's label in capitals ("ZELENSKY", "VOLODYMYR ZELENSKY")
    stands for: the one the article names ("Volodymyr Zelensky") or a fuller label."""
    folded = label.casefold()
    # a name in ordinary case first, then a fuller label ("JAKE TAPPER" for "TAPPER")
    for entity in sorted(known, key=lambda entity: entity.name.isupper()):
        if entity.kind == "person" and entity.name != label:
            name = entity.name.casefold()
            if folded in (name, name.split()[-1], *(alias.casefold() for alias in entity.aliases)):
                return entity
    return None


def _subject_in(text: str, start: int, stop: int, cue: str | None) -> Tag | None:
    tokens = tokens_of(text, start, stop)
    first = 0
    dashes = [i for i, t in enumerate(tokens[:8]) if t.group() in ("\u2014", "\u2013", "-")]
    if tokens and tokens[0].group().isupper() and len(tokens[0].group()) > 2 and dashes:
        tokens = tokens[dashes[0] + 1 :]  # a dateline: "LA CROSSE, Wisc. — …"
    else:
        tokens = tokens[_agency_dateline_end(tokens) :]
    opener = tokens[0].group() if tokens else ""
    if opener in CONJUNCTIONS and len(tokens) > 3 and tokens[1].group() in _THEN:
        tokens = tokens[1:]  # "And then Trump went on the attack": "then" opens no phrase either
        opener = tokens[0].group()
    if opener in CONJUNCTIONS and len(tokens) > 2 and tokens[1].group()[0].isupper():
        # "But Obama, making it clear …, described": the conjunction opens no phrase
        tokens = tokens[1:]
        opener = tokens[0].group()
    # (one set test spares the call for every subject not opening with a number)
    counted = _counted_and_named(tokens) if opener in _COUNTS else None
    if counted is not None:
        return counted
    participle = (
        opener.endswith(("ed", "ing"))
        and len(tokens) > 1
        and tokens[1].group().islower()
        and not is_cue(tokens[1].group())
        and (not skippable(tokens[1].group()) or _comma_before_cue(tokens))
    )
    if (
        (opener.lower() in _THEN or opener in CONJUNCTIONS)
        and len(tokens) > 2
        and _subject_word(tokens[1].group())
    ):
        # "Then he cut into Bush, calling him …", "And she is sure …": no comma
        # closes the adverb or conjunction, the subject follows it
        first = 1
    elif (
        opener.lower() in INTRO_WORDS
        or (opener[:1].isupper() and participle)
        or _adverb_before_preposition(tokens)
        or _time_opener(tokens)
        or _set_phrase_opener(tokens)
    ):
        # an introductory phrase: "On Sunday, …", "Immediately after the attacks, …"
        commas = [i for i, t in enumerate(tokens[:30]) if t.group() == ","]
        if not commas and opener.lower() in _CLAUSE_OPENERS:
            # "While Lee calls the plan “…”": the quote is inside the opening
            # clause, whose subject is its speaker
            first = 1
        elif (not commas or commas[0] >= 20) and _demonstrative_subject(tokens):
            first = 0  # "This Trump doppelganger spoke …": no phrase, a subject
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
                tokens[first].group().lower() in INTRO_WORDS
                or _is_state(tokens, first, comma)
                or _describes_intro_name(tokens, first, comma)
            ):
                break
            first = comma + 1
    end = first
    while end < len(tokens) and end - first < 9 and _in_subject(tokens, first, end):
        end += 1
    if end == first and first < len(tokens) and _name_like_adverb(tokens, first, cue):
        end = first + 1
        while end < len(tokens) and end - first < 9 and _in_subject(tokens, first, end):
            end += 1
    if end == first or end >= len(tokens):
        return None
    if end - first == 1 and tokens[first].group().lower() in DETERMINERS:
        return None
    head_end = end
    if tokens[end].group() == "(":
        # "Sen. Richard J. Durbin (D-Ill.), noting …, said"
        closing = [i for i in range(end + 1, min(len(tokens), end + 8)) if tokens[i].group() == ")"]
        end = closing[0] + 1 if closing and closing[0] + 1 < len(tokens) else end
    if tokens[end].group() in APPOSITIVE_STOPS:
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
    mention_end = appositive_end(tokens, end)
    if (
        mention_end > end
        and mention_end + 1 < len(tokens)
        and not tokens[mention_end].group()[0].isalnum()  # the closing mark, not a verb
    ):
        mention_end += 1
    return Tag(
        tokens[first].start(),
        tokens[max(mention_end, end) - 1].end(),
        tokens[first].start(),
        tokens[head_end - 1].end(),
        cue,
    )


def _counted_and_named(tokens: list[re.Match[str]]) -> Tag | None:
    """ "Two military analysts, Patrick Megahan and Chris Harman, found …": a
    number and a plural noun the names after it make up, as the subject
    (without the names a number opens no subject: "Two weeks ago, …")."""
    if len(tokens) < 6 or tokens[0].group() not in _COUNTS:
        return None
    comma = next((i for i in range(2, 5) if tokens[i].group() == ","), 0)
    if not comma or not all(t.group().islower() for t in tokens[1:comma]):
        return None
    if not tokens[comma - 1].group().endswith("s") or not tokens[comma + 1].group()[:1].isupper():
        return None
    end = appositive_end(tokens, comma)
    if end <= comma + 1 or end >= len(tokens) or tokens[end].group() != ",":
        return None
    head_end = tokens[comma - 1].end()
    return Tag(tokens[0].start(), tokens[end - 1].end(), tokens[0].start(), head_end, None)


_COUNTS = word_set("Two Three Four Five Six Seven Eight Nine Ten")


def place_phrase_end(tokens: list[re.Match[str]], end: int) -> int:
    """Just after a short prepositional phrase the subject carries before its
    verb ("Aides to Mr. Sanders have …", "A footnote in the report makes …"),
    else ``end``."""
    if tokens[end].group() not in PLACE_PREPOSITIONS:
        return end
    position = end + 1
    if position < len(tokens) and tokens[position].group() == "the":
        position += 1
    names = position
    while (
        position < len(tokens)
        and tokens[position].group()[:1].isupper()
        and tokens[position].group().lower() not in DATES
    ):
        position += 1
    if position == names and names > end + 1 and position < len(tokens):
        position += 1  # "in the report"
    if position == end + 1 or position >= len(tokens):
        return end
    following = tokens[position].group()
    return position if following == "," or following.islower() else end


PLACE_PREPOSITIONS = word_set("in to by on at from over")


def _agency_dateline_end(tokens: list[re.Match[str]]) -> int:
    """Just after a dateline naming a news agency ("Washington (AFP) – …",
    "WASHINGTON, Dec. 8 (UPI) — …"), else 0."""
    for close in range(2, min(len(tokens) - 2, 10)):
        if tokens[close].group() == ")" and tokens[close - 2].group() == "(":
            agency = tokens[close - 1].group()
            dash = tokens[close + 1].group() in ("\u2014", "\u2013", "-")
            return close + 2 if dash and (agency.isupper() or agency == "Reuters") else 0
    return 0


def _demonstrative_subject(tokens: list[re.Match[str]]) -> bool:
    """ "This Roe doppelganger spoke", not "This week Roe said": "This" opens
    the subject unless a time follows it."""
    if len(tokens) < 3 or tokens[0].group() != "This":
        return False
    word = tokens[1].group()
    following = word.lower()
    if following in _TIME_AFTER_THIS or following in DATES:
        return False
    # a name, or a noun that no ending makes a verb ("This prompted", "This makes")
    return word[0].isupper() or (
        word.isalpha()
        and not following.endswith(("ed", "s"))
        and following not in IRREGULAR_PAST
        and following not in NP_STOP
        and following not in CUE_VERBS
        and not skippable(following)
    )


_TIME_AFTER_THIS = word_set(
    """week weekend month year morning afternoon evening night time summer spring fall
    winter season past coming"""
)


def _comma_before_cue(tokens: list[re.Match[str]]) -> bool:
    """ "Pressed again about the race, Ann Lee …": an adverb after the opening
    participle, but a comma closes the phrase before any cue, unlike the name
    of "Manning later said, …"."""
    for token in tokens[2:12]:
        word = token.group()
        if word == ",":
            return True
        if is_cue(word):
            return False
    return False


_CLAUSE_OPENERS = word_set("when while as")
CONJUNCTIONS = word_set("But And Yet So Still")
_THEN = word_set("then now later also again still even")


def _subject_word(word: str) -> bool:
    """A name or a personal pronoun ("it" may be no one: "And it threw him")."""
    return word.lower() in PERSONAL_SUBJECTS or word[:1].isupper()


def _describes_intro_name(tokens: list[re.Match[str]], first: int, comma: int) -> bool:
    """ "Preceded by Joe Arpaio, the Arizona sheriff, Trump launched …": a
    lower-case description between the introductory phrase's name and a
    name opening the main clause describes the former."""
    if not (
        tokens[first].group() in ("the", "a", "an")
        and tokens[first - 2].group()[:1].isupper()
        and comma - first < 10
    ):
        return False
    name_end = comma + 1
    while name_end < min(len(tokens), comma + 5) and tokens[name_end].group()[:1].isupper():
        name_end += 1
    return (
        comma + 1 < name_end < len(tokens)
        and tokens[name_end].group().islower()
        and tokens[name_end].group() not in NP_STOP
    )


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


def _set_phrase_opener(tokens: list[re.Match[str]]) -> bool:
    """ "To wit, Trump told …", "Of course, …", "That said, …": a set phrase
    and its comma open the sentence before the subject."""
    words = " ".join(token.group() for token in tokens[:3])
    return words in _SET_PHRASES


_SET_PHRASES = frozenset(("To wit ,", "Of course ,", "That said ,", "All told ,"))


def _time_opener(tokens: list[re.Match[str]]) -> bool:
    """A sentence opening with a span of time ("A month later, he …", "Eight
    years ago, …", "Hours after the attack, …", "The next day, …") names no
    subject before its comma."""
    words = [token.group().lower() for token in tokens[:3]]
    if not words:
        return False
    if words[0] in _TIME_NOUNS and words[0].endswith("s"):
        return True
    if len(words) == 3 and words[0] == "the":
        # "The day before, …", "The next morning, …"
        return (words[1] in _TIME_NOUNS and words[2] in _TIME_AFTER) or (
            words[1] in _TIME_ORDER and words[2] in _TIME_NOUNS
        )
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
_TIME_ORDER = word_set("next following previous same")
_COUNT_WORDS = word_set(
    "a an one two three four five six seven eight nine ten twelve few several many some"
)


def _in_subject(tokens: list[re.Match[str]], first: int, index: int) -> bool:
    token = tokens[index].group()
    lower = token.lower().replace("\u2019", "'")
    if index == first:
        # after an introductory phrase: "In three interviews, the justice …"
        after_intro = first > 0 and (
            tokens[first - 1].group() in (",", *CONJUNCTIONS)
            or tokens[first - 1].group().lower() in _THEN
        )
        return (
            _can_start_subject(token, lower)
            or _one_of_kind(tokens, first)
            or (
                after_intro
                and (
                    lower in DETERMINERS or lower in PRONOUN_SUBJECTS or _role_opens(tokens, first)
                )
            )
        )
    if lower in PRONOUN_SUBJECTS or tokens[first].group().lower() in PRONOUN_SUBJECTS:
        return False
    if token[0].isupper() or lower in ("of", "for"):
        return True
    if lower == "and" and _titles_joined(tokens, first, index):
        return True
    if _role_between_names(tokens, index):
        return True
    if _object_of_of(tokens, first, index, lower) or _noun_after_of_modifiers(
        tokens, first, index, lower
    ):
        return True
    if tokens[index - 1].group()[0].isupper() and _head_noun(tokens, first, index, lower):
        return True  # "A 2014 House Intelligence Committee report"
    if _long_role_head(tokens, first, index, lower):
        return True
    # lowercase nouns only right after a determiner: "The campaign", "Rubio's
    # campaign", "Ann Lee's right-hand woman"
    opener = tokens[first].group().lower().replace("\u2019", "'")
    return (
        (
            opener in DETERMINERS
            or _one_of_kind(tokens, first)
            or _someone_of_theirs(tokens, first, index, lower)
            or _adjective_opener(tokens, first, index)
        )
        and lower not in NP_STOP
        and index - first < 4
        and (lower not in CUE_VERBS or _state_before_noun(tokens, index, lower))
        and not lower.endswith("n't")
        and lower not in IRREGULAR_PAST
        and (not skippable(token) or _ordinal_before_noun(tokens, index, lower))
        and not (index - first > 1 and lower.endswith("ed"))
        and not _verb_with_object(tokens, index, lower)
    )


def _titles_joined(tokens: list[re.Match[str]], first: int, index: int) -> bool:
    """ "Former prosecutor and New York City Mayor Tom Roe": a role without an
    article joined to the titled name is one person's description (not "The
    mayor and Gov. Ann Lee", two people)."""
    words = [token.group() for token in tokens[first:index]]
    following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
    return (
        1 < len(words) < 4
        and words[0][0].isupper()
        and words[0].lower() not in DETERMINERS
        and all(word.isalpha() and word.islower() for word in words[1:])
        and following[:1].isupper()
    )


def _one_of_kind(tokens: list[re.Match[str]], first: int) -> bool:
    """ "One operative inside the tower", "One such document", "Another aide":
    "One" or "Another" before a lower-case word that is no verb opens a
    description as an article does (not "One of …", "Another featured …")."""
    if first + 1 >= len(tokens) or tokens[first].group() not in _ONE_OF_KIND:
        return False
    following = tokens[first + 1].group()
    return (
        following.islower()
        and following != "of"
        and following not in NP_STOP
        and following not in CUE_VERBS
        and following not in IRREGULAR_PAST
        and not following.endswith(("ed", "n't"))
        and not skippable(following)
    )


_ONE_OF_KIND = frozenset(("One", "Another"))


def _someone_of_theirs(tokens: list[re.Match[str]], first: int, index: int, lower: str) -> bool:
    """Whether the word at ``index`` belongs to a person a possessive owns
    ("Rubio's campaign", "Ann Lee's right-hand woman", "Mr. Trump's campaign
    chairman"), not to a thing ("Jeff Sessions' column")."""
    if tokens[first].group().lower().replace("\u2019", "'").endswith(("'s", "s'")):
        return True
    if not any(_POSSESSIVE_END.search(t.group()) for t in tokens[first:index]):
        return False
    following = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
    return lower in _PEOPLE_OF or following in _PEOPLE_OF


_POSSESSIVE_END = re.compile(r"(?:['\u2019]s|s['\u2019])$")
# the people someone has: "her spokesman", "Lee's right-hand woman", "Lee's aides"
_PEOPLE_OF = TITLES | PEOPLE_OF


def _state_before_noun(tokens: list[re.Match[str]], index: int, lower: str) -> bool:
    """ "Kemp's Oregon state director": "state" before a noun is no cue verb."""
    if lower != "state" or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1].group()
    return following.isalpha() and following.islower() and following not in NP_STOP


def _adjective_opener(tokens: list[re.Match[str]], first: int, index: int) -> bool:
    """ "Legal observers", "Federal labor organizations", "Corporate
    lobbyists": a capitalised word shaped like an adjective opens a subject whose
    head is a noun after it, as a determiner does; a plural noun ends it
    ("Legal observers note …")."""
    previous = tokens[index - 1].group()
    plural = index - 1 > first and previous.endswith("s") and not previous.endswith("ss")
    noun = tokens[index].group()
    return (
        noun.isalpha() and noun.islower() and adjective_shaped(tokens[first].group()) and not plural
    )


def adjective_shaped(word: str) -> bool:
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
        and noun not in NP_STOP
        and noun not in CUE_VERBS
        and noun not in IRREGULAR_PAST
        and not noun.endswith("ed")
        and not skippable(noun)
    )


def _verb_with_object(tokens: list[re.Match[str]], index: int, lower: str) -> bool:
    """ "Hoff's letter makes a case", "the page lists him", "the ad hits
    Clinton": a word in -s followed by an object is the verb after the
    subject, not a plural noun ("the campaign officials said")."""
    if not lower.endswith("s") or lower.endswith(("ss", "'s")) or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1].group()
    return following[0].isupper() or following.lower() in _OBJECT_OPENERS


_OBJECT_OPENERS = DETERMINERS | word_set("him them us me off")


def _object_of_of(tokens: list[re.Match[str]], first: int, index: int, lower: str) -> bool:
    """ "The former secretary of state", "A member of the family", "Hundreds of
    letters": one noun after "of" (or "of the") belongs to the subject, even a
    noun that can be a verb ("state")."""
    if index + 1 >= len(tokens):
        return False
    previous = tokens[index - 1].group().lower()
    after_of = previous == "of" or (previous == "the" and tokens[index - 2].group() == "of")
    return after_of and lower.isalpha() and lower not in NP_STOP and lower not in DETERMINERS


def _noun_after_of_modifiers(
    tokens: list[re.Match[str]], first: int, index: int, lower: str
) -> bool:
    """ "Thousands of angry protesters", "Hundreds of pro-Roe demonstrators", "A
    group of 67 Latin American artists": the noun after the modifiers of an
    "of" object belongs to the subject; a verb does not ("… of angry voters
    marched")."""
    words = [token.group() for token in tokens[first:index]]
    if "of" not in words or not lower.replace("-", "").isalpha() or index + 1 >= len(tokens):
        return False
    of = len(words) - 1 - words[::-1].index("of")
    if of == 0 or (of > 1 and not words[of - 1].islower()):
        return False  # "Sen. Ann Lee of Texas center stage": a place after a name
    modifiers = words[of + 1 :]
    if len(modifiers) > 3 or not all(map(_modifier_shaped, modifiers)):
        return False
    if not modifiers and "-" not in lower:
        return False  # one noun right after "of" is _object_of_of's
    return not (
        lower in NP_STOP
        or lower in CUE_VERBS
        or lower in IRREGULAR_PAST
        or lower.endswith(("ed", "ing", "n't", "ly"))
        or skippable(lower)
        or _verb_with_object(tokens, index, lower)
    )


def _modifier_shaped(word: str) -> bool:
    """A word that may stand before a noun: a name, a number, a hyphenated
    word ("pro-Roe") or a lower-case adjective."""
    if word[0].isupper() or word.isdigit() or "-" in word:
        return True
    return word.isalpha() and word not in NP_STOP and word not in DETERMINERS


def _head_noun(tokens: list[re.Match[str]], first: int, index: int, lower: str) -> bool:
    """One lower-case noun closing a determiner-led run of capitalised words;
    verbs ("Trump offered", "The ad hits") are told apart by their endings."""
    if tokens[first].group().lower() not in DETERMINERS or index + 1 >= len(tokens):
        return False
    if lower in NP_STOP or lower in CUE_VERBS or lower in IRREGULAR_PAST or skippable(lower):
        return False
    verb_like = lower.endswith(("ed", "ing", "n't")) or (
        lower.endswith("s") and not lower.endswith("ss")
    )
    return not verb_like


_POSSESSIVE = re.compile("['\u2019]s$")


def _long_role_head(tokens: list[re.Match[str]], first: int, index: int, lower: str) -> bool:
    """ "the presumptive Democratic presidential nominee": a role word closing a
    determiner and four modifiers is the head, not a word past the subject."""
    return (
        index - first == 4
        and lower in TITLES
        and lower not in FUNCTION_WORDS  # "then", "first": no head
        and tokens[first].group().lower() in DETERMINERS
        and all(_POSSESSIVE.sub("", token.group()).isalpha() for token in tokens[first + 1 : index])
    )


def _role_opens(tokens: list[re.Match[str]], first: int) -> bool:
    """ "On Tuesday, campaign chairman John Podesta told …": lower-case words
    ending in a title before a name open the subject after an introductory
    phrase (not "In Iowa, voters gave Trump …")."""
    for ahead in range(first, min(first + 4, len(tokens) - 1)):
        word = tokens[ahead].group()
        if not word.isalpha() or not word.islower() or word in NP_STOP or is_cue(word):
            return False
        if word in TITLES and tokens[ahead + 1].group()[0].isupper():
            return True
    return False


def _role_between_names(tokens: list[re.Match[str]], index: int) -> bool:
    """ "Clinton campaign spokesman Brian Fallon": lower-case role words
    followed by a name belong to the subject."""
    for ahead in range(index, min(index + 3, len(tokens))):
        word = tokens[ahead].group()
        if word[0].isupper():
            return ahead > index
        if not word[0].isalpha() or word in NP_STOP or word in CUE_VERBS or skippable(word):
            return False
        if word.endswith("ed") or _verb_before_name(tokens, ahead, word, ahead > index):
            return False  # "Todd pressed Reince Priebus": a verb, not a role
    return False


def _verb_before_name(
    tokens: list[re.Match[str]], position: int, word: str, after_word: bool
) -> bool:
    """ "Lee met with Ray", "The board saw Ray", "Lee supports Senator Ray",
    "Legal observers note the White House", "The poll doesn't surprise Ann
    Lee": a past tense, a negated auxiliary, a preposition, a determiner after
    a word (the verb), or a word in -s after a name that names no role, comes
    between a subject and its object; role words run straight into the name
    ("Clinton campaign spokesman Brian Fallon", "Trump aides Ann Lee")."""
    if word in IRREGULAR_PAST or word in _OBJECT_PREPOSITIONS or word.endswith(_NEGATED):
        return True
    if after_word and word in DETERMINERS:
        return True
    # a word in -s after a name or its aside ("Lee supports", "Ann Lee, an
    # aide, helms"; not "The new ad hits", whose run into a clause names no one)
    following = tokens[position + 1].group() if position + 1 < len(tokens) else ""
    return (
        word.endswith("s")
        and not word.endswith("ss")
        and word not in _PEOPLE_OF
        and (tokens[position - 1].group()[:1].isupper() or tokens[position - 1].group() == ",")
        and (following[:1].isupper() or following in DETERMINERS)
    )


_OBJECT_PREPOSITIONS = word_set("with from")
_NEGATED = ("n't", "n\u2019t")


def _can_start_subject(token: str, lower: str) -> bool:
    if _AGE.fullmatch(lower):
        return True  # "76-year-old Morton Blackwell endorsed …"
    if not token[0].isupper() or lower.endswith(("ing", "ly")):
        return False
    if lower.endswith("'s"):
        return lower[:-2] not in _FUNCTION_START  # "Rubio's campaign", not "That's"
    return lower in DETERMINERS or lower in PRONOUN_SUBJECTS or lower not in _FUNCTION_START


def _name_like_adverb(tokens: list[re.Match[str]], first: int, cue: str | None) -> bool:
    """ "King said", "Carly Fiorina threw her support behind …, saying": a
    name ending like an adverb or a participle ("Finally", "Speaking") opens
    the subject when a cue follows it at once, or when the subject of a cue is
    sought and it is a known first name (which also tells its gender)."""
    token = tokens[first].group()
    if not token[0].isupper() or not token.lower().endswith(("ing", "ly")):
        return False
    following = tokens[first + 1].group() if first + 1 < len(tokens) else ""
    return bool(following and is_cue(following)) or (cue is not None and is_first_name(token))


_AGE = re.compile(r"\d{1,3}-year-old")
_FUNCTION_START = word_set(
    """it there this that these those what why how if when while as but and or so yet
    many some most all both each few several no not one two three others moreover wait
    according partial here now thus still given just good within through once do see ask"""
)
