"""The admins' user management: list, search, roles, deactivation, the last-admin rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from accounts.authentication import ApiTokenAuthentication
from accounts.models import AccountEvent, User
from accounts.permissions import Role, user_role
from accounts.services import api_token_create
from tests.conftest import PASSWORD, client_for
from tests.factories import make_claim
from verify.services.events import claim_event_record

pytestmark = pytest.mark.django_db
Action = AccountEvent.Action


def _fresh(user: User) -> User:
    return User.objects.get(pk=user.pk)


def test_user_list_shows_role_status_and_last_sign_in(
    admin_user: User, editor: User, viewer: User
) -> None:
    Client().post("/accounts/login/", {"username": "eddie", "password": PASSWORD})
    viewer.is_active = False
    viewer.save()
    page = client_for(admin_user).get(reverse("accounts:user-list")).content.decode()
    assert "eddie" in page
    assert "editor" in page
    assert "deactivated" in page
    assert _fresh(editor).last_login.strftime("%Y-%m-%d %H:%M") in page  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "rosa"}, {"rosa"}),
        ({"q": "EXAMPLE.org", "role": "editor"}, {"eddie", "erin"}),
        ({"status": "deactivated"}, {"vera"}),
        ({"role": "admin"}, {"ada"}),
    ],
)
def test_user_list_searches_and_filters(
    make_user: Callable[..., User], query: dict[str, str], expected: set[str]
) -> None:
    admin = make_user("ada", Role.ADMIN)
    for name, role in [
        ("eddie", Role.EDITOR),
        ("erin", Role.EDITOR),
        ("rosa", Role.REVIEWER),
        ("vera", Role.VIEWER),
    ]:
        make_user(name, role)
    User.objects.filter(username="vera").update(is_active=False)
    response = client_for(admin).get(reverse("accounts:user-list"), query)
    shown = {user.username for user, *_ in response.context["rows"]}
    assert shown == expected


def test_admin_changes_a_role_and_it_is_audited(admin_user: User, editor: User) -> None:
    response = client_for(admin_user).post(
        reverse("accounts:user-role", args=[editor.pk]), {"role": "reviewer"}
    )
    assert response.status_code == 302
    assert user_role(_fresh(editor)) == Role.REVIEWER
    event = AccountEvent.objects.get(action=Action.ROLE_CHANGED)
    assert (event.actor, event.subject, event.detail) == (admin_user, editor, "editor → reviewer")


def test_last_admin_cannot_drop_their_own_admin_role(admin_user: User) -> None:
    client = client_for(admin_user)
    response = client.post(
        reverse("accounts:user-role", args=[admin_user.pk]), {"role": "editor"}, follow=True
    )
    assert "last active admin" in response.content.decode()
    assert user_role(_fresh(admin_user)) == Role.ADMIN


def test_last_admin_cannot_deactivate_themselves(admin_user: User) -> None:
    response = client_for(admin_user).post(
        reverse("accounts:user-deactivate", args=[admin_user.pk]), follow=True
    )
    assert "last active admin" in response.content.decode()
    assert _fresh(admin_user).is_active


def test_an_admin_may_step_down_when_another_admin_remains(
    admin_user: User, make_user: Callable[..., User]
) -> None:
    make_user("otto", Role.ADMIN)
    client_for(admin_user).post(
        reverse("accounts:user-role", args=[admin_user.pk]), {"role": "editor"}
    )
    assert user_role(_fresh(admin_user)) == Role.EDITOR


def test_a_deactivated_admin_does_not_count_as_the_other_admin(
    admin_user: User, make_user: Callable[..., User]
) -> None:
    other = make_user("otto", Role.ADMIN)
    other.is_active = False
    other.save()
    client_for(admin_user).post(reverse("accounts:user-deactivate", args=[admin_user.pk]))
    assert _fresh(admin_user).is_active


def test_deactivated_user_cannot_sign_in_or_use_a_token_but_keeps_their_history(
    admin_user: User, editor: User
) -> None:
    claim = make_claim()
    claim_event_record(claim=claim, actor=editor, action="comment", note="checked")
    _, key = api_token_create(user=editor, name="script")
    client_for(admin_user).post(reverse("accounts:user-deactivate", args=[editor.pk]))
    editor = _fresh(editor)
    assert not editor.is_active
    assert (
        Client().post("/accounts/login/", {"username": "eddie", "password": PASSWORD}).status_code
        == 200
    )
    request = Request(APIRequestFactory().get("/", HTTP_AUTHORIZATION=f"Bearer {key}"))
    with pytest.raises(AuthenticationFailed):
        ApiTokenAuthentication().authenticate(request)
    assert claim.events.filter(actor=editor).count() == 1
    assert AccountEvent.objects.filter(action=Action.DEACTIVATED, subject=editor).exists()


def test_reactivated_user_can_sign_in_again(admin_user: User, editor: User) -> None:
    client = client_for(admin_user)
    client.post(reverse("accounts:user-deactivate", args=[editor.pk]))
    client.post(reverse("accounts:user-reactivate", args=[editor.pk]))
    assert _fresh(editor).is_active
    response = Client().post("/accounts/login/", {"username": "eddie", "password": PASSWORD})
    assert response.status_code == 302
    assert AccountEvent.objects.filter(action=Action.REACTIVATED, subject=editor).exists()


def test_details_form_refuses_a_duplicate_email(admin_user: User, editor: User) -> None:
    response = client_for(admin_user).post(
        reverse("accounts:user-edit", args=[editor.pk]),
        {"first_name": "E", "last_name": "E", "email": "ADA@example.org"},
    )
    assert response.status_code == 400
    assert "already exists" in response.content.decode()
    assert _fresh(editor).email == "eddie@example.org"


def test_audit_trail_page_lists_account_events_with_address(admin_user: User) -> None:
    Client().post(
        "/accounts/login/", {"username": "ada", "password": "wrong"}, REMOTE_ADDR="192.0.2.9"
    )
    page = client_for(admin_user).get(reverse("accounts:event-list"), {"action": "sign_in_failed"})
    rows = list(page.context["page"])
    assert [(e.username, e.ip_address) for e in rows] == [("ada", "192.0.2.9")]
    assert "192.0.2.9" in page.content.decode()


@pytest.mark.parametrize("url_name", ["accounts:user-list", "accounts:event-list"])
def test_non_admin_gets_403_and_anonymous_the_sign_in_page(url_name: str, reviewer: User) -> None:
    assert client_for(reviewer).get(reverse(url_name)).status_code == 403
    response = Client().get(reverse(url_name))
    assert response["Location"].startswith(reverse("accounts:login"))


def test_nav_shows_users_link_to_admins_only(admin_user: User, reviewer: User) -> None:
    link = f'href="{reverse("accounts:user-list")}"'
    assert link in client_for(admin_user).get(reverse("verify:article-list")).content.decode()
    assert link not in client_for(reviewer).get(reverse("verify:article-list")).content.decode()
