"""A forum post's stamp as vBulletin prints it by default, after the alt text of the post's icon ("Old", "New"):
the date dashed with its month first and a 12-hour clock ("Old 03-04-2004, 03:06 AM" is 4 March), where a dashed
date is otherwise read day first. Without the icon's word or the 12-hour clock the date keeps the day-first
reading. Pages written for the test (a gardening forum)."""

from __future__ import annotations

import pytest
from conftest import opening_date

POST = "View Single Post\n{stamp}\nGardener42's Avatar\nGardener42 Offline\nJoin Date: Feb 2004\nPosts: 1,203"


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("Old 03-04-2004, 03:06 AM", "2004-03-04"),
        ("New 11-12-2008, 11:30 PM   #1", "2008-11-12"),
    ],
)
def test_a_forum_post_stamp_is_read_month_first(tmp_path, stamp: str, date: str) -> None:
    assert opening_date(tmp_path, POST.format(stamp=stamp)) == date


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("03-04-2004, 03:06", "2004-04-03"),  # no icon's word, a 24-hour clock: day first
        ("Old 03-04-2004, 15:06", "2004-04-03"),  # a 24-hour clock
    ],
)
def test_other_dashed_stamps_stay_day_first(tmp_path, stamp: str, date: str) -> None:
    assert opening_date(tmp_path, POST.format(stamp=stamp)) == date


def test_an_impossible_month_first_date_is_not_forced(tmp_path) -> None:
    assert opening_date(tmp_path, POST.format(stamp="Old 25-04-2004, 03:06 AM")) == "2004-04-25"
