"""Speaker attribution: who said each quote, found from its speech tag.

The tag of each quote is found around it (``tags``): right after the closing
mark, before the opening mark in the same sentence, or later in the same
sentence. Otherwise the speaker is carried over from another quote of the
same paragraph, or from the previous paragraph when the quote opens its own
paragraph (continuation quotes).

The speaker mention is the noun phrase next to the cue verb, found by scanning
words rather than parsing (``phrases``); it is resolved to the fullest name
through the entity index (pronouns and descriptions included). The speech
model (``speech``) decides, from the features ``speech_features`` reads,
which quoted spans are speech at all.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from verify.extraction.antecedents import who_antecedent
from verify.extraction.cueless import later_clause_subject, named_before_colon
from verify.extraction.descriptions import (
    DESCRIPTION_OPENERS,
    adjective_head,
    name_closing_roles,
    name_modifies,
    own_report_start,
)
from verify.extraction.entities import EntityIndex
from verify.extraction.entity_roles import name_before_of
from verify.extraction.group_speakers import it_speaker, they_speaker
from verify.extraction.inanimate import no_speaker_word, says_nothing
from verify.extraction.lexicon import word_set
from verify.extraction.name_runs import name_kind
from verify.extraction.name_words import country_body
from verify.extraction.phrases import (
    DETERMINERS,
    NP_PREPOSITIONS,
    PRONOUN_SUBJECTS,
    RELATIVE_SUBJECTS,
    SENTENCE_END,
    WORD,
    Tag,
    start_of_sentence,
    tokens_of,
)
from verify.extraction.pronoun_mentions import possessive_owner
from verify.extraction.pronoun_speakers import (
    CLOSERS,
    SUBJECT_BREAK,
    aside_name,
    pronoun_subject,
)
from verify.extraction.reports.patterns import name_ending_at
from verify.extraction.reports.places import place_opening, where_said
from verify.extraction.role_speakers import office_holder
from verify.extraction.sentence_subjects import (
    PLACE_PREPOSITIONS,
    label_person,
    place_phrase_end,
    subject_of,
)
from verify.extraction.speech import default_model
from verify.extraction.speech_features import speech_features
from verify.extraction.tags import find_tags, tag_before
from verify.extraction.titles import title_in_tag
from verify.extraction.types import Entity, Quote, QuoteKind
from verify.extraction.unspoken import unspoken

if TYPE_CHECKING:
    from verify.extraction.quotes import QuoteSpan


def attribute(
    text: str, spans: list[QuoteSpan], index: EntityIndex
) -> list[tuple[Quote, Entity | None]]:
    """One Quote per span, with speaker, mention and cue where found."""
    tags = find_tags(text, spans)
    model = default_model()
    speech = [
        features is not None and model.is_speech(features)
        for features in speech_features(text, spans, tags)
    ]
    _carry_over(text, spans, tags)
    index.set_quoted([(span.mark_start, span.mark_end) for span in spans])
    # a tag carried over to several quotes names the same speaker for each:
    # resolved once (the look-backs behind a pronoun are the dearest part)
    resolved: dict[Tag, Entity | None] = {}
    return [
        _quote(text, span, tag, index, resolved)
        for span, tag, keep in zip(spans, tags, speech, strict=True)
        if keep
    ]


def _quote(
    text: str,
    span: QuoteSpan,
    tag: Tag | None,
    index: EntityIndex,
    resolved: dict[Tag, Entity | None],
) -> tuple[Quote, Entity | None]:
    kind = quote_kind(text, span)
    if unspoken(text, span):
        return Quote(span.start, span.end, text[span.start : span.end], kind), None
    tag = (
        _noun_owner(text, span)
        or possessive_owner(text, span.paragraph.start, span.mark_start)
        or tag
    )
    if tag is None or tag.cue is None:
        tag = _owner_of_words(text, span) or tag
    if tag is None:
        tag = _clause_subject(text, span)
    elif tag.cue is None:
        tag = later_clause_subject(text, tag, span.mark_start) or tag
    if tag is not None and tag.cue is None and _EXPLETIVE_IT.match(text, tag.head_start):
        tag = _focus_of_it(text, tag, max(span.mark_start, tag.end))
    if tag is None:
        return Quote(span.start, span.end, text[span.start : span.end], kind), None
    tag = _pronoun_alone(text, tag)
    if says_nothing(tag.cue, text[tag.head_start : tag.head_end]):
        tag = named_before_colon(text, tag, span.mark_start, index) or tag
    tag = _poll_source(text, span, tag) or tag
    speaking = _speech_owner(text, tag) or tag
    if speaking not in resolved:
        resolved[speaking] = _resolve(text, speaking, index)
    entity = resolved[speaking]
    head = text[speaking.head_start : speaking.head_end]
    if text[speaking.head_end : speaking.head_end + 1] == ":" and head.isupper():
        # a transcript's label: "KULEBA: “…”" is the Dmytro Kuleba the article names
        entity = label_person(head, index.entities) or entity
    if entity is None and (
        no_speaker_word(head) or _runs_on(text, speaking) or says_nothing(speaking.cue, head)
    ):
        # "is easier said than done", "said matter-of-factly", "The Rove ad hits
        # Clinton for taking “…”": no one is named
        return Quote(span.start, span.end, text[span.start : span.end], kind), None
    speaker = entity.name if entity is not None else _bare_speaker(head)
    if speaker is not None and "\xa0" in speaker:  # "A\xa0Texas voter": shown with plain spaces
        speaker = " ".join(speaker.split())
    if entity is None and speaker is not None:
        entity = Entity(name=speaker, kind=name_kind(speaker))
    mention = text[tag.start : _mention_end(text, tag)]
    if _unclosed(mention):
        # a title ending the mention keeps its closing mark ("star of “Scandal,”")
        closing = _CLOSING_MARK.match(text, tag.end)
        mention = text[tag.start : closing.end()] if closing else mention
    report = own_report_start(mention)
    mention = (mention[:report] if report > 0 else mention).rstrip(" ,")
    quote = Quote(
        span.start,
        span.end,
        text[span.start : span.end],
        kind,
        speaker,
        mention,
        tag.cue,
    )
    return quote, entity


def _clause_subject(text: str, span: QuoteSpan) -> Tag | None:
    """ "such as when Cruz knocked Rubio and called him a “moderate”", "When
    Trump used the words, “…”": a quote left without a tag belongs to the
    named subject of the clause it closes."""
    floor = max(span.paragraph.start, span.mark_start - 300)
    start = start_of_sentence(text, floor, span.mark_start)
    clauses = list(_CLAUSE_SUBJECT.finditer(text, start, span.mark_start))
    if not clauses:
        return None
    name = clauses[-1]
    return Tag(name.start(1), name.end(1), name.start(1), name.end(1), None)


# a clause opening with a name (no possessive: "as Lee's aides") and a verb:
# "when Cruz knocked", "and Trump stood"
_CLAUSE_SUBJECT = re.compile(
    r"\b(?:[Ww]hen|[Aa]s|and|[Aa]fter|[Ww]hile|[Bb]ecause|[Ss]ince|[Bb]efore)\s+"
    r"((?:[A-Z][\w.\u2019'-]*\s){0,2}[A-Z][\w.-]*)\s+[a-z]+\b"
)


def _focus_of_it(text: str, tag: Tag, limit: int) -> Tag | None:
    """ "It is strange that Trump would denounce “…”", "it was a report by
    Politico that …": an empty "it" speaks for no one; the subject of its
    "that" clause, or the name it puts in focus, is the speaker (or nobody)."""
    opening = _EXPLETIVE_IT.match(text, tag.head_start)
    assert opening is not None
    that = _THAT_CLAUSE.match(text, opening.end())
    if that is not None:
        # the clause opens in lower case ("that her campaign has …"), which
        # subject_of reads as no subject unless it is a name
        common = _COMMON_SUBJECT.match(text, that.end(), limit)
        if common is not None:
            return Tag(common.start(), common.end(), common.start(), common.end(), None)
        return subject_of(text, that.end(), limit)
    if opening["verb"] not in _FOCUS_VERBS:
        return tag  # "It has been careful to frame …": a real "it"
    focus = _FOCUS_END.search(text, opening.end(), limit)
    stop = focus.start() if focus is not None else limit
    names = list(_CAPITALISED.finditer(text, opening.end(), stop))
    if not names:
        return None
    name = names[-1]
    return Tag(name.start(), name.end(), name.start(), name.end(), None)


# "It is", "it was", "It has not", "It's": an "it" that only opens a clause
_EXPLETIVE_IT = re.compile(
    r"[Ii]t(?:['\u2019]s|\s+(?P<verb>is|was|has|had|isn['\u2019]t|wasn['\u2019]t"
    r"|hasn['\u2019]t))\b(?:\s+(?:not|also|just|only|been))*"
)
# the words before a "that" clause: "strange that", "not helped that", "that"
_THAT_CLAUSE = re.compile(r"(?:\s+[a-z]+)?\s+that\s+")
# "the campaign has", "his aides were": a determiner, a noun and a verb
_COMMON_SUBJECT = re.compile(
    r"(?:the|his|her|its|their)\s+[a-z]+(?:\s+[a-z]+)?(?=\s+(?:has|have|had|is|was|were|are"
    r"|would|will|did|does|can|could)\b)"
)
_FOCUS_VERBS = frozenset((None, "is", "was", "isn't", "wasn't", "isn\u2019t", "wasn\u2019t"))
# a cleft sentence's focus ends at its relative word: "it was Obama who …"
_FOCUS_END = re.compile(r"\s(?:that|who|which)\s")
_CAPITALISED = re.compile(r"[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*")


def _pronoun_alone(text: str, tag: Tag) -> Tag:
    """A pronoun is a whole noun phrase: the words after it ("he, once
    again", "She, too", "He\u2019s predicting") are not the speaker's."""
    pronoun = _PRONOUN_WORD.match(text, tag.start, tag.end)
    if pronoun is None or pronoun.end() == tag.end:
        return tag
    if pronoun.group().lower() not in PRONOUN_SUBJECTS:
        return tag
    return Tag(tag.start, pronoun.end(), tag.start, pronoun.end(), tag.cue)


# a word without an apostrophe's contraction ("They" of "They\u2019re")
_PRONOUN_WORD = re.compile(r"[A-Za-z]+\b")


def _owner_of_words(text: str, span: QuoteSpan) -> Tag | None:
    """ "Mitt Romney's “47 percent” comment": a name owning the speech noun
    the quote modifies said the words."""
    noun = WORD.match(text, span.mark_end + 1)
    if noun is None or text[span.mark_end] != " " or noun.group() not in _QUOTED_NOUNS:
        return None
    floor = max(span.paragraph.start, span.mark_start - _OWNER_WINDOW)
    owner = _OWNER_BEFORE.search(text, floor, span.mark_start)
    if owner is None:
        return None
    return Tag(owner.start(), owner.end(1), owner.start(), owner.end(1), None)


# a name of up to four words with its possessive, right before the opening mark
_OWNER_BEFORE = re.compile(
    r"(?:[A-Z][\w.\u2019'-]*\s+){0,3}?([A-Z][\w.-]*)(?:['\u2019]s|s['\u2019])\s+$"
)
_OWNER_WINDOW = 80


def _noun_owner(text: str, span: QuoteSpan) -> Tag | None:
    """ "her remark that “…”", "his statement on Wednesday that “…”": the
    owner of the speech noun the quote completes said the words."""
    floor = max(span.paragraph.start, span.mark_start - _NOUN_OWNER_WINDOW)
    owned = _OWNED_NOUN.search(text, floor, span.mark_start)
    if owned is None:
        return None
    start, end = owned.span("owner")
    return Tag(start, end, start, end, None)


def _poll_source(text: str, span: QuoteSpan, tag: Tag) -> Tag | None:
    """ "In a Post-ABC News poll, 75 percent of Republicans said “…”": a share
    of respondents speaks through the poll its sentence names."""
    if not _SHARE.search(text, tag.start, tag.end):
        return None
    start = start_of_sentence(text, span.paragraph.start, min(tag.start, span.mark_start))
    stop = SENTENCE_END.search(text, span.mark_end, span.paragraph.end)
    end = stop.end() if stop is not None else span.paragraph.end
    polls = [
        poll
        for poll in _POLL.finditer(text, start, end)
        if not span.mark_start <= poll.start() < span.mark_end
    ]
    if not polls:
        return None
    poll = polls[0]
    return Tag(poll.start(), poll.end(), poll.start(), poll.end(), tag.cue)


# a share of people: "75 percent of Republicans", "Six in 10 voters", "49%"
# (opening with one character class lets the engine skip to each digit or "i";
# the look-behind after [Ii] is the word boundary before it)
_SHARE = re.compile(r"[\dIi](?:(?<=\d)\s*(?:percent|%)|(?<=[Ii])(?<!\w[Ii])n (?:10|ten)\b)")
# a poll or survey with what identifies it: "a September Post-ABC News poll
# released Sunday"
_POLL = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w.'\u2019/-]+\s+){0,6}?(?:poll|survey)\b"
    r"(?:\s+(?:released|conducted|taken|published)\b[^.,;:\n\"\u201c\u201d]*)?"
)


