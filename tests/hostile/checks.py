"""What every entry point promises about hostile input, as reusable assertions."""

from __future__ import annotations

import html
import re
from typing import Any

from django.test import Client

from tests.hostile.corpus import PAYLOADS
from verify.models import Article, Claim, ClaimEvent, Comment, Evidence, Source, SourceAlias
from verify.services.ingest import content_hash

_TAG = re.compile(r"<[^>]*>")
Snapshot = tuple[int, ...]


def snapshot() -> Snapshot:
    """Row counts of everything an entry point could write: unchanged means nothing half-stored."""
    models = (Article, Claim, ClaimEvent, Source, SourceAlias, Evidence, Comment)
    return tuple(model.objects.count() for model in models)


def stored_article(body: str) -> Article:
    """The one article holding exactly ``body``, its items anchored on exact offsets."""
    article = Article.objects.get(content_hash=content_hash(body))
    assert article.body == body
    for item in Claim.objects.filter(article=article).only("start", "end", "text"):
        assert item.text == body[item.start : item.end]
    return article


def page_text(response: Any) -> str:
    """What a reader sees: the markup removed, entities decoded."""
    return html.unescape(_TAG.sub("", response.content.decode()))


def assert_shown_as_text(client: Client, url: str, *shown: str) -> None:
    """The page renders, no payload reaches it as markup, and ``shown`` reads literally."""
    response = client.get(url)
    assert response.status_code == 200, url
    content = response.content.decode()
    for payload in PAYLOADS:
        if "<" in payload:
            assert payload not in content, f"{payload!r} reached {url} as markup"
    text = page_text(response)
    for fragment in shown:
        assert " ".join(fragment.split()) in " ".join(text.split()), fragment


def assert_refused(response: Any, refusal: str) -> None:
    """A 4xx whose page or body says why, in words containing ``refusal`` (or one of its
    ``|``-separated alternatives)."""
    assert 400 <= response.status_code < 500, response.status_code
    assert says(page_text(response), refusal), page_text(response)[:2000]


def says(text: str, refusal: str) -> bool:
    return any(words.lower() in text.lower() for words in refusal.split("|"))
