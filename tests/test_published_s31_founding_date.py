"""A masthead's founding date is no page's: a diary site's "2005年4月1日開設" (opened) or a paper's "2001年創刊" above
the headline says when the site or periodical began. A day's own date line still dates the page. Each opening is
written for the test and read as the build reads a page's first lines alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.published_header import is_founding_date
from conftest import opening_date


def test_a_sites_founding_date_over_its_diary_is_not_the_pages(tmp_path: Path) -> None:
    header = "山の観察日記\n\n2005年4月1日開設\nCopyright(C)山田花子\n\n目次へ戻る"
    assert opening_date(tmp_path, header) is None


@pytest.mark.parametrize(
    ("line", "founding"),
    [
        ("2005年4月1日開設", True),
        ("2001年創刊", True),
        ("2010년 창간", True),
        ("2019年4月1日(月)", False),
        ("創刊号 2019年4月1日", False),
    ],
)
def test_a_date_ending_with_a_founding_word_is_a_founding_date(line: str, founding: bool) -> None:
    assert is_founding_date(line) is founding
