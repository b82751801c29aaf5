"""Ukrainian "Кабінет Міністрів" with another state's name in the genitive after it is that state's cabinet, not
Ukraine's: only "Кабінет Міністрів України" (and "Кабмін") name the Cabinet of Ministers of Ukraine. Sentences
written for the test (a tariff decision, a resignation)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Кабінет Міністрів Молдови схвалив нові тарифи на газ.", "Moldova"),
        ("Кабінет міністрів Японії пішов у відставку після виборів.", "Japan"),
    ],
)
def test_another_states_cabinet_is_not_ukraines(text: str, state: str) -> None:
    names = [f.name for f in find_actors(text, "uk")]
    assert "Cabinet of Ministers of Ukraine" not in names
    assert state in names


def test_the_cabinet_of_ukraine_by_its_full_name() -> None:
    names = [f.name for f in find_actors("Кабінет Міністрів України схвалив нові тарифи на газ.", "uk")]
    assert "Cabinet of Ministers of Ukraine" in names
