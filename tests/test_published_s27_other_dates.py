"""Dates in a page's head that are not its publication: the hours an event lasted ("von 08:10 bis 09:02"), the day a
forum member joined or last came ("注册时间" over "2011-3-4"), the deadline of a call; and labels of a site's own
stamp ("Postado em:", "发表于"). Each text is written for the test, on a topic of its own (a cellar fire, a new
riverside path, a community garden, a call for volunteers, a book fair)."""

from __future__ import annotations

import pytest
from conftest import published_of

CELLAR_DE = "Ein Nachbar meldete Rauch aus einem Kellerfenster, die Feuerwehr löschte den Brand in wenigen Minuten.\n"
GARDEN_EN = "The new community garden on Elm Street opened to the public with thirty raised beds.\n"
VOLUNTEERS_EN = "The town library is looking for volunteers to sort the books donated this spring.\n"
PATH_ZH = "市里沿河修建的新步道今天正式开放,全长三公里,沿途设有十个休息点。\n"


@pytest.mark.parametrize(
    "head",
    [
        "Einsatzberichte\n\nKellerbrand\n\nMontag, 14.03.2022 von 08:10 bis 09:02\n",
        "Interventions\n\nFeu de cave\n\nMardi 5 avril 2022 de 9h00 à 11h30\n",
        "Call-outs\n\nCellar fire\n\nMonday, 14 March 2022 from 08:10 to 09:02\n",
    ],
)
def test_a_date_with_the_hours_an_event_lasted_is_no_stamp(tmp_path, head: str) -> None:
    text = CELLAR_DE if "Kellerbrand" in head else GARDEN_EN
    assert published_of(tmp_path, head + text)[0] is None


def test_a_date_with_one_time_stays_the_pages_stamp(tmp_path) -> None:
    text = "Einsatzberichte\n\nKellerbrand\n\nMontag, 14.03.2022 08:10\n" + CELLAR_DE
    assert published_of(tmp_path, text)[0] == "2022-03-14"


def test_a_forum_members_join_and_last_visit_dates_give_way_to_the_posts_stamp(tmp_path) -> None:
    panel = "积分\n120\n注册时间\n2011-3-4\n最后登录\n2020-8-9\n"
    head = "找回密码\n\n[原创] 城市公园的新步道\n\n" + panel + "发表于 2015-6-7 10:20:30\n\n"
    assert published_of(tmp_path, head + PATH_ZH)[0] == "2015-06-07"


@pytest.mark.parametrize(
    ("head", "text"),
    [
        ("Community garden opens\n\nMember since\nMarch 3, 2012\n\n", GARDEN_EN),
        ("Community garden opens\n\nJoined: March 3, 2012\n\n", GARDEN_EN),
        ("Call for volunteers\n\nApplication deadline\n15 September 2023\n\n", VOLUNTEERS_EN),
        ("Call for volunteers\n\nDeadline: 15 September 2023\n\n", VOLUNTEERS_EN),
    ],
)
def test_a_date_under_a_label_of_another_date_is_not_the_pages(tmp_path, head: str, text: str) -> None:
    assert published_of(tmp_path, head + text)[0] is None


@pytest.mark.parametrize(
    ("head", "text"),
    [
        ("Community garden opens\n\nMarch 3, 2012\n\n", GARDEN_EN),
        ("Call for volunteers\n\nPosted: 15 September 2023\n\n", VOLUNTEERS_EN),
    ],
)
def test_the_same_dates_without_such_a_label_date_the_page(tmp_path, head: str, text: str) -> None:
    assert published_of(tmp_path, head + text)[0] is not None


def test_a_portuguese_posted_label_dates_the_page_over_an_earlier_date_line(tmp_path) -> None:
    head = "Feira do livro abre no sábado\n\n10/05/2021\nPostado em: 14/05/2021\n\n"
    text = "A feira do livro da cidade abre no sábado com quarenta expositores.\n"
    assert published_of(tmp_path, head + text)[0] == "2021-05-14"
