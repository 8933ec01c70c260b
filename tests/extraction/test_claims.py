"""Claim segmentation, claimants and cues, on short texts written for the tests."""

from __future__ import annotations

import time

from verify.extraction.claims import extract_claims, find_report
from verify.extraction.pipeline import extract
from verify.extraction.types import Claim


def claims_of(text: str) -> list[Claim]:
    return sorted(extract(text).claims, key=lambda c: c.start)


def claim_with(text: str, words: str) -> Claim:
    return next(c for c in claims_of(text) if words in c.text)


def test_every_claim_span_is_its_text() -> None:
    text = "The council approved the budget on Tuesday. Critics said it cut 40 jobs."
    for claim in claims_of(text):
        assert text[claim.start : claim.end] == claim.text


def test_assertion_in_the_articles_own_voice_has_no_claimant() -> None:
    claim = claim_with("A landslide blocked the mountain road for six hours.", "landslide")
    assert claim.claimant is None
    assert claim.cue is None
    assert "attributed" not in claim.flags


def test_claimed_gives_claimant_and_cue() -> None:
    text = "Local officials claimed the dam had been inspected in March."
    claim = claim_with(text, "dam")
    assert claim.claimant == "Local officials"
    assert claim.cue == "claimed"
    assert "attributed" in claim.flags


def test_according_to_gives_the_fullest_name_in_the_article() -> None:
    text = (
        "Mayor Ingrid Solberg opened the new harbour on Friday. "
        "According to Solberg, the project came in under budget."
    )
    claim = claim_with(text, "under budget")
    assert claim.claimant == "Ingrid Solberg"
    assert claim.claimant_mention == "Solberg"
    assert claim.cue == "according to"


def test_claimant_span_points_at_the_mention() -> None:
    text = "The ministry said the border crossing would reopen next week."
    claim = claim_with(text, "border")
    assert claim.claimant_span is not None
    assert text[claim.claimant_span[0] : claim.claimant_span[1]] == claim.claimant_mention


def test_opening_phrase_before_the_claimant_is_not_part_of_it() -> None:
    text = "After the vote, the opposition accused the government of rigging the count."
    claim = claim_with(text, "rigging")
    assert claim.claimant_mention == "the opposition"
    assert claim.cue == "accused"


def test_participle_phrase_between_claimant_and_cue_is_skipped() -> None:
    text = "Okafor, speaking at a rally in Lagos, said turnout had doubled since 2019."
    claim = claim_with(text, "turnout")
    assert claim.claimant_mention == "Okafor"
    assert claim.cue == "said"


def test_name_in_apposition_is_the_claimant() -> None:
    text = "The union's chief negotiator, Maria Lindqvist, described the offer as final."
    claim = claim_with(text, "offer")
    assert claim.claimant == "Maria Lindqvist"


def test_trailing_speech_tag_gives_the_claimant() -> None:
    text = "Water levels rose by two metres overnight, the fire service said."
    claim = claim_with(text, "Water levels")
    assert claim.claimant_mention == "the fire service"
    assert claim.cue == "said"


def test_inverted_trailing_tag_gives_the_claimant() -> None:
    text = "The bridge will stay closed until May, said Tomas Berg, the city engineer."
    claim = claim_with(text, "bridge")
    assert claim.claimant == "Tomas Berg"


def test_pronoun_claimant_resolves_to_the_person_named_before() -> None:
    text = "Senator Amara Diallo visited the plant. She said it employs 900 people."
    claim = claim_with(text, "employs")
    assert claim.claimant == "Amara Diallo"
    assert claim.claimant_mention == "She"


def test_claim_as_a_noun_is_not_a_cue() -> None:
    claim = claim_with("Reporters examined the claim about the missing funds.", "funds")
    assert claim.claimant is None


def test_reporting_verb_inside_a_quote_is_not_the_cue() -> None:
    text = "\u201cThey said nothing to us,\u201d the farmer told reporters on Monday."
    report = find_report(text, 0, len(text), extract(text).quotes)
    assert report is not None
    assert text[report.subject_start : report.subject_end] == "the farmer"
    assert report.cue == "told"


def test_two_assertions_joined_by_but_become_two_claims() -> None:
    text = "The factory closed in 2019, but the company has since reopened two of its sites."
    claims = claims_of(text)
    assert [c.text for c in claims] == [
        "The factory closed in 2019",
        "the company has since reopened two of its sites.",
    ]


