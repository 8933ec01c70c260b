"""A cue word that is also a noun after a possessive determiner ("His
remarks", "Their claims") is the noun, no cue (cue_context.is_cue_at)."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mentions


@pytest.mark.parametrize("subject", ["His remarks", "Their claims", "Her comments"])
def test_a_noun_after_a_possessive_determiner_is_no_cue(subject: str) -> None:
    text = (
        f"Tom Lee spoke on Monday. {subject} support the view of Ann Roe that the "
        'rules were "badly out of date."'
    )
    assert mentions(text)[0][1] not in ("His", "Their", "Her")
