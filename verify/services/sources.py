"""Finding or creating the Source each extracted name refers to."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.db import transaction
from django.db.models.functions import Lower

from verify.extraction import Entity
from verify.models import Source, SourceAlias

_HONORIFIC = re.compile(
    r"^(?:the|mr|mrs|ms|dr|prof|sen|rep|gov|president|former|u\.s\.)\.?\s+", re.IGNORECASE
)


def normalize_name(name: str) -> str:
    """The form names are compared in: lower case, single spaces, no leading
    article or honorific ("Mr. Trump" and "trump" compare equal)."""
    value = " ".join(name.replace("\u2019", "'").split()).lower()
    previous = None
    while previous != value:
        previous, value = value, _HONORIFIC.sub("", value)
    return value


def _is_alias_of(alias: str, name: str) -> bool:
    """Aliases kept on a Source are shortened forms of its name ("Trump" for
    "Donald Trump"), never descriptions ("the Russian leader"), which mean
    someone else in another article."""
    alias_words = normalize_name(alias).split()
    return bool(alias_words) and set(alias_words) <= set(normalize_name(name).split())


def sources_find_or_create(
    *, names: Iterable[str], entities: Iterable[Entity]
) -> dict[str, Source]:
    """Map each name to an existing Source (by name or alias) or a new one, inside the
    caller's transaction (ingest's, which stores the article: no savepoint of its own).

    A handful of statements however many names: ingest calls this once an article."""
    by_name = {entity.name: entity for entity in entities}
    wanted = {name: normalize_name(name) for name in names if name and normalize_name(name)}
    if not wanted:
        return {}
    found: dict[str, Source] = {}
    aliases = SourceAlias.objects.filter(normalized__in=set(wanted.values()))
    for alias in aliases.select_related("source").order_by("id"):
        found.setdefault(alias.normalized, alias.source)
    missing = {key: name for name, key in wanted.items() if key not in found}
    if missing:
        found |= _sources_bulk_create(missing, by_name)
    return {name: found[key] for name, key in wanted.items()}


def _source_get(name: str) -> Source:
    # Where Python's and the database's lower case disagree (rare non-ASCII names).
    return Source.objects.filter(name__iexact=name[:300]).first() or Source.objects.create(
        name=name[:300]
    )


def _sources_bulk_create(missing: dict[str, str], by_name: dict[str, Entity]) -> dict[str, Source]:
    """Create the sources not known yet (by normalised name → name as written), with aliases."""
    Source.objects.bulk_create(
        [
            Source(name=name[:300], kind=by_name[name].kind if name in by_name else "person")
            for name in missing.values()
        ],
        ignore_conflicts=True,  # a source of that name may exist without an alias row
    )
    lowered = {name[:300].lower() for name in missing.values()}
    by_lower = {
        source.name.lower(): source
        for source in Source.objects.annotate(lname=Lower("name")).filter(lname__in=lowered)
    }
    created = {
        key: by_lower.get(name[:300].lower()) or _source_get(name) for key, name in missing.items()
    }
    rows = []
    for key, name in missing.items():
        entity = by_name.get(name)
        names = {key: name}
        for alias in entity.aliases if entity else ():
            if _is_alias_of(alias, name):
                names.setdefault(normalize_name(alias), alias)
        rows += [
            SourceAlias(source=created[key], name=a[:300], normalized=n[:300])
            for n, a in names.items()
            if n
        ]
    SourceAlias.objects.bulk_create(rows, ignore_conflicts=True)
    return created


@transaction.atomic
def source_create(
    *, name: str, kind: str = Source.Kind.PERSON, role_title: str = "", aliases: Iterable[str] = ()
) -> Source:
    """A Source and its aliases, its own name among them, so lookups need one table."""
    source, _ = Source.objects.get_or_create(
        name__iexact=name, defaults={"name": name[:300], "kind": kind, "role_title": role_title}
    )
    names = {normalize_name(name): name}
    for alias in aliases:
        names.setdefault(normalize_name(alias), alias)
    SourceAlias.objects.bulk_create(
        [
            SourceAlias(source=source, name=a[:300], normalized=n[:300])
            for n, a in names.items()
            if n
        ],
        ignore_conflicts=True,
    )
    return source
