"""Who a "he" or "she" speaker is: the named subject of the sentences before
it, the person the last speech tag names, someone the article only describes;
and the subject breaks those look-backs walk over."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import chain, islice, pairwise
from operator import attrgetter
from typing import TypeGuard

from verify.extraction.antecedents import who_antecedent
from verify.extraction.entities import EntityIndex
from verify.extraction.fronted_clauses import fronted_clause_person
from verify.extraction.lexicon import word_set
from verify.extraction.name_words import (
    FEMALE_NAMES,
    MALE_NAMES,
    ORG_WORDS,
    PEOPLE_OF,
    TITLES,
    group_word,
)
from verify.extraction.phrases import (
    DETERMINERS,
    INTRO_WORDS,
    TITLE_ABBREVIATIONS,
    WORD,
    Tag,
    is_cue,
    skippable,
    start_of_sentence,
)
from verify.extraction.segmentation import marks_at
from verify.extraction.sentence_subjects import past_label, subject_of
from verify.extraction.types import Entity


def aside_name(text: str, tag: Tag, index: EntityIndex) -> Entity | None:
    """The name an aside after the head gives the speaker: "a spokesman for
    the campaign, Jeff Weaver," but not a name further in ("The complaint,
    which was filed in Washington", "a former backer of Sen. Ted Cruz")."""
    start = tag.head_end
    while start < tag.end and text[start] in " ,":
        start += 1
    if not text[start : start + 1].isupper():
        return None
    comma = text.find(",", start, tag.end)
    stop = tag.end if comma < 0 else comma
    # "Andrew Pincus of the law firm Mayer Brown": the person it opens with
    return index.first_person_at(start, stop) or index.named_at(start, stop)


def pronoun_subject(
    text: str, before: int, pronoun: str, index: EntityIndex, reach: int = 6
) -> tuple[Entity | None, Entity | None]:
    """A "he" or "she" speaker is usually the person the sentences before
    are about: the named subject of the nearest such sentence (not any name
    that happens to come last, such as a place), or the speaker a quote's tag
    names before only quotes and sentences on the same pronoun; else None,
    and the person one of the two nearest sentences describes without a
    name, if any."""
    # the sentences' starts, nearest first, found only as far back as asked for
    starts = sentence_starts(text, max(0, before - 1200), before)
    nearest = next(starts)
    fronted = fronted_clause_person(text, nearest, before, pronoun, index)
    if fronted is not None:
        return fronted, None
    described: Entity | None = None
    # the sentences in between that may be about someone else: neither quoted
    # nor with the same pronoun as subject ("He now works in Seoul."), which go
    # on about the same person; without them a quote's tag further back is in reach
    about_others = 0
    sentences = pairwise(chain((before, nearest), starts))
    for nearness, (stop, start) in enumerate(islice(sentences, reach)):
        tag = _subject(text, start, before, nearness, index)
        if tag is not None and _same_pronoun(text[tag.head_start : tag.head_end], pronoun):
            continue
        if tag is None or index.quoted(tag.head_start):
            # a quote's own sentences ("… a week out. #Justdoit,” he wrote) name
            # no subject; the sentence just before, if a quote, has its speaker
            # in its tag ("“…,” said Ann Lee. “…,” she added.")
            speaker = None
            if nearness == 0:
                # the pronoun's sentence names no subject: the last speaker is likeliest
                speaker = _tagged_just_before(
                    text, _quote_opened(text, start, before), pronoun, index
                )
            opening = past_label(text, start, before)
            if speaker is None and (nearness < 2 or not about_others):
                speaker = _quote_speaker(text, opening, before, pronoun, index)
            if speaker is None and _told(text, opening, before, index):
                speaker = _introduced(text, opening, stop, pronoun, index) or _reporter(
                    text, start, stop, pronoun, index
                )
                about_others += 1
            elif speaker is None and (nearness < 2 or not about_others):
                # "“…” about the plan, said Ann Lee, a teacher."
                speaker = _reporter(text, start, stop, pronoun, index)
            if speaker is None and nearness < 2 and _PLURAL_OPENING.match(text, opening, stop):
                # "Some economists, like Ann Lee, agree that …"
                speaker = _one_sexed(text, (start, stop), None, pronoun, index)
            if speaker is not None:
                return speaker, None
            continue
        person = _person_of(text, tag, (start, stop), pronoun, index)
        if person is None and nearness < 2:
            person = _only_other(text, tag, (start, stop), pronoun, index)
        if person is not None:
            return person, None
        if nearness < 2 and described is None:
            described = _unnamed_role(text, tag, index)
        about_others += 1
    return None, described