def _mention_end(text: str, tag: Tag) -> int:
    """Where the speaker's words end: a subject keeps the short phrase placing
    it ("Aides to Mr. Sanders have …", "A footnote in the report makes …",
    "Democrats on Capitol Hill seized on it, arguing …")."""
    if tag.end != tag.head_end:
        return tag.end
    # a cheap look before tokenizing: most subjects are followed by their verb
    following = WORD.match(text, tag.end + 1)
    if following is None or following.group() not in _PHRASE_PREPOSITIONS:
        return tag.end
    if tag.cue is not None:
        closing = _closing_phrase_end(text, tag)
        if closing != tag.end:
            return closing
    if following.group() not in PLACE_PREPOSITIONS:
        return tag.end
    tokens = tokens_of(text, tag.end, min(len(text), tag.end + _PLACE_WINDOW))
    end = place_phrase_end(tokens, 0) if tokens else 0
    return tokens[end - 1].end() if end else tag.end


# enough characters for a preposition and a name of several words
_PLACE_WINDOW = 200


def _closing_phrase_end(text: str, tag: Tag) -> int:
    """ "…,” noted a report for Oxfam on energy policy by the group E3G.": a
    description closing its sentence keeps the phrases after its head."""
    head = text[tag.head_start : tag.head_end]
    if head.split()[0] not in DESCRIPTION_OPENERS:
        return tag.end
    rest = _CLOSING_PHRASE.match(text, tag.end)
    return rest.end(1) if rest else tag.end


