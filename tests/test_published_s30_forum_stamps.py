"""A forum's furniture dates no post: the board's clock of the moment the page was viewed ("It is currently Mon
Mar 03, 2025 9:12 am", "Nous sommes actuellement le …") and a member's join date in the languages whose forums print it
as a label over the date ("Εγγραφή", "Ngày gia nhập"). A post's own stamp under them still dates the page, and so does
a post's "Escrito por <name>, <date>", as "Publicado por" does, over a wire item's stamp it quotes. Each opening is
written for the test (a club's FAQ, a members' thread) and read as the build reads a page's first lines alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import opening_date


@pytest.mark.parametrize(
    "header",
    [
        "Club Forum\n\nIt is currently Mon Mar 03, 2025 9:12 am\n\nAll times are UTC\n\nFrequently Asked Questions",
        "Forum du club\nNous sommes actuellement le Lun Mar 03, 2025 9:12 am\n\nLe fuseau horaire est UTC+1 heure",
        "Φόρουμ\n\n    Εγγραφή\n    12.04.2016\n    Αναρτ.\n    40",
        "Diễn đàn\n\n    Ngày gia nhập\n    03 2016\n    Bài viết\n    12",
    ],
)
def test_a_boards_clock_and_a_members_join_date_are_not_the_pages(tmp_path: Path, header: str) -> None:
    assert opening_date(tmp_path, header) is None


def test_a_posts_stamp_under_the_boards_clock_still_dates_the_page(tmp_path: Path) -> None:
    header = "Club Forum\nIt is currently Mon Mar 03, 2025 9:12 am\n\nPosted: Sat Feb 08, 2025 6:40 pm"
    assert opening_date(tmp_path, header) == "2025-02-08"


def test_escrito_por_dates_the_post_over_a_quoted_wire_stamp(tmp_path: Path) -> None:
    post = "Escrito por Lucía el 4 de marzo de 2025"
    header = f"Foro del club\n\n{post}\n\nMadrid, 3 mar 2025 (Agencia)"
    assert opening_date(tmp_path, header) == "2025-03-04"


def test_escrito_por_in_a_sentence_is_no_stamp(tmp_path: Path) -> None:
    header = "Foro del club\n\nUn libro escrito por Lucía en 1998 vuelve a la biblioteca del barrio."
    assert opening_date(tmp_path, header) is None
