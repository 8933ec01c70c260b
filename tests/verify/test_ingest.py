from __future__ import annotations

from typing import Any

import pytest
from django.db import connection

from accounts.models import User
from verify.extraction import extract
from verify.models import Article, Claim, ClaimEvent, Source, SourceAlias
from verify.services import ingest as ingest_module
from verify.services.ingest import IngestRefused, article_ingest

pytestmark = pytest.mark.django_db


def _counts() -> tuple[int, int, int, int]:
    return (
        Article.objects.count(),
        Claim.objects.count(),
        ClaimEvent.objects.count(),
        Source.objects.count(),
    )


def test_ingest_stores_article_items_with_exact_offsets(seed_text: str, editor: User) -> None:
    result = article_ingest(text=seed_text, title="Trump to call Putin", user=editor)
    assert result.created
    article = result.article
    assert article.body == seed_text
    assert article.ingested_by == editor
    items = list(article.claims.all())
    assert {item.kind for item in items} == {"claim", "quote"}
    for item in items:
        assert item.text == seed_text[item.start : item.end]
        assert item.prefix == seed_text[max(0, item.start - 32) : item.start]
        assert item.suffix == seed_text[item.end : item.end + 32]
    quotes = [item.text for item in items if item.kind == "quote"]
    assert "unacceptable" in quotes
    assert ClaimEvent.objects.filter(action="extracted").count() == len(items)


def test_the_same_text_is_not_stored_twice(seed_text: str) -> None:
    first = article_ingest(text=seed_text)
    before = _counts()
    again = article_ingest(text=seed_text.replace("\n", "\r\n"), title="Another title")
    assert not again.created
    assert again.article.pk == first.article.pk
    assert _counts() == before


def test_a_failure_half_way_leaves_nothing_stored(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ingest_module._items_store

    def explode(*args: Any, **kwargs: Any) -> None:
        store(*args, **kwargs)
        raise RuntimeError("disk full")

    # Fails after the article, its sources, its items and their history are written: all
    # must roll back.
    monkeypatch.setattr(ingest_module, "_items_store", explode)
    with pytest.raises(RuntimeError):
        article_ingest(text=seed_text)
    assert _counts() == (0, 0, 0, 0)
    assert SourceAlias.objects.count() == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        (" \n\t ", "empty"),
        ("a\x00b", "NUL"),
        ("x" * 2_000, "limit is 1,000 bytes"),
    ],
    ids=["empty", "whitespace", "nul", "too-large"],
)
def test_bad_text_is_refused_with_a_reason_and_nothing_stored(
    text: str, message: str, settings: Any
) -> None:
    settings.VERIFY_MAX_ARTICLE_BYTES = 1_000
    with pytest.raises(IngestRefused, match=message):
        article_ingest(text=text)
    assert _counts() == (0, 0, 0, 0)


def test_title_defaults_to_the_first_line() -> None:
    result = article_ingest(text="\n  Headline here  \nThe body says 9 people died.")
    assert result.article.title == "Headline here"


def test_sources_are_shared_across_articles_by_name_and_alias() -> None:
    source = Source.objects.create(name="Donald Trump")
    SourceAlias.objects.create(source=source, name="Trump", normalized="trump")
    SourceAlias.objects.create(source=source, name="Donald Trump", normalized="donald trump")
    from verify.services.sources import sources_find_or_create

    names = ["Mr. Trump", "Former President Donald Trump"]
    found = sources_find_or_create(names=names, entities=[])
    assert found["Mr. Trump"] == source
    assert found["Former President Donald Trump"] == source
    assert Source.objects.count() == 1


def test_ingest_takes_a_fixed_number_of_queries_however_many_sources(
    seed_text: str, django_assert_max_num_queries: Any
) -> None:
    # The seed names six sources; one more article with three others must not cost more.
    # 9 on PostgreSQL: look-up, savepoint, article, aliases, 3 to create missing sources,
    # items and history in one statement, release. SQLite writes the history separately
    # and splits the items' insert at its limit of bound variables (two statements here).
    # (Claim matching after the transaction costs a few queries per item: bench/matching.py.)
    most = 9 if connection.vendor == "postgresql" else 10
    with django_assert_max_num_queries(most):
        article_ingest(text=seed_text, find_matches=False)
    other = (
        "Mayor Ana Lind said the bridge cost 40 million euros. "
        "Police chief Omar Diaz told reporters 3 people were hurt. "
        "The ministry of transport claimed the road was safe."
    )
    with django_assert_max_num_queries(most):
        article_ingest(text=other, find_matches=False)
    assert Source.objects.count() > 6


def test_the_history_records_each_item_as_extracted(seed_text: str, editor: User) -> None:
    article = article_ingest(text=seed_text, user=editor).article
    items = list(article.claims.select_related("source"))
    events = {e.claim_id: e for e in ClaimEvent.objects.filter(claim__article=article)}
    assert events.keys() == {item.pk for item in items}
    for item in items:
        event = events[item.pk]
        assert (event.action, event.actor, event.before) == ("extracted", editor, {})
        assert event.after == {
            "kind": item.kind,
            "status": "new",
            "start": item.start,
            "end": item.end,
            "source": item.source.name if item.source else None,
        }
    assert any(item.source for item in items)
    assert any(item.flags for item in items)


def test_items_are_stored_in_the_extractors_order_with_its_values(seed_text: str) -> None:
    # Quotes first, then claims, each in the order the extractor gives them; ids follow it
    # on every database, and every value arrives as extracted (flags as a list, scores as
    # numbers, a speaker's words as written).
    extraction = extract(seed_text)
    expected: list[tuple[str, int, int, str, list[str]]] = [
        ("quote", q.start, q.end, q.cue or "", []) for q in extraction.quotes
    ] + [("claim", c.start, c.end, c.cue or "", list(c.flags)) for c in extraction.claims]
    article = article_ingest(text=seed_text).article
    stored = list(article.claims.order_by("id").values_list("kind", "start", "end", "cue", "flags"))
    assert [tuple(row) for row in stored] == [tuple(row) for row in expected]
    scores = dict(article.claims.values_list("start", "checkworthiness"))
    assert all(isinstance(score, float) and 0 <= score <= 1 for score in scores.values())
    staging = article.claims.get(text__contains="military staging area", kind="claim")
    assert (staging.speaker_mention, staging.cue) == ("Russian state media", "claimed")


def test_a_headless_article_is_titled_by_its_first_sentence(seed_text: str) -> None:
    article = article_ingest(text=seed_text).article
    assert article.title == (
        "Former U.S. President Donald Trump has announced he’ll speak directly with Russian "
        "President Vladimir Putin on Monday, hoping to help bring an end to the war in Ukraine."
    )
