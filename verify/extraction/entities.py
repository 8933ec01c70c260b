"""Who the article names, and which of them a mention refers to.

Public API (used by the quote and the claim stages):

    index = find_entities(text)
    index.entities                      # every person/organisation named, fullest name first
    index.resolve(start, end)           # Entity | None for the words text[start:end]:
                                        # a name ("Zelensky"), a pronoun ("she") or a
                                        # description ("the Russian leader")
    index.named_at(start, end)          # Entity | None, names only (no pronoun look-back)

Names are found with capitalisation rules, not a model: a run of capitalised
words, minus the titles and sentence-initial function words in front of it.
Mentions that share a surname form one entity whose name is the longest form
the article uses ("Volodymyr Zelensky" for "President Zelensky").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import islice
from operator import attrgetter
from string import ascii_uppercase

from verify.extraction.common_words import COMMON_WORDS
from verify.extraction.entity_clusters import Cluster, ClusterBuilder, Mention
from verify.extraction.entity_roles import (
    DESCRIBED_TITLES,
    past_roles,
    role_before,
    role_has,
    role_synonyms,
    role_words_before,
    state_after,
    unlike_description,
)
from verify.extraction.lexicon import plural_shaped, word_set
from verify.extraction.name_joins import (
    before_a_headline,
    first_name_owners,
    joined_names,
    named_alone,
)
from verify.extraction.name_runs import (
    ABBREVIATED_TITLES,
    given_name,
    split_at_possessives,
    without_possessive,
)
from verify.extraction.name_words import (
    BODIES_BEFORE_FOR,
    COUNTRIES,
    FEMALE,
    FUNCTION_WORDS,
    MALE,
    ORG_WORDS,
    PLACES,
    PRONOUNS,
    SENTENCE_ADVERBS,
    SENTENCE_OPENERS,
    group_word,
    is_first_name,
)
from verify.extraction.pronoun_gender import gender_by_pronouns
from verify.extraction.reports.cue_words import CUE_WORDS
from verify.extraction.segmentation import in_title_case
from verify.extraction.things_named import credit_line, thing_by_pronouns
from verify.extraction.types import Entity

_UPPER = r"[A-Z\u00c0-\u00de\u0400-\u042f]"
# a full stop belongs to a word only in initials and abbreviations, so that a
# run never crosses a sentence end ("... in Ukraine. Trump said")
# A word of a run: an abbreviated title ("Sen."), initials ("U.S.", "J.")
# or a capitalised word, written after its first letter (a capital in every
# branch): each word is one character class and this, so that the regex
# engine skips to the next capital letter instead of trying every position.
# On "a-zA-Z0-9" in a class with \w, see _MENTION_WORD.
# The titles are tried only when one to three small letters and a full stop
# follow (as in every title): most words fail that one test instead of
# sixteen branches.
_WORD_AFTER_CAPITAL = (
    r"(?:(?=[a-z]{1,3}\.)(?:"
    + "|".join(rf"(?<={title[0]}){title[1:]}\." for title in ABBREVIATED_TITLES)
    + rf")|(?:\.{_UPPER})+\.?|\.(?= {_UPPER})|[a-zA-Z0-9\w\u2019'\-]*)"
)
# capitalised words joined by spaces or name particles ("Ursula von der Leyen"), and
# "for" inside a body's name ("Center for Responsive Politics", "Office for National
# Statistics"), after the body's word only
_PARTICLE = (
    # one particle or several ("von der", "de la", "in 't": "Sophie in 't Veld")
    r"(?:(?:[ \u00a0](?:von|van|der|den|de|del|la|le|da|bin|al|ibn|of|in[ \u00a0]'t))+"
    # the look-ahead first: most positions fail it before any look-behind is tried
    + r"|(?=[ \u00a0]for[ \u00a0])(?:"
    + "|".join(f"(?<={body})" for body in BODIES_BEFORE_FOR)
    + r")[ \u00a0]for)[ \u00a0]"
)
_NAME_RUN = re.compile(
    rf"{_UPPER}{_WORD_AFTER_CAPITAL}(?:(?:[ \u00a0]|{_PARTICLE}){_UPPER}{_WORD_AFTER_CAPITAL})*"
)
_NUMBER_WORDS = word_set(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred"""
)


