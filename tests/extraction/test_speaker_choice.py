"""Which person a quote is given to when its sentence names several: the
tag that reports the quote, not another clause's subject, on short texts
written for the tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import speakers

# (text, which quote, its speaker); each case is one rule's
CASES = [
    # ".'' But the feud continued": a new sentence after the quote, not its tag
    (
        "It was a favour Lena Voss said she hoped would be "
        "''a fine thing for him.'' But the feud continued, and he left.",
        0,
        "Lena Voss",
    ),
    # "An angry Hollande retaliated": the name, not a role of someone else's
    (
        "Lena Voss, the mayor, spoke first. "
        "\u201cThe city will stand,\u201d an angry Voss replied.",
        0,
        "Lena Voss",
    ),
    # "Lee asks as a maintenance guy walks in, saying …": the clause's subject
    (
        "\u201cHow many have I lost?\u201d Lena Voss asks as a delivery man walks "
        "in, saying he is \u201chere to fix the seven holes in your wall.\u201d",
        1,
        "a delivery man",
    ),
    (
        "Voss spoke near the hotel, where about 40 workers had gathered on "
        "Monday, chanting \u201cno contract, no peace\u201d as she arrived.",
        0,
        "about 40 workers",
    ),
    # no clause before the comma: the cue before it reports the quote
    (
        "Lena Voss said so after a meeting with supporters, adding that the plan "
        "was \u201cdead on arrival.\u201d",
        0,
        "Lena Voss",
    ),
    # "but in a later interview said": the subject of the sentence spoke
    (
        "The clerk first denied it, but in a later interview said he had an "
        "\u201cuh-oh\u201d moment and deleted the files.",
        0,
        "The clerk",
    ),
    (
        "The Courier described a candidate aggrieved. \u201cVoss is filled with "
        "resentment,\u201d Ann-Marie Lee and Tom Ray wrote. \u201cShe feels alone.\u201d",
        0,
        "Tom Ray",
    ),
    (
        "But even as Voss claimed on Monday that \u201cthe mayor got off lightly,\u201d "
        "one of the former judges said the two cases were different.",
        0,
        "Voss",
    ),
    # "denounced his record": the verb's object follows, its subject came before
    (
        "Voss further summed up Ray as \u201cweak,\u201d denounced his record as "
        "mayor and said he should resign.",
        0,
        "Voss",
    ),
    (
        "The council blocked the budget because of \u201cpoison pill\u201d clauses "
        "added by Republicans on other issues.",
        0,
        "Republicans",
    ),
    ("\u201cThe plan is dead,\u201d Ms. Voss said by telephone. \u201cWe lost.\u201d", 0, "Voss"),
    # "a super PAC called Future45" names a thing; the quote after is the speaker's
    (
        "\u201cTwo funds attack me,\u201d Voss said, citing a super PAC called Fund45 "
        "backed by Tom Ray. \u201cSo they think I will win.\u201d",
        1,
        "Voss",
    ),
    # an initialism of more than three letters is one word, its full stops no sentence's end
    (
        "''Unions will defect,'' Tom Ray, a former director of the A.F.L.-C.I.O. and "
        "an organizer, wrote in an email.",
        0,
        "Tom Ray",
    ),
    # a "while" clause after the sentence's second quote has a speaker of its own
    (
        "Ann Lee's campaign, for example, said she would \u201csupport the nominee\u201d but "
        "\u201cis not planning to endorse anyone,\u201d while Sen. Tom Ray suggested "
        "he would only offer conditional support.",
        1,
        "Ann Lee's campaign",
    ),
    # "…, with Tom Ray taking to Twitter to call Lee “…”": the phrase's subject
    (
        "The campaign has denied it happened, with Tom Ray taking to Twitter to call "
        "Lee \u201ctotally delusional\u201d for the claim.",
        0,
        "Tom Ray",
    ),
    (
        "Lee and her backers tried to tie Roe to the governor, with one of her ads "
        "asking, \u201cIs Roe independent enough?\u201d",
        0,
        "one of her ads",
    ),
    # "she recounted telling them": the subject of the cue the participle completes
    (
        "Ann Lee pushed the merger. \u201cOur investors will hate it. They won't see "
        "it,\u201d she recounted telling them in her memoir. \u201cWe will convince them.\u201d",
        1,
        "Ann Lee",
    ),
    # "her husband cut in": a verb that reports speech with its particle
    (
        "\u201cTell her I sent a picture,\u201d Ann Lee said, and her husband cut in. "
        "\u201cDo not forget Tom.\u201d",
        1,
        "her husband",
    ),
    # "whispered to her:": a verb of saying quietly reports speech
    (
        "Ann Lee spoke to the crowd in Dover on Tuesday night, and her husband "
        "whispered to her: \u201cThey are still with you.\u201d",
        0,
        "her husband",
    ),
    # "Two military analysts, X and Y, found …": a number opens the subject the names make up
    (
        "The army is large. Two military analysts, Ann Lee and Tom Ray, found in 2014 "
        "that its air force is \u201cthe best in the world.\u201d",
        0,
        "Two military analysts",
    ),
]


@pytest.mark.parametrize(("text", "number", "speaker"), CASES)
def test_speaker_of_the_quote(text: str, number: int, speaker: str) -> None:
    assert speakers(text)[number][1] == speaker
