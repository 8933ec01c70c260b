"""The overview: items by status and verdict, publications per day, the oldest
proposals waiting, open leases. Charts are SVG drawn on the server (no CDN)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from accounts.decorators import role_required
from accounts.permissions import user_can_view
from verify import selectors

BAR_WIDTH = 320  # px of the longest horizontal bar
COLUMN_HEIGHT = 100  # px of the tallest column


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    size: int  # px
    offset: int  # px along the other axis

    @property
    def top(self) -> int:
        """Where a column of this size starts, drawn upwards from the axis."""
        return COLUMN_HEIGHT - self.size

    @property
    def value_x(self) -> int:
        return self.size + 124


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    bars: list[Bar]

    @property
    def height(self) -> int:
        return 24 * len(self.bars) + 8


def bars(rows: Sequence[tuple[str, int]], *, full: int = BAR_WIDTH, step: int = 24) -> list[Bar]:
    """Bars scaled to the largest value (an empty chart draws nothing, not a division error)."""
    top = max((value for _label, value in rows), default=0) or 1
    return [
        Bar(label=label, value=value, size=round(full * value / top), offset=i * step)
        for i, (label, value) in enumerate(rows)
    ]


def _days(rows: Sequence[tuple[dt.date, int]]) -> list[Bar]:
    return bars([(day.isoformat(), n) for day, n in rows], full=COLUMN_HEIGHT, step=12)


@require_GET
@role_required(user_can_view)
def dashboard(request: HttpRequest) -> HttpResponse:
    data = selectors.dashboard_data(user=request.user)
    days = _days(data["per_day"])
    context = {
        "charts": [
            Chart("status", "Items by status", bars(data["by_status"])),
            Chart("verdict", "Items by verdict", bars(data["by_verdict"])),
            Chart("leases", "Open leases per editor", bars(data["leases"])),
        ],
        "days": days,
        "days_width": 12 * len(days),
        "column_height": COLUMN_HEIGHT,
        "waiting": data["waiting"],
    }
    return render(request, "verify/dashboard.html", context)