def _same_pronoun(head: str, pronoun: str) -> bool:
    """Whether a subject is ``pronoun``, contracted or not ("He's said",
    "she'd"): the sentence goes on about the same person."""
    lower = head.lower()
    return lower == pronoun or (
        lower.startswith(pronoun) and lower[len(pronoun) : len(pronoun) + 1] in ("'", "\u2019")
    )


def _subject(text: str, start: int, before: int, nearness: int, index: EntityIndex) -> Tag | None:
    """The subject of the sentence at ``start``, but none in the pronoun's own
    sentence when only words before its comma precede it ("An immigrant from
    Uganda who settled here in 2013, she plans …", "The plan, he said, …"),
    unless they are someone else speaking ("Ann Lee noted the …, he said");
    past an opening word the text capitalises only there ("Afterward, Lee
    left …")."""
    bracket = text[start : start + 1] == "("
    tag = subject_of(text, start + bracket, before)
    if tag is not None and _opening_word(text, tag, index):
        tag = subject_of(text, tag.head_end + 1, before)
    if bracket and tag is not None and " " not in text[tag.head_start : tag.head_end]:
        # a sentence in brackets has its subject inside ("(Ann Lee defended her
        # mother.)"), but one word may be an aside's verb ("(Subscribe to …)")
        return None
    if (
        tag is not None
        and nearness == 0
        and text[start:before].rstrip().endswith(",")
        and not _speaks(text, tag)
    ):
        return None
    return tag


def _opening_word(text: str, tag: Tag, index: EntityIndex) -> bool:
    """Whether a subject is one capitalised word before a comma that the text
    names nowhere else ("Afterward,", "Touché,"): a sentence's opening word,
    which the entity index took for a name."""
    if text[tag.head_end : tag.head_end + 1] != "," or tag.head_start != tag.start:
        return False
    named = index.named_at(tag.head_start, tag.head_end)
    return named is not None and index.named_once(named)


def _person_of(
    text: str, tag: Tag, sentence: tuple[int, int], pronoun: str, index: EntityIndex
) -> Entity | None:
    """The person a sentence with the subject ``tag`` is about, if the
    pronoun may stand for them: the subject's name, the name of its aside
    ("The leader of the League, Jonathan Greenblatt, warned …") or the
    reporter of the sentence ("…, Ann Lee said.")."""
    head = text[tag.head_start : tag.head_end]
    if head.lower() == "who":
        # "First there was Ann Lee, who, after …, said": whom the "who" stands for
        named = who_antecedent(text, tag.head_start, index)
        return named if _may_be(named, pronoun, index) else None
    common = _common_head(head)
    if common or _COORDINATED.match(text, tag.head_end, sentence[1]):
        # "Trump's claim …, Biden said", "Even McCain, chairman of …, and
        # Grassley are in trouble, Tester said": the reporter first
        reporter = _reporter(text, *sentence, pronoun, index)
        if reporter is not None:
            return reporter
    named = index.named_at(tag.head_start, tag.head_end)
    if common and not _POSSESSIVE.search(head):
        # a name before a common noun ("The Louisville crowd") is no subject;
        # an owner is ("Francis' message is …")
        named = None
    if _may_be(named, pronoun, index):
        return named
    # else the name of an aside after the head, else after a role's phrase:
    # each looked for only when the one before is no such person
    for find in (aside_name, _role_aside, _named_role):
        entity = find(text, tag, index)
        if _may_be(entity, pronoun, index):
            return entity
    return None if common else _reporter(text, *sentence, pronoun, index)


def _may_be(entity: Entity | None, pronoun: str, index: EntityIndex) -> TypeGuard[Entity]:
    """Whether ``entity`` is a person the pronoun may stand for: not a people
    or a party in the plural ("Conservative Christians", "Young Latinos")."""
    return (
        entity is not None
        and entity.kind == "person"
        and not group_word(entity.name.rsplit(" ", 1)[-1].lower())
        and index.may_be(entity, pronoun)
    )


