"""Synthetic news articles for the benchmarks: invented people, places and figures.

Each article reads like wire copy (quotes with attributions, numeric claims, background
paragraphs) and is about as long as the seed article. The generator knows where its own
quotes and claims lie, so the data generator can store them without running extraction.
Nothing here is tuned to the extractor: the ingest benchmark measures speed, not accuracy.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

FIRST = [
    "Ingrid",
    "Amara",
    "Tomasz",
    "Leila",
    "Oskar",
    "Nadia",
    "Piet",
    "Carmen",
    "Jonas",
    "Aiko",
    "Rafael",
    "Sanne",
    "Dmitri",
    "Elena",
    "Kofi",
    "Marta",
    "Henrik",
    "Yusuf",
    "Clara",
    "Mateo",
    "Freya",
    "Anil",
    "Beatriz",
    "Lars",
    "Zofia",
    "Emeka",
    "Ines",
    "Milan",
    "Hana",
    "Pavel",
    "Greta",
    "Idris",
    "Lucia",
    "Teodor",
    "Maja",
    "Samir",
    "Vera",
    "Joaquim",
    "Sigrid",
    "Ravi",
]
LAST = [
    "Solberg",
    "Okafor",
    "Novak",
    "Haddad",
    "Lindqvist",
    "Moreau",
    "Jansen",
    "Alvarez",
    "Weber",
    "Tanaka",
    "Costa",
    "Visser",
    "Petrov",
    "Rossi",
    "Mensah",
    "Kowalski",
    "Berg",
    "Demir",
    "Fischer",
    "Ortega",
    "Lund",
    "Mehta",
    "Duarte",
    "Nyberg",
    "Wojcik",
    "Eze",
    "Ramos",
    "Horvat",
    "Sato",
    "Dvorak",
    "Lang",
    "Aziz",
    "Bianchi",
    "Popescu",
    "Holm",
    "Farah",
    "Keller",
    "Silva",
    "Aho",
    "Varga",
    "Brandt",
    "Ilic",
    "Castro",
    "Moller",
    "Nakamura",
    "Quinn",
    "Rahman",
    "Schultz",
    "Toivonen",
    "Urbina",
]
ROLES = (
    "deputy mayor", "health minister", "port director", "union spokesperson", "police chief",
    "finance minister", "hospital director", "opposition leader", "chief economist",
    "transport commissioner", "school inspector", "energy minister", "council leader",
)  # fmt: skip
ORGS = (
    "the city council", "the statistics office", "the health ministry", "the port authority",
    "the central bank", "the transport agency", "the national audit office", "the police",
    "the energy regulator", "the education department", "the tax agency", "the weather service",
)  # fmt: skip
TOPICS = (
    ("the harbour bridge", "cost", "million euros"),
    ("hospital waiting lists", "grew by", "per cent"),
    ("bus ridership", "fell by", "per cent"),
    ("the new tram line", "cost", "million euros"),
    ("unemployment", "rose to", "per cent"),
    ("rents in the capital", "increased by", "per cent"),
    ("wind power output", "reached", "gigawatt hours"),
    ("the school budget", "was cut by", "million euros"),
    ("reported burglaries", "dropped by", "per cent"),
    ("grain exports", "totalled", "thousand tonnes"),
)
QUOTES = (
    "We will publish every invoice by the end of the month",
    "Nobody told us the figures had changed",
    "This is the largest investment the region has seen in a generation",
    "The numbers speak for themselves and they are not good",
    "We expect the work to be finished before the winter",
    "Families cannot wait another year for an answer",
    "The audit found no evidence of wrongdoing",
    "We were never consulted on the plan",
    "I am confident the budget will hold",
    "Every single one of those claims is false",
)
BACKGROUND = (
    "The project was first announced three years ago and has been debated ever since.",
    "Councillors are expected to vote on the matter next week.",
    "Critics have questioned the figures, saying they leave out maintenance costs.",
    "The region has faced several difficult winters in a row.",
    "A public hearing drew several hundred residents on Monday evening.",
    "Officials declined to give a date for the next review.",
    "The government has promised a full report before the summer recess.",
)
OUTLETS = ("Northern Ledger", "Harbour Times", "Valley Courier", "Capital Wire", "Coast Post")


@dataclass(slots=True)
class Item:
    kind: str  # "claim" or "quote"
    start: int
    end: int
    speaker: str
    role: str


@dataclass(slots=True)
class Generated:
    title: str
    body: str
    outlet: str
    published_on: dt.date
    items: list[Item] = field(default_factory=list)


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.items: list[Item] = []

    def add(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def item(self, kind: str, before: str, span: str, after: str, who: str, role: str) -> None:
        start = self.add(before) + len(before)
        self.add(span)
        self.add(after)
        self.items.append(Item(kind, start, start + len(span), who, role))


def article(rng: random.Random, number: int) -> Generated:
    topic, verb, unit = rng.choice(TOPICS)
    writer = _Writer()
    title = f"{topic[0].upper()}{topic[1:]} {verb} {rng.randint(2, 95)} {unit}, report says"
    writer.add(f"{title}\n")
    for paragraph in range(rng.randint(8, 12)):
        _paragraph(writer, rng, paragraph)
        writer.add("\n")
    writer.add(f"Reporting by {person(rng)}; editing by {person(rng)}. Ref {number}.\n")
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    return Generated(title, "".join(writer.parts), rng.choice(OUTLETS), day, writer.items)


def _paragraph(writer: _Writer, rng: random.Random, index: int) -> None:
    topic, verb, unit = rng.choice(TOPICS)
    who, role = person(rng), rng.choice(ROLES)
    year = rng.randint(2019, 2025)
    if index % 2 == 0:
        org = rng.choice(ORGS)
        claim = f"{topic} {verb} {rng.randint(2, 950)} {unit} in {year}"
        writer.item("claim", f"{org[0].upper()}{org[1:]} said that ", claim, ".", org, "")
    else:
        quote = rng.choice(QUOTES)
        writer.item("quote", "\u201c", quote, f",\u201d {who}, the {role}, said.", who, role)
    writer.add(" " + " ".join(rng.sample(BACKGROUND, 2)))
