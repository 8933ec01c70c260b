"""A cue word that is also a noun after a possessive determiner or a plural
quantifier ("His remarks", "Many claims") or after a people's adjective
("disprove Republican claims") is the noun, no cue (cue_context.is_cue_at)."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mentions


@pytest.mark.parametrize("subject", ["His remarks", "Their claims", "Her comments", "Many claims"])
def test_a_noun_after_a_possessive_determiner_is_no_cue(subject: str) -> None:
    text = (
        f"Tom Lee spoke on Monday. {subject} support the view of Ann Roe that the "
        'rules were "badly out of date."'
    )
    assert mentions(text)[0][1] not in ("His", "Their", "Her", "Many")


@pytest.mark.parametrize("adjective", ["Republican", "Russian", "Democratic"])
def test_a_noun_after_a_peoples_adjective_is_no_cue(adjective: str) -> None:
    text = (
        f"Tom Lee and his aides wrote a memo to answer {adjective} claims of "
        '"significant breakthroughs" in the talks.'
    )
    assert mentions(text)[0][1] != f"answer {adjective}"


def test_a_party_member_set_off_by_commas_still_claims() -> None:
    text = 'Ann Lee, a Republican, claims the plan is "dead on arrival."'
    assert mentions(text) == [("Ann Lee", "Ann Lee, a Republican")]
