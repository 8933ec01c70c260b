"""Reported speech in the claim stage: who asserts a claim and with which cue,
on short texts written for the tests (test_claims.py holds the earlier rules)."""

from __future__ import annotations

import pytest

from verify.extraction.pipeline import extract
from verify.extraction.types import Claim


def claim_with(text: str, words: str) -> Claim:
    return next(c for c in extract(text).claims if words in c.text)


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        (
            "Making the rounds on the Sunday morning shows, Ada Lund said the pier was unsafe.",
            "Ada Lund",
            "said",
        ),
        (
            "Rattling off promises to mend the docks, Ada Lund promised a new pier.",
            "Ada Lund",
            "promised",
        ),
        (
            "Facing mounting criticism from the council, Ada Lund released a statement on "
            "Friday, describing the pier as a danger to swimmers.",
            "Ada Lund",
            "describing",
        ),
    ],
)
def test_a_participle_phrase_opening_the_sentence_is_no_claimant(
    text: str, claimant: str, cue: str
) -> None:
    claim = claim_with(text, "pier")
    assert (claim.claimant, claim.cue) == (claimant, cue)


def test_a_noun_in_ing_opening_the_sentence_may_be_the_claimant() -> None:
    claim = claim_with("Polling of harbour workers shows that most want a new pier.", "pier")
    assert claim.claimant == "Polling of harbour workers"


def test_a_report_after_an_opening_when_clause_is_a_claim_of_its_own() -> None:
    text = (
        "When the harbour master pointed out that the pier was closed, the mayor said the "
        "ferry would run on Sunday."
    )
    first, second = claim_with(text, "pier"), claim_with(text, "ferry")
    assert first != second
    assert (first.claimant, first.cue) == ("the harbour master", "pointed out")
    assert (second.claimant, second.cue) == ("the mayor", "said")


def test_they_inside_a_sentence_stands_for_its_plural_subject() -> None:
    text = (
        "Ada Lund spoke in Dover on Monday. Harbour workers are wary of the new rules, "
        "but they say the pier in Dover must stay open."
    )
    claim = claim_with(text, "pier")
    assert (claim.claimant, claim.claimant_mention) == ("Harbour workers", "they")


def test_a_verb_before_its_object_ends_the_subject_of_a_coordinated_cue() -> None:
    claim = claim_with(
        "Harbour Watch keeps its accounts private but says its income has tripled.", "income"
    )
    assert (claim.claimant, claim.cue) == ("Harbour Watch", "says")


def test_the_subject_after_in_which_is_the_claimant() -> None:
    claim = claim_with(
        "The mayor faces a town in which most harbour workers say the pier is unsafe.", "pier"
    )
    assert (claim.claimant, claim.cue) == ("most harbour workers", "say")


def test_a_claimant_after_including_is_the_phrase_it_introduces() -> None:
    claim = claim_with(
        "The port released its records, including harbour logs showing that the mayor was paid "
        "twice.",
        "mayor",
    )
    assert (claim.claimant, claim.cue) == ("harbour logs", "showing")


def test_a_cue_opening_the_sentence_belongs_to_the_subject_after_its_phrase() -> None:
    claim = claim_with(
        "After saying that the pier was unsafe, the harbour master closed it for a week.", "pier"
    )
    assert (claim.claimant, claim.cue) == ("the harbour master", "saying")


def test_an_adverb_after_the_sentence_subject_ends_it() -> None:
    claim = claim_with("Ada Lund quietly closed the pier and said it was unsafe.", "pier")
    assert (claim.claimant, claim.claimant_mention) == ("Ada Lund", "Ada Lund")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ada Lund made it clear that the pier would stay shut.", "made it clear"),
        ("Ada Lund made the case to the council that the pier would stay shut.", "made the case"),
        (
            "Ada Lund is making a passionate case that the pier would stay shut.",
            "making a passionate case",
        ),
    ],
)
def test_making_the_case_or_making_it_clear_reports_the_clause(text: str, cue: str) -> None:
    claim = claim_with(text, "pier")
    assert (claim.claimant, claim.cue) == ("Ada Lund", cue)