def _role_aside(text: str, tag: Tag, index: EntityIndex) -> Entity | None:
    """The name between commas after a role and its phrase ("the French
    ambassador to the United Nations, François Delattre, said …")."""
    if _unnamed_role(text, tag, index) is None:
        return None
    phrase = _ROLE_PHRASE.match(text, tag.head_end)
    if phrase is None:
        return None
    comma = text.find(",", phrase.end(), phrase.end() + _ASIDE_REACH)
    return None if comma < 0 else index.named_at(phrase.end(), comma)


# a second name joined to the subject, after its aside if any ("McCain, chairman
# of the committee, and Grassley are")
_COORDINATED = re.compile(r"(?:,[^,.;:]{1,80},)?\s+and\s+(?:[A-Z][\w.\u2019'-]*\s)*[A-Z]")
# the phrase after a role up to the comma that opens its aside
_ROLE_PHRASE = re.compile(r"\s(?:of|to|at|for|with|in)\s[^,.;:\n\u201c\"]{1,60},\s(?=[A-Z])")
# how long the name in such an aside may be
_ASIDE_REACH = 40


def _only_other(
    text: str, tag: Tag, sentence: tuple[int, int], pronoun: str, index: EntityIndex
) -> Entity | None:
    """The one man (for "he") or woman (for "she") by first name or title
    whom a nearby sentence names besides a subject the pronoun cannot be:
    someone of the other sex or a body ("Clinton thanked Tom Ray, a
    delegate. “…,” he said.") or a plural ("The delegates cheered Ann Lee.");
    not beside a singular description ("The radio host praised Ted
    Cruz"), who may be the pronoun's person."""
    head = text[tag.head_start : tag.head_end]
    if _common_head(head):
        subject = None
        if not head.endswith("s"):
            return None
    else:
        subject = index.named_at(tag.head_start, tag.head_end)
        if subject is None:
            return None
    return _one_sexed(text, sentence, subject, pronoun, index)


def _one_sexed(
    text: str,
    sentence: tuple[int, int],
    subject: Entity | None,
    pronoun: str,
    index: EntityIndex,
) -> Entity | None:
    """The one man or woman by first name or title, as ``pronoun`` says,
    whom ``sentence`` names outside quotes besides ``subject``."""
    if text[sentence[0] : sentence[1]].rstrip().endswith("?"):
        return None  # the writer's question ("Don't Republicans fear Obama?") names no speaker
    found: list[Entity] = []
    first = bisect_left(index.mentions, sentence[0], key=attrgetter("start"))
    for mention in index.mentions[first:]:
        if mention.end > sentence[1]:
            break
        if index.quoted(mention.start):
            continue
        entity = index.named_at(mention.start, mention.end)
        if entity is None or entity is subject or entity in found:
            continue
        title = text[mention.run_start : mention.start] if mention.run_start >= 0 else ""
        if entity.kind == "person" and _sexed(entity.name, title, pronoun):
            found.append(entity)
    return found[0] if len(found) == 1 else None


def _sexed(name: str, title: str, pronoun: str) -> bool:
    """Whether a first name or a title ("Mrs.") makes a man or woman of
    ``name`` as ``pronoun`` says."""
    words = name.split()
    first = words[0].lower() if len(words) > 1 else ""
    titled = {word.strip(".").lower() for word in title.split()}
    if pronoun == "he":
        return first in MALE_NAMES or bool(titled & _MEN)
    return first in FEMALE_NAMES or bool(titled & _WOMEN)


_MEN = word_set("mr sir lord king")
_WOMEN = word_set("mrs ms queen dame")


def _introduced(
    text: str, start: int, stop: int, pronoun: str, index: EntityIndex
) -> Entity | None:
    """The person a sentence brings on ("Then there's Ann Lee.", "There is
    also Tom Ray, who …"), whom the sentences after are about."""
    there = _THERE_IS.match(text, start, stop)
    if there is None:
        return None
    comma = text.find(",", there.end(), stop)
    person = index.first_person_at(there.end(), stop if comma < 0 else comma)
    return person if person is not None and index.may_be(person, pronoun) else None


# a sentence about a group its subject_of misses: "Some staunch defenders of trade"
_PLURAL_OPENING = re.compile(
    r"(?:Some|Many|Several|Other|Most|Few)\s(?:[a-z][\w-]*\s){0,2}[a-z]+s\b"
)
# "Then there's", "And there is also", "There was"
_THERE_IS = re.compile(
    r"(?:(?:And|But|Then|And then|Finally|Now),?\s+)?[Tt]here(?:['\u2019]s|\sis|\swas)"
    r"(?:\s(?:also|still|always))?\s+(?=[A-Z])"
)


