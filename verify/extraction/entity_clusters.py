"""The entity index's mentions and clusters, and how a run of capitalised
words joins a cluster: by its name, its surname, a paper's short name or a
family name written first (see ClusterBuilder.add_run)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from verify.extraction.common_words import COMMON_WORDS
from verify.extraction.entity_roles import nationality_shaped, people_word
from verify.extraction.lexicon import word_set
from verify.extraction.name_runs import (
    Run,
    given_name,
    lone_name,
    run_info,
    suffixed,
    surname_of,
    undoubled,
    without_possessive,
)
from verify.extraction.name_words import COUNTRIES, PLACES, group_word, is_first_name
from verify.extraction.outlets import outlet_at
from verify.extraction.types import Entity, EntityKind


@dataclass(slots=True)
class Cluster:
    forms: list[str] = field(default_factory=list)
    kind: EntityKind = "person"
    roles: set[str] = field(default_factory=set)
    gender: str = ""

    def entity(self, unlike: frozenset[str] = frozenset()) -> Entity:
        """The record, named by the longest form not in ``unlike``; among
        equally long ones the first the article uses."""
        named = [form for form in self.forms if form not in unlike] or self.forms
        name = max(named, key=lambda form: (len(form.split()), len(form), -self.forms.index(form)))
        aliases = tuple(sorted({form for form in self.forms if form != name}))
        return Entity(name=name, kind=self.kind, aliases=aliases)


# a NamedTuple, not a frozen dataclass: an article has dozens of mentions,
# and a frozen dataclass sets each field through object.__setattr__
class Mention(NamedTuple):
    start: int
    end: int
    text: str
    cluster: int
    # where the run of capitalised words began, titles included
    run_start: int = -1


class ClusterBuilder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.mentions: list[Mention] = []
        self.clusters: list[Cluster] = []
        self.by_form: dict[str, int] = {}
        self.by_surname: dict[str, int] = {}
        # the person of each gender most named with a surname (see
        # _more_named): "Mrs. Clinton" after "Bill Clinton" is still Hillary
        self.by_gendered_surname: dict[tuple[str, str], int] = {}
        # mentions so far of each cluster, by its number
        self.times_named: dict[int, int] = {}
        # the publication each last word ("Post") of a longer name ends, -1
        # when two end with it ("Los Angeles Times", "New York Times")
        self.by_publication_word: dict[str, int] = {}
        # people whose family name comes first ("Ban" of "Ban Ki-moon")
        self.by_family_name: dict[str, int] = {}
        # people named in three words by the middle one ("Ms. Acosta" of
        # "Melba Acosta Febo", "Rodham" of "Hillary Rodham Clinton")
        self.by_middle_name: dict[str, int] = {}
        # lone words that run_info read as a people's ("Brafman" like "Iranian"),
        # kept until every run is in: they may be the surname of someone named later
        self.later: list[tuple[int, str, int, bool]] = []
        # the people named in full (first name and surname) by each surname
        self.full_named: dict[str, set[int]] = {}

    def add_run(self, start: int, run: str, end: int = -1, counted: bool = True) -> None:
        """Adds the run of capitalised words ``run`` found at ``start``; ``end``
        where the words of a name written in pieces end (see name_joins)."""
        info = run_info(run) or self._known_surname(run)
        if info is None:
            if " " not in run and nationality_shaped(run) and not _people_or_place(run):
                self.later.append((start, run, end, counted))  # see finish
            return
        if " of " in info.name:
            info = self._surname_of_place(info)
        if info.kind != "person" and self._surname_described(info.name, start + len(run)):
            info = lone_name(info.name)  # "Washington, star of …" after "Kerry Washington"
        self._add_mention(start, info, end, counted)
        tokens = info.tokens
        if info.surname == "Show" and len(tokens) == 3 and is_first_name(tokens[0]):
            # "The Ann Voss Show" names its host: a later "Voss" is Ann Voss
            # (a name, not a mention: the show is not the person)
            host = run_info(f"{tokens[0]} {tokens[1]}")
            if host is not None and host.kind == "person":
                self._cluster_for(host, counted=False)

    def _add_mention(self, start: int, info: Run, end: int, counted: bool) -> None:
        cluster = self._cluster_for(info, counted)
        if info.roles and (len(info.tokens) > 1 or not self._shared_surname(info, cluster)):
            self.clusters[cluster].roles.update(info.roles)
        name_start = start + info.name_start
        name_end = end if end >= 0 else name_start + len(info.name)
        # tuple.__new__ builds the record in C; Mention(...) would call the
        # named tuple's constructor, a Python function, for every mention
        mention = (name_start, name_end, info.name, cluster, start)
        self.mentions.append(tuple.__new__(Mention, mention))

    def _shared_surname(self, info: Run, cluster: int) -> bool:
        """Whether a lone surname (``info``, one word: "President Bush") is
        also that of another person named in full whom nothing tells apart
        ("George W. Bush" beside "Jeb Bush"): its title may be either's, so it
        is given to neither."""
        if info.kind != "person":
            return False
        gender = self.clusters[cluster].gender
        return any(
            other != cluster and self.clusters[other].gender in ("", gender)
            for other in self.full_named.get(info.surname, ())
        )

    def add_joined(self, begin: int, first: int, name: str, end: int) -> None:
        """Adds a name written in pieces (see name_joins) whose first name
        starts at ``first`` in the run from ``begin``: with the run's titles
        ("Dr. George Smith"), not its other words ("Marine George Smith")."""
        info = run_info(self.text[begin : first + len(name.split()[0])])
        if info is None or begin + info.name_start != first:
            begin = first
        self.add_run(begin, self.text[begin:first] + name, end)

    def _known_surname(self, run: str) -> Run | None:
        """ "Roffman", "Ryan": a lone word shaped like a nationality ("Russian")
        is the surname of someone already named in full ("Marvin Roffman"), or
        the family name of someone named family name first ("Ban Ki-moon")."""
        name = run[: without_possessive(run, 0)]
        if " " not in name and name in self.by_family_name:
            return lone_name(name)  # "Ban" of "Ban Ki-moon"
        if " " in name or name not in self.by_surname:
            return None
        full = [form.split() for form in self.clusters[self.by_surname[name]].forms]
        # not "Vatican" of "Radio Vatican", nor "American" of "Korean American"
        # ("Allan Lichtman": a first name may end like a people's word)
        if not any(1 < len(words) < 4 and not people_word(words[0]) for words in full):
            return None
        return lone_name(name)

    def named_in_full(self, surname: str) -> bool:
        """Whether someone has been named by a first name and ``surname``."""
        index = self.by_surname.get(surname, -1)
        return index >= 0 and any(" " in form for form in self.clusters[index].forms)

    def _surname_of_place(self, info: Run) -> Run:
        """ "DeSantis" of "DeSantis of Ponte Vedra Beach", "Jolly" of
        "Republicans Jolly of Indian Shores": a one-word name before "of" that
        is the surname of someone the text has named in full is that person
        from that place (after a people's or a party's plural, as its member),
        not a body of the place."""
        before = info.name[: info.name.index(" of ")].split(" ")
        if len(before) > 2 or (len(before) == 2 and not group_word(before[0].lower())):
            return info
        known = self._known_surname(before[-1])
        if known is None:
            return info
        offset = info.name_start + info.name.index(before[-1])
        return known._replace(name_start=offset)

    def _surname_described(self, name: str, end: int) -> bool:
        """Whether a place's one-word name ("Washington", "Israel") is the
        surname of someone the text has named in full ("Kerry Washington",
        "Steve Israel") and is described or speaks as a person where it
        stands: followed by ", who", ", a …", ", star of …" or "said"."""
        index = self.by_surname.get(name, -1)  # (most names: no one's surname)
        if index < 0 or not any(" " in form for form in self.clusters[index].forms):
            return False
        if _PERSON_ASIDE.match(self.text, end) is not None:
            return True
        place = name.lower() in PLACES or name.lower() in COUNTRIES
        return place and self.surname_speaking(name, end)

    def surname_speaking(self, word: str, end: int) -> bool:
        """Whether ``word`` (a place, or a word capitalised by its place that
        is no name alone: "Israel", "From", "May") is the surname of someone
        the text names in full by a first name and that surname ("Steve
        Israel", "Al From", "Theresa May"; not a headline's "The Most Powerful
        Things Latinos") and speaks where it stands ("From said")."""
        index = self.by_surname.get(word, -1)  # (most words: no one's surname)
        if index < 0 or _SPEECH_AFTER.match(self.text, end) is None:
            return False
        return any(
            form.count(" ") == 1 and form.split()[0].lower() not in COMMON_WORDS
            for form in self.clusters[index].forms
        )

    def finish(self) -> None:
        """Adds the lone words shaped like a people's adjective that turned
        out to be surnames, and marks the names with no title or first name that
        stand for an outlet where they are written ("Gawker reported", "a
        reporter for Agence France-Presse") as bodies: no he or she."""
        for start, run, end, counted in self.later:
            # "Brafman said" before the text names Ben Brafman, "Smbatyan" of
            # "Roman Smbatyan" (whose first name is also a people's word)
            name = run[: without_possessive(run, 0)]
            index = self.by_surname.get(name, -1)
            if index >= 0 and any(0 < form.count(" ") < 3 for form in self.clusters[index].forms):
                self._add_mention(start, lone_name(name), end, counted)
        untitled: dict[int, bool] = {}  # by cluster: asked once, not per mention
        for mention in self.mentions:
            cluster = self.clusters[mention.cluster]
            if cluster.kind != "person":
                continue
            if (person := untitled.get(mention.cluster)) is None:
                person = untitled[mention.cluster] = self._untitled(cluster)
            if person and outlet_at(self.text, mention.start, mention.end):
                cluster.kind = "organization"

    @staticmethod
    def _untitled(cluster: Cluster) -> bool:
        """Named with no title or known first name ("Gawker", "Agence France-Presse")."""
        return not cluster.gender and not cluster.roles

    def _cluster_for(self, info: Run, counted: bool = True) -> int:
        _, _, name, tokens, kind, first_name_gender, title_gender, surname, family_first = info
        person, one_word = kind == "person", len(tokens) == 1
        if one_word and person and surname in self.by_surname:
            index = self._surname_cluster(surname, title_gender)
        elif one_word and person and name in self.by_family_name:
            index = self.by_family_name[name]
        elif one_word and person and name in self.by_middle_name:
            index = self.by_middle_name[name]
        elif one_word and self.by_publication_word.get(name, -1) >= 0:
            # "the Post" after "The Washington Post": a paper's short name
            index = self.by_publication_word[name]
        else:
            index = self.by_form.get(name, -1)
            if index < 0:
                index = self._same_person_or_new(tokens, kind, surname)
        cluster = self.clusters[index]
        if name not in cluster.forms:
            cluster.forms.append(name)
        if not one_word and cluster.kind == "person" and not cluster.gender:
            # "Kim Jong-un": a family name first says nothing of gender
            cluster.gender = "" if family_first else first_name_gender
        if person and (family_first or (not one_word and tokens[1].lower() in _SON_OF)):
            # "Ban" of "Ban Ki-moon"; "Alwaleed" of "Alwaleed Bin Talal", known by his own name
            self.by_family_name.setdefault(tokens[0], index)
        if person and len(tokens) == 3 and _middle_surname(tokens):
            self.by_middle_name.setdefault(tokens[1], index)
        if title_gender:
            cluster.gender = title_gender
        self.by_form.setdefault(name, index)
        self.times_named[index] = self.times_named.get(index, 0) + counted
        if not one_word and surname.lower() in _PUBLICATION_WORDS:
            known = self.by_publication_word.setdefault(surname, index)
            if known != index:
                self.by_publication_word[surname] = -1
        if person:
            if not one_word:
                self.full_named.setdefault(surname, set()).add(index)
            self._more_named(self.by_surname, surname, index)
            if not one_word and suffixed(tokens):
                self.by_surname.setdefault(tokens[-1], index)  # "Donald Jr." of "Donald Trump Jr."
            if cluster.gender:
                self._more_named(self.by_gendered_surname, (surname, cluster.gender), index)
        return index

    def _more_named[K](self, by: dict[K, int], key: K, index: int) -> None:
        """Of two people with one surname, ``by[key]`` becomes the one a lone
        surname means: the one named more often so far, the later on a tie
        ("said Sanders" is Bernie Sanders, named throughout, not Jane Sanders
        named once since)."""
        known = by.get(key)
        if known is None or self.times_named[known] <= self.times_named[index]:
            by[key] = index

    def _surname_cluster(self, surname: str, title_gender: str) -> int:
        """ "Bush": the Bush named most, unless a title says another gender
        ("Mr. Trump" after "Ivanka Trump")."""
        index = self.by_surname[surname]
        if title_gender and self.clusters[index].gender not in ("", title_gender):
            # "Mrs. Trump" with only Donald Trump named before: someone new
            index = self.by_gendered_surname.get((surname, title_gender), len(self.clusters))
            if index == len(self.clusters):
                self.clusters.append(Cluster())
        return index

    def _same_person_or_new(self, tokens: tuple[str, ...], kind: EntityKind, surname: str) -> int:
        # "Donald Trump Jr." may be "Donald Jr." named before
        keys = (surname, tokens[-1]) if kind == "person" and suffixed(tokens) else (surname,)
        index = -1
        for key in keys if kind == "person" else ():
            index = self.by_surname.get(key, -1)
            if index >= 0 and len(tokens) > 1 and self._other_first_name(index, tokens):
                index = -1  # "Jeb Bush" is not "George W. Bush"
            if index >= 0:
                break
        if index < 0:
            index = len(self.clusters)
            self.clusters.append(Cluster(kind=kind))
        return index

    def _other_first_name(self, index: int, tokens: tuple[str, ...]) -> bool:
        # "Hilary Clinton" misspells "Hillary Clinton": a doubled letter
        # makes no other person; "Donald Trump Jr." is not "Donald Trump"
        forms = self.clusters[index].forms
        particle = tokens[0].lower() in _PARTICLES
        written = f" {' '.join(tokens)}".lower() if particle else ""
        if any((particle and f.lower().endswith(written)) or _ends_with(f, tokens) for f in forms):
            # "Le Pen" of "Jean-Marie Le Pen", "De Blasio" of "Bill de Blasio",
            # "Von der Leyen" of "Ursula von der Leyen", "Wasserman Schultz" of
            # "Debbie Wasserman Schultz": a surname of several words, no first name
            return False
        spelled = undoubled(given_name(tokens))
        return any(
            len(words) > 1
            and (
                undoubled(given_name(words)) != spelled
                or suffixed(words) != suffixed(tokens)
                or _other_surname_or_initials(words, tokens)
            )
            for words in (form.split() for form in forms)
        )


def _other_surname_or_initials(words: list[str], tokens: tuple[str, ...]) -> bool:
    """Two names with one first name and suffix that are two people: other
    surnames ("Joseph R. Biden Jr.", "Joseph F. Dunford Jr.", met by the suffix
    a "Donald Jr." is known by) or other middle initials ("George W. Bush",
    "George H.W. Bush")."""
    if len(words) < 3 or len(tokens) < 3:
        return False  # (most names: "Donald Trump", "Donald Jr.")
    if surname_of(tuple(words)) != surname_of(tokens):
        return True
    mine, theirs = _initials(words), _initials(tokens)
    return bool(mine) and bool(theirs) and mine != theirs


def _initials(words: Sequence[str]) -> list[str]:
    """The middle initials of a name ("H.W." of "George H.W. Bush")."""
    return [
        word for word in words[1:-1] if word.endswith(".") and word[:1].isupper() and len(word) < 6
    ]


def _people_or_place(word: str) -> bool:
    """ "Republican", "Iran", "Michigan": a word that may stand for no one's surname."""
    lower = word.lower()
    return people_word(word) or lower in COUNTRIES or lower in PLACES


# an aside that describes a person: ", who …", ", a …", ", star of …"; not a
# place (", a city of …")
_PERSON_ASIDE = re.compile(
    r",[ \u00a0](?:who|whose|a|an|[a-z]+ of)[ \u00a0]"
    r"(?!(?:city|town|village|county|state|country|nation|capital|region)\b)"
)

# a speech verb right after a name ("Israel said")
_SPEECH_AFTER = re.compile(r"[ \u00a0](?:said|says|told|added|asked|wrote|noted|argued)\b")

# the words a family name may open with ("Le Pen", "de Blasio", "Van Hollen")
_PARTICLES = word_set("le la de del della di da du des van von der den ter in 't al el bin ibn")


def _ends_with(form: str, tokens: tuple[str, ...]) -> bool:
    """Whether a surname of two words ("Wasserman Schultz", "De Blasio"; no
    first name) and a name of at most four words ending in it ("Debbie
    Wasserman Schultz", "Bill de Blasio") are ``form`` and ``tokens``, either
    way round, whatever the case."""
    spaces = form.count(" ")
    if spaces == len(tokens) - 1 or (spaces != 1 and len(tokens) != 2):
        return False  # (most calls: names of as many words, or neither of two)
    shorter, longer = (form.split(), tokens) if spaces == 1 else (tokens, form.split())
    if not 2 < len(longer) < 5 or is_first_name(shorter[0]):
        return False
    if any(word.lower() in COMMON_WORDS for word in longer[:-2]):
        return False  # "Conservative Icon Morton Blackwell" of a headline: roles
    return [w.lower() for w in longer[-2:]] == [w.lower() for w in shorter]


# "Alwaleed Bin Talal", "Ahmed ibn Saud": an Arabic name with the father's
# name after "bin" (son of), whose bearer a lone first word names
_SON_OF = word_set("bin ibn bint")


def _middle_surname(tokens: tuple[str, ...]) -> bool:
    """Whether the middle of three words may be a surname: "Acosta", "Rodham";
    not an initial or a first name, nor in a name closing with a common word
    ("Rachel Maddow Show", "Hurun Report")."""
    word = tokens[1]
    if len(word) < 3 or not word.isalpha() or is_first_name(word):
        return False
    return tokens[2].lower() not in COMMON_WORDS


# the last word of a newspaper's or magazine's name, by which the text may
# name it alone ("the Times", "the Journal")
_PUBLICATION_WORDS = word_set("post times journal globe tribune herald examiner magazine")
