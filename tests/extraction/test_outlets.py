"""One-word news outlets are bodies, never "he" or "she" (outlets)."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import speakers
from verify.extraction.entities import find_entities
from verify.extraction.outlets import outlet_at


@pytest.mark.parametrize(
    "sentence",
    [
        "Zorblat reported that the deal fell through.",
        "The deal fell through, according to a Zorblat analysis.",
        "Zorblat's reporting showed that the deal fell through.",
        "The deal fell through, as first reported by Zorblat.",
        "Ann Reyes, a reporter for Zorblat, found that the deal fell through.",
    ],
)
def test_a_one_word_outlet_is_no_he(sentence: str) -> None:
    text = f'Tom Lee spoke first. {sentence} "That is false," he said.'
    assert speakers(text) == [("That is false,", "Tom Lee", "said")]
    kinds = {entity.name: entity.kind for entity in find_entities(text).entities}
    assert kinds["Zorblat"] == "organization"


def test_a_listed_outlet_is_no_she() -> None:
    text = 'Mary Hale met the board. Politico asked about it. "We are done," she said.'
    assert speakers(text) == [("We are done,", "Mary Hale", "said")]


def test_a_surname_before_a_report_is_still_someone() -> None:
    text = 'They read the Starr report. "It is thorough," Starr said. "We are done," he added.'
    kinds = {entity.name: entity.kind for entity in find_entities(text).entities}
    assert kinds["Starr"] == "person"


@pytest.mark.parametrize(
    ("before", "outlet"),
    [
        ("a reporter for\u00a0", True),  # a no-break space
        ("the newspaper, ", True),
        ("first reported by \n", True),  # a closing line break
        ("a reporter for", False),  # no space between
        ("first reported near ", False),
    ],
)
def test_the_words_before_an_outlet(before: str, outlet: bool) -> None:
    text = f"It was {before}Zorblat that said so."
    start = text.index("Zorblat")
    assert outlet_at(text, start, start + len("Zorblat")) is outlet