def _reporter(text: str, start: int, stop: int, pronoun: str, index: EntityIndex) -> Entity | None:
    """The person a sentence without quote marks reports ("Mandates are a
    burden, said Ann Lee, a teacher." / "…, Ann Lee said.") when its
    subject is no one the pronoun may be."""
    tags = list(_REPORTING_TAG.finditer(text, start, stop))
    if not tags or any(mark in text[tags[-1].start() : stop] for mark in _OPENERS + CLOSERS):
        return None  # the tag of a quote, or a quote's words
    if index.quoted(tags[-1].start()):
        return None
    if tags[-1]["source"]:
        # "…, according to a post by Ann Lee.", not "according to Gallup"
        source = index.named_at(*tags[-1].span("source"))
        if source is None or source.kind != "person" or " " not in source.name:
            return None
        return source if index.may_be(source, pronoun) else None
    return _tag_person(tags[-1], pronoun, index)


def _common_head(head: str) -> bool:
    """Whether a subject's head noun is a common word ("the “Avatar” star")."""
    last = head.split()[-1:]
    return bool(last) and last[0].isalpha() and last[0].islower()


_POSSESSIVE = re.compile(r"\w(?:['\u2019]s|s['\u2019])(?=\s)")


def _speaks(text: str, tag: Tag) -> bool:
    """Whether a cue verb follows the subject ("Robby Mook acknowledged")."""
    words = WORD.finditer(text, tag.end, min(len(text), tag.end + _CUE_REACH))
    following = next((word.group() for word in words if not skippable(word.group())), "")
    return bool(following) and is_cue(following)


def _told(text: str, opening: int, before: int, index: EntityIndex) -> bool:
    """Whether a sentence without a named subject ("In addition, aides say
    …") is the writer's own telling, not a quote's words."""
    return opening < before and not (
        text[opening] in _OPENERS or text.startswith("''", opening) or index.quoted(opening)
    )


def body_subject(text: str, before: int, index: EntityIndex) -> Entity | None:
    """An "it" speaker ("“…,” it said.") is the body or document the sentence
    before is about: an organisation it names ("The Kremlin said …") or
    describes ("The mayor's office released a statement.", "Thursday's memo
    from the panel …"), or that its tag names ("“…,” the email read.");
    skipping the quote's own sentences."""
    starts = list(islice(sentence_starts(text, max(0, before - 600), before), 3))
    for start, stop in zip(starts, [before, *starts], strict=False):
        tag = subject_of(text, start, before)
        if tag is None or index.quoted(tag.head_start):
            told = body_tag(text, start, stop)
            if told is not None:
                return told
            continue
        head = text[tag.head_start : tag.head_end]
        if head.lower() == "it":
            continue  # "It stated that …": the same body goes on
        named = index.named_at(tag.head_start, tag.head_end)
        if named is not None:
            return named if named.kind == "organization" else None
        return body_described(head)
    return None


def body_tag(text: str, start: int, stop: int) -> Entity | None:
    """The body or document a quote's tag names in ``text[start:stop]``
    ("“…,” the email read."), as written."""
    told = _BODY_TAG.search(text, start, stop)
    return None if told is None else Entity(name=told["body"], kind="organization")


def body_described(head: str) -> Entity | None:
    """The body or document a subject describes ("the mayor's office",
    "Thursday's memo"), kept as written."""
    words = head.replace("\u2019", "'").split()
    opens = words[0].lower() in DETERMINERS or words[0].endswith("'s")
    if len(words) > 1 and opens and words[-1].lower() in _BODY_NOUNS:
        return Entity(name=head, kind="organization")
    return None


# what an "it" may stand for: a body, or a document that says things
_DOCUMENT_NOUNS = word_set(
    "email memo letter statement report release lawsuit complaint filing ad website"
)
_BODY_NOUNS = ORG_WORDS | _DOCUMENT_NOUNS
# "“…,” the email read." / "“…,” the company wrote in its statement."
_BODY_TAG = re.compile(
    r"[,?!][\u2019']?[\u201d\"]\s+(?P<body>(?:the|its)\s(?:[a-z][\w-]*\s){0,2}"
    rf"(?:{'|'.join(sorted(_BODY_NOUNS))}))\s(?:read|reads|said|says|stated|states|wrote|added)\b"
)


