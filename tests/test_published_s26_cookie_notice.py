"""A site's cookie notice over a page's stamp ("En poursuivant votre navigation sur ce site, vous acceptez
l'utilisation de cookies…" over "05/03/2024"): furniture, not the page's first paragraph, so the stamp under it
still heads the page. Each text is written for the test, on a topic of its own (a village's new bakery)."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize(
    ("notice", "text"),
    [
        (
            "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour mesurer"
            " l'audience et vous proposer des contenus adaptés.",
            "Une nouvelle boulangerie au village\n\nLa commune a accueilli une nouvelle boulangerie sur la place.\n",
        ),
        (
            "Diese Website verwendet Cookies, um Ihnen einen optimalen Service zu bieten. Mehr dazu in unserer"
            " Datenschutzerklärung.",
            "Neue Bäckerei im Dorf\n\nAm Marktplatz hat eine neue Bäckerei eröffnet, die erste seit zehn Jahren.\n",
        ),
    ],
)
def test_a_stamp_under_a_cookie_notice_dates_the_page(tmp_path, notice: str, text: str) -> None:
    assert published_of(tmp_path, f"{notice}\n\n05.03.2024\n\n{text}")[0] == "2024-03-05"