def _word_like(form: str) -> bool:
    """One word shaped like an ordinary word ("Typically", "Voters",
    "Twelve"), unlike most surnames ("Acosta")."""
    lower = form.lower()
    if " " in form:
        return False
    if lower.split("-")[0] in _NUMBER_WORDS:
        return True
    return plural_shaped(lower) or lower.endswith(_WORD_ENDINGS)


# the endings of adverbs, participles and adjectives ("Charismatic", "Famous",
# "Grateful", "Unstoppable"), few surnames' ("Gable" is, but has a first name)
_WORD_ENDINGS = ("ly", "ing", "ed", "ous", "ful", "atic", "ical", "able", "ible", "less")


_CONTRACTIONS = frozenset(
    base + suffix
    for base in (
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "it",
        "that",
        "there",
        "here",
        "what",
        "let",
    )
    for suffix in ("'m", "'ve", "'re", "'ll", "'d", "'s")
)
# a sentence, a paragraph, a quote or a label's text ("A: Well, ...") starts
_SENTENCE_START = re.compile(r"(?:^|[.!?:](?:[\"\u201d]|'{1,2})?\s+|\n\s*|[\"\u201c]|'')$")
# a place's name follows "in" or "near", or comes before its state ("Nashua,
# N.H.", "Tucson, Ariz.", "Dover, Delaware"; not "Buckley, Jr.", "Lee, Sen.
# Ted Cruz", "Acme, Inc." or "Lee, Dec. 4")
_PLACE_BEFORE = tuple(f"{space}{word} " for space in " \n\u00a0(\u201c" for word in ("in", "near"))
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")
_STATE_AFTER = re.compile(
    rf", (?:[A-Z]\.[A-Z]\.|(?!(?:{'|'.join(ABBREVIATED_TITLES)}|Inc|Co|Corp|Ltd"
    r"|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)[A-Z][a-z]{1,4}\.|(?P<name>(?:[A-Z][a-z]+ )?[A-Z][a-z]+))"
)


def _before_its_state(text: str, end: int) -> bool:
    state = _STATE_AFTER.match(text, end)
    return state is not None and (not state["name"] or state["name"].lower() in PLACES)


# quote marks around a work's title ("the “Avatar” star")
_OPENING_MARKS = "\"'\u201c\u2018"
_CLOSING_AFTER = re.compile(r"[,.]?[\"'\u201d\u2019]")
# see _antecedent and _after_the_only
_PLURAL = word_set("they them their")
_ARTICLES = word_set("the our their")
_ARTICLE_BEFORE = re.compile(r"(?<![\w\-])(?:[Tt]he|[Oo]ur|[Tt]heir)[ \u00a0]$")
# ("a-zA-Z0-9" in a class with \w adds nothing to it: the regex engine tests
# the listed characters with one bit lookup before \w's Unicode tables, so
# most letters are settled at once)
_MENTION_WORD = re.compile(r"[a-zA-Z0-9\w.\-]+")