def _named_role(text: str, tag: Tag, index: EntityIndex) -> Entity | None:
    """The named person a subject's role stands for ("the president" after
    "President Obama"), if the entity index knows one."""
    role = _unnamed_role(text, tag, index)
    return role if role is not None and role.name != text[tag.head_start : tag.head_end] else None


def _unnamed_role(text: str, tag: Tag, index: EntityIndex) -> Entity | None:
    """The person a subject describes by role ("Britain's foreign secretary",
    "the spokeswoman"), the named one it stands for if the article has one."""
    head = text[tag.head_start : tag.head_end]
    words = head.replace("\u2019", "'").split()
    if len(words) < 2 or words[-1].lower() not in TITLES:
        return None
    if not (words[0].lower() in DETERMINERS or words[0].endswith("'s")):
        return None
    return index.described(tag.head_start, tag.head_end) or Entity(name=head, kind="person")


def _tagged_just_before(
    text: str, sentence: int, pronoun: str, index: EntityIndex
) -> Entity | None:
    """The person named by the speech tag that ends the sentence before
    ("“…,” said Ann Lee, a fellow at the institute. He added …"): the last
    speaker, however many sentences the quote before the tag held."""
    floor = max(0, sentence - 300)
    tags = list(_CLOSING_THEN_TAG.finditer(text, floor, sentence))
    if not tags:
        return None
    between = text[tags[-1].end() : sentence]
    # the tag ends the sentence before, or its speaker's next quoted sentences
    # follow it ("“…,” Lee said. “….” (Laughs) “…,” he added.")
    if sentence_breaks(text, tags[-1].end(), sentence) != [sentence] and not (
        _QUOTED_SENTENCES.fullmatch(between)
    ):
        return None
    return _tag_person(tags[-1], pronoun, index)


def _quote_opened(text: str, start: int, before: int) -> int:
    """Where the quote the pronoun's tag follows opened, if before the
    sentence at ``start`` ("“…. …. …,” he wrote."): the sentence the tag
    speaks for begins there; else ``start``."""
    closing = text[start:before].rstrip()
    opener = next((o for c, o in _OPENER_OF if closing.endswith(c)), "")
    if not opener:
        return start
    end = start + len(closing) - len(opener)
    opened = text.rfind(opener, max(0, start - 3000), end)
    return opened if 0 <= opened < start else start


# closing marks and their openers, double apostrophes (The Times' style) first
_OPENER_OF = (("''", "''"), ("\u201d", "\u201c"), ('"', '"'))


def _quote_speaker(
    text: str, start: int, before: int, pronoun: str, index: EntityIndex
) -> Entity | None:
    """The person the tag of a sentence opening with a quote names ("“…,”
    said Ann Lee, a teacher." / "“…,” Lee says.")."""
    if text.startswith("''", start):
        # The Times' double apostrophes ("''…,'' said Ann Lee.")
        tag = _APOSTROPHES_THEN_TAG.match(text, start, before)
    elif text[start : start + 1] in _OPENERS:
        tag = _QUOTE_THEN_TAG.match(text, start, before)
    else:
        return None
    return None if tag is None else _tag_person(tag, pronoun, index)


def _tag_person(tag: re.Match[str], pronoun: str, index: EntityIndex) -> Entity | None:
    """The person a tag matched by ``_TAG`` names, if ``pronoun`` may stand for them."""
    role = tag["described"]
    if role:
        # "“…,” said the woman, who …": someone the article does not name
        noun = role.split()[-1]
        if noun not in _PERSON_NOUNS or noun in _ROLE_GENDER.get(pronoun, ()):
            return None
        return index.described(*tag.span("described")) or Entity(name=role, kind="person")
    name = tag.span("after") if tag["after"] else tag.span("before")
    entity = index.named_at(*name)
    if entity is None or entity.kind != "person" or not index.may_be(entity, pronoun):
        return None
    return entity


