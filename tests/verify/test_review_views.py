"""The claim page and its forms: roles enforced on the server, refusals explained,
stale saves refused with what changed and the user's input kept."""

from __future__ import annotations

import pytest
from django.urls import reverse

from accounts.models import User
from tests.conftest import client_for
from tests.factories import make_claim, make_source
from verify.models import Claim, ClaimEvent, Evidence, Verdict
from verify.services import review

pytestmark = pytest.mark.django_db

EVIDENCE = {"url": "https://example.org/r", "title": "Ministry report", "stance": "refutes"}


def _post(user: User, name: str, claim: Claim, **data: object) -> tuple[int, str]:
    response = client_for(user).post(reverse(f"verify:claim-{name}", args=[claim.pk]), data)
    return response.status_code, response.content.decode()


def test_claim_page_shows_item_context_neighbours_and_forms(editor: User) -> None:
    claim = make_claim()
    other = make_claim(article=claim.article, start=0, end=6)
    html = client_for(editor).get(claim.get_absolute_url()).content.decode()
    assert f'data-items="{claim.pk}"' in html
    assert other.get_absolute_url() in html
    assert f"{claim.article.get_absolute_url()}?adjust={claim.pk}" in html
    for name in ("source", "span", "evidence", "propose", "dismiss"):
        assert reverse(f"verify:claim-{name}", args=[claim.pk]) in html


def test_viewer_sees_the_page_without_forms_and_cannot_post(viewer: User) -> None:
    claim = make_claim()
    html = client_for(viewer).get(claim.get_absolute_url()).content.decode()
    assert reverse("verify:claim-evidence", args=[claim.pk]) not in html
    status, _ = _post(viewer, "evidence", claim, version=claim.version, **EVIDENCE)
    assert status == 403
    assert not Evidence.objects.exists()


def test_editor_adds_evidence_and_it_shows_who_added_it(editor: User) -> None:
    claim = make_claim()
    status, _ = _post(editor, "evidence", claim, version=claim.version, **EVIDENCE)
    assert status == 302
    html = client_for(editor).get(claim.get_absolute_url()).content.decode()
    assert "Ministry report" in html
    assert "added by eddie" in html


def test_a_stale_save_is_refused_with_the_changes_and_the_input_kept(
    editor: User, other_editor: User
) -> None:
    claim = make_claim()
    opened = claim.version
    review.comment_add(user=other_editor, pk=claim.pk, body="hello")
    _post(other_editor, "evidence", claim, version=opened, **EVIDENCE)
    review.claim_release(user=other_editor, pk=claim.pk)
    data = {**EVIDENCE, "title": "My own finding"}
    status, html = _post(editor, "evidence", claim, version=opened, **data)
    assert status == 409
    assert "Someone changed this item since you opened it" in html
    assert "Changed since you opened it" in html
    assert "Ministry report" in html  # what the other editor did
    assert 'value="My own finding"' in html  # what this editor typed
    claim.refresh_from_db()
    assert f'name="version" value="{claim.version}"' in html
    assert Evidence.objects.count() == 1


def test_editor_cannot_publish_own_verdict_through_the_page(editor: User, reviewer: User) -> None:
    claim = make_claim()
    _post(editor, "evidence", claim, version=claim.version, **EVIDENCE)
    claim.refresh_from_db()
    unproven = Verdict.objects.get(label="Unproven")
    status, _ = _post(
        editor, "propose", claim, version=claim.version, verdict=unproven.pk, conclusion="None."
    )
    assert status == 302
    claim.refresh_from_db()
    status, html = _post(editor, "publish", claim, version=claim.version)
    assert status == 403
    assert "reviewer" in html
    status, _ = _post(reviewer, "publish", claim, version=claim.version)
    assert status == 302
    claim.refresh_from_db()
    assert claim.status == Claim.Status.PUBLISHED