_PHRASE_PREPOSITIONS = PLACE_PREPOSITIONS | word_set("of for with")
# a prepositional phrase running to the sentence's end, with no clause in it
# (a full stop after a single capital is an abbreviation's: "the U.S. Embassy")
_CLOSING_PHRASE = re.compile(
    r"( (?:in|of|on|for|from|by|at|to|with|over)\b"
    r"(?:[^.,;:!?\n\u201c\u201d\"]|(?<=\b[A-Z])\.){2,120}?)\.(?:\s|$)"
)


def _unclosed(mention: str) -> bool:
    return (
        mention.count("\u201c") > mention.count("\u201d")
        or mention.count("''") % 2 == 1
        or mention.count('"') % 2 == 1
    )


_CLOSING_MARK = re.compile("[,.?!]?(?:[\u201d\"\u00bb\u203a]|'')")


def _speech_owner(text: str, tag: Tag) -> Tag | None:
    """ "Rubio's catch phrase", "the campaign's statement", "Trump's recent
    assertion": the owner of a speech noun said the words, so the tag's
    head becomes the owner (not so "Sanders's campaign manager")."""
    head = text[tag.head_start : tag.head_end]
    words = head.split()
    if len(words) < 2 or words[-1].lower() not in _SPEECH_NOUNS:
        return None
    match = _POSSESSIVE_END.search(head)
    if match is None or match.end() > len(head) - len(words[-1]):
        return None
    start, end = tag.head_start, tag.head_start + match.start()
    return Tag(tag.start, tag.end, start, end, tag.cue)