# what a described speaker may be: one person, not a body or a group
_PERSON_NOUNS = frozenset(
    noun for noun in PEOPLE_OF | TITLES if not noun.endswith("s") and noun not in ("staff", "team")
)
# the role nouns a pronoun cannot stand for
_ROLE_GENDER = {
    "he": word_set("woman wife daughter mother sister spokeswoman chairwoman congresswoman"),
    "she": word_set("man husband son father brother spokesman chairman congressman"),
}
# how far after a subject its cue verb is looked for
_CUE_REACH = 40
# double quote marks and guillemets (unambiguous, unlike single curly marks),
# German „…“ too: after punctuation and before a space, “ closes;
# French style puts a space inside guillemets
_GUILLEMET_CLOSE = "[ \u00a0\u202f]?[\u00bb\u203a]"
_OPENERS = '\u201c\u201e"\u00ab\u2039\u00bb'
CLOSERS = '\u201d"\u00bb\u203a'
# a quote and its tag, the name after the cue or before it
_TAG_CUE_WORDS = word_set(
    """said says added adds wrote writes asked recalled explained told tells tweeted
    noted notes continued argued argues replied insisted stated declared warned
    acknowledged conceded"""
)
_TAG_CUES = rf"(?:{'|'.join(sorted(_TAG_CUE_WORDS))})"
_TAG_NAME = r"(?:[A-Z][\w.\u2019'-]*\s){0,3}[A-Z][\w.\u2019'-]*"
# the name before the cue may carry an age ("Khizr Khan, 66, said") or a
# description ("Ann Lee, a fellow at the institute, wrote", "Tom Ray, program
# director at the institute, said")
_TAG_ASIDE = r"(?:,\s(?:\d{1,3}|(?:an?\s|the\s|[a-z])[^,.;:\u201c\u201d\"]{1,100}),)"
_TAG = (
    rf"(?:{_TAG_CUES}\s+(?:(?P<after>{_TAG_NAME})|(?P<described>the\s[a-z]+)\b)"
    rf"|(?:[\w\u2019.-]+\s){{0,4}}?(?P<before>{_TAG_NAME}){_TAG_ASIDE}?\s+{_TAG_CUES}\b)"
)
# a closing mark and the tag after it, wherever its quote opened
_CLOSING_THEN_TAG = re.compile(
    rf"[,?!][\u2019']?(?:[\u201d\"\u201c\u00ab]|''|{_GUILLEMET_CLOSE})\s+{_TAG}"
)
# after a tag: its full stop and whole quoted sentences, nothing else
_QUOTED_SENTENCES = re.compile(
    r"\.(?:\s*[\u201c\u201e\"\u00ab\u2039\u00bb][^\u201c\u201d\u201e\"\u00ab\u00bb\u2039\u203a]+"
    r"[\u201d\u201c\"\u00bb\u203a\u00ab])+\s*"
)
# a speech tag after a comma in a sentence without quote marks
_REPORTING_TAG = re.compile(
    rf",\s+(?:{_TAG}|according\sto\s(?:(?:an?|the)\s(?:[a-z]+\s){{1,2}}(?:from|by)\s)?"
    rf"(?P<source>{_TAG_NAME}))"
)
_APOSTROPHES_THEN_TAG = re.compile(rf"''(?:[^'\n]|'(?!')){{1,600}}?[,?!]''\s+{_TAG}")
_QUOTE_THEN_TAG = re.compile(
    rf"[\u201c\u201e\"\u00ab\u2039\u00bb][^\u201c\u201d\u201e\"\u00ab\u00bb\u2039\u203a\n]{{1,600}}?"
    rf"[,?!](?:[\u201d\u201c\"\u00ab]|{_GUILLEMET_CLOSE})\s+{_TAG}"
)


def sentence_subject(text: str, before: int, pronoun: str, index: EntityIndex) -> Entity | None:
    """The named subject of the sentence a "he" or "she" sits inside ("Ann Lee
    spoke at a rally in Dover when he said …": Ann Lee, not Dover); where the
    pronoun opens its sentence, whom the sentences before are about, as for a
    quote's speaker ("Ann Lee met Tom Ray. She said …": Ann Lee), if anyone."""
    # not subject_breaks: "on Feb. 1 as he" and "Mr. Lee" end no sentence
    start = start_of_sentence(text, max(0, before - 600), before)
    start = max(start, text.rfind("\n", start, before) + 1)
    if not text[start:before].strip():
        return pronoun_subject(text, before, pronoun, index)[0]
    fronted = fronted_clause_person(text, start, before, pronoun, index)
    if fronted is not None:
        return fronted
    tag = subject_of(text, start, before)
    if tag is None and _introduced_only(text, start, before):
        # "In 1999, he said …": the pronoun opens its clause after an
        # introductory phrase; whom the sentence before is about, if it says
        about = pronoun_subject(text, before, pronoun, index, _INTRODUCED_REACH)[0]
        if about is not None:
            return about
    entity = None if tag is None else index.named_at(tag.head_start, tag.head_end)
    if not _may_be(entity, pronoun, index) or index.named_once(entity):
        return _unless_known(text, before, pronoun, index)
    return entity


