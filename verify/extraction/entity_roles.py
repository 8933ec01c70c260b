"""The words around a name that say what someone is: the role words before a
mention ("Kremlin spokesperson Dmitry Peskov"), the title and nationality
words that open a name run, and the role synonyms a description is matched
by ("the spokesperson" for a "spokesman")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify.extraction.common_words import COMMON_WORDS
from verify.extraction.lexicon import word_set
from verify.extraction.name_words import (
    COUNTRIES,
    FUNCTION_WORDS,
    ORG_WORDS,
    PLACES,
    ROLE_GROUPS,
    TITLES,
    group_word,
    is_first_name,
)

# A clause break: a mark, or one of the whole words "and", "or", "with", "by",
# "to". Only the last break before a name matters, so the pattern is written
# for the reversed text ("and" as "dna"), where it is the first match: the
# search stops there instead of scanning everything before it. It opens with
# one character class (the marks and the words' first letters) so that the
# regex engine skips to the next candidate.
_CLAUSE_BREAK_REVERSED = re.compile(
    r"[.;:!?\u201c\u201d\"()dryho](?:(?<=[.;:!?\u201c\u201d\"()])"
    r"|(?<!\w.)(?:(?<=d)na|(?<=r)o|(?<=h)tiw|(?<=y)b|(?<=o)t)(?!\w))"
)
_ROLE_WORD = re.compile(r"[a-zA-Z0-9\w\-]+")


def role_words_before(text: str, start: int) -> list[str]:
    # "Kremlin spokesperson Dmitry Peskov", "Russia's lead negotiator, Vladimir Medinsky"
    window = text[max(0, start - 60) : start]
    last = _CLAUSE_BREAK_REVERSED.search(window[::-1])
    clause = window[len(window) - last.start() :] if last else window
    words = _ROLE_WORD.findall(clause.lower().replace("\u2019s", "").replace("'s", ""))
    if words and words[-1] in FUNCTION_WORDS:
        # "a note from Ann Lee", "a source at the Tampa office": no role of hers
        return []
    return [w for w in words[-3:] if w not in FUNCTION_WORDS]


def is_prefix_word(words: list[re.Match[str]], index: int) -> bool:
    lower = words[index].group().lower()
    if lower in TITLES or lower.rstrip(".") in TITLES:
        return True
    if index == 0 and lower in FUNCTION_WORDS:
        # "New" before a capitalised word opens a name ("New York", "New Jersey")
        return lower != "new" or index + 1 == len(words)
    # a nationality before a title ("Russian President Vladimir Putin") is a role,
    # and so is one closing a run ("the Iranian"), but not a surname after a title
    # ("Mr. Ryan", "Sen. Jordan", "Ms. Khan")
    after = words[index + 1].group().lower().rstrip(".") if index + 1 < len(words) else ""
    if not nationality_shaped(lower):
        return False
    if after:
        return after in TITLES
    return index == 0 or words[index - 1].group().lower().rstrip(".") not in PERSONAL_TITLES


# titles that only ever stand before a person's name
PERSONAL_TITLES = word_set(
    """mr mrs ms miss dr sir dame sen rep gov gen lt col capt sgt rev prof senator
    representative governor congressman congresswoman president judge justice mayor
    sheriff chancellor secretary minister ambassador pope"""
) | (
    # ranks of the forces, the church and royalty ("Admiral Harris", "Prince
    # Alwaleed"), which also stand for surnames after "Mr." ("Mr. Prince")
    RANKS := word_set(
        """admiral adm prince princess sheikh imam cardinal archbishop bishop ayatollah emir
        sergeant lieutenant colonel captain commander"""
    )
)


def titled(roles: Iterable[str]) -> bool:
    """Whether a run's title words hold a personal title ("Sen.", "Mr."; not "The")."""
    return not PERSONAL_TITLES.isdisjoint(roles)


def nationality_shaped(word: str) -> bool:
    lower = word.lower()
    return lower.endswith(("ian", "ese", "ish", "an")) or lower in _DEMONYMS


def people_word(word: str) -> bool:
    """A word that names a people ("Korean", "American", "Swiss"), not a
    name that only ends like one ("Allan", "Lichtman")."""
    if is_first_name(word):
        return False  # "Julian", "Vivian"
    lower = word.lower()
    return lower.endswith(("ian", "ese", "ish")) or lower in _DEMONYMS or lower in _AN_PEOPLES


