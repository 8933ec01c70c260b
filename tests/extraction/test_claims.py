"""Claims end to end: which sentences and clauses become claims, their order,
the quotes inside them and the table of reported-speech forms (claimant and
cue), on short texts written for the tests."""

from __future__ import annotations

import time
from unittest.mock import patch

import pytest

from tests.extraction.helpers import claim_with, claims_of
from verify.extraction import checkworthiness, claims
from verify.extraction.claims import extract_claims
from verify.extraction.pipeline import extract
from verify.extraction.types import Quote


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


def test_claimant_span_points_at_the_mention() -> None:
    text = "The ministry said the border crossing would reopen next week."
    claim = claim_with(text, "border")
    assert claim.claimant_span is not None
    assert text[claim.claimant_span[0] : claim.claimant_span[1]] == claim.claimant_mention


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


QUOTED_SENTENCES = [
    "\u201cWe will build the bridge next year, and it will cost less than the old one.\u201d",
    "\u201cWe will build it,\u201d she said. \u201cIt costs less and opens in May, he says.\u201d",
    "Ruiz: \u201cWe will build the bridge next year, and the old one will close.\u201d",
    "She said: \u201cWe will win the vote in May and the next one.\u201d",
    "(\u201cWe will win the vote in May.\u201d) ((\u201cWe will win the vote in May.\u201d))",
    "\u201cWe won.\u201d \u201cWe won,\u201d Ruiz said.",
]


@pytest.mark.parametrize("text", QUOTED_SENTENCES)
def test_skipping_sentences_quoted_throughout_drops_no_claim(text: str) -> None:
    # the claim stage skips a sentence that is a direct quote but for a few
    # characters; doing the work anyway must give the same claims
    with patch.object(claims, "_quoted_throughout", return_value=False):
        unskipped = extract(text)
    assert extract(text) == unskipped


def test_sentence_quoted_throughout_gives_no_claim() -> None:
    result = extract(QUOTED_SENTENCES[0])
    assert [q.kind for q in result.quotes] == ["direct"]
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


def test_each_claim_carries_the_score_of_its_own_words() -> None:
    # the claims of a text are scored together once all are found: each
    # score must still be that of its own claim, in any order of the claims
    text = (
        "The harbour board said on Monday that ferry fares would rise by 12 percent. "
        "Critics called the plan unfair, but the mayor says the fares had been frozen for years. "
        "Whether the plan will work remains to be seen."
    )
    found = extract(text).claims
    assert len(found) >= 3
    for claim in found:
        assert claim.checkworthiness == round(checkworthiness.score(claim.text), 4)


def test_equally_check_worthy_claims_stay_in_text_order() -> None:
    sentence = "The council voted to close the old pier for repairs next spring."
    claims = extract(f"{sentence}\n\n{sentence}").claims
    assert claims[0].checkworthiness == claims[1].checkworthiness
    assert claims[0].start < claims[1].start


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