def _introduced_only(text: str, start: int, before: int) -> bool:
    """Whether the words of a sentence before a pronoun are one short
    introductory phrase and its comma ("In 1999,", "On Sunday,", "Asked
    about the plan,")."""
    words = text[start:before].split()
    return (
        0 < len(words) <= _INTRODUCTION_WORDS
        and words[-1].endswith(",")
        and words[0].lower() in INTRO_WORDS
        and not any(word.endswith(",") for word in words[:-1])
    )


# how many words an introductory phrase before a pronoun may have, and how
# many sentences back its pronoun is then looked for before the nearest name
_INTRODUCTION_WORDS = 8
_INTRODUCED_REACH = 3


def _unless_known(text: str, before: int, pronoun: str, index: EntityIndex) -> Entity | None:
    """Whom the sentences before a "he" or "she" are about, where the nearest
    name the pronoun may stand for is no one known to be a he or she ("in
    Manchester", "the Affordable Care Act"); else None, leaving the pronoun
    to that name ("While Clinton has voiced concern, she …")."""
    nearest = index.resolve(before, before + len(pronoun))
    if nearest is not None and index.known_to_be(nearest, pronoun):
        return None
    return pronoun_subject(text, before, pronoun, index)[0]


def subject_breaks(text: str, start: int, end: int) -> list[int]:
    """Where the ``SUBJECT_BREAK`` matches in ``text[start:end]`` end. A break
    opens with one of its marks: see start_of_sentence."""
    ends: list[int] = []
    searched = start
    for at in marks_at(text, start, end, ".!?\n"):
        if at >= searched:
            match = SUBJECT_BREAK.match(text, at, end)
            if match is not None:
                searched = match.end()
                ends.append(searched)
    return ends


def sentence_breaks(text: str, start: int, end: int) -> list[int]:
    """The subject breaks in ``text[start:end]`` that end a sentence for the
    look-backs here: not a title's full stop ("Mr. Ailes", "Gov. Terry
    Branstad"), after which the sentence and its subject go on."""
    return [stop for stop in subject_breaks(text, start, end) if _ends_sentence(text, start, stop)]


def sentence_starts(text: str, start: int, end: int, *, stretch: int = 300) -> Iterator[int]:
    """``sentence_breaks(text, start, end)`` from the last to the first, then
    ``start``: read back from ``end`` about ``stretch`` characters at a time
    as they are asked for (most look-backs stop at the first or second)."""
    stop = end
    while stop > start:
        # a break is a mark followed by quote marks and spaces only, so none
        # runs over a letter or digit: after one, a scan finds the same breaks
        # as one from ``start``
        begin = max(start, stop - stretch)
        while begin > start and not text[begin - 1].isalnum():
            begin -= 1
        found = subject_breaks(text, begin, stop)
        yield from (at for at in reversed(found) if _ends_sentence(text, start, at))
        stop = begin
    yield start


def _ends_sentence(text: str, start: int, stop: int) -> bool:
    """Whether the break ending at ``stop`` ends no title ("Mr. ") within the
    twelve characters before it, none of them before ``start``."""
    # (a title has a capital: the words before most breaks, all in small
    # letters, spare the pattern's try at each of their offsets)
    return (
        text[max(start, stop - 12) : stop].islower()
        or _AFTER_TITLE.search(text, max(start, stop - 12), stop) is None
    )


_AFTER_TITLE = re.compile(rf"\b(?:{TITLE_ABBREVIATIONS})\.\s+$")


# one character class first, so that the engine skips to the next candidate
# instead of trying the pattern at every position; a small letter after the
# stop goes on with the sentence ("became a U.S. citizen")
SUBJECT_BREAK = re.compile(
    r"[.!?\n](?:(?<=\n)\n*"
    # nor does a middle initial ("George W. Bush")
    r"|(?<=[.!?])(?<!\s[A-Z]\.)"
    r"(?:[\"\u201d\u201c'\u00ab]|[ \u00a0\u202f]?[\u00bb\u203a])?\s+(?![a-z]))"
)
