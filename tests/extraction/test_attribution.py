"""Speaker attribution, on short texts written for the tests."""

from __future__ import annotations

from verify.extraction.quotes import extract_quotes


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.cue) for q in extract_quotes(text)[0]]


def test_speech_tag_after_the_quote() -> None:
    text = "\u201cThe talks were useful,\u201d Ana Ruiz wrote."
    assert speakers(text) == [("The talks were useful,", "Ana Ruiz", "wrote")]


def test_inverted_speech_tag_after_the_quote() -> None:
    text = "\u201cWe need more time,\u201d said Tom Berg, a trade negotiator."
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.cue) == ("Tom Berg", "said")
    assert found.speaker_mention == "Tom Berg, a trade negotiator"


def test_speech_tag_before_the_quote_with_a_colon() -> None:
    text = "Kremlin spokesperson Dmitry Peskov said: \u201cThe call is being prepared.\u201d"
    assert speakers(text) == [("The call is being prepared.", "Dmitry Peskov", "said")]


def test_speech_tag_inside_a_quote_names_both_halves() -> None:
    text = "\u201cWe tried,\u201d she said, \u201cbut nobody listened.\u201d"
    text = "Maria Lopez spoke on Monday. " + text
    found = speakers(text)
    assert [speaker for _, speaker, _ in found] == ["Maria Lopez", "Maria Lopez"]


def test_partial_quote_takes_the_subject_of_its_cue_verb() -> None:
    text = "After the meeting, Ukraine accused Russia of making \u201cunacceptable\u201d demands."
    assert speakers(text) == [("unacceptable", "Ukraine", "accused")]


def test_according_to_names_the_speaker() -> None:
    text = "The deal is \u201cclose to done,\u201d according to Senator Jane Hall."
    assert speakers(text) == [("close to done,", "Jane Hall", "according to")]


def test_cue_verbs_condemned_and_claimed() -> None:
    text = (
        "Mayor Lena Fischer condemned the attack as \u201ca cowardly act of terror.\u201d "
        "State media claimed the target was \u201ca military depot,\u201d without proof."
    )
    found = speakers(text)
    assert [(speaker, cue) for _, speaker, cue in found] == [
        ("Lena Fischer", "condemned"),
        ("State media", "claimed"),
    ]


def test_continuation_paragraph_carries_the_previous_speaker() -> None:
    text = (
        "\u201cWe will appeal the ruling,\u201d said Ana Ruiz, the company's lawyer.\n\n"
        "\u201cThe court ignored the evidence.\u201d"
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_paragraph_introduced_by_a_colon_names_the_speaker() -> None:
    text = "Senator Tom Berg replied:\n\n\u201cThat is simply not true.\u201d"
    assert speakers(text)[0][1] == "Tom Berg"


def test_pronoun_speaker_resolves_to_the_full_name() -> None:
    text = (
        "Foreign Minister Maria Zakharova spoke in Moscow. "
        "\u201cThe sanctions will fail,\u201d she said."
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == ("Maria Zakharova", "she")


def test_description_speaker_resolves_to_the_person() -> None:
    text = (
        "Russian President Vladimir Putin met the envoy. Later, "
        "\u201cWe are ready to talk,\u201d the Russian leader said."
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == ("Vladimir Putin", "the Russian leader")


def test_spokesperson_description_resolves_to_the_spokesperson() -> None:
    text = (
        "Kremlin spokesperson Dmitry Peskov was asked about the call. "
        "\u201cNo date has been set,\u201d the spokesperson said."
    )
    assert speakers(text)[0][1] == "Dmitry Peskov"


def test_speaker_is_the_fullest_name_the_article_uses() -> None:
    text = (
        "Ukrainian President Volodymyr Zelensky arrived in Rome. "
        "\u201cWe want peace,\u201d Zelensky said."
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == ("Volodymyr Zelensky", "Zelensky")


def test_organisations_and_collectives_are_speakers() -> None:
    text = (
        "\u201cThe talks are over,\u201d the Kremlin said. "
        "Russian state media claimed the strike hit \u201ca military staging area.\u201d"
    )
    found = speakers(text)
    assert [speaker for _, speaker, _ in found] == ["Kremlin", "Russian state media"]


def test_speakers_are_returned_as_entities_with_aliases() -> None:
    text = (
        "Donald Trump spoke to reporters. \u201cIt was a productive day,\u201d Trump wrote. "
        "\u201cWe will see,\u201d Mr. Trump added."
    )
    quotes, entities = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Donald Trump", "Donald Trump"]
    assert [(e.name, e.kind) for e in entities] == [("Donald Trump", "person")]
    assert "Trump" in entities[0].aliases


def test_a_quote_nobody_is_named_for_has_no_speaker() -> None:
    text = "\u201cClosed for the season, see you in spring.\u201d\n\nThe shop reopens in April."
    found = extract_quotes(text)[0]
    assert [(q.text, q.speaker) for q in found] == [
        ("Closed for the season, see you in spring.", None)
    ]