def test_but_before_a_verb_does_not_split_the_sentence() -> None:
    text = "The ministry announced new rules, but gave no date for them."
    assert len(claims_of(text)) == 1


def test_sentence_of_a_direct_quote_is_left_to_the_quote_stage() -> None:
    text = "\u201cWe will win this election by a wide margin,\u201d the candidate said."
    result = extract(text)
    assert len(result.quotes) == 1
    assert result.claims == ()


def test_claim_keeps_the_partial_quote_inside_it() -> None:
    text = "The inspector called the repairs \u201cdangerously incomplete\u201d in her report."
    result = extract(text)
    (claim,) = result.claims
    (index,) = claim.quotes
    assert result.quotes[index].text == "dangerously incomplete"


def test_claims_come_back_most_check_worthy_first() -> None:
    text = (
        "Whether the plan will work remains to be seen. "
        "Unemployment fell to 4.1 percent in June, down from 5.3 percent a year earlier."
    )
    claims = extract(text).claims
    assert claims[0].text.startswith("Unemployment")
    assert claims[0].checkworthiness > claims[1].checkworthiness


def test_extract_claims_keeps_its_signature() -> None:
    text = "The river flooded 30 homes."
    claims = extract_claims(text, (), ())
    assert [c.text for c in claims] == [text]


def test_long_text_without_punctuation_is_handled_in_linear_time() -> None:
    for size in (20_000, 80_000):
        text = ("said the officials according to " * (size // 32))[:size]
        began = time.perf_counter()
        extract_claims(text, (), ())
        elapsed = time.perf_counter() - began
        assert elapsed < 2.0


def test_passive_reporting_verb_gives_no_claimant() -> None:
    claim = claim_with("The mayor is also expected to resign on Monday.", "mayor")
    assert claim.claimant is None


def test_verb_phrase_before_a_cue_word_is_not_a_claimant() -> None:
    text = "The speech created a backdrop of anger, stoking fears about the future."
    assert find_report(text, 0, len(text)) is None


def test_coordinated_cue_takes_the_sentence_subject() -> None:
    text = "Okafor toured the flooded district and said 300 homes had been lost."
    claim = claim_with(text, "homes")
    assert claim.claimant_mention == "Okafor"
    assert claim.cue == "said"


def test_according_to_source_ends_before_its_relative_clause() -> None:
    text = "Turnout rose by 8 percent, according to a new survey that polled 2,000 voters."
    claim = claim_with(text, "Turnout")
    assert claim.claimant_mention == "a new survey"


def test_participle_after_a_source_ends_it() -> None:
    text = "Payrolls grew by 2 percent, according to records compiled by the state."
    claim = claim_with(text, "Payrolls")
    assert claim.claimant_mention == "records"


def test_participle_cue_takes_the_sentence_subject() -> None:
    text = "The governor sought to reassure farmers, saying the drought aid would arrive in May."
    claim = claim_with(text, "drought")
    assert claim.claimant_mention == "The governor"
    assert claim.cue == "saying"


def test_cue_followed_by_by_is_passive() -> None:
    text = "The court must rule quickly, a demand echoed by Japan on Friday."
    assert find_report(text, 0, len(text)) is None


def test_sentence_full_of_failed_cues_is_handled_in_linear_time() -> None:
    for size in (20_000, 80_000):
        text = ("the claim was said to be, " * (size // 26))[:size]
        began = time.perf_counter()
        extract_claims(text, (), ())
        assert time.perf_counter() - began < 2.0


def test_sentence_adverb_is_not_the_subject_of_a_coordinated_cue() -> None:
    text = "Likewise, the mayor visited the shelter and said 40 families had been housed."
    claim = claim_with(text, "families")
    assert claim.claimant_mention == "the mayor"


def test_adverb_between_claimant_and_cue_is_skipped() -> None:
    text = "Local farmers, in fact, even insist that the river has dropped by a metre."
    claim = claim_with(text, "river")
    assert claim.claimant_mention == "Local farmers"


def test_time_after_the_claimant_is_not_part_of_the_mention() -> None:
    text = "Mayor Lina Park on Thursday announced that the tram line will close for 3 weeks."
    claim = claim_with(text, "tram")
    assert claim.claimant_mention == "Mayor Lina Park"
    assert claim.claimant == "Lina Park"