def test_who_speaks_in_an_interview_is_the_claimant_without_a_cue_of_their_own() -> None:
    claim = claim_with(
        "In an interview with the Harbour Gazette, Ada Lund would not rule out closing the pier.",
        "pier",
    )
    assert (claim.claimant, claim.cue) == ("Ada Lund", "in")


def test_a_double_hyphen_closes_an_aside_before_the_claimant() -> None:
    claim = claim_with(
        "In a speech in Dover -- which votes on Saturday -- Ada Lund claimed the pier was unsafe.",
        "pier",
    )
    assert (claim.claimant, claim.cue) == ("Ada Lund", "claimed")


@pytest.mark.parametrize(
    "opening", ["A few minutes later", "Two weeks after the vote", "Eight years ago"]
)
def test_a_time_phrase_opening_the_sentence_is_no_claimant(opening: str) -> None:
    claim = claim_with(f"{opening}, Ada Lund closed the pier, warning that it was unsafe.", "pier")
    assert (claim.claimant, claim.cue) == ("Ada Lund", "warning")


def test_this_before_a_noun_opens_a_claimant() -> None:
    claim = claim_with("This group recognizes that the pier is unsafe for ferries.", "pier")
    assert (claim.claimant, claim.cue) == ("This group", "recognizes")


def test_this_before_a_time_opens_no_claimant() -> None:
    claim = claim_with(
        "Ada Lund, the harbour chairman, this past week announced that the pier would close.",
        "pier",
    )
    assert claim.claimant_mention != "this past"


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency did not say how it reached the figure.",
        "Mayor Ann Lee declined to say whether the deal broke city rules.",
        "Lee wouldn\u2019t discuss the audit.",
        # a refusal to say it is no saying it (this case used to give the mayor)
        "The crowd booed after the mayor refused to say that the pier was safe.",
    ],
)
def test_a_refused_or_negated_speech_act_has_no_claimant(sentence: str) -> None:
    claim = claim_with("The city spent $4 million on the harbour. " + sentence, sentence[:12])
    assert (claim.claimant, claim.cue) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("A spokeswoman for Lee declined to comment, saying that the audit was closed.", "saying"),
        ("Ann Lee did not think the plan would work.", "think"),
    ],
)
def test_a_claimant_still_asserts_past_a_refusal_or_with_a_negated_view(
    sentence: str, cue: str
) -> None:
    claim = claim_with("The city spent $4 million on the harbour. " + sentence, sentence[:12])
    assert claim.claimant is not None


@pytest.mark.parametrize(
    ("sentence", "refused", "claimant", "cue"),
    [
        (
            "Ann Lee has not said whether she will run again, and she insisted on Monday "
            "that the ferry would pay its way.",
            "whether she will run",
            "Ann Lee",
            "insisted",
        ),
        (
            "Ann Lee did not say when the pier would close, but she said that the ferry "
            "would pay its way.",
            "when the pier",
            "Ann Lee",
            "said",
        ),
    ],
)
def test_a_refusal_leaves_the_next_clause_its_claimant(
    sentence: str, refused: str, claimant: str, cue: str
) -> None:
    text = "The city spent $4 million on the harbour. " + sentence
    said = claim_with(text, "ferry would pay")
    assert (said.claimant, said.cue) == (claimant, cue)
    assert refused not in said.text
    unsaid = claim_with(text, refused)
    assert (unsaid.claimant, unsaid.cue) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Ada Lund made the suggestion that the pier should close.", "made the suggestion"),
        ("Ada Lund issued a warning that the pier was unsafe.", "issued a warning"),
    ],
)
def test_a_suggestion_or_warning_made_before_a_clause_is_the_subjects(
    sentence: str, cue: str
) -> None:
    claim = claim_with("The city spent $4 million on the harbour. " + sentence, "pier")
    assert (claim.claimant, claim.cue) == ("Ada Lund", cue)


