"""The evaluation scores a weekday marked beside the day it names ("в четверг, 7 марта": the weekday marked with the
day it resolves to, the day marked year-less) as one date with the day the build read across both: the second mark
is said with the first, as a weekday marked without a value already is, not a second date to find. A weekday mark
whose value is another day, or a weekday that is no part of the date the build read, stays a date to find.
Sentences written for the test (a fisheries agreement signed in Lomé)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

HEADER = "Соглашение о рыболовстве подписано в Ломе\n\n12 марта 2024, 10:15"


def _scored(tmp_path: Path, sentence: str, dates: list[dict]) -> tuple[int, int, int]:
    from briefing import realtext

    article = {"url": "https://example.org/lome", "header": HEADER, "published": "2024-03-12", "sentences": []}
    article["sentences"] = [{"text": sentence, "dates": dates, "actors": []}]
    (tmp_path / "ru.yaml").write_text(yaml.safe_dump({"language": "ru", "articles": [article]}), encoding="utf-8")
    tally = realtext.score([tmp_path / "ru.yaml"], realtext.Report(), baseline=False).by_language["ru"]
    return tally.expected, tally.true_positive, tally.predicted


SENTENCE = "Министры подписали соглашение о рыболовстве в четверг, 7 марта, в Ломе."
DAY = {"phrase": "7 марта", "date": "--03-07"}


@pytest.mark.parametrize("weekday_value", ["2024-03-07", None])
def test_a_weekday_marked_beside_its_day_is_said_with_it(tmp_path: Path, weekday_value: str | None) -> None:
    weekday = {"phrase": "в четверг", "date": weekday_value, "relative": True}
    assert _scored(tmp_path, SENTENCE, [weekday, DAY]) == (1, 1, 1)
    assert _scored(tmp_path, SENTENCE, [DAY]) == (1, 1, 1)


def test_a_weekday_marked_with_another_day_stays_a_date_to_find(tmp_path: Path) -> None:
    weekday = {"phrase": "в четверг", "date": "2024-03-14", "relative": True}
    assert _scored(tmp_path, SENTENCE, [weekday, DAY]) == (2, 1, 1)


def test_a_weekday_apart_from_the_day_stays_a_date_to_find(tmp_path: Path) -> None:
    sentence = "Министры подписали соглашение 7 марта, а суда вышли в море в пятницу."
    weekday = {"phrase": "в пятницу", "date": "2024-03-08", "relative": True}
    assert _scored(tmp_path, sentence, [DAY, weekday])[:2] == (2, 2)
