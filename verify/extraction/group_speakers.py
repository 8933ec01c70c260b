"""Who a "they" or "it" speaker is, where the entity index's nearest name
would do badly.

The index takes the nearest body before a "they" or an "it" ("Reuters",
"M.I.T.", "Washington"). A "they" that speaks is a group of people: the
plural subject of its sentence or of the sentences before ("the groups",
"Mr. Rubio and Mr. Cruz", "Senate Democrats"); without one, no name is
better than a wrong one. An "it" that speaks is often a document the
sentences before are about ("The email …. “…,” it reads."), and an "it"
that only opens its clause ("It seems …", "It took him a day") says nothing.
"""

from __future__ import annotations

import re

from verify.extraction.entities import EntityIndex
from verify.extraction.lexicon import word_set
from verify.extraction.name_words import GROUPS, PEOPLE_OF, group_word
from verify.extraction.phrases import start_of_sentence
from verify.extraction.pronoun_speakers import body_described, body_subject, body_tag
from verify.extraction.segmentation import split_sentences
from verify.extraction.sentence_subjects import label_person
from verify.extraction.types import Entity


def they_speaker(text: str, before: int, index: EntityIndex) -> Entity | None:
    """The group a "they" at ``before`` stands for: the plural subject of its
    own sentence ("Senate Democrats blocked it because they said …") or of
    the nearest sentence before with a subject other than "they", or the
    people a sentence reports ("…, the groups say."); else None."""
    for start, stop in _sentences_back(text, before):
        group = _reported_group(text, start, stop)
        if group is not None:
            return group
        if text.startswith(_OPENERS, start):
            continue  # a quote's own words name no subject of the writer's
        clause = _past_opening(text, start, stop)
        if clause >= stop or _THEY.match(text, clause):
            opening = _SUBORDINATOR.match(text, start, clause)
            group = None if opening is None else _people(text, opening.end() + 1, clause)
            if group is not None:
                return group  # "As Republicans scrambled for cash, they proposed …"
            # "When I met with Mr. Lee and Mr. Roe, they were …": the names before
            names = _COORDINATED.search(text, start, clause)
            if names is not None and not _THEY.search(text, start, names.start()):
                # not "In a study they wrote with Ann Lee and Tom Roe, they …"
                return _names(text, names, index)
            continue
        if not text[stop:before].strip() and text[start:stop].rstrip().endswith(","):
            continue  # "Take action now, they said, …": the tag of its own words
        if _SHARE.match(text, clause, stop):
            continue  # "Nearly nine out of 10 say …": a share of the group before
        return _group_at(text, clause, stop, index) or _collective(text, clause, stop, index)
    return None


def _collective(text: str, start: int, stop: int, index: EntityIndex) -> Entity | None:
    """A body of people a clause opens with ("This group recognizes …", "The
    newspaper, long an advocate of …, writes"), the index's if it names it."""
    words = list(_WORD.finditer(text, start, stop))[:3]
    for last in words[1:]:
        if last.group().lower() in _COLLECTIVES and _NP_OPENING.fullmatch(words[0].group()):
            named = index.resolve(start, last.end())
            if named is not None and named.kind == "organization":
                return named
            return Entity(name=text[start : last.end()], kind="organization")
    return None


def they_claimant(text: str, before: int, index: EntityIndex) -> Entity | None:
    """A claim's "they": the group ``they_speaker`` finds, else a people the
    index gives ("Democrats", "Americans"); not a body ("Congress", "the
    Fed"), which the index gives a "they" wrongly more often than not."""
    group = they_speaker(text, before, index)
    if group is not None:
        return group
    entity = index.resolve(before, before + len("they"))
    return entity if entity is not None and group_word(entity.name.lower()) else None


