"""Entity index: names, aliases, pronouns and descriptions."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extraction.helpers import mentions, speakers
from verify.extraction.entities import _NAME_RUN, _PARTICLE, _UPPER, find_entities
from verify.extraction.entity_roles import _CLAUSE_BREAK_REVERSED
from verify.extraction.name_runs import ABBREVIATED_TITLES, given_name, name_kind


def span_of(text: str, words: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


# a clause break read forwards: what the reversed pattern must agree with
CLAUSE_BREAK = re.compile(r"[.;:!?\u201c\u201d\"()]|(?<!\w)(?:and|or|with|by|to)\b")
BREAK_PIECES = [
    "and", "or", "with", "by", "to", "a", "d", "o", "w", "h", "y", " ", ".", ",", "\u201c",
    "(", "_", "1", "\u00e9", "-", "sand", "toby",
]  # fmt: skip


@given(st.lists(st.sampled_from(BREAK_PIECES), max_size=12).map("".join))
@settings(max_examples=500, deadline=None)
def test_reversed_clause_break_finds_the_last_break(window: str) -> None:
    last = _CLAUSE_BREAK_REVERSED.search(window[::-1])
    after = window[len(window) - last.start() :] if last else window
    assert after == CLAUSE_BREAK.split(window)[-1]


# A run of capitalised words written plainly, each word one alternation; the
# module's pattern is written for speed and must find the same runs.
PLAIN_WORD = (
    rf"(?:(?:{'|'.join(ABBREVIATED_TITLES)})\."
    rf"|{_UPPER}(?:\.{_UPPER})+\.?|{_UPPER}\.(?= {_UPPER})|{_UPPER}[\w\u2019'\-]*)"
)
PLAIN_NAME_RUN = re.compile(rf"{PLAIN_WORD}(?:(?:[ \u00a0]|{_PARTICLE}){PLAIN_WORD})*")
RUN_PIECES = [
    "Mr", "Mrs", "Ms", "Sen", "Capt", "Prof", "Lt", "St", "M", "S", "U", "J", "Zelensky",
    "Mr. ", "Mrs. ", "Capt. ", "Prof. ", "Sen.", "Lt.", "U.S.", "J. ", "Abc. ",
    "\u00c9mile", "\u0416", "von", "de", "of", "al", "the", "rs", "x", "r", ".", " ",
    "\u00a0", "'s", "\u2019", "-", ",", "1", "_", "\n",
]  # fmt: skip


@given(st.lists(st.sampled_from(RUN_PIECES), max_size=14).map("".join))
@settings(max_examples=1000, deadline=None)
def test_name_runs_are_those_of_the_plain_pattern(text: str) -> None:
    expected = [match.span() for match in PLAIN_NAME_RUN.finditer(text)]
    assert [match.span() for match in _NAME_RUN.finditer(text)] == expected


def test_surname_joins_the_fullest_name() -> None:
    text = "Ukrainian President Volodymyr Zelensky spoke. Later Zelensky left."
    index = find_entities(text)
    entity = index.resolve(*span_of(text, "Zelensky", 1))
    assert entity is not None
    assert entity.name == "Volodymyr Zelensky"
    assert entity.aliases == ("Zelensky",)


def test_titles_are_not_part_of_the_name() -> None:
    text = "Former U.S. President Donald Trump and Sen. Elizabeth Warren met."
    names = [entity.name for entity in find_entities(text).entities]
    assert names == ["Donald Trump", "Elizabeth Warren"]


def test_a_first_word_before_bin_names_the_one_so_named() -> None:
    text = "Emir Saqer Bin Nawaf spoke. \u201cWe wait,\u201d Saqer said."
    assert [s for _, s, _ in speakers(text)] == ["Saqer Bin Nawaf"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rear Admiral Lin Tao spoke. \u201cWe wait,\u201d Tao said.", "Lin Tao"),
        (
            "Adm. Paul R. Voss Jr. spoke. \u201cWe wait,\u201d Admiral Voss said.",
            "Paul R. Voss Jr.",
        ),
        (
            "Archbishop Aram Voskan spoke. \u201cWe wait,\u201d Archbishop Voskan said.",
            "Aram Voskan",
        ),
        ("Moderator Oreg Dahl spoke. \u201cWe wait,\u201d Dahl said.", "Oreg Dahl"),
        # a rank after "Mr." is a surname
        ("Tom Prince spoke. \u201cWe wait,\u201d Mr. Prince said.", "Tom Prince"),
    ],
)
def test_military_and_church_titles_are_not_part_of_the_name(text: str, name: str) -> None:
    assert [s for _, s, _ in speakers(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sen. Tom Carper of Delaware voted no.", "Tom Carper"),
        ("It was Chancellor Greta Lindqvist of Sweden.", "Greta Lindqvist"),
        ("Jennifer Halvorsen of Cheyenne voted no.", "Jennifer Halvorsen"),
        ("Rep. Mara Olsson of New York voted no.", "Mara Olsson"),
        ("Mr. Nevins of Showtime spoke.", "Nevins"),
    ],
)
def test_where_someone_comes_from_is_no_part_of_the_name(text: str, name: str) -> None:
    assert [entity.name for entity in find_entities(text).entities] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The Hollywood Chamber of Commerce said no.",
        "Communications Workers of America said no.",
        "The Bank of America said no.",
        "The University of Texas said no.",
    ],
)
def test_a_body_of_a_place_keeps_its_whole_name(text: str) -> None:
    names = [entity.name for entity in find_entities(text).entities]
    assert names == [text.removeprefix("The ").removesuffix(" said no.")]


@pytest.mark.parametrize(
    "text",
    [
        "Dover Mayor Karen Weaver spoke.",
        "New York Congressman Pete Lund spoke.",
        "Clark County Sheriff Joe Lombard spoke.",
        "Dover Police Chief Joe Wills spoke.",
        "Assistant U.S. Attorney Maya Sonn spoke.",
        "Pastor Joseph Brown spoke.",
        "Rabbi Ann Lee spoke.",
    ],
)
def test_a_place_and_role_before_a_name_are_no_part_of_it(text: str) -> None:
    names = [entity.name for entity in find_entities(text).entities]
    assert names == [" ".join(text.split()[-3:-1])]


@pytest.mark.parametrize("surname", ["Ryan", "Khan", "Buchanan", "Jordan"])
def test_a_surname_after_a_title_is_a_name_whatever_its_ending(surname: str) -> None:
    text = f"Sen. {surname} spoke first. Later Ms. {surname} left."
    entities = find_entities(text).entities
    assert [(entity.name, entity.kind) for entity in entities][:1] == [(surname, "person")]


def test_a_nationality_closing_a_run_is_still_no_name() -> None:
    assert find_entities("He met the Iranian. The Russian left.").entities == ()


@pytest.mark.parametrize("name", ["Allan Lichtman", "Stan Brafman", "Dean Kaplan"])
def test_a_surname_ending_like_a_people_joins_a_first_name_ending_so(name: str) -> None:
    # "Allan" ends like "Korean"; "American" alone is still not "Korean American"'s
    text = (
        f"\u201cIt never worked,\u201d said {name}. \u201cNot once,\u201d {name.split()[1]} said."
    )
    assert mentions(text) == [(name, name), (name, name.split()[1])]


def test_titled_surname_joins_the_full_name() -> None:
    text = "Paul D. Ryan spoke. \u201cWe won,\u201d Mr. Ryan said."
    assert mentions(text) == [("Paul D. Ryan", "Mr. Ryan")]


@pytest.mark.parametrize(
    "name", ["Office for National Statistics", "Center for Responsive Politics", "Club for Growth"]
)
def test_for_inside_a_bodys_name_is_part_of_it(name: str) -> None:
    entities = find_entities(f"The {name} said so. He voted for Lund in May.").entities
    assert [(entity.name, entity.kind) for entity in entities] == [
        (name, "organization"),
        ("Lund", "person"),
    ]


def test_a_run_of_capitals_stops_at_a_sentence_end() -> None:
    text = "The war in Ukraine. Trump spoke."
    names = [entity.name for entity in find_entities(text).entities]
    assert names == ["Ukraine", "Trump"]


def test_a_possessive_separates_two_names() -> None:
    text = "A strike hit Ukraine\u2019s Sumy region."
    names = [entity.name for entity in find_entities(text).entities]
    assert names == ["Ukraine", "Sumy"]


def test_pronoun_resolves_to_the_nearest_person_before_it() -> None:
    text = "Anna Berg met Tom Hale. He said no."
    index = find_entities(text)
    entity = index.resolve(*span_of(text, "He"))
    assert entity is not None
    assert entity.name == "Tom Hale"


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    text = "Mrs. Anna Berg met Tom Hale. She said no."
    index = find_entities(text)
    entity = index.resolve(*span_of(text, "She"))
    assert entity is not None
    assert entity.name == "Anna Berg"


def test_he_looks_past_a_one_word_name_used_once() -> None:
    # "Brackton" could be a place as well as a person: Tom Hale is surer
    text = "Tom Hale drove all night to Brackton. He said no."
    index = find_entities(text)
    entity = index.resolve(*span_of(text, "He"))
    assert entity is not None
    assert entity.name == "Tom Hale"


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        # "her job" after Dana Wilde's name tells she is a woman
        ("Dana Wilde, who lost her job, spoke next.", "Dana Wilde"),
        # an object "her" is often someone else: no gender from it
        ("Dana Wilde backed her up.", "Anna Berg"),
    ],
)
def test_she_is_a_woman_the_pronouns_after_her_name_tell(middle: str, speaker: str) -> None:
    text = f"Mrs. Anna Berg spoke first. {middle} She said no."
    index = find_entities(text)
    entity = index.resolve(*span_of(text, "She"))
    assert entity is not None
    assert entity.name == speaker


def test_description_resolves_through_role_words() -> None:
    text = "Russian President Vladimir Putin and Kremlin spokesperson Dmitry Peskov spoke."
    text += " The Russian leader declined. The spokesperson agreed."
    index = find_entities(text)
    leader = index.resolve(*span_of(text, "The Russian leader"))
    spokesperson = index.resolve(*span_of(text, "The spokesperson"))
    assert leader is not None
    assert leader.name == "Vladimir Putin"
    assert spokesperson is not None
    assert spokesperson.name == "Dmitry Peskov"


def test_a_noun_before_a_preposition_is_no_role_of_the_name_after_it() -> None:
    text = "A framed note from Tom Ray hung on the wall. The note was short."
    assert find_entities(text).resolve(*span_of(text, "The note")) is None


def test_a_role_is_the_word_right_before_the_name_not_a_subject_before_a_verb() -> None:
    text = "The new ad slams Tom Ray for his votes. The ad ends with a song."
    assert find_entities(text).resolve(*span_of(text, "The ad")) is None


@pytest.mark.parametrize(
    "middle",
    ["The Velorins waved from the back.", "Our Renewal opens soon. Our Renewal will grow."],
)
def test_a_name_always_after_the_or_our_is_no_he(middle: str) -> None:
    text = f"Tom Ray met the voters. {middle} He left early."
    entity = find_entities(text).resolve(*span_of(text, "He", occurrence=text.count("He ") - 1))
    assert entity is not None
    assert entity.name == "Tom Ray"


def test_a_name_alone_between_quote_marks_is_a_work_and_no_he() -> None:
    text = (
        "Tom Ray acted. The \u201cVelora\u201d star and the \u201cVelora\u201d crew wrote. He left."
    )
    entity = find_entities(text).resolve(*span_of(text, "He"))
    assert entity is not None
    assert entity.name == "Tom Ray"


@pytest.mark.parametrize("pronoun", ["They", "It"])
def test_they_or_it_after_a_state_names_no_one(pronoun: str) -> None:
    # the people of a place, or others the text does not name; not the body further back
    text = f"Velora News reported from Iowa on Monday. {pronoun} said the polls were wrong."
    assert find_entities(text).resolve(*span_of(text, pronoun)) is None


def test_it_may_be_a_country() -> None:
    text = "Velora News reported on China. It said the tariffs were unfair."
    entity = find_entities(text).resolve(*span_of(text, "It"))
    assert entity is not None
    assert entity.name == "China"


@pytest.mark.parametrize("word", ["Charismatic", "Famous", "Fearless", "Tireless"])
def test_an_adjective_opening_a_sentence_is_no_he(word: str) -> None:
    index = find_entities(f"Tom Ray spoke. {word} and bold, he won.")
    assert [index.may_be(entity, "he") for entity in index.entities] == [True, False]


@pytest.mark.parametrize("country", ["Norway", "Italy", "Kenya"])
def test_a_country_is_no_he(country: str) -> None:
    text = f"The talks with {country} began. He smiled."
    assert find_entities(text).resolve(*span_of(text, "He")) is None


def test_a_common_womans_first_name_is_no_he() -> None:
    text = "Tom Ray spoke first. Then Brenda Moss spoke. He left early."
    entity = find_entities(text).resolve(*span_of(text, "He"))
    assert entity is not None
    assert entity.name == "Tom Ray"


@pytest.mark.parametrize("first", ["Wes", "Teddy", "Noam", "Hakeem"])
def test_a_common_mans_first_name_is_no_she(first: str) -> None:
    text = f"{first} Dunn spoke first. She left early."
    assert find_entities(text).resolve(*span_of(text, "She")) is None


@pytest.mark.parametrize(
    "first", ["Dottie", "Marla", "Carole", "Mattie", "Lois", "Gabby", "Sophie", "Tessa"]
)
def test_she_is_the_woman_her_first_name_tells(first: str) -> None:
    text = f"Mary Cole spoke first. Then {first} Dunn spoke. She left early."
    entity = find_entities(text).resolve(*span_of(text, "She"))
    assert entity is not None
    assert entity.name == f"{first} Dunn"


def described(text: str, words: str) -> str | None:
    entity = find_entities(text).described(*span_of(text, words))
    return None if entity is None else entity.name


def test_a_description_stands_for_the_one_person_titled_so() -> None:
    # no role word ties "Vermont" to him: his title alone does
    text = "Sen. Bernie Sanders met Tom Ray. The Vermont senator left early."
    assert described(text, "The Vermont senator") == "Bernie Sanders"
    text = "Then President Obama spoke. The two-term president smiled."
    assert described(text, "The two-term president") == "Obama"


@pytest.mark.parametrize(
    "text",
    [
        # two senators: which one is meant is not known
        "Sen. Ann Lee met Sen. Tom Ray. The Vermont senator left early.",
        # his known office, party, state or nationality rules him out
        "Gov. Tom Ray spoke. The Vermont senator left early.",
        "Republican Sen. Tom Ray spoke. The Democratic senator left early.",
        "Texas Sen. Tom Ray spoke. The Florida senator left early.",
        "Sen. Tom Ray, R-Iowa, spoke. The Florida senator left early.",
        "President Tom Ray spoke. The French president left early.",
    ],
)
def test_a_description_others_may_fit_stays_unresolved(text: str) -> None:
    description = re.search(r"The [\w-]+ (?:senator|president)", text)
    assert description is not None
    assert described(text, description.group()) is None


def test_unknown_words_resolve_to_nothing() -> None:
    text = "The weather was cold."
    assert find_entities(text).resolve(*span_of(text, "The weather")) is None


def test_organisations_countries_and_acronyms_are_organisations() -> None:
    assert name_kind("Kremlin") == "organization"
    assert name_kind("Ukraine") == "organization"
    assert name_kind("NATO") == "organization"
    assert name_kind("Science and Technology Directorate") == "organization"
    assert name_kind("Donald Trump") == "person"


def test_two_people_sharing_a_surname_stay_apart() -> None:
    text = "George W. Bush praised Jeb Bush. Later Bush spoke."
    index = find_entities(text)
    names = sorted(entity.name for entity in index.entities)
    assert names == ["George W. Bush", "Jeb Bush"]
    later = index.resolve(*span_of(text, "Bush", 2))
    assert later is not None
    assert later.name == "Jeb Bush"


def test_the_name_follows_the_last_role_word_of_a_run() -> None:
    text = "Secretary of State John Kerry met Party Chairman Ed Lang and Arizona State University."
    names = [entity.name for entity in find_entities(text).entities]
    assert names == ["John Kerry", "Ed Lang", "Arizona State University"]


def test_the_name_follows_an_abbreviated_title_inside_a_run() -> None:
    text = "Ohio Sen. Ann Lee met Utah Lt. Gov. Tom Reed near Mount St. Helens."
    names = [entity.name for entity in find_entities(text).entities]
    assert names == ["Ann Lee", "Tom Reed", "Mount St. Helens"]


def test_contractions_and_headlines_are_not_names() -> None:
    text = "I'm sure, said Tom Reed. MAKE AMERICA GREAT AGAIN was on the cap."
    names = [entity.name for entity in find_entities(text).entities]
    assert names == ["Tom Reed"]


def test_places_are_not_people() -> None:
    assert name_kind("New Hampshire") == "organization"
    assert name_kind("Boston") == "organization"
    assert name_kind("Ann Boston") == "person"


def test_a_word_seen_only_at_sentence_starts_is_not_he() -> None:
    text = "Senator Paul Dunn spoke first. Typically, he waits. Voters cheered. He left."
    index = find_entities(text)
    assert index.resolve(*span_of(text, "He")) == index.resolve(*span_of(text, "he"))
    entity = index.resolve(*span_of(text, "He"))
    assert entity is not None
    assert entity.name == "Paul Dunn"


def test_she_skips_a_man_known_by_his_first_name() -> None:
    text = "Dana Whitfield spoke first. Then Jeff Orland took the stage. She left early."
    index = find_entities(text)
    entity = index.resolve(*span_of(text, "She"))
    assert entity is not None
    assert entity.name == "Dana Whitfield"


def test_a_city_or_county_is_no_person() -> None:
    assert name_kind("Mexico City") == "organization"
    assert name_kind("Brevard County") == "organization"
    assert name_kind("Ana Ruiz") == "person"


def test_a_people_in_the_plural_is_no_he() -> None:
    assert name_kind("Velorians") == "organization"
    assert name_kind("Democrats") == "organization"
    text = "Tom Hale spoke to Democrats and Velorians. He said no."
    entity = find_entities(text).resolve(*span_of(text, "He"))
    assert entity is not None
    assert entity.name == "Tom Hale"


def test_a_word_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Senator Ana Ruiz spoke on Monday. Does Ruiz mean it? Maybe Ruiz does. "
        "Will Doyle, a professor, disagreed."
    )
    index = find_entities(text)
    names = {entity.name for entity in index.entities}
    assert "Ana Ruiz" in names
    assert "Will Doyle" in names
    assert not any(name.startswith(("Does", "Maybe")) for name in names)
    entity = index.resolve(*span_of(text, "Ruiz", 1))
    assert entity is not None
    assert entity.name == "Ana Ruiz"


def test_new_before_a_capitalised_word_opens_the_name() -> None:
    text = "Tom Hale campaigned in New Hampshire. New polls came out. He smiled."
    index = find_entities(text)
    names = [entity.name for entity in index.entities]
    assert names == ["Tom Hale", "New Hampshire"]
    entity = index.resolve(*span_of(text, "He"))
    assert entity is not None
    assert entity.name == "Tom Hale"


def test_a_title_word_before_an_organisation_word_is_part_of_its_name() -> None:
    text = "The State Department and the Justice Department differ. Sen. Ann Lee spoke."
    names = [entity.name for entity in find_entities(text).entities]
    assert names == ["State Department", "Justice Department", "Ann Lee"]
    assert name_kind("Republican Party") == "organization"


def test_an_adverb_or_a_lower_case_word_opening_a_sentence_is_no_he() -> None:
    text = (
        "Tom Hale praised the plan. Moreover, costs fell. He smiled. "
        "\u201cLook, we will look again,\u201d he said. Second, in the second year, he left."
    )
    index = find_entities(text)
    for pronoun in ("He", "he"):
        for occurrence in range(2 if pronoun == "he" else 1):
            entity = index.resolve(*span_of(text, pronoun, occurrence))
            assert entity is not None
            assert entity.name == "Tom Hale"


def test_an_imperative_or_an_ordinal_after_a_closing_quote_is_no_he() -> None:
    text = "Tom Hale called it ''untrue.'' Second, costs fell. Look, he said, it works."
    entity = find_entities(text).resolve(*span_of(text, "he"))
    assert entity is not None
    assert entity.name == "Tom Hale"


def test_a_name_only_used_as_a_place_is_no_he_or_she() -> None:
    text = (
        "Tom Hale met voters in Nashua, N.H., on Monday. He smiled. "
        "Ann Bo drove to Dover, Delaware. Then she spoke in Nashua. "
        "Chris Covert, Ohio director, spoke next. He left."
    )
    index = find_entities(text)
    expected = {"He": "Tom Hale", "she": "Ann Bo"}
    for pronoun, name in expected.items():
        entity = index.resolve(*span_of(text, pronoun))
        assert entity is not None
        assert entity.name == name
    entity = index.resolve(*span_of(text, "He", 1))
    assert entity is not None
    assert entity.name == "Chris Covert"


def test_an_interview_label_is_no_name() -> None:
    text = "Tom Hale spoke to us.\n\nQ: Why now?\n\nA: I think it is time, he said."
    index = find_entities(text)
    assert [entity.name for entity in index.entities] == ["Tom Hale"]
    entity = index.resolve(*span_of(text, "he"))
    assert entity is not None
    assert entity.name == "Tom Hale"


def test_an_abbreviated_month_is_no_name() -> None:
    text = "Tom Hale spoke at a rally on Sept. 9 and again on Dec. 4, when he said no."
    index = find_entities(text)
    assert [entity.name for entity in index.entities] == ["Tom Hale"]


def test_a_name_always_after_the_is_no_he() -> None:
    text = (
        "Mayor Dan Reyes spoke on Friday. Asked about it, Reyes told the Daily Ledger "
        "that he would wait. He added that the plan was sound."
    )
    index = find_entities(text)
    entity = index.resolve(*span_of(text, "He"))
    assert entity is not None
    assert entity.name == "Dan Reyes"


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # a surname ending like a nationality joins the person named in full
        ("Paul Kaplan runs a shop in Dover. Kaplan opened it in 1990.", "Kaplan", "Paul Kaplan"),
        # a nationality word stays no name after a compound that ends in it
        ("Korean American groups ran it. American officials said little.", "American", None),
    ],
)
def test_lone_word_shaped_like_a_nationality(text: str, word: str, name: str | None) -> None:
    index = find_entities(text)
    start = text.rindex(word)
    entity = index.named_at(start, start + len(word))
    assert (entity.name if entity is not None else None) == name


def resolved_name(text: str, words: str) -> str | None:
    start = text.index(words) + words.index(" ") + 1
    entity = find_entities(text).resolve(start, text.index(words) + len(words))
    return entity.name if entity is not None else None


def test_gendered_title_picks_the_namesake_of_that_gender() -> None:
    text = "Hillary Lind met voters. Her husband, Bill Lind, drove. Mrs. Lind spoke, then Mr. Lind."
    assert resolved_name(text, "Mrs. Lind") == "Hillary Lind"
    assert resolved_name(text, "Mr. Lind") == "Bill Lind"


def test_gendered_title_for_an_unnamed_namesake_is_someone_new() -> None:
    text = "Tom Roe owns the farm. Mrs. Roe said it was sold."
    assert resolved_name(text, "Mrs. Roe") != "Tom Roe"


def test_no_name_opens_with_of() -> None:
    text = "Instead of Lind, the board chose Ray. Ann Lind, a Democrat of Ohio, said no."
    names = [entity.name for entity in find_entities(text).entities]
    assert names == ["Ann Lind", "Ray", "Ohio"]


def test_role_words_are_not_part_of_the_name() -> None:
    text = (
        "U.S. District Judge Ann Roe ruled. NATO Secretary General Tom Lind spoke. "
        "Founder Eva Berg agreed, as did Senators Ray and Kahn. "
        "Agency General Counsel Jo Dunn left."
    )
    names = [entity.name for entity in find_entities(text).entities]
    assert names[:4] == ["Ann Roe", "Tom Lind", "Eva Berg", "Ray"]
    assert "Jo Dunn" in names


def test_plural_possessive_ends_the_owner_s_name() -> None:
    text = "Voter Corps\u2019 Stan Berg said it. Later Berg left."
    names = [entity.name for entity in find_entities(text).entities]
    assert "Stan Berg" in names


def test_opening_verb_is_no_part_of_the_name() -> None:
    text = "Ann Stone spoke. Stated Stone: it is over. Absent Stone, nobody came."
    names = [entity.name for entity in find_entities(text).entities]
    assert names == ["Ann Stone"]


def test_newsroom_role_inside_a_run_is_no_part_of_the_name() -> None:
    text = "Daily Sun Political Editor Tom Lind wrote it."
    assert [entity.name for entity in find_entities(text).entities] == ["Tom Lind"]


def test_a_book_title_in_quote_marks_does_not_name_the_person() -> None:
    text = 'A aide wrote "The Secret Life of the Real Tom Hale." Hale said it was false.'
    index = find_entities(text)
    title = text.index('"')
    index.set_quoted([(title, text.index('"', title + 1) + 1)])
    entity = index.resolve(*span_of(text, "Hale", 1))
    assert entity is not None
    assert entity.name == "Hale"


def test_a_first_name_in_quote_marks_still_names_the_person() -> None:
    text = 'Ann Bo said: "Tom Hale is wrong." Hale said nothing.'
    index = find_entities(text)
    index.set_quoted([(text.index('"'), text.rindex('"') + 1)])
    entity = index.resolve(*span_of(text, "Hale", 1))
    assert entity is not None
    assert entity.name == "Tom Hale"


def test_a_lone_surname_is_the_person_named_most_not_the_last_named() -> None:
    text = "Tom Berg spoke. Berg won. Berg left. His wife, Ann Berg, waved. Then Berg said no."
    entity = find_entities(text).resolve(*span_of(text, "Berg", 4))
    assert entity is not None
    assert entity.name == "Tom Berg"


def test_a_gendered_title_is_the_person_of_that_gender_named_most() -> None:
    text = (
        "Mary Hale spoke. Mrs. Hale won. Mrs. Hale left. Her daughter, Lisa Hale, "
        "waved. Then Mrs. Hale said no."
    )
    entity = find_entities(text).resolve(*span_of(text, "Hale", 4))
    assert entity is not None
    assert entity.name == "Mary Hale"


def test_a_role_word_before_a_first_name_is_not_part_of_the_name() -> None:
    text = "Pastor Tom Hale spoke first. Hale, a pastor for ten years, said it was wrong."
    entity = find_entities(text).resolve(*span_of(text, "Hale", 1))
    assert entity is not None
    assert entity.name == "Tom Hale"
    assert "Hale" in entity.aliases


def test_a_word_opening_a_quote_in_doubled_apostrophes_is_no_he() -> None:
    text = "Tom Hale spoke next. ''Waiting a year is like waiting forever,'' he said."
    entity = find_entities(text).resolve(*span_of(text, "he"))
    assert entity is not None
    assert entity.name == "Tom Hale"


def test_a_paper_named_by_its_last_word_is_the_paper_named_in_full() -> None:
    text = "The Dover Post ran the story first. Ann Lee denied it, the Post reported on Monday."
    entity = find_entities(text).resolve(*span_of(text, "Post", 1))
    assert entity is not None
    assert entity.name == "Dover Post"


def test_a_last_word_two_papers_share_names_neither() -> None:
    text = "The Dover Times and the Kent Times ran it. The Times said nothing."
    entity = find_entities(text).resolve(*span_of(text, "Times", 2))
    assert entity is not None
    assert entity.name == "Times"


def test_a_platform_people_post_on_is_no_he() -> None:
    text = "Tom Hale lost. Hours later the loser took to Twitter to complain, and he was angry."
    start = text.index(" he ") + 1
    entity = find_entities(text).resolve(start, start + 2)
    assert entity is not None
    assert entity.name == "Tom Hale"


def test_a_first_name_misspelt_with_one_letter_less_is_the_same_person() -> None:
    text = "Lee spoke first. Hilary Lee won. Then Hillary Lee waved. Later Lee left."
    entity = find_entities(text).resolve(*span_of(text, "Lee", 3))
    assert entity is not None
    assert entity.name == "Hillary Lee"
    assert "Hilary Lee" in entity.aliases


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "U.N. Secretary-General Ban Ki-moon spoke in Paris on Monday. "
            "\u201cWe must act now,\u201d Ban said.",
            "Ban Ki-moon",
            "Ban",
        ),
        (
            "Moon Jae-in met the delegation. \u201cPeace is close,\u201d Moon said.",
            "Moon Jae-in",
            "Moon",
        ),
    ],
)
def test_a_name_written_family_name_first_is_one_person_with_its_family_name(
    text: str, full: str, short: str
) -> None:
    index = find_entities(text)
    start = text.rindex(short)
    entity = index.named_at(start, start + len(short))
    assert entity is not None
    assert entity.name == full


def test_a_family_name_first_says_nothing_of_gender() -> None:
    # "Kim" is a woman's first name, but not in "Kim Jong-un"
    text = (
        "North Korean leader Kim Jong-un inspected the site on Monday. "
        "\u201cWe are ready,\u201d he said."
    )
    assert mentions(text) == [("Kim Jong-un", "he")]


def test_a_plural_group_is_no_he() -> None:
    text = "Tom Ray met LGBT Americans on Monday. Later he smiled."
    entity = find_entities(text).resolve(*span_of(text, "he"))
    assert entity is not None
    assert entity.name == "Tom Ray"


@pytest.mark.parametrize("role", ["Assemblywoman", "Filmmaker", "Co-host", "Journalist"])
def test_a_role_word_opening_a_sentence_is_not_part_of_the_name(role: str) -> None:
    text = f'{role} Ann Keller spoke. "We will win," Keller said.'
    assert [entity.name for entity in find_entities(text).entities] == ["Ann Keller"]


def test_a_lone_surname_is_the_person_named_with_a_suffix() -> None:
    text = 'Harry Lund III wrote the book. "It sold well," Mr. Lund said.'
    assert [entity.name for entity in find_entities(text).entities] == ["Harry Lund III"]


def test_a_junior_is_not_his_father() -> None:
    text = "Tom Lund spoke. His son Tom Jr. waved, and Tom Lund Jr. smiled. Lund left."
    names = sorted(entity.name for entity in find_entities(text).entities)
    assert names == ["Tom Lund", "Tom Lund Jr."]


def test_a_word_the_article_leaves_out_before_a_first_name_is_a_role() -> None:
    text = 'Crooner Ann Keller sang. Ann Keller bowed. "We loved it," Keller said.'
    assert [entity.name for entity in find_entities(text).entities] == ["Ann Keller"]
    text = "Giovanni Maria Vian spoke. Vian left."
    assert [entity.name for entity in find_entities(text).entities] == ["Giovanni Maria Vian"]


@pytest.mark.parametrize(
    "role", ["Senate Majority Whip", "Supreme Court Justice", "City Council Speaker"]
)
def test_the_name_follows_a_whip_justice_or_speaker_inside_a_run(role: str) -> None:
    text = f'{role} Ann Keller spoke. "We will win," Keller said.'
    entities = find_entities(text).entities
    assert [(entity.name, entity.kind) for entity in entities] == [("Ann Keller", "person")]


def test_someone_of_a_county_is_a_person() -> None:
    text = 'Rosa Sharp of Burke County voted. "It is true," Sharp said.'
    assert speakers(text) == [("It is true,", "Rosa Sharp", "said")]


def test_a_name_keeps_the_full_stop_of_its_suffix() -> None:
    # the speaker is named as the article writes him, "Jr." with its full stop,
    # also where that full stop ends the paragraph
    text = "The envoy was Carl B. Moss Jr.\n\n“We agree,” Mr. Moss said."
    assert [entity.name for entity in find_entities(text).entities] == ["Carl B. Moss Jr."]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Hill reported the vote.", "The Hill"),
        ("A reporter told The Atlantic about the vote.", "The Atlantic"),
        ("General Electric says it paid $3 billion.", "General Electric"),
        ("Then the Republican Party of Wyoming announced the vote.", "Republican Party of Wyoming"),
        ("They voted on Super Tuesday.", "Super Tuesday"),
        ("The Minnesota Democratic caucus met.", "Minnesota Democratic"),
        ("They met the National Front.", "National Front"),
        ("They passed the Fair Wage Act.", "Fair Wage Act"),
        ("They walked down Elm Street.", "Elm Street"),
        ("The ships sailed past Mischief Shoal.", "Mischief Shoal"),
        ("He worked at Brandt Technologies.", "Brandt Technologies"),
        ("They voted on Election Day.", "Election Day"),
        ("The aid reached Puerto Rico.", "Puerto Rico"),
        ("They met at the Dutch Embassy.", "Dutch Embassy"),
        ("She spoke on HuffPost Live.", "HuffPost Live"),
        ("They met at a New Hampshire Elks lodge.", "New Hampshire Elks"),
        ("They cheered for the Dallas Cowboys.", "Dallas Cowboys"),
        ("They gave money to Liberty Voters Action.", "Liberty Voters Action"),
        ("They read the Drudge Report.", "Drudge Report"),
        ("They argued over Social Security.", "Social Security"),
        ("They flew on to New Delhi.", "New Delhi"),
    ],
)
def test_a_name_whose_first_word_reads_as_a_title_is_a_body(text: str, name: str) -> None:
    # no "he" or "she" can stand for a paper, a company, a party or a day
    entities = find_entities(text).entities
    assert [(entity.name, entity.kind) for entity in entities] == [(name, "organization")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acme Tools CEO Carly Voss spoke. Voss left.", "Carly Voss"),
        ("Dover Alderman Jason C. Ruiz spoke. Ruiz left.", "Jason C. Ruiz"),
        ("Navy SEAL Chris Dole spoke. Dole left.", "Chris Dole"),
        ("J. Gerald Hebert spoke. Hebert left.", "J. Gerald Hebert"),
        ("Supporters of Hillary Ruiz spoke. Ruiz left.", "Supporters of Hillary Ruiz"),
    ],
)
def test_words_before_a_role_and_a_first_name_are_no_part_of_the_name(text: str, name: str) -> None:
    assert find_entities(text).entities[0].name == name


@pytest.mark.parametrize(
    ("text", "surname", "name"),
    [
        ("Anne Le Roux spoke first. Then Le Roux left.", "Le Roux", "Anne Le Roux"),
        ("Mayor Ben de Silva spoke first. Then Mr. de Silva left.", "de Silva", "Ben de Silva"),
        ("Sen. Chris Van Dorn spoke first. Then Van Dorn left.", "Van Dorn", "Chris Van Dorn"),
        ("Lidia Acosta Ferro spoke first. Then Ms. Acosta left.", "Acosta", "Lidia Acosta Ferro"),
    ],
)
def test_a_family_name_with_a_particle_or_a_middle_surname_is_the_full_name(
    text: str, surname: str, name: str
) -> None:
    entity = find_entities(text).resolve(*span_of(text, surname, 1))
    assert entity is not None
    assert entity.name == name


def test_a_middle_word_of_a_show_is_no_surname() -> None:
    text = "She hosts The Ann Voss Show on Fridays. Then Voss spoke."
    entity = find_entities(text).resolve(*span_of(text, "Voss", 1))
    assert entity is None or entity.name != "Ann Voss Show"


@pytest.mark.parametrize(
    ("text", "surname", "name"),
    [
        (
            "The actress Dana Washington joined them.\n\n"
            "Washington, star of the show, thanked the mayor for \u201cacting fast.\u201d",
            "Washington",
            "Dana Washington",
        ),
        (
            "Tom Paris moved here last year.\n\n"
            "\u201cWe are ready,\u201d Paris, who used to work in Ohio, said.",
            "Paris",
            "Tom Paris",
        ),
        (
            "Rep. Pat Israel spoke first.\n\nIsrael, a Democrat, said the vote would fail.",
            "Israel",
            "Pat Israel",
        ),
    ],
)
def test_a_place_described_as_a_person_is_the_named_person(
    text: str, surname: str, name: str
) -> None:
    entity = find_entities(text).resolve(*span_of(text, surname, 1))
    assert entity is not None
    assert entity.name == name


def test_a_place_described_as_a_place_stays_a_place() -> None:
    text = "Tom Paris moved here last year.\n\nParis, a city of light, welcomed him."
    entity = find_entities(text).resolve(*span_of(text, "Paris", 1))
    assert entity is None or entity.name != "Tom Paris"


@pytest.mark.parametrize("opening", ["Footage of", "Video of", "Photos of"])
def test_a_recording_of_a_person_is_not_part_of_the_name(opening: str) -> None:
    text = f"The clip ends.\n\n{opening} Omar Haddad appears again. \u201cWe fight,\u201d he says."
    entity = find_entities(text).resolve(*span_of(text, "Omar Haddad"))
    assert entity is not None
    assert entity.name == "Omar Haddad"


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Dana Voss of Dover", "Dana Voss"),  # neither the first name nor the town is known
        ("Holm Brekke of Halvorsen", "Holm Brekke"),
        ("Iron Workers of America", "Iron Workers of America"),  # "workers" is a common word
        ("Republicans Lund of Vale", "Republicans Lund of Vale"),  # a group opens it
        ("Brandt Federation of Teachers", "Brandt Federation of Teachers"),
    ],
)
def test_two_uncommon_words_before_of_name_a_person(run: str, name: str) -> None:
    text = f"\u201cWe will see,\u201d said {run}."
    entity = find_entities(text).resolve(*span_of(text, run.split()[0]))
    assert entity is not None
    assert entity.name == name


@pytest.mark.parametrize("role", ["Committeeman", "Alderman", "Councilwoman", "Delegate"])
def test_a_role_inside_a_run_comes_before_the_name(role: str) -> None:
    text = f"The plan was pushed by North Dakota RNC {role} Curt Halvorsen, who argued for it."
    entity = find_entities(text).resolve(*span_of(text, "Curt Halvorsen"))
    assert entity is not None
    assert entity.name == "Curt Halvorsen"


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Palm County Supervisor of Elections Susan Marek", "Susan Marek"),
        ("Maricopa County Recorder Helen Varga", "Helen Varga"),
        ("Post Editor-in-Chief Martin Kolb", "Martin Kolb"),
        ("Secretary of State John Varga", "John Varga"),
        ("Actor Clint Varga", "Clint Varga"),
        ("Co-anchor Norah Varga", "Norah Varga"),
        ("Navy SEAL Ty Varga", "Ty Varga"),
        ("South Korean-born Monte Varga", "Monte Varga"),
        ("United Auto Workers Secretary-Treasurer Gary Varga", "Gary Varga"),
        ("New York City Public Advocate Trish Varga", "Trish Varga"),
    ],
)
def test_a_role_or_an_occupation_before_the_name_is_no_part_of_it(run: str, name: str) -> None:
    text = f"{run} said the count was slow."
    assert find_entities(text).entities[0].name == name


def test_a_body_after_a_role_and_its_of_is_no_person() -> None:
    text = "Jeff Lund, President of CNN Worldwide, said no."
    assert "Worldwide" not in [entity.name for entity in find_entities(text).entities]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tad Dorn met Megyn Voss on Monday. \u201cWe won,\u201d she said.", "Megyn Voss"),
        ("Megyn Voss met Tad Dorn on Monday. \u201cWe won,\u201d he said.", "Tad Dorn"),
        ("Phil Dorn and Huma Lund spoke. \u201cWe won,\u201d she said.", "Huma Lund"),
    ],
)
def test_first_names_common_in_the_news_tell_she_from_he(text: str, speaker: str) -> None:
    assert mentions(text)[0][0] == speaker


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Glen Varga Blasts Critics for Mocking His Plan, Quotes Scripture", "Glen Varga"),
        ("Ada Brenner Claims Harbour Deal Best Ever Signed", "Ada Brenner"),
        ("Ada Brenner To Voters Worried About the Harbour Deal", "Ada Brenner"),
    ],
)
def test_a_headline_run_ends_before_its_speech_verb(headline: str, name: str) -> None:
    text = f"{headline}\n\nThe mayor spoke on Monday."
    assert find_entities(text).entities[0].name == name


def test_a_sentence_case_first_line_is_no_headline() -> None:
    text = "Ada Brenner Claims Ltd filed its report on Monday.\n\nThe mayor spoke."
    assert find_entities(text).entities[0].name == "Ada Brenner Claims Ltd"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cWe vote no,\u201d said Senator Tom McKinley of Ohio.", "Tom McKinley"),
        ("\u201cWe vote no,\u201d said NRA Chairman J.R. Holt of Utah.", "J.R. Holt"),
    ],
)
def test_a_name_with_inner_capitals_before_of_is_the_speaker(text: str, speaker: str) -> None:
    # "McKinley" and "NRA" are no title-case words: the name is still the one before "of"
    assert [s for _, s, _ in speakers(text)] == [speaker]


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Ostrander of Pine Hollow Beach", "Marla Ostrander"),
        ("Democrats Kettering of Lake Wales", "Paul Kettering"),
    ],
)
def test_a_known_surname_before_of_is_that_person(run: str, name: str) -> None:
    text = f"Rep. Marla Ostrander and Paul Kettering spoke. Later {run} voted no."
    index = find_entities(text)
    entity = index.resolve(*span_of(text, run))
    assert entity is not None
    assert entity.name == name
    assert [e.name for e in index.entities] == ["Marla Ostrander", "Paul Kettering"]


@pytest.mark.parametrize(
    "text",
    [
        "Senate Budget Ranking Democrat Marla Quist spoke.",
        "North Dakota Republican Bette Lund spoke.",
    ],
)
def test_a_party_member_before_a_name_is_a_role(text: str) -> None:
    names = [entity.name for entity in find_entities(text).entities]
    assert names == [" ".join(text.removesuffix(" spoke.").split()[-2:])]


def test_a_party_before_an_organisation_word_stays_in_the_name() -> None:
    names = [entity.name for entity in find_entities("The Ohio Republican Party met.").entities]
    assert names == ["Ohio Republican Party"]


def test_a_surname_shaped_like_a_people_s_word_joins_a_full_name_given_later() -> None:
    text = "\u201cWe won,\u201d Kaplan said.\n\nThe judge thanked Ruth Kaplan, the lawyer."
    assert [s for _, s, _ in speakers(text)] == ["Ruth Kaplan"]


def test_a_country_is_no_surname_named_later() -> None:
    text = "Iran said no. Later Tom Iran and Ann Lee spoke."
    index = find_entities(text)
    assert index.named_at(0, 4) is None


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Marta Lindgren Holt spoke. Later Lindgren Holt left.",
        "Lindgren Holt spoke first. Later Rep. Marta Lindgren Holt left.",
        "Mayor Paul de Vries spoke. Later De Vries left.",
    ],
)
def test_a_surname_of_two_words_joins_the_full_name(text: str) -> None:
    names = [entity.name for entity in find_entities(text).entities]
    assert len(names) == 1
    assert names[0] in ("Marta Lindgren Holt", "Paul de Vries")


def test_a_headline_s_words_before_a_full_name_are_no_part_of_it() -> None:
    text = "Famous Icon Morwen Pike spoke. Later Morwen Pike left."
    assert "Morwen Pike" in [entity.name for entity in find_entities(text).entities]


def test_words_before_a_first_name_are_no_part_of_a_name_the_text_also_writes_alone() -> None:
    text = (
        "Harbor Widow Margaret Pike Defends Navy Amid Storm\n\n"
        "Margaret Pike, whose husband, Navy SEAL Tom Pike, died, spoke.\n\n"
        "\u201cWe go on,\u201d Pike said."
    )
    assert [s for _, s, _ in speakers(text)] == ["Margaret Pike"]


@pytest.mark.parametrize(
    ("words", "first"),
    [
        (("Harbor", "Widow", "Dorothy", "Woods"), "Dorothy"),
        (("Support", "of", "Ted", "Cruz"), "Support"),
        (("Comedian", "Sarah", "Lee"), "Sarah"),
    ],
)
def test_given_name_looks_past_two_capitalised_words_at_most(
    words: tuple[str, ...], first: str
) -> None:
    assert given_name(words) == first


def test_a_surname_that_is_also_a_title_s_word_is_a_name_after_an_honorific() -> None:
    text = "A spokeswoman, Anna Rowe White, spoke.\n\n\u201cWe help,\u201d Ms. White said."
    assert [s for _, s, _ in speakers(text)] == ["Anna Rowe White"]


def test_an_office_after_an_honorific_is_no_name() -> None:
    names = [entity.name for entity in find_entities("We thank you, Mr. President.").entities]
    assert names == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr. de Vries spoke first. Later Paul de Vries left.", "Paul de Vries"),
        ("James Van Der Berg spoke. Later Van Der Berg left.", "James Van Der Berg"),
        ("Ulla von der Lanne spoke. Later Von der Lanne left.", "Ulla von der Lanne"),
        ("Pia de la Forte spoke. Later Forte left.", "Pia de la Forte"),
    ],
)
def test_a_surname_with_a_particle_joins_the_full_name(text: str, name: str) -> None:
    assert [entity.name for entity in find_entities(text).entities] == [name]


def test_a_name_with_the_particles_in_t_is_one_name() -> None:
    text = "\u201cWe lost,\u201d said Anna in 't Hout, a member of the board."
    assert [s for _, s, _ in speakers(text)] == ["Anna in 't Hout"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rep. Tom Jordan spoke. \u201cWe wait,\u201d Jordan said.", "Tom Jordan"),
        ("Dan Cuba spoke. Cuba said the vote was \u201ca farce.\u201d", "Dan Cuba"),
        ("Ed From spoke. \u201cWe wait,\u201d From said.", "Ed From"),
        ("Ann May spoke. \u201cWe wait,\u201d May said.", "Ann May"),
    ],
)
def test_a_surname_that_is_a_place_or_a_small_word_speaks_as_the_person(
    text: str, name: str
) -> None:
    assert [s for _, s, _ in speakers(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Karl Blum rose. Interestingly Blum, a banker, spoke.", "Karl Blum"),
        ("Among Voss voters, few spoke. Ann Voss won.", "Ann Voss"),
        ("Here\u2019s Voss on the vote. Ann Voss won.", "Ann Voss"),
    ],
)
def test_an_opening_adverb_preposition_or_contraction_is_no_part_of_a_name(
    text: str, name: str
) -> None:
    assert [entity.name for entity in find_entities(text).entities] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Paul R. Lind Jr. met Paul F. Voss Jr. on Monday.",
        "Paul R. Voss met Paul F.X. Voss on Monday.",
    ],
)
def test_names_with_other_surnames_or_initials_are_two_people(text: str) -> None:
    assert len(find_entities(text).entities) == 2


def test_a_show_named_after_its_host_gives_the_host_s_full_name() -> None:
    text = (
        "She spoke on \u201cThe Ann Voss Show\u201d on Monday. \u201cIt is fine,\u201d Voss said."
    )
    assert [s for _, s, _ in speakers(text)] == ["Ann Voss"]


def test_a_headline_in_capitals_is_no_part_of_the_name_after_it() -> None:
    text = "STORM HITS COAST Oreg Tadeo said the city was ready. FBI Director Tom Ray left."
    names = [entity.name for entity in find_entities(text).entities]
    assert names == ["Oreg Tadeo", "Tom Ray"]


def test_a_place_and_a_party_member_is_no_name() -> None:
    text = (
        "\u201cWe lost,\u201d said one Iowa Republican. \u201cWe won,\u201d said another Iowa "
        "Republican. Ohio Democrat Ann Voss spoke."
    )
    assert [entity.name for entity in find_entities(text).entities] == ["Ann Voss"]
    assert [s for _, s, _ in speakers(text)] == [
        "one Iowa Republican",
        "another Iowa Republican",
    ]


def test_a_relative_named_by_a_first_name_shares_the_surname() -> None:
    text = "Ann Roe won the vote.\n\nRoe's husband, Paul, spoke next. \u201cWe won,\u201d he said."
    assert [s for _, s, _ in speakers(text)] == ["Paul Roe"]


def test_a_relative_of_someone_known_by_a_surname_alone_is_not_that_person() -> None:
    names = [e.name for e in find_entities("Roe's wife, Ann, spoke. Roe left.").entities]
    assert "Ann Roe" not in names
