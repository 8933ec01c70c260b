from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings

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