def it_speaker(text: str, before: int, index: EntityIndex) -> Entity | None:
    """The body or document an "it" at ``before`` stands for: none for an
    "it" that opens a clause ("It seems …"), the document the sentences
    before are about ("The email …. “…,” it reads."), else the body the
    index or the sentence before names."""
    if _EMPTY_IT.match(text, before) and not _SOURCED.match(
        text, start_of_sentence(text, max(0, before - _REACH), before)
    ):
        return None
    which = _WHICH_BEFORE.search(text, max(0, before - _WHICH_REACH), before)
    if which is not None:
        # "a company called Acme, which specializes in what it calls …"
        named = index.named_at(*which.span("name"))
        if named is not None:
            # a "which" stands for a thing: the index may take a firm's
            # unknown name for someone's ("Cambridge Analytica")
            return named
    document = _document_back(text, before, index)
    if document is not None:
        return document
    return index.resolve(before, before + 2) or body_subject(text, before, index)


def _sentences_back(text: str, before: int) -> list[tuple[int, int]]:
    """The sentence holding ``before`` (up to it) and the ones before it,
    nearest first, over a bounded stretch of text."""
    floor = max(0, before - _REACH)
    found: list[tuple[int, int]] = []
    end = before
    while end > floor and len(found) < _SENTENCES:
        para = max(floor, text.rfind("\n", floor, end) + 1)
        spans = [s for s in split_sentences(text, para, end) if s.start < before]
        found.extend((s.start, min(s.end, before)) for s in reversed(spans))
        end = para - 1
        while end > floor and text[end - 1].isspace():
            end -= 1
    return found[:_SENTENCES] or [(before, before)]


_REACH = 1500
_SENTENCES = 6


def _past_opening(text: str, start: int, stop: int) -> int:
    """Where a sentence's subject stands: past connectives ("But", "First,")
    and an opening phrase up to its comma ("In the United States, they …")."""
    at = _CONNECTIVES.match(text, start, stop)
    clause = at.end() if at is not None else start
    if _OPENING_WORD.match(text, clause, stop):
        comma = text.find(",", clause, stop)
        if comma >= 0:
            return stop - len(text[comma + 1 : stop].lstrip())
    return clause


def _group_at(text: str, start: int, stop: int, index: EntityIndex) -> Entity | None:
    """The group a subject at ``start`` names, if it is one: coordinated
    names ("Professors Lee and Roe"), a pronoun and its company ("She and
    her aides") or a plural of people ("The two reporters", "ISIS
    fighters", "The vast majority of Americans")."""
    names = _COORDINATED.match(text, start, stop)
    if names is not None:
        return _names(text, names, index)
    company = _WITH_COMPANY.match(text, start, stop)
    if company is not None:
        return Entity(name=company.group(), kind="organization")
    return _people(text, start, stop)


def _people(text: str, start: int, stop: int) -> Entity | None:
    """A plural of people within the first words at ``start``, as written."""
    for count, word in enumerate(_WORD.finditer(text, start, stop)):
        if count == 0 and not _NP_OPENING.fullmatch(word.group()):
            return None  # "then I ask the people": no noun phrase
        lower = word.group().lower()
        if count >= _NP_WORDS or lower in _CLAUSE_WORDS or lower in _NOT_IN_GROUP:
            return None
        if count and lower.endswith("ed") and word.group().islower():
            return None  # a verb: "This angered Hispanics"
        if _people_word(word.group()):
            return Entity(name=text[start : word.end()], kind="organization")
        if text[word.end() : word.end() + 1] in _PHRASE_ENDS:
            return None
    return None


def _people_word(word: str) -> bool:
    lower = word.lower()
    return lower in _PEOPLE or (word[:1].isupper() and lower.endswith(("ans", "ists")))


def _names(text: str, match: re.Match[str], index: EntityIndex) -> Entity:
    """Coordinated names, each the fullest the article gives ("Mr. Lee and
    Mr. Roe" for "Ann Lee and Tom Roe")."""
    parts: list[str] = []
    for name in _NAME.finditer(text, match.start(), match.end()):
        # a title for both, not in the index's names: "Professors Lee and Roe"
        title = _SHARED_TITLE.match(name.group())
        entity = (
            index.named_at(name.start(), name.end())
            if title is None
            else label_person(name.group()[title.end() :], index.entities)
        )
        person = entity is not None and entity.kind == "person"
        parts.append(entity.name if entity is not None and person else name.group())
    if len(parts) < 2:
        return Entity(name=match.group(), kind="organization")
    return Entity(name=", ".join(parts[:-1]) + " and " + parts[-1], kind="organization")


