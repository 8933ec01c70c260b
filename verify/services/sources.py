"""Finding or creating the Source each extracted name refers to."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.db import transaction

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


@transaction.atomic
def sources_for_entities(*, names: Iterable[str], entities: Iterable[Entity]) -> dict[str, Source]:
    """Map each name to an existing Source (by name or alias) or a new one."""
    by_name = {entity.name: entity for entity in entities}
    wanted = {name: normalize_name(name) for name in names if name and normalize_name(name)}
    if not wanted:
        return {}
    found: dict[str, Source] = {}
    aliases = SourceAlias.objects.filter(normalized__in=set(wanted.values()))
    for alias in aliases.select_related("source").order_by("id"):
        found.setdefault(alias.normalized, alias.source)
    result: dict[str, Source] = {}
    for name, key in wanted.items():
        source = found.get(key) or _source_create(name=name, entity=by_name.get(name))
        found[key] = result[name] = source
    return result


def _source_create(*, name: str, entity: Entity | None) -> Source:
    kind = entity.kind if entity else Source.Kind.PERSON
    aliases = [alias for alias in entity.aliases if _is_alias_of(alias, name)] if entity else []
    return source_create(name=name, kind=kind, aliases=aliases)


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