def test_a_warning_before_a_relative_clause_is_no_report() -> None:
    claim = claim_with(
        "The city spent $4 million. Ada Lund issued a warning that could help the mayor.", "warning"
    )
    assert claim.cue != "issued a warning"


@pytest.mark.parametrize("party", ["R-Ohio", "D-Calif.", "R-S.C."])
def test_a_party_and_state_after_a_name_are_not_the_claimant(party: str) -> None:
    text = (
        "The city spent $4 million on the harbour. "
        f"Rep. Tom Lund, {party}, who chairs the committee, dismissed the audit."
    )
    claim = claim_with(text, "dismissed")
    assert (claim.claimant, claim.cue) == ("Tom Lund", "dismissed")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Every recent harbour poll has shown the mayor trailing Ada Lund.", "harbour poll"),
        ("The mayor has shown that the ferry can pay its way.", "The mayor"),
    ],
)
def test_has_shown_reports_for_a_document_or_before_a_that_clause(text: str, claimant: str) -> None:
    claim = claim_with(text, "shown")
    assert claimant in str(claim.claimant)
    assert claim.cue == "shown"


def test_what_a_person_has_shown_is_no_report() -> None:
    claim = claim_with("Ada Lund has shown a patience she did not have before.", "patience")
    assert claim.claimant is None


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        ("Wednesday's Gazette poll has Ada Lund leading the mayor by six points.", "poll", "has"),
        ("The Harbour Radio poll gave Ada Lund a wider lead than other polls.", "poll", "gave"),
        ("The race is close, with a Gazette poll giving her a ten-point lead.", "poll", "giving"),
        ("The Gazette tracking poll puts Ada Lund's approval at 41 percent.", "poll", "puts"),
    ],
)
def test_a_poll_that_has_or_gives_someone_a_standing_reports_it(
    text: str, claimant: str, cue: str
) -> None:
    claim = claim_with(text, "poll")
    assert claimant in str(claim.claimant)
    assert claim.cue == cue


def test_a_poll_that_has_a_margin_of_error_names_no_standing() -> None:
    assert claim_with("The poll has a margin of error of three points.", "poll").claimant is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ada Lund made similarly harsh charges that the mayor was biased.", "charges"),
        ("Ada Lund also made the point that the pier is closed.", "point"),
        ("The dockers have a decent counter-argument that the port is run badly.", "argument"),
        (
            "Ada Lund entered the debate with a forceful argument that the race is close.",
            "argument",
        ),
    ],
)
def test_an_argument_made_or_held_before_a_that_clause_reports_it(text: str, cue: str) -> None:
    claim = claim_with(text, "that")
    assert claim.claimant in ("Ada Lund", "The dockers")
    assert cue in str(claim.cue)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund made the argument that went nowhere.",
        "The dockers have firmly struck down assertions that the port is run badly.",
        "Ada Lund disagrees with the assertion that the pier is closed.",
    ],
)
def test_an_argument_in_a_relative_clause_or_rejected_is_no_report(text: str) -> None:
    assert claim_with(text, "that").claimant is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Photos showed mourners crouched over the fallen pier.", "Photos"),
        ("A recent post getting many clicks shows Ada Lund praising the pier.", "post"),
        ("The inquiry found nothing about the pier that was not known before.", "The inquiry"),
        ("Messages seem to show close ties between the port and the council.", "Messages"),
    ],
)
def test_photos_posts_messages_and_inquiries_report_what_they_show(
    text: str, claimant: str
) -> None:
    claim = claim_with(text, "the")
    assert claimant in str(claim.claimant)


@pytest.mark.parametrize(
    ("line", "claimant", "cue"),
    [
        ("New Poll Shows Wide Gap Opening In Harbour Race.", "New Poll", "shows"),
        ("Leaked Documents Reveal Port Donors.", "Leaked Documents", "reveal"),
    ],
)
def test_a_headline_whose_document_shows_reports_it(line: str, claimant: str, cue: str) -> None:
    claim = claim_with(f"{line}\n\nThe ferry ran late.", line[:10])
    assert (claim.claimant, claim.cue) == (claimant, cue)