def _reported_group(text: str, start: int, stop: int) -> Entity | None:
    """The people a sentence reports: "…, the groups say.", "Ann Lee, these
    people said, would …"."""
    for tag in _REPORTED.finditer(text, start, stop):
        group = _people(text, tag.start("who"), tag.end("who"))
        if group is not None and group.name == tag["who"]:
            return group
    return None


def _document_back(text: str, before: int, index: EntityIndex) -> Entity | None:
    """The document the sentences before an "it" are about ("The email, sent
    at noon, …"), skipping quotes and sentences on "it"; none past a body
    that may be the "it" ("The Islamic State has …")."""
    for start, stop in _sentences_back(text, before):
        told = body_tag(text, start, stop)
        if told is not None:
            return told  # "“…,” the company wrote in its statement."
        if text.startswith(_OPENERS, start):
            continue
        clause = _past_opening(text, start, stop)
        # "The email …", or an opening phrase's "On his website, Lee …"
        placed = _DOCUMENT_PLACE.match(text, start, clause)
        document = _DOCUMENT.match(text, clause, stop) or (placed and _DOCUMENT.match(placed[1]))
        if document:
            return Entity(name=document.group(), kind="organization")
        body = _body_opening(text, clause, stop, index)
        if body is not None:
            return body
        named = index.named_at(*_first_name(text, clause, stop))
        if named is not None and named.kind == "organization":
            return None  # the index's body, "The Islamic State has …"
    return None


def _body_opening(text: str, start: int, stop: int, index: EntityIndex) -> Entity | None:
    """The body a clause opens with ("Trump's campaign backtracked", "A
    coalition of groups sent …"), the index's if it names it ("The Post"),
    else as written: the "it" after it."""
    words = list(_WORD.finditer(text, start, stop))[:3]
    for last in words[1:]:
        body = body_described(text[start : last.end()])
        if body is not None:
            named = index.named_at(start, last.end())
            return named if named is not None and named.kind == "organization" else body
    return None


def _first_name(text: str, start: int, stop: int) -> tuple[int, int]:
    """The capitalised words a clause opens with, if any ("The Islamic State")."""
    name = _CAPITALISED.match(text, start, stop)
    return (start, start) if name is None else name.span()


