"""The desk's data: articles, the items extracted from them, and their review."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse


class Article(models.Model):
    title = models.CharField(max_length=500)
    body = models.TextField(help_text="Exactly as received, after decoding and newline clean-up.")
    url = models.URLField(max_length=2000, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=16, default="en")
    content_hash = models.CharField(max_length=64, help_text="SHA-256 of the body.")
    ingested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["content_hash"], name="article_content_hash_unique"),
            models.CheckConstraint(condition=~models.Q(body=""), name="article_body_not_empty"),
        ]
        indexes = [
            models.Index(fields=["-created_at", "-id"], name="article_created_idx"),
            # The ids of one outlet's articles in order, from the index alone: the outlet
            # filter of the queue merges them with claim_status_article_idx.
            models.Index(fields=["outlet", "id"], name="article_outlet_id_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("verify:article-detail", args=[self.pk])


class SourceKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANIZATION = "organization", "Organisation"


class Source(models.Model):
    """A person or organisation items are attributed to."""

    Kind = SourceKind

    name = models.CharField(max_length=300)
    kind = models.CharField(max_length=16, choices=Kind, default=Kind.PERSON)
    role_title = models.CharField("role or title", max_length=300, blank=True)
    wikidata_id = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="source_name_unique_ci"),
            models.CheckConstraint(
                condition=models.Q(kind__in=SourceKind.values), name="source_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(wikidata_id="") | models.Q(wikidata_id__regex=r"^Q[0-9]+$"),
                name="source_wikidata_id_format",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class SourceAlias(models.Model):
    """Another way an article names a source ("Trump", "Mr. Trump")."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)
    normalized = models.CharField(max_length=300, db_index=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["source", "normalized"], name="source_alias_unique"),
        ]
        verbose_name_plural = "source aliases"

    def __str__(self) -> str:
        return self.name


class Verdict(models.Model):
    """One rating of the desk's scale, with its ClaimReview mapping."""

    label = models.CharField(max_length=100, unique=True, help_text="ClaimReview alternateName.")
    definition = models.TextField(blank=True)
    rating_value = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="ClaimReview ratingValue; empty where the verdict has none.",
    )
    position = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.label


class ClaimKind(models.TextChoices):
    CLAIM = "claim", "Claim"
    QUOTE = "quote", "Quote"


class ClaimStatus(models.TextChoices):
    NEW = "new", "New"
    IN_REVIEW = "in_review", "In review"
    PROPOSED = "proposed", "Proposed"
    PUBLISHED = "published", "Published"
    DISMISSED = "dismissed", "Dismissed"


class QuoteKind(models.TextChoices):
    DIRECT = "direct", "Direct"
    PARTIAL = "partial", "Partial"


