"""``manage.py createadmin``: the first admin of a fresh install (or another one).

The password comes from a prompt, or from the VERIFY_ADMIN_PASSWORD environment
variable with --noinput (never from the command line, which other users of the
machine can read); Django's password validators check it either way.
"""

from __future__ import annotations

import getpass
import os
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.models import User
from accounts.permissions import Role
from accounts.services import email_taken, user_create

PASSWORD_ENV = "VERIFY_ADMIN_PASSWORD"  # noqa: S105  (a variable name, not a password)


class Command(BaseCommand):
    help = "Create an admin (role 'admin') who can then invite everyone else from the web pages."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", required=True)
        parser.add_argument("--email", required=True)
        parser.add_argument(
            "--noinput", action="store_true", help=f"Read the password from ${PASSWORD_ENV}."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        username, email = options["username"], options["email"]
        if User.objects.filter(username__iexact=username).exists():
            raise CommandError(f"A user named {username!r} already exists.")
        if email_taken(email):
            raise CommandError("A user with this e-mail address already exists.")
        password = self._password(options["noinput"], User(username=username, email=email))
        try:
            user_create(username=username, email=email, role=Role.ADMIN, password=password)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(
            self.style.SUCCESS(f"Admin {username!r} created: sign in at /accounts/login/.")
        )

    def _password(self, noinput: bool, user: User) -> str:
        if noinput:
            password = os.environ.get(PASSWORD_ENV, "")
            if not password:
                raise CommandError(f"With --noinput, set the password in ${PASSWORD_ENV}.")
        else:
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                raise CommandError("The two passwords differ.")
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError("Password refused: " + " ".join(error.messages)) from None
        return password