_PHRASE_ENDS = frozenset(",;:")
# bodies of people a "they" may stand for
_COLLECTIVES = word_set(
    "group newspaper paper board panel couple pair duo team coalition two three both"
)
# a share of a group: "Nearly nine out of 10", "Most", "60 percent"
_SHARE = re.compile(
    r"(?:(?:Nearly|About|Almost|Roughly|Only|Just)\s+)?(?:\w+\s+(?:out\s+)?(?:of|in)\s+(?:10|ten)"
    r"|\d[\d.]*\s*(?:percent|%)|Most|Many|Half|Some|All)\s+(?:say|said|think|believe|agree)\b"
)
_OPENERS = ("\u201c", "\u201e", '"', "\u00ab", "'")
_THEY = re.compile(r"[Tt]hey\b")
_WORD = re.compile(r"[\w'\u2019.-]+")
# how many words a group's noun phrase may run to
_NP_WORDS = 6
_CONNECTIVES = re.compile(
    r"(?:(?:But|And|So|Yet|Still|Now|Then|First|Second|Third|Finally|Meanwhile|However"
    r"|Instead|Also|Even then|That said|In fact|For instance|For example)\b,?\s+)+"
)
# words that open a phrase or clause before the subject ("In …,", "When …,")
_OPENING_WORD = re.compile(
    r"(?:In|On|At|As|When|While|After|Before|Despite|Since|Because|If|Although|Though|During"
    r"|For|With|Without|Under|Even|Like|Unlike|Once|Until|Whether|Two|Three)\b"
)
# the words opening a clause with a subject of its own ("As Republicans scrambled, they …"),
# not a phrase ("With rebels gaining ground, they …")
_SUBORDINATOR = re.compile(
    r"(?:As|When|While|After|Before|Because|Since|Although|Though|If|Once|Until)\b"
)
# what a group's noun phrase opens with: a determiner, a quantifier, a number
# or a capitalised word other than a pronoun
_NP_OPENING = re.compile(
    r"(?i:the|this|these|those|his|her|their|some|many|both|other|most|all|several|few|dozens|hundreds"
    r"|thousands|nearly|about|two|three|four|five|\d[\d,]*)"
    r"|(?!(?:I|We|You|He|She|It|They|There|That|What|Where|Who|Which|How|Why|A|An|Our|My|Your"
    r"|According|Based|But|And|So|Yet|Also|Then|Now)\b)"
    rf"(?!{_OPENING_WORD.pattern})[A-Z][\w'\u2019.-]*"
)
_SHARED_TITLE = re.compile(r"(?:Professors|Senators|Sens\.|Reps\.|Drs\.|Messrs\.|Govs\.)\s+")
_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}")
_COORDINATED = re.compile(
    rf"{_NAME.pattern}(?:,\s+{_NAME.pattern})*,?\s+(?:and|&)\s+{_NAME.pattern}(?=[\s,])"
)
_WITH_COMPANY = re.compile(r"(?:He|She) and (?:his|her) (?:[a-z]+ ){0,2}[a-z]+s\b")
# a preposition other than "of" ends a group's phrase: "The question for people"
_NOT_IN_GROUP = word_set("for in on at to with from by about than")
# words that end a subject: a verb, a relative, a conjunction
_CLAUSE_WORDS = word_set(
    """is are was were be been has have had will would can could may might must
    say says said who which that whose whom and or but because to"""
)
_PEOPLE = (
    frozenset(word for word in PEOPLE_OF if word.endswith("s"))
    | GROUPS
    | word_set(
        """people groups friends reporters journalists protesters demonstrators soldiers
        fighters militants professors economists researchers scholars authors senators
        candidates experts analysts activists organizers parents students republicans
        conservatives liberals progressives millennials families organizations
        companies officials lawmakers legislators feds men women"""
    )
)
# "…, the groups say.", ", these people said,"
_REPORTED = re.compile(
    r",\s+(?P<who>(?:the|these|those|some|many|other)\s+(?:[\w-]+\s+){0,2}?[a-z]+s)\s+"
    r"(?:say|said|argue|argued|note|noted|contend|contended|insist|insisted|add|added)\b"
)
# an "it" that only opens its clause ("It seems unfair", "it gets better",
# "It took him a day"), and what makes such a sentence a source's report
# ("Based on the statement released by Fox News, it seems …")
_EMPTY_IT = re.compile(
    r"[Ii]t\s+(?:(?:just|also)\s+)?(?:seems|seemed|appears|appeared|took|takes|gets|got|was|is"
    r"|remains|remained)\b"
)
_SOURCED = re.compile(r"(?:Based on|According to)\b")
_DOCUMENT_NOUNS = word_set(
    """email emails memo letter statement report release lawsuit suit complaint filing
    affidavit paper document documents editorial post tweet website message ad"""
)
# a document opening a clause: "The email", "Thursday's memo", "the staff letter"
_DOCUMENT = re.compile(
    r"(?:[Tt]he|[Aa]|[Aa]n|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['\u2019]s)"
    r"\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(_DOCUMENT_NOUNS))})\b"
)
# a name and a relative "which" whose clause the "it" is in, with no break between
_WHICH_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*)*),?\s+which\s"
    r"[^,;:.!?\u201c\u201d\"]*\Z"
)
_WHICH_REACH = 120
# an opening phrase placing the words in a document: "On his website,", "In its report,"
_DOCUMENT_PLACE = re.compile(rf"(?:On|In)\s+({_DOCUMENT.pattern}),")
_CAPITALISED = re.compile(r"(?:The\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*)*")