# peoples whose adjective ends in "an" alone, and faiths and a party named the same
# way ("Anglican", "Republican"): a group, not a first name before a surname
_AN_PEOPLES = word_set(
    """american african mexican korean cuban german kenyan dominican moroccan chilean
    venezuelan jamaican samoan guatemalan tibetan ugandan rwandan rican roman
    anglican lutheran republican"""
)


# peoples whose adjective has none of the endings above ("the Swiss central bank")
_DEMONYMS = word_set(
    """swiss dutch french greek thai czech iraqi israeli saudi pakistani yemeni kuwaiti
    qatari omani emirati somali afghan welsh irish bangladeshi nepali"""
)


def role_shaped(word: str) -> bool:
    """A common word or one shaped like a role ("Journalist", "Assemblywoman",
    "Filmmaker", "Co-moderator"): before a first name, what someone is."""
    return (
        word in COMMON_WORDS
        or word.endswith(("man", "woman", "maker"))
        or word.startswith(("co-", "ex-"))
    )


def past_roles(words: list[str]) -> list[str]:
    """A name's words from the role before its first name on ("CEO Carly
    Fiorina" of "Hewlett-Packard CEO Carly Fiorina"; the first name among the
    third and fourth words, a word after it), or all of them."""
    first = next((i for i in range(2, min(4, len(words) - 1)) if is_first_name(words[i])), 0)
    return words[first - 1 :] if first and role_before(words[first - 1]) else words


def role_before(word: str) -> bool:
    """A word that says what someone is, just before a first name: a role
    ("Alderman", "Icon"), an acronym ("CEO", "SEAL"), "Korean-born"."""
    lower = word.lower()
    acronym = word.isupper() and word.isalpha() and len(word) > 1  # "CEO", not "J."
    if lower in FUNCTION_WORDS or (lower.endswith("s") and not acronym):
        return False  # "Supporters of Hillary Clinton", "Hollande Says Donald Trump"
    return role_shaped(lower) or acronym or lower.endswith("-born") or lower in TITLES


def role_synonyms(head: str) -> frozenset[str]:
    for group in ROLE_GROUPS:
        if head in group:
            return group
    return frozenset((head,))


def role_has(roles: set[str], word: str) -> bool:
    # "Russian" matches a role "russia" (from "Russia's lead negotiator")
    stem = word[:5]
    return any(role[:5] == stem for role in roles) or word in ("former", "top", "lead")


def person_of_place(name: str, titled: bool) -> int:
    """The length of the person's own name in "Tom Carper of Delaware" or
    "Angela Merkel of Germany" (where someone comes from or serves is no part of
    their name), else of the whole name: not "Bank of America", "University of
    Texas", nor "Daughters of Liberty". Someone is a person here by a title
    ("Sen. …", "King Abdullah of Jordan"), a known first name or an initial."""
    before, of, after = name.partition(" of ")
    if not of or not before:
        return len(name)
    words = before.split()
    if any(word.lower() in ORG_WORDS for word in words):
        return len(name)
    place = after.lower() in PLACES or after.lower() in COUNTRIES
    first_name = is_first_name(words[0])
    initial = any(len(word) == 2 and word.endswith(".") for word in words[1:])
    # a place alone tells a person ("Lee Zeldin of New York") from a body
    # ("Communications Workers of America") only by an unusual last word
    surname = place and words[-1].lower() not in COMMON_WORDS
    # "of Burke County": a county is where people live, not what a body is of
    county = after.endswith((" County", " Parish", " Township"))
    # "Holger Schmieding of Berenberg": two words that are no common words
    # name someone even when neither the first name nor the place is known
    # ("Republicans Jolly of …" opens with a group, not a first name)
    uncommon = (
        len(words) == 2
        and not any(word.lower() in COMMON_WORDS for word in words)
        and not group_word(words[0].lower())
    )
    person = titled or (len(words) > 1 and (first_name or initial or surname or county or uncommon))
    return len(before) if person else len(name)


def name_before_of(head: str) -> str:
    """ "Sen. Tom Carper" of "Sen. Tom Carper of Delaware" or "Ann Lee of the
    Cato Institute": the capitalised words before "of", which may be a
    person's name; "" if there are none."""
    before, of, _ = head.partition(" of ")
    if of and " " in before and all(word[:1].isupper() for word in before.split()):
        # each word capitalised, whatever its inner letters ("John McCain",
        # "CBC Chairman G.K. Butterfield"; str.istitle refuses both)
        return before
    return ""


