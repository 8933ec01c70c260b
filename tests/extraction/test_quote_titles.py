"""Which title-case quotes name a work and which are words called out, on
short texts written for the tests."""

from __future__ import annotations

from verify.extraction.pipeline import extract
from verify.extraction.quotes import pair_quote_marks
from verify.extraction.titles import names_a_work


def _works(text: str) -> list[bool]:
    return [names_a_work(text, span) for span in pair_quote_marks(text)]


def test_a_chant_is_no_work_but_a_show_is() -> None:
    text = (
        "The hall rang with chants of \u201cLock Him Up!\u201d and cries of \u201cShame!\u201d "
        "Voters are fans of \u201cNight Court\u201d too."
    )
    assert _works(text) == [False, False, True]


def test_words_chanted_by_a_crowd_are_a_quote() -> None:
    text = (
        "Dozens of nurses outside the hospital joined in a loud chant of "
        "\u201cFair Pay Now!\u201d on Tuesday."
    )
    assert [q.text for q in extract(text).quotes] == ["Fair Pay Now!"]


def test_a_contraction_of_is_owns_no_work() -> None:
    text = (
        "Lee says he\u2019s \u201cVery Happy\u201d and that it's \u201cGreat News.\u201d "
        "She said so on Channel 4\u2019s \u201cMorning Hour.\u201d"
    )
    assert _works(text) == [False, False, True]


def test_a_programme_spoken_on_or_to_is_no_quote() -> None:
    text = (
        "\u201cWe will build the bridge by May,\u201d Ana Ruiz said on KTV\u2019s "
        "\u201cMorning Hour.\u201d Later she told \u201cCity Desk Live,\u201d that "
        "costs were \u201cunder control.\u201d"
    )
    assert [q.text for q in extract(text).quotes] == [
        "We will build the bridge by May,",
        "under control.",
    ]


def test_a_one_word_answer_told_is_a_quote() -> None:
    text = "Asked whether he would run, Tom Ray told \u201cYes.\u201d to the crowd."
    assert [q.text for q in extract(text).quotes] == ["Yes."]


def test_a_book_named_after_its_author_is_no_quote() -> None:
    text = (
        "\u201cThe mill was our whole life,\u201d Ana Ruiz wrote in her memoir, "
        "\u201cHard Roads Home.\u201d Tom Ray, a co-author of \u201cThe Long Game,\u201d "
        "said the book was \u201cbrave.\u201d"
    )
    assert [q.text for q in extract(text).quotes] == ["The mill was our whole life,", "brave."]


def test_a_slogan_printed_on_a_hat_is_no_quote() -> None:
    text = (
        "\u201cWe came for the jobs,\u201d said Ana Ruiz, who wore a \u201cVote Ruiz Now\u201d "
        "hat. Others held \u201cSave Our Pier\u201d signs. \u201cWe won.\u201d T-shirts "
        "sold out by noon, Tom Ray said."
    )
    assert [q.text for q in extract(text).quotes] == ["We came for the jobs,", "We won."]


def test_a_title_credited_to_its_author_is_no_quote() -> None:
    text = (
        "According to \u201cThe Quiet Years of a Family,\u201d by Ana Ruiz, Tom Ray "
        "told his brother he would leave. One of his recent reads, \u201cThe Long "
        "Winter,\u201d by Tom Ray, drove that point home, he said."
    )
    assert [q.text for q in extract(text).quotes] == []


def test_a_show_named_before_its_cast_is_no_quote() -> None:
    shows = (
        "Getty.\n\n\u201cHarbour Lights is Home\u201d star Ana Ruiz said she felt "
        "\u201cinvisible\u201d as a child. One ad, \u201cFair Deal,\u201d stars a farmer."
    )
    spoken = "\u201cWe Will Win,\u201d Tom Ray, the star of the show, said."
    assert [q.text for q in extract(shows).quotes] == ["invisible"]
    assert [q.speaker for q in extract(spoken).quotes] == ["Tom Ray"]