_POSSESSIVE_END = re.compile(r"(?:['\u2019]s|s['\u2019])(?= )")
# what a speaker's words are called: the owner of one is the speaker
_SPEECH_NOUNS = word_set(
    """statement statements remark remarks comment comments words language rhetoric
    claim claims assertion assertions response answer reply phrase slogan tweet tweets
    message letter email speech argument attack attacks broadside criticism accusation
    accusations promise pledge vow warning description release"""
)
# the words a quote may name before the noun: "Romney's “47 percent” comment"
_QUOTED_NOUNS = _SPEECH_NOUNS | word_set("line quip catchphrase mantra refrain label")
# a possessive pronoun, up to two modifiers and a speech noun, then a short
# phrase or "that" (with the clause's pronoun) right before the mark; not the
# noun alone ("a statement saying his comment “…”" is the statement's)
_OWNER_PHRASE = (
    r"\s+(?:on|during|before|at|in|about|to)"
    r"(?:\s+(?!(?:is|was|were|are|and|said|says)\b)[\w'\u2019-]+){1,5}"
)
# the owner is "his", "her" or "their" after a word boundary (the lookbehind
# after its first letter): a pattern opening with a character class lets the
# regex engine skip to each "H", "h", "T" or "t" (one opening with \b is
# tried at every offset)
_OWNED_NOUN = re.compile(
    r"(?P<owner>[HhTt](?<!\w[HhTt])(?:(?<=[Hh])(?:is|er)|(?<=[Tt])heir))\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(_SPEECH_NOUNS))})"
    rf"(?:(?:{_OWNER_PHRASE})?\s+that(?:\s+(?:he|she|they))?|{_OWNER_PHRASE}),?\s*\Z"
)
_NOUN_OWNER_WINDOW = 150


