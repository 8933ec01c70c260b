"""Golden test: the seed article's four quotes and their speakers."""

from __future__ import annotations

from pathlib import Path

from verify.extraction.quotes import extract_quotes

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_68572fa5849bac55.txt"


def test_seed_article_quotes_have_the_right_speakers_and_cues() -> None:
    text = SEED.read_text(encoding="utf-8")
    quotes, _ = extract_quotes(text)
    found = [(q.text, q.kind, q.speaker, q.cue) for q in quotes]
    assert found == [
        (
            (
                "I hope it will be a productive day. A ceasefire would be a blessing. "
                "This war should never have happened,"
            ),
            "direct",
            "Donald Trump",
            "wrote",
        ),
        ("unacceptable", "partial", "Ukraine", "accused"),
        ("a deliberate killing of civilians,", "partial", "Volodymyr Zelensky", "condemned"),
        ("military staging area,", "partial", "Russian state media", "claimed"),
    ]
    assert all(text[q.start : q.end] == q.text for q in quotes)


def test_seed_article_speakers_come_back_as_entities() -> None:
    text = SEED.read_text(encoding="utf-8")
    _, entities = extract_quotes(text)
    by_name = {entity.name: entity for entity in entities}
    assert set(by_name) == {"Donald Trump", "Ukraine", "Volodymyr Zelensky", "Russian state media"}
    assert "Trump" in by_name["Donald Trump"].aliases
    assert by_name["Ukraine"].kind == "organization"
    assert by_name["Russian state media"].kind == "organization"
