"""Review services: every transition allowed and refused per role, leases,
optimistic locking and the history each change leaves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.utils import timezone

from accounts.models import User
from tests.factories import make_claim, make_source
from verify.models import Claim, ClaimEvent, Evidence, Source, Verdict
from verify.services import review

pytestmark = pytest.mark.django_db


def _unproven() -> Verdict:
    return Verdict.objects.get(label="Unproven")


def _evidence(claim: Claim, user: User) -> Evidence:
    return review.evidence_add(
        user=user, pk=claim.pk, version=claim.version, url="https://example.org/r", title="Report"
    )


def _proposed(editor: User) -> Claim:
    claim = make_claim()
    _evidence(claim, editor)
    claim.refresh_from_db()
    return review.claim_propose(
        user=editor, pk=claim.pk, version=claim.version, verdict=_unproven(), conclusion="No proof."
    )


def _actions(claim: Claim) -> list[str]:
    return list(claim.events.values_list("action", flat=True))


# --- leases -----------------------------------------------------------------------------------


def test_taking_an_item_leases_it_and_moves_it_into_review(editor: User, settings: Any) -> None:
    settings.VERIFY_LEASE_MINUTES = 30
    claim = review.claim_take(user=editor, pk=make_claim().pk)
    assert claim.assignee == editor
    assert claim.status == Claim.Status.IN_REVIEW
    assert claim.lease_expires_at is not None
    left = claim.lease_expires_at - timezone.now()
    assert dt.timedelta(minutes=29) < left <= dt.timedelta(minutes=30)
    assert _actions(claim) == [ClaimEvent.Action.ASSIGNED]


def test_an_item_leased_to_someone_else_cannot_be_taken(editor: User, other_editor: User) -> None:
    claim = review.claim_take(user=editor, pk=make_claim().pk)
    with pytest.raises(review.ReviewRefused, match="eddie holds this item until"):
        review.claim_take(user=other_editor, pk=claim.pk)


def test_an_expired_lease_frees_the_item_for_others(editor: User, other_editor: User) -> None:
    claim = review.claim_take(user=editor, pk=make_claim().pk)
    Claim.objects.filter(pk=claim.pk).update(lease_expires_at=timezone.now() - dt.timedelta(1))
    taken = review.claim_take(user=other_editor, pk=claim.pk)
    assert taken.assignee == other_editor


def test_renewing_extends_the_lease_of_its_holder_only(editor: User, other_editor: User) -> None:
    claim = review.claim_take(user=editor, pk=make_claim().pk)
    soon = timezone.now() + dt.timedelta(minutes=1)
    Claim.objects.filter(pk=claim.pk).update(lease_expires_at=soon)
    renewed = review.claim_lease_renew(user=editor, pk=claim.pk)
    assert renewed.lease_expires_at is not None
    assert renewed.lease_expires_at > soon
    with pytest.raises(review.ReviewRefused):
        review.claim_lease_renew(user=other_editor, pk=claim.pk)


def test_working_on_an_item_renews_the_lease(editor: User) -> None:
    claim = review.claim_take(user=editor, pk=make_claim().pk)
    soon = timezone.now() + dt.timedelta(minutes=1)
    Claim.objects.filter(pk=claim.pk).update(lease_expires_at=soon)
    _evidence(claim, editor)
    claim.refresh_from_db()
    assert claim.lease_expires_at is not None
    assert claim.lease_expires_at > soon


def test_viewer_cannot_take_or_edit(viewer: User) -> None:
    claim = make_claim()
    with pytest.raises(review.ReviewRefused):
        review.claim_take(user=viewer, pk=claim.pk)
    with pytest.raises(review.ReviewRefused):
        _evidence(claim, viewer)
    assert not Evidence.objects.exists()


def test_editing_an_item_leased_to_someone_else_is_refused(
    editor: User, other_editor: User
) -> None:
    claim = review.claim_take(user=editor, pk=make_claim().pk)
    with pytest.raises(review.ReviewRefused, match="holds this item"):
        review.claim_span_set(
            user=other_editor, pk=claim.pk, version=claim.version,
            start=claim.start, end=claim.end, kind=Claim.Kind.QUOTE,
        )  # fmt: skip


def test_take_next_skips_leased_items_and_takes_the_highest_score(
    editor: User, other_editor: User
) -> None:
    low, high, top = (make_claim(checkworthiness=s) for s in (0.2, 0.6, 0.9))
    review.claim_take(user=other_editor, pk=top.pk)
    taken = review.claim_take_next(
        user=editor, candidates=Claim.objects.order_by("-checkworthiness")
    )
    assert taken is not None
    assert taken.pk == high.pk
    assert taken.assignee == editor
    second = review.claim_take_next(
        user=editor, candidates=Claim.objects.order_by("-checkworthiness")
    )
    assert second is not None
    assert second.pk == low.pk
    assert review.claim_take_next(user=editor, candidates=Claim.objects.all()) is None


def test_take_next_takes_an_item_whose_lease_ran_out(editor: User, other_editor: User) -> None:
    claim = review.claim_take(user=other_editor, pk=make_claim().pk)
    Claim.objects.filter(pk=claim.pk).update(lease_expires_at=timezone.now() - dt.timedelta(1))
    taken = review.claim_take_next(user=editor, candidates=Claim.objects.all())
    assert taken is not None
    assert taken.assignee == editor


# --- editing ----------------------------------------------------------------------------------


def test_a_stale_version_is_refused_and_shows_what_changed(
    editor: User, other_editor: User
) -> None:
    claim = make_claim()
    opened = claim.version
    _evidence(claim, other_editor)
    review.claim_release(user=other_editor, pk=claim.pk)
    with pytest.raises(review.StaleVersion) as refused:
        review.claim_source_set(
            user=editor, pk=claim.pk, version=opened, name="Anyone", create=True
        )
    changes = refused.value.changes
    assert [e.action for e in changes] == [
        ClaimEvent.Action.EVIDENCE_ADDED,
        ClaimEvent.Action.UNASSIGNED,
    ]
    assert {e.actor for e in changes} == {other_editor}
    claim.refresh_from_db()
    assert claim.source is None
    assert not Source.objects.filter(name="Anyone").exists()


def test_source_is_found_by_alias_or_created_on_request(editor: User) -> None:
    source = make_source(name="Dmitry Peskov")
    source.aliases.create(name="Peskov", normalized="peskov")
    claim = make_claim()
    claim = review.claim_source_set(user=editor, pk=claim.pk, version=claim.version, name="Peskov")
    assert claim.source == source
    with pytest.raises(review.ReviewRefused, match="tick"):
        review.claim_source_set(
            user=editor, pk=claim.pk, version=claim.version, name="Nobody Known"
        )
    claim = review.claim_source_set(
        user=editor, pk=claim.pk, version=claim.version, name="Nobody Known", create=True,
        kind=Source.Kind.ORGANIZATION, role_title="Agency",
    )  # fmt: skip
    assert claim.source is not None
    assert claim.source.kind == Source.Kind.ORGANIZATION
    event = claim.events.filter(action=ClaimEvent.Action.EDITED).last()
    assert event is not None
    assert event.before == {"source": "Dmitry Peskov"}
    assert event.after["source"] == "Nobody Known"


def test_span_change_re_anchors_the_item_and_records_before_and_after(editor: User) -> None:
    claim = make_claim()
    body = claim.article.body
    start = body.index("the bridge")
    claim = review.claim_span_set(
        user=editor, pk=claim.pk, version=claim.version, start=start, end=len(body) - 1,
        kind=Claim.Kind.QUOTE,
    )  # fmt: skip
    assert claim.text == body[start:-1]
    assert claim.prefix == body[max(0, start - 32) : start]
    event = claim.events.get(action=ClaimEvent.Action.EDITED)
    assert event.before["kind"] == "claim"
    assert event.after["kind"] == "quote"
    assert event.after["start"] == start


@pytest.mark.parametrize(("start", "end"), [(-1, 5), (5, 5), (0, 10_000)])
def test_a_span_outside_the_text_is_refused(editor: User, start: int, end: int) -> None:
    claim = make_claim()
    with pytest.raises(review.ReviewRefused):
        review.claim_span_set(
            user=editor, pk=claim.pk, version=claim.version, start=start, end=end, kind="claim"
        )


def test_an_editor_creates_an_item_from_a_selection(editor: User) -> None:
    article = make_claim().article
    start = article.body.index("Report")
    claim = review.claim_create(
        user=editor, article_id=article.pk, start=start, end=start + 6, kind="claim"
    )
    assert claim.text == "Report"
    assert _actions(claim) == [ClaimEvent.Action.CREATED]


def test_evidence_is_added_changed_and_removed_with_history(editor: User) -> None:
    claim = make_claim()
    evidence = _evidence(claim, editor)
    assert evidence.added_by == editor
    review.evidence_change(
        user=editor, evidence_id=evidence.pk, version=claim.version + 1,
        url="https://example.org/r2", title="Report 2", publisher="", excerpt="", stance="refutes",
    )  # fmt: skip
    review.evidence_remove(user=editor, evidence_id=evidence.pk, version=claim.version + 2)
    claim.refresh_from_db()
    assert not claim.evidence.exists()
    assert claim.version == 4
    changed = claim.events.get(action=ClaimEvent.Action.EVIDENCE_CHANGED)
    assert changed.before["title"] == "Report"
    assert changed.after["title"] == "Report 2"
    assert claim.events.get(action=ClaimEvent.Action.EVIDENCE_REMOVED).before["stance"] == "refutes"


def test_a_comment_needs_no_lease_but_an_editor(editor: User, viewer: User) -> None:
    claim = make_claim()
    review.comment_add(user=editor, pk=claim.pk, body="Checking with the ministry.")
    assert claim.comments.get().author == editor
    assert _actions(claim) == [ClaimEvent.Action.COMMENTED]
    with pytest.raises(review.ReviewRefused):
        review.comment_add(user=viewer, pk=claim.pk, body="hi")


# --- the verdict workflow ---------------------------------------------------------------------


def test_proposing_needs_evidence(editor: User) -> None:
    claim = make_claim()
    with pytest.raises(review.ReviewRefused, match="evidence"):
        review.claim_propose(
            user=editor, pk=claim.pk, version=claim.version, verdict=_unproven(), conclusion="x"
        )
    claim.refresh_from_db()
    assert claim.status == Claim.Status.NEW


def test_editor_proposes_and_another_reviewer_publishes(editor: User, reviewer: User) -> None:
    claim = _proposed(editor)
    assert claim.status == Claim.Status.PROPOSED
    assert claim.proposed_by == editor
    claim = review.claim_publish(user=reviewer, pk=claim.pk, version=claim.version)
    assert claim.status == Claim.Status.PUBLISHED
    assert claim.published_by == reviewer
    assert claim.verdict == _unproven()
    assert _actions(claim)[-2:] == [ClaimEvent.Action.PROPOSED, ClaimEvent.Action.PUBLISHED]


def test_editor_cannot_publish(editor: User, other_editor: User) -> None:
    claim = _proposed(editor)
    with pytest.raises(review.ReviewRefused, match="reviewer"):
        review.claim_publish(user=other_editor, pk=claim.pk, version=claim.version)


def test_reviewer_cannot_publish_own_verdict(reviewer: User) -> None:
    claim = _proposed(reviewer)
    with pytest.raises(review.ReviewRefused, match="other than the one who proposed"):
        review.claim_publish(user=reviewer, pk=claim.pk, version=claim.version)
    with pytest.raises(review.ReviewRefused):
        review.claim_send_back(user=reviewer, pk=claim.pk, version=claim.version, comment="x")


def test_admin_may_publish_a_verdict_proposed_by_someone_else(
    editor: User, admin_user: User
) -> None:
    claim = _proposed(editor)
    assert review.claim_publish(user=admin_user, pk=claim.pk, version=claim.version).published_at


def test_send_back_returns_the_item_to_review_with_a_comment(editor: User, reviewer: User) -> None:
    claim = _proposed(editor)
    with pytest.raises(review.ReviewRefused, match="what needs to change"):
        review.claim_send_back(user=reviewer, pk=claim.pk, version=claim.version, comment=" ")
    claim = review.claim_send_back(
        user=reviewer, pk=claim.pk, version=claim.version, comment="Find the original video."
    )
    assert claim.status == Claim.Status.IN_REVIEW
    assert claim.proposed_by is None
    assert claim.comments.get().body == "Find the original video."
    assert claim.events.last() is not None
    assert claim.events.last().note == "Find the original video."  # type: ignore[union-attr]


def test_a_published_item_cannot_be_edited_until_a_reviewer_reopens_it(
    editor: User, reviewer: User
) -> None:
    claim = _proposed(editor)
    claim = review.claim_publish(user=reviewer, pk=claim.pk, version=claim.version)
    with pytest.raises(review.ReviewRefused):
        _evidence(claim, editor)
    with pytest.raises(review.ReviewRefused):
        review.claim_reopen(user=editor, pk=claim.pk, version=claim.version, note="Wrong date.")
    with pytest.raises(review.ReviewRefused, match="correction note"):
        review.claim_reopen(user=reviewer, pk=claim.pk, version=claim.version, note="")
    claim = review.claim_reopen(
        user=reviewer, pk=claim.pk, version=claim.version, note="Wrong date."
    )
    assert claim.status == Claim.Status.IN_REVIEW
    assert claim.published_at is None
    reopened = claim.events.get(action=ClaimEvent.Action.REOPENED)
    assert reopened.note == "Wrong date."
    assert reopened.before["status"] == "published"
    assert claim.events.filter(action=ClaimEvent.Action.PUBLISHED).exists()


def test_a_proposed_item_cannot_be_proposed_again(editor: User) -> None:
    claim = _proposed(editor)
    with pytest.raises(review.ReviewRefused, match="proposed item"):
        review.claim_propose(
            user=editor, pk=claim.pk, version=claim.version, verdict=_unproven(), conclusion="x"
        )


def test_dismiss_needs_a_reason_and_only_a_reviewer_undoes_it(editor: User, reviewer: User) -> None:
    claim = make_claim()
    with pytest.raises(review.ReviewRefused, match="reason"):
        review.claim_dismiss(user=editor, pk=claim.pk, reason="")
    claim = review.claim_dismiss(user=editor, pk=claim.pk, reason="Not check-worthy")
    assert claim.status == Claim.Status.DISMISSED
    assert claim.dismissed_reason == "Not check-worthy"
    with pytest.raises(review.ReviewRefused, match="reviewer"):
        review.claim_reset(user=editor, pk=claim.pk)
    claim = review.claim_reset(user=reviewer, pk=claim.pk)
    assert claim.status == Claim.Status.NEW
    assert claim.dismissed_reason == ""


def test_viewer_cannot_dismiss_or_propose(viewer: User) -> None:
    claim = make_claim()
    with pytest.raises(review.ReviewRefused):
        review.claim_dismiss(user=viewer, pk=claim.pk, reason="no")
    with pytest.raises(review.ReviewRefused):
        review.claim_propose(
            user=viewer, pk=claim.pk, version=claim.version, verdict=_unproven(), conclusion="x"
        )


@pytest.mark.parametrize(
    "change",
    [
        lambda c, u: review.claim_take(user=u, pk=c.pk),
        lambda c, u: review.claim_source_set(
            user=u, pk=c.pk, version=c.version, name="X", create=True
        ),
        lambda c, u: _evidence(c, u),
        lambda c, u: review.comment_add(user=u, pk=c.pk, body="b"),
        lambda c, u: review.claim_dismiss(user=u, pk=c.pk, reason="dup"),
        lambda c, u: review.claim_reset(user=u, pk=review.claim_take(user=u, pk=c.pk).pk),
    ],
    ids=["take", "source", "evidence", "comment", "dismiss", "reset"],
)
def test_every_change_leaves_a_history_entry_with_its_actor(
    editor: User, change: Callable[[Claim, User], object]
) -> None:
    claim = make_claim()
    change(claim, editor)
    events = list(claim.events.all())
    assert events
    assert all(event.actor == editor for event in events)
    assert all(event.before or event.after or event.note for event in events)


def test_bulk_actions_apply_to_each_item_and_report_refusals(
    editor: User, other_editor: User
) -> None:
    free, leased = make_claim(), make_claim()
    review.claim_take(user=other_editor, pk=leased.pk)
    result = review.claims_bulk(
        pks=[free.pk, leased.pk],
        action=lambda pk: review.claim_dismiss(user=editor, pk=pk, reason="duplicate"),
    )
    assert result.done == [free.pk]
    assert [pk for pk, _message in result.refused] == [leased.pk]
    free.refresh_from_db()
    leased.refresh_from_db()
    assert free.status == Claim.Status.DISMISSED
    assert leased.status == Claim.Status.IN_REVIEW


def test_assigning_gives_the_assignee_a_lease(editor: User, other_editor: User) -> None:
    claim = review.claim_assign(user=editor, pk=make_claim().pk, assignee=other_editor)
    assert claim.assignee == other_editor
    assert claim.lease_expires_at is not None
    released = review.claim_release(user=other_editor, pk=claim.pk)
    assert released.assignee is None


def test_saved_views_are_per_user_and_drop_the_page_cursor(editor: User) -> None:
    view = review.saved_view_save(
        user=editor, name="Mine", query="assignee=mine&after=abc&kind=claim"
    )
    assert view.query == "assignee=mine&kind=claim"
    again = review.saved_view_save(user=editor, name="Mine", query="kind=quote")
    assert again.pk == view.pk
    assert again.query == "kind=quote"