class Claim(models.Model):
    """One item of an article: a quote or a claim, anchored by exact offsets."""

    Kind = ClaimKind
    Status = ClaimStatus
    QuoteKind = QuoteKind

    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="claims")
    kind = models.CharField(max_length=8, choices=Kind)
    quote_kind = models.CharField(max_length=8, choices=QuoteKind, blank=True)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()
    # TextQuoteSelector context, so the item can be re-anchored if the text changes.
    prefix = models.CharField(max_length=64, blank=True)
    suffix = models.CharField(max_length=64, blank=True)
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )
    speaker_mention = models.CharField(max_length=300, blank=True)
    cue = models.CharField(max_length=100, blank=True)
    checkworthiness = models.FloatField(default=0.0)
    flags = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=16, choices=Status, default=Status.NEW)
    verdict = models.ForeignKey(
        Verdict, null=True, blank=True, on_delete=models.PROTECT, related_name="claims"
    )
    conclusion = models.TextField(blank=True)
    dismissed_reason = models.CharField(max_length=300, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assigned_claims",
    )
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    proposed_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    published_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    # The checked claim this item repeats: its verdict and evidence stand for this item's too.
    linked_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="linked_items"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-checkworthiness", "id"]
        permissions = [
            ("propose_verdict", "Can propose a verdict"),
            ("publish_claim", "Can publish, send back and reopen verdicts"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(start__gte=0), name="claim_start_not_negative"
            ),
            models.CheckConstraint(
                condition=models.Q(start__lt=models.F("end")), name="claim_start_before_end"
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=ClaimKind.values), name="claim_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=ClaimStatus.values), name="claim_status_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(quote_kind__in=[*QuoteKind.values, ""]),
                name="claim_quote_kind_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(checkworthiness__gte=0, checkworthiness__lte=1),
                name="claim_checkworthiness_range",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(verdict__isnull=False),
                name="claim_published_has_verdict",
            ),
            models.CheckConstraint(
                condition=models.Q(version__gte=1), name="claim_version_positive"
            ),
            models.UniqueConstraint(
                fields=["article", "kind", "start", "end"], name="claim_unique_span_per_kind"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-checkworthiness", "id"], name="claim_queue_idx"),
            # The article id last (after the unique id, so the order is the same): a page
            # filtered by outlet reads the claims in score order from the index alone.
            models.Index(fields=["-checkworthiness", "id", "article"], name="claim_score_idx"),
            models.Index(fields=["-created_at", "-id"], name="claim_created_idx"),
            models.Index(fields=["published_at", "id"], name="claim_published_idx"),
            # The export's pages, in order: on the index above the planner misjudged how
            # many rows are published and sorted all the rest of the export on every page.
            models.Index(
                fields=["published_at", "id"],
                condition=models.Q(status="published", verdict__isnull=False),
                name="claim_export_idx",
            ),
            models.Index(fields=["updated_at"], name="claim_updated_idx"),
            models.Index(fields=["kind", "status"], name="claim_kind_status_idx"),
            models.Index(fields=["assignee", "status"], name="claim_assignee_idx"),
            # The per-status counts under an outlet filter: one status's claims in article
            # order, merged with article_outlet_id_idx (both index-only, no join per claim).
            models.Index(fields=["status", "article"], name="claim_status_article_idx"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("verify:claim-detail", args=[self.pk])

    @property
    def is_quote(self) -> bool:
        return self.kind == self.Kind.QUOTE


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    REFUTES = "refutes", "Refutes"
    CONTEXT = "context", "Context"


class Evidence(models.Model):
    Stance = Stance

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="evidence")
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=500)
    publisher = models.CharField(max_length=200, blank=True)
    excerpt = models.TextField(blank=True)
    stance = models.CharField(max_length=16, choices=Stance, default=Stance.CONTEXT)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["added_at", "id"]
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(stance__in=Stance.values), name="evidence_stance_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(url__istartswith="http://")
                | models.Q(url__istartswith="https://"),
                name="evidence_url_http",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class Comment(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(body=""), name="comment_body_not_empty"),
        ]

    def __str__(self) -> str:
        return self.body[:80]


class ClaimEvent(models.Model):
    """Append-only history of an item: who changed what, from what, to what.

    The database refuses UPDATE and DELETE on this table (see migration 0003).
    """

    class Action(models.TextChoices):
        EXTRACTED = "extracted", "Extracted"
        CREATED = "created", "Created"
        EDITED = "edited", "Edited"
        ASSIGNED = "assigned", "Assigned"
        UNASSIGNED = "unassigned", "Unassigned"
        EVIDENCE_ADDED = "evidence_added", "Evidence added"
        EVIDENCE_CHANGED = "evidence_changed", "Evidence changed"
        EVIDENCE_REMOVED = "evidence_removed", "Evidence removed"
        COMMENTED = "commented", "Commented"
        PROPOSED = "proposed", "Verdict proposed"
        PUBLISHED = "published", "Published"
        SENT_BACK = "sent_back", "Sent back"
        REOPENED = "reopened", "Reopened"
        DISMISSED = "dismissed", "Dismissed"
        RESET = "reset", "Set back to new"
        LINKED = "linked", "Linked to a checked claim"

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=32, choices=Action)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["claim", "created_at"], name="claimevent_claim_idx")]

    def __str__(self) -> str:
        return f"{self.get_action_display()} #{self.claim_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("ClaimEvent is append-only: it cannot be changed once written.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ValueError("ClaimEvent is append-only: it cannot be deleted.")


