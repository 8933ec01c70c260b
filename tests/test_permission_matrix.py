"""Every URL in the project × every role → the expected answer.

The URL names come from walking the URL configuration, so a new page without a
line in RULES fails ``test_every_url_has_a_rule``. To add a page, add ONE line to
RULES: its name and who may see it (VIEWER_UP, EDITOR_UP, …), wrapped in
``Rule(...)`` when it needs URL arguments, another method or its own answers.
Django's admin (``admin:``) and the REST API (``api:``) are covered by the
pattern rules in PATTERN_RULES.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import ApiToken, SignInThrottle, User
from accounts.permissions import Role
from accounts.services import api_token_create, invitation_send, user_create
from tests.conftest import PASSWORD
from tests.factories import make_claim
from verify.models import Claim, Evidence, IngestBatch, SavedView

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "deactivated", "viewer", "editor", "reviewer", "admin"]
LOGIN = "sign-in page"  # a redirect to accounts:login
REDIRECT = "redirect elsewhere"

Answer = int | str
Expect = Mapping[str, Answer | frozenset[Answer]]


def _expect(
    viewer: Answer | frozenset[Answer],
    editor: Answer | frozenset[Answer],
    reviewer: Answer | frozenset[Answer],
    admin: Answer | frozenset[Answer],
    *,
    anonymous: Answer | frozenset[Answer] = LOGIN,
) -> Expect:
    # A deactivated user's session no longer authenticates: they are anonymous.
    return {
        "anonymous": anonymous,
        "deactivated": anonymous,
        "viewer": viewer,
        "editor": editor,
        "reviewer": reviewer,
        "admin": admin,
    }


VIEWER_UP = _expect(200, 200, 200, 200)
EDITOR_UP = _expect(403, 200, 200, 200)
REVIEWER_UP = _expect(403, 403, 200, 200)
ADMIN_ONLY = _expect(403, 403, 403, 200)
ADMIN_ACTION = _expect(403, 403, 403, REDIRECT)  # POST, then back to a page
SIGNED_IN = VIEWER_UP
PUBLIC = _expect(200, 200, 200, 200, anonymous=200)
PUBLIC_REDIRECT = _expect(REDIRECT, REDIRECT, REDIRECT, REDIRECT, anonymous=REDIRECT)
SIGNED_OUT_ONLY = _expect(REDIRECT, REDIRECT, REDIRECT, REDIRECT, anonymous=200)
TO_SIGN_IN = _expect(LOGIN, LOGIN, LOGIN, LOGIN)


@dataclass
class World:
    """What the pages act on. Admin actions target ``target``, never a persona."""

    users: dict[str, User]
    target: User
    claim: Claim
    token: ApiToken
    invitation_key: str
    lock: SignInThrottle
    evidence: Evidence
    saved_view: SavedView
    batch: IngestBatch


@dataclass(frozen=True)
class Rule:
    expect: Expect
    method: str = "get"
    kwargs: Callable[[World], dict[str, Any]] = field(default=lambda world: {})
    data: Callable[[World], dict[str, Any]] = field(default=lambda world: {})


def article_pk(world: World) -> dict[str, Any]:
    return {"pk": world.claim.article_id}


def claim_pk(world: World) -> dict[str, Any]:
    return {"pk": world.claim.pk}


def target_pk(world: World) -> dict[str, Any]:
    return {"pk": world.target.pk}


def editor_post(kwargs: Callable[[World], dict[str, Any]], answer: Answer = 400) -> Rule:
    return Rule(_expect(403, answer, answer, answer), method="post", kwargs=kwargs)


def post_admin(kwargs: Callable[[World], dict[str, Any]], **data: Any) -> Rule:
    return Rule(ADMIN_ACTION, method="post", kwargs=kwargs, data=lambda world: data)


# ONE line per URL name.
RULES: dict[str, Expect | Rule] = {
    "verify:article-list": VIEWER_UP,
    "verify:article-ingest": EDITOR_UP,
    "verify:article-detail": Rule(VIEWER_UP, kwargs=article_pk),
    "verify:claim-list": VIEWER_UP,
    "verify:claim-detail": Rule(VIEWER_UP, kwargs=claim_pk),
    "accounts:login": SIGNED_OUT_ONLY,
    "accounts:logout": Rule(TO_SIGN_IN, method="post"),
    "accounts:password-change": SIGNED_IN,
    "accounts:password-reset": PUBLIC,
    "accounts:password-reset-sent": PUBLIC,
    "accounts:password-reset-confirm": Rule(PUBLIC_REDIRECT, kwargs=lambda w: _reset_kwargs(w)),
    "accounts:invitation-accept": Rule(PUBLIC, kwargs=lambda w: {"key": w.invitation_key}),
    "accounts:token-list": VIEWER_UP,
    # Only the owner (editor) or an admin may revoke; to others the token does not exist.
    "accounts:token-revoke": Rule(
        _expect(404, REDIRECT, 404, REDIRECT), method="post", kwargs=lambda w: {"pk": w.token.pk}
    ),
    "accounts:user-list": ADMIN_ONLY,
    "accounts:user-invite": ADMIN_ONLY,
    "accounts:user-detail": Rule(ADMIN_ONLY, kwargs=target_pk),
    "accounts:user-edit": post_admin(target_pk, email="target@example.org"),
    "accounts:user-role": post_admin(target_pk, role="reviewer"),
    "accounts:user-deactivate": post_admin(target_pk),
    "accounts:user-reactivate": post_admin(target_pk),
    "accounts:user-force-reset": post_admin(target_pk),
    "accounts:token-admin-list": ADMIN_ONLY,
    "accounts:lock-list": ADMIN_ONLY,
    "accounts:lock-lift": post_admin(lambda w: {"pk": w.lock.pk}),
    "accounts:event-list": ADMIN_ONLY,
    "admin:login": _expect(200, 200, 200, REDIRECT, anonymous=200),
    # The review workflow: editors and up may post; an empty form is refused with 400.
    # The API's reference page is a web page: the anonymous are sent to sign in.
    "api:docs": VIEWER_UP,
    "verify:dashboard": VIEWER_UP,
    "verify:source-options": VIEWER_UP,
    "verify:claim-comment": editor_post(claim_pk),
    "verify:claim-dismiss": editor_post(claim_pk),
    "verify:claim-evidence": editor_post(claim_pk),
    "verify:claim-propose": editor_post(claim_pk),
    "verify:claim-publish": editor_post(claim_pk),
    "verify:claim-reopen": editor_post(claim_pk),
    "verify:claim-reset": editor_post(claim_pk),
    "verify:claim-send-back": editor_post(claim_pk),
    "verify:claim-source": editor_post(claim_pk),
    "verify:claim-span": editor_post(claim_pk),
    "verify:evidence-edit": editor_post(lambda w: {"evidence_id": w.evidence.pk}),
    "verify:claim-create": editor_post(article_pk, answer=REDIRECT),
    "verify:claim-take": editor_post(claim_pk, answer=REDIRECT),
    "verify:claim-renew": editor_post(claim_pk, answer=REDIRECT),
    "verify:claim-release": editor_post(claim_pk, answer=REDIRECT),
    "verify:queue-next": editor_post(lambda w: {}, answer=REDIRECT),
    "verify:queue-bulk": editor_post(lambda w: {}, answer=REDIRECT),
    # Background batches: ingesting is for editors and up.
    "verify:batch-list": EDITOR_UP,
    "verify:batch-new": EDITOR_UP,
    "verify:batch-new-urls": editor_post(lambda w: {}),
    "verify:batch-detail": Rule(EDITOR_UP, kwargs=lambda w: {"pk": w.batch.pk}),
    # Saved views are each user's own: anyone signed in may keep them.
    "verify:saved-view-save": Rule(_expect(REDIRECT, REDIRECT, REDIRECT, REDIRECT), method="post"),
    "verify:saved-view-delete": Rule(
        _expect(REDIRECT, REDIRECT, REDIRECT, REDIRECT),
        method="post",
        kwargs=lambda w: {"pk": w.saved_view.pk},
    ),
}

# Django's admin: everyone but an admin is sent to a sign-in page (ours or the admin's);
# an admin gets the page, or 403 where their group lacks that model's permission, or 405
# for POST-only URLs. The API answers 401 instead of redirecting. Only URLs without
# arguments are requested.
TO_A_SIGN_IN = frozenset({LOGIN, REDIRECT})
ADMIN_SITE = _expect(
    TO_A_SIGN_IN, TO_A_SIGN_IN, TO_A_SIGN_IN, frozenset({200, 403, 405}), anonymous=TO_A_SIGN_IN
)
API_READ = _expect(200, 200, 200, 200, anonymous=401)
PATTERN_RULES: dict[str, Expect] = {"admin:": ADMIN_SITE, "api:": API_READ}


def _reset_kwargs(world: World) -> dict[str, Any]:
    uid = urlsafe_base64_encode(force_bytes(world.target.pk))
    return {"uidb64": uid, "token": default_token_generator.make_token(world.target)}


def _walk(resolver: URLResolver, prefix: str = "") -> list[tuple[str, bool]]:
    """(namespaced name, needs arguments) for every URL; unnamed ones as ``prefix?``."""
    found: list[tuple[str, bool]] = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            found += _walk(entry, f"{prefix}{entry.namespace}:" if entry.namespace else prefix)
        elif isinstance(entry, URLPattern):
            needs_args = bool(entry.pattern.regex.groupindex) or entry.pattern.regex.groups > 0
            found.append((prefix + (entry.name or "?"), needs_args))
    return found


ALL_URLS = sorted(set(_walk(get_resolver())))
# Pattern-ruled URLs that need arguments are left to their app, and of the admin's
# per-model pages only the users' list is requested (the others answer alike, at ~0.1 s each).
ADMIN_MODEL_PAGE = re.compile(r"^admin:(?!accounts_user_)\w+_(add|changelist)$")
REQUESTED = [
    name
    for name, needs_args in ALL_URLS
    if name in RULES or not (needs_args or ADMIN_MODEL_PAGE.match(name))
]


def _pattern_rule(name: str) -> Expect | None:
    return next((rule for p, rule in PATTERN_RULES.items() if name.startswith(p)), None)


def test_every_url_has_a_rule() -> None:
    missing = [n for n, _ in ALL_URLS if n not in RULES and _pattern_rule(n) is None]
    assert missing == [], f"add these URL names to RULES in {__file__}: {missing}"


def test_every_rule_names_a_url() -> None:
    names = {name for name, _ in ALL_URLS}
    assert sorted(set(RULES) - names) == []


@pytest.fixture
def world(make_user: Callable[..., User]) -> World:
    users = {role: make_user(f"p-{role}", Role(role)) for role in ROLES[2:]}
    users["deactivated"] = make_user("p-gone", Role.ADMIN)
    users["deactivated"].is_active = False
    users["deactivated"].save()
    target = user_create(
        username="target", email="t@example.org", role=Role.EDITOR, password=PASSWORD
    )
    target.last_login = timezone.now()  # has signed in before: a real account
    target.save()
    token, _ = api_token_create(user=users["editor"], name="CMS")
    invited = user_create(username="invited", email="i@example.org", role=Role.VIEWER)
    link = invitation_send(actor=users["admin"], user=invited)
    lock = SignInThrottle.objects.create(
        scope="account",
        key="someone",
        failures=10,
        first_failure_at=timezone.now(),
        last_failure_at=timezone.now(),
        locked_until=timezone.now() + dt.timedelta(minutes=5),
    )
    key = link.rstrip("/").rsplit("/", 1)[-1]
    claim = make_claim()
    evidence = Evidence.objects.create(
        claim=claim, url="https://example.org/e", title="E", added_by=users["editor"]
    )
    saved_view = SavedView.objects.create(user=users["editor"], name="Mine", query="status=new")
    batch = IngestBatch.objects.create(created_by=users["editor"])
    return World(users, target, claim, token, key, lock, evidence, saved_view, batch)


def _answer(client: Client, rule: Rule, url: str, world: World) -> int | str:
    response = getattr(client, rule.method)(url, rule.data(world))
    if response.status_code != 302:
        return int(response.status_code)
    return LOGIN if response["Location"].startswith(reverse("accounts:login")) else REDIRECT


def _client(role: str, world: World) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(world.users[role])
    return client


@pytest.mark.parametrize("name", REQUESTED)
def test_permission_matrix(name: str, world: World) -> None:
    entry = RULES.get(name) or _pattern_rule(name)
    assert entry is not None, f"no rule for {name}"
    rule = entry if isinstance(entry, Rule) else Rule(entry)
    url = reverse(name, kwargs=rule.kwargs(world))
    answers = {role: _answer(_client(role, world), rule, url, world) for role in ROLES}
    assert answers == {role: _shown(rule.expect[role], answers[role]) for role in ROLES}


def _shown(expected: Answer | frozenset[Answer], actual: Answer) -> Answer | frozenset[Answer]:
    """The actual answer when it is one of several allowed; else what was expected."""
    if isinstance(expected, frozenset) and actual in expected:
        return actual
    return expected
