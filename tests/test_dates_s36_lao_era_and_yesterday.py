"""Lao marks a Gregorian year with "ຄສ" (the Christian era) beside a Buddhist one ("ພສ 2566 ຄສ 2023"), and writes
yesterday as "ມື້ວານນີ້", which ICU keeps as one word (`additions/lo.yaml`). A bare figure before a noun it counts
("2000 ຄັນ", 2000 vehicles; "2023 ກີບ") stays no date. Sentences written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_a_year_after_the_christian_era_mark_is_that_year() -> None:
    assert dates_read("ງານບຸນ ພສ 2567 ຄສ 2024 ຈະຈັດຂຶ້ນ", "lo") == [("ພສ 2567", (2024, None, None)), ("2024", (2024, None, None))]
    assert dates_read("ໂຮງຮຽນສ້າງໃນ ຄ.ສ. 1998 ແລ້ວ", "lo") == [("1998", (1998, None, None))]


def test_yesterday_written_as_one_word_is_relative() -> None:
    assert dates_read("ທ່ານກ່າວໃນກອງປະຊຸມມື້ວານນີ້ວ່າ", "lo") == [("ມື້ວານນີ້", "day-1")]


def test_a_counted_figure_is_no_date() -> None:
    assert dates_read("ພວກເຂົາມີລົດ 2000 ຄັນ", "lo") == []
    assert dates_read("ລາຄາ 2023 ກີບ", "lo") == []
