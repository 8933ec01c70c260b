"""Who a "he" or "she" speaker is, read back over the sentences before."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mentions


def test_sentences_about_the_same_pronoun_keep_the_last_tag_in_reach() -> None:
    # the quotes and the "he" sentences between go on about Tom Ray; the man
    # named after "run by" is no subject
    text = (
        "\u201cI was shocked,\u201d said Tom Ray, a baker. \u201cI kept on arguing.\u201d\n\n"
        "After a short trial, he was sent back to Lisbon. \u201cThe first week was hard.\u201d\n\n"
        "He now works in a shop run by Carlos Mendes.\n\n"
        "\u201cI am banned for life,\u201d he said."
    )
    assert mentions(text)[-1] == ("Tom Ray", "he")


def test_a_sentence_reporting_someone_without_quote_marks_names_the_pronoun() -> None:
    text = (
        "Paperwork is a burden for schools, said Tom Ray, a teacher who once worked "
        "for Carlos Mendes.\n\n\u201cWe need less paper,\u201d he said."
    )
    assert mentions(text) == [("Tom Ray", "he")]


@pytest.mark.parametrize(
    "tag",
    [
        "\u201cIt was a long night,\u201d Tom Ray, 66, said.",
        "\u201cIt was a long night,\u201d Tom Ray told reporters.",
    ],
)
def test_a_tag_with_an_age_or_another_cue_names_the_next_pronoun(tag: str) -> None:
    text = f"Carlos Mendes lost in Porto.\n\n{tag}\n\n\u201cWe will try again,\u201d he added."
    assert mentions(text)[-1] == ("Tom Ray", "he")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Carlos Mendes, he added, \u201cis not listening.\u201d", "Tom Ray"),
        ("An immigrant from Spain who settled here in 2013, he is \u201cworried.\u201d", "Tom Ray"),
        # the name before the comma speaks: the pronoun is about him
        (
            "Carlos Mendes noted the figures, which are, he said, \u201ctoo low.\u201d",
            "Carlos Mendes",
        ),
    ],
)
def test_a_pronoun_after_a_comma_looks_past_its_sentences_opening(
    sentence: str, speaker: str
) -> None:
    text = f"\u201cWe need more nurses,\u201d said Tom Ray, a doctor in Porto. {sentence}"
    assert mentions(text)[-1] == (speaker, "he")


def test_an_abbreviation_before_a_small_letter_ends_no_sentence() -> None:
    text = (
        "\u201cWe need more nurses,\u201d said Ann Lee, a nurse from Porto. An immigrant from "
        "Uganda who became a U.S. citizen in 2013, she is \u201cworried.\u201d"
    )
    assert mentions(text)[-1] == ("Ann Lee", "she")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a name before a common noun is no subject
        ("Tom Ray spoke last. The Kestrel crowd cheered when the mayor came on.", "Tom Ray"),
        # the sentence's reporter before the owner of its subject
        (
            "Carlos Mendes lost. Mendes\u2019s claim that it was rigged hurt us, Tom Ray said.",
            "Tom Ray",
        ),
        # the owner is whom the sentence is about
        ("Tom Ray lost. Mendes\u2019s message to the party was clear.", "Carlos Mendes"),
    ],
)
def test_a_subject_with_a_common_head_noun(sentence: str, speaker: str) -> None:
    text = f"Carlos Mendes ran too.\n\n{sentence}\n\n\u201cWe will win,\u201d he said."
    assert mentions(text)[-1] == (speaker, "he")


def test_a_tag_describing_an_unnamed_speaker_names_the_next_pronoun() -> None:
    before = (
        "Ann Lee runs the shop.\n\n\u201cOne man came in,\u201d said the woman, who gave no name."
    )
    assert mentions(f"{before}\n\n\u201cToo much hate,\u201d she said.")[-1] == ("the woman", "she")
    assert mentions(f"{before}\n\n\u201cToo much hate,\u201d he said.")[-1][0] != "the woman"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee thanked Tom Ray, a delegate from Ohio.",
        "The delegates cheered Tom Ray of Ohio.",
    ],
)
def test_the_one_man_beside_a_subject_the_pronoun_cannot_be_is_the_pronoun(
    sentence: str,
) -> None:
    # the subject is a woman or a plural: "he" is the man the sentence names,
    # not the man the paragraph before is about
    text = f"John Smith spoke first.\n\n{sentence}\n\n\u201cWe will win,\u201d he said."
    assert mentions(text)[-1] == ("Tom Ray", "he")


def test_a_question_names_no_one_for_the_pronoun_after_it() -> None:
    text = (
        "John Smith spoke first.\n\nDon\u2019t the Democrats run the risk of losing Tom Ray?\n\n"
        "\u201cWe will win,\u201d he said."
    )
    assert mentions(text)[-1] == ("John Smith", "he")


@pytest.mark.parametrize(
    ("opening", "first_end", "closing"),
    [("\u201c", "\u2018stay strong,\u2019\u201d", "\u201d"), ("''", "stay strong,''", "''")],
)
def test_a_tag_after_a_quote_of_many_sentences_takes_the_tag_before_its_opening(
    opening: str, first_end: str, closing: str
) -> None:
    # "he wrote" speaks for the whole quote, which opens right after Tom Ray's tag
    text = (
        "John Smith spoke first.\n\n"
        f"{opening}The book tells us to {first_end} Tom Ray wrote.\n\n"
        f"{opening}We are warned. It is late. Days are short. We must act,{closing} he wrote."
    )
    assert mentions(text)[-1] == ("Tom Ray", "he")


def test_a_sentence_according_to_a_named_person_names_the_pronoun_after_it() -> None:
    text = (
        "Mary Jones spoke first.\n\n"
        "The paper will cover the race as news, according to a post from Ann Lee.\n\n"
        "\u201cWe will be fair,\u201d she wrote."
    )
    assert mentions(text)[-1] == ("Ann Lee", "she")


def test_a_sentence_according_to_a_one_word_source_names_no_one() -> None:
    text = (
        "Tom Ray spoke first.\n\nThe race is tight, according to Gallup.\n\n"
        "\u201cWe will win,\u201d he said."
    )
    assert mentions(text)[-1] == ("Tom Ray", "he")


@pytest.mark.parametrize(
    "text",
    [
        "The city sent out a note.\n\n\u201cWe will fix the roads,\u201d the email read. "
        "It added that work would start in \u201cthe first week of May.\u201d",
        "The city sent out a note.\n\n\u201cWe will fix the roads,\u201d the email read. "
        "It stated that work would start soon. It said the roads were \u201cin bad shape.\u201d",
    ],
)
def test_it_after_a_document_s_tag_is_that_document(text: str) -> None:
    assert mentions(text)[-1] == ("the email", "It")


def test_it_after_a_sentence_about_a_document_is_that_document() -> None:
    text = (
        "Tom Ray spoke on Monday.\n\nThe firm\u2019s letter went out the same day. "
        "\u201cWe will fix the roads,\u201d it said."
    )
    assert mentions(text) == [("The firm\u2019s letter", "it")]


@pytest.mark.parametrize("opening", ["Then there\u2019s", "And there is also"])
def test_a_sentence_bringing_someone_on_names_the_pronoun_after_it(opening: str) -> None:
    text = (
        "John Smith backed the plan.\n\n"
        f"{opening} Tom Ray.\n\n"
        "\u201cIt will fail,\u201d he wrote last week."
    )
    assert mentions(text)[-1] == ("Tom Ray", "he")


def test_the_name_in_an_aside_after_a_role_and_its_phrase_is_the_pronoun() -> None:
    text = (
        "Tom Ray spoke first.\n\n"
        "At that moment, the French ambassador to the United Nations, Pierre Dumas, "
        "whispered to reporters. \u201cOne hopes,\u201d he said."
    )
    assert mentions(text)[-1] == ("Pierre Dumas", "he")


def test_a_reporting_tag_after_a_sentence_s_quote_marks_names_the_pronoun() -> None:
    text = (
        "John Smith spoke first.\n\n"
        "The plan would carry him into the \u201cSuper Tuesday\u201d vote, Tom Ray said.\n\n"
        "\u201cHe is gaining,\u201d he said."
    )
    assert mentions(text)[-1] == ("Tom Ray", "he")


def test_a_quote_with_its_tag_after_more_words_names_the_pronoun() -> None:
    text = (
        "Mary Jones spoke first.\n\n"
        "\u201cHe is saying the right things\u201d about schools, said Ann Lee, a teacher. "
        "\u201cHe gets it,\u201d she said."
    )
    assert mentions(text)[-1] == ("Ann Lee", "she")


def test_a_tag_naming_the_speaker_after_a_role_names_the_next_pronoun() -> None:
    text = (
        "\u201cShe is able,\u201d Lee campaign manager Tom Ray said in an interview with "
        "Carlos Mendes.\n\n\u201cBut that is not enough,\u201d he continued."
    )
    assert mentions(text)[-1] == ("Tom Ray", "he")


def test_the_subject_of_a_sentence_in_brackets_is_the_pronoun_after_it() -> None:
    text = (
        "Mary Jones spoke first.\n\n"
        "(John Smith defended his mother and refused to blame politicians, like Tom Ray, "
        "who had attacked her. \u201cShe meant well,\u201d he said.)"
    )
    assert mentions(text)[-1] == ("John Smith", "he")


def test_a_one_word_aside_in_brackets_is_no_subject() -> None:
    text = (
        "\u201cI covered lobbying,\u201d said Mary Jones.\n\n"
        "(Subscribe to our podcast with Tom Ray.)\n\n"
        "\u201cYou learn quickly,\u201d she said."
    )
    assert mentions(text)[-1] == ("Mary Jones", "she")


def test_a_middle_initial_ends_no_sentence_for_the_look_back() -> None:
    text = (
        "Tom Ray spoke first.\n\n"
        "\u201cThe tax is fine,\u201d said Carl Mendes, an adviser to President George W. Bush. "
        "But \u201cit is a poor use of time,\u201d he added."
    )
    assert mentions(text)[-1] == ("Carl Mendes", "he")


def test_the_one_man_a_sentence_about_some_group_names_is_the_pronoun() -> None:
    text = (
        "Tom Ray spoke first.\n\n"
        "Some staunch critics, like Gary Lee of the Smith Institute, agree.\n\n"
        "But the gain is \u201cten times the loss,\u201d he said."
    )
    assert mentions(text)[-1] == ("Gary Lee", "he")


def test_a_tag_with_a_description_between_name_and_cue_names_the_next_pronoun() -> None:
    text = (
        "Mary Jones spoke first.\n\n"
        "\u201cIt is time,\u201d Ann Lee, a fellow at the institute, wrote in a note.\n\n"
        "\u201cWe must act,\u201d she continued."
    )
    assert mentions(text)[-1] == ("Ann Lee", "she")


def test_a_capitalised_opening_word_before_a_comma_is_no_subject() -> None:
    # "Afterward" is named nowhere else: the sentence's subject follows its comma
    text = (
        "Bill Frost lost the vote in March to Carlos Mendes.\n\n"
        "Afterward, Frost mostly stayed at home. \u201cI was tired,\u201d he said."
    )
    assert mentions(text) == [("Bill Frost", "he")]


def test_a_tag_whose_name_has_a_role_without_an_article_names_the_next_pronoun() -> None:
    text = (
        "Carlos Mendes spoke first.\n\n"
        "\u201cWe need less paper,\u201d Tom Ray, program director at the Lisbon Institute, "
        "said in an interview.\n\nHe said the rules were too strict. "
        "\u201cIt costs us,\u201d he added."
    )
    assert mentions(text)[-1] == ("Tom Ray", "he")


def test_a_subject_joined_to_another_name_is_no_he_but_its_reporter_is() -> None:
    text = (
        "Even Bill Frost, chairman of the board, and Carlos Mendes are in trouble, "
        "Tom Ray said.\n\n\u201cThey will lose,\u201d he said."
    )
    assert mentions(text) == [("Tom Ray", "he")]


def test_a_quote_in_double_apostrophes_opening_the_sentence_names_its_tag_s_speaker() -> None:
    # The Times' style: the tag of the quote opening the pronoun's sentence
    text = (
        "Carlos Mendes lost in Porto.\n\n''It was a long night,'' Ray said in a speech to "
        "workers, as he called for calm. ''We will try again.''"
    )
    assert mentions(text)[-1] == ("Ray", "he")


def test_a_title_s_full_stop_ends_no_sentence_for_the_look_back() -> None:
    text = (
        "Carlos Mendes spoke first.\n\n\u201cWe need less paper,\u201d said Gov. Tom Ray of Ohio, "
        "who hired Mr. Mendes in 2010. He added, \u201cIt costs us.\u201d"
    )
    assert mentions(text)[-1] == ("Tom Ray", "He")


def test_a_quote_sentence_ending_in_a_tag_names_the_pronoun_past_its_own_he() -> None:
    # three sentences back, past a "He" sentence about the same man: the tag of
    # a sentence that opens with a quote, not the man the "He" sentence names
    text = (
        "\u201cWe are horrified\u201d by the attack on the depot, Tom Vance said. "
        "He said Ben Okafor \u201chas not done this for money.\u201d\n\n"
        "\u201cWe do not teach that\u201d at the school, he said."
    )
    assert mentions(text)[-1] == ("Tom Vance", "he")


def test_a_relative_who_as_a_sentences_subject_is_whom_it_stands_for() -> None:
    text = (
        "Ben Okafor spoke at noon.\n\n"
        "Then there was the editor Tom Vance, who, after trading insults with a rival, "
        "said the paper had lost its way.\n\n"
        "Readers of \u201ccertain blogs,\u201d he said, are misled."
    )
    assert mentions(text)[-1] == ("Tom Vance", "he")


def test_a_subject_role_the_index_names_is_the_pronouns_person() -> None:
    # "the president" stands for President Ben Okafor, not for Tom Vance, the
    # subject of the sentence before it
    text = (
        "President Ben Okafor spoke on Sunday. Tom Vance had canceled his rally.\n\n"
        "Speaking to reporters in the briefing room, the president called for calm. "
        "He did not mention the ban. But it was on his mind as he asked people not to "
        "\u201cgive in to fear.\u201d"
    )
    assert mentions(text)[-1] == ("Ben Okafor", "he")


def test_a_contracted_pronoun_subject_goes_on_about_the_same_person() -> None:
    # "He's" is the same "he": the quote's tag before it stays in reach
    text = (
        "\u201cI was shocked,\u201d said Tom Vance, a baker who once worked for Carlos "
        "Mendes. He's now retired.\n\n\u201cI miss the ovens,\u201d he said."
    )
    assert mentions(text)[-1] == ("Tom Vance", "he")
