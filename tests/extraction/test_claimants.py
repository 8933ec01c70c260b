"""Who a claim's claimant is: where the mention starts and ends and the name
it resolves to, on short texts written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claim_with, claims_of, mentions
from verify.extraction.reports import claimants


def test_according_to_gives_the_fullest_name_in_the_article() -> None:
    text = (
        "Mayor Ingrid Solberg opened the new harbour on Friday. "
        "According to Solberg, the project came in under budget."
    )
    claim = claim_with(text, "under budget")
    assert claim.claimant == "Ingrid Solberg"
    assert claim.claimant_mention == "Solberg"
    assert claim.cue == "according to"


def test_claimant_named_with_where_they_work_is_the_person() -> None:
    text = (
        "The court ruled on Monday. "
        "Mira Castellanos of the Dover School of Law said the ruling was narrow."
    )
    claim = claim_with(text, "narrow")
    assert claim.claimant == "Mira Castellanos"
    assert claim.cue == "said"


def test_where_a_claimant_spoke_is_no_part_of_the_claimant() -> None:
    text = (
        "Mara Lind ran for mayor in 2019. "
        "Mara Lind in a blog post said the harbour deal cost the city $4 million."
    )
    claim = claim_with(text, "harbour deal")
    assert claim.claimant == "Mara Lind"
    assert claim.cue == "said"


def test_a_description_named_in_an_aside_is_that_person() -> None:
    text = (
        "The council met on Monday. The party's deputy leader, Mara Lind, went further, "
        "calling the harbour deal a waste of $4 million."
    )
    claim = claim_with(text, "harbour deal")
    assert claim.claimant == "Mara Lind"


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


def test_pronoun_claimant_resolves_to_the_person_named_before() -> None:
    text = "Senator Amara Diallo visited the plant. She said it employs 900 people."
    claim = claim_with(text, "employs")
    assert claim.claimant == "Amara Diallo"
    assert claim.claimant_mention == "She"


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


def test_a_quantity_with_more_than_is_a_claimant() -> None:
    claim = claim_with("More than 4 in 10 voters said the pier should close.", "pier")
    assert claim.claimant_mention == "More than 4 in 10 voters"


def test_an_adverb_after_an_appositive_is_no_closing_tag() -> None:
    text = "The harbour master, a sailor of forty years, forcefully rejected the mayor's claim."
    claim = claim_with(text, "harbour")
    assert (claim.claimant_mention, claim.cue) == ("The harbour master", "rejected")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a description before ", who": the claimant is the description,
        # not the last name before it
        (
            "Mayor Ola Berg raised the mooring fees. The rise angered the town's "
            "harbour masters, who said the fees would ruin them.",
            "the town's harbour masters",
        ),
        # without the comma, a description that opens the sentence
        (
            "Mayor Ola Berg raised the fees. Fishermen and others who say the fees "
            "would ruin them marched to the harbour.",
            "Fishermen and others",
        ),
        # an appositive to a name stands for the name
        (
            "Ola Berg raised the fees. Ada Lund, a harbour master who says the fees "
            "would ruin them, rents ten berths.",
            "Ada Lund",
        ),
    ],
)
def test_who_stands_for_its_antecedent(text: str, claimant: str) -> None:
    claim = claim_with(text, "ruin")
    assert (claim.claimant, claim.claimant_mention) == (claimant, "who")


def test_a_name_in_a_title_case_headline_ends_before_its_cue() -> None:
    # the run of capitals "Ada Lund Says The Pier" is not the name
    claim = claims_of("Ada Lund Says The Pier Is Unsafe For Ferries.")[0]
    assert (claim.claimant, claim.claimant_mention) == ("Ada Lund", "Ada Lund")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # the sentence's conjunction before a claimant and its relative clause
        (
            "But many fishermen who rent berths by the pier say the fees are too high.",
            "many fishermen",
        ),
        ("So even sailors who like the mayor agree that the fees are too high.", "sailors"),
    ],
)
def test_an_opening_conjunction_is_no_part_of_the_claimant(text: str, claimant: str) -> None:
    assert claims_of(text)[0].claimant == claimant


@pytest.mark.parametrize(
    "text",
    [
        "Ola Berg, facing a hard race in the north, a fishing region, said the pier would stay.",
        "Ola Berg, speaking at a rally in Tromso, Norway, said the pier would stay.",
    ],
)
def test_an_appositive_after_a_participle_phrase_is_skipped(text: str) -> None:
    claim = claims_of(text)[0]
    assert (claim.claimant, claim.cue) == ("Ola Berg", "said")


def test_possessive_pronoun_of_a_nominal_cue_resolves_to_the_person() -> None:
    text = "Mayor Lena Vik spoke on Monday. Her insistence that the pier is safe worries divers."
    claim = claim_with(text, "pier")
    assert (claim.claimant, claim.claimant_mention, claim.cue) == ("Lena Vik", "Her", "insistence")


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ("exit polls conducted for the network", "exit polls"),
        ("the spokesman", "the spokesman"),
        ("Ted Reed", "Ted Reed"),
        ("officials briefed on the talks", "officials"),
    ],
)
def test_a_participle_ends_the_source_and_only_a_participle(phrase: str, source: str) -> None:
    # a phrase without "ed" is returned whole before its words are read
    start, end = claimants._before_participle(phrase, 0, len(phrase))
    assert phrase[start:end] == source


def test_he_inside_a_sentence_is_its_named_subject() -> None:
    # the nearest name before "he" is a town; the sentence is about Okafor
    text = (
        "Senator Ben Okafor spoke again. "
        "Okafor was touring a depot in Marlow Vale when he said the depot would close."
    )
    claim = claim_with(text, "depot would close")
    assert claim.claimant == "Ben Okafor"
    assert claim.claimant_mention == "he"


def test_a_one_word_name_used_once_is_no_subject_for_he() -> None:
    text = (
        "Alder Lin spoke. Opposition to the dam was at the heart of a critique "
        "by Tom Vance that he said has favored the rich."
    )
    claim = claim_with(text, "favored the rich")
    assert claim.claimant == "Tom Vance"


def test_an_aside_in_brackets_before_the_cue_is_no_claimant() -> None:
    text = "Ada Lund (who has chaired the board since 2019) said the pier would reopen."
    claim = claim_with(text, "pier")
    assert claim.claimant_mention == "Ada Lund"
    assert claim.cue == "said"


def test_a_party_tag_in_brackets_stays_with_the_name() -> None:
    claim = claim_with("Sen. Ada Lund (D-Harbour) said the pier would reopen.", "pier")
    assert claim.claimant_mention == "Sen. Ada Lund (D-Harbour)"


def test_which_after_a_comma_reports_for_its_antecedent() -> None:
    text = (
        "The ruling followed a request by The Harbour Gazette, which argued that "
        "the pier contracts were a matter of public interest."
    )
    claim = claim_with(text, "pier")
    assert claim.claimant == "Harbour Gazette"
    assert claim.claimant_mention == "which"
    assert claim.cue == "argued"


def test_which_after_a_date_names_no_claimant() -> None:
    text = "Ada Lund released her accounts in July, which showed the levy was spent on the pier."
    assert claim_with(text, "levy").claimant is None


def test_a_relative_aside_before_an_appositive_describes_the_name() -> None:
    text = (
        "Ada Lund, who at the time was a member of the Harbour Club, a group of "
        "skippers, said that the pier was unsafe."
    )
    claim = claim_with(text, "pier")
    assert claim.claimant_mention == "Ada Lund"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("He\u2019s comparing the levy to a toll and says the pier is unsafe.", "He"),
        ("Ada Lund also joined the debate, saying the pier is unsafe.", "Ada Lund"),
        ("Ada Lund didn\u2019t come out and say the pier should close.", "Ada Lund"),
    ],
)
def test_a_sentence_subject_ends_before_a_contraction_or_an_adverb(text: str, mention: str) -> None:
    assert claim_with(text, "pier").claimant_mention == mention


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lund spoke at the harbour. She\u2019s predicting the pier will reopen in May.",
        "Ada Lund spoke at the harbour. She's said the pier will reopen in May.",
    ],
)
def test_a_contracted_pronoun_claimant_is_the_pronoun(text: str) -> None:
    claim = claim_with(text, "pier")
    assert (claim.claimant, claim.claimant_mention) == ("Ada Lund", "She")


def test_a_passive_agent_before_a_comma_is_the_claimant() -> None:
    text = "The pier plan was sharply criticized by the skippers, including Ada Lund."
    claim = claim_with(text, "pier")
    assert (claim.claimant_mention, claim.cue) == ("the skippers", "criticized")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Ola Berg however said the pier would stay open.", "Ola Berg"),
        ("The mayor lost the vote, instead claiming the pier would stay open.", "The mayor"),
        ("At the same time, however, Ola Berg held firm, claiming the pier is safe.", "Ola Berg"),
    ],
)
def test_a_sentence_adverb_is_no_claimant(text: str, claimant: str) -> None:
    claim = claims_of(text)[0]
    assert claim.claimant == claimant


def test_a_time_phrase_ending_in_ago_is_not_part_of_the_claimant() -> None:
    claim = claims_of("The Water Board about three weeks ago said that the pipes are safe.")[0]
    assert claim.claimant_mention == "The Water Board"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Rents rose by 9 percent, according to a harbour board survey last week.", "survey"),
        ("\u201cThe pier is safe,\u201d said harbour master Ola Berg in a statement.", "Ola Berg"),
    ],
)
def test_a_time_closing_a_source_is_not_part_of_it(text: str, claimant: str) -> None:
    mention = claims_of(text)[0].claimant_mention
    assert mention is not None
    assert mention.endswith(claimant)


def test_threw_ends_the_sentence_subject() -> None:
    text = "Ola Berg threw her weight behind the plan on Monday, saying the pier is safe."
    assert claims_of(text)[0].claimant == "Ola Berg"


def test_late_before_last_week_is_not_part_of_the_claimant() -> None:
    claim = claims_of("Polls of harbour voters late last week showed that the pier is popular.")[0]
    assert claim.claimant_mention == "Polls of harbour voters"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The pier will reopen in May, the Harbour Gazette recently reported.", "Harbour Gazette"),
        ("The ferry captain later resigned, claiming the pier was unsafe.", "The ferry captain"),
    ],
)
def test_an_adverb_of_time_closing_a_claimant_is_not_part_of_it(text: str, mention: str) -> None:
    claim_mention = claims_of(text)[0].claimant_mention
    assert claim_mention is not None
    assert claim_mention.endswith(mention)
    assert not claim_mention.endswith(("recently", "later"))


def test_an_adverb_after_an_article_stays_in_the_phrase() -> None:
    claims = claims_of("According to the recently published harbour report, the pier is safe.")
    assert claims[0].claimant_mention != "the"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The Harbour Gazette, like The Ferry Times, which was the first paper to do so, "
            "declared the pier was unsafe.",
            "The Harbour Gazette",
        ),
        ("And, like the ferry company, they pleased voters by claiming the pier was bad.", "they"),
        ("Ada Lund runs the ferry, and like Berg has said that the pier is unsafe.", "Ada Lund"),
    ],
)
def test_a_comparison_with_like_is_not_the_claimant(text: str, mention: str) -> None:
    claim_mention = claims_of(text)[0].claimant_mention
    assert claim_mention is not None
    assert claim_mention.endswith(mention)


def test_a_relative_clause_with_its_verb_leaves_the_cue_to_its_head() -> None:
    text = "Most of the divers that the Gazette interviewed predicted the pier would fall."
    assert claims_of(text)[0].claimant_mention == "Most of the divers"


def test_just_between_a_claimant_and_its_cue_is_not_part_of_it() -> None:
    claim = claims_of("Ada Lund just said the pier is safe.")[0]
    assert claim.claimant_mention == "Ada Lund"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The fees created a gap that many experts say renders the pier unsafe.", "many experts"),
        (
            "The board withheld some figures that harbour officials said would harm the pier.",
            "harbour officials",
        ),
    ],
)
def test_the_subject_of_an_object_relative_claims_what_follows_its_cue(
    text: str, mention: str
) -> None:
    assert claims_of(text)[0].claimant_mention == mention


def test_an_object_relative_after_a_cue_of_the_main_clause_is_no_claimant() -> None:
    text = (
        "On Friday the mayor was just as blunt, claiming without any evidence that the "
        "skippers wanted to close the pier."
    )
    assert claims_of(text)[0].claimant_mention != "the skippers"


def test_who_issues_a_statement_says_what_the_participle_after_it_says() -> None:
    text = "Ada Lund, the harbour master, released a statement confirming it will reopen the pier."
    assert claims_of(text)[0].claimant_mention == "Ada Lund"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Ada Lund at the time said the pier was safe.", "Ada Lund"),
        ("The pier was safe, according to harbour surveys at the time.", "harbour surveys"),
    ],
)
def test_at_the_time_closing_a_claimant_is_not_part_of_it(text: str, mention: str) -> None:
    assert claims_of(text)[0].claimant_mention == mention


@pytest.mark.parametrize(
    "opening",
    [
        "At a rally in Dover, Del., on Tuesday,",
        "At a rally in Columbus, Ohio,",
        "At a rally in Dover, in June,",
    ],
)
def test_the_place_and_time_of_an_opening_are_not_the_claimant(opening: str) -> None:
    text = f"{opening} Ann Lee endorsed the plan, saying that it would create 3,000 jobs."
    assert claim_with(text, "Ann Lee").claimant == "Ann Lee"


def test_earlier_in_the_day_is_not_part_of_the_claimant() -> None:
    text = "Chairman Tom Ray earlier in the day said the panel had made progress."
    assert claim_with(text, "progress").claimant == "Tom Ray"


@pytest.mark.parametrize(
    "claimant",
    [
        "A spokeswoman for House Speaker Tom Ray",
        "A longtime adviser to Ann Lee",
        "A representative for Mr. Ray",
    ],
)
def test_someone_speaking_for_a_name_is_the_claimant_not_the_name(claimant: str) -> None:
    text = f"Ann Lee and Tom Ray met on Monday. {claimant} said the bill would cost $4 billion."
    assert claim_with(text, "$4 billion").claimant == claimant


@pytest.mark.parametrize(("subject", "claimant"), [("I", "I"), ("The company", "The company")])
def test_cannot_is_no_part_of_the_claimant(subject: str, claimant: str) -> None:
    text = f"{subject} cannot promise that the plant will stay open."
    assert claims_of(text)[0].claimant == claimant


def test_a_countrys_body_keeps_its_country() -> None:
    text = "Russia\u2019s Defense Ministry said it had struck a weapons depot near the mall."
    assert claims_of(text)[0].claimant == "Russia\u2019s Defense Ministry"
    quoted = "Russia\u2019s Defense Ministry called the report \u201ca lie.\u201d"
    assert mentions(quoted)[0][0] == "Russia\u2019s Defense Ministry"


@pytest.mark.parametrize("one", ["one", "another"])
def test_one_of_a_group_keeps_its_determiner(one: str) -> None:
    text = f"Last week {one} Tory MP told the paper the leader would resign."
    assert claims_of(text)[0].claimant == f"{one} Tory MP"


@pytest.mark.parametrize(
    "text",
    [
        # an article and an -ing word: an activity, or a modifier of a cue noun
        "But the drinking continued, and four years later, he was dead.",
        "And the countervailing fear that the town will fail is real.",
        # idioms
        "As they say about the harbour, the tide waits for no one.",
        "Only time will tell if the pier lasts.",
        "All told, the pier cost two million to build.",
        "Perhaps most telling, though, was the divers' silence.",
        # a clause opener without its subject
        "Whenever asked about the pier, the divers changed the subject.",
    ],
)
def test_phrases_that_are_no_one_name_no_claimant(text: str) -> None:
    assert claims_of(text)[0].claimant is None


def test_a_published_ing_noun_is_a_claimant() -> None:
    assert claims_of("The filing shows that the firm lost money.")[0].claimant == "The filing"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Lee, who on Tuesday endorsed Ann Ray, said Wednesday he agrees with her remarks.",
        "Sunday, on a radio show, while commenting on it, Tom Lee said the state would act.",
    ],
)
def test_a_weekday_is_no_claimant(text: str) -> None:
    assert claims_of(text)[0].claimant == "Tom Lee"


def test_a_pronoun_opening_the_sentence_is_its_subject() -> None:
    text = (
        "Tom Lee runs the harbour. "
        "He considers Ann Ray untrustworthy, but views Mr. Hale as a poor candidate."
    )
    assert claim_with(text, "poor candidate").claimant == "Tom Lee"


def test_having_opens_a_phrase_before_the_subject() -> None:
    text = "Having announced that he would retire, Judge Tom Lee handed down the sentence."
    assert claims_of(text)[0].claimant == "Tom Lee"


@pytest.mark.parametrize(
    "aside", ["49, a Navy veteran", "49, a diver who now works at the port", "49, of Dover"]
)
def test_an_age_after_the_name_is_no_part_of_the_claimant(aside: str) -> None:
    text = f"Tom Lee, {aside}, said the mayor should go."
    assert claims_of(text)[0].claimant == "Tom Lee"


@pytest.mark.parametrize("how", ["dryly", "pleasantly into the phone", "over the phone"])
def test_how_a_tag_was_said_is_no_claimant(how: str) -> None:
    text = f"The pier is safe, Tom Lee, the harbour master, said {how}."
    assert claims_of(text)[0].claimant == "Tom Lee"


@pytest.mark.parametrize(
    "text",
    [
        "The divers sued after the town closed the \u201cOld Pier,\u201d saying that it was safe.",
        "The divers sued the town on the spot \u2013 saying that the pier was safe.",
    ],
)
def test_a_participle_after_a_quoted_comma_or_a_dash_has_the_sentences_subject(
    text: str,
) -> None:
    assert claim_with(text, "safe").claimant == "The divers"


def test_a_finite_verb_alone_is_no_claimant() -> None:
    text = "But they still felt called after the storm to go home."
    assert claims_of(text)[0].claimant is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Large majorities of voters in six towns going to the polls on Tuesday said "
            "they support a ban on jet skis near the pier.",
            "Large majorities of voters in six towns",
        ),
        (
            "Two class action lawsuits being considered in Dover have accused the harbour "
            "board of hiding costs.",
            "Two class action lawsuits",
        ),
    ],
)
def test_a_reduced_relative_in_ing_is_no_part_of_the_claimant(text: str, claimant: str) -> None:
    assert claims_of(text)[0].claimant == claimant


def test_this_past_week_is_no_part_of_the_claimant() -> None:
    text = "Tom Lee, the harbour master, this past week announced a website to explain the plan."
    assert claims_of(text)[0].claimant == "Tom Lee"


def test_a_conjunction_opening_the_clause_is_no_part_of_the_claimant() -> None:
    text = "Though divers who work at the harbour say they think the pier is safe, nobody checked."
    assert claim_with(text, "safe").claimant == "divers"


@pytest.mark.parametrize(
    "text",
    [
        "The pier stays shut for now, the harbour master, Ada Lund, told the Gazette.",
        "The pier stays shut for now, Ada Lund, who runs the harbour, told reporters.",
    ],
)
def test_whom_a_speaker_told_is_no_claimant(text: str) -> None:
    assert claim_with(text, "pier").claimant == "Ada Lund"


def test_a_relative_clause_after_an_inverted_tag_describes_the_speaker() -> None:
    text = "The pier is safe enough, said two divers who swam there on Monday."
    assert claim_with(text, "pier").claimant == "two divers"


def test_am_before_an_attitude_is_no_part_of_the_claimant() -> None:
    claim = claim_with("I am glad the pier is open again.", "pier")
    assert (claim.claimant_mention, claim.cue) == ("I", "glad")


def test_a_pronoun_nearest_a_place_stays_as_written() -> None:
    text = "The divers drove across Iowa on Monday. They said the pier was unsafe."
    assert claim_with(text, "pier").claimant == "They"


def test_it_for_a_country_that_is_also_a_place_stays_as_written() -> None:
    # the entity index lets "it" stand for a country; a claimant is none
    text = "America is large. It said the new pier will be safe by May."
    assert claim_with(text, "safe").claimant == "It"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Even the harbour divers say the pier is safe.", "the harbour divers"),
        # the coordination is the claimant, "even" inside it
        (
            "Tourists and even the harbour divers say the pier is safe.",
            "Tourists and even the harbour divers",
        ),
    ],
)
def test_even_opening_the_clause_is_no_part_of_the_claimant(text: str, claimant: str) -> None:
    assert claim_with(text, "safe").claimant == claimant


def test_a_party_and_state_closing_a_relative_aside_belong_to_it() -> None:
    text = (
        "Lee, who supported Sen. Tom Ray, R-Texas, and fiercely opposed Ann Hale during "
        "the primaries, last week said Hale was seeking to start a movement."
    )
    assert claims_of(text)[0].claimant == "Lee"


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("Ann Lee runs the pier. I think the pier is safe.", "I"),
        ("Wall Street has changed. But we know the pier is safe.", "we"),
    ],
)
def test_i_or_we_outside_a_quote_is_kept_as_written(text: str, pronoun: str) -> None:
    assert claim_with(text, "safe").claimant == pronoun


@pytest.mark.parametrize("degree", ["more", "less", "very"])
def test_a_degree_before_an_attitude_is_no_claimant(degree: str) -> None:
    text = f"But other members of the harbour board are {degree} worried."
    assert claims_of(text)[0].claimant == "other members of the harbour board"


def test_a_bullet_hyphen_is_no_part_of_the_claimant() -> None:
    text = "Harbour news:\n-One poll shows the pier is popular."
    assert claim_with(text, "popular").claimant == "One poll"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Lund's allies have in the past said he was staying quiet.", "Lund's allies"),
        ("Critics have in particular noted the harsh tone of the ads.", "Critics"),
        ("Ola Lund has in recent weeks argued that the pier is unsafe.", "Ola Lund"),
    ],
)
def test_a_phrase_between_the_auxiliary_and_the_cue_is_no_claimant(
    text: str, claimant: str
) -> None:
    assert claims_of(text)[0].claimant_mention == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "At the same time, Lund and his supporters argue that the pier is unsafe.",
            "Lund and his supporters",
        ),
        ("Current and former officials said the pier is unsafe.", "Current and former officials"),
    ],
)
def test_a_coordinated_subject_is_the_whole_claimant(text: str, claimant: str) -> None:
    assert claims_of(text)[0].claimant_mention == claimant


def test_a_clause_before_and_is_no_part_of_the_claimant() -> None:
    claim = claims_of("The deal was withdrawn and Ola Lund testified that the pier is unsafe.")[0]
    assert claim.claimant_mention == "Ola Lund"


def test_an_opening_may_name_a_place_in_commas_of_its_own_before_the_subject() -> None:
    text = (
        "The day before, at a rally in Dover, Del., Mr. Lund was just as blunt, "
        "claiming that the mayor wanted to sell the pier."
    )
    assert claims_of(text)[0].claimant == "Lund"


@pytest.mark.parametrize(
    ("subject", "claimant"),
    [
        ("The senator from Vermont", "The senator from Vermont"),
        ("Survey data from Iowa", "Survey data from Iowa"),
        ("Dana Voss from Ohio", "Dana Voss"),
        ("A report from Gallup", "Gallup"),
        ("Most voters in Alabama, Georgia and Ohio", "Most voters in Alabama, Georgia and Ohio"),
        ("Because exit polls in Iowa and Ohio", "exit polls in Iowa and Ohio"),
        ("His critics in the United States", "His critics in the United States"),
        ("A lawmaker in the Philippines", "A lawmaker in the Philippines"),
        ("The attorney general of New York", "The attorney general of New York"),
        ("Dana Voss, a grocer from Dover, Delaware,", "Dana Voss"),
    ],
)
def test_where_the_claimant_is_or_is_from_is_not_the_claimant(subject: str, claimant: str) -> None:
    # the state or country closing the phrase says where, not who
    text = f"{subject} said the plant had cut 40 jobs since May."
    assert claim_with(text, "40 jobs").claimant == claimant


@pytest.mark.parametrize(
    "text",
    [
        "If you want to understand the vote, look at the 40 counties that flipped in May.",
        "And if one adds Ohio, that takes the party up to 40 states.",
        "You know, the plant cut 40 jobs in May.",
    ],
)
def test_a_you_or_one_that_is_anybody_asserts_nothing(text: str) -> None:
    claim = claim_with(text, "40")
    assert (claim.claimant, claim.cue) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (
            "Dana Voss, a Democrat from Ohio, in the name of curbing waste, has proposed"
            " cutting 40 percent of the budget.",
            "Dana Voss",
        ),
        ("Dana Voss, an aide to the mayor, said turnout fell 40 percent.", "Dana Voss"),
        ("In May, a federal judge ruled that turnout fell 40 percent.", "a federal judge"),
        ("Turnout, a pollster said, fell 40 percent.", "a pollster"),
    ],
)
def test_a_description_in_commas_after_a_name_is_that_name(sentence: str, claimant: str) -> None:
    text = f"Ann Roe, a Democratic pollster, spoke first. {sentence}"
    assert claim_with(text, "40 percent").claimant == claimant


def test_who_after_an_object_with_an_article_is_that_object() -> None:
    # not the place named before it ("Del")
    text = (
        "Ten people were hurt in Dover, Del., by a gunman who said he had acted alone for 40 days."
    )
    assert claim_with(text, "40 days").claimant == "a gunman"


@pytest.mark.parametrize("party", ["(D)", "(R)", "(D-Ore.)"])
def test_a_party_in_brackets_after_the_name_is_no_part_of_the_claimant(party: str) -> None:
    text = f"Former Ohio governor Ada Brenner {party}, a party elder, praised the harbour plan."
    assert claim_with(text, "harbour plan").claimant == "Ada Brenner"


def test_who_with_its_has_stands_for_the_name_before_it() -> None:
    text = (
        "Other than Sen. Ada Brenner, who\u2019s called for 2,000 more troops, "
        "the candidates offer nothing."
    )
    claim = claim_with(text, "2,000")
    assert claim.claimant == "Ada Brenner"


@pytest.mark.parametrize(
    "text",
    [
        "Now Ada Brenner, the most unusual candidate in years, is promising a harbour deal.",
        "Outside the council, Ada Brenner, still hopeful, was warning against a harbour deal.",
    ],
)
def test_a_progressive_verb_after_an_aside_is_the_subjects(text: str) -> None:
    assert claim_with(text, "harbour deal").claimant == "Ada Brenner"


@pytest.mark.parametrize(
    "text",
    [
        "And Ada, then in college, did not approve, telling him to sign the harbour deal.",
        "But Ada Brenner, making it clear that the harbour deal mattered, stood by the mayor.",
    ],
)
def test_a_name_after_a_conjunction_is_the_subject_not_an_opening(text: str) -> None:
    claim = claim_with(text, "harbour deal")
    assert claim.claimant is not None
    assert claim.claimant.startswith("Ada")


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        (
            "The Lund campaign sent a fundraising email on Friday saying that the pier "
            "would reopen.",
            "The Lund campaign",
            "saying",
        ),
        (
            "Ada Lund spent the morning talking about how the pier would reopen.",
            "Ada Lund",
            "talking",
        ),
        (
            "Sen. Ada Lund (D-Ore.) kept asking why the pier had closed.",
            "Sen. Ada Lund (D-Ore.)",
            "asking",
        ),
        (
            "The harbour board immediately began calling for a new pier.",
            "The harbour board",
            "calling",
        ),
    ],
)
def test_a_subject_before_its_irregular_verb_says_what_the_participle_says(
    text: str, mention: str, cue: str
) -> None:
    claim = claim_with("The council met on Monday. " + text, "pier")
    assert (claim.claimant_mention, claim.cue) == (mention, cue)


def test_a_participle_after_an_object_that_saw_it_is_not_cut_to_the_subject() -> None:
    # "saw Lee talking": Lee talks, not the one who saw
    claim = claim_with(
        "The council met on Monday. She saw Ada Lund talking about the pier.", "pier"
    )
    assert claim.claimant_mention != "She"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "According to a newly released harbour memo, the pier was closed.",
            "a newly released harbour memo",
        ),
        (
            "A recently leaked harbour memo shows that the pier was closed.",
            "A recently leaked harbour memo",
        ),
    ],
)
def test_a_participle_after_an_adverb_and_a_determiner_modifies_the_source(
    text: str, mention: str
) -> None:
    claim = claim_with("The council met on Monday. " + text, "pier")
    assert claim.claimant_mention == mention


def test_an_adverb_after_a_subject_leaves_its_verb_a_verb() -> None:
    # "Ada Lund recently moved …": the -ed word is the sentence's verb
    claim = claim_with(
        "The council met on Monday. Ada Lund recently moved here, and she said the pier "
        "was closed.",
        "pier",
    )
    assert claim.claimant_mention != "Ada Lund recently moved here"
