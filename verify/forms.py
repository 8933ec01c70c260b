from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings

from verify.models import Claim, Evidence, Source, Verdict
from verify.selectors import QueueFilters
from verify.textio import UnreadableText, text_from_file


class ArticleIngestForm(forms.Form):
    text = forms.CharField(
        label="Article text", required=False, strip=False, widget=forms.Textarea(attrs={"rows": 14})
    )
    file = forms.FileField(
        label="…or a file (.txt, .md, .html)",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.md,.html,.htm"}),
    )
    title = forms.CharField(max_length=500, required=False)
    url = forms.URLField(label="URL", max_length=2000, required=False, assume_scheme="https")
    outlet = forms.CharField(max_length=200, required=False)
    published_on = forms.DateField(
        label="Published on", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        upload = data.get("file")
        if upload and data.get("text", "").strip():
            raise forms.ValidationError("Paste the text or choose a file, not both.")
        if upload:
            data["title_from_file"], data["text"] = self._read(upload)
        elif not data.get("text", "").strip():
            raise forms.ValidationError("Paste the article's text or choose a file.")
        return data

    def _read(self, upload: Any) -> tuple[str, str]:
        limit = settings.VERIFY_MAX_ARTICLE_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                f"{upload.name} is {upload.size:,} bytes; the limit is {limit:,} bytes."
            )
        try:
            return text_from_file(upload.name, upload.read(), upload.charset)
        except UnreadableText as error:
            raise forms.ValidationError(f"{upload.name}: {error}") from None


# --- review ----------------------------------------------------------------------------------

ASSIGNEE_HELP = "mine, unassigned, or a user id"


class QueueFilterForm(forms.Form):
    """The queue's filters: every field optional, all of them in the URL."""

    q = forms.CharField(label="Search text", required=False, max_length=200)
    status = forms.MultipleChoiceField(
        choices=Claim.Status.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    kind = forms.ChoiceField(choices=[("", "Any kind"), *Claim.Kind.choices], required=False)
    verdict = forms.IntegerField(required=False, min_value=1)
    source = forms.IntegerField(required=False, min_value=1)
    article = forms.IntegerField(required=False, min_value=1)
    outlet = forms.CharField(required=False, max_length=200)
    assignee = forms.RegexField(regex=r"^(mine|unassigned|[0-9]+)?$", required=False)
    flag = forms.CharField(required=False, max_length=100)
    score_min = forms.FloatField(label="Score from", required=False, min_value=0, max_value=1)
    score_max = forms.FloatField(label="Score to", required=False, min_value=0, max_value=1)
    date_from = forms.DateField(
        label="From", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label="To", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sort = forms.ChoiceField(
        choices=[("score", "Check-worthiness"), ("-date", "Newest"), ("date", "Oldest"),
                 ("status", "Status")],
        required=False,
    )  # fmt: skip

    def filters(self) -> QueueFilters:
        """The valid filters (an invalid one is dropped, not fatal: a bookmark keeps working)."""
        data = self.cleaned_data if self.is_valid() else self._valid_part()
        return QueueFilters(
            statuses=tuple(data.get("status") or ()),
            kind=data.get("kind") or "",
            verdict=data.get("verdict"),
            source=data.get("source"),
            article=data.get("article"),
            outlet=data.get("outlet") or "",
            assignee=data.get("assignee") or "",
            flag=data.get("flag") or "",
            score_min=data.get("score_min"),
            score_max=data.get("score_max"),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            q=data.get("q") or "",
            sort=data.get("sort") or "score",
        )

    def _valid_part(self) -> dict[str, Any]:
        return {k: v for k, v in self.cleaned_data.items() if k not in self.errors}


class VersionedForm(forms.Form):
    """Every form that changes an item carries the version it was built from."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class SourceForm(VersionedForm):
    name = forms.CharField(
        label="Source",
        required=False,
        max_length=300,
        widget=forms.TextInput(attrs={"list": "source-options", "autocomplete": "off"}),
        help_text="A known name or alias; leave empty to remove the attribution.",
    )
    create = forms.BooleanField(label="Create it as a new source", required=False)
    kind = forms.ChoiceField(choices=Source.Kind.choices, required=False)
    role_title = forms.CharField(label="Role or title", required=False, max_length=300)


class SpanForm(VersionedForm):
    kind = forms.ChoiceField(choices=Claim.Kind.choices)
    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=1)


class ItemCreateForm(forms.Form):
    kind = forms.ChoiceField(choices=Claim.Kind.choices)
    start = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class EvidenceForm(VersionedForm):
    url = forms.URLField(label="URL", max_length=2000, assume_scheme="https")
    title = forms.CharField(max_length=500)
    publisher = forms.CharField(max_length=200, required=False)
    excerpt = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    stance = forms.ChoiceField(choices=Evidence.Stance.choices, initial=Evidence.Stance.CONTEXT)


class CommentForm(forms.Form):
    body = forms.CharField(label="Comment", widget=forms.Textarea(attrs={"rows": 3}))


class ProposeForm(VersionedForm):
    verdict = forms.ModelChoiceField(queryset=Verdict.objects.filter(is_active=True))
    conclusion = forms.CharField(
        max_length=2000, widget=forms.Textarea(attrs={"rows": 3}), help_text="One or two sentences."
    )


class NoteForm(VersionedForm):
    """Send back (a comment), reopen (a correction note) or dismiss (a reason)."""

    note = forms.CharField(max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class BulkForm(forms.Form):
    ACTIONS = [
        ("assign", "Assign to…"),
        ("unassign", "Unassign"),
        ("dismiss", "Dismiss…"),
        ("reset", "Set back to new"),
    ]
    action = forms.ChoiceField(choices=ACTIONS)
    items = forms.TypedMultipleChoiceField(coerce=int, choices=[])
    assignee = forms.IntegerField(required=False)
    reason = forms.CharField(required=False, max_length=300)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The rows come from the page; the services check each one.
        values = self.data.getlist("items") if hasattr(self.data, "getlist") else []
        self.fields["items"].choices = [(v, v) for v in values]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("action") == "dismiss" and not data.get("reason", "").strip():
            self.add_error("reason", "Give a reason for dismissing.")
        if data.get("action") == "assign" and not data.get("assignee"):
            self.add_error("assignee", "Choose who to assign to.")
        return data


class SavedViewForm(forms.Form):
    name = forms.CharField(max_length=100)
    query = forms.CharField(max_length=2000, required=False)