def test_proposing_without_evidence_is_explained(editor: User) -> None:
    claim = make_claim()
    unproven = Verdict.objects.get(label="Unproven")
    status, html = _post(
        editor, "propose", claim, version=claim.version, verdict=unproven.pk, conclusion="x"
    )
    assert status == 403
    assert "Add at least one piece of evidence" in html


def test_an_invalid_form_answers_400_with_the_errors(editor: User) -> None:
    claim = make_claim()
    status, html = _post(editor, "evidence", claim, version=claim.version, url="not a url")
    assert status == 400
    assert "errors" in html


def test_source_autocomplete_matches_names_and_aliases(viewer: User) -> None:
    source = make_source(name="Dmitry Peskov", role_title="Kremlin spokesperson")
    source.aliases.create(name="Peskov", normalized="peskov")
    client = client_for(viewer)
    html = client.get(reverse("verify:source-options") + "?name=pesk").content.decode()
    assert '<option value="Dmitry Peskov">Kremlin spokesperson</option>' in html
    assert client.get(reverse("verify:source-options") + "?name=zz").content.decode().strip() == ""


def test_evidence_edit_and_remove_through_the_page(editor: User) -> None:
    claim = make_claim()
    _post(editor, "evidence", claim, version=claim.version, **EVIDENCE)
    evidence = Evidence.objects.get()
    url = reverse("verify:evidence-edit", args=[evidence.pk])
    client = client_for(editor)
    response = client.post(url, {**EVIDENCE, "title": "Renamed", "version": claim.version + 1})
    assert response.status_code == 302
    evidence.refresh_from_db()
    assert evidence.title == "Renamed"
    response = client.post(url, {"remove": "1", "version": claim.version + 2})
    assert response.status_code == 302
    assert not Evidence.objects.exists()


def test_lease_take_and_release_buttons(editor: User, other_editor: User) -> None:
    claim = make_claim()
    client = client_for(editor)
    client.post(reverse("verify:claim-take", args=[claim.pk]))
    claim.refresh_from_db()
    assert claim.assignee == editor
    html = client_for(other_editor).get(claim.get_absolute_url()).content.decode()
    assert "eddie" in html
    assert "Take this item" not in html
    client.post(reverse("verify:claim-release", args=[claim.pk]))
    claim.refresh_from_db()
    assert claim.assignee is None


def test_lease_renewal_over_htmx_returns_the_lease_fragment(editor: User) -> None:
    claim = review.claim_take(user=editor, pk=make_claim().pk)
    response = client_for(editor).post(
        reverse("verify:claim-renew", args=[claim.pk]), headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="lease-box"' in html
    assert "<html" not in html


def test_article_view_creates_an_item_from_a_selection(editor: User) -> None:
    claim = make_claim()
    article = claim.article
    html = client_for(editor).get(article.get_absolute_url()).content.decode()
    assert "data-selection-form" in html
    response = client_for(editor).post(
        reverse("verify:claim-create", args=[article.pk]), {"kind": "quote", "start": 0, "end": 6}
    )
    created = Claim.objects.get(kind="quote")
    assert response["Location"] == created.get_absolute_url()
    assert created.text == article.body[:6]


def test_history_shows_before_and_after(editor: User) -> None:
    claim = make_claim()
    _post(editor, "dismiss", claim, version=claim.version, note="Duplicate of #1")
    html = client_for(editor).get(claim.get_absolute_url()).content.decode()
    assert "<del>new</del> → <ins>dismissed</ins>" in html
    assert "Duplicate of #1" in html
    assert claim.events.filter(action=ClaimEvent.Action.DISMISSED).exists()


def test_dashboard_draws_its_charts_as_svg(reviewer: User, editor: User) -> None:
    review.claim_take(user=editor, pk=make_claim().pk)
    response = client_for(reviewer).get(reverse("verify:dashboard"))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<svg") >= 3
    assert "Open leases per editor" in html
    assert "eddie" in html