def test_sentence_full_of_failed_cues_is_handled_in_linear_time() -> None:
    for size in (20_000, 80_000):
        text = ("the claim was said to be, " * (size // 26))[:size]
        began = time.perf_counter()
        extract_claims(text, (), ())
        assert time.perf_counter() - began < 2.0


def test_claims_link_quotes_by_position_whatever_their_order() -> None:
    text = 'Rents rose by a "record" 12 percent. Wages fell by a "modest" 2 percent in March.'
    late, early = text.index("modest"), text.index("record")
    quotes = (
        Quote(start=late, end=late + 6, text="modest", kind="partial"),
        Quote(start=early, end=early + 6, text="record", kind="partial"),
    )
    links = {c.text[:5]: c.quotes for c in extract_claims(text, quotes, ())}
    assert links == {"Rents": (1,), "Wages": (0,)}


@pytest.mark.parametrize(
    ("text", "words", "mention", "cue"),
    [
        # an inverted tag with a long appositive
        (
            "The relief fund is four million dollars short, said former treasurer Olga Brandt, "
            "who chairs the appeal committee.",
            "relief",
            "former treasurer Olga Brandt",
            "said",
        ),
        (
            "As reported by the Harbour Gazette, the ferry operator lost its licence in May.",
            "ferry",
            "the Harbour Gazette",
            "reported",
        ),
        # a nominal cue after a possessive name
        (
            "Mayor Jon Alvik's claim that the bridge was safe proved wrong.",
            "bridge",
            "Mayor Jon Alvik",
            "claim",
        ),
        # a cue that is also a noun reports when it closes the clause, or before a clause
        (
            "The tunnel reopened on Monday, the Harbour Gazette reported.",
            "tunnel",
            "the Harbour Gazette",
            "reported",
        ),
        (
            "The rail union reported it lost 300 members in the spring.",
            "union",
            "The rail union",
            "reported",
        ),
        # a time phrase may stand between the cue and the clause
        (
            "The harbour master noticed this week that the pier was sinking.",
            "pier",
            "The harbour master",
            "noticed",
        ),
        (
            "The divers noticed early on there was no way out.",
            "way",
            "The divers",
            "noticed",
        ),
        # an irregular past or a negated auxiliary opens the clause too
        (
            "The auditor notes the ferry board hid two payments.",
            "payments",
            "The auditor",
            "notes",
        ),
        (
            "Dock workers note the city wouldn\u2019t close the pier.",
            "pier",
            "Dock workers",
            "note",
        ),
        ("Those surveyed said the tram should run all night.", "tram", "Those surveyed", "said"),
        (
            "The board continues to warn that the reservoir is too low.",
            "reservoir",
            "The board",
            "warn",
        ),
        (
            "The port authority is worried that the strike will spread.",
            "strike",
            "The port authority",
            "worried",
        ),
        (
            "Turnout rose among young voters in a Nordic Institute poll.",
            "Turnout",
            "a Nordic Institute poll",
            "in",
        ),
        # a name ending in -ly is not an adverb
        ("The harbour will close in June, Kari Jolly said.", "harbour", "Kari Jolly", "said"),
        (
            "The mayor closed the debate by saying the budget was balanced.",
            "budget",
            "The mayor",
            "saying",
        ),
        # a tag closing the sentence names the speaker, whatever cue comes before it
        (
            "Tourism has added a new strain on the harbour, she noted.",
            "Tourism",
            "she",
            "noted",
        ),
        # a clause after an inverted cue is not its speaker
        (
            "Governor Ana Ruiz, who has refused to join the pact, said the town deserved better.",
            "town",
            "Governor Ana Ruiz",
            "said",
        ),
        (
            "Lindqvist, whose plans upset her own party, last year proposed a tax on boats.",
            "boats",
            "Lindqvist",
            "proposed",
        ),
        (
            "OSLO, May 3 (NTB) \u2014 The mayor toured the docks, saying the port would expand.",
            "port",
            "The mayor",
            "saying",
        ),
        ("In the end, Will believes the ferry will run by May.", "ferry", "Will", "believes"),
        (
            "Former mayor Petra\u00a0Holm said the ferry will run again by May.",
            "ferry",
            "Former mayor Petra\u00a0Holm",
            "said",
        ),
        (
            "Joyce \u2014 who is listed as a pilot but rarely flies \u2014 told the paper she "
            "would not appeal.",
            "appeal",
            "Joyce",
            "told",
        ),
        (
            "Sen. Ola Berg (L-Oslo), said after lunch that he had not read the plan.",
            "plan",
            "Sen. Ola Berg (L-Oslo)",
            "said",
        ),
        (
            "The contrast with the old board, said Doyle and others, would be clear to voters.",
            "contrast",
            "Doyle and others",
            "said",
        ),
        (
            "Voters shrugged off the choice, with three in 10 saying it would change nothing.",
            "Voters",
            "three in 10",
            "saying",
        ),
        # a verb outside the cue lists reports the that-clause it takes
        (
            "The harbour master repeated that the pier was unsafe.",
            "pier",
            "The harbour master",
            "repeated",
        ),
        (
            "Port director Lena Vik reports that the cargo fell by a third.",
            "cargo",
            "Port director Lena Vik",
            "reports",
        ),
        ("The mayor quipped the tunnel would outlast her.", "tunnel", "The mayor", "quipped"),
        # a speech act whose object sums up what was said
        (
            "The senator attacked the harbour plan as a waste of money.",
            "harbour",
            "The senator",
            "attacked",
        ),
        # a title's or an initial's full stop inside an inverted tag
        ("The pier is unsafe, said Mr. Lund.", "pier", "Mr. Lund", "said"),
        (
            "The pier is hardly new, but it has drawn crowds, said Donald J. Lund, with pride.",
            "crowds",
            "Donald J. Lund",
            "said",
        ),
        # a nominal cue in the plural, after an opening word
        (
            "Despite Mr. Lund's claims that his boat is the fastest, he lost the race.",
            "boat",
            "Mr. Lund",
            "claims",
        ),
        (
            "The ferry will stop in May, the Harbour Gazette reports.",
            "ferry",
            "the Harbour Gazette",
            "reports",
        ),
        # an idiom of attack or reply is a cue of two words
        (
            "The mayor shot back that the pier was safe.",
            "pier",
            "The mayor",
            "shot back",
        ),
        # "called" names what someone is said to be; "called for" stays a cue of its own
        ("The mayor called the tunnel a waste of money.", "tunnel", "The mayor", "called"),
        ("The mayor called for a new pier.", "pier", "The mayor", "called for"),
        ("The mayor hailed the new pier as a triumph.", "pier", "The mayor", "hailed"),
        # a clause may open with a contraction or a demonstrative
        ("Skipper Lund claims he's owed a new boat.", "boat", "Skipper Lund", "claims"),
        ("The mayor knows this harbour plan will fail.", "plan", "The mayor", "knows"),
        # a verb of thinking reports only a clause
        ("Residents worry the pier will collapse.", "pier", "Residents", "worry"),
        # an infinitive cue: the sentence's subject says it
        (
            "Councillor Ivo Marsh went out of his way to say the budget was balanced.",
            "budget",
            "Councillor Ivo Marsh",
            "say",
        ),
        # a passive cue: its agent says it
        (
            "The mayor was asked by a local reporter whether the ferry would run.",
            "ferry",
            "a local reporter",
            "asked",
        ),
        (
            "The tunnel was praised by the mayor as a triumph of engineering.",
            "tunnel",
            "the mayor",
            "praised",
        ),
        # a poll named with a capital, in the plural, or with a slash in its name
        (
            "In a new Harbour Gazette Poll, most residents backed the pier.",
            "residents",
            "a new Harbour Gazette Poll",
            "in",
        ),
        ("In exit polls, most voters backed the pier.", "voters", "exit polls", "in"),
        (
            "The mayor fell to 10 percent in the latest Gazette/Radio poll released Monday.",
            "mayor",
            "the latest Gazette/Radio poll",
            "in",
        ),
        # who speaks in an interview, not the interview, is the claimant
        ("In an interview, the mayor said the pier was safe.", "pier", "the mayor", "said"),
        # a dash ends the source of "according to"
        (
            "The plan costs $2 million, according to the Harbour Board - a third of the budget.",
            "plan",
            "the Harbour Board",
            "according to",
        ),
        # the agent of a nominal cue follows it
        (
            "There were complaints from the ferry union that the pier was unsafe.",
            "pier",
            "the ferry union",
            "complaints",
        ),
        (
            "One sticking point is a demand, by Councillor Ivo Marsh, that the pier be rebuilt.",
            "pier",
            "Councillor Ivo Marsh",
            "demand",
        ),
        # an adjective of attitude after a linking verb reports its clause
        (
            "Divers were adamant that the pier would collapse.",
            "pier",
            "Divers",
            "adamant",
        ),
        (
            "The mayor seemed hopeful that the ferry would run again.",
            "ferry",
            "The mayor",
            "hopeful",
        ),
        ("The divers aren't sure the pier is safe.", "pier", "The divers", "sure"),
        # "showing" reports for a document, and "been saying" is no passive
        (
            "The race is tight, with polls showing the mayor's lead shrinking.",
            "race",
            "polls",
            "showing",
        ),
        (
            "The mayor has been saying for years that the pier is unsafe.",
            "pier",
            "The mayor",
            "saying",
        ),
        # the agent of a passive cue may close the sentence, after an adverb
        (
            "The pier's closure was first reported by the Harbour Gazette.",
            "pier",
            "the Harbour Gazette",
            "reported",
        ),
        (
            "The closure was also confirmed by the ministry on Monday.",
            "closure",
            "the ministry",
            "confirmed",
        ),
        # an aside in commas, and "here", between the claimant and the cue
        (
            "Local officials have, in fact, praised the divers for their help.",
            "divers",
            "Local officials",
            "praised",
        ),
        (
            "Her campaign workers here said the pier was unsafe.",
            "pier",
            "Her campaign workers",
            "said",
        ),
        # a viewpoint's possessor
        (
            "The only fix, in Professor Ola Lund's view, would be a new pier.",
            "pier",
            "Professor Ola Lund",
            "view",
        ),
        # "whose" opens a relative clause after the claimant; "sometimes",
        # "both" and a modal stand between a claimant and its cue
        (
            "The harbour masters whose piers have closed say the ruling is wrong.",
            "ruling",
            "The harbour masters",
            "say",
        ),
        (
            "The mayor has sometimes acknowledged that the pier is unsafe.",
            "pier",
            "The mayor",
            "acknowledged",
        ),
        ("The divers have both argued that the pier is unsafe.", "pier", "The divers", "argued"),
        ("The divers can say the pier is unsafe.", "pier", "The divers", "say"),
        # the object of "caused", not its subject, wonders
        (
            "The delay caused many to wonder whether the ferry would run.",
            "ferry",
            "many",
            "wonder",
        ),
        (
            "The storm led Mayor Lena Vik to declare that the pier was closed.",
            "pier",
            "Mayor Lena Vik",
            "declare",
        ),
        # a cue that needs a clause takes a reported question too
        (
            "The divers are wondering whether the pier will hold.",
            "pier",
            "The divers",
            "wondering",
        ),
        ("The mayor doesn't know how the ferry lost money.", "ferry", "The mayor", "know"),
        # "quoted as saying", "went on to say", "As X put it,", "raised concerns that"
        ("The mayor was quoted as saying the pier is unsafe.", "pier", "The mayor", "saying"),
        ("The mayor went on to say that the pier is unsafe.", "pier", "The mayor", "say"),
        ("As the mayor put it, the pier is unsafe.", "pier", "the mayor", "put it"),
        ("The pier, as Lund noted, is unsafe.", "pier", "Lund", "noted"),
        (
            "The mayor raised concerns that the pier was unsafe.",
            "pier",
            "The mayor",
            "raised concerns",
        ),
        # an attitude adjective without "that"
        ("Officials are confident the pier will hold.", "pier", "Officials", "confident"),
        # knowing and feeling a clause
        ("The mayor knew the pier was unsafe.", "pier", "The mayor", "knew"),
        ("Many divers feel that the pier is unsafe.", "pier", "Many divers", "feel"),
        # "makes clear", "made it clear" before a cue of the clause they report
        (
            "The harbour board makes clear that divers want the pier open.",
            "pier",
            "The harbour board",
            "makes clear",
        ),
        (
            "The mayor has made it very clear that divers want the pier open.",
            "pier",
            "The mayor",
            "made it clear",
        ),
        # the people a view belongs to, opening the sentence
        ("To many divers, the pier is a danger.", "pier", "many divers", "to"),
        ("To Ada Lund, the pier was a warning.", "pier", "Ada Lund", "to"),
        ("For most divers, the pier is a danger.", "pier", "most divers", "for"),
        # a verb of seeing with "as" reports a belief
        ("Many divers see the pier as a danger.", "pier", "Many divers", "see"),
        # a stance taken in public, where the sentence holds no other cue
        (
            "Councillor Ivo Marsh endorsed the harbour plan.",
            "harbour",
            "Councillor Ivo Marsh",
            "endorsed",
        ),
        ("The union has not yet opposed the pier.", "pier", "The union", "opposed"),
    ],
)
def test_reported_speech_forms(text: str, words: str, mention: str, cue: str) -> None:
    claim = claim_with(text, words)
    assert (claim.claimant_mention, claim.cue) == (mention, cue)


def test_two_claimants_in_one_sentence_make_two_claims() -> None:
    text = "Inspectors say the dam is safe, but residents say the cracks are widening."
    assert [(c.claimant_mention, c.text) for c in claims_of(text)] == [
        ("Inspectors", "Inspectors say the dam is safe"),
        ("residents", "residents say the cracks are widening."),
    ]


def test_a_sentence_opening_with_a_contrast_gives_each_claimant_a_claim() -> None:
    text = (
        "Though the mayor has described the pier as safe, the harbour board reported "
        "that its pilings are rotten."
    )
    assert [(c.claimant_mention, c.text) for c in claims_of(text)] == [
        ("the mayor", "Though the mayor has described the pier as safe"),
        ("the harbour board", "the harbour board reported that its pilings are rotten."),
    ]


def test_a_contrast_after_and_or_but_gives_each_claimant_a_claim() -> None:
    text = "But while the mayor has described the pier as safe, the harbour board reported rot."
    assert sorted((c.claimant_mention, c.text) for c in claims_of(text)) == [
        ("the harbour board", "the harbour board reported rot."),
        ("the mayor", "But while the mayor has described the pier as safe"),
    ]


def test_a_contrast_with_one_claimant_stays_one_claim() -> None:
    text = "While the ferry was late again, the mayor said the timetable would not change."
    assert [(c.claimant_mention, c.text) for c in claims_of(text)] == [("the mayor", text)]


def test_a_second_claimant_with_more_than_gets_its_own_claim() -> None:
    text = "Most residents said the ferry was late, and more than half said the pier was unsafe."
    assert [(c.claimant_mention, c.text) for c in claims_of(text)] == [
        ("Most residents", "Most residents said the ferry was late"),
        ("more than half", "more than half said the pier was unsafe."),
    ]


def test_a_relative_clause_with_its_own_claimant_is_a_claim_of_its_own() -> None:
    text = "Ola Berg cited the ferry delays, which the mayor said had cost the town two million."
    assert [(c.claimant_mention, c.cue, c.text) for c in claims_of(text)] == [
        ("Ola Berg", "cited", "Ola Berg cited the ferry delays"),
        ("the mayor", "said", "which the mayor said had cost the town two million."),
    ]


def test_a_relative_clause_describing_the_claimant_stays_in_its_claim() -> None:
    text = "Ola Berg, who lives by the pier, said the timetable would stay."
    assert [(c.claimant_mention, c.text) for c in claims_of(text)] == [("Ola Berg", text)]


def test_reported_speech_after_a_direct_quote_is_a_claim_of_its_own() -> None:
    text = (
        '"Nobody cares when you spend your own money, and nobody ever will, not here," '
        "the board member said, adding that small donors may balk."
    )
    claims = claims_of(text)
    assert [(c.text, c.claimant, c.cue) for c in claims] == [
        ("adding that small donors may balk.", "the board member", "adding")
    ]


def test_a_gloss_after_a_direct_quote_is_no_claim() -> None:
    text = (
        '"Nobody cares when you spend your own money, and nobody ever will, not here," '
        "the board member said, referring to the yacht club."
    )
    assert claims_of(text) == []


def test_reported_speech_before_a_quote_is_a_claim_of_its_own() -> None:
    text = (
        "Ada Lund said the pier needed new piles but added, "
        "\u201cWe will not close it this winter, whatever the board decides about the money.\u201d"
    )
    claim = claim_with(text, "pier")
    assert claim.text == "Ada Lund said the pier needed new piles"
    assert claim.claimant_mention == "Ada Lund"
    assert claim.cue == "said"


@pytest.mark.parametrize(
    "dateline",
    [
        "KYIV, Ukraine (AP) \u2014 ",
        "MOSCOW, Nov 27 (Reuters) - ",
        "Odesa (AFP) \u2013 ",
        "LONDON -- ",
        "Storm hits coast\n\nLONDON \u2014 ",
        # a live blog's time stamp, deep in the text too
        "Live: the war, day 640\n\n" + "Sirens sounded in Kyiv. " * 30 + "\n\n14:32 GMT: ",
        "09.15 - ",
        "Washington (CNN) ",
        "BERLIN (dpa) \u2013 ",
        "FRANKFURT (dpa-AFX) - ",
    ],
)
def test_a_claim_starts_after_the_stories_dateline(dateline: str) -> None:
    text = f"{dateline}Russia said on Thursday it had shot down 40 drones over Belgorod."
    (claim,) = [claim for claim in claims_of(text) if "drones" in claim.text]
    assert claim.text == "Russia said on Thursday it had shot down 40 drones over Belgorod."
    assert text[claim.start : claim.end] == claim.text
    assert (claim.claimant, claim.cue) == ("Russia", "said")


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised word and a dash before lower case: the sentence's own words
        "ISIS \u2014 the group that held Mosul \u2014 lost 90 percent of its land in 2017.",
        # a party in brackets after a name is no agency
        "Sen. Ted Cruz (R) said the bill failed in 2019.",
        "Smith \u2014 a former envoy \u2014 said the talks failed in 2019.",
        # far from the top: not a dateline but a paragraph opening with a name and a dash
        "The war went on. " * 40 + "\n\nNATO \u2014 Russia talks ended in 2022 with no deal.",
    ],
)
def test_a_dash_after_capitals_inside_a_story_is_no_dateline(text: str) -> None:
    last = max(claims_of(text), key=lambda claim: claim.start)
    assert text[last.start - 1] in "\n" or last.start == 0


