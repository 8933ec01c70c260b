from __future__ import annotations

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_throttle_counts() -> None:
    # Rates are counted in the cache; each test starts with none spent.
    cache.clear()