def _resolve(text: str, tag: Tag, index: EntityIndex) -> Entity | None:
    head = text[tag.head_start : tag.head_end]
    if head.lower() in _FIRST_PERSON_SPEAKERS:
        # the writer's own "I said" (an essay, a memoir) names no one in the text
        return None
    relative = text[tag.start : tag.end] == "who"
    if relative:
        # "praised evangelist Franklin Graham, who has vowed …", "his show's
        # listeners, who wondered …"
        named = who_antecedent(text, tag.start, index)
        if named is not None:
            return named
    if (place := place_opening(text, tag.head_start, tag.head_end)) is not None:
        # "Stacy Baker of Columbia, South Carolina says": who, not where from
        before = name_ending_at(text, max(0, place - 80), place)
        person = index.named_at(*before) if before is not None else None
        if person is not None:
            return person
    where = where_said(head)
    if (
        where is not None
        and head[: where.start()].islower()
        and not text[tag.head_end : tag.head_end + 3].lstrip(",\u00a0 ")[:1].isupper()
    ):
        # "voters in Ohio", "a judge in the Philippines": as written (not "his
        # friend at Lehigh, Bruce Turry, who …", whose aside names him)
        return None
    if head == "who" or (relative and head.isdigit()):
        # "said Ann Lee, 32, a former aide to Tom Ray, who said …": the person
        # the clause describes is the first one its sentence names (not her age)
        sentence = start_of_sentence(text, max(0, tag.head_start - 600), tag.head_start)
        # not a word of a quote in that sentence ("“Asking …?” asked Ann Lee, who …")
        closing = max(text.rfind(mark, sentence, tag.head_start) for mark in CLOSERS)
        return index.first_person_at(max(sentence, closing + 1), tag.head_start)
    if head.lower() in _PERSONAL_PRONOUNS:
        pronoun = head.lower()
        subject, described = pronoun_subject(text, tag.head_start, pronoun, index)
        if subject is not None:
            return subject
        antecedent = index.resolve(tag.head_start, tag.head_end)
        if described is not None and (
            antecedent is None or not index.known_to_be(antecedent, pronoun)
        ):
            # "Britain's foreign secretary said … “…,” she said.": someone the
            # article only describes, rather than a name not known to be a she
            return described
        return antecedent
    if head.lower() == "it":
        # "The mayor's office released a statement. “…,” it said."
        return it_speaker(text, tag.head_start, index)
    if head.lower() == "they":
        # "Mr. Lee and Mr. Roe …. They said …", not the last body named
        return they_speaker(text, tag.head_start, index)
    if country_body(head.lower().split()):
        return None  # "Russia's Defense Ministry", as written
    if name_modifies(head):
        named = aside_name(text, tag, index) or index.described(tag.head_start, tag.head_end)
        return named or office_holder(text, tag.head_start, tag.head_end, index)
    own = name_before_of(head)
    start = tag.head_start
    if not own:
        # "undecided voter Ann Lee of Derry, N.H.", "Speaker of the House Rep. Ann Lee":
        # the name closing the roles
        offset, own = name_closing_roles(head)
        start += offset
    if own:
        # "Sen. Tom Carper of Delaware", "Ann Lee of the Cato Institute"
        entity = index.resolve(start, start + len(own))
        if entity is not None and entity.kind == "person":
            return entity
    if not _is_role_of_other(head) and not adjective_head(head):
        entity = index.resolve(tag.head_start, tag.head_end)
        if entity is not None:
            return entity
    if head[:1].isupper() and head.split()[0].lower() not in DESCRIPTION_OPENERS:
        return None  # a name the index does not know ("Cuban, who hosts a TV show")
    # "the Florida senator" after "Marco Rubio": whom the sentences before are about
    return aside_name(text, tag, index) or office_holder(text, tag.head_start, tag.head_end, index)


_PERSONAL_PRONOUNS = word_set("he she")
_FIRST_PERSON_SPEAKERS = word_set("i we")


