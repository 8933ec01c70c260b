"""Run by .ci/schemathesis.sh inside `manage.py shell` on the demo database: gives the
export something to serve (a few items published through the ORM, as the tests do) and
prints an editor's API token that may write, so POST articles/ is exercised too."""

import datetime as dt

from django.utils import timezone

from accounts.models import User
from accounts.services import api_token_create
from verify.models import Claim, Verdict

an_hour_ago = timezone.now() - dt.timedelta(hours=1)
for claim, label in zip(
    Claim.objects.order_by("id")[:3], ["Unproven", "False", "True"], strict=False
):
    claim.verdict = Verdict.objects.get(label=label)
    claim.status = Claim.Status.PUBLISHED
    claim.published_at = an_hour_ago
    claim.save()
_, key = api_token_create(user=User.objects.get(username="editor"), name="schemathesis")
print(f"TOKEN={key}")
