"""What the API says about the desk's data, and what it accepts."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from verify import selectors
from verify.api.schema import RATING_SCHEMA
from verify.exports import RatingBounds, rating_bounds, review_rating
from verify.models import Article, Claim, ClaimMatch, Evidence, Source, Verdict


class ArticleRefSerializer(serializers.ModelSerializer[Article]):
    class Meta:
        model = Article
        fields = ["id", "title", "url"]


class SourceSerializer(serializers.ModelSerializer[Source]):
    class Meta:
        model = Source
        fields = ["id", "name", "kind", "role_title", "wikidata_id"]


class SourceDetailSerializer(SourceSerializer):
    aliases = serializers.SerializerMethodField()

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "aliases"]

    def get_aliases(self, source: Source) -> list[str]:
        return sorted({alias.name for alias in source.aliases.all()} - {source.name})


class VerdictSerializer(serializers.ModelSerializer[Verdict]):
    """A rating of the desk's scale with its ClaimReview values (bounds from the whole scale)."""

    best_rating = serializers.SerializerMethodField()
    worst_rating = serializers.SerializerMethodField()

    class Meta:
        model = Verdict
        fields = ["id", "label", "rating_value", "best_rating", "worst_rating"]

    def _bounds(self) -> RatingBounds:
        # Views pass the bounds in once per request; a lone serializer reads them itself.
        bounds: RatingBounds | None = self.context.get("rating_bounds")
        return bounds or rating_bounds()

    def get_best_rating(self, verdict: Verdict) -> int | None:
        return self._bounds().best if verdict.rating_value is not None else None

    def get_worst_rating(self, verdict: Verdict) -> int | None:
        return self._bounds().worst if verdict.rating_value is not None else None


class RatingScaleSerializer(VerdictSerializer):
    claimreview = serializers.SerializerMethodField(
        help_text="The verdict's schema.org Rating as exported in ClaimReview."
    )

    class Meta(VerdictSerializer.Meta):
        fields = [*VerdictSerializer.Meta.fields, "definition", "position", "claimreview"]

    @extend_schema_field(RATING_SCHEMA)
    def get_claimreview(self, verdict: Verdict) -> dict[str, Any]:
        return review_rating(verdict.label, verdict.rating_value, self._bounds())


class EvidenceSerializer(serializers.ModelSerializer[Evidence]):
    class Meta:
        model = Evidence
        fields = ["id", "url", "title", "publisher", "excerpt", "stance", "added_at"]


class ClaimSerializer(serializers.ModelSerializer[Claim]):
    """An item with its anchor in the article (W3C Web Annotation style: start/end offsets in
    Unicode code points, plus the exact text with prefix and suffix).

    The verdict and conclusion are shown only once published: a draft or proposed verdict is
    the desk's work in progress, not an answer to hand to another system."""

    article = ArticleRefSerializer(read_only=True)
    source = SourceSerializer(read_only=True, allow_null=True)  # type: ignore[assignment]
    verdict = serializers.SerializerMethodField()
    conclusion = serializers.SerializerMethodField()
    evidence = EvidenceSerializer(many=True, read_only=True)
    flags = serializers.ListField(child=serializers.CharField(), read_only=True)
    ui_url = serializers.SerializerMethodField(help_text="The item's page in Verify.")
    linked_to: serializers.PrimaryKeyRelatedField[Claim] = serializers.PrimaryKeyRelatedField(
        read_only=True,
        allow_null=True,
        help_text="The checked claim this item repeats: its verdict and evidence stand for it.",
    )

    class Meta:
        model = Claim
        fields = [
            "id", "kind", "quote_kind", "article", "start", "end", "text", "prefix", "suffix",
            "source", "speaker_mention", "cue", "checkworthiness", "flags", "status",
            "verdict", "conclusion", "evidence", "linked_to", "created_at", "updated_at",
            "published_at", "ui_url",
        ]  # fmt: skip

    @extend_schema_field(VerdictSerializer(allow_null=True))
    def get_verdict(self, claim: Claim) -> dict[str, Any] | None:
        if claim.status != Claim.Status.PUBLISHED or claim.verdict is None:
            return None
        return VerdictSerializer(claim.verdict, context=self.context).data

    def get_conclusion(self, claim: Claim) -> str:
        return claim.conclusion if claim.status == Claim.Status.PUBLISHED else ""

    def get_ui_url(self, claim: Claim) -> str:
        return settings.SITE_URL + claim.get_absolute_url()


class MatchCandidateSerializer(ClaimSerializer):
    class Meta(ClaimSerializer.Meta):
        fields = ["id", "text", "article", "source", "status", "verdict", "evidence", "ui_url"]


class ClaimMatchSerializer(serializers.ModelSerializer[ClaimMatch]):
    """An earlier claim that may say the same thing, with the matcher's score in [0, 1]."""

    candidate = MatchCandidateSerializer(read_only=True)
    conflicts = serializers.ListField(child=serializers.CharField(), read_only=True)

    class Meta:
        model = ClaimMatch
        fields = ["id", "candidate", "score", "strong", "conflicts", "state"]


class ArticleItemSerializer(ClaimSerializer):
    """An item listed inside its article: the article itself is not repeated."""

    class Meta(ClaimSerializer.Meta):
        fields = [name for name in ClaimSerializer.Meta.fields if name != "article"]


class ArticleSerializer(serializers.ModelSerializer[Article]):
    items_count = serializers.IntegerField(read_only=True)
    ui_url = serializers.SerializerMethodField()

    class Meta:
        model = Article
        fields = [
            "id", "title", "url", "outlet", "published_on", "language", "content_hash",
            "created_at", "items_count", "ui_url",
        ]  # fmt: skip

    def get_ui_url(self, article: Article) -> str:
        return settings.SITE_URL + article.get_absolute_url()


class ArticleDetailSerializer(ArticleSerializer):
    items = serializers.SerializerMethodField(help_text="The article's items, in text order.")

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "items"]

    @extend_schema_field(ArticleItemSerializer(many=True))
    def get_items(self, article: Article) -> list[dict[str, Any]]:
        items = selectors.article_items(article=article).prefetch_related("evidence")
        return list(ArticleItemSerializer(items, many=True, context=self.context).data)


class ArticleIngestSerializer(serializers.Serializer[Any]):
    """An article to ingest: its text, or (when URL ingest is on) only its URL."""

    text = serializers.CharField(
        required=False, trim_whitespace=False, allow_blank=True, help_text="The article's text."
    )
    url = serializers.URLField(required=False, allow_blank=True, max_length=2000)
    title = serializers.CharField(required=False, allow_blank=True, max_length=500)
    outlet = serializers.CharField(required=False, allow_blank=True, max_length=200)
    published_on = serializers.DateField(required=False, allow_null=True)
    language = serializers.RegexField(
        r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", required=False, max_length=16
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        for name, value in attrs.items():
            if isinstance(value, str) and _has_surrogates(value):
                raise serializers.ValidationError({name: ["This is not valid Unicode text."]})
        if not attrs.get("text", "").strip() and not attrs.get("url"):
            raise serializers.ValidationError("Send the article's text, or its url.")
        return attrs


def _has_surrogates(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class ExportPageSerializer(serializers.Serializer[Any]):
    next = serializers.URLField(allow_null=True, help_text="The next page; null at the end.")
    results = ClaimSerializer(many=True)
