"""Forms for background batches: many files at once, or many web addresses."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator


class _MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class _MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", _MultipleFileInput(attrs={"accept": ".txt,.md,.html,.htm"}))
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        single = super().clean
        files = data if isinstance(data, list | tuple) else [data]
        return [single(item, initial) for item in files if item]


class BatchFilesForm(forms.Form):
    uploads = _MultipleFileField(label="Files (.txt, .md, .html)")
    label = forms.CharField(label="Name of this batch", max_length=200, required=False)
    outlet = forms.CharField(max_length=200, required=False)

    def clean_uploads(self) -> list[Any]:
        files: list[Any] = self.cleaned_data["uploads"]
        if not files:
            raise ValidationError("Choose at least one file.")
        limit = settings.VERIFY_BATCH_MAX_FILES
        if len(files) > limit:
            raise ValidationError(
                f"{len(files):,} files is more than {limit:,} at once; "
                "use manage.py ingest --background for larger batches."
            )
        return files


class BatchUrlsForm(forms.Form):
    urls = forms.CharField(
        label="Web addresses, one a line",
        widget=forms.Textarea(attrs={"rows": 8, "placeholder": "https://…"}),
    )
    label = forms.CharField(label="Name of this batch", max_length=200, required=False)
    outlet = forms.CharField(
        max_length=200, required=False, help_text="Leave empty to take it from each page."
    )

    def clean_urls(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["urls"].splitlines()]
        urls = list(dict.fromkeys(line for line in lines if line))
        if len(urls) > settings.VERIFY_BATCH_MAX_FILES:
            raise ValidationError(f"At most {settings.VERIFY_BATCH_MAX_FILES:,} addresses at once.")
        check = URLValidator(schemes=["http", "https"])
        bad = []
        for url in urls:
            try:
                check(url)
            except ValidationError:
                bad.append(url)
        if bad:
            raise ValidationError(f"Not a web address (http or https): {', '.join(bad[:5])}")
        return urls