def test_a_headline_whose_person_shows_something_reports_nothing() -> None:
    line = "Ada Lund Shows Her Mettle In Dover."
    assert claim_with(f"{line}\n\nThe ferry ran late.", "Mettle").claimant is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The findings underscore the risks facing the harbour board.", "The findings"),
        ("The new Gazette poll underscores the gap between the two towns.", "poll"),
    ],
)
def test_findings_and_polls_underscore_what_they_report(text: str, claimant: str) -> None:
    claim = claim_with(text, "underscore")
    assert claimant in str(claim.claimant)


def test_a_person_who_underscores_a_point_reports_nothing_without_a_clause() -> None:
    assert claim_with("Ada Lund underscored her point with a chart.", "chart").claimant is None


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        (
            "Current and former officials at the port and at the council have said the pier "
            "is unsafe.",
            "Current and former officials at the port and at the council",
            "said",
        ),
        ("Those who back the mayor say the pier is unsafe.", "Those who back the mayor", "say"),
        (
            "A few harbour pilots have begun to speak out, however, expressing dismay at the "
            "new rules.",
            "A few harbour pilots",
            "expressing",
        ),
    ],
)
def test_the_sentence_subject_claims_when_the_phrase_before_the_cue_is_none(
    text: str, mention: str, cue: str
) -> None:
    claim = claim_with(text, cue)
    assert (claim.claimant_mention, claim.cue) == (mention, cue)


def test_a_clause_opening_with_an_adverb_takes_no_adverb_as_claimant() -> None:
    text = (
        'In a short reply, Ada Lund said "pier" five times, and specifically mentioned the '
        "mayor and the harbour master."
    )
    assert {c.claimant for c in extract(text).claims} == {"Ada Lund"}


@pytest.mark.parametrize(
    ("text", "claimant", "cue"),
    [
        (
            "Ada Lund has persuaded donors, party elders and her colleagues on the council "
            "that she is their best chance.",
            "Ada Lund",
            "persuaded",
        ),
        (
            "The harbour master informed port director Ivo Marsh that the pier would close.",
            "The harbour master",
            "informed",
        ),
        (
            "Ada Lund sought to assure the dockers that the pier would stay open.",
            "Ada Lund",
            "assure",
        ),
    ],
)
def test_telling_someone_a_that_clause_reports_it(text: str, claimant: str, cue: str) -> None:
    claim = claim_with(text, "that")
    assert (claim.claimant, claim.cue) == (claimant, cue)


def test_persuading_someone_to_act_reports_nothing() -> None:
    assert claim_with("Ada Lund persuaded the council to lower fees.", "fees").claimant is None


def test_in_the_hope_that_gives_what_the_sentence_subject_hopes() -> None:
    text = (
        "Dozens of dockers protested outside the hall on Wednesday, in the hopes that the "
        "council will endorse a new pier."
    )
    claim = claim_with(text, "pier")
    assert (claim.claimant, claim.cue) == ("Dozens of dockers", "in the hopes")


def test_in_hopes_of_an_aim_reports_nothing() -> None:
    text = "Ada Lund is touring the coast in hopes of winning the harbour vote."
    assert claim_with(text, "vote").claimant is None


def test_an_outlet_that_quoted_someone_as_saying_reports_it() -> None:
    text = "The Harbour Gazette quoted a ferry pilot as saying the pier was unsafe."
    claim = claim_with(text, "pier")
    assert (claim.claimant, claim.cue) == ("Harbour Gazette", "quoted")


def test_an_embedded_tweet_is_its_authors_claim() -> None:
    text = (
        "The mayor spoke on Friday.\n\nThe pier must close before the storm. — Ada Lund "
        "(@adalund) March 3, 2016\n\nThe ferry ran late."
    )
    claim = claim_with(text, "pier")
    assert (claim.claimant, claim.cue) == ("Ada Lund", "\u2014")


