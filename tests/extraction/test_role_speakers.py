"""Who a speaker described by office is when no one was titled so before
(``role_speakers``)."""

from __future__ import annotations

from tests.extraction.helpers import mentions


def test_a_speaker_described_by_office_is_whom_the_sentences_before_are_about() -> None:
    text = (
        "Ben Okafor spoke in Ames on Monday. Okafor thanked the crowd for coming.\n\n"
        "\u201cI stand by everything I said,\u201d the Florida senator said."
    )
    assert mentions(text) == [("Ben Okafor", "the Florida senator")]


def test_a_description_of_someone_new_stays_as_written() -> None:
    # a man in the crowd is no office holder the article named before
    text = (
        "Ben Okafor spoke in Ames on Monday. Okafor thanked the crowd for coming.\n\n"
        "\u201cThey stole the depot,\u201d the man shouted."
    )
    assert mentions(text) == [("the man", "the man")]


def test_a_he_and_a_she_before_leave_the_office_holder_as_written() -> None:
    text = (
        "Ann Lee met Ben Okafor in Ames on Monday. Lee later praised Okafor.\n\n"
        "\u201cWe will win,\u201d the candidate said."
    )
    assert mentions(text) == [("the candidate", "the candidate")]


def test_a_former_office_holder_is_not_whom_the_sentences_before_are_about() -> None:
    # the candidate named before is no former president: someone else is meant
    text = (
        "Ben Okafor spoke in Ames on Monday. Okafor thanked the crowd for coming.\n\n"
        "\u201cI stand by my brother,\u201d the former president said."
    )
    assert mentions(text) == [("the former president", "the former president")]
