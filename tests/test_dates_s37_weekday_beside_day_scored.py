"""The real-text evaluation scores a weekday and its day as one date when the build reads them as one: some sets
mark "в пятницу, 11 февраля" or "Friday, March 15, 2019" as two dates of the same day (the weekday relative, the
day year-less or whole), while the build reads the weekday's words into the date ("a stated day beside its weekday
keeps the weekday's words"). Either half the build's date holds and states is said with it, not a second date to
find; a half it states otherwise, or words it did not read into the date, are still scored. Sentences written for
the test (a harbour's storm)."""

from __future__ import annotations

from pathlib import Path

import yaml
from briefing import realtext


def _score(tmp_path: Path, language: str, header: str, sentence: str, dates: list[dict]) -> realtext.Report:
    article = {"url": "https://example.org/a", "topic": "t", "header": header, "published": None}
    article["sentences"] = [{"text": sentence, "dates": dates}]
    path = tmp_path / f"{language}.yaml"
    path.write_text(yaml.safe_dump({"language": language, "articles": [article]}, allow_unicode=True), encoding="utf-8")
    return realtext.score([path], realtext.Report(), baseline=False)


RU_HEADER = "Шторм в порту\n11 февраля 2011, 20:31"


def test_a_weekday_and_its_day_marked_apart_are_one_date_found(tmp_path: Path) -> None:
    sentence = "В пятницу, 11 февраля, шторм разрушил причал в порту Новограда."
    dates = [
        {"phrase": "пятницу", "date": "2011-02-11", "relative": True},
        {"phrase": "11 февраля", "date": "--02-11"},
    ]
    report = _score(tmp_path, "ru", RU_HEADER, sentence, dates)
    assert report.by_language["ru"].expected == 1 and report.by_language["ru"].true_positive == 1
    assert report.missed == [] and report.extra == []


def test_a_whole_date_with_its_weekday_marked_apart(tmp_path: Path) -> None:
    sentence = "The storm wrecked the pier of Novograd harbour on Friday, March 15, 2019."
    dates = [{"phrase": "Friday", "date": "2019-03-15", "relative": True}, {"phrase": "March 15, 2019", "date": "2019-03-15"}]
    report = _score(tmp_path, "en", "Storm in the harbour", sentence, dates)
    assert report.by_language["en"].true_positive == 1 and report.missed == []


def test_a_half_stated_otherwise_is_still_missed(tmp_path: Path) -> None:
    # the annotators' weekday names another day than the build's date: it is not said with that date
    sentence = "В пятницу, 11 февраля, шторм разрушил причал в порту Новограда."
    dates = [
        {"phrase": "пятницу", "date": "2011-02-04", "relative": True},
        {"phrase": "11 февраля", "date": "--02-11"},
    ]
    report = _score(tmp_path, "ru", RU_HEADER, sentence, dates)
    assert report.by_language["ru"].expected == 2 and report.by_language["ru"].true_positive == 1
    assert report.missed == ["ru: 'пятницу' -> 2011-02-04 in: В пятницу, 11 февраля, шторм разрушил причал в порту Новограда."]


def test_a_date_beside_another_is_still_its_own(tmp_path: Path) -> None:
    # two days of one sentence, each a date of its own: the second is not inside the first's words
    sentence = "Шторм начался 10 февраля и стих 11 февраля в порту Новограда."
    dates = [{"phrase": "10 февраля", "date": "--02-10"}, {"phrase": "11 февраля", "date": "--02-11"}]
    report = _score(tmp_path, "ru", RU_HEADER, sentence, dates)
    assert report.by_language["ru"].expected == 2 and report.by_language["ru"].true_positive == 2
