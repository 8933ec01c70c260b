"""Speech tags: where the tag of a quote is, its cue verb and the subject it
names, and the scanning patterns behind them, on short texts written for the tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extraction.helpers import BREAK_PIECES, mentions, speakers
from verify.extraction.cue_context import (
    MAY_BE_CUE,
    MAY_BE_CUE_AFTER,
    NOUN_LIKE_CUES,
    PHRASAL_CUES,
    cue_after_aside,
    described_source_cue,
    is_cue_at,
)
from verify.extraction.phrases import _SENTENCE_BREAK, _TOKEN, ABBREVIATION, start_of_sentence
from verify.extraction.quotes import extract_quotes
from verify.extraction.tags import _ACCORDING


def test_speech_tag_after_the_quote() -> None:
    text = "\u201cThe talks were useful,\u201d Ana Ruiz wrote."
    assert speakers(text) == [("The talks were useful,", "Ana Ruiz", "wrote")]


def test_inverted_speech_tag_after_the_quote() -> None:
    text = "\u201cWe need more time,\u201d said Tom Berg, a trade negotiator."
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.cue) == ("Tom Berg", "said")
    assert found.speaker_mention == "Tom Berg, a trade negotiator"


@pytest.mark.parametrize("title", ["Capt.", "Sgt.", "Maj.", "Adm.", "Cmdr."])
def test_abbreviated_rank_does_not_end_the_speaker(title: str) -> None:
    text = f"\u201cThe base is ready,\u201d said Navy {title} Lena Voss, who runs it."
    found = extract_quotes(text)[0][0]
    assert found.speaker == "Lena Voss"
    assert found.speaker_mention == f"Navy {title} Lena Voss, who runs it"


@pytest.mark.parametrize(
    "text",
    [
        "Sign up today. Just fill in the form and press \u201cjoin now.\u201d",
        "Given his talk of \u201cthugs and crooks\u201d on the bridge, the vote is close.",
        "Good data can still win, but only when \u201cthe facts are exciting.\u201d",
    ],
)
def test_sentence_opening_word_is_no_speaker(text: str) -> None:
    assert extract_quotes(text)[0][0].speaker not in ("Just", "Given", "Good")


def test_verb_before_a_colon_is_no_speaker() -> None:
    text = (
        "Her view of the mayor: a builder, and one who believes: "
        "\u201cRoads come before parks, and parks before statues.\u201d"
    )
    assert extract_quotes(text)[0][0].speaker_mention != "believes"


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


def test_object_relative_pronoun_is_not_the_speaker() -> None:
    text = "The bill, which Ana Ruiz called \u201ca disgrace to the state,\u201d passed."
    assert mentions(text) == [("Ana Ruiz", "Ana Ruiz")]


def test_party_and_state_stay_out_of_the_name() -> None:
    text = "\u201cIt is a bad bill,\u201d said Sen. Richard Holm (D-Conn.), who voted no."
    speaker, mention = mentions(text)[0]
    assert speaker == "Richard Holm"
    assert mention is not None
    assert mention.startswith("Sen. Richard Holm (D-Conn.)")


def test_tag_after_party_state_abbreviation() -> None:
    text = "\u201cWe will not move the vote,\u201d Senate leader Ann Marsh, R-Ky., said."
    assert mentions(text)[0][0] == "Ann Marsh"


def test_appositive_ends_before_a_clause_about_the_organisation() -> None:
    text = (
        "\u201cThe numbers do not add up,\u201d said Paula Wu, director of the Tax Center, "
        "which filed a challenge against the law."
    )
    assert mentions(text) == [("Paula Wu", "Paula Wu, director of the Tax Center")]


def test_tag_in_front_beats_a_tag_opening_a_new_sentence() -> None:
    text = (
        "Ben Stahl said, \u201cThe case was brought in bad faith.\u201d "
        "He added that the appeal was ready."
    )
    assert mentions(text)[0] == ("Ben Stahl", "Ben Stahl")


def test_participle_after_the_quote_leaves_the_speaker_to_the_main_clause() -> None:
    text = (
        "Mayor Joan Pike hailed the vote as \u201cfantastic,\u201d telling reporters during "
        "a visit to the port that it was fair."
    )
    assert mentions(text)[0][0] == "Joan Pike"


def test_time_words_before_the_cue_give_way_to_the_subject() -> None:
    text = "Senator Lisa Crane (D-Vt.) on Saturday criticized the deal as \u201cnot enough.\u201d"
    assert mentions(text)[0][0] == "Lisa Crane"


def test_subject_after_an_introductory_phrase_may_be_a_description() -> None:
    text = (
        "In three separate interviews, the justice sounded off on the race, saying she "
        "did not \u201cwant to contemplate\u201d the result."
    )
    assert mentions(text) == [("the justice", "the justice")]


def test_cue_in_an_opening_subordinate_clause_is_not_the_quotes() -> None:
    text = (
        "After Governor Ray Dunn criticized the mayor during a debate, Hillary Moss shot "
        "back, \u201cI chose to do my job.\u201d"
    )
    assert mentions(text)[0][0] == "Hillary Moss"


def test_digest_line_signed_after_a_dash() -> None:
    text = "Pollsters agree - Carl Bialik: \u201cThe polls just ended too early.\u201d"
    assert mentions(text) == [("Carl Bialik", "Carl Bialik")]


def test_nested_quote_closing_with_the_outer_one_keeps_its_tag() -> None:
    text = "''They told me, 'Go home,''' said Mayor Tom Rios. ''I stayed.''"
    assert [speaker for speaker, _ in mentions(text)] == ["Tom Rios", "Tom Rios"]


def test_commented_is_a_cue_but_a_possessive_plural_noun_is_not() -> None:
    text = (
        "\u201cIt is over,\u201d one voter commented. Later, Mayor Ann Kohl spoke, but "
        "Ruth Gale's comments \u201cwent too far,\u201d Tom Rios said."
    )
    assert [speaker for speaker, _ in mentions(text)] == ["one voter", "Tom Rios"]


def test_described_source_after_the_quote() -> None:
    text = "\u201cLeave starts after one year,\u201d the document states."
    assert mentions(text) == [("the document", "the document")]


def test_inverted_tag_with_two_titles_joined_by_and() -> None:
    text = "\u201cThat is his role,\u201d said former Gov. and Party Chairman Ed Lang."
    assert mentions(text)[0][0] == "Ed Lang"


def test_as_he_puts_it() -> None:
    text = "Ann Kohl spoke. As she puts it, \u201cthe best thing we have is time.\u201d"
    assert mentions(text)[0][1] == "she"


def test_job_title_starting_with_an_ing_word_stays_in_the_mention() -> None:
    text = "\u201cDemand is steady,\u201d said Omar Hale, managing director of a freight firm."
    found = extract_quotes(text)[0][0]
    assert found.speaker_mention == "Omar Hale, managing director of a freight firm"


def test_described_source_with_a_noun_like_cue_before_a_colon() -> None:
    text = (
        "The fund grew quickly, as the council\u2019s annual report notes: "
        "\u201cDonations doubled in two years.\u201d"
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker_mention, found.cue) == ("the council\u2019s annual report", "notes")


def test_cue_after_a_name_and_its_aside_right_after_the_quote() -> None:
    text = (
        "The race is close.\n\n\u201cI back the mayor,\u201d Rita Gomez, founder of the "
        "Tenants League, tells the radio station."
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.cue) == ("Rita Gomez", "tells")


def test_longer_described_source_after_the_quote() -> None:
    text = "\u201cShe will fix the roads,\u201d a narrator in the new ad states."
    found = extract_quotes(text)[0][0]
    assert (found.speaker_mention, found.cue) == ("a narrator in the new ad", "states")


def test_noun_after_of_stays_in_the_subject_even_when_it_can_be_a_verb() -> None:
    text = (
        "The summit ended.\n\nThe former secretary of state mocked the senator for "
        "calling himself the \u201cking of roads.\u201d"
    )
    found = extract_quotes(text)[0][0]
    assert found.speaker_mention == "The former secretary of state"


def test_adjective_after_an_article_is_not_a_cue() -> None:
    text = "Noor Aziz told the paper in a written statement, \u201cWe will appeal.\u201d"
    assert speakers(text) == [("We will appeal.", "Noor Aziz", "told")]


def test_cue_of_a_subordinate_clause_before_the_quote_is_not_its_tag() -> None:
    text = (
        "\u201cThe lease is binding,\u201d company spokesman Leo Park told the paper, "
        "after Mayor Ruth Bell stated an interest in ending it. \u201cWe will hold her to it.\u201d"
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Leo Park", "Leo Park"]


def test_named_tag_closing_its_sentence_after_a_closed_quote_is_the_quotes() -> None:
    text = (
        "Senate leaders have criticized the plan for weeks. \u201cWe need it NOW!\u201d "
        "Mara Quist said on social media."
    )
    assert speakers(text) == [("We need it NOW!", "Mara Quist", "said")]


def test_quote_signed_after_a_dash_on_its_line() -> None:
    text = (
        "Readers told us what they think of the mayor.\n\n"
        "\u201cHe never listens to anyone.\u201d \u2015 Paula Mendes.\n\n"
        "\u201cThe buses are late every single day.\u201d \u2014 Tom Oduya\n"
    )
    found = extract_quotes(text)[0]
    assert [(q.speaker, q.speaker_mention) for q in found] == [
        ("Paula Mendes", "Paula Mendes"),
        ("Tom Oduya", "Tom Oduya"),
    ]


def test_noun_ending_like_an_adverb_stays_the_head_of_the_subject() -> None:
    text = "The video was released.\n\nMs. Avery\u2019s family said it was \u201cdevastating.\u201d"
    found = extract_quotes(text)[0][0]
    assert found.speaker_mention == "Ms. Avery\u2019s family"


def test_opening_adverb_before_the_subject_and_its_aside_is_no_speaker() -> None:
    text = (
        "The vote went ahead.\n\nStill, Okafor, who thinks the plan went too far, "
        "called it \u201ca power grab.\u201d"
    )
    assert speakers(text) == [("a power grab.", "Okafor", "called")]


def test_quote_signed_in_the_next_paragraph_leaves_the_full_stop_out() -> None:
    text = "Readers wrote in.\n\n\u201cWe will win this.\u201d\n\n- Paula Mendes.\n"
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == ("Paula Mendes", "Paula Mendes")


def test_a_verb_in_s_with_an_object_ends_the_subject() -> None:
    text = "The union's letter makes a simple case: \u201cWe want the old contract back.\u201d"
    found = extract_quotes(text)[0][0]
    assert found.speaker_mention == "The union's letter"
    text = "The city's website lists him as \u201cacting director of works.\u201d"
    assert extract_quotes(text)[0][0].speaker_mention == "The city's website"


def test_a_plural_noun_after_a_noun_stays_in_the_subject() -> None:
    text = "The campaign officials said the vote was \u201ca clear win for us.\u201d"
    assert extract_quotes(text)[0][0].speaker_mention == "The campaign officials"


def test_a_sentence_after_a_closing_quote_mark_has_its_own_subject() -> None:
    text = (
        'Asked about it, Tom Berg said, "I take the blame." Ana Ruiz followed that by '
        'saying, "We all share it."'
    )
    found = extract_quotes(text)[0]
    assert [(q.speaker, q.speaker_mention) for q in found] == [
        ("Tom Berg", "Tom Berg"),
        ("Ana Ruiz", "Ana Ruiz"),
    ]


def test_first_before_a_noun_stays_in_the_subject() -> None:
    text = "The former first lady calls it her \u201cduty gene.\u201d"
    assert extract_quotes(text)[0][0].speaker_mention == "The former first lady"
    text = "The campaign first said it was \u201ca mistake.\u201d"
    assert extract_quotes(text)[0][0].speaker_mention == "The campaign"


def test_a_span_of_time_opening_the_sentence_is_no_subject() -> None:
    for opening in ("A month later", "Eight years ago", "Hours later"):
        text = f"Tom Berg won in May. {opening}, Ana Ruiz toured with \u201ca new plan.\u201d"
        assert extract_quotes(text)[0][0].speaker == "Ana Ruiz"


def test_the_state_after_a_town_in_an_opening_phrase_is_no_subject() -> None:
    for place in ("Ames, Iowa", "Aspen, Colo.", "Salem, New Hampshire"):
        text = f"At a rally in {place}, Ana Ruiz ended with \u201ca new plan.\u201d"
        assert extract_quotes(text)[0][0].speaker == "Ana Ruiz"


def test_state_before_a_noun_is_no_cue() -> None:
    text = "\u201cWe need time,\u201d said Tom Berg, Ana Ruiz's Ohio state director."
    assert speakers(text)[0][1] == "Tom Berg"
    text = "\u201cWe will win,\u201d the officials state in the report."
    assert speakers(text)[0][2] == "state"


def test_and_then_before_the_subject_opens_no_phrase() -> None:
    text = 'Tom Berg spoke first. And then Ana Ruiz went on the attack, saying, "We are done."'
    assert speakers(text)[0][1] == "Ana Ruiz"


def test_went_on_and_shot_back_report_speech() -> None:
    text = (
        "\u201cWe start today,\u201d Tom Berg said.\n\n"
        "\u201cAnd we finish tomorrow,\u201d Ana Ruiz went on.\n\n"
        "\u201cNot a chance,\u201d Tom Berg shot back with a laugh."
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Tom Berg", "Ana Ruiz", "Tom Berg"]
    text = "Tom Berg said, \u201cWe start today.\u201d The Senate goes on recess on Friday."
    assert [speaker for _, speaker, _ in speakers(text)] == ["Tom Berg"]


def test_a_long_aside_between_the_subject_and_its_cue_is_skipped() -> None:
    text = (
        "Ana Ruiz, who had long questioned whether the plan for the new bridge near the old "
        "market in the north of the city would ever be finished on time by Tom Berg, said "
        "on Friday that it was \u201ca mess.\u201d"
    )
    assert speakers(text)[0][1] == "Ana Ruiz"


def test_a_cue_taking_its_own_clause_after_a_closed_quote_is_not_its_tag() -> None:
    text = (
        "Tom Berg spoke first. \u201cWe start today,\u201d said Ana Ruiz. "
        "\u201cThe rest can wait.\u201d Berg added that the plan was late."
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Ana Ruiz", "Ana Ruiz"]
    text = "Ana Ruiz spoke. \u201cWe won!\u201d Tom Berg said on Twitter."
    assert speakers(text)[0][1] == "Tom Berg"


def test_a_place_phrase_inside_an_aside_is_not_the_subject() -> None:
    text = (
        "Ana Ruiz, during a town hall meeting in Columbus, Ohio, said the mines were "
        "\u201cclosing for good.\u201d"
    )
    assert speakers(text)[0][1] == "Ana Ruiz"


def test_a_party_label_between_the_name_and_a_cue_after_the_quote() -> None:
    text = (
        "Ana Ruiz spoke first. \u201cWe can win the House,\u201d Rep. Tom Berg (D-N.Y.) said. "
        "\u201cIt matters,\u201d Sen. Jo Lane (R-Fla.) told reporters."
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Tom Berg", "Jo Lane"]
    assert extract_quotes(text)[0][0].speaker_mention == "Rep. Tom Berg (D-N.Y.)"


def test_an_adjective_after_the_head_keeps_its_phrase_in_the_mention() -> None:
    text = (
        "\u201cIt was weak,\u201d said one Democrat familiar with the talks, who asked not "
        "to be named. \u201cNo stand-down,\u201d said the base chief known as Bob."
    )
    assert [speaker for _, speaker, _ in speakers(text)] == [
        "one Democrat familiar with the talks",
        "Bob",
    ]


def test_an_inverted_tag_ending_in_a_colon_names_the_speaker() -> None:
    text = "Tom Berg spoke. In other words, explained Ana Ruiz: \u201cWhat does it change?\u201d"
    assert speakers(text) == [("What does it change?", "Ana Ruiz", "explained")]


def test_a_news_agency_dateline_is_not_the_subject() -> None:
    text = "Paris (AFP) \u2013 Ana Ruiz hit back, saying that \u201cempty words\u201d cost votes."
    assert speakers(text) == [("empty words", "Ana Ruiz", "saying")]


def test_the_subject_after_with_speaks_through_an_ing_cue() -> None:
    text = (
        "Paris was on their minds, with many marchers and spectators chanting "
        "\u201cWe are Paris.\u201d"
    )
    assert speakers(text) == [("We are Paris.", "many marchers and spectators", "chanting")]


def test_a_long_named_subject_is_not_cut_short() -> None:
    text = (
        "Caucus Chairman Leon R. Fairweather of South Dakota spoke first, arguing that "
        "the bill was \u201ca plan nobody asked for.\u201d"
    )
    found = extract_quotes(text)[0][0]
    assert found.speaker_mention == "Caucus Chairman Leon R. Fairweather of South Dakota"


def test_a_long_name_after_an_inverted_cue_is_not_cut_short() -> None:
    text = "\u201cWages lag behind,\u201d said Ana Ruiz of the University of Texas School of Law."
    found = extract_quotes(text)[0][0]
    assert found.speaker_mention == "Ana Ruiz of the University of Texas School of Law"


def test_a_quote_in_an_opening_participial_phrase_is_the_main_subjects() -> None:
    text = (
        "The vote is next week. Citing the council's \u201cbroken promises to renters,\u201d "
        "Dana Okafor voted against the plan."
    )
    assert speakers(text) == [("broken promises to renters,", "Dana Okafor", None)]


def test_a_quote_after_after_and_a_participle_is_the_main_subjects() -> None:
    text = (
        "The vote is next week. After calling the plan \u201ca gift to landlords\u201d on "
        "Monday, Dana Okafor voted against it."
    )
    assert speakers(text) == [("a gift to landlords", "Dana Okafor", None)]


def test_a_title_inside_a_tag_before_the_quote_does_not_end_it() -> None:
    text = (
        "As Ana Ruiz, author of \u201cCounting Votes,\u201d put it, \u201cThe data were "
        "never there.\u201d"
    )
    found = next(q for q in extract_quotes(text)[0] if q.text.startswith("The data"))
    assert found.speaker == "Ana Ruiz"


def test_an_opening_preposition_like_amid_is_no_subject() -> None:
    text = (
        "Amid calls for a recount, the county clerk issued a statement saying the "
        "count was \u201caccurate and final.\u201d"
    )
    assert speakers(text) == [("accurate and final.", "the county clerk", "saying")]


def test_an_opening_adverb_like_likewise_is_no_subject() -> None:
    text = (
        "Likewise, a report from the Budget Office had this to say: \u201cThe fund "
        "is short by half.\u201d"
    )
    found = extract_quotes(text)[0][0]
    assert found.speaker == "a report from the Budget Office"


def test_words_between_dashes_after_a_subject_belong_to_its_mention() -> None:
    text = (
        "Ana Ruiz \u2014 a nurse from Tacoma \u2014 says the vote was \u201ca turning point.\u201d"
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == (
        "Ana Ruiz",
        "Ana Ruiz \u2014 a nurse from Tacoma",
    )


def test_an_inverted_tag_inside_a_sentence_ends_where_the_clause_resumes() -> None:
    text = (
        "The trouble, says Ana Ruiz, historian at the Tacoma Library, is that the "
        "vote was \u201ctoo close to call.\u201d"
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == (
        "Ana Ruiz",
        "Ana Ruiz, historian at the Tacoma Library",
    )


def test_a_tag_closing_the_sentence_reports_a_quote_inside_it() -> None:
    text = (
        "Ruiz, who spoke first on Tuesday, is a \u201cfearless reformer\u201d who has "
        "won twice, the editorial board writes."
    )
    assert speakers(text) == [("fearless reformer", "the editorial board", "writes")]


def test_a_clause_closing_the_sentence_is_no_tag() -> None:
    text = (
        "Ruiz calls the plan \u201ca lifeline\u201d for the party, even if he doesn't "
        "win any states."
    )
    assert speakers(text)[0][1] == "Ruiz"


def test_a_which_clause_before_the_quote_gives_way_to_the_earlier_cue() -> None:
    text = (
        "Ana Ruiz said the talks, which started a decade ago, remained \u201cthe best "
        "chance we have.\u201d"
    )
    assert speakers(text) == [("the best chance we have.", "Ana Ruiz", "said")]


# The tokenizer of speech tags, written plainly: the module's pattern only
# adds a look-ahead in front of the abbreviations and a "not a space" in front
# of the whole, and must find the same tokens.
PLAIN_TOKEN = re.compile(
    _TOKEN.pattern.removeprefix(r"(?!\s)(?:")
    .removesuffix(")")
    .removeprefix(r"(?=[A-Z][a-z]{1,5}\.)")
)


TOKEN_PIECES = [
    "Mr", "Mrs", "Calif", "Wyo", "Co", "Corp", "Ga", "Prof", "J", "U", "S", "R-", "D-",
    "Ark", "Fla", "Ma", "Abcdefg", "x", "rs", ".", ". ", ", ", ",", ")", "(", " ", "\n",
    "\u2019", "'", "-", "&", "1", "_", "\u00e9", "\u201c", "\u2014",
    "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", "\u2028", "\u00b2", "\u0663",
]  # fmt: skip


def test_plain_token_pattern_is_the_module_one_without_its_look_ahead() -> None:
    assert PLAIN_TOKEN.pattern != _TOKEN.pattern
    assert PLAIN_TOKEN.pattern.startswith("(?:Mr|")
    assert PLAIN_TOKEN.pattern.endswith(r"\u00ab\u00bb.]")


@given(st.lists(st.sampled_from(TOKEN_PIECES), max_size=14).map("".join))
@settings(max_examples=3000, deadline=None)
def test_tokens_are_those_of_the_plain_pattern(text: str) -> None:
    expected = [match.span() for match in PLAIN_TOKEN.finditer(text)]
    assert [match.span() for match in _TOKEN.finditer(text)] == expected


TAG_WORDS = [
    "said", "Said", "states", "state", "posts", "went", "on", "back", "shot", "it", "put",
    "Trump", "the", "a", "was", ",", ":", "\u201c", "that", "he", "board", "Ann", "Lee",
    "called", "notes", "writes", "tells", "founder", "of", "x", "says", "added",
]  # fmt: skip


@given(st.lists(st.sampled_from(TAG_WORDS), min_size=1, max_size=10))
@settings(max_examples=1000, deadline=None)
def test_cue_prefilters_hold_every_accepted_cue(words: list[str]) -> None:
    # the tag finders skip words outside these sets without asking the checks
    tokens = list(_TOKEN.finditer(" ".join(words)))
    for position, token in enumerate(tokens):
        if is_cue_at(tokens, position):
            assert token.group() in MAY_BE_CUE
        if described_source_cue(tokens, position) or cue_after_aside(tokens, position):
            assert token.group() in MAY_BE_CUE_AFTER


def test_cue_prefilters_hold_the_phrasal_and_noun_like_cues() -> None:
    assert set(PHRASAL_CUES) <= MAY_BE_CUE <= MAY_BE_CUE_AFTER
    assert NOUN_LIKE_CUES <= MAY_BE_CUE_AFTER


ACCORDING_PIECES = [
    "according", "ACCORDING", "Accord", "ccord", "a", "A", "ing", "ING", " ", "to", "TO", "T",
    "\u0131", "\u0130", "\u017f", "\u212a", "\u00e0", "\u00c0", "-", "\n",
]  # fmt: skip


@given(st.lists(st.sampled_from(ACCORDING_PIECES), max_size=10).map("".join))
@settings(max_examples=1000, deadline=None)
def test_according_prefilter_keeps_every_match(text: str) -> None:
    # _according_to skips the case-blind search where no "ccord" is, in any case
    if _ACCORDING.search(text) is not None:
        assert "ccord" in text.lower()


def test_according_to_in_capitals_names_the_speaker() -> None:
    text = "ACCORDING TO Ann Lee, \u201cthe plan is dead.\u201d"
    assert speakers(text) == [("the plan is dead.", "Ann Lee", "according to")]


def test_according_to_in_the_next_sentence_names_that_sentences_source() -> None:
    text = (
        "Ann Lee runs the port, and her motto is \u201cShips first.\u201d The port grew "
        "by a third last year, according to a report by the Harbor Board."
    )
    assert mentions(text)[0][1] != "a report by the Harbor Board"


def test_an_opening_according_to_source_ends_at_its_comma() -> None:
    text = "According to Ann Lee, a professor, the plan would have \u201cno effect at all.\u201d"
    assert mentions(text) == [("Ann Lee", "Ann Lee")]


def searched_sentence_start(text: str, floor: int, mark_start: int) -> int:
    """start_of_sentence as it was written first: the breaks found by a regex
    search over the window rather than tried at each mark."""
    best = floor
    for match in _SENTENCE_BREAK.finditer(text, floor, mark_start + 1):
        stop = match.start() + 1
        if not ABBREVIATION.search(text, max(floor, stop - 6), stop):
            best = match.end()
    return best


@given(
    st.lists(st.sampled_from(BREAK_PIECES), max_size=16).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
@settings(max_examples=3000, deadline=None)
def test_sentence_start_tried_at_the_marks_is_that_of_a_search(
    text: str, floor: int, mark_start: int
) -> None:
    floor, mark_start = min(floor, len(text)), min(mark_start, len(text))
    expected = searched_sentence_start(text, floor, mark_start)
    assert start_of_sentence(text, floor, mark_start) == expected


def test_a_cue_verb_after_the_description_ends_the_mention() -> None:
    text = (
        "Sen. Ana Ruiz (D-Ore.), said after a lunch on Tuesday that she had not read "
        "the plan, but called it a \u201cstarting point for the talks.\u201d\n\n"
        "\u201cWe will vote no,\u201d said Tom Berg, a member of the Tacoma council, "
        "told reporters last week."
    )
    first, second = extract_quotes(text)[0]
    assert first.speaker_mention == "Sen. Ana Ruiz (D-Ore.)"
    assert second.speaker_mention == "Tom Berg, a member of the Tacoma council"


def test_a_verb_inside_a_relative_clause_keeps_the_description() -> None:
    text = (
        "\u201cThe race is open,\u201d said a Tacoma Republican, who, like all "
        "respondents, responded anonymously."
    )
    found = extract_quotes(text)[0][0]
    assert found.speaker_mention == (
        "a Tacoma Republican, who, like all respondents, responded anonymously"
    )


def test_a_tag_in_a_subordinate_clause_after_the_quote_gives_way() -> None:
    text = (
        "Vale says she was \u201ckind of riding the fence\u201d until Kemp said she "
        "was backing the senator."
    )
    found = extract_quotes(text)[0][0]
    assert found.speaker == "Vale"


def test_a_subordinate_tag_after_the_quote_gives_way_to_the_subject() -> None:
    text = (
        "Ann Vale, a teacher from Dover, voted for Rubio.\n\n"
        "Vale say she was \u201ckind of riding the fence\u201d until Kemp said she "
        "was backing the senator."
    )
    found = extract_quotes(text)[0][0]
    assert found.speaker == "Ann Vale"


def test_the_agent_of_a_passive_naming_verb_speaks_the_quote() -> None:
    text = (
        "This habit of the council has been called \u201cstrategic ambiguity\u201d by "
        "Ana Ruiz, a professor at Dover College, and it makes its budget hard to read."
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == (
        "Ana Ruiz",
        "Ana Ruiz, a professor at Dover College",
    )


def test_the_agent_of_a_passive_question_asks_it() -> None:
    text = (
        "Kemp was asked by moderator Ana Ruiz whether his plan would risk "
        "\u201cadding another program to the budget.\u201d"
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == ("Ana Ruiz", "moderator Ana Ruiz")


def test_an_ing_cue_after_a_prepositions_object_is_the_subjects() -> None:
    text = (
        "\u201cMany people are uncertain,\u201d Ruiz wrote in a statement to Dover Daily "
        "explaining why she is speaking, \u201cbut most voters agree that the town is on "
        "the wrong track.\u201d\n\n"
        "Kemp responded to Berg\u2019s question on Facebook writing, \u201cYes, I will.\u201d"
    )
    first, second = extract_quotes(text)[0][1:]
    assert first.speaker == "Ruiz"
    assert second.speaker == "Kemp"


def test_state_before_a_noun_stays_in_an_opening_subject() -> None:
    text = (
        "In early October, Kemp\u2019s Oregon state director, Tom Berg, reached out to "
        "the firm, writing in an email: \u201cWe want to use this soon.\u201d"
    )
    found = extract_quotes(text)[0][0]
    assert found.speaker_mention == "Kemp\u2019s Oregon state director, Tom Berg"


def test_a_name_after_of_before_an_ing_cue_is_its_object() -> None:
    text = (
        "At one point in the book, Berg gives an account of Kemp telling one aide to "
        "\u201cgo home.\u201d"
    )
    found = extract_quotes(text)[0][0]
    assert found.speaker == "Berg"


def test_a_participle_phrase_after_the_subject_does_not_name_the_speaker() -> None:
    text = (
        "Another intelligence source speaking to Dover Daily said, \u201cThe agents are "
        "looking at the contracts.\u201d"
    )
    found = extract_quotes(text)[0][0]
    assert found.speaker == "Another intelligence source"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Tom Reed asked who would pay. \u201cThe county!\u201d the crowd screamed back.",
            "screamed",
        ),
        (
            "Tom Reed spoke first. \u201cNever again,\u201d an angry Ann Lee retaliated.",
            "retaliated",
        ),
        (
            "Tom Reed spoke first. \u201cGo vote today,\u201d exhorted the mayor, Ann Lee.",
            "exhorted",
        ),
    ],
)
def test_screamed_exhorted_and_retaliated_are_cues(text: str, cue: str) -> None:
    assert extract_quotes(text)[0][0].cue == cue


@pytest.mark.parametrize(
    ("lead", "mention"),
    [
        ("Full transcript as follows:", "Full transcript"),
        ("The full statement follows:", "The full statement"),
    ],
)
def test_a_noun_phrase_before_follows_and_a_colon_introduces_the_quote(
    lead: str, mention: str
) -> None:
    text = (
        f"The mayor spoke for an hour. {lead}\n\n\u201cWe have waited too long for this"
        " bridge, and we will build it.\u201d"
    )
    assert [quote.speaker_mention for quote in extract_quotes(text)[0]] == [mention]


def test_new_sentence_after_a_doubled_apostrophe_quote_is_no_tag_of_it() -> None:
    text = (
        "The vote is near.\n\nAnn Lee, the head of a union in Dover, said that Tom Ray had"
        " won many members over, but that ''a lot of people like Bob Hale.'' He cautioned"
        " that they would need to hear more."
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker_mention, found.cue) == ("Ann Lee, the head of a union in Dover", "said")


def test_a_time_phrase_before_the_cue_is_not_part_of_the_speaker() -> None:
    text = "The Water Board less than two weeks ago said: \u201cThe pipes are safe.\u201d"
    quote = extract_quotes(text)[0][0]
    assert quote.speaker_mention == "The Water Board"


def test_a_role_word_closing_a_long_subject_stays_in_the_speaker() -> None:
    text = (
        "On Monday, the city's popular new mayor offered the plan as a \u201cfresh start\u201d"
        " for all."
    )
    quote = extract_quotes(text)[0][0]
    assert quote.speaker == "the city's popular new mayor"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Tom Ray spoke in Ames. He praised Lee as "tough" on crime. Then he turned to'
            ' Bush, calling him a "stiff" on stage.',
            ("Tom Ray", "he", "calling"),
        ),
        (
            "The race is close. Now Ann Lee, the oldest candidate in years, is promising a"
            ' "big show" in the fall.',
            ("Ann Lee", "Ann Lee, the oldest candidate in years", None),
        ),
    ],
)
def test_an_adverb_without_a_comma_opens_no_phrase_before_the_subject(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    quote = extract_quotes(text)[0][-1]
    assert (quote.speaker, quote.speaker_mention, quote.cue) == expected


def test_a_participle_cue_takes_the_pronoun_of_its_own_clause() -> None:
    text = (
        "Gov. Tom Ray of Iowa tried to fix the budget, and he has fought with the council,"
        ' at one point calling the mayor a "coward" in public.'
    )
    quote = extract_quotes(text)[0][0]
    assert (quote.speaker, quote.speaker_mention, quote.cue) == ("Tom Ray", "he", "calling")


def test_a_quote_in_a_though_clause_is_its_pronoun_subjects() -> None:
    text = (
        "Meanwhile, Ann Lee signed the budget deal, although she made it clear that she has"
        ' "grave doubts" about it.'
    )
    quote = extract_quotes(text)[0][0]
    assert (quote.speaker, quote.speaker_mention) == ("Ann Lee", "she")


def test_a_pronoun_after_an_opening_conjunction_is_the_subject() -> None:
    text = (
        "Ann Lee spoke at the rally on Monday.\n\nAnd she is sure that the council will only"
        ' grow more careful: "We are not done yet."'
    )
    quote = extract_quotes(text)[0][0]
    assert (quote.speaker, quote.speaker_mention) == ("Ann Lee", "she")


def test_a_participle_phrase_with_an_adverb_is_no_speaker() -> None:
    text = (
        "Ann Lee is running for mayor.\n\nSpeaking later on the same show, Sen. Tom Ray"
        ' (D-Mo.), who has backed Lee, said Lee has become a "stronger" candidate.\n\n'
        'Manning later said, "We will win this."'
    )
    quotes = extract_quotes(text)[0]
    assert [quote.speaker for quote in quotes] == ["Tom Ray", "Manning"]


def test_an_opening_participle_with_an_adverb_leaves_the_subject_after_its_comma() -> None:
    text = (
        "Mary Dunn runs the shop.\n\nPressed again about the race, Ann Lee just starts talking"
        ' about golf. In her town, "golf is the best sport," she says.'
    )
    quote = extract_quotes(text)[0][0]
    assert (quote.speaker, quote.speaker_mention) == ("Ann Lee", "she")


def test_a_pronoun_tag_closing_the_sentence_of_a_quote_beats_the_tag_before() -> None:
    text = (
        '"Many would call that a loss" if she did not win, said Tom Ray, an analyst at '
        'the Bell Institute. "And yet it would seal the deal" because she would widen '
        "her lead, he said."
    )
    assert mentions(text)[1] == ("Tom Ray", "he")


def test_it_before_a_cue_is_a_plausible_subject() -> None:
    text = (
        "Ann Lee runs a group called River Watch. The group seeks to end floods "
        "through what it calls \u201csensible river laws.\u201d"
    )
    assert mentions(text)[0][1] == "it"


def test_a_cue_after_and_takes_the_pronoun_of_its_clause() -> None:
    text = (
        "Col. Tom Ray opened the debate when he raised the flood and later said, "
        "\u201cIt is not just the river.\u201d"
    )
    assert mentions(text) == [("Tom Ray", "he")]


def test_a_tag_after_and_opens_a_clause_of_its_own() -> None:
    text = (
        "Asked about the mayor, 21 percent said \u201cnot too likely\u201d and 14 percent said "
        "\u201cnot at all likely.\u201d Ann Lee accuses the council of "
        "\u201cleading from behind\u201d and Tom Roe says it is \u201closing the war.\u201d"
    )
    assert [speaker for _, speaker, _ in speakers(text)] == [
        "21 percent",
        "14 percent",
        "Ann Lee",
        "Tom Roe",
    ]


def test_a_quote_closing_an_opening_clause_that_reports_speech_is_its_speakers() -> None:
    text = (
        "Budget news came first. After Ann Lee said that students might do better at "
        "\u201ca slower-track school,\u201d Tom Ray said he was appalled."
    )
    assert [q.speaker for q in extract_quotes(text)[0]] == ["Ann Lee"]


def test_a_tag_after_an_opening_clause_without_reported_speech_keeps_the_quote() -> None:
    text = "Budget news came first. After the vote, \u201cwe won,\u201d Tom Ray said."
    assert [q.speaker for q in extract_quotes(text)[0]] == ["Tom Ray"]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Later, Ann Lee met with Tom Ray and said he was \u201cvery charming.\u201d", "Ann Lee"),
        ("The council saw Tom Ray, then 44, as the \u201cright man\u201d for it.", "The council"),
        ("Ann Lee supports Mayor Tom Ray. \u201cI have loans and no job.\u201d", "Ann Lee"),
        ("Legal scholars note the White House would not \u201cclose\u201d it.", "Legal scholars"),
        (
            "The head of the party doesn\u2019t surprise Ann Lee: \u201cWe knew.\u201d",
            "The head of the party",
        ),
    ],
)
def test_a_verb_before_the_object_ends_the_opening_subject(text: str, mention: str) -> None:
    # a past tense, a verb in -s, or the preposition or determiner after a
    # verb comes between the subject and its object, unlike role words
    # running into a name ("campaign spokesman Tom Ray")
    assert mentions(text)[0][1] == mention


def test_an_inverted_tag_after_a_fronted_clause_reaching_the_quote() -> None:
    # the comma before the quote opens no aside: the tag reaches the quote
    text = (
        "Because of how the board drew the map, explained Ann Lee, "
        "\u201cwith a vote in May, we lose.\u201d"
    )
    assert mentions(text) == [("Ann Lee", "Ann Lee")]


def test_a_past_tense_after_a_name_ends_the_subject_before_a_cue() -> None:
    # the walk back from "called" crosses "shared": its subject is the name
    text = "Later on Sunday, Ann Lee shared a list of books called \u201cClassics\u201d with us."
    assert mentions(text) == [("Ann Lee", "Ann Lee")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # "after" after a verb opens a clause with its own subject
        ("Tom Ray tweeted after Ann Lee argued that \u201cthe plan failed.\u201d", "Ann Lee"),
        # a cue verb after a name ends the subject walked back from a participle
        ("Acme contended in a letter, written by Tom Ray, that it had \u201ca bias.\u201d", "Acme"),
        # "after" before a name opens a clause too; not before a time
        ("The vote came two days after Ann Lee told us it was \u201ca mistake.\u201d", "Ann Lee"),
        (
            "Tom Ray after Tuesday's debate said it was \u201cbad.\u201d",
            "Tom Ray after Tuesday's debate",
        ),
    ],
)
def test_a_verb_in_the_walk_back_from_a_cue_ends_the_subject(text: str, mention: str) -> None:
    assert mentions(text)[0][1] == mention


def test_a_past_tense_closing_the_words_before_a_colon_is_no_part_of_the_subject() -> None:
    text = "\u201cWe won,\u201d Tom Ray said.\n\n17-year-old Ann Lee echoed: \u201cWe agree.\u201d"
    assert mentions(text)[1] == ("Ann Lee", "17-year-old Ann Lee")


def test_a_subject_and_cue_after_the_comma_end_an_inverted_speakers_description() -> None:
    # ", though he added …" opens a clause of its own; no part of the speaker
    text = "\u201cWe are sorry,\u201d said the mayor, though he added that it would pass."
    assert mentions(text) == [("the mayor", "the mayor")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name closing a prepositional phrase before ", who", not the subject
        # beyond the aside
        (
            "The idea took hold, as bad ideas do, in the mind of Tom Ray, who said it was ",
            "Tom Ray",
        ),
        # an aside about the subject keeps the subject
        ("Ann Lee, the director at Acme Corp, who said it was ", "Ann Lee"),
    ],
)
def test_the_antecedent_of_a_relative_who(text: str, speaker: str) -> None:
    assert mentions(text + "\u201ca mess.\u201d") == [(speaker, "who")]


def test_a_cue_after_a_name_ends_the_description_of_an_opening_subject() -> None:
    text = (
        "Instead, Lee, NBC\u2019s Tom Ray and Ann Roe argued that it is naive.\n\n"
        "\u201cWe lose.\u201d"
    )
    assert mentions(text) == [("Lee", "Lee, NBC\u2019s Tom Ray and Ann Roe")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The board met on Monday; one trustee called Ann Lee \u201cthe worst mayor in "
            "a century.\u201d",
            "one trustee",
        ),
        (
            "Tom Ray said the port should close, and Ann Lee later called Tom Ray "
            "\u201ca danger to the town.\u201d",
            "Ann Lee",
        ),
    ],
)
def test_a_name_called_something_in_quote_marks_is_the_object(text: str, mention: str) -> None:
    # not "a club called River Watch": a quote right after the name is what it was called
    assert mentions(text)[0][1] == mention


WORDS_OF = {
    "The mayor was, in the words of one council aide, \u201cthe last honest man\u201d.": (
        "one council aide"
    ),
    "The port is busy because, in Ann Lee\u2019s words, \u201cships never sleep.\u201d": "Ann Lee",
    "Tom Ray does not like \u201csurprises,\u201d in the words of one aide, and left.": "one aide",
}


@pytest.mark.parametrize("text", list(WORDS_OF))
def test_in_the_words_of_names_the_speaker(text: str) -> None:
    assert mentions(text)[0][1] == WORDS_OF[text]


def test_what_someone_called_a_quote_beats_the_tag_after_it() -> None:
    # the subject after the quote is its own clause's, as in "“…,” the club said"
    text = (
        "In 2009, under what Ann Lee called \u201cthe old growth model,\u201d the Dover "
        "Yacht Club, a private club, charged $900 a year."
    )
    assert mentions(text)[0][0] == "Ann Lee"
