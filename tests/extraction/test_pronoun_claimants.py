"""Who a "he" or "she" claimant is: read back over the sentences before, as
for quote speakers."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_pronoun_opening_its_sentence_is_the_subject_before_not_the_last_name() -> None:
    # the nearest man named before "He" is the object of the sentence before
    text = "Ben Okafor met Tom Vance at the depot on Monday. He said the depot would close."
    claim = claim_with(text, "depot would close")
    assert (claim.claimant, claim.claimant_mention) == ("Ben Okafor", "He")