def test_a_dash_before_a_name_without_a_handle_and_date_is_no_signature() -> None:
    claim = claim_with("The pier must close before the storm — Ada Lund agrees.", "pier")
    assert claim.cue != "\u2014"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Ada Lund spoke at the harbour on Tuesday about the rights of dockers.", "Ada Lund"),
        ("The harbour master spoke briefly about the closing of the pier.", "The harbour master"),
    ],
)
def test_spoke_about_with_words_between_reports_it(text: str, claimant: str) -> None:
    claim = claim_with(text, "about")
    assert (claim.claimant, claim.cue) == (claimant, "spoke about")


def test_spoke_for_about_an_amount_reports_nothing() -> None:
    assert claim_with("Ada Lund spoke for about 30 minutes.", "minutes").claimant is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ada Lund made conflicting statements about how she would fund the pier.", "statements"),
        ("Ada Lund made a plea for the council to keep the pier open.", "plea"),
        ("Ada Lund has made no secret of the fact that the pier should close.", "secret"),
    ],
)
def test_a_statement_made_about_something_reports_it(text: str, cue: str) -> None:
    claim = claim_with(text, "pier")
    assert claim.claimant == "Ada Lund"
    assert cue in str(claim.cue)


def test_a_statement_made_in_a_noun_phrase_names_no_claimant() -> None:
    assert claim_with("The pier was made of oak and iron.", "pier").claimant is None


@pytest.mark.parametrize(
    ("sentence", "claimant", "cue"),
    [
        (
            "The city council, which has threatened a veto, said in a statement that the "
            "harbour deal was unlawful.",
            "The city council",
            "said",
        ),
        (
            "Lund, who says the audit was rushed, told reporters the deal was unlawful.",
            "Lund",
            "told",
        ),
        # the aside's cue is still the cue where the sentence's own verb reports nothing
        ("Ann Lee, who said the deal was unlawful, left the meeting early.", "Ann Lee", "said"),
    ],
)
def test_a_relative_asides_cue_gives_way_to_the_sentences_own(
    sentence: str, claimant: str, cue: str
) -> None:
    claim = claim_with("The city spent $4 million on the harbour. " + sentence, sentence[:12])
    assert (claim.claimant, claim.cue) == (claimant, cue)


def test_reports_that_a_preposition_takes_name_no_claimant() -> None:
    sentence = "A spokesman declined to comment on reports that two ministers would resign."
    claim = claim_with("The city spent $4 million on the harbour. " + sentence, sentence[:12])
    assert (claim.claimant, claim.cue) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Ada Lund is pushing back, questioning Tom Ray's judgment on the pier.", "Ada Lund"),
        ("Ada Lund lost ground after questioning the council's plan for the pier.", "Ada Lund"),
        ("Harbour staff are now openly questioning how the council ran the pier.", "Harbour staff"),
        # a verbal noun, not a cue
        ("Under questioning from reporters, Ada Lund left the pier.", None),
        ("The council sat through six hours of questioning about the pier.", None),
    ],
)
def test_questioning_is_a_cue_only_where_it_is_a_verb(sentence: str, claimant: str | None) -> None:
    claim = claim_with("The city spent $4 million on the harbour. " + sentence, sentence[:12])
    assert claim.claimant == claimant


@pytest.mark.parametrize(
    "sentence",
    [
        "The post was a dig at Ada Lund's statement earlier this year that the pier should close.",
        "Reporters laughed at Ada Lund's claim in November that the pier was unsafe.",
        "Reporters laughed at Ada Lund's claim on Wednesday that the pier was unsafe.",
    ],
)
def test_a_time_phrase_between_a_nominal_cue_and_its_clause(sentence: str) -> None:
    claim = claim_with("The city spent $4 million on the harbour. " + sentence, sentence[:12])
    assert (claim.claimant, claim.cue) in (("Ada Lund", "statement"), ("Ada Lund", "claim"))