@pytest.mark.parametrize(
    "credit", ["Photo: Reuters", "Image credit: Ann Lee/AP via Getty Images", "Video by Dan Roe"]
)
def test_a_pictures_credit_is_no_claim(credit: str) -> None:
    text = f"{credit}\n\nRussia fired 40 missiles at Kyiv on Tuesday."
    assert [c.text for c in claims_of(text)] == ["Russia fired 40 missiles at Kyiv on Tuesday."]


def test_a_caption_is_a_claim_in_its_own_voice_without_its_label() -> None:
    text = "Photo: Tanks burned near Bakhmut on Monday.\n\nThe ministry said 40 were lost."
    caption = claim_with(text, "Tanks")
    assert (caption.text, caption.claimant) == ("Tanks burned near Bakhmut on Monday.", None)
    assert text[caption.start : caption.end] == caption.text


def test_a_transcripts_label_gives_its_whole_paragraph_to_the_speaker() -> None:
    text = (
        "Dana Voss spoke to reporters in Tallinn on Monday.\n\n"
        "VOSS: We will not give up the port. That is final. We lost 200 soldiers in May.\n\n"
        "Q: And the talks?\n\n"
        "The talks resumed in June."
    )
    said = {c.text: c.claimant for c in claims_of(text)}
    # the label names the person the article names in full; each sentence after it is hers
    assert said["VOSS: We will not give up the port."] == "Dana Voss"
    assert said["That is final."] == "Dana Voss"
    assert said["We lost 200 soldiers in May."] == "Dana Voss"
    # the label's paragraph ends her turn; an interviewer's "Q:" names no one
    assert said["The talks resumed in June."] is None
    assert "attributed" in claim_with(text, "200 soldiers").flags


