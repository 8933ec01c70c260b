"""Which words report a claim (cue verbs, nouns, attitudes, tags and
headlines) and the rules of ``reports`` that find them, on short texts written
for the tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extraction.helpers import claim_with, claims_of
from verify.extraction import reports
from verify.extraction.pipeline import extract
from verify.extraction.reports import cue_words, find_report, patterns, verbs


def test_trailing_speech_tag_gives_the_claimant() -> None:
    text = "Water levels rose by two metres overnight, the fire service said."
    claim = claim_with(text, "Water levels")
    assert claim.claimant_mention == "the fire service"
    assert claim.cue == "said"


def test_inverted_trailing_tag_gives_the_claimant() -> None:
    text = "The bridge will stay closed until May, said Tomas Berg, the city engineer."
    claim = claim_with(text, "bridge")
    assert claim.claimant == "Tomas Berg"


def test_claim_as_a_noun_is_not_a_cue() -> None:
    claim = claim_with("Reporters examined the claim about the missing funds.", "funds")
    assert claim.claimant is None


def test_reporting_verb_inside_a_quote_is_not_the_cue() -> None:
    text = "\u201cThey said nothing to us,\u201d the farmer told reporters on Monday."
    report = find_report(text, 0, len(text), extract(text).quotes)
    assert report is not None
    assert text[report.subject_start : report.subject_end] == "the farmer"
    assert report.cue == "told"


def test_passive_reporting_verb_gives_no_claimant() -> None:
    claim = claim_with("The mayor is also expected to resign on Monday.", "mayor")
    assert claim.claimant is None


def test_verb_phrase_before_a_cue_word_is_not_a_claimant() -> None:
    text = "The speech created a backdrop of anger, stoking fears about the future."
    assert find_report(text, 0, len(text)) is None


def test_cue_followed_by_by_is_passive() -> None:
    text = "The court must rule quickly, a demand echoed by Japan on Friday."
    assert find_report(text, 0, len(text)) is None


def test_cue_that_is_also_a_noun_needs_a_clause() -> None:
    # "claims" and "finds" name things too; "reported" with an object reports
    # a figure (test_reported_with_an_object_reports)
    claim = claim_with("The rail union claims strong growth in members.", "union")
    assert claim.claimant is None


def test_a_stance_yields_to_a_reporting_cue_in_its_sentence() -> None:
    text = "One diver supporting the plan, Ola Berg, said the pier was unsafe."
    assert claim_with(text, "pier").cue == "said"


def test_a_comparison_is_no_claimant() -> None:
    claim = claim_with("The pier is longer than the harbour wall said to be.", "pier")
    assert claim.claimant is None


def test_a_closing_tag_with_spaces_only_is_no_claimant() -> None:
    assert find_report("The pier is safe,   said.", 0, 25) is None


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        # a headline in title case capitalises its cue
        (
            "Harbour Master Ada Lund Slams Mooring Fees In Fiery Letter.",
            "Harbour Master Ada Lund",
            "slams",
        ),
        ("Ada Lund Just Revealed What The Pier Will Cost Next Year.", "Ada Lund", "revealed"),
        ("Ferry Delays Worry Sailors, Ada Lund Warns Town Council.", "Ada Lund", "warns"),
    ],
)
def test_a_title_case_headline_names_its_claimant(text: str, claimant: str, cue: str) -> None:
    claim = claims_of(text)[0]
    assert (claim.claimant, claim.cue) == (claimant, cue)


@pytest.mark.parametrize(
    "text",
    [
        # passives and nouns in title case report nothing
        "Harbour Master Accused Of Hiding Mooring Fees From The Town.",
        "Storm Warning Issued For The Whole Of The Northern Coast Tonight.",
        # nor does a sentence in ordinary case
        "The Harbour Master Slams the door on the new fees every year.",
    ],
)
def test_a_title_case_cue_needs_a_headline_and_an_active_verb(text: str) -> None:
    assert claims_of(text)[0].claimant is None


def test_label_before_a_colon_is_not_a_source() -> None:
    claim = claim_with("Breaking: Council approves new budget after long night.", "budget")
    assert claim.claimant is None


@pytest.mark.parametrize(
    "text",
    [
        "The Latest: Ferry fares will rise in the spring.",
        "Editor\u2019s Note: Ferry fares will rise in the spring.",
        "Contributing: Ola Berg and Ann Lund, Coast News Service.",
        "Revealed: Ferry Fares Will Rise In The Spring.",
    ],
)
def test_a_label_of_an_ordinary_word_before_a_colon_is_not_a_source(text: str) -> None:
    assert all(claim.claimant is None for claim in claims_of(text))


def test_a_noun_that_reports_before_a_colon_is_a_source() -> None:
    claim = claim_with("Poll: Ferry fares will rise in the spring.", "fares")
    assert claim.claimant == "Poll"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # whom or where the source said it, between the source and the colon
        ("Ana Okafor to Harbour Workers: The docks will stay open.", "Ana Okafor"),
        ("Ola Lund at Town Hall: Ferry fares will rise in the spring.", "Ola Lund"),
        # a campaign called after its candidate
        ("Okafor camp: The docks will stay open.", "Okafor camp"),
    ],
)
def test_a_headline_names_its_source_before_an_addressee_or_a_camp(
    text: str, claimant: str
) -> None:
    assert claims_of(text)[0].claimant == claimant


@pytest.mark.parametrize(
    "text",
    [
        # a noun before "that", and a relative clause
        "Despite complaints that the ferry was late, the council kept the timetable.",
        "Coastal towns that rely on fishing lost half their jobs.",
        # an infinitive after a noun: no one speaks
        "The mayor made an effort to defend the budget.",
        # a preposition is no claimant
        "Hours before reports that the pier had closed, the mayor left town.",
        # a possessor we cannot name
        "The board doubts his father's assertion that the boat is safe.",
        # naming, and an act, are not saying
        "A new group called Harbour Watch met on Monday.",
        "The council called off the vote on the pier.",
        "Residents worry about costs at the pier.",
        "The storm was a worry for the harbour.",
        # "repeated" as an adjective
        "After repeated delays the ferry service ended.",
        # an adjective of attitude reports only a clause, after a linking verb
        "The divers were angry.",
        "We must make sure that the pier is safe.",
        "The mayor is proud of the new pier.",
        # "showing" as an act
        "The mayor was showing off the new ferry.",
        # an action is not reported speech, nor is a stance in the passive or a noun
        "Councillor Ivo Marsh voted against the harbour plan.",
        "The pier plan, favored strongly by the council, was dropped.",
        "The harbour plan won broad support among fishermen.",
        # an expletive "it" names no one
        "It was reported that the pier had collapsed.",
        "As the ferry left, the pier fell.",
        # knowing or feeling no clause
        "The mayor knew the harbour well.",
        "Many divers felt the cold.",
        # a skill is no reported question
        "The divers know how to repair the pier.",
        # seeing without "as" is no belief
        "Officials saw a rise in harbour fees this year.",
        # a view that is no viewpoint
        "The new pier has a fine view of the harbour.",
        # "support" as a noun, a possibility or in a question is no stance
        "His strong support for the ban helped the pier.",
        "The ban won 36 percent support among divers.",
        "Divers who may support any plan met at the pier.",
        "It is unclear whether the mayor would support a ban.",
    ],
)
def test_words_that_look_like_cues_give_no_claimant(text: str) -> None:
    assert [c.claimant for c in claims_of(text)] == [None]


# A cue token is a whole token: the regex below says so plainly; the claim
# stage finds the same tokens without a regex.
CUE_TOKEN = re.compile(
    r"(?<![A-Za-z])(?<![A-Za-z]-)(?:"
    + "|".join(sorted(map(re.escape, cue_words._CUE_KEYWORDS), key=len, reverse=True))
    + r")(?![A-Za-z])(?!-[A-Za-z])"
)


CUE_PIECES = [
    "said", "Says", "says", "saying", "claim", "calls", "for", "told", "x", "Z", "S", "-", " ",
    ",", ".", "\u201c", "\n", "\u00e9", "\U0001f642", "_", "1", "much",
]  # fmt: skip


@given(st.lists(st.sampled_from(CUE_PIECES), max_size=14).map("".join), st.data())
@settings(max_examples=500, deadline=None)
def test_cue_tokens_are_the_whole_tokens_a_regex_finds(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = [match.span() for match in CUE_TOKEN.finditer(text, start, end)]
    assert cue_words.cue_tokens(text, start, end) == expected


def test_hyphenated_word_holds_no_cue() -> None:
    text = "A much-said, said-so remark, she said."
    assert [text[a:b] for a, b in cue_words.cue_tokens(text, 0, len(text))] == ["said"]
    assert cue_words.cue_tokens(text, 0, len(text)) == [(33, 37)]
    # what lies past the end of the text searched does not join ("said-" + "so")
    assert cue_words.cue_tokens(text, 0, 18) == [(13, 17)]


def test_a_cue_word_with_a_hyphen_is_one_cue_token() -> None:
    # the learnt cue "co-sponsored" spans two letter runs of the byte scan
    text = "Senator Ray co-sponsored the bill, and a re-co-sponsored one."
    found = [text[a:b] for a, b in cue_words.cue_tokens(text, 0, len(text))]
    assert found == ["co-sponsored"]


# find_report tries the rules that read cue tokens only where the text holds
# one: each of them must find nothing elsewhere, and find_report must answer
# what trying every rule in order answers.
def _rules_reading_cues(text: str, start: int, end: int) -> list[reports.Report | None]:
    tokens = cue_words.cue_tokens(text, start, end)
    return [
        patterns.matched(patterns.AS_REPORTED_BY, text, start, end, needs="d by "),
        patterns.trailing_tag(text, start, end),
        patterns.final_tag(text, start, end),
        verbs.subject_cue(text, start, end, ()),
        verbs.controlled_cue(text, start, end, ()),
        verbs.stance_cue(text, start, end, (), tokens),
    ]


def _every_rule_in_order(text: str, start: int, end: int) -> reports.Report | None:
    return (
        patterns.according_to(text, start, end)
        or patterns.in_document(text, start, end, ())
        or patterns.headline(text, start, end)
        or patterns.matched(patterns.AS_REPORTED_BY, text, start, end, needs="d by ")
        or patterns.trailing_tag(text, start, end)
        or patterns.final_tag(text, start, end)
        or verbs.subject_cue(text, start, end, ())
        or patterns.nominal_cue(text, start, end)
        or patterns.in_poll(text, start, end)
        or verbs.verb_before_that(text, start, end, ())
        or verbs.controlled_cue(text, start, end, ())
        or patterns.as_said(text, start, end)
        or patterns.in_view(text, start, end)
        or verbs.stance_cue(text, start, end, (), cue_words.cue_tokens(text, start, end))
        or patterns.title_cue(text, start, end)
    )


REPORT_PIECES = [
    "Critics", "the ministry", "Ann Lee", "she", "said", "Said", "says", "noted", "told",
    "reported", "endorsed", "co-sponsored", "saying", "to", "say", "was", "by", "As", "as",
    "put it", "that", "they", "lost", "according to", "In a poll", "on Monday", "x", "X",
    "-", ",", ", ", ".", ":", " ", " ", "\u201c", "\u00e9", "_", "Glenn Beck", "Blasts",
    "Endorses", "Drudge", "Says", "Just",
]  # fmt: skip


@given(st.lists(st.sampled_from(REPORT_PIECES), max_size=16).map("".join), st.data())
@settings(max_examples=600, deadline=None)
def test_rules_reading_cue_tokens_need_one(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if not cue_words.cue_tokens(text, start, end):
        assert _rules_reading_cues(text, start, end) == [None] * 6
    assert find_report(text, start, end) == _every_rule_in_order(text, start, end)


@given(st.lists(st.sampled_from(REPORT_PIECES), max_size=16).map("".join), st.data())
@settings(max_examples=300, deadline=None)
def test_letter_runs_shared_by_find_report_change_nothing(text: str, data: st.DataObject) -> None:
    # find_report scans the sentence's letter runs once for the cue tokens and the title cues
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    runs = cue_words.letter_runs(text, start, end)
    words = runs.split()
    assert cue_words.cue_tokens(text, start, end, runs, words) == cue_words.cue_tokens(
        text, start, end
    )
    assert patterns.title_cue(text, start, end, words) == patterns.title_cue(text, start, end)


def test_rules_reading_cue_tokens_find_their_reports() -> None:
    # the property above is not empty: each rule finds a report in a text of its own
    texts = [
        "As first reported by the Daily Post, the mayor resigned.",
        "The plan will fail, said Ann Lee.",
        "The plan will fail, she noted.",
        "Critics said the plan will fail.",
        "Ann Lee went on television to say the plan will fail.",
        "Ann Lee endorsed the plan.",
    ]
    for rule, text in enumerate(texts):
        assert _rules_reading_cues(text, 0, len(text))[rule] is not None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Most residents agreed with the harbour board that the pier needed repairs.",
            "Most residents",
        ),
        ("The trust reported to the tax office that its income had doubled.", "The trust"),
        ("The wardens did not know at the time that the ferry would be sold.", "The wardens"),
    ],
)
def test_a_short_phrase_may_stand_between_a_cue_and_its_that(text: str, claimant: str) -> None:
    # "agreed", "reported", "know" report only before a clause
    claim = claim_with(text, "that")
    assert claim.claimant_mention == claimant


def test_pointing_out_reports_like_pointed_out() -> None:
    text = "The warden made his case, pointing out that the ferry was late again."
    claim = claim_with(text, "ferry")
    assert claim.claimant_mention == "The warden"
    assert claim.cue == "pointing out"


def test_its_worth_noting_names_no_claimant() -> None:
    claim = claim_with("It's worth noting that the ferry was late again.", "ferry")
    assert claim.claimant is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The wardens aren't sure they've found the leak.", "The wardens"),
        ("The skipper knows she'll need a bigger crew.", "The skipper"),
    ],
)
def test_a_contracted_pronoun_opens_the_clause_after_a_cue(text: str, claimant: str) -> None:
    # "sure" and "knows" report only before a clause
    claim = claim_with(text, "'")
    assert claim.claimant_mention == claimant


def test_seeing_a_clause_reports_it() -> None:
    claim = claim_with("At dawn, the fishermen saw that the quota could be lifted.", "quota")
    assert claim.claimant_mention == "the fishermen"
    assert claim.cue == "saw"


def test_views_before_that_is_a_noun() -> None:
    text = "These quarrels hide the similar views that Lund and Berg hold on the harbour."
    assert claim_with(text, "harbour").claimant is None


def test_remain_links_an_attitude_to_its_holder() -> None:
    claim = claim_with("The skippers remain confident that the quota will be lifted.", "quota")
    assert claim.claimant_mention == "The skippers"
    assert claim.cue == "confident"


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        (
            "The wardens have long been concerned that the pier is unsafe.",
            "The wardens",
            "concerned",
        ),
        (
            "The harbour board has always maintained that the pier is safe.",
            "The harbour board",
            "maintained",
        ),
    ],
)
def test_been_and_always_stand_between_a_claimant_and_its_cue(
    text: str, claimant: str, cue: str
) -> None:
    claim = claim_with(text, "pier")
    assert claim.claimant_mention == claimant
    assert claim.cue == cue


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        (
            "A survey released Monday by the Gazette and Radio North shows the mayor ahead.",
            "A survey",
            "shows",
        ),
        ("One recent paper found fewer gulls on the pier.", "One recent paper", "found"),
        ("Two other emails highlight the cost of the new pier.", "Two other emails", "highlight"),
    ],
)
def test_a_document_reports_what_it_shows_however_long_its_phrase(
    text: str, claimant: str, cue: str
) -> None:
    claim = claim_with(text, "pier" if "pier" in text else "mayor")
    assert claim.claimant_mention == claimant
    assert claim.cue == cue


def test_a_clause_opener_before_a_document_names_no_claimant() -> None:
    text = "Once the video was out, which showed the mayor on the pier, the harbour board met."
    assert claim_with(text, "mayor").claimant is None


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        ("The mayor pledged to rebuild the pier by June.", "The mayor", "pledged"),
        ("The skippers are hoping to reopen the pier next spring.", "The skippers", "hoping"),
    ],
)
def test_a_pledge_or_hope_before_an_infinitive_reports(text: str, claimant: str, cue: str) -> None:
    claim = claim_with(text, "pier")
    assert (claim.claimant_mention, claim.cue) == (claimant, cue)


def test_pledged_before_a_noun_names_no_claimant() -> None:
    text = "The mayor won 40 pledged delegates to the harbour convention."
    assert claim_with(text, "delegates").claimant is None


def test_agreeing_with_someone_is_a_stance() -> None:
    claim = claim_with("Most skippers agree with the mayor on the pier.", "pier")
    assert (claim.claimant_mention, claim.cue) == ("Most skippers", "agree")


def test_agreeing_to_act_is_no_stance() -> None:
    text = "The harbour board agreed to pay for a new pier."
    assert claim_with(text, "pier").claimant is None


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        (
            "The mayor, meanwhile, was courting the skippers, refusing to concede that the "
            "pier was unsafe.",
            "The mayor",
            "concede",
        ),
        (
            "A recent review of the harbour accounts seems to show that the pier lost money.",
            "A recent review of the harbour accounts",
            "show",
        ),
    ],
)
def test_a_participle_or_seeming_before_an_infinitive_cue_is_the_subjects(
    text: str, claimant: str, cue: str
) -> None:
    claim = claim_with(text, "pier")
    assert (claim.claimant_mention, claim.cue) == (claimant, cue)


def test_a_participle_after_an_object_does_not_report_for_the_subject() -> None:
    text = "Ada Lund showed the crowd a clip of a skipper trying to defend the pier fees."
    assert claim_with(text, "pier").claimant is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ada Lund spoke about the cost of the new pier.", "spoke about"),
        ("Ada Lund talks about the pier in every speech.", "talks about"),
        ("Ada Lund has spoken about the pier before.", "spoken about"),
    ],
)
def test_speaking_about_a_topic_reports(text: str, cue: str) -> None:
    claim = claim_with(text, "pier")
    assert (claim.claimant_mention, claim.cue) == ("Ada Lund", cue)


def test_talks_as_a_noun_is_no_cue() -> None:
    text = "The pier talks between the board and the skippers failed."
    assert claim_with(text, "pier").claimant is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The skippers are deeply skeptical of the new pier fees.", "skeptical"),
        ("The skippers are confident in the pier repairs.", "confident"),
    ],
)
def test_an_attitude_about_something_reports_its_holder(text: str, cue: str) -> None:
    claim = claim_with(text, "pier")
    assert (claim.claimant_mention, claim.cue) == ("The skippers", cue)


def test_an_attitude_at_a_time_is_no_report() -> None:
    assert (
        claim_with("The skippers were skeptical at first about the pier.", "pier").claimant is None
    )


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The harbour board reported a loss of $2 million on the pier.", "The harbour board"),
        ("Police reported no arrests at the pier on Monday.", "Police"),
        ("Ada Lund reported spending $40,000 on the pier.", "Ada Lund"),
    ],
)
def test_reported_with_an_object_reports(text: str, claimant: str) -> None:
    claim = claim_with(text, "pier")
    assert (claim.claimant_mention, claim.cue) == (claimant, "reported")


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund reported from the pier in Oslo.",
        "A skipper found the leak, reported it to the board and left the pier.",
    ],
)
def test_reporting_from_a_place_or_to_someone_is_an_act(text: str) -> None:
    assert claim_with(text, "pier").claimant is None


def test_by_now_is_no_agent() -> None:
    text = "If any pier should have been confirmed by now, it is the north pier."
    assert claim_with(text, "pier").claimant is None


def test_a_base_form_after_continued_to_reports() -> None:
    claim = claim_with("The skippers continued to assert that the pier was unsafe.", "pier")
    assert (claim.claimant_mention, claim.cue) == ("The skippers", "assert")


def test_a_title_case_headline_after_a_quote_names_its_claimant() -> None:
    text = "Piers Are \u2018A Public Danger,\u2019 Ada Lund Tells Harbour Board."
    claim = claims_of(text)[0]
    assert (claim.claimant_mention, claim.cue) == ("Ada Lund", "tells")


def test_a_clause_opening_with_a_possessive_name_follows_a_cue_that_needs_one() -> None:
    claim = claims_of("The Harbour Gazette reports Lund's last ferry trip was cancelled.")[0]
    assert (claim.claimant_mention, claim.cue) == ("The Harbour Gazette", "reports")


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        ("Harbour critics charge that the pier is unsafe.", "Harbour critics", "charge"),
        ("They resent that the board has used the crisis to raise fees.", "They", "resent"),
        (
            "The harbour master is reaffirming that the pier is safe.",
            "The harbour master",
            "reaffirming",
        ),
    ],
)
def test_a_plain_verb_after_the_sentence_subject_reports_a_that_clause(
    text: str, mention: str, cue: str
) -> None:
    claim = claims_of(text)[0]
    assert (claim.claimant_mention, claim.cue) == (mention, cue)


@pytest.mark.parametrize(
    "text",
    [
        "It was fitting that the pier reopened in May.",
        "All those factors mean that the pier will close.",
        "The board is so used to losing the relations battle that it gives up early.",
    ],
)
def test_a_plain_verb_before_that_reports_only_after_the_sentence_subject(text: str) -> None:
    assert claims_of(text)[0].claimant is None


@pytest.mark.parametrize("seen", ["Mr. Ray", "Dr. Ann Ray"])
def test_seeing_a_titled_name_as_something_is_a_belief(seen: str) -> None:
    text = f"Mayor Tom Lee sees {seen} as a threat to the harbour."
    assert claims_of(text)[0].claimant == "Tom Lee"


def test_an_attitude_after_a_comma_is_the_sentences_subjects() -> None:
    text = (
        "Harbour aides also spent Saturday delivering pep talks to divers, "
        "confident that the pier would reopen."
    )
    assert claims_of(text)[0].claimant == "Harbour aides"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Most divers support a ban on jet skis near the pier.", "Most divers"),
        ("Mayor Tom Lee would support a ban on jet skis near the pier.", "Tom Lee"),
    ],
)
def test_support_as_a_verb_is_a_stance(text: str, claimant: str) -> None:
    assert claims_of(text)[0].claimant == claimant


def test_an_opening_reporting_participle_is_the_subjects() -> None:
    text = "Noting that both piers were old, Mayor Tom Lee put his finger on the problem."
    assert claims_of(text)[0].claimant == "Tom Lee"


def test_a_tag_after_two_apostrophes_closing_a_quote_names_the_speaker() -> None:
    text = "''We need a new pier,'' said Ms. Ada Lund, referring to the harbour plan."
    assert claims_of(text)[0].claimant == "Ada Lund"


def test_a_tag_after_a_quote_inside_a_quote_names_the_speaker() -> None:
    text = "''I would call it 'old-school,''' said Ms. Ada Lund, who runs the harbour board."
    assert claims_of(text)[0].claimant == "Ada Lund"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "\u201cLet the board decide,\u201d said Mayor Tom Lee, urging divers to "
            "\u201cgive it time.\u201d",
            "Tom Lee",
        ),
        (
            "\u201cIs the pier safe?\u201d asked Sen. Ann Ray of Dover, who chairs the board.",
            "Ann Ray",
        ),
    ],
)
def test_a_tag_right_after_a_closing_quote_names_the_speaker(text: str, claimant: str) -> None:
    assert claims_of(text)[0].claimant == claimant


def test_a_reporting_participle_before_that_is_the_subjects() -> None:
    text = "Two divers challenged the permit, contending that the pier had no license."
    assert claims_of(text)[0].claimant == "Two divers"


def test_a_participle_closing_the_sentence_reports_nothing() -> None:
    text = "The field was crowded with rivals with whom Tom Lee was contending."
    assert claims_of(text)[0].claimant is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ('According to her "harbour" plan, the docks must repay any aid.', 'her "harbour" plan'),
        (
            "The ferry would cost $2 million, according to the \u201cSea Link\u201d study.",
            "the \u201cSea Link\u201d study",
        ),
    ],
)
def test_a_title_in_quote_marks_stays_inside_an_according_to_source(
    text: str, claimant: str
) -> None:
    assert claims_of(text)[0].claimant == claimant


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        ("Ola Lund knows it costs more than the old ferry.", "Ola Lund", "knows"),
        ("The mayor claims she owns the pier.", "The mayor", "claims"),
        ("The council finds he lives outside the town.", "The council", "finds"),
    ],
)
def test_a_pronoun_and_a_present_verb_are_a_clause_after_a_cue(
    text: str, claimant: str, cue: str
) -> None:
    claim = claims_of(text)[0]
    assert (claim.claimant, claim.cue) == (claimant, cue)


def test_a_name_before_a_plural_is_no_clause_after_a_cue() -> None:
    # "portraying Harbour workers": a modifier and a plural, not a clause
    assert claims_of("The ad closes portraying Harbour workers as heroes.")[0].claimant is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Mayor Lund is still ahead in national polls.", "national polls"),
        ("Ola Okafor leads the council race in polls.", "polls"),
    ],
)
def test_polls_without_an_article_report_a_standing(text: str, claimant: str) -> None:
    assert claims_of(text)[0].claimant == claimant


@pytest.mark.parametrize(
    "text",
    [
        "Lund's staff worried about his slide in polls after the debate.",
        "The vote came before Okafor\u2019s drop in national polls and the ferry strike.",
    ],
)
def test_polls_after_a_possessed_noun_report_nothing(text: str) -> None:
    assert claims_of(text)[0].claimant is None


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        # a colon after whose saying it is
        ("Their argument: Only a new council can fix the docks.", "Their", "argument"),
        ("Ola Lund's message: The ferry will stay in port.", "Ola Lund", "message"),
        # an answer, and the day between the noun and "was that"
        ("Ola Lund's response was that the tax favors the rich.", "Ola Lund", "response"),
        ("Ola Lund's argument on Sunday was that the pier is safe.", "Ola Lund", "argument"),
    ],
)
def test_a_nominal_cue_before_a_colon_or_a_day_gives_its_owner(
    text: str, claimant: str, cue: str
) -> None:
    claim = claims_of(text)[0]
    assert (claim.claimant, claim.cue) == (claimant, cue)


def test_a_noun_that_reports_nothing_before_a_colon_gives_no_owner() -> None:
    assert claims_of("Ola Lund's goal: fixing the docks by May.")[0].claimant is None


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        (
            "And even Ola Lund tried to calm them, noting that she would wait too.",
            "Ola Lund",
            "noting",
        ),
        (
            "Then Ada Berg broke the rules, pledging that the docks would reopen.",
            "Ada Berg",
            "pledging",
        ),
        (
            "On Sunday morning Ola Lund made a third attempt to calm the crowd, writing on "
            "Twitter that the pier was safe.",
            "Ola Lund",
            "writing",
        ),
    ],
)
def test_a_participle_after_a_sentence_opening_with_and_or_then_is_the_subjects(
    text: str, claimant: str, cue: str
) -> None:
    claim = claims_of(text)[0]
    assert (claim.claimant, claim.cue) == (claimant, cue)


def test_posited_is_a_cue() -> None:
    claim = claims_of("Tom Garin posited that for poorer riders the fares matter more.")[0]
    assert (claim.claimant, claim.cue) == ("Tom Garin", "posited")


def test_as_reported_by_may_close_the_sentence() -> None:
    text = "The fund began buying ads this week, as first reported by the Coast Times on Tuesday."
    claim = claims_of(text)[0]
    assert (claim.claimant, claim.cue) == ("Coast Times", "reported")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "In a statement released by Editor Ola Lund, the full details were given.",
            "Editor Ola Lund",
        ),
        (
            "In a statement issued by the harbour board, the pier was declared safe.",
            "the harbour board",
        ),
    ],
)
def test_a_statement_opening_a_sentence_is_its_authors(text: str, claimant: str) -> None:
    assert claims_of(text)[0].claimant == claimant


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        ("Several people I've spoken with said that the ferry is late.", "Several people", "said"),
        ("The officials we talked to say the ferry is late.", "The officials", "say"),
        (
            "None of the pilots I interviewed this week said the pier was safe.",
            "None of the pilots",
            "said",
        ),
    ],
)
def test_a_contact_clause_in_the_subject_is_no_claimant(text: str, claimant: str, cue: str) -> None:
    claim = claims_of(text)[0]
    assert (claim.claimant, claim.cue) == (claimant, cue)


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        # a document cue, and a cue that may be a noun opening a headline
        (
            "Ferry Fares Are \u2018Too High,\u2019 Board Of Transport Finds.\n\nText.",
            "Board Of Transport",
            "finds",
        ),
        ("The Pier Is Unsafe, Harbour Master Claims\n\nText here.", "Harbour Master", "claims"),
        # the name is not run into the cue before a full stop
        ("Ferry Fares To Rise, Ola Lund Says.\n\nText.", "Ola Lund", "says"),
    ],
)
def test_a_title_case_tag_closing_a_headline_names_the_claimant(
    text: str, claimant: str, cue: str
) -> None:
    claim = min(extract(text).claims, key=lambda c: c.start)
    assert (claim.claimant, claim.cue) == (claimant, cue)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Supporters of the mayor say by 55%-41% that the pier should close.",
            "Supporters of the mayor",
        ),
        ("Close the pier, the harbour board says by an overwhelming margin.", "the harbour board"),
    ],
)
def test_a_margin_after_by_is_no_agent_of_the_cue(text: str, claimant: str) -> None:
    assert claims_of(text)[0].claimant_mention == claimant


def test_talking_points_are_no_cue() -> None:
    text = "One of the mayor's main talking points is that the city cut 40 jobs."
    assert claim_with(text, "40 jobs").cue is None