def test_a_nominal_cue_after_a_negated_speech_act_reports() -> None:
    sentence = "Ada Lund never cited a source for her claim that the pier was unsafe."
    claim = claim_with("The city spent $4 million on the harbour. " + sentence, sentence[:12])
    assert (claim.claimant, claim.cue) == ("Ada Lund", "claim")


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Every day, Ada Lund spoke of the decay of the old pier.", "Ada Lund"),
        ("Ada Lund often speaks of breaking the harbour board's hold on the pier.", "Ada Lund"),
        # "seldom" stands between a claimant and its cue as "often" does
        ("Ada Lund, whose appeal rests on toughness, seldom speaks of the pier.", "Ada Lund"),
        # the object of "spoken of" in a relative clause is nobody's claim
        ("None of it fit the pier that Ada Lund had spoken of a week earlier.", None),
    ],
)
def test_speaking_of_something_is_a_speech_act(sentence: str, claimant: str | None) -> None:
    claim = claim_with("The city spent $4 million on the harbour. " + sentence, sentence[:12])
    assert claim.claimant == claimant


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Critics call it a tax on the harbour's poorest boat owners.", "Critics"),
        ("Harbour workers call for a new pier before the winter storms.", "Harbour workers"),
        ("Many boat owners would call that wishful thinking about the pier.", "Many boat owners"),
        # a naming aside, a noun and a place called something are nobody's claim
        ("The march is against what they call the fraudulent sale of the pier.", None),
        ("The pier is part of this town we call home and it needs repair.", None),
        ("The harbour board took a call from the mayor about the pier.", None),
    ],
)
def test_call_names_or_demands_after_a_plural_subject(sentence: str, claimant: str | None) -> None:
    claim = claim_with("The city spent $4 million on the harbour. " + sentence, sentence[:12])
    assert claim.claimant == claimant


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Ada Lund also took a shot at the harbour board, without naming it.", "took a shot at"),
        ("Ada Lund took multiple swipes at the harbour board.", "took multiple swipes at"),
        ("Ada Lund takes issue with the new board created under the law.", "takes issue with"),
        ("Ada Lund took a direct swing at the harbour board.", "took a direct swing at"),
        ("Ada Lund swiped at the harbour board over the pier.", "swiped at"),
        ("Ada Lund heaps praise on the harbour board for the pier.", "heaps praise"),
    ],
)
def test_idioms_of_attack_report_what_they_attack(sentence: str, cue: str) -> None:
    claim = claim_with("The city spent $4 million on the harbour. " + sentence, sentence[:12])
    assert (claim.claimant, claim.cue) == ("Ada Lund", cue)


def test_taking_a_seat_at_a_table_is_no_attack() -> None:
    sentence = "Ada Lund took a seat at the table of the harbour board."
    claim = claim_with("The city spent $4 million on the harbour. " + sentence, sentence[:12])
    assert claim.claimant is None


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("On Thursday, Ada Lund chastised the harbour board for its delay.", "chastised"),
        ("On the pier, Ada Lund commended the harbour board for its work.", "commended"),
        ("In the video, Ada Lund extols the harbour board and its work.", "extols"),
    ],
)
def test_more_speech_acts_of_praise_and_blame(sentence: str, cue: str) -> None:
    claim = claim_with("The city spent $4 million on the harbour. " + sentence, sentence[:12])
    assert (claim.claimant, claim.cue) == ("Ada Lund", cue)


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        ("Harbour engineers caution that the pier could fail.", "Harbour engineers", "caution"),
        ("Ada Lund speculates the pier will close in May.", "Ada Lund", "speculates"),
        ("The council emphasizes that the pier is safe.", "The council", "emphasizes"),
        ("Ivo Marsh derides the pier plan as a waste.", "Ivo Marsh", "derides"),
    ],
)
def test_the_present_of_a_reporting_verb_is_a_cue(text: str, mention: str, cue: str) -> None:
    claim = claim_with(text, "pier")
    assert (claim.claimant_mention, claim.cue) == (mention, cue)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The mayor faced criticism from divers that the pier is unsafe.", "divers"),
        ("Ada Lund repeated her criticism that the pier is unsafe.", "her"),
    ],
)
def test_criticism_before_a_that_clause_is_a_nominal_cue(text: str, mention: str) -> None:
    claim = claim_with(text, "pier")
    assert (claim.claimant_mention, claim.cue) == (mention, "criticism")