def _is_role_of_other(head: str) -> bool:
    """ "Sanders's campaign manager", "a spokesman for Clinton", "the senator
    from Vermont": the name in it is not the speaker's."""
    words = head.replace("\u2019", "'").split()
    if not words:
        return False
    if words[0].lower() in ("a", "an", "one"):
        # "a spokesman for Clinton", but not "an honor Ann Lee said …", whose
        # name after a single common noun closes the head
        return not (len(words) > 2 and words[1].islower() and _all_capitalised(words[2:]))
    if words[:2] == ["More", "from"]:
        return False  # "More from Ann Lee: “…”": hers
    # "Sanders's campaign manager", but not "the Post's Ruth Marcus", whose
    # own name of two words or more closes the head
    possessive = any(w.endswith(("'s", "s'")) for w in words[:-1]) and not _ends_in_name(words)
    inner = words[1:-1]
    if "of" in inner:
        # "secretary of state Ann Lee", "chief of staff Tom Roe": the "of" is the title's
        inner = [
            w
            for w, following in pairwise(words[1:])
            if not (w == "of" and following.lower() in ("state", "staff"))
        ]
    return possessive or any(w in ("for", "of", "to", "at", "from") for w in inner)


def _all_capitalised(words: list[str]) -> bool:
    return all(word[:1].isupper() for word in words)


def _ends_in_name(words: list[str]) -> bool:
    """Whether the last two words are a name's ("Ruth Marcus", not "potential
    VP" nor "Summit EMEA")."""
    last = words[-2:]
    return (
        len(last) == 2
        and all(word[:1].isupper() for word in last)
        and not last[-1].isupper()
        and not last[0].endswith(("'s", "s'"))
    )


def _runs_on(text: str, tag: Tag) -> bool:
    """A subject read without a cue that runs on past its noun into a verb
    and a preposition ("The Rove ad hits Clinton for", "His criticism,
    according"): a clause, not someone."""
    if tag.cue is not None:
        return False
    words = text[tag.start : tag.end].rstrip(" ,").split()
    return len(words) > 2 and words[-1].lower() in _DANGLING


_DANGLING = NP_PREPOSITIONS | word_set("according being now")


def _bare_speaker(head: str) -> str | None:
    """The head as the speaker's name when no entity matched it: descriptions
    and collectives ("Russian state media") stay as written, pronouns name
    nobody."""
    head = head.rstrip(",")  # "The ad, entitled “…”": the comma closes no name
    words = head.split()
    while len(words) > 1 and (words[-1] in NP_PREPOSITIONS or words[-1].lower() in _CUT_ENDS):
        # a head cut short after its preposition, determiner or dash ("Supporters
        # of", "the senator, his", "Lee's proposals - such")
        words.pop()
        head = head[: head.rindex(" ")].rstrip(" ,")
    if not words:
        return None
    lone = words[0].lower() if len(words) == 1 else ""
    if lone in PRONOUN_SUBJECTS or lone in _FRAGMENTS or lone in _DOCUMENTS:
        # "Another said", "Multiple outlets" cut to "Multiple", "Transcript as follows:"
        return None
    return head


_CUT_ENDS = DETERMINERS | word_set("such - \u2013 \u2014")
# lone words a head is cut to that name no one: quantifiers and determiners
# whose noun was lost, words that only open a sentence, and a web page's
# imperatives ("Read the latest updates below:")
_FRAGMENTS = word_set(
    """another some one multiple several each any both either neither such other
    yes no to and but or the a an this that these those you read watch see listen"""
)
# what a colon introduces, not who speaks in it
_DOCUMENTS = word_set("transcript transcripts excerpt excerpts text video audio update")


# a direct quote resumed after the tag that cut it: "“The attack,” Lee said, “was aimed …”"
# (also in two apostrophes, and after a title's full stop: "''The attack,'' Mr. Lee
# said, ''was aimed …''")
_RESUMED = re.compile(
    r"[,?!](?:[\u201d\u201c\"\u00ab]|''|[ \u00a0\u202f]?[\u00bb\u203a])\s+"
    r"(?:[^\u201c\u201d\u201e\"\u00ab\u00bb\u2039\u203a\n.]"
    r"|\b(?:Mrs?|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.){1,60},\s*\Z"
)


_NESTED_CLOSERS = frozenset("'\u2019\u203a")


