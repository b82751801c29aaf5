"""Titles and event lines a reader sees first, on scraped pages in any language: a site's buttons and skip links
are no headline, a dateline or a list mark does not open a title, Chinese is cut by characters, a date is cut out
of an event's line only where a comma sets it apart, and a lede said twice is one event. Made-up pages, built."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_project, make_project, read_json

PAGES = {
    "skip-link.txt": "Jump to content\n\nNord Stream pipelines sabotage\n\n"
    "On 26 September 2022, a series of underwater explosions damaged three of the four pipes.\n",
    "ru-widget.txt": "Найти в Дзене\nВесь Искитим\n\nЛукашенко уговорил Пригожина остановить колонну\n\n"
    "Весь день 24 июня шли переговоры между Александром Лукашенко и Евгением Пригожиным.\n",
    "ru-share.txt": "Поделиться Пригожин выложил видео из Ростова, куда вошли бойцы\n\n"
    "Власти подтвердили 24 июня, что в стране произошел вооруженный мятеж и введен режим.\n",
    "pl-crumbs.txt": "Radio Wschód » Wiadomości » Kraj » Rocznica powodzi nad Odrą\n\n"
    "Rocznica powodzi nad Odrą\n\nWoda przerwała wały 12 lipca 1997 roku w kilku miejscach naraz.\n",
    "fr-quotes.txt": "« Nous tiendrons » et « nous paierons » : le maire répond aux sinistrés\n\n"
    "Le conseil municipal s'est réuni le 4 mars 2021 pour voter l'aide aux familles.\n",
    "fr-share.txt": "Partager sur Facebook\n\nLa réforme des retraites adoptée sans vote\n\n"
    "Le gouvernement a engagé sa responsabilité le 16 mars 2023 sur le texte des retraites.\n",
    "de-dateline.txt": "BERLIN/KARLSRUHE (dpa-AFX) - Nach dem mutmaßlichen Anschlag auf die Gasleitungen hofft die "
    "Ministerin auf eine baldige Anklage gegen die Täter, sagte sie am 10. Oktober 2023 in Berlin.\n",
    "it-bullet.txt": "- I gasdotti sono stati danneggiati nelle prime ore del 26 settembre 2022, secondo le autorità "
    "danesi che hanno condotto le indagini.\n",
    "zh-long.txt": "当地时间2023年6月24日,俄罗斯罗斯托夫,瓦格纳集团的成员准备离开南部军区总部,返回他们的基地,"
    "当地居民在街头围观。\n",
    "ru-lede-twice.txt": "26 сентября 2022 года взрывами были повреждены газопроводы «Северный поток — 1» и «Северный "
    "поток — 2» в Балтийском море.\n\n26 сентября 2022 года взрывами были повреждены газопроводы «Северный поток — "
    "1» и «Северный поток — 2» в Балтийском море, сообщили датские власти.\n",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("titles")
    return build_project(make_project(tmp, PAGES), tmp / "site", strict=False)


def by_file(site: Path) -> dict[str, dict]:
    briefings = read_json(site, "api/briefings.json")
    return {Path(b["source"]).name: b for b in briefings}


def events_of(site: Path, briefing: dict) -> list[dict]:
    return [e for e in read_json(site, "api/events.json") if e["briefing"] == briefing["id"]]


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("skip-link.txt", "Nord Stream pipelines sabotage"),
        ("ru-widget.txt", "Лукашенко уговорил Пригожина остановить колонну"),
        ("ru-share.txt", "Пригожин выложил видео из Ростова, куда вошли бойцы"),
        ("fr-share.txt", "La réforme des retraites adoptée sans vote"),
        ("pl-crumbs.txt", "Rocznica powodzi nad Odrą"),  # a trail of sections above it, in any language
        ("fr-quotes.txt", "« Nous tiendrons » et « nous paierons » : le maire répond aux sinistrés"),
    ],
)
def test_a_sites_buttons_and_skip_links_are_no_headline(site: Path, name: str, title: str) -> None:
    assert by_file(site)[name]["title"] == title


def test_a_dateline_with_an_agency_and_a_list_mark_open_no_title(site: Path) -> None:
    titles = {name: b["title"] for name, b in by_file(site).items()}
    assert titles["de-dateline.txt"].startswith("Nach dem mutmaßlichen Anschlag")
    assert titles["it-bullet.txt"].startswith("I gasdotti sono stati danneggiati")


def test_a_chinese_title_is_cut_by_characters_at_a_pause(site: Path) -> None:
    title = by_file(site)["zh-long.txt"]["title"]
    assert title.endswith("…") and len(title) <= 32
    assert title.startswith("当地时间2023年6月24日")


def test_a_date_inside_the_clause_stays_in_the_events_line(site: Path) -> None:
    lines = [e["summary"] for e in events_of(site, by_file(site)["ru-lede-twice.txt"])]
    assert lines and all(line.startswith("26 сентября 2022 года взрывами") for line in lines)
    (fr,) = events_of(site, by_file(site)["fr-share.txt"])
    assert fr["summary"].startswith("Le gouvernement a engagé sa responsabilité le 16 mars 2023")


def test_a_lede_said_twice_is_one_event_quoted_in_full(site: Path) -> None:
    (event,) = events_of(site, by_file(site)["ru-lede-twice.txt"])
    assert event["quote"].endswith("сообщили датские власти.")
