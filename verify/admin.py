"""Django admin: for staff repairs, not the desk's daily workflow."""

from __future__ import annotations

from django.contrib import admin

from verify.models import (
    Article,
    Claim,
    ClaimEvent,
    Comment,
    Evidence,
    Source,
    SourceAlias,
    Verdict,
)


class SourceAliasInline(admin.TabularInline[SourceAlias, Source]):
    model = SourceAlias
    extra = 0


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin[Source]):
    list_display = ["name", "kind", "role_title", "wikidata_id"]
    list_filter = ["kind"]
    search_fields = ["name", "aliases__name"]
    inlines = [SourceAliasInline]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin[Article]):
    list_display = ["title", "outlet", "published_on", "created_at"]
    search_fields = ["title", "url", "outlet"]
    readonly_fields = ["content_hash", "created_at", "ingested_by"]
    list_filter = ["language"]


@admin.register(Verdict)
class VerdictAdmin(admin.ModelAdmin[Verdict]):
    list_display = ["label", "rating_value", "position", "is_active"]
    list_editable = ["position", "is_active"]


class EvidenceInline(admin.TabularInline[Evidence, Claim]):
    model = Evidence
    extra = 0
    raw_id_fields = ["added_by"]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin[Claim]):
    list_display = ["id", "kind", "short_text", "source", "status", "verdict", "checkworthiness"]
    list_filter = ["kind", "status", "verdict"]
    search_fields = ["text", "speaker_mention"]
    raw_id_fields = ["article", "source", "assignee", "proposed_by", "published_by"]
    readonly_fields = ["version", "created_at", "updated_at"]
    inlines = [EvidenceInline]

    @admin.display(description="text")
    def short_text(self, obj: Claim) -> str:
        return obj.text[:80]


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin[Comment]):
    list_display = ["claim", "author", "created_at"]
    raw_id_fields = ["claim", "author"]


@admin.register(ClaimEvent)
class ClaimEventAdmin(admin.ModelAdmin[ClaimEvent]):
    """Read-only: the history is append-only."""

    list_display = ["claim", "action", "actor", "created_at"]
    list_filter = ["action"]

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_add_permission(self, request: object) -> bool:
        return False
