"""Chinese names written family name first (family_names)."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import speakers
from verify.extraction.family_names import chinese_family_first


def test_a_chinese_family_name_alone_is_the_person_named_in_full() -> None:
    text = 'Lou Jiwei spoke in Ohio. "We will win this fight on our terms," Mr. Lou said.'
    assert [speaker for _, speaker, _ in speakers(text)] == ["Lou Jiwei"]


@pytest.mark.parametrize(
    ("name", "family_first"),
    [
        (("Xi", "Jinping"), True),
        (("Gao", "Junlan"), True),
        (("Shen", "Xincheng"), True),
        (("Fang", "Rivers"), False),  # no Pinyin given name
        (("Rosa", "Lin"), False),  # no family name first
        (("Li", "JIAN"), False),
    ],
)
def test_a_chinese_name_has_a_family_name_and_a_pinyin_given_name(
    name: tuple[str, str], family_first: bool
) -> None:
    assert chinese_family_first(name) is family_first
