"""A German notice stamps its own title with the day after "vom" and the hour after "um" ("Information des
Krisenstabs an die Bevölkerung vom 3. März 2021 um 9:30"): that day is the page's publication date, where the title
opens on a release's word and its issuer's article follows; never where the title names what it is about ("… über
den Unfall vom …", "… zum Hochwasser vom …": the topic's day and hour), nor a headline with no release's word,
nor a title without the hour. Texts written for the test (a harbour's crisis staff)."""

from __future__ import annotations

from pathlib import Path

from conftest import published_of


def _published(tmp_path: Path, name: str, text: str) -> tuple[str | None, str]:
    (tmp_path / name).mkdir()
    return published_of(tmp_path / name, text)


BODY = "\n\nDie Warnhinweise für den Hafen bleiben bestehen. Die Lage bleibt bis Freitag angespannt.\n"


def test_a_notice_title_with_its_day_and_hour(tmp_path: Path) -> None:
    title = "Information des Krisenstabs an die Bevölkerung vom 3. März 2021 um 9:30"
    assert _published(tmp_path, "a", title + BODY) == ("2021-03-03", "header")
    title = "Mitteilung der Hafenverwaltung vom 3. März 2021 um 9.30 Uhr"
    assert _published(tmp_path, "b", title + BODY) == ("2021-03-03", "header")


def test_no_notice_date_where_the_title_names_a_topic_or_no_hour(tmp_path: Path) -> None:
    title = "Mitteilung der Polizei über den Unfall vom 3. März 2021 um 9:30"
    assert _published(tmp_path, "a", title + BODY)[0] is None
    title = "Information zum Hochwasser vom 3. März 2021 um 9:30"
    assert _published(tmp_path, "b", title + BODY)[0] is None
    title = "Hafen ändert die Regeln vom 3. März 2021 um 9:30"
    assert _published(tmp_path, "c", title + BODY)[0] is None
    title = "Information des Krisenstabs zur Verordnung vom 3. März 2021"
    assert _published(tmp_path, "d", title + BODY)[0] is None