def test_an_interviews_labels_are_left_out_of_its_claims() -> None:
    text = (
        "Q: Russia says it lost 5,000 soldiers in May. Is that true?\n\n"
        "A: Russia lost 30,000 soldiers in May."
    )
    texts = [claim.text for claim in claims_of(text)]
    assert "Russia says it lost 5,000 soldiers in May." in texts
    assert "Russia lost 30,000 soldiers in May." in texts
    for claim in claims_of(text):
        assert text[claim.start : claim.end] == claim.text


def test_an_answers_i_is_the_interviewee_not_a_name_nearby() -> None:
    text = (
        "The book was published by Dana Voss on Monday.\n\n"
        "Q: What happened?\n\n"
        "A: I came home and my parents were gone. I told the police they had been taken."
    )
    assert claim_with(text, "police").claimant == "I"


def test_an_answers_claims_are_the_interviewee_the_introduction_names_most() -> None:
    text = (
        "Actress Dana Voss has written a memoir. She spoke with Ann Lee of the Tribune. "
        "Voss grew up in Ohio.\n\n"
        "Q: What happened in 2001?\n\n"
        "A: Nobody came for us.\n\n"
        "The agency lost our file.\n\n"
        "Q: Did the agency call?\n\n"
        "A: Nobody ever came back.\n\n"
        "The agency did not call anyone."
    )
    said = {c.text: c.claimant for c in claims_of(text)}
    # named three times before the first label, the interviewer once
    assert said["Nobody came for us."] == "Dana Voss"
    assert said["Nobody ever came back."] == "Dana Voss"
    # an answer goes on over an unlabelled line up to the next label
    assert said["The agency lost our file."] == "Dana Voss"
    # questions stay the article's, and so do lines after the last label
    assert said["Did the agency call?"] is None
    assert said["The agency did not call anyone."] is None
    answer = claim_with(text, "lost our file")
    assert (answer.cue, answer.claimant_span) == (":", (text.index("A:"), text.index("A:") + 1))


