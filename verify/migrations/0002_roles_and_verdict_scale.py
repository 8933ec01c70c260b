"""Roles as groups with permissions, and the desk's default verdict scale."""

from typing import Any

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEWER = [
    "verify.view_article",
    "verify.view_claim",
    "verify.view_source",
    "verify.view_sourcealias",
    "verify.view_evidence",
    "verify.view_comment",
    "verify.view_claimevent",
    "verify.view_verdict",
]
EDITOR = VIEWER + [
    "verify.add_article",
    "verify.add_claim",
    "verify.change_claim",
    "verify.add_source",
    "verify.change_source",
    "verify.add_sourcealias",
    "verify.add_evidence",
    "verify.change_evidence",
    "verify.delete_evidence",
    "verify.add_comment",
    "verify.propose_verdict",
]
REVIEWER = EDITOR + ["verify.publish_claim"]
ADMIN = REVIEWER + [
    "verify.change_article",
    "verify.delete_sourcealias",
    "verify.add_verdict",
    "verify.change_verdict",
    "verify.delete_verdict",
    "accounts.manage_users",
    "accounts.view_user",
    "accounts.add_user",
    "accounts.change_user",
    "auth.view_group",
]
ROLES = {"viewer": VIEWER, "editor": EDITOR, "reviewer": REVIEWER, "admin": ADMIN}

# (label, ClaimReview ratingValue on a 1..5 scale or None, definition)
SCALE = [
    ("True", 5, "The claim is accurate and nothing significant is missing."),
    ("Mostly true", 4, "The claim is accurate but needs clarification or additional information."),
    ("Mixed", 3, "The claim is partially accurate and leaves out or distorts important details."),
    ("Misleading", None, "Accurate facts presented so that they give a false impression."),
    ("Mostly false", 2, "The claim contains an element of truth but ignores critical facts."),
    ("False", 1, "The claim is not accurate."),
    ("Unproven", None, "The available evidence neither proves nor disproves the claim."),
]


def create_roles(apps: Any, schema_editor: Any) -> None:
    # Permissions are normally made after all migrations; roles need them now.
    for app_label in ("accounts", "verify", "auth"):
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        for dotted in perms:
            app_label, codename = dotted.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


def create_scale(apps: Any, schema_editor: Any) -> None:
    Verdict = apps.get_model("verify", "Verdict")
    for position, (label, value, definition) in enumerate(SCALE):
        Verdict.objects.get_or_create(
            label=label,
            defaults={"rating_value": value, "definition": definition, "position": position},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("verify", "0001_initial"),
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(create_scale, migrations.RunPython.noop),
    ]
