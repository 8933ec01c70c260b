"""Who the speaker of a quote is: names resolved through the article's entities
(pronouns, descriptions, "who"), speakers carried over to quotes without a tag,
and the mention's words, on short texts written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extraction.helpers import BREAK_PIECES, mentions, speakers
from verify.extraction.pronoun_speakers import (
    SUBJECT_BREAK,
    sentence_breaks,
    sentence_starts,
    subject_breaks,
)
from verify.extraction.quotes import extract_quotes


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Ann Lee spoke last. She, too, warned that \u201cthe bridge will not last.\u201d",
            "Ann Lee",
            "She",
        ),
        (
            "Tom Ray rose and he, once again, vowed to \u201cbuild it by spring.\u201d",
            "Tom Ray",
            "he",
        ),
    ],
)
def test_pronoun_mention_is_the_pronoun_alone(text: str, speaker: str, mention: str) -> None:
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == (speaker, mention)


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


def test_pronoun_after_a_tag_is_the_speaker_the_tag_names() -> None:
    # the quote before the tag holds two sentences; "He" is its speaker,
    # not the subject of the sentence before the quote
    text = (
        "Senator Bob Ray met voters on Monday. \u201cWe will win. We have the votes,\u201d "
        "said Tom Hale, a fellow at the Kettering Program. "
        "He added that the bill was \u201cready to go.\u201d"
    )
    assert mentions(text)[1] == ("Tom Hale", "He")


def test_he_after_more_quoted_sentences_is_the_speaker_the_tag_named() -> None:
    # the tag's speaker goes on quoting ("Nobody can."), a stage direction opens
    # the next paragraph: "he" is still Dan Roe, not the man named before him
    text = (
        "Bob Ray said the talks were open.\n\n"
        "\u201cI cannot promise that,\u201d Dan Roe said. \u201cNobody can.\u201d\n\n"
        "(Laughs) \u201cThat is for the generals,\u201d he added."
    )
    assert mentions(text)[-1] == ("Dan Roe", "he")


@pytest.mark.parametrize("label", ["A: ", "ROE: ", "[Applause] "])
def test_a_speaker_label_or_stage_direction_is_no_subject(label: str) -> None:
    # an interview's "A:" (or a transcript's "[Applause]") opens no sentence's
    # subject: the quote's speaker is the answerer's "I", not "A: No."
    text = (
        "Q: Is he conservative?\n\n"
        f"{label}No. I mean, look at the appeal. \u2018We gotta take on the banks. "
        "They are ripping you off.\u2019 He means it."
    )
    assert mentions(text) == [(None, "I")]


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


def test_relative_pronoun_subject_is_the_mention_and_names_the_antecedent() -> None:
    text = (
        "Tom Berg, who has in the past described the plan as \u201ca fraud on voters,\u201d "
        "spoke on Monday."
    )
    assert mentions(text) == [("Tom Berg", "who")]


def test_pronoun_subject_of_the_quotes_clause() -> None:
    text = (
        "Mayor Tom Rios toured the plant on Monday, and he later closed with "
        "\u201ca politics of hope.\u201d"
    )
    assert mentions(text) == [("Tom Rios", "he")]


def test_quote_without_a_cue_keeps_the_earlier_speaker_of_its_sentence() -> None:
    text = (
        "Lena Ortiz said that by avoiding the word \u201ccrisis,\u201d Labour ministers are "
        "\u201cpretending nothing is wrong.\u201d"
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Lena Ortiz", "Lena Ortiz"]


def test_inverted_tag_closing_the_sentence_names_the_next_quote() -> None:
    text = (
        "\u201cTurnout was low\u201d in the spring vote, said Professor Ida Holm. "
        "\u201cThat was expected.\u201d"
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Ida Holm", "Ida Holm"]


def test_quote_opening_a_sentence_takes_the_tag_closing_the_one_before() -> None:
    text = (
        "\u201cIt is an insult,\u201d Rep. Ann Lee said Friday. "
        "\u201cNobody should accept it.\u201d"
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Ann Lee", "Ann Lee"]


def test_description_opened_by_another_takes_the_name_in_its_aside() -> None:
    text = "The ruling came out.\n\nAnother critic, Nora Lindqvist, called it \u201cabsurd.\u201d"
    assert speakers(text) == [("absurd.", "Nora Lindqvist", "called")]


def test_a_name_inside_a_relative_clause_is_not_the_speaker() -> None:
    text = (
        "The complaint, which was filed in a court in Washington, alleged that the city "
        "\u201cbroke the law.\u201d"
    )
    assert speakers(text)[0][1] == "The complaint"
    text = (
        "\u201cHe is out of date,\u201d said a longtime adviser to Ana Ruiz, who declined "
        "to be named."
    )
    assert speakers(text)[0][1] == "a longtime adviser to Ana Ruiz"


def test_a_name_opening_the_aside_is_the_speaker() -> None:
    text = "\u201cWe are ready,\u201d said a spokesman for the campaign, Jeff Weaver, on Monday."
    assert speakers(text)[0][1] == "Jeff Weaver"


def test_the_owner_of_a_speech_noun_is_the_speaker() -> None:
    text = (
        "Ana Ruiz ran again. Ruiz's catch phrase was that Tom Berg \u201cwould say anything.\u201d"
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == ("Ana Ruiz", "Ruiz's catch phrase")


def test_the_owner_of_a_person_is_not_the_speaker() -> None:
    text = "Ana Ruiz ran again. Ruiz's campaign manager said the race was \u201cclose.\u201d"
    assert extract_quotes(text)[0][0].speaker == "Ruiz's campaign manager"


def test_who_is_the_first_person_its_sentence_names() -> None:
    text = (
        "The crowd cheered Ana Ruiz, a former aide to Tom Berg who said she "
        "would march. \u201cNobody can stop us.\u201d"
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == ("Ana Ruiz", "who")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a phrase of the sentence itself, comma or not: the name it ends is the one
        (
            "After a week, the plan drew a sharp reply from Tom Berg, who called it "
            "\u201ca bad deal for us.\u201d",
            "Tom Berg",
        ),
        # where someone comes from, after their age: the person the aside is about
        (
            "The march drew Ana Ruiz, 24, from Tacoma, who said it was "
            "\u201cthe best day of the year.\u201d",
            "Ana Ruiz",
        ),
    ],
)
def test_who_after_a_preposition_and_a_name(text: str, speaker: str) -> None:
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == (speaker, "who")


def test_who_skips_the_words_of_a_quote_in_its_sentence() -> None:
    text = (
        "\u201cAsking voters to wait?\u201d asked Ana Ruiz, who wants a new vote. "
        "\u201cWe need it now.\u201d"
    )
    assert [q.speaker for q in extract_quotes(text)[0]] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_capitalised_adjective_opens_a_subject_headed_by_a_noun() -> None:
    text = (
        "The rules changed in May. Federal labor groups have long fought what they call "
        "\u201cthe outsourcing of government.\u201d"
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == (
        "Federal labor groups",
        "Federal labor groups",
    )


def test_a_title_inside_the_speakers_description_does_not_end_it() -> None:
    text = (
        "\u201cThe data were never there,\u201d said Ana Ruiz, the author of "
        "\u201cCounting Votes,\u201d who teaches statistics at Reed College."
    )
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == (
        "Ana Ruiz",
        "Ana Ruiz, the author of \u201cCounting Votes,\u201d who teaches statistics at "
        "Reed College",
    )


def test_a_relative_clause_in_an_inverted_tag_is_no_new_tag() -> None:
    text = (
        "\u201cWe will be there,\u201d said Ana Ruiz, a nurse from Tacoma who said she "
        "would march. \u201cNobody can stop us.\u201d"
    )
    second = extract_quotes(text)[0][1]
    assert (second.speaker, second.speaker_mention) == (
        "Ana Ruiz",
        "Ana Ruiz, a nurse from Tacoma who said she would march",
    )


@given(
    st.lists(st.sampled_from([*BREAK_PIECES, "\n\n", "\t"]), max_size=16).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
@settings(max_examples=3000, deadline=None)
def test_subject_breaks_tried_at_the_marks_are_those_of_a_search(
    text: str, start: int, end: int
) -> None:
    start, end = min(start, len(text)), min(end, len(text))
    expected = [match.end() for match in SUBJECT_BREAK.finditer(text, start, end)]
    assert subject_breaks(text, start, end) == expected


@given(
    st.lists(st.sampled_from([*BREAK_PIECES, "\n\n", "\t", "Gov. "]), max_size=30).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
    st.integers(1, 20),
)
@settings(max_examples=5000, deadline=None)
def test_the_sentence_starts_read_backwards_are_the_breaks_of_a_whole_scan(
    text: str, start: int, end: int, stretch: int
) -> None:
    start, end = min(start, len(text)), min(end, len(text))
    starts = list(sentence_starts(text, start, end, stretch=stretch))
    assert starts == [*reversed(sentence_breaks(text, start, end)), start]


def test_a_name_inside_quote_marks_is_no_antecedent_of_he() -> None:
    # the show's title is the last name before "he", but it sits inside quote
    # marks: the words of a title or a quote do not say who is speaking
    text = (
        "“We will build it,” Ada Lund said on the morning show “Good Morning Harbour.”\n\n"
        "The crowd cheered at every line of the speech.\n\n"
        "“Nobody believed us,” he said."
    )
    assert speakers(text)[-1][1] == "Ada Lund"


def test_a_quote_after_a_title_in_the_tag_keeps_the_whole_description() -> None:
    text = (
        "''It does sound as if the agency believes it,'' said Ana Ruiz, the author of "
        "''Hacked Town Hall,'' who studies cyber issues at Dover College. ''Attackers "
        "would have known of the account.''"
    )
    quotes = [q for q in extract_quotes(text)[0] if q.text.startswith("Attackers")]
    assert quotes[0].speaker_mention == (
        "Ana Ruiz, the author of ''Hacked Town Hall,'' who studies cyber issues at Dover College"
    )


def test_a_title_after_of_the_belongs_to_the_tag() -> None:
    text = (
        "\u201cWe have to engage them,\u201d wrote the authors of the \u201cGrowth and "
        "Opportunity Project,\u201d giving the example of Tom Berg."
    )
    found = extract_quotes(text)[0][0]
    assert found.speaker_mention == (
        "the authors of the \u201cGrowth and Opportunity Project,\u201d"
    )


def test_a_colon_introduces_every_paragraph_of_a_quote_running_over_several() -> None:
    text = (
        'Mayor Ann Holt stated:\n\n"The board is not about \u201cgood government\u201d anymore.'
        ' It is about control.\n\n"The last vote on the \u201cparking plan,\u201d which ends'
        ' free parking, shows it.\n\n"We will not accept this.\n\n"The council has one week'
        ' to change course."'
    )
    quotes = extract_quotes(text)[0]
    assert [quote.speaker for quote in quotes if quote.text.startswith(("We", "The c"))] == [
        "Ann Holt",
        "Ann Holt",
    ]


def test_a_tag_ending_a_quote_inside_a_colon_introduced_one_is_the_inner_quotes() -> None:
    text = (
        'As the Harbor Gazette reported:\n\n"The council met on Monday to discuss the budget.'
        '\n\n"Members asked the treasurer, Tom Reed, about the deficit.\n\n'
        '\u201cWe have no money left,\u201d Reed said."'
    )
    assert [quote.speaker for quote in extract_quotes(text)[0]] == [
        "Harbor Gazette",
        "Harbor Gazette",
        "Tom Reed",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Tom Reed spoke first. While Ann Lee finds the plan \u201ca gift to the rich,\u201d"
            " Reed defends it in every town hall.",
            "Ann Lee",
            id="inside-an-opening-while-clause",
        ),
        pytest.param(
            "When Mayor Ann Lee finally ended \u2014 \u201cWe are going to win this race!\u201d"
            " \u2014 the crowd cheered.",
            "Ann Lee",
            id="between-dashes-in-an-opening-when-clause",
        ),
        pytest.param(
            "Ann Lee and Tom Reed met the press. Shortly after the vote, Reed issued a"
            " statement, \u201cThe town has spoken and we will listen.\u201d",
            "Tom Reed",
            id="after-an-adverb-before-a-preposition",
        ),
        pytest.param(
            "Tom Reed ran against her. On the last night of the long campaign for the seat on"
            " the county board in May, Ann Lee rallied supporters by warning that \u201cthe"
            " race is close.\u201d",
            "Ann Lee",
            id="after-an-introductory-phrase-of-nineteen-words",
        ),
        pytest.param(
            "Tom Reed spoke first. If anything, Ann Lee wrote in her letter, the vote shows the"
            " plan works.\n\n\u201cWe have the numbers.\u201d",
            "Ann Lee",
            id="an-opening-if-clause-is-an-introductory-phrase",
        ),
        pytest.param(
            "Tom Reed spoke first. Mayor Ann Lee wrote:\n\nOur town has waited long enough. That"
            " is in addition to \u201cmillions and millions\u201d in new debt.",
            "Ann Lee",
            id="a-paragraph-quoted-without-marks-after-a-colon",
        ),
        pytest.param(
            "Tom Reed spoke. It is the pull of Mayor Ann Lee\u2019s \u201cno new taxes, ever\u201d"
            " promise that matters.",
            "Ann Lee",
            id="the-owner-of-the-speech-noun-a-quote-modifies",
        ),
    ],
)
def test_the_speaker_of_a_quote_without_a_cue_of_its_own(text: str, speaker: str) -> None:
    assert [quote.speaker for quote in extract_quotes(text)[0]] == [speaker]


def test_an_untagged_subject_keeps_the_phrase_placing_it_but_not_a_day() -> None:
    mentions = [
        extract_quotes(text)[0][0].speaker_mention
        for text in (
            "The board met. A footnote in the report calls the figures \u201cpreliminary.\u201d",
            "The council met. The mayor in Dover unveiled a \u201cgreen deal\u201d for the town.",
            "The council met. Ann Lee on Tuesday unveiled a \u201cgreen deal\u201d for the town.",
        )
    ]
    assert mentions == ["A footnote in the report", "The mayor in Dover", "Ann Lee"]


def test_a_share_of_respondents_speaks_through_the_poll_its_sentence_names() -> None:
    mentions = [
        extract_quotes(text)[0][0].speaker_mention
        for text in (
            "In a Dover Gazette poll released Sunday, 62 percent of voters said the plan was"
            " \u201ctoo costly.\u201d",
            "About 40 percent of the members said the plan was \u201ctoo costly.\u201d",
        )
    ]
    assert mentions == ["a Dover Gazette poll released Sunday", "40 percent of the members"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The council met in Dover on Monday.\n\nIt is strange that Ann Lee would back"
            " such a \u201ctotal disaster we can't afford\u201d now.",
            "Ann Lee",
        ),
        (
            "The council met in Dover on Monday.\n\nIt was a report by Reuters that first"
            " put the plan down as a \u201ctotal disaster\u201d last week.",
            "Reuters",
        ),
        (
            "The council met in Dover on Monday.\n\nIt has not helped that her campaign has"
            " backed a \u201ctotal disaster\u201d all year.",
            "her campaign",
        ),
    ],
)
def test_empty_it_passes_the_quote_to_the_name_it_introduces(text: str, speaker: str) -> None:
    assert extract_quotes(text)[0][0].speaker == speaker


def test_writers_own_i_names_no_speaker() -> None:
    text = "I met Ann Lee in Dover.\n\n\u201cIt was a mess from the start,\u201d I said."
    found = extract_quotes(text)[0][0]
    assert (found.speaker, found.speaker_mention) == (None, "I")


def test_he_is_not_a_name_inside_the_quote_before_it() -> None:
    text = (
        "Tom Berg, the mayor, spoke on Monday.\n\n"
        "\u201cWe tried. Bob Hale never called back,\u201d he said."
    )
    assert extract_quotes(text)[0][0].speaker == "Tom Berg"


@pytest.mark.parametrize("tag", ["said Bob Hale, a planner", "Hale said", "Hale says"])
def test_he_after_a_quote_is_the_speaker_its_tag_names(tag: str) -> None:
    text = (
        "Bob Hale and Tom Berg met voters in Dover. Tom Berg hosted.\n\n"
        f"\u201cWe will build it,\u201d {tag}.\n\n\u201cIt will take years,\u201d he added."
    )
    assert extract_quotes(text)[0][1].speaker == "Bob Hale"


@pytest.mark.parametrize(
    "text",
    [
        "As the debate went on and Ann Lee stood by her claim that"
        " \u201cthe count was rigged,\u201d the crowd grew loud.",
        "There were sharper moments, such as when Ann Lee snubbed Tom Ray over his"
        " \u201crigged and stolen count,\u201d a dig at his record.",
        "When Ann Lee used the words, \u201cwe are not there yet,\u201d she echoed Tom Ray.",
    ],
)
def test_untagged_quote_belongs_to_the_subject_of_its_clause(text: str) -> None:
    assert extract_quotes(text)[0][0].speaker == "Ann Lee"


def test_quote_paragraph_takes_a_named_subject_after_an_opening_phrase() -> None:
    text = (
        "At the chair's request, the DNC issued a statement on Monday.\n\n"
        "\u201cWe want to offer a deep and sincere apology to Ann Lee and her family.\u201d"
    )
    assert extract_quotes(text)[0][0].speaker == "DNC"


def test_place_before_a_title_noun_is_no_speaker() -> None:
    text = (
        "Gov. Nora Lind of Ohio spoke first. \u201cThe fences must stay,\u201d the Idaho "
        "rancher, who drove all night, said."
    )
    assert speakers(text)[0][1] == "the Idaho rancher"


def test_description_with_a_place_resolves_to_the_person_it_describes() -> None:
    text = (
        "Ohio Gov. Nora Lind visited the plant on Monday. "
        "\u201cWe will reopen it,\u201d the Ohio governor said."
    )
    assert speakers(text)[0][1] == "Nora Lind"


def test_campaign_of_a_candidate_is_not_the_candidate() -> None:
    text = (
        "Ann Berg leads the race. \u201cThe numbers speak for themselves,\u201d "
        "the Berg campaign said in a statement."
    )
    assert speakers(text)[0][1] == "the Berg campaign"


def test_description_closing_its_sentence_keeps_its_phrases() -> None:
    text = (
        "\u201cThe plants will be paid for idling,\u201d noted a study for Greenfund "
        "on coal policy by the group Carbonwatch. It said more."
    )
    found = extract_quotes(text)[0][0]
    assert found.speaker_mention == (
        "a study for Greenfund on coal policy by the group Carbonwatch"
    )


def test_subject_of_an_ing_cue_keeps_the_phrase_placing_it() -> None:
    text = (
        "Democrats on Capitol Hill seized on it, arguing that it showed \u201cclear intent.\u201d"
    )
    assert extract_quotes(text)[0][0].speaker_mention == "Democrats on Capitol Hill"


def test_subject_keeps_the_noun_after_of_whatever_opens_it() -> None:
    text = "Hundreds of letters arrived, saying \u201cgo home now.\u201d"
    assert extract_quotes(text)[0][0].speaker_mention == "Hundreds of letters"


def test_secretary_of_state_before_a_name_is_a_title() -> None:
    text = (
        "\u201cWe learned that from the department,\u201d said former secretary of state Ann Lee."
    )
    assert speakers(text)[0][1] == "Ann Lee"


def test_a_speaker_cut_to_a_lone_quantifier_names_no_one() -> None:
    text = "Another holdout \u2014 the river guild \u2014 said: \u201cWe will wait.\u201d"
    quote = extract_quotes(text)[0][0]
    assert quote.speaker != "Another"


def test_an_aside_naming_the_speaker_gives_the_person_it_opens_with() -> None:
    text = (
        "\u201cThe odds are long,\u201d said the leading Dover lawyer, "
        "Tom Ray of the law firm Lee Brown."
    )
    assert speakers(text)[0][1] == "Tom Ray"


def test_a_name_inside_a_description_opened_by_another_is_not_the_speaker() -> None:
    text = "Acme Corp. closed. \u201cWe are worried,\u201d said another Acme engineer, Ann Lee."
    assert speakers(text)[0][1] == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Acme\u2019s top engineer Ann Lee said: \u201cWe will win.\u201d", "Ann Lee"),
        ("Acme\u2019s top engineer said: \u201cWe will win.\u201d", "Acme\u2019s top engineer"),
    ],
)
def test_a_possessive_before_the_speakers_own_name_is_a_description(
    text: str, speaker: str
) -> None:
    assert speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee toured the mill. Critics hit her remark that \u201cthe river can wait.\u201d",
        "Ann Lee toured the mill. Critics recalled her claim during the debate that she "
        "\u201cnever saw the report.\u201d",
    ],
)
def test_the_owner_of_a_speech_noun_before_the_quote_said_it(text: str) -> None:
    assert mentions(text) == [("Ann Lee", "her")]


def test_a_speech_noun_right_before_the_quote_is_no_owner() -> None:
    text = (
        "Tom Ray spoke first. Ann Lee issued a statement saying his comment "
        "\u201cbelongs to another age.\u201d"
    )
    assert mentions(text)[0][1] != "his"


def test_a_speech_noun_owner_stops_at_the_end_of_its_sentence() -> None:
    text = (
        "Ann Lee said she was alarmed by his rhetoric on the trail. "
        "\u201cHistory teaches us to act.\u201d"
    )
    assert mentions(text)[0][1] != "his"


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Ann Lee\u2019s right-hand woman", "Ann Lee\u2019s right-hand woman"),
        ("Mr. Ray's campaign chairman", "Mr. Ray's campaign chairman"),
    ],
)
def test_someone_a_name_owns_is_the_speaker_not_the_owner(subject: str, speaker: str) -> None:
    text = f"{subject} rallied supporters, saying: \u201cWe have to be ready.\u201d"
    assert mentions(text)[0][0] == speaker


def test_a_thing_a_name_owns_leaves_the_speaker_the_owner() -> None:
    text = "In Tom Ray's column on Monday, \u201cthe plan is dead,\u201d the senator wrote."
    assert mentions(text)[0][0] != "Tom Ray's column"


def test_she_after_a_person_only_described_is_that_person_as_described() -> None:
    text = (
        "The attack on Odesa was condemned abroad. Britain's foreign secretary said the UK "
        "would send more aid. \u201cThis is what solidarity looks like,\u201d she said."
    )
    assert mentions(text) == [("Britain's foreign secretary", "she")]


def test_she_known_to_be_a_woman_beats_a_description() -> None:
    text = (
        "Ann Lee spoke first. Britain's foreign secretary said the UK would send more aid. "
        "\u201cThis is what solidarity looks like,\u201d she said."
    )
    assert mentions(text)[0][0] == "Ann Lee"


def test_it_after_a_body_the_article_describes_is_that_body() -> None:
    text = (
        "The mayor's office released a statement on Friday. \u201cThe city has cut "
        "homelessness by 30 percent,\u201d it said."
    )
    assert mentions(text) == [("The mayor's office", "it")]


def test_it_after_a_person_is_not_that_person() -> None:
    text = "Ann Lee released a statement on Friday. \u201cThe plan works,\u201d it said."
    assert mentions(text)[0][0] is None


@pytest.mark.parametrize("head", ["Trump aides", "Kremlin officials", "Union leaders"])
def test_people_named_by_whom_they_work_for_are_the_speaker(head: str) -> None:
    text = f"{head} said the talks were \u201ca waste of time.\u201d"
    assert mentions(text) == [(head, head)]


def test_a_quote_ending_in_a_nested_quote_is_direct() -> None:
    text = "\u201cShe told us, \u2018Your jobs are safe,\u2019\u201d Paul Ortiz said."
    assert [(q.text, q.kind) for q in extract_quotes(text)[0]] == [
        ("She told us, \u2018Your jobs are safe,\u2019", "direct")
    ]


@pytest.mark.parametrize("label", ["A: ", "QUESTION: "])
def test_an_interviews_label_before_a_quote_is_no_speaker(label: str) -> None:
    text = f"Dana Voss spoke.\n\nQ: And the port?\n\n{label}\u201cWe will not give it up.\u201d"
    assert mentions(text) == [(None, None)]


def test_a_transcripts_label_before_a_quote_is_the_person_named_in_full() -> None:
    text = "Dana Voss spoke in Tallinn.\n\nVOSS: \u201cWe will not give up the port.\u201d"
    assert mentions(text) == [("Dana Voss", "VOSS")]


def test_speaker_named_with_where_they_work_is_the_person() -> None:
    text = (
        "\u201cThe ruling is narrow,\u201d said Mira Castellanos of the Dover School of Law.\n\n"
        "\u201cWe will vote no,\u201d said Sen. Tom Carper of Delaware. Carper left early.\n\n"
        "\u201cIt is over,\u201d Carper said."
    )
    assert [speaker for _, speaker, _ in speakers(text)] == [
        "Mira Castellanos",
        "Tom Carper",
        "Tom Carper",
    ]


def test_role_words_after_an_opening_phrase_open_the_subject() -> None:
    # "her" in the reported clause is someone else's: the subject is still the "he"
    text = (
        "The deal was opposed by Sen. Ann Lee last year.\n\n"
        "On Tuesday, campaign chairman Tom Roe told donors that her position is firm.\n\n"
        "\u201cIt is up to the president,\u201d he said."
    )
    assert [speaker for _, speaker, _ in speakers(text)] == ["Tom Roe"]


def test_who_after_a_plural_description_stands_for_it() -> None:
    text = (
        "Before the primary, Tom Ray was not taken seriously by his show\u2019s listeners, "
        "who wondered if \u201che would be the token candidate.\u201d"
    )
    assert mentions(text) == [("his show\u2019s listeners", "who")]


def test_who_after_an_age_is_the_person_named() -> None:
    text = (
        "\u201cWe won,\u201d said Ann Lee, 32, a former aide to Tom Ray, "
        "who said \u201cit was close.\u201d"
    )
    assert [speaker for speaker, _ in mentions(text)] == ["Ann Lee", "Ann Lee"]


@pytest.mark.parametrize(
    "text",
    [
        "Later, Mara Lind praised the preacher Tom Graham, who has vowed to fight the "
        "group\u2019s \u201csupport of the new rules.\u201d",
        "Among the replies to Lind was this post from Tom Graham who wrote, "
        "\u201cYou see the staff.\u201d",
    ],
)
def test_who_right_after_a_name_is_that_person(text: str) -> None:
    assert mentions(text) == [("Tom Graham", "who")]


def test_a_subject_running_on_into_a_clause_is_no_speaker() -> None:
    text = (
        "The new ad hits Lee for taking \u201cmore money from banks than from voters\u201d "
        "in the last race."
    )
    assert mentions(text) == [(None, None)]


def test_untagged_quote_paragraphs_after_a_clause_naming_someone() -> None:
    text = (
        "Mayor Ann Lee spoke to reporters on Monday.\n\n"
        "What \u201cgo after them\u201d means is anyone\u2019s guess, since Lee spoke only "
        "in bromides.\n\n"
        "\u201cWe have to do something.\u201d\n"
        "\u201cWe have to be a lot tougher.\u201d"
    )
    assert [speaker for speaker, _ in mentions(text)] == [None, "Ann Lee", "Ann Lee"]


def test_a_description_after_a_titled_name_is_that_person() -> None:
    text = (
        "Sen. Bernie Sanders met voters on Monday.\n\n"
        "\u201cWe will win,\u201d the Vermont senator said.\n\n"
        "\u201cWe will see,\u201d a Vermont senator said."
    )
    assert mentions(text) == [
        ("Bernie Sanders", "the Vermont senator"),
        ("a Vermont senator", "a Vermont senator"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Old golf courses near Tampa, many of them now known as \u201crabbit patches,\u201d "
        "are being sold.",
        "Budget talks resumed in Oslo, in what is called a \u201csoft landing\u201d in banking.",
        "Mayor Ann Lee backed the second plan, the so-called \u201cgreen corridor\u201d of "
        "the city, in May.",
    ],
)
def test_a_name_the_text_uses_has_no_speaker(text: str) -> None:
    # whatever the speech model keeps, a name "known as" or "so-called" was said by
    # no one here (with "by Ana Ruiz" after it, she would have said it)
    assert all(speaker is None for speaker, _ in mentions(text))


def test_a_possessive_owning_a_saying_noun_is_the_speakers_mention() -> None:
    text = (
        "Mayor Ann Lee spoke on Monday. Her ratings rose after the flood and her call "
        "for a \u201ctotal rebuild\u201d of the port."
    )
    assert mentions(text) == [("Ann Lee", "her")]


def test_a_town_named_twice_after_in_is_no_he() -> None:
    text = (
        "The rebel chief Berhanu Nega flew home after ten months in Asmara.\n\n"
        "Life in Asmara is slow, and Asmara has become a city frozen in time.\n\n"
        "\u201cWe stay,\u201d he said."
    )
    assert mentions(text) == [("Berhanu Nega", "he")]


@pytest.mark.parametrize(
    "tag",
    ["Ann Roe of Columbia, South Carolina says", "Ann Roe of Austin, Texas said"],
)
def test_the_state_of_a_speakers_town_is_not_the_speaker(tag: str) -> None:
    assert mentions(f"{tag} the plan was \u201ca disaster.\u201d")[0][0] == "Ann Roe"


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("said voters in Ohio", "voters in Ohio"),
        ("said a judge in the Philippines", "a judge in the Philippines"),
        ("said her friend at Dover College, Ann Roe, who left", "Ann Roe"),
    ],
)
def test_a_common_noun_where_someone_is_speaks_as_written(tag: str, speaker: str) -> None:
    assert mentions(f"\u201cWe won,\u201d {tag}.")[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "''The attack,'' Ana Ruiz said, ''was aimed at civilians.''",
        "\u201cThe attack,\u201d Ms. Ruiz said, \u201cwas aimed at civilians.\u201d",
        "''The attack,'' Dr. Ruiz said, ''was aimed at civilians.''",
    ],
)
def test_a_quote_resumed_after_its_tag_in_any_marks_is_direct(text: str) -> None:
    # two apostrophes close the first part as a curly mark does, and a title's
    # full stop is no end of the tag's sentence
    assert [q.kind for q in extract_quotes(text)[0]] == ["direct", "direct"]


def test_a_described_speaker_keeps_no_comma_of_the_aside_after_it() -> None:
    text = (
        "One such memo, obtained by the Herald, includes a clause that requires staff to "
        "promise \u201cnever to demean\u201d the mayor."
    )
    assert mentions(text) == [("One such memo", "One such memo")]
