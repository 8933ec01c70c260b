"""Named speakers of quotes inside opening clauses and sentences, on short
texts written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import mentions, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "When Ann Lee said Mr. Ray \u201cis not a Christian,\u201d the paper declared "
            "that the race had changed.",
            "Ann Lee",
        ),
        (
            "While Tom Berg has warned against \u201ca betrayal of our values,\u201d the "
            "mayor said the plan stays.",
            "Tom Berg",
        ),
    ],
)
def test_a_quote_inside_an_opening_clause_with_a_cue_is_that_clauses(
    text: str, speaker: str
) -> None:
    assert speakers(text)[0][1] == speaker


def test_an_opening_clause_closed_by_a_comma_before_the_quote_keeps_the_main_tag() -> None:
    text = (
        "After Ann Lee accused him of bias, he warned, \u201cThat is fair game,\u201d "
        "Tom Berg told the radio."
    )
    assert mentions(text) == [("Tom Berg", "Tom Berg")]


def test_the_full_stop_of_an_abbreviation_ends_no_sentence_between_subject_and_quote() -> None:
    text = "When Ann Lee said Mr. Ray \u201cis not a Christian,\u201d the crowd cheered."
    assert speakers(text) == [("is not a Christian,", "Ann Lee", "said")]


def test_although_opens_no_speaker_mention() -> None:
    text = (
        "Although Ann Lee admitted to the paper that she and Ray had \u201cbeen friends "
        "for some time,\u201d she claimed they never met."
    )
    assert mentions(text) == [("Ann Lee", "Ann Lee")]


def test_the_object_of_a_preposition_before_a_colon_is_no_speaker() -> None:
    text = (
        "Ann Lee supports \u201cpay raises,\u201d opposes \u201cpay freezes\u201d and recalled "
        "the freeze on federal pay rates: \u201cI saw how hard it was.\u201d"
    )
    assert mentions(text)[-1] == ("Ann Lee", "Ann Lee")


def test_a_byline_before_a_colon_names_the_author() -> None:
    text = (
        "The zoo opened on Monday.\n\n\u201cMet accused of theft,\u201d by Post's Ann Lee: "
        "\u201cA man is suing the museum.\u201d"
    )
    assert mentions(text)[-1][0] == "Ann Lee"


def test_one_before_a_noun_opens_the_subject_of_a_saying_clause() -> None:
    text = "One operative downplayed the remarks, saying they were \u201cnot a big deal.\u201d"
    assert mentions(text) == [("One operative", "One operative")]


def test_a_he_after_one_named_in_apposition_is_that_person() -> None:
    text = (
        "Tom Ray spoke on Sunday.\n\nOne voter, Bob Hale, 35, came in a red hat. He had "
        "protested at a rally.\n\n\u201cI liked every reason they gave,\u201d he said."
    )
    assert mentions(text) == [("Bob Hale", "he")]


def test_an_age_before_a_name_opens_the_subject() -> None:
    text = (
        "76-year-old Tom Hale, founder of the Leadership Group, endorsed Ray last week, "
        "saying he \u201chas shown a deep commitment.\u201d"
    )
    assert speakers(text)[0][1] == "Tom Hale"


def test_a_past_participle_after_a_possessive_name_is_no_cue() -> None:
    text = (
        "Tom Hale, who is a veteran, also decried Ann Lee\u2019s repeated calls for a ban, "
        "noting she has \u201csacrificed nothing\u201d for the country."
    )
    assert mentions(text)[0][0] == "Tom Hale"


def test_a_predicate_in_a_who_clause_is_no_subject() -> None:
    text = (
        "Tom Hale, who is a pastor at the First Church of Elba, Colorado, slammed the "
        "club for promoting \u201cbad habits\u201d among its members."
    )
    assert speakers(text)[0][1] == "Tom Hale"


def test_a_description_of_the_opening_phrases_name_is_no_subject() -> None:
    text = (
        "Preceded at the lectern by Bob Ray, the county sheriff and hard-liner, Ann Lee "
        "launched into a lament for the workers who are \u201cvictims of violence\u201d by now."
    )
    assert mentions(text) == [("Ann Lee", "Ann Lee")]


def test_a_names_description_with_a_preposition_is_no_subject() -> None:
    text = (
        "Tom Hale, the editor in chief of the city paper, the Daily Star, said every "
        "mayor was \u201cboth loved and hated.\u201d"
    )
    assert mentions(text)[0][0] == "Tom Hale"


def test_a_name_in_a_whose_clause_before_its_predicate_is_no_subject() -> None:
    text = (
        "Tom Hale, whose hometown, Miami, is expected to flood soon, argues that the plan "
        "will \u201cdestroy our economy.\u201d"
    )
    assert speakers(text)[0][1] == "Tom Hale"


def test_a_relative_clauses_tag_is_not_lent_to_an_earlier_quote() -> None:
    text = (
        "The former senator began her speech by slamming those who \u201coutsource\u201d "
        "leadership to \u201cdictators\u201d and then attacked Bob Ray, who has said he "
        "wants to be \u201cneutral.\u201d"
    )
    assert mentions(text)[0] == ("The former senator", "The former senator")


def test_an_infinitives_object_in_a_who_clause_is_no_subject() -> None:
    text = (
        "Although there is no overlap, an aide who spoke anonymously to discuss internal "
        "strategy said Wednesday, \u201cThere are talks.\u201d"
    )
    assert mentions(text) == [("an aide", "an aide")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Carly Ruiz threw her support behind Sen. Tom Roe (R-Texas) on Monday, saying "
            "it is time for a \u201creal conservative in the White House.\u201d",
            "Carly Ruiz",
        ),
        ("Tom Ray left early. King said the vote was \u201ca sham.\u201d", "King"),
    ],
)
def test_a_name_ending_like_an_adverb_can_open_the_subject(text: str, speaker: str) -> None:
    assert speakers(text)[0][1] == speaker


def test_a_question_put_to_the_subject_is_not_the_subjects() -> None:
    text = (
        "In an interview on Monday, Tom Ray was asked, \u201cWould you run again?\u201d "
        "He laughed and said, \u201cNot this year.\u201d"
    )
    assert mentions(text)[0] == (None, None)
    assert mentions(text)[1][0] == "Tom Ray"


def test_a_tag_in_an_object_relative_is_not_lent_past_a_named_subject() -> None:
    text = (
        "And, in a clip that Judge Ann Ruiz called \u201cdistasteful,\u201d Tom Roe "
        "expressed a desire to \u201cshoot them all.\u201d"
    )
    assert mentions(text) == [
        ("Ann Ruiz", "Judge Ann Ruiz"),
        ("Tom Roe", "Tom Roe"),
    ]


def test_this_before_a_noun_opens_the_subject() -> None:
    text = (
        "What about the trade pact, which Tom Roe had called a \u201cdisaster\u201d? This "
        "Roe doppelganger spoke instead about \u201cimproving the pact\u201d and more."
    )
    assert mentions(text)[1] == ("This Roe doppelganger", "This Roe doppelganger")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hundreds of pro-Roe demonstrators marched on Monday, chanting "
            "\u201cRoe or bust!\u201d",
            "Hundreds of pro-Roe demonstrators",
        ),
        (
            "A group of 67 Latin American artists published a letter on Monday, calling on "
            "people to \u201cremember the past.\u201d",
            "A group of 67 Latin American artists",
        ),
    ],
)
def test_the_noun_after_an_of_objects_modifiers_stays_in_the_subject(
    text: str, speaker: str
) -> None:
    assert speakers(text)[0][1] == speaker


def test_a_role_without_article_joined_to_a_titled_name_is_one_person() -> None:
    text = (
        "Former prosecutor and New York City Mayor Tom Roe, who backs Lee, trashed the "
        "report on Monday, calling it a \u201cno-brainer.\u201d"
    )
    assert speakers(text)[0][1] == "Tom Roe"
    assert speakers("The mayor and Gov. Ann Lee said the plan was \u201ca mess.\u201d")[0][1] == (
        "Ann Lee"
    )


def test_a_verb_in_s_before_a_colon_is_no_part_of_the_speaker() -> None:
    text = "The charter is short. Section 9 affirms: \u201cNo one shall be held.\u201d"
    assert mentions(text)[0][1] == "Section 9"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Another Muslim who prays here said he heard the man talk of \u201cimmorality.\u201d",
            "Another Muslim",
        ),
        (
            "Tom Roe spoke first. The Senate minority leader said the bill was \u201ca mess.\u201d",
            "The Senate minority leader",
        ),
    ],
)
def test_a_name_inside_a_description_is_not_the_speaker(text: str, speaker: str) -> None:
    assert speakers(text)[0][1] == speaker


def test_a_place_after_from_in_a_description_is_not_the_speaker() -> None:
    text = "Tom Roe left early. The senator from Vermont said the bill was \u201ca mess.\u201d"
    assert speakers(text)[0][1] == "The senator from Vermont"


def test_a_name_between_lower_case_words_is_not_the_speaker() -> None:
    text = "Old hands agree. But veteran Iowa political hands say the tour is \u201ca waste.\u201d"
    assert speakers(text)[0][1] == "veteran Iowa political hands"


def test_a_name_known_here_as_has_no_speaker() -> None:
    text = (
        "Ann Lee says the tour of all the counties, known here as \u201cthe full loop,\u201d helps."
    )
    assert mentions(text) == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Roe, 44, known online as \u201cGhost Rider,\u201d was sentenced on Monday.",
        "A Roe win creates an awkward spot for Ann Lee, who could be celebrating being "
        "dubbed the \u201cpresumptive nominee\u201d even as she loses the state.",
    ],
)
def test_a_name_known_online_or_dubbed_has_no_speaker(text: str) -> None:
    assert mentions(text) == [(None, None)]


def test_a_quote_inside_an_opening_asked_whether_clause_has_no_speaker() -> None:
    text = (
        "The poll is out.\n\nAsked whether Ann Lee \u201chas the integrity to serve,\u201d 75 "
        "percent of voters said yes."
    )
    assert mentions(text) == [(None, None)]


def test_a_participle_after_a_subordinate_clause_takes_its_subject_over_it() -> None:
    text = (
        "It was a double punch by the two women, as Ms. Lee echoed the criticism, saying "
        "Mr. Roe \u201cis not fit to lead.\u201d"
    )
    assert mentions(text) == [("Lee", "Ms. Lee")]


def test_a_name_after_lower_case_roles_before_of_is_the_speaker() -> None:
    text = (
        "\u201cI like him,\u201d said undecided Republican voter Ann Hooton of Derry, N.H. "
        "\u201cHe is honest.\u201d"
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Ann Hooton", "Ann Hooton"]


def test_words_the_subject_was_asked_about_are_not_the_subjects() -> None:
    text = (
        "In an interview on Monday, Tom Ray was asked about the \u201cnot ready yet\u201d "
        "remark. Ray replied, \u201cWe are friends.\u201d"
    )
    assert mentions(text)[0] == (None, None)


def test_words_of_a_question_put_to_the_speaker_are_not_the_speakers() -> None:
    text = (
        "To a question on the \u201cprivatization of city jobs,\u201d Tom Ray said contractors "
        "cost more."
    )
    assert mentions(text) == [(None, None)]


def test_a_set_phrase_opening_the_sentence_is_no_subject() -> None:
    text = (
        "To wit, Tom Roe told a radio show that Ann Lee \u201chad a crazy plan,\u201d adding, "
        "\u201cShe lost all of the vote.\u201d"
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Tom Roe", "Tom Roe"]


def test_the_next_day_opens_no_subject() -> None:
    text = (
        "The day before, at a rally in Concord, N.H., 14-year-old Ann Pell hoisted a sign "
        "that read \u201c15%!\u201d"
    )
    assert speakers(text)[0][1] == "Ann Pell"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "When someone in the crowd shouted, \u201cLee,\u201d Tom Ray joked, using an accent.",
            "someone in the crowd",
        ),
        ("As Ann Lee said, \u201cWe are ready,\u201d Tom Ray replied.", "Ann Lee"),
    ],
)
def test_a_quote_after_an_opening_clause_ending_in_its_cue_is_that_clauses(
    text: str, speaker: str
) -> None:
    assert speakers(text)[0][1] == speaker