class EntityIndex:
    """Named mentions of one text, grouped into entities."""

    def __init__(self, text: str, mentions: list[Mention], clusters: list[Cluster]) -> None:
        self.text = text
        # attrgetter: the sort key taken in C, not by a Python lambda per mention
        self.mentions = tuple(sorted(mentions, key=attrgetter("start")))
        self._starts = [m.start for m in self.mentions]
        self._clusters = clusters
        # an entity's record is built when first asked for: most are never asked
        self._entity_of: list[Entity | None] = [None] * len(clusters)
        self._role_cache: dict[int, set[str]] = {}
        self._role_heads: dict[int, set[str]] = {}
        self._initial_only: dict[int, bool] = {}
        self._place: dict[int, bool] = {}
        self._things: dict[int, bool] = {}
        self._pronoun_gender: dict[int, str] = {}
        # each cluster's mentions in text order, grouped when first needed
        self._by_cluster: list[list[Mention]] | None = None
        # quoted stretches (start, end), set by the quote stage: a name inside
        # quote marks (a title, words of a quote) is no antecedent of "he"
        self._quoted_starts: list[int] = []
        self._quoted_ends: list[int] = []

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        self._quoted_starts = [start for start, _ in spans]
        self._quoted_ends = [end for _, end in spans]

    def quoted(self, at: int) -> bool:
        """Whether ``at`` lies inside quote marks (see set_quoted)."""
        number = bisect_right(self._quoted_starts, at) - 1
        return number >= 0 and at < self._quoted_ends[number]

    @property
    def entities(self) -> tuple[Entity, ...]:
        return tuple(self._entity(number) for number in range(len(self._clusters)))

    def named_at(self, start: int, end: int) -> Entity | None:
        """The entity named inside text[start:end], the last name if several;
        not a capitalised word that only opens sentences ("Multiple outlets")."""
        index = bisect_left(self._starts, end) - 1
        while index >= 0 and self.mentions[index].end > start:
            mention = self.mentions[index]
            if mention.start >= start and not self._sentence_initial_only(mention.cluster):
                return self._entity(mention.cluster)
            index -= 1
        return None

    def first_person_at(self, start: int, end: int) -> Entity | None:
        """The first person named inside text[start:end]; not a capitalised
        word that only opens sentences ("Later, Swanson praised …")."""
        index = bisect_left(self._starts, start)
        while index < len(self.mentions) and self.mentions[index].end <= end:
            cluster = self.mentions[index].cluster
            entity = self._entity(cluster)
            if entity.kind == "person" and not self._sentence_initial_only(cluster):
                return entity
            index += 1
        return None

    def resolve(self, start: int, end: int) -> Entity | None:
        """The entity the words text[start:end] refer to: a name, a pronoun
        (nearest compatible name before it) or a description ("the senator")."""
        named = self.named_at(start, end)
        if named is not None:
            return named
        words = [w.lower() for w in _MENTION_WORD.findall(self.text, start, end)]
        if len(words) == 1 and words[0] in PRONOUNS:
            return self._antecedent(start, words[0])
        if words and words[0] in ("the", "a", "an", "this", "that"):
            return self._described(start, words[1:], words[0] == "the")
        return None

    def described(self, start: int, end: int) -> Entity | None:
        """The person a description names ("the Florida senator"), never a
        name inside it ("Florida")."""
        words = [w.lower() for w in _MENTION_WORD.findall(self.text, start, end)]
        # "the Trump campaign" is a body, not its manager; "a Times article" no one known
        if words[0] != "the" or words[-1] in ORG_WORDS:
            return None
        return self._described(start, words[1:], definite=True)

    def _antecedent(self, before: int, pronoun: str) -> Entity | None:
        want_person = pronoun not in ("it", "which", "they", "them", "their", "we")
        fallback: Entity | None = None
        weak: Entity | None = None
        for mention in self._mentions_before(before):
            cluster = self._clusters[mention.cluster]
            if want_person != (cluster.kind == "person"):
                continue
            if want_person and self._not_someone(mention.cluster):
                continue
            if (pronoun in MALE or pronoun in FEMALE) and _plural_group(mention.text):
                continue
            if self._quoted_starts and self.quoted(mention.start):
                continue
            if pronoun in _PLURAL and self._a_place(mention, countries=True):
                return None  # "they" after "in Iowa" are its people, whom it does not name
            if pronoun == "it" and self._a_place(mention, countries=False):
                return None  # nor is "it" a state or town; a country may be ("China")
            gendered = pronoun in MALE or pronoun in FEMALE
            gender = self._gender(mention.cluster)
            if gendered and gender and (pronoun in MALE) != (gender == "m"):
                continue
            # women are known by title or first name, so "she" waits for one;
            # anyone not known to be a woman may be "he"
            if pronoun in FEMALE and gender != "f":
                fallback = fallback or self._entity(mention.cluster)
                continue
            if want_person and self._weak_name(mention.cluster):
                weak = weak or self._entity(mention.cluster)
                continue
            return self._entity(mention.cluster)
        return fallback or weak

    def _a_place(self, mention: Mention, countries: bool) -> bool:
        """Whether the mention names a state or a town ("Iowa", "in Tucson"),
        or with ``countries`` a country or its capital ("China", "Beijing")."""
        name = self._clusters[mention.cluster].entity().name.lower()
        if name in COUNTRIES:
            return countries
        return name in PLACES or self._place_only(mention.cluster)

    def _gender(self, cluster: int) -> str:
        """A title's or first name's gender, else the pronouns' after the name (pronoun_gender)."""
        record = self._clusters[cluster]
        if record.gender or record.kind != "person":
            return record.gender
        if cluster not in self._pronoun_gender:
            spans = [(m.end, self._next_other_name(m)) for m in self._mentions_of(cluster)]
            self._pronoun_gender[cluster] = gender_by_pronouns(self.text, spans, self.quoted)
        return self._pronoun_gender[cluster]

    def _next_other_name(self, mention: Mention) -> int:
        """Where the text next names anything but ``mention``'s entity."""
        later = islice(self.mentions, bisect_right(self._starts, mention.start), None)
        return next((m.start for m in later if m.cluster != mention.cluster), len(self.text))

    def _weak_name(self, cluster: int) -> bool:
        """A one-word name used once, with no title or known first name ("Clarkston"): as
        likely a place or a thing as someone, so "he" looks past it to a surer person."""
        record, mentions = self._clusters[cluster], self._mentions_of(cluster)
        alone = len(mentions) == 1 and " " not in mentions[0].text
        # a function word before it is no title ("His Catholic faith")
        return alone and not record.gender and record.roles <= FUNCTION_WORDS

    def may_be(self, entity: Entity, pronoun: str) -> bool:
        """Whether ``pronoun`` ("he", "she") may refer to ``entity``."""
        number = self._number_of(entity)
        if number is None:
            return True
        if self._not_someone(number):
            return False
        gender = self._gender(number)
        return not gender or (gender == "m") == (pronoun.lower() in MALE)

    def known_to_be(self, entity: Entity, pronoun: str) -> bool:
        """Whether ``entity`` is known (by title, first name or pronouns) to
        be a he or a she as ``pronoun`` says."""
        number = self._number_of(entity)
        gender = "" if number is None else self._gender(number)
        return bool(gender) and (gender == "m") == (pronoun.lower() in MALE)

    def named_once(self, entity: Entity) -> bool:
        """Whether ``entity`` is a one-word name the text uses only once
        ("Radio" opening "Radio host Ann Lee said"): a weak subject."""
        number = self._number_of(entity)
        return number is not None and " " not in entity.name and len(self._mentions_of(number)) == 1

    def _number_of(self, entity: Entity) -> int | None:
        """The cluster whose record ``entity`` is, if this index built it."""
        for number, candidate in enumerate(self._entity_of):
            if candidate is entity:
                return number
        return None

    def _entity(self, cluster: int) -> Entity:
        entity = self._entity_of[cluster]
        if entity is None:
            record = self._clusters[cluster]
            unlike = self._quoted_extensions(cluster) if len(record.forms) > 1 else frozenset()
            entity = self._without_role_word(record.entity(unlike))
            self._entity_of[cluster] = entity
        return entity

    def _without_role_word(self, entity: Entity) -> Entity:
        """ "Kevin Swanson" for "Pastor Kevin Swanson": a common word (one the
        article also writes in lower case) before a first name is a role in
        front of the name, and so is any word the article also leaves out
        (past the words before a role: "Hewlett-Packard CEO Carly Fiorina")."""
        if entity.kind != "person":
            return entity
        whole = entity.name.split()
        first = given_name(whole)
        if first != whole[0] and (named := " ".join(whole[whole.index(first) :])) in entity.aliases:
            # "Dorothy Woods" of "Benghazi Widow Dorothy Woods", as the text also names her
            aliases = tuple(sorted({*entity.aliases, entity.name} - {named}))
            return Entity(name=named, kind=entity.kind, aliases=aliases)
        words = past_roles(whole)
        if len(words) < 3 or given_name(words) == words[0]:
            return entity
        name = entity.name[entity.name.index(" ".join(words[1:])) :]
        role = role_before(words[0]) or self._common_word(words[0])
        if not role and name not in entity.aliases:
            return entity
        aliases = tuple(sorted({*entity.aliases, entity.name} - {name}))
        return Entity(name=name, kind=entity.kind, aliases=aliases)

    def _quoted_extensions(self, cluster: int) -> frozenset[str]:
        """Forms written only inside quote marks that open with a title's word
        ("the Real Donald Trump" of a book's title): part of a title, not how
        the article names someone."""
        if not self._quoted_starts:
            return frozenset()
        return frozenset(
            form
            for form in self._clusters[cluster].forms
            if " " in form
            and self._title_words_first(form.split())
            and all(self.quoted(m.start) for m in self._mentions_of(cluster) if m.text == form)
        )

    def _title_words_first(self, words: list[str]) -> bool:
        """Whether a name opens with a word no name opens with: a common word
        ("Making of Donald Trump") or one before a first name ("Real Donald
        Trump"); never a first name itself ("James Comey")."""
        if is_first_name(words[0]):
            return False
        return is_first_name(words[1]) or self._common_word(words[0])

    def _not_someone(self, cluster: int) -> bool:
        return (
            all(form.lower() in _PLATFORMS for form in self._clusters[cluster].forms)
            or self._sentence_initial_only(cluster)
            or self._place_only(cluster)
            or self._after_the_only(cluster)
            or all(self._titled_work(m) for m in self._mentions_of(cluster))
            or self._thing(cluster)
        )

    def _thing(self, cluster: int) -> bool:
        """A name with no title that the text shows to be a thing: followed by
        "its" or ", which" ("Der Spiegel, disabled its"), or a one-word credit
        on a line of its own ("Getty."); see things_named."""
        if cluster not in self._things:
            record, mentions = self._clusters[cluster], self._mentions_of(cluster)
            thing = False
            if not record.roles and not record.gender:
                thing = all(" " not in form for form in record.forms) and all(
                    credit_line(self.text, m.start, m.end) for m in mentions
                )
                spans = [(m.end, self._next_other_name(m)) for m in mentions]
                thing = thing or thing_by_pronouns(self.text, spans, self.quoted)
            self._things[cluster] = thing
        return self._things[cluster]

    def _titled_work(self, mention: Mention) -> bool:
        """A name alone between quote marks ("the “Avatar” star") is the title
        of a work."""
        opening = self.text[mention.start - 1 : mention.start]
        return (
            bool(opening)
            and opening in _OPENING_MARKS
            and bool(_CLOSING_AFTER.match(self.text, mention.end))
        )

    def _after_the_only(self, cluster: int) -> bool:
        """A name the text always writes after "the" or a plural possessive
        ("told the Associated Press", "The Ebelings were", "their group, Our
        Revolution,") names a body, a family or a thing: a person's name
        takes no article. Not one with a title or a known first name ("the
        Rev. Al Lee")."""
        record = self._clusters[cluster]
        return (
            not record.gender
            and record.roles <= _ARTICLES
            and all(
                _ARTICLE_BEFORE.search(self.text, max(0, m.start - 8), m.start)
                for m in self._mentions_of(cluster)
            )
        )

    def _place_only(self, cluster: int) -> bool:
        """A name the text only ever uses as a place ("in Nashua", "Tucson,
        Ariz.", "Fayetteville, North Carolina") is no he or she."""
        if cluster not in self._place:
            # not someone known by a first name ("Chris Covert, South Carolina
            # director"), nor a work ("in Ayn Rand's novel")
            record = self._clusters[cluster]
            # "in Asmara" twice, and never a title or a first name: a town
            # also written as a subject ("Asmara has become a city …")
            town = not record.roles and all(" " not in form for form in record.forms)
            self._place[cluster] = not record.gender and self._placed(cluster, town)
        return self._place[cluster]

    def _placed(self, cluster: int, town: bool) -> bool:
        """Whether every mention of ``cluster`` stands where a place does, or,
        for a ``town``, at least two do; stops at the first answer."""
        mentions, count = self._mentions_of(cluster), 0
        for m in mentions:
            if (
                self.text.endswith(_PLACE_BEFORE, max(0, m.start - 6), m.start)
                and not _POSSESSIVE_AFTER.match(self.text, m.end)
            ) or _before_its_state(self.text, m.end):
                count += 1
                if town and count == 2:
                    return True
            elif not town:
                return False
        return count == len(mentions)

    def _sentence_initial_only(self, cluster: int) -> bool:
        """A one-word "name" seen only at the start of sentences ("Typically,",
        "Thirteen", "Millennials", "Similar firearms") is a capitalised word, not
        someone: the article writes it in lower case too, or speakers at large do."""
        if cluster not in self._initial_only:
            record = self._clusters[cluster]
            # cheapest first: a title ("Mr. Hurt") or a first name says someone,
            # whatever the word, and most names have a form of two words
            self._initial_only[cluster] = (
                not record.gender
                and not record.roles
                and all(" " not in form for form in record.forms)
                and all(
                    _SENTENCE_START.search(self.text[max(0, m.start - 4) : m.start]) is not None
                    or m.start == 0
                    for m in self._mentions_of(cluster)
                )
                and all(
                    form.lower() in COMMON_WORDS or self._common_word(form) for form in record.forms
                )
            )
        return self._initial_only[cluster]

    def _common_word(self, form: str) -> bool:
        """An ordinary word: shaped like one, or one the article also writes
        in lower case ("Well,", "Along with", "Second,"), as it never does a name."""
        if _word_like(form):
            return True
        lower = form.lower()
        if lower in SENTENCE_OPENERS or lower in SENTENCE_ADVERBS:
            return True
        if lower == form or lower not in self.text:
            return False  # the plain search is far cheaper than the pattern's
        word = rf"(?<![\w\-]){re.escape(lower)}(?![\w\-])"
        return re.search(word, self.text) is not None

    def _described(self, before: int, words: list[str], definite: bool = False) -> Entity | None:
        if not words:
            return None
        head, modifiers = words[-1], words[:-1]
        heads = role_synonyms(head)
        for mention in self._mentions_before(before):
            roles = self._roles(mention.cluster)
            if heads & self._role_heads[mention.cluster] and all(
                role_has(roles, m) for m in modifiers
            ):
                return self._entity(mention.cluster)
        if definite and head in DESCRIBED_TITLES and FUNCTION_WORDS.isdisjoint(modifiers):
            return self._only_titled(before, head, modifiers)
        return None

    def _only_titled(self, before: int, head: str, modifiers: list[str]) -> Entity | None:
        """ "The Vermont senator" after "Sen. Bernie Sanders": the one person
        recently titled as the description's head whose roles do not rule it
        out; None if there are several."""
        titles, found, seen = role_synonyms(head), set(), set()
        places = {m[0] for m in modifiers if m in PLACES}
        for mention in self._mentions_before(before):
            cluster = mention.cluster
            record = self._clusters[cluster]
            if cluster in seen or record.kind != "person" or titles.isdisjoint(record.roles):
                continue
            if self._quoted_starts and self.quoted(mention.start):
                continue  # a name inside a quote: its other mentions may count
            seen.add(cluster)
            if self._not_someone(cluster):
                continue
            if unlike_description(self._roles(cluster), head, modifiers):
                continue
            states = {state_after(self.text, m.end) for m in self._mentions_of(cluster)} - {""}
            if places and states and states.isdisjoint(places):
                continue  # "the Florida senator" is not "Sen. Joni Ernst, R-Iowa"
            found.add(cluster)
        return self._entity(found.pop()) if len(found) == 1 else None

    def _roles(self, cluster: int) -> set[str]:
        """Title words plus the words just before each mention, worked out
        only when a description needs them (most texts never do); its heads
        (in _role_heads) are the title words and the words right before a
        mention ("ad" in "a TV ad, Ann Lee", not in "the ad slams Ann Lee")."""
        if cluster not in self._role_cache:
            roles = set(self._clusters[cluster].roles)
            heads = set(roles)
            for mention in self._mentions_of(cluster):
                words = role_words_before(self.text, mention.run_start)
                roles.update(words)
                heads.update(words[-1:])
            self._role_cache[cluster] = roles
            self._role_heads[cluster] = heads
        return self._role_cache[cluster]

    def _mentions_of(self, cluster: int) -> list[Mention]:
        if self._by_cluster is None:
            self._by_cluster = [[] for _ in self._clusters]
            for mention in self.mentions:
                self._by_cluster[mention.cluster].append(mention)
        return self._by_cluster[cluster]

    def _mentions_before(self, offset: int, limit: int = 40) -> list[Mention]:
        index = bisect_left(self._starts, offset)
        return list(reversed(self.mentions[max(0, index - limit) : index]))


