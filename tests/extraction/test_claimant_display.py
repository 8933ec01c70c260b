"""Claimant names a reviewer would accept as shown: past the age and town
that follow a name, with plain spaces (quote speakers too), on short texts
written for the tests."""

from __future__ import annotations

from tests.extraction.helpers import claim_with
from verify.extraction import extract


def test_age_town_and_dotted_state_after_a_name_are_not_the_claimant() -> None:
    text = '"Taxes are too high," Ann Pike, 41, of Dover, N.H., said in an interview.'
    assert claim_with(text, "Taxes").claimant == "Ann Pike"


def test_town_and_dotted_state_after_an_apposed_name_are_not_the_claimant() -> None:
    text = "Another delegate, Tom Reed of Washington, D.C., explained that taxes were too high."
    assert claim_with(text, "taxes").claimant == "Tom Reed"


def test_a_place_named_before_a_town_is_not_taken_for_the_speaker() -> None:
    text = "Lee, who is a pastor at the Grace Church of Dover, Del., said taxes were too high."
    assert claim_with(text, "taxes").claimant == "Lee"


def test_no_break_spaces_in_a_claimant_are_shown_as_plain_spaces() -> None:
    claim = claim_with("A\xa0Gallup poll shows the mayor with 40 percent.", "mayor")
    assert claim.claimant == "A Gallup poll"
    assert claim.claimant_mention == "A\xa0Gallup poll"


def test_cue_after_comma_then_takes_the_sentence_subject() -> None:
    text = "Lee offered the man a job as Director of Parks, then says he will welcome advice."
    assert claim_with(text, "welcome").claimant == "Lee"


def test_a_title_case_headline_piece_before_a_colon_labels_no_claimant() -> None:
    text = "Big Win For Farmers: Union Holds Off On Endorsement."
    assert claim_with(text, "Endorsement").claimant is None


def test_a_headline_run_ending_in_the_name_is_not_the_claimant() -> None:
    text = (
        "Lund’s Final Column Explains Why She Sees Good Qualities In Reed.\n\n"
        "Lund had been a strong supporter of Reed’s campaign. Reed said the column was kind."
    )
    assert claim_with(text, "kind").claimant == "Reed"


def test_a_title_case_name_after_a_cue_still_names_the_claimant() -> None:
    text = "Mayor Is A Liar, Board Of Trade Finds."
    assert claim_with(text, "Liar").claimant == "Board Of Trade"


def test_a_place_closing_a_relative_aside_is_not_the_claimant() -> None:
    text = (
        "Tom Reed, who lives in a village outside the state capital, Boston, "
        "said he still hopes the bridge opens."
    )
    assert claim_with(text, "bridge").claimant == "Tom Reed"


def test_a_place_inside_a_whose_aside_is_not_the_claimant() -> None:
    text = "Ada Lund, whose hometown, Miami, may flood, argues that the levee will fail."
    assert claim_with(text, "levee").claimant == "Ada Lund"


def test_a_headline_in_capitals_before_the_subject_is_no_part_of_the_claimant() -> None:
    text = "Harbour news.\nDOVER TEAM REFUSES TO STAY IN HOTEL\xa0The team cited broken pipes."
    assert claim_with(text, "pipes").claimant == "The team"


def test_a_dateline_before_a_dash_is_no_part_of_the_claimant() -> None:
    text = "DOVER \u2015 The city council announced plans Tuesday to expand the harbour."
    assert claim_with(text, "harbour").claimant == "The city council"


def test_a_name_in_capitals_stays_in_the_claimant() -> None:
    assert claim_with("CNN Money reported that the pier would close.", "pier").claimant == (
        "CNN Money"
    )


def test_no_break_spaces_in_a_quote_speaker_are_shown_as_plain_spaces() -> None:
    text = "A\xa0Texas voter said: \u201cWe want roads.\u201d"
    (quote,) = extract(text).quotes
    assert quote.speaker == "A Texas voter"
    assert quote.speaker_mention == "A\xa0Texas voter"
