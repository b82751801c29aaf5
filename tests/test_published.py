"""The publication date a page states, as news sites lay out their headers (issue 14: layouts of pages on
topics the rules were not tuned on). Every header here is written for the tests, on a topic of its own (a
fisheries agreement signed in Lomé); the accuracy on real pages is measured by `make eval`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEDE, build_project, make_project, published_of, read_json

# a Chinese source line whose fields are parted by spaces
SOURCE_LINE = "国际新闻\n渔业协定在洛美签署\n字号+作者: 来源:某某社 2024-03-04 10:05 评论(发表) 收藏本文\n\n"
# the site's clock above the masthead, then the article's line with the site's address
CLOCK_AND_ADDRESS = "主办:某某通讯社\n2025年2月18日 星期二\n渔业协定在洛美签署\nhttp://www.example.com   2024-03-04 08:45\n\n"
# an encyclopedia's infobox, its tagline in the genitive
WIKI_UK = "Рибальська угода (2024)\nМатеріал з Вікіпедії — вільної енциклопедії.\nДата: з 4 березня 2024\n\n"
WIKI_RU = "Рыболовное соглашение\nМатериал из Википедии — свободной энциклопедии\nДата: 4 марта 2024\n\n"

CAPTIONED = (
    "Firmado en Lomé el acuerdo de pesca\n\nUn pescador descarga las cajas de su barca en el muelle del viejo puerto de Lomé.\n"
    "Un pescador descarga las cajas de su barca en el muelle del viejo puerto de Lomé. ANA PÉREZ | AGENCIA\n\n4 mar 2024 .\n\n"
)


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # a dotted numeric date is day first in every language, and the first published date beats the update
        ("Fisheries deal signed in Lomé\n09:12 04.03.2024 (Updated: 18:40 06.03.2024)\n\n", "en", ("2024-03-04", "header")),
        ("Fisheries deal signed in Lomé\nUpdated: 06.03.2024\n\n", "en", ("2024-03-06", "updated-line")),
        # a label, then an ordinal with a comma before the month
        ("اتفاق الصيد في لومي\nتاريخ النشر: 4th, March 2024 GMT\n\n", "ar", ("2024-03-04", "header")),
        # a place glued to its numeric date by a dash; a range's dash is no place's ("8 mai-1er juin 2024")
        ("اتفاق الصيد في لومي\nلومي-04-03-2024\n\n", "ar", ("2024-03-04", "header")),
        ("Sommet de Lomé\n8 mai-1er juin 2024\n\n", "fr", (None, "not-stated")),
        # an archive's label and the time in German ("Uhr")
        ("Nachrichtenarchiv - 04.03.2024 10:00 Uhr Aktuelle Nachrichten\n\n", "de", ("2024-03-04", "header")),
        # a time and date glued to the first sentence, in a script with no capitals
        ("اتفاق الصيد في لومي\n\n10:05 - 4 مارس 2024", "ar", ("2024-03-04", "header")),
        # a weekday and date glued to both the headline and the text
        ("Firmato a Lomé l'accordo sulla pescalunedì 4 marzo 2024", "it", ("2024-03-04", "header")),
        # datelines: a place with its country in parentheses, places after slashes, the agencies after the date
        ("Lomé (Togo), 4 mar. (Agenzia/AP) – ", "it", ("--03-04", "dateline")),
        ("Lomé/Ciudad de Panamá/Madrid, 4 de marzo (Agencia/AP/EP).– ", "es", ("--03-04", "dateline")),
        ("On the eve of the vote, 4 March 2024 (local time) – ", "en", (None, "not-stated")),
        (SOURCE_LINE, "zh", ("2024-03-04", "header")),
        # under a lede, the agency's dateline opening the second paragraph; a date a sentence reports is none
        (LEDE["es"] + "\nLomé/Ciudad de Panamá, 4 de marzo (Agencia/AP).– ", "es", ("--03-04", "dateline")),
        (LEDE["ar"] + "\nيسري الاتفاق الجديد من 4 مارس 2024 (بعد التوقيع) ", "ar", (None, "not-stated")),
        # a Chinese source line; the site's clock above the masthead and the article's own line below
        (CLOCK_AND_ADDRESS, "zh", ("2024-03-04", "header")),
        # a site's stamp above the headline: in numbers or with the month abbreviated
        ("4 mar 2024\nFirmado en Lomé el acuerdo de pesca\n\n", "es", ("2024-03-04", "header")),
        ("04.03.2024\nFirmado en Lomé el acuerdo de pesca\n\n", "es", ("2024-03-04", "header")),
        # below an image's alt text and its caption with the credit, which repeats it: no text yet
        (CAPTIONED, "es", ("2024-03-04", "header")),
        # not the page's date: an encyclopedia's infobox, a Chinese sentence opening with the date it reports
        (WIKI_UK, "uk", (None, "not-stated")),
        (WIKI_RU, "ru", (None, "not-stated")),
        ("2024年3月4日政府宣布了新的渔业法令。", "zh", (None, "not-stated")),
    ],
)
def test_the_publication_date_of_a_header_as_sites_lay_it_out(
    tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]
) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated


def test_the_date_before_an_updated_label_is_published_and_quoted(tmp_path: Path) -> None:
    text = "Fisheries deal signed in Lomé\n09:12 04.03.2024 (Updated: 18:40 06.03.2024)\n\n" + LEDE["en"]
    root = make_project(tmp_path, {"deal.txt": text})
    site = build_project(root, tmp_path / "site")
    (briefing,) = read_json(site, "api/briefings.json")
    assert (briefing["published"], briefing["published_basis"]) == ("2024-03-04", "header")
    page = (site / "briefings" / briefing["id"] / "index.html").read_text(encoding="utf-8")
    assert "read from the page&#39;s date line: <q>09:12 04.03.2024 (Updated: 18:40 06.03.2024)</q>" in page


# Layouts of issue 14's second held-out set, each on a header written for the test.
CHINESE_BYLINE = "渔业协定在洛美签署\n\n某某通讯社记者张三李四 2024-03-04 10:05:36\n\n"
CHINESE_AGENCY_TITLE = "渔业协定在洛美签署\n渔业协定在洛美签署 - 某某通讯社, 1920, 04.03.2024\n\n"
INFOBOX = "= Accord de pêche de Lomé =\n\nInfobox\n- Date: 2024-03-04\n- Lieu: Lomé\n\n"


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # a dashed numeric date is day first, as in every CLDR locale that writes one with the year last; a
        # slashed one is read in the language's order (en_US writes "M/d/yy")
        ("Fisheries deal signed in Lomé\n\n04-03-2024", "en", ("2024-03-04", "header")),
        ("Fisheries deal signed in Lomé\n\n04/03/2024", "en", ("2024-04-03", "header")),
        # a date that a full stop and a dash close opens the text: a dateline with no place
        ("4 de marzo de 2024.- ", "es", ("2024-03-04", "dateline")),
        ("4 de marzo de 2024 - ", "es", (None, "not-stated")),
        # a Chinese line under the headline: a name, then the date and time, its fields parted by spaces or
        # Latin commas
        (CHINESE_BYLINE, "zh", ("2024-03-04", "header")),
        (CHINESE_AGENCY_TITLE, "zh", ("2024-03-04", "header")),
        # a headline glued to the agency's dateline under it; the same words after a sentence are the text's
        ("Firmato a Lomé l'accordo sulla pesca Lomé, 4 mar. (Agenzia) - ", "it", ("--03-04", "dateline")),
        ("I ministri sono arrivati. Poi il vertice a Lomé, 4 mar. (Agenzia) - ", "it", (None, "not-stated")),
        # a byline with the place the author writes from, then the date
        ("Fisheries deal signed in Lomé\nBy Ama Mensah in Lomé March 4, 2024\n\n", "en", ("2024-03-04", "header")),
        # the site's clock above its address (the masthead) is not the page's date; the date under it is
        ("lundi 11 mars 2024\nexemple-info.com\n\n", "fr", (None, "not-stated")),
        ("exemple-info.com\nlundi 4 mars 2024\nAccord de pêche signé à Lomé\n\n", "fr", ("2024-03-04", "header")),
        # an encyclopedia's infobox as a scraper of its markup keeps it: the date is its subject's
        (INFOBOX, "fr", (None, "not-stated")),
    ],
)
def test_the_publication_date_of_layouts_of_the_second_held_out_set(
    tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]
) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated


def test_a_dateline_closed_by_a_full_stop_and_a_dash_is_shown_with_its_basis(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"acuerdo.txt": "4 de marzo de 2024.- " + LEDE["es"]})
    site = build_project(root, tmp_path / "site")
    (briefing,) = read_json(site, "api/briefings.json")
    assert (briefing["published"], briefing["published_basis"]) == ("2024-03-04", "dateline")
    page = (site / "briefings" / briefing["id"] / "index.html").read_text(encoding="utf-8")
    assert "read from the dateline" in page
    assert "2024-03-04" in page


# Layouts of issue 14's seventh held-out set, each on a header written for the test.
TITLE_BAR = "Accord de pêche signé à Lomé | Actualités internationales du jour | Exemple | 04.03.2024\n\n"
# an encyclopedia's old revision, its notice dating the text shown
WIKI_REVISION = (
    "Fischereiabkommen von Lomé\naus Wikipedia, der freien Enzyklopädie\nDies ist eine alte Version dieser Seite, zuletzt"
    " bearbeitet am 4. März 2024 um 10:05 Uhr durch Beispielnutzer (Diskussion | Beiträge) (Tabelle ergänzt).\n\n"
)
TEMPLATE_DATE = "Lomé fisheries agreement\nLocation Lomé, Togo\nSigned March 4, 2024 (2024-03-04)\n\n"


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # a title bar ending in the page's date; a table's row names its subject's
        (TITLE_BAR, "fr", ("2024-03-04", "header")),
        ("Accord de pêche\nSignature | 4 mars 2024 | Lomé |\n\n", "fr", (None, "not-stated")),
        # a content system's "Submitted by … on" line, the date in the language's order
        ("Fisheries deal\n\nSubmitted by editor1 on Mon, 03/04/2024 - 10:05\n", "en", ("2024-03-04", "header")),
        # an "updated" label in Persian; one in English in parentheses, its stamp as long as a sentence
        ("توافق ماهیگیری\n\nبه روز شده:  10:05 گرينويچ - دوشنبه 04 مارس 2024\n\n", "fa", ("2024-03-04", "updated-line")),
        ("توافق ماهیگیری\n(last modified Mon, 04 Mar 2024 10:05:00 GMT )\n\n", "fa", ("2024-03-04", "updated-line")),
        # a year, month and day parted by spaces; numbers that are no date are a counter
        ("اتفاق الصيد في لومي\n\n2024 03 04\n\n", "ar", ("2024-03-04", "header")),
        ("اتفاق الصيد في لومي\n\n2024 13 04\n\n", "ar", (None, "not-stated")),
        # a stamp glued between the headline and the text: a date, a dash and a time; or a date in parentheses
        ("Firmato a Lomé l'accordo sulla pesca 4 marzo 2024 - 10:05 ", "it", ("2024-03-04", "header")),
        ("I ministri sono arrivati. Poi l'accordo 4 marzo 2024 - 10:05 ", "it", (None, "not-stated")),
        ("Accordo sulla pesca: “Una notte lunga” (Di lunedì 4 marzo 2024) ", "it", ("2024-03-04", "header")),
        ("Pescadores protestaram em Lomé nesta 2ª feira (4.mar.2024). ", "pt", (None, "not-stated")),
        # an encyclopedia's page states no publication date, but its notice dates the revision shown
        (WIKI_REVISION, "de", ("2024-03-04", "updated-line")),
        (WIKI_REVISION.replace("zuletzt bearbeitet am", "gespeichert"), "de", (None, "not-stated")),
        # an infobox's date as a wiki's template prints it, its ISO form after it: the date of its subject
        (TEMPLATE_DATE, "en", (None, "not-stated")),
    ],
)
def test_the_publication_date_of_layouts_of_the_seventh_held_out_set(
    tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]
) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated


# Layouts of issue 14's eighth held-out set, each on a header written for the test.
FIELDS_ROW = "渔业协定在洛美签署\n编辑: 张三 | 时间: 2024-03-04 10:05:36 | 来源: 某某社 |\n\n"
CREDIT = "Fisheries deal signed in Lomé\n\nSource: Fisheries deal signed – The Lomé Weekly March 4, 2024\n\n"
CAPTION_UNDER_LEDE = (
    "Fisheries deal signed in Lomé\n\nNets, boats, ports. The talks lasted all night, and this is how the deal was made.\n\n"
    "The harbour of Lomé at dawn.\n\nThe harbour of Lomé at dawn. Agency/AP\n\n2024-03-04 07:27\n\n"
)
FLATTENED = "Fischereiabkommen unterzeichnet Quelle: Agentur - Länge: 01:10 - Veröffentlicht: Lomé, 04.03.24: - "


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # a row of a header's fields, each with its own label, is no table's row
        (FIELDS_ROW, "zh", ("2024-03-04", "header")),
        # a line crediting the source, its date at the end; a date inside it is the title's
        (CREDIT, "en", ("2024-03-04", "header")),
        (CREDIT.replace("Lomé Weekly March 4, 2024", "March 4, 2024 Lomé Weekly"), "en", (None, "not-stated")),
        # a header run into the text's first paragraph keeps its published field; a sentence after a label is none
        (FLATTENED, "de", ("2024-03-04", "header")),
        ("Veröffentlicht: Die Regierung hat am 04.03.2024 gebilligt. ", "de", (None, "not-stated")),
        # languages with no date-words file: their labels, and a range's dates, none the page's
        ("Acordul de pescuit de la Lomé\nPublicat de Ana Popescu, 4 martie 2024, 10:05\n\n", "ro", ("2024-03-04", "header")),
        (
            "Umowa rybacka z Lomé\n\nPoniedziałek, 4 marca 2024 (10:16)AktualizacjaPiątek, 8 marca 2024 (09:29)\n\n",
            "pl",
            ("2024-03-04", "header"),
        ),
        ("Visserijakkoord van Lomé\n\nDuur missie:\n4 maart 2024 - 8 april 2024\n\n", "nl", (None, "not-stated")),
        # the site's clock above a heading of its furniture ("More news"), before the headline, is not the page's
        ("Monday, March 11, 2024\nMore news\nFisheries deal signed in Lomé\n\n", "en", (None, "not-stated")),
        ("Monday, March 4, 2024\nFisheries deal signed in Lomé\n\n", "en", ("2024-03-04", "header")),
        ("دوشنبه ۲۱ حوت ۱۴۰۲\nاخبار بیشتر\nتوافق ماهیگیری امضا شد\n\n", "fa", (None, "not-stated")),
        # a date in figures opening the text, then a sentence: a stamp; then a photo's caption and credit: none
        ("04.03.2024 ", "ru", ("2024-03-04", "header")),
        ("04.03.2024 Рыбаки в порту Ломе Агентство/AP\n\n", "ru", (None, "not-stated")),
        # under a lede, an image's alt text and its caption repeating it are no text: the date line under them counts
        (CAPTION_UNDER_LEDE, "en", ("2024-03-04", "header")),
    ],
)
def test_the_publication_date_of_layouts_of_the_eighth_held_out_set(
    tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]
) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated


def test_a_published_field_run_into_the_first_paragraph_is_quoted_as_the_page_states_it(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"abkommen.txt": FLATTENED + LEDE["de"]})
    site = build_project(root, tmp_path / "site")
    (briefing,) = read_json(site, "api/briefings.json")
    assert (briefing["published"], briefing["published_basis"]) == ("2024-03-04", "header")
    page = (site / "briefings" / briefing["id"] / "index.html").read_text(encoding="utf-8")
    assert "<q>Veröffentlicht: Lomé, 04.03.24</q>" in page


# Layouts of issue 14's ninth held-out set, each on a header written for the test.
ICON_FIELDS = {
    "zh": "渔业协定在洛美签署\n✍ 张三 ◷ 2024-03-04 10:05:36 #渔业协定\n\n",
    "en": "Fisheries deal signed in Lomé\n✍ Ama Mensah ◷ 4 March 2024 10:05 #fisheries #Lomé\n\n",
    "fr": "Accord de pêche signé à Lomé\n🕒 04/03/2024 10:05 ✍ Jean Dupont\n\n",
}
OLD_TEXT = {
    "en": "The agreement was signed in Lomé on 4 March 2019 after a long night of talks.\n",
    "de": "Das Abkommen wurde am 4. März 2019 in Lomé nach einer langen Nacht unterzeichnet.\n",
    "zh": "2019年3月4日,政府在洛美签署了渔业协定。\n",
}
PRESS_NOTE = (
    "渔业协定在洛美签署\n\n(谈判期间,本网每日发布一篇最新情况总结。本文截稿时间为3月4日上午11时。"
    "其他报道将于3月11日恢复更新。)\n\n"
)
HEADLINE = {
    "en": "Fisheries deal signed in Lomé\n\n",
    "de": "Fischereiabkommen in Lomé unterzeichnet\n\n",
    "ru": "Соглашение о рыболовстве подписано в Ломе\n\n",
}
UPDATED = {"en": "Updated: 06.03.2024\n\n", "de": "Aktualisiert am 06.03.2024\n\n", "zh": "最后更新: 2024-03-06\n\n"}


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # an update stamp run into the text: its label (the noun too), the day and month or the whole date, a
        # time, then a dash and the sentence
        ("AGGIORNAMENTO DEL 4/3 ORE 10:05 - ", "it", ("--03-04", "updated-line")),
        ("ACTUALIZACIÓN 04.03.2024 10:05 - ", "es", ("2024-03-04", "updated-line")),
        ("Обновление 04.03.2024 10:05 — ", "ru", ("2024-03-04", "updated-line")),
        ("Update 4 March, 10:05 — ", "en", ("--03-04", "updated-line")),
        # a label opening a sentence, with no dash after its date, is the sentence's
        ("Aggiornamento del piano: il 4 marzo ", "it", (None, "not-stated")),
        # a dateline the loader took for the headline, holding nothing else; a headline going on after its date
        ("Москва. 4 марта. INTERFAX.RU\n", "ru", ("--03-04", "dateline")),
        ("LOMÉ, March 4 (Agency)\n", "en", ("--03-04", "dateline")),
        ("Lomé, 4 mars (AFP)\n", "fr", ("--03-04", "dateline")),
        ("Lomé, 4 March – a year on\n", "en", (None, "not-stated")),
        # a Chinese agency's header in brackets, "news" after its date, simplified and traditional
        ("渔业协定在洛美签署\n\n【某某网2024年3月4日讯】", "zh", ("2024-03-04", "dateline")),
        ("漁業協定在洛美簽署\n\n【某某網2024年3月4日訊】", "zh", ("2024-03-04", "dateline")),
        ("渔业协定在洛美签署\n\n【独家】2024年3月4日", "zh", (None, "not-stated")),
        # a header line's fields after icons (a pen for the author, a clock for the date), its tags at the end
        (ICON_FIELDS["zh"], "zh", ("2024-03-04", "header")),
        (ICON_FIELDS["en"], "en", ("2024-03-04", "header")),
        (ICON_FIELDS["fr"], "fr", ("2024-03-04", "header")),
        # a live page's stamp, a time and a whole date, closing the first paragraph with no full stop
        (HEADLINE["en"] + LEDE["en"].strip() + " Live Lomé 7:15 4 March 2024\n\n", "en", ("2024-03-04", "header")),
        (HEADLINE["de"] + LEDE["de"].strip() + " Live-Ticker 04.03.2024, 07:15\n\n", "de", ("2024-03-04", "header")),
        (HEADLINE["ru"] + LEDE["ru"].strip() + " Онлайн Ломе 7:15 4 марта 2024\n\n", "ru", ("2024-03-04", "header")),
        (HEADLINE["en"] + LEDE["en"].strip() + " They met at 7:15 on 4 March 2024.\n\n", "en", (None, "not-stated")),
        # an editor's note saying when the text went to press, the date right after its words
        (PRESS_NOTE, "zh", ("--03-04", "header")),
        ("Redaktionsschluss: 4. März 2024.\n\n", "de", ("2024-03-04", "header")),
        ("Press time: March 4, 2024, 10:00.\n\n", "en", ("2024-03-04", "header")),
        ("At press time the ministers had met twice since 4 March 2024.\n\n", "en", (None, "not-stated")),
    ],
)
def test_the_publication_date_of_layouts_of_the_ninth_held_out_set(
    tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]
) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated


@pytest.mark.parametrize("language", ["en", "de", "zh"])
def test_an_update_stamp_years_after_every_date_of_the_text_is_no_publication_date(tmp_path: Path, language: str) -> None:
    # the only date stated, an update five years after the text's: an older text revised, its publication unknown
    assert published_of(tmp_path, UPDATED[language] + OLD_TEXT[language]) == (None, "not-stated")
    # the same stamp over a text of that time is the page's last known date
    recent = OLD_TEXT[language].replace("2019", "2024")
    (tmp_path / "recent").mkdir()
    assert published_of(tmp_path / "recent", UPDATED[language] + recent) == ("2024-03-06", "updated-line")


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # a whole date alone above the headline, not as the language's long format writes it: the site's template
        ("4 março 2024\n\nAcordo de pesca assinado em Lomé\n\n", "pt", ("2024-03-04", "header")),
        ("三月 4, 2024\n\n洛美签署渔业协定\n\n", "zh", ("2024-03-04", "header")),
        ("4 marzo 2024\n\nFirmado en Lomé el acuerdo de pesca\n\n", "es", ("2024-03-04", "header")),
        # written as that format writes it, it heads what the page is about, as a chronicle's date does
        ("4 de março de 2024\n\nAcordo de pesca assinado em Lomé\n\n", "pt", (None, "not-stated")),
        ("4 mars 2024\n\nL'accord de pêche signé à Lomé\n\n", "fr", (None, "not-stated")),
        ("4 de marzo de 2024\n\nFirmado en Lomé el acuerdo de pesca\n\n", "es", (None, "not-stated")),
        # in the format of any region of the language, less the word for year it closes with
        ("4 March 2024\n\nFisheries deal signed in Lomé\n\n", "en", (None, "not-stated")),
        ("March 4, 2024\n\nFisheries deal signed in Lomé\n\n", "en", (None, "not-stated")),
        ("4 марта 2024\n\nСоглашение о рыболовстве подписано в Ломе\n\n", "ru", (None, "not-stated")),
    ],
)
def test_a_date_above_the_headline_in_a_sites_template_is_the_publication_date(
    tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]
) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated
