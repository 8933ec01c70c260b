"""Who a "he" or "she" claimant is: read back over the sentences before, as
for quote speakers."""

from __future__ import annotations

from tests.extraction.helpers import claim_with


def test_a_pronoun_opening_its_sentence_is_the_subject_before_not_the_last_name() -> None:
    # the nearest man named before "He" is the object of the sentence before
    text = "Ben Okafor met Tom Vance at the depot on Monday. He said the depot would close."
    claim = claim_with(text, "depot would close")
    assert (claim.claimant, claim.claimant_mention) == ("Ben Okafor", "He")


def test_a_pronoun_in_a_sentence_without_a_named_subject_looks_past_a_place() -> None:
    # the nearest name before "he" is a street no pronoun tells the sex of
    text = (
        "Tom Vance joined the protest at noon. Vendors sold water on Broad Street in the "
        "heat. Asked about the plan, he said the depot would close."
    )
    claim = claim_with(text, "depot would close")
    assert (claim.claimant, claim.claimant_mention) == ("Tom Vance", "he")


def test_a_pronoun_inside_a_sentence_keeps_the_nearest_name_known_to_be_a_she() -> None:
    text = (
        "Tom Vance joined the protest at noon. While Ann Lee has voiced concern, "
        "she said the depot would stay open."
    )
    claim = claim_with(text, "depot would stay open")
    assert (claim.claimant, claim.claimant_mention) == ("Ann Lee", "she")


def test_a_pronoun_after_an_appositive_tells_no_gender_of_the_name_closing_it() -> None:
    # "he" after the appositive is Ben Okafor's: the school in it is no man
    # the next "he" may stand for
    text = (
        "Ben Okafor, a professor at Harlow University's Maurer School of Law, said he "
        "backs the plan. But, he said, the depot would close."
    )
    claim = claim_with(text, "depot would close")
    assert (claim.claimant, claim.claimant_mention) == ("Ben Okafor", "he")


def test_a_pronoun_after_an_introductory_phrase_is_whom_the_sentence_before_is_about() -> None:
    # the nearest man named before "he" is the disease's namesake in the
    # sentence before, not its subject
    text = (
        "Last month, Ben Okafor helped draft a deal to fight Tom Vance disease. "
        "But on Tuesday, he said the depot would close."
    )
    claim = claim_with(text, "depot would close")
    assert (claim.claimant, claim.claimant_mention) == ("Ben Okafor", "he")


def test_a_people_in_the_plural_is_no_he_or_she() -> None:
    text = (
        "It is no secret that voters dislike Tom Vance.\n\nConservative Christians were "
        "upset he admittedly has never asked God to forgive him for anything."
    )
    claim = claim_with(text, "never asked God")
    assert (claim.claimant, claim.claimant_mention) == ("Tom Vance", "he")