def test_a_short_label_is_the_fuller_label_of_the_same_speaker() -> None:
    text = "JAKE ROE: The bill failed in 2019.\n\nROE: It cost 40 jobs in Ohio."
    assert claim_with(text, "40 jobs").claimant == "JAKE ROE"


def test_a_tag_after_guillemets_names_the_claimant() -> None:
    text = "\u00abNot one step back,\u00bb said Emmanuel Macron on Monday."
    (claim,) = claims_of(text)
    assert (claim.claimant, claim.cue) == ("Emmanuel Macron", "said")


@pytest.mark.parametrize(
    ("tag", "claimant"),
    [
        ("said Emmanuel Macron in Paris", "Emmanuel Macron"),
        ("said officials in Kyiv", "officials in Kyiv"),
        ("said a judge in Ohio", "a judge in Ohio"),
    ],
)
def test_where_the_claimant_spoke_is_not_the_claimant(tag: str, claimant: str) -> None:
    text = f"\u201cNot one step back,\u201d {tag} on Monday, as 40 tanks moved east."
    assert claim_with(text, "tanks").claimant == claimant


@pytest.mark.parametrize(
    "line",
    ["FULL TEXT.", "ABSTRACT.", "Getty.", "[HuffPost.]", "3.", "___.", "9:05 p.m.", "Why?"],
)
def test_a_label_credit_number_or_time_stamp_is_no_claim(line: str) -> None:
    text = f"The council approved the budget on Monday.\n\n{line}\n\nTaxes will rise 4 percent."
    assert [c.text for c in claims_of(text)] == [
        "The council approved the budget on Monday.",
        "Taxes will rise 4 percent.",
    ]