class SavedView(models.Model):
    """An editor's named queue filter: the query string of a queue URL."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_views"
    )
    name = models.CharField(max_length=100)
    query = models.CharField(max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "name"], name="savedview_unique_name_per_user"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        query = f"?{self.query}" if self.query else ""
        return reverse("verify:claim-list") + query


# --- scale: background ingest ---


class BatchKind(models.TextChoices):
    FILES = "files", "Files"
    URLS = "urls", "Web addresses"
    API = "api", "API"


class BatchItemStatus(models.TextChoices):
    WAITING = "waiting", "Waiting"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class IngestBatch(models.Model):
    """Many articles ingested in the background, one task per item."""

    Kind = BatchKind

    kind = models.CharField(max_length=8, choices=Kind, default=Kind.FILES)
    label = models.CharField(max_length=200, blank=True)
    outlet = models.CharField(max_length=200, blank=True, help_text="Recorded for every item.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "ingest batches"

    def __str__(self) -> str:
        return self.label or f"Batch {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("verify:batch-detail", args=[self.pk])


class IngestBatchItem(models.Model):
    """One file or address of a batch, with what became of it."""

    Status = BatchItemStatus

    batch = models.ForeignKey(IngestBatch, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=2000, help_text="File name or web address.")
    # The text travels in the database so a worker on any machine can ingest it;
    # it is emptied once the article is stored.
    text = models.TextField(blank=True)
    title = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    status = models.CharField(max_length=8, choices=Status, default=Status.WAITING)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(
        blank=True, help_text="Why the item failed, for the person who sent it."
    )
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_article = models.BooleanField(default=False)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["batch", "position"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "position"], name="batchitem_position_unique"),
            models.CheckConstraint(
                condition=models.Q(status__in=BatchItemStatus.values), name="batchitem_status_valid"
            ),
            models.CheckConstraint(
                condition=~models.Q(status="failed") | ~models.Q(error=""),
                name="batchitem_failure_has_reason",
            ),
        ]
        indexes = [
            models.Index(fields=["batch", "status"], name="batchitem_status_idx"),
            models.Index(
                fields=["started_at"],
                name="batchitem_running_idx",
                condition=models.Q(status="running"),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class MatchState(models.TextChoices):
    SUGGESTED = "suggested", "Suggested"
    LINKED = "linked", "Linked"
    DISMISSED = "dismissed", "Dismissed"


class ClaimMatch(models.Model):
    """An earlier claim that may say the same thing as ``claim``, with the matcher's score."""

    State = MatchState

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="matches")
    candidate = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    strong = models.BooleanField(default=False)
    # why the texts may differ despite shared words ("numbers differ", "one is negated")
    conflicts = models.JSONField(default=list, blank=True)
    state = models.CharField(max_length=16, choices=State, default=State.SUGGESTED)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score", "id"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "candidate"], name="claimmatch_unique_pair"),
            models.CheckConstraint(
                condition=~models.Q(claim=models.F("candidate")), name="claimmatch_not_self"
            ),
            models.CheckConstraint(
                condition=models.Q(score__gte=0, score__lte=1), name="claimmatch_score_range"
            ),
            models.CheckConstraint(
                condition=models.Q(state__in=MatchState.values), name="claimmatch_state_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["claim", "state", "-score"], name="claimmatch_claim_idx"),
            models.Index(fields=["state", "strong"], name="claimmatch_strong_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.claim_id} ~ #{self.candidate_id} ({self.score:.2f})"
