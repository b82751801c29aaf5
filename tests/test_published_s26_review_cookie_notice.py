"""A cookie notice is what a site's banner is: the site speaking of itself to the reader, with the banner's words
(accept, consent, settings, "you"), and no figure. An article's sentence that opens with the same words but
reports who said them and when is text, not furniture. Each sentence is written for the test."""

from __future__ import annotations

import pytest
from briefing.clean import furniture_reason


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to follow users across the web, Google admitted before the court in Brussels on 4 March 2024.",
        "Diese Website verwendet Cookies ohne Einwilligung, entschied das Landgericht München am 4. März 2024.",
        "We use cookies to track readers across the web, the publisher conceded in a letter to the regulator.",
        "Цей сайт використовує cookie для реклами, заявила компанія після перевірки регулятора.",
    ],
)
def test_an_article_sentence_about_cookies_is_text(line: str) -> None:
    assert furniture_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "This website uses cookies to improve your experience. Accept",
        "Nous utilisons des cookies pour améliorer votre expérience. En savoir plus",
        "Wir verwenden Cookies. Mit der Nutzung der Website stimmen Sie dem zu. Einstellungen",
        "Мы используем файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с их использованием.",
    ],
)
def test_a_sites_cookie_banner_is_furniture(line: str) -> None:
    assert furniture_reason(line) == "cookie notice"