@pytest.mark.parametrize("line", ["Poll Shows Sanders Ahead In Iowa.", "Clinton: 547."])
def test_a_headline_in_capitals_and_a_tally_stay_claims(line: str) -> None:
    assert [c.text for c in claims_of(f"Results came in late.\n\n{line}")][-1] == line


@pytest.mark.parametrize(
    "tag",
    ["Trump said.", "Dr. Ann Ward stated:", "In a speech last July, he said:", "Lee asked."],
)
def test_a_speech_tag_alone_is_no_claim(tag: str) -> None:
    text = f"The council approved the budget on Monday.\n\n{tag}\n\nTaxes will rise 4 percent."
    assert tag not in [c.text for c in claims_of(text)]


def test_a_clause_before_a_tag_that_introduces_a_quote_stays_a_claim() -> None:
    text = "The Times made the same claim in February, and the group responded:"
    assert [c.text for c in claims_of(text)] == [text]


def test_an_interview_answer_labelled_by_name_is_all_the_speakers() -> None:
    text = (
        "Ann Lee spoke to us on Sunday.\n\n"
        "Q: Would you accept a ceasefire?\n\n"
        "Lee: No. A ceasefire that leaves our people under occupation is not peace. "
        "It is a pause before the next war.\n\n"
        "Q: Is that realistic?"
    )
    claim = claim_with(text, "a pause before the next war")
    assert claim.claimant == "Ann Lee"


def test_a_name_label_outside_an_interview_is_no_speaker() -> None:
    text = "Update: The council voted on Monday. It approved the budget 7 to 2."
    assert claim_with(text, "approved the budget").claimant is None


@pytest.mark.parametrize(
    "text",
    [
        "To date, the pier has cost two million.",
        "To be sure, the pier is old.",
        "For many years, the pier was a danger.",
        "For most of the war, the pier was shut.",
        "For Ada Lund, the loss of the pier was a blow.",
    ],
)
def test_to_and_a_word_that_names_no_one_opens_no_view(text: str) -> None:
    assert claims_of(text)[0].claimant is None


def test_a_negated_cue_late_in_a_sentence_leaves_an_earlier_cue_its_claim() -> None:
    text = (
        "Ola Lund's claim that the pier is safe would depend on members who have not "
        "yet announced their choice."
    )
    claim = claims_of(text)[0]
    assert (claim.claimant, claim.cue) == ("Ola Lund", "claim")