def quote_kind(text: str, span: QuoteSpan) -> QuoteKind:
    """Direct when the quote is a whole utterance: it starts a sentence
    (capital letter) and ends one (or is cut by its speech tag)."""
    first = text[span.start]
    opens = first.isupper() or first.isdigit() or span.mark_start == span.paragraph.start
    if not opens and not _RESUMED.search(text, max(0, span.mark_start - 80), span.mark_start):
        return "partial"
    end = span.end
    while end - 1 > span.start and text[end - 1] in _NESTED_CLOSERS:
        end -= 1  # "She told us, 'Your jobs are safe,'": the nested quote's mark
    last = text[end - 1]
    if last in ".,!?\u2026\u2014-:;":
        return "direct"
    after = text[span.mark_end : span.mark_end + 2]
    if span.mark_end >= span.paragraph.end or after[:1] in ".,!?":
        return "direct" if len(text[span.start : span.end].split()) > 3 else "partial"
    return "partial"


def _carry_over(text: str, spans: list[QuoteSpan], tags: list[Tag | None]) -> None:
    """Untagged quotes take the speaker of a neighbouring quote: the rest of
    a quote running over paragraphs, a quote in the same paragraph, or, for a
    quote opening its paragraph, the speaker introduced in the one before."""
    _take_colon_intros(text, spans, tags)
    # whether each quote's sentence runs on into the next quote's, read by two passes below
    same_sentence = [_same_sentence(text, span, following) for span, following in pairwise(spans)]
    for number in range(len(spans) - 2, -1, -1):
        if tags[number] is None and spans[number + 1].continued:
            tags[number] = tags[number + 1]
        elif same_sentence[number] and not _relative_tag(text, tags[number + 1]):
            # "The program was a “good thing” that yielded “good information,” he
            # remarked": the tag of the next quote in the sentence beats its subject
            # (not a relative's: "… to “dictators” and attacked Trump, who has said …")
            _take_cued_tag(tags, number, number + 1)
    for number in range(1, len(spans)):
        tag, earlier = tags[number], tags[number - 1]
        if (
            tag is not None
            and earlier is not None
            and earlier.start <= tag.start < earlier.end
            and text[tag.head_start : tag.head_end] in RELATIVE_SUBJECTS
        ):
            # "“…,” said Ann Lee, a teacher who said she would march. “…”": the
            # clause is part of the earlier speaker's description, not a new tag
            tags[number] = earlier
    for number in range(1, len(spans)):
        if same_sentence[number - 1] and not _own_subject_after(
            text, spans[number - 1], tags[number - 1], tags[number]
        ):
            # "Rubio said that by refusing to say “radical Islam,” Democrats are
            # “saying …”": without a cue of its own, the quote is the earlier speaker's
            _take_cued_tag(tags, number, number - 1)
    for number, span in enumerate(spans):
        if tags[number] is not None:
            continue
        same_para = [
            other
            for other in range(max(0, number - 4), min(len(spans), number + 5))
            if spans[other].paragraph == span.paragraph and tags[other] is not None
        ]
        if len(same_para) > 1:
            # "said Ana Ruiz, the author of “Hacked Town Hall,” who …. “…”": a
            # title inside the tag has a tag cut at its own mark; take another's
            untitled = [other for other in same_para if not title_in_tag(text, spans[other])]
            same_para = untitled or same_para
        if same_para:
            tags[number] = tags[min(same_para, key=lambda other: abs(other - number))]
        elif span.continued or span.mark_start == span.paragraph.start:
            tags[number] = _previous_speaker(text, spans, tags, number)
        else:
            # "Ward wrote: / I think … the “new normal” …": a paragraph quoted
            # without marks after a colon is the introducer's
            tags[number] = _colon_intro(text, span.paragraph.start) or _nearest_subject(
                text, span.paragraph.start, span.mark_start
            )


def _own_subject_after(text: str, earlier: QuoteSpan, lender: Tag | None, tag: Tag | None) -> bool:
    """ "in a clip that Ann Ruiz called “distasteful,” Tom Roe expressed a
    desire to “…”": a tag inside an object relative clause reports the quote
    in that clause only, when a named subject follows that quote."""
    if lender is None or tag is None or tag.start < earlier.mark_end:
        return False
    before = text[max(0, lender.start - 7) : lender.start].split()
    return bool(before) and before[-1] in ("that", "which", "whom") and text[tag.start].isupper()


def _relative_tag(text: str, tag: Tag | None) -> bool:
    return tag is not None and text[tag.start : tag.end].lower() in RELATIVE_SUBJECTS


def _take_colon_intros(text: str, spans: list[QuoteSpan], tags: list[Tag | None]) -> None:
    """A quote opening its paragraph after "As the Tribune reported:" is the
    introducer's, and so are its untagged continuations: a tag at the end of
    a later paragraph ("…,” Lee said.") belongs to a quote inside it."""
    intro = None
    for number, span in enumerate(spans):
        if tags[number] is not None:
            intro = None
        elif span.continued:
            tags[number] = intro
        elif span.mark_start == span.paragraph.start:
            intro = tags[number] = _colon_intro(text, span.paragraph.start)