# role words inside a run after which the name starts ("Party Chairman Ed Rendell")
INNER_ROLES = word_set(
    """chairman chairwoman chair leader director secretary spokesman spokeswoman
    spokesperson president minister governor senator adviser advisor strategist manager
    ambassador commissioner general judge counsel editor correspondent anchor host
    congressman congresswoman mayor sheriff attorney chief whip justice speaker
    committeeman committeewoman alderman councilman councilwoman delegate supervisor
    recorder treasurer comptroller auditor superintendent prosecutor editor-in-chief
    secretary-treasurer advocate seal actor actress co-anchor admiral"""
)


# A description that may stand for the one person the article titled so
# ("the Florida senator" for "Sen. Marco Rubio") when no role word ties it
# to a name: the head must be one of that person's title words.
DESCRIBED_TITLES = word_set(
    "senator candidate nominee leader president governor congressman congresswoman mayor sheriff"
)
_OFFICES = (
    word_set("senator sen sen."),
    word_set("governor gov gov."),
    word_set("congressman congresswoman rep rep. representative"),
    word_set("mayor"),
    word_set("sheriff"),
)
_PARTIES = (word_set("republican gop"), word_set("democratic democrat"))
# a party and state in AP style, the state's initial in group 1: "R-Ohio",
# "D-Calif.", "I-Vt."
PARTY_STATE = re.compile(r"[RDI]-([A-Z])[A-Za-z.]*")
# "Sen. Joni Ernst, R-Iowa", "Rep. Ann Lee (D-Ore.)": the state a member serves
_PARTY_STATE_AFTER = re.compile(r",? \(?" + PARTY_STATE.pattern)
# … or the party alone ("Ed Rendell (D)"), or the state alone ("Sen. Ted Cruz
# (Tex.)", "Rep. Ann Lee (N.Y.)", "Sen. Joni Ernst (Iowa)")
_PARTY_STATE_CLOSING = re.compile(
    r" \((?:" + PARTY_STATE.pattern + r"|[RDI]|(?P<alone>(?!(?:Inc|Co|Corp|Ltd)\.)[A-Z][a-z]{1,4}\."
    r"|[A-Z]\.[A-Z]\.|(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?)))\)$"
)


def without_party_state(mention: str) -> int:
    """The length of ``mention`` without the party and state, the party or
    the state in brackets closing it ("Sen. Ann Lee (D-Ore.)", "Ed Rendell
    (D)", "Sen. Ted Cruz (Tex.)"; not "Ann Lee (Reuters)")."""
    tag = _PARTY_STATE_CLOSING.search(mention) if mention.endswith(")") else None
    if tag is None or (tag["state"] and tag["state"].lower() not in PLACES):
        return len(mention)
    if tag["alone"] and " and " in mention:
        # "Pat Lee (Pa.) and Tom Ray (Iowa)": a state closes the last of two names
        return len(mention)
    return tag.start()


def unlike_description(roles: set[str], head: str, modifiers: list[str]) -> bool:
    """Whether someone's known roles rule out a description: another office
    ("the Florida senator" is no governor), the other party, a nationality
    their roles do not show ("the French president" for "President Obama"),
    or another place ("the Florida senator" for "Texas Sen. Ted Cruz")."""
    office = next((group for group in _OFFICES if head in group), None)
    if office is not None and any(
        group is not office and not group.isdisjoint(roles) for group in _OFFICES
    ):
        return True
    for one, other in (_PARTIES, _PARTIES[::-1]):
        if not one.isdisjoint(modifiers) and not other.isdisjoint(roles):
            return True
    for word in modifiers:
        if role_has(roles, word):
            continue
        if word in PLACES or word in COUNTRIES:
            if any(role in PLACES or role in COUNTRIES for role in roles):
                return True
        elif nationality_shaped(word) and word not in _PARTY_WORDS:
            return True
    return False


_PARTY_WORDS = _PARTIES[0] | _PARTIES[1]


def state_after(text: str, end: int) -> str:
    """The initial of the state in a party tag after a name (", R-Iowa"), or ""."""
    tag = _PARTY_STATE_AFTER.match(text, end)
    return tag.group(1).lower() if tag else ""
