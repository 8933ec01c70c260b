"""``manage.py demo``: a ready-to-try Verify with a user for every role."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from accounts.permissions import Role
from accounts.services import user_create, user_set_role

FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "demo_users.json"
SEEDS = Path(settings.BASE_DIR) / "seeds"


class Command(BaseCommand):
    help = "Migrate, create the demo users (known passwords: DEBUG only) and ingest seeds/."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.VERIFY_ALLOW_DEMO:
            raise CommandError(
                "Refusing to create demo users with published passwords while DEBUG is off."
            )
        call_command("migrate", verbosity=0, interactive=False)
        users = json.loads(FIXTURE.read_text(encoding="utf-8"))
        for entry in users:
            self._user(entry)
        call_command("ingest", str(SEEDS), no_progress=True, stdout=self.stdout)
        self.stdout.write("\nDemo users (user / password / role):")
        for entry in users:
            self.stdout.write(f"  {entry['username']:<10} {entry['password']:<18} {entry['role']}")

    def _user(self, entry: dict[str, str]) -> None:
        role = Role(entry["role"])
        user = User.objects.filter(username=entry["username"]).first()
        if user is None:
            fields = {
                k: entry[k] for k in ("username", "email", "password", "first_name", "last_name")
            }
            user_create(role=role, **fields)
        else:
            user.set_password(entry["password"])
            user.is_active = True
            user.save()
            user_set_role(user=user, role=role)