def _take_cued_tag(tags: list[Tag | None], number: int, other: int) -> None:
    """Quote ``number``, with no tag or one without a cue, takes the tag of
    quote ``other`` of its sentence when that one has a cue."""
    tag, lender = tags[number], tags[other]
    if (tag is None or tag.cue is None) and lender is not None and lender.cue:
        tags[number] = lender


def _same_sentence(text: str, span: QuoteSpan, following: QuoteSpan) -> bool:
    """Whether ``following`` continues the sentence of ``span``."""
    if following.paragraph != span.paragraph or following.continued:
        return False
    if text[span.mark_end - 2 : span.mark_end - 1] in (".", "!", "?"):
        return False
    return SENTENCE_END.search(text, span.mark_end, following.mark_start) is None


def _previous_speaker(
    text: str, spans: list[QuoteSpan], tags: list[Tag | None], number: int
) -> Tag | None:
    """The speaker of the paragraph before: one it introduces ("Cruz
    continued:"), its last quote's, or its subject."""
    previous = _previous_paragraph(text, spans[number].paragraph.start)
    if previous is None:
        return None
    tag = _colon_intro(text, spans[number].paragraph.start)
    if tag is not None:
        return tag
    start, end = previous
    if number > 0 and spans[number - 1].mark_end >= start and tags[number - 1] is not None:
        return tags[number - 1]
    # the nearest sentence of that paragraph with a named subject
    starts = [start] + [m.end() for m in SUBJECT_BREAK.finditer(text, start, end)]
    for sentence in reversed(starts):
        tag = subject_of(text, sentence, end)
        if tag is not None and _names_someone(text, tag):
            return tag
    # "… is left to the voters, since Trump spoke only in bromides. / “…”": a
    # clause's named subject in its last sentence
    clauses = list(_CLAUSE_SUBJECT.finditer(text, starts[-1], end))
    if clauses:
        name = clauses[-1]
        return Tag(name.start(1), name.end(1), name.start(1), name.end(1), None)
    return None


_SUBJECT_WINDOW = 2_000


def _nearest_subject(text: str, start: int, before: int) -> Tag | None:
    """The named subject of the nearest sentence before ``before`` in the
    paragraph: who the paragraph is about when the quote has no tag."""
    # a bounded window keeps a huge paragraph full of untagged quotes linear
    floor = max(start, before - _SUBJECT_WINDOW)
    starts = [start] if floor == start else []
    starts += [m.end() for m in SUBJECT_BREAK.finditer(text, floor, before)]
    for sentence in reversed(starts[-4:]):
        tag = subject_of(text, sentence, before)
        if tag is not None and text[tag.head_start].isupper():
            return tag
    return None


def _colon_intro(text: str, para_start: int) -> Tag | None:
    """The tag of a paragraph ending in a colon that introduces the quote
    opening at ``para_start`` ("Ward stated:"), also across the earlier
    paragraphs of a quote running over several ("notes: / "A … / "B …")."""
    previous = _previous_paragraph(text, para_start)
    for _ in range(_BLOCK_PARAGRAPHS):
        if previous is None:
            return None
        start, end = previous
        if text[end - 1] == ":":
            sentence = start_of_sentence(text, start, end - 1)
            return tag_before(text, sentence, end) or subject_of(text, sentence, end)
        if not _leaves_quote_open(text, start, end):
            return None
        previous = _previous_paragraph(text, start)
    return None


# how many paragraphs of one quote are read back to the colon introducing it
_BLOCK_PARAGRAPHS = 8


def _leaves_quote_open(text: str, start: int, end: int) -> bool:
    """A paragraph that opens a quote and leaves it open for the next one."""
    if text[start] == '"':
        return text.count('"', start, end) % 2 == 1
    return text[start] == "\u201c" and text.count("\u201c", start, end) > text.count(
        "\u201d", start, end
    )


def _previous_paragraph(text: str, para_start: int) -> tuple[int, int] | None:
    end = para_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    return text.rfind("\n", 0, end) + 1, end


def _names_someone(text: str, tag: Tag) -> bool:
    """A subject with a name in it: "Ann Lee", "the DNC" (not "the campaign")."""
    return any(word[0].isupper() for word in text[tag.head_start : tag.head_end].split())