# a word capitalised only by its place; one set for one lookup (a contraction
# has one apostrophe, straight or curly)
_NEVER_A_NAME_ALONE = (
    FUNCTION_WORDS | _CONTRACTIONS | {word.replace("'", "\u2019") for word in _CONTRACTIONS}
)


def find_entities(text: str) -> EntityIndex:
    """Every person or organisation named in ``text``."""
    builder = ClusterBuilder(text)
    add_run = builder.add_run
    joined = joined_names(text)
    joined_until = -1
    # (a no-break space joins a name's words as a space does: "James\u00a0Comey")
    runs = [(match, match.group().replace("\u00a0", " ")) for match in _NAME_RUN.finditer(text)]
    headline_end = _headline_end(text)
    several = [word for _, word in runs if " " in word]  # the first-name finders' runs
    owners = first_name_owners(text, several)
    named = named_alone(several)
    for match, word in runs:
        begin = match.start()
        if joined and begin < joined_until:
            continue  # the nickname and surname of a name joined below
        if joined and match.end() in joined:
            first, joined_until, name = joined[match.end()]
            builder.add_joined(begin, first, name, joined_until)
            continue
        if " " in word and word[1] in ascii_uppercase:
            begin, word = _after_capitals(begin, word)  # "… EXPLOSION Turkish President …"
        if named and word.count(" ") > 1:
            word = before_a_headline(word, named)  # "Ted Cruz" of "Ted Cruz Refuses To …"
        if begin < headline_end and " " in word:
            word = _before_headline_verb(word)  # "Glenn Beck" of "Glenn Beck Blasts Drudge"
        space = word.find(" ")
        if (
            space > 0
            and word[space + 1 : space + 2].isupper()
            and (
                (opening := word[:space].lower()) in _OPENERS
                or (opening in _OPENERS_AT_START and _sentence_start(text, begin))
            )
        ):
            # "Does Rubio …", "While Clinton …", "Maybe Trump …": the sentence's
            # opening word is capitalised by its place, not part of the name
            begin += space + 1
            word = word[space + 1 :]
        if " " not in word:
            stripped = owners and word[-1] in "s'\u2019."  # a possessive or a full stop
            bare = word[: without_possessive(word, 0)] if stripped else word
            if bare in owners:
                # "Hillary" of Hillary Clinton; not counted as naming her, so
                # that a lone surname still means the one named by it most
                add_run(begin, owners[bare], begin + len(bare), counted=False)
                continue
            if word.lower() in _NEVER_A_NAME_ALONE:
                if word in builder.by_surname and builder.surname_speaking(word, match.end()):
                    add_run(begin, word)  # "From said" after Al From: his surname
                continue  # "The", "But", "I'm": capitalised only by their place
            if len(word) == 1:
                continue  # an interview's "Q:", a list's "B."
            if text.endswith(", ", 0, begin) and is_first_name(word):
                kin = _KIN_BEFORE.search(text, max(0, begin - 40), begin)
                if kin is not None and builder.named_in_full(kin["surname"]):
                    # "Trump's wife, Melania" after Donald Trump: Melania Trump (not
                    # counted, so that "Trump" still means the one named by it most)
                    add_run(begin, f"{word} {kin['surname']}", begin + len(word), counted=False)
                    continue
            add_run(begin, word)
        elif (
            owners
            and word.count(" ") == 1
            and (owner := owners.get(word[(space := word.find(" ")) + 1 :]))
            and word[:space].lower() in FUNCTION_WORDS
        ):
            # "Later Hillary said": Hillary Clinton, as "Hillary" alone would be
            add_run(begin + space + 1, owner, begin + len(word), counted=False)
        elif "'" in word or "\u2019" in word:
            for start, stop in split_at_possessives(text, begin, match.end()):
                add_run(start, text[start:stop].replace("\u00a0", " "))
        else:
            add_run(begin, word)
    builder.finish()
    return EntityIndex(text, builder.mentions, builder.clusters)


