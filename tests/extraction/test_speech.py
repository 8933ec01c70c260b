"""The speech model: which quoted spans are speech, on texts written for the tests."""

from __future__ import annotations

import json

import pytest

from verify.extraction.quotes import extract_quotes, pair_quote_marks
from verify.extraction.speech import MODEL_PATH, SpeechModel, default_model, model_from_json
from verify.extraction.speech_features import speech_features
from verify.extraction.tags import find_tags


def test_model_round_trips_through_json() -> None:
    model = SpeechModel(bias=-0.5, weights={"cue": 2.0, "title": -1.5}, threshold=0.6)
    again = model_from_json(json.loads(json.dumps(model.to_json())))
    assert again == model
    assert again.is_speech(["cue"])
    assert not again.is_speech(["title", "cue"])


def test_a_file_that_is_no_model_is_refused() -> None:
    with pytest.raises(TypeError):
        model_from_json({"weights": [], "bias": 0.0, "threshold": 0.5})


def test_shipped_model_knows_the_features_the_extractor_gives() -> None:
    text = "\u201cWe will not back down,\u201d Ana Ruiz said on the show \u201cMorning Call.\u201d"
    spans = pair_quote_marks(text)
    features = speech_features(text, spans, find_tags(text, spans))
    known = default_model().weights.keys()
    assert all(f is not None and {"rule", "cue", "title"} & set(f) for f in features)
    assert MODEL_PATH.stat().st_size < 100_000
    assert any(feature in known for row in features if row for feature in row)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence someone said, with its speech tag
        ("\u201cWe will not back down,\u201d Ana Ruiz said.", ["We will not back down,"]),
        # a first-person utterance opening its paragraph, tag in the next sentence
        (
            "\u201cI was there all night.\u201d Tom Berg runs the shelter.",
            ["I was there all night."],
        ),
        # the title of a show and a coined label are not speech
        ("Ana Ruiz appeared on \u201cMorning Call\u201d on Monday.", []),
        ("The emails never reached the \u201ctop secret\u201d level.", []),
        # markup attribute values never are
        ('The page held <a href="https://example.org">a link</a>.', []),
        # a word quoted inside what a clause reports ("decrying", "citing")
        ("Lee, decrying the \u201cchaos,\u201d left the hall.", ["chaos,"]),
        ("Ann Lee backed the bill, citing an \u201curgent\u201d need.", ["urgent"]),
    ],
)
def test_what_the_quote_stage_keeps(text: str, expected: list[str]) -> None:
    assert [q.text for q in extract_quotes(text)[0]] == expected
