"""Names the article shows to be things or places: no "he" or "she" goes to them."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mentions
from verify.extraction.entities import find_entities
from verify.extraction.name_runs import name_kind


def test_a_name_followed_by_its_is_no_he() -> None:
    text = (
        "Tom Ray spoke at the rally. The weekly Der Blatt, closed its comments on Monday. "
        "\u201cWe will not stop,\u201d he said."
    )
    assert mentions(text) == [("Tom Ray", "he")]


def test_a_name_followed_by_which_is_no_he() -> None:
    text = (
        "Tom Ray spoke on Monday. Ansar Dine, which has grown, held a rally. "
        "\u201cWe will not stop,\u201d he said."
    )
    assert mentions(text) == [("Tom Ray", "he")]


def test_a_possessive_before_which_keeps_the_person() -> None:
    text = (
        "Tom Ray spoke on Monday. Ann Lee's plan, which has grown, was cheered. "
        "\u201cYes,\u201d she said."
    )
    assert mentions(text) == [("Ann Lee", "she")]


def test_a_one_word_credit_on_its_own_line_is_no_he() -> None:
    text = "Tom Ray made a film.\n\nPhotex.\n\nIt won.\n\nPhotex.\n\nThen he said so."
    start = text.index(" he ") + 1
    entity = find_entities(text).resolve(start, start + 2)
    assert entity is not None
    assert entity.name == "Tom Ray"


@pytest.mark.parametrize(
    "name",
    [
        "New Paltz",
        "East Germany",
        "Central Asia",
        "Dominican Republic",
        "Friendship Park",
        "Granite State",
        "World War II-era",
    ],
)
def test_places_and_times_are_no_persons(name: str) -> None:
    assert name_kind(name) == "organization"


@pytest.mark.parametrize("name", ["New Yorker Ann Lee", "Tom Newman", "Ann East"])
def test_names_with_place_words_stay_persons(name: str) -> None:
    assert name_kind(name) == "person"


def test_a_title_on_a_surname_two_people_share_goes_to_neither() -> None:
    # "President Bush" may be Jeb Bush's brother: "the former president" is not Jeb
    text = (
        "Jeb Bush held a rally on Monday with his brother, George W. Bush. Jeb Bush "
        "spoke first. Tom Ray praised President Bush for his service. Later the "
        "former president spoke."
    )
    index = find_entities(text)
    start = text.index("the former president")
    entity = index.described(start, start + len("the former president"))
    assert entity is None or entity.name != "Jeb Bush"


def test_a_name_of_several_words_written_as_an_outlet_is_no_he() -> None:
    text = (
        "Tom Ray saw the truck. A reporter for Gazette Nord-Presse called it chaos. Later he spoke."
    )
    start = text.index(" he ") + 1
    entity = find_entities(text).resolve(start, start + 2)
    assert entity is not None
    assert entity.name == "Tom Ray"


@pytest.mark.parametrize("name", ["Pro-Islamic State", "Ex-CIA", "Anti-slavery Whigs"])
def test_a_name_opening_with_an_adjective_prefix_is_no_person(name: str) -> None:
    assert name_kind(name) == "organization"


def test_a_possessive_before_a_lone_word_is_no_title() -> None:
    # "His" makes no title of "Zorbic": a word used once, so "he" looks past it
    text = "Tom Ray spoke on Monday. His Zorbic faith matters to him, and he said so."
    start = text.index(" he ") + 1
    entity = find_entities(text).resolve(start, start + 2)
    assert entity is not None
    assert entity.name == "Tom Ray"


def test_the_actress_is_the_star_named_last() -> None:
    # "star" and "actress" name one role: not the actress named paragraphs before
    text = (
        "The actress Ann Lee spoke in May.\n\nLater, TV star Mia Roe opened up about "
        "her work. The actress explained it."
    )
    start = text.index("The actress explained")
    entity = find_entities(text).described(start, start + len("The actress"))
    assert entity is not None
    assert entity.name == "Mia Roe"


@pytest.mark.parametrize("before", ["the Dutch newspaper", "media outlets,"])
def test_a_name_after_a_word_for_a_publication_is_no_he(before: str) -> None:
    text = f"Tom Ray spoke on Monday to {before} Nord Blad about it. Later he left."
    start = text.index(" he ") + 1
    entity = find_entities(text).resolve(start, start + 2)
    assert entity is not None
    assert entity.name == "Tom Ray"
