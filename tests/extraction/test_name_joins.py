"""Names written in pieces: shared surnames and nicknames (name_joins)."""

from __future__ import annotations

from tests.extraction.helpers import speakers
from verify.extraction.entities import find_entities


def test_two_first_names_share_the_surname_by_title() -> None:
    text = (
        "Tom and Mary Lee spoke at the rally. "
        '"We lost our farm," Mr. Lee said. "I wept," Mrs. Lee said. "It hurt," Ms. Lee added.'
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Tom Lee", "Mary Lee", "Mary Lee"]


def test_a_first_name_someone_else_bears_builds_no_couple() -> None:
    text = 'Mary Smith and Tom Lee toured Ohio. Later Mary and Tom Lee left. "We won," Lee said.'
    names = {entity.name for entity in find_entities(text).entities}
    assert "Mary Lee" not in names
    assert "Mary Smith" in names


def test_a_surname_before_the_pair_builds_no_couple() -> None:
    text = 'Rand Paul and John Kasich spoke. "We won," Paul said.'
    names = {entity.name for entity in find_entities(text).entities}
    assert names == {"Rand Paul", "John Kasich"}


def test_a_nickname_in_quote_marks_is_one_person() -> None:
    text = (
        "The plan was drawn up by Robert \u201cBob\u201d Keller, a physicist. "
        '"It worked," Keller said. "We were lucky," he added.'
    )
    assert speakers(text) == [
        ("It worked,", "Robert Keller", "said"),
        ("We were lucky,", "Robert Keller", "added"),
    ]
    assert [entity.name for entity in find_entities(text).entities] == ["Robert Keller"]


def test_a_nickname_keeps_the_title_not_a_role_word() -> None:
    text = 'Dr. George "Jay" Keller spoke, and Marine John "Tig" Brand listened.'
    names = [entity.name for entity in find_entities(text).entities]
    assert names == ["George Keller", "John Brand"]


def test_a_no_break_space_joins_a_name_as_a_space_does() -> None:
    text = (
        "Senator Tom\u00a0Keller spoke first. Tom Keller left. "
        'Later TV\u2019s\u00a0Ann Lee asked him. "We will see," Keller said.'
    )
    names = sorted(entity.name for entity in find_entities(text).entities)
    assert names == ["Ann Lee", "TV", "Tom Keller"]
    assert speakers(text) == [("We will see,", "Tom Keller", "said")]


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it() -> None:
    text = (
        "Ann Keller met Tom Reyes in Ohio. Ann smiled at the crowd. "
        '"We will win," Ann said. "It is close," Tom said.'
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Ann Keller", "Tom Reyes"]


def test_a_first_name_after_a_sentence_opener_is_the_one_person_named_in_full() -> None:
    text = 'Ann Keller spoke in Ohio. Later Ann told the crowd, "We will win this fight."'
    assert [speaker for _, speaker, _ in speakers(text)] == ["Ann Keller"]


def test_a_first_name_two_people_share_stays_alone() -> None:
    text = 'Ann Keller met Ann Reyes. "We will win," Ann said.'
    assert [speaker for _, speaker, _ in speakers(text)] == ["Ann"]


def test_a_first_name_also_a_surname_or_a_word_stays_alone() -> None:
    text = (
        "Rand Paul met Paul Ryan and Bill Lee. The bill passed. "
        '"We will win," Paul said. "It is close," Bill said.'
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Rand Paul", "Bill"]


def test_a_first_name_alone_does_not_take_the_surname_from_its_bearer() -> None:
    text = (
        "Betsy Lund and her husband, Tom, came. Betsy Lund spoke. Tom Lund waved. Tom sang. "
        '"We came today," Lund said.'
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Betsy Lund"]


def test_a_name_opening_a_title_case_headline_is_the_name_alone() -> None:
    text = "Ann Keller Refuses To Back Down\n\nAnn Keller spoke. Tom Lee Foundation gave."
    names = sorted(entity.name for entity in find_entities(text).entities)
    assert names == ["Ann Keller", "Tom Lee Foundation"]