def _after_capitals(begin: int, run: str) -> tuple[int, str]:
    """ "Recep Tayyip Erdogan" of "ISTANBUL EXPLOSION Turkish President Recep
    Tayyip Erdogan": words in capitals (two or more) before words in
    lower case are a headline, and the name starts after them; the run
    whole otherwise ("U.S. Senate", "FBI Director James Comey")."""
    words = run.split(" ")
    for offset, word in enumerate(words):
        if not (word.isupper() and word.isalpha() and len(word) > 1):
            if offset > 1:
                skip = len(" ".join(words[:offset])) + 1
                return begin + skip, run[skip:]
            break
    return begin, run


def _sentence_start(text: str, begin: int) -> bool:
    return begin == 0 or _SENTENCE_START.search(text, max(0, begin - 4), begin) is not None


def _adverb_in_ly(lower: str) -> bool:
    """ "interestingly", "suddenly": not "daily", "early", "holy", nor a
    first name ("kelly", "emily")."""
    return len(lower) > 6 and lower.endswith("ly") and not is_first_name(lower)


_NEGATIONS = word_set(
    """don't didn't doesn't isn't aren't wasn't weren't hasn't haven't hadn't won't
    can't couldn't wouldn't shouldn't"""
)
# a run's first word that opens its sentence and is no part of the name after
# it: a verb or conjunction ("Does", "While"), a contraction ("Here's",
# "Don't"); at a sentence's start only, a preposition or an adverb in -ly
# ("Among Trump voters", "Interestingly Blocher, a …")
_OPENERS = (
    SENTENCE_OPENERS
    | {word for word in _NEVER_A_NAME_ALONE if "'" in word or "\u2019" in word}
    | _NEGATIONS
    | {word.replace("'", "\u2019") for word in _NEGATIONS}
)
_OPENERS_AT_START = word_set("among amid outside beyond like behind within without thanks") | {
    word for word in COMMON_WORDS if _adverb_in_ly(word)
}


