"""What a run of capitalised words says on its own: the title words in front
of the name ("Sen.", "Party Chairman"), where the name starts and ends, its
kind (person or organisation) and the gender its first name or title gives."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from verify.extraction.common_words import COMMON_WORDS
from verify.extraction.entity_roles import (
    INNER_ROLES,
    PERSONAL_TITLES,
    RANKS,
    is_prefix_word,
    nationality_shaped,
    person_of_place,
    titled,
)
from verify.extraction.family_names import CHINESE_FAMILY_NAMES, chinese_family_first
from verify.extraction.lexicon import plural_shaped, word_set
from verify.extraction.name_words import (
    COUNTRIES,
    FEMALE_NAMES,
    FUNCTION_WORDS,
    MALE_NAMES,
    ORG_WORDS,
    PLACES,
    TITLES,
    group_word,
    is_first_name,
)
from verify.extraction.types import EntityKind

# titles written with a full stop ("Sen."), in and before a run
ABBREVIATED_TITLES = (
    *("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Sen"),
    *("Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Rev", "Prof"),
)
_INNER_POSSESSIVE = re.compile(r"['\u2019]s(?=[ \u00a0])|(?<=s)['\u2019](?=[ \u00a0])")
_NON_SPACE = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"(?:['\u2019]s?|(?<!\bJr)(?<!\bSr)\.)$")  # "Jr." keeps its full stop


# a NamedTuple, not a frozen dataclass, for the reason given at entity_clusters.Mention
class Run(NamedTuple):
    """What a run of capitalised words says on its own."""

    roles: tuple[str, ...]
    name_start: int
    name: str
    tokens: tuple[str, ...]
    kind: EntityKind
    # "f" / "m" for a woman's or a man's first name (several words only), "" otherwise
    first_name_gender: str
    # "m" / "f" from a title such as "Mr." or "Mrs.", "" otherwise
    title_gender: str
    # the word a lone mention may name this person by (see surname_of)
    surname: str
    # "Ban Ki-moon": the family name first (see family_name_first)
    family_first: bool


def lone_name(name: str) -> Run:
    """A one-word name of a person known from other mentions ("Ban" of "Ban
    Ki-moon", "Roffman" of "Marvin Roffman")."""
    return Run((), 0, name, (name,), "person", "", "", name, False)


# the same names recur within and across articles, and what a run's words
# say (title words, where the name starts and ends) depends on them alone
@lru_cache(maxsize=4096)
def run_info(run: str) -> Run | None:
    parsed = _parse_run(run)
    if parsed is None:
        return None
    roles, name_start, name_end = parsed
    name = run[name_start:name_end]
    tokens = tuple(name.split())
    if len(tokens) > 1 and tokens[-1].lower() in _PARTY_MEMBERS and _a_place(tokens[:-1]):
        return None  # "the Wisconsin Republican", "one New Hampshire Democrat": who, not a name
    title_gender = ""
    if any(r in ("mr", "sir", "lord", "king") for r in roles):
        title_gender = "m"
    if any(r in ("mrs", "ms", "queen", "dame") for r in roles):
        title_gender = "f"
    first = tokens[0].lower() if len(tokens) > 1 else ""
    gender = "f" if first in FEMALE_NAMES else "m" if first in MALE_NAMES else ""
    # "Sen. Jordan", "Mr. Turkey": a personal title makes a person of any name
    kind: EntityKind = "person" if titled(roles) else name_kind(name)
    family_first = family_name_first(tokens)
    return Run(
        roles,
        name_start,
        name,
        tokens,
        kind,
        gender,
        title_gender,
        surname_of(tokens),
        family_first,
    )


def _parse_run(run: str) -> tuple[tuple[str, ...], int, int] | None:
    """Title words, and the start and end of the name within ``run``."""
    words = list(_NON_SPACE.finditer(run))
    if len(words) == 2 and run[: without_possessive(run, 0)] in _WHOLE_NAMES:
        return (), 0, without_possessive(run, 0)  # "The Hill", "General Electric"
    roles: list[str] = []
    first = 0
    # "State Department", "Republican Party": before an organisation word a
    # title word is part of the organisation's name (not in a run of title
    # words only: "GOP", "White House" stay out, as titles of their people)
    organisation = bool(words) and is_prefix_word(words, 0) and _organisation_run(run)
    while first < len(words) and is_prefix_word(words, first):
        if organisation and words[first].group().lower() not in FUNCTION_WORDS:
            break
        roles.append(words[first].group().lower().rstrip("."))
        first += 1
    if first == len(words) > 1 and roles[-2] in _HONORIFICS and roles[-1] not in _ADDRESSES:
        # "Ms. White", "Rep. King": a surname that is also a title's word
        # (not "Mr. President", "Madam Speaker")
        first -= 1
        roles.pop()
    # "Secretary of State John Kerry", "Party Chairman Ed Rendell": the name
    # follows the last role word of the run
    for inner in range(len(words) - 2, first, -1):
        role = words[inner].group().lower().rstrip(".")
        # "Secretary of State John Kerry", "Director of Government Affairs Phil
        # Smith": the words after a role's "of" and before a first name are the role's
        after_of = (role in ("state", "staff") and words[inner - 1].group() == "of") or (
            is_first_name(words[inner + 1].group()) and _after_role_of(words, inner)
        )
        # ("South Korean-born Monte Haines": where someone was born is a role too)
        born = role.endswith("-born")
        party = role in _PARTY_MEMBERS and _names_after(words, inner)
        if (
            role in INNER_ROLES
            or after_of
            or born
            or party
            or words[inner].group() in _INNER_TITLES
        ):
            if words[inner + 1].group() not in NAME_SUFFIXES:
                roles.extend(w.group().lower().rstrip(".") for w in words[first : inner + 1])
                first = inner + 1
            break
    opening = words[first].group().lower() if first < len(words) - 2 else ""
    if opening in _RECORDINGS and words[first + 1].group() == "of":
        first += 1  # "Footage of Al-Awlaki": the recording shows the person, it is no name
    if first < len(words) - 1 and words[first].group() == "of":
        first += 1  # "Instead of Cardin", "Democrat of Delaware": no name opens with "of"
    if first == len(words) or (len(words) - first > 2 and run.isupper()):
        return None  # no name left, or a headline ("MAKE AMERICA GREAT AGAIN")
    name_start = words[first].start()
    name_end = without_possessive(run, name_start)
    name_end = name_start + person_of_place(run[name_start:name_end], titled(roles))
    if name_end <= name_start or run[name_start:name_end].lower() in FUNCTION_WORDS:
        return None
    return tuple(roles), name_start, name_end


# titles before a surname, and the titles they also stand before when
# someone is addressed by office ("Mr. President")
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "prof", "rev"))
_ADDRESSES = (PERSONAL_TITLES - RANKS) | frozenset(
    ("speaker", "chairman", "chairwoman", "chair", "vice", "democrat", "republican", "gop")
)
NAME_SUFFIXES = frozenset(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"))


def _after_role_of(words: list[re.Match[str]], inner: int) -> bool:
    """Whether the word at ``inner`` is one of the first three after a role
    and its "of" ("Supervisor of Elections", "Director of Government Affairs")."""
    for of in range(inner - 1, max(inner - 4, 0), -1):
        if words[of].group() == "of":
            return words[of - 1].group().lower() in INNER_ROLES
    return False


# "Ranking Democrat Ann Lee", "North Dakota Republican Bette Lund": a party's
# member before a name says what the person is
_PARTY_MEMBERS = frozenset(("democrat", "republican"))


def _a_place(words: tuple[str, ...]) -> bool:
    lower = " ".join(words).lower()
    return lower in PLACES or lower in COUNTRIES


def _names_after(words: list[re.Match[str]], inner: int) -> bool:
    """Whether the two or three words after ``inner`` may be a person's name:
    none a common word or an organisation's ("Republican National Committee",
    "Republican Tax Plans"), the first no people's word ("Republican Cuban
    American")."""
    after = [word.group().lower() for word in words[inner + 1 :]]
    return (
        2 <= len(after) <= 3
        and not nationality_shaped(after[0])
        and not any(word in COMMON_WORDS or word in ORG_WORDS for word in after)
    )


# what shows a person, opening a sentence before "of" and the name
_RECORDINGS = frozenset(
    ("footage", "video", "videos", "audio", "photos", "pictures", "images", "recordings", "tapes")
)


def surname_of(tokens: tuple[str, ...]) -> str:
    """The word a lone mention may name this person by: the last, or the one
    before a suffix ("Hurt" of "Harry Hurt III")."""
    return tokens[-2] if len(tokens) > 2 and tokens[-1] in NAME_SUFFIXES else tokens[-1]


def suffixed(tokens: tuple[str, ...] | list[str]) -> bool:
    return len(tokens) > 1 and tokens[-1] in NAME_SUFFIXES


# "Texas Sen. Ted Cruz", "Ohio Gov. John Kasich": an abbreviated title inside
# a run ("St." may be a place's: "Mount St. Helens")
_INNER_TITLES = frozenset(f"{title}." for title in ABBREVIATED_TITLES) - {"Jr.", "Sr.", "St."}


def without_possessive(run: str, start: int) -> int:
    match = _POSSESSIVE.search(run, start)
    if match and not run[start:].isupper():
        return match.start()
    return len(run)


def _organisation_run(run: str) -> bool:
    last = run[run.rfind(" ") + 1 : without_possessive(run, 0)].lower()
    if " of " in run:
        # "Republican Party of Wyoming": the organisation word before "of"
        last = run[: run.find(" of ")].rsplit(" ", 1)[-1].lower()
    return last in ORG_WORDS and last not in TITLES


# names whose first word would read as a title: publications named with
# "The" ("The Hill", not "Hill", the surname of Fiona Hill) and companies
# named "General" ("General Electric" is no general)
_WHOLE_NAMES = frozenset(
    [
        *(f"The {name}" for name in ("Hill", "Atlantic", "Guardian", "Economist", "Intercept")),
        *(f"The {name}" for name in ("Blaze", "Nation", "Independent")),
        *(f"General {name}" for name in ("Electric", "Motors", "Dynamics", "Mills")),
    ]
)


def split_at_possessives(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # "Ukraine's Sumy region" names two things
    parts = []
    for match in _INNER_POSSESSIVE.finditer(text[start:end]):
        parts.append((start, start + match.end()))
        start += match.end() + 1
    parts.append((start, end))
    return parts


def name_kind(name: str) -> EntityKind:
    """Organisation if the name carries an organisation word or is a country
    or an acronym; otherwise person."""
    words = name.lower().replace("\u2019", "'").split()
    if any(w in ORG_WORDS for w in words) or (len(words) == 1 and words[0] in COUNTRIES):
        return "organization"
    if " ".join(words) in PLACES:
        return "organization"  # a place speaks only as its government or people
    if len(words) == 1 and name.isupper() and len(name) > 1:
        return "organization"
    if len(words) == 1 and group_word(words[0]):
        return "organization"  # "Muslims", "Republicans": many people, never "he"
    if len(words) > 1 and _plural(words[-1]) and " ".join(words[:-1]) in PLACES:
        # "New Hampshire Elks", "Dallas Cowboys": a club or a team (not a
        # paper's hyphened name, "Chicago Sun-Times", known by its last word)
        return "organization"
    if len(words) > 1 and words[-1] in _FEASTS and not is_first_name(words[0]):
        return "organization"  # "Election Day", "New Year", not "Doris Day"
    if len(words) > 1 and words[0] in _PLACE_OPENERS and (_new_place(words) or _region(words)):
        return "organization"  # "New Paltz", "East Germany", "Central Asia": places
    if "-" in name and (words[-1].endswith("-era") or _prefixed(words)):
        return "organization"  # "World War II-era": a time; "Pro-Islamic State", "Ex-CIA"
    if name in _WHOLE_NAMES or (len(words) > 1 and words[-1] in _NO_PERSON_ENDS):
        # "The Hill"; "Super Tuesday", a day; "Minnesota Democratic", of a party: never "he"
        return "organization"
    return "person"


def _new_place(words: list[str]) -> bool:
    """ "New Paltz", "New York Times": no one's name opens with "New" (but
    "New Yorker Ann Lee" names her)."""
    return words[0] == "new" and not any(is_first_name(word) for word in words[1:])


def _prefixed(words: list[str]) -> bool:
    """ "Pro-Islamic State", "Anti-Trump", "Ex-CIA": an adjective's prefix and
    no first name after it, never a person's name."""
    return words[0].startswith(_PREFIXES) and not any(is_first_name(word) for word in words[1:])


_PREFIXES = ("pro-", "anti-", "ex-", "non-", "post-", "pre-")


def _region(words: list[str]) -> bool:
    """ "East Germany", "Central Asia": a compass word before a country or a place."""
    return (
        len(words) == 2 and words[0] in _COMPASS and (words[1] in COUNTRIES or words[1] in PLACES)
    )


_COMPASS = word_set(
    """north south east west central northern southern eastern western northeast
    northwest southeast southwest"""
)


# the first words of _new_place's and _region's names: one set test for most names
_PLACE_OPENERS = _COMPASS | {"new"}


def _plural(word: str) -> bool:
    return plural_shaped(word) and "-" not in word


def family_name_first(tokens: tuple[str, ...]) -> bool:
    """ "Ban Ki-moon", "Kim Jong-un": a Korean name, family name first, whose
    given name is written with a hyphen and a small letter after it; or a
    Chinese one ("Xi Jinping", see family_names)."""
    if len(tokens) != 2:
        return False
    if tokens[1][1:].count("-") == 1:
        return tokens[1].split("-")[1].islower()
    return tokens[0].lower() in CHINESE_FAMILY_NAMES and chinese_family_first(tokens)


def given_name(words: tuple[str, ...] | list[str]) -> str:
    """The first name of a name, past one or two words before it that are
    none ("Sarah" of "Comedian Sarah Lee", "Dorothy" of "Benghazi Widow
    Dorothy Woods")."""
    for word in words[: min(3, len(words) - 1)]:
        if is_first_name(word):
            return word
        if not word[:1].isupper():
            break  # "Support of Ted Cruz": no name before it
    return words[0]


def undoubled(word: str) -> str:
    return _DOUBLED_LETTER.sub(r"\1", word)


_DOUBLED_LETTER = re.compile(r"(\w)\1")
# a feast's or a day's name, unless after a first name ("Doris Day")
_FEASTS = frozenset(("day", "eve", "year"))
# the last word of a name that makes it a day, a party's adjective, a law, a
# place or a firm, never a person ("Super Tuesday", "Affordable Care Act",
# "Broad Street", "Scarborough Shoal", "United Technologies"); none is a common surname
_NO_PERSON_ENDS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday democratic act acts
    agreement accord accords treaty plan amendment doctrine initiative program programme
    street avenue boulevard road highway bridge canal river island islands sea ocean gulf
    strait peninsula valley mountains desert shoal reef heights square plaza airport
    station stadium arena hotel hospital school college academy museum prize award awards
    summit conference convention partnership partners technologies industries systems
    holdings airlines airways enterprises pharmaceuticals laboratories communications
    studios live action project report index security park republic state"""
)