# "Trump's wife, ", "Clinton's husband, ": a relative named by a first name alone
# shares the surname of the one whose relative they are
_KIN_BEFORE = re.compile(
    r"(?<![\w\-])(?P<surname>[A-Z][a-z]+)['\u2019]s[ \u00a0]"
    r"(?:wife|husband|son|daughter|brother|sister|father|mother), $"
)


def _headline_end(text: str) -> int:
    """Where the article's first line ends if it is a headline in title case
    ("Glenn Beck Blasts Drudge for Mocking His Fast"), else 0."""
    end = text.find("\n")
    if end < 0 or not 4 <= len(text[:end].split()) <= _MAX_HEADLINE_WORDS:
        return 0
    return end if in_title_case(text, 0, end) else 0


_MAX_HEADLINE_WORDS = 30


def _before_headline_verb(run: str) -> str:
    """A headline's run up to its first speech verb or "To", where the name
    ends ("Obama" of "Obama Claims Hillary Most Qualified …", "Obama To Asians
    Worried …"); the run whole if it has none."""
    words = run.split(" ")
    for index in range(1, len(words)):
        lower = words[index].lower()
        if lower == "to" or (lower in CUE_WORDS and lower not in ORG_WORDS):
            return " ".join(words[:index])
    return run


@lru_cache(maxsize=4096)
def _plural_group(name: str) -> bool:
    """ "LGBT Americans", "Young Latinos": many people, no "he" or "she"."""
    return group_word(name.rsplit(" ", 1)[-1].lower())


# services people post on ("took to Twitter", "wrote on Facebook"): no he or she
_PLATFORMS = word_set("twitter facebook youtube instagram snapchat reddit tumblr linkedin")
