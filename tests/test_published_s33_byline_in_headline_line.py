"""A byline's stamp run into the headline's line by a news site's template, with a photo's caption after it ("Nýr
vegur opnaður Jón Jónsson skrifar 4. apríl 2025 09:15 Vegagerðin opnaði veginn í gær."): the label "skrifar"
(writes) after the writer's name, then the date and its clock time, date the page, and are no date of the caption
they run into. The verb in a sentence, after no name or before no time, dates nothing. Pages written for the test
(a road)."""

from __future__ import annotations

from pathlib import Path

from conftest import make_project, published_of

BODY = (
    "Nýi vegurinn styttir leiðina milli bæjanna um tuttugu kílómetra. Framkvæmdir hófust fyrir tveimur árum og "
    "gengu vel þrátt fyrir erfitt veður."
)


def test_a_byline_stamp_inside_the_headline_line_dates_the_page(tmp_path: Path) -> None:
    line = "Nýr vegur opnaður Jón Jónsson skrifar 4. apríl 2025 09:15 Vegagerðin opnaði veginn fyrir umferð."
    assert published_of(tmp_path, f"{line}\n\n{BODY}\n") == ("2025-04-04", "header")


def test_the_verb_after_no_name_dates_nothing(tmp_path: Path) -> None:
    line = "Nýr vegur opnaður en hann skrifar 4. apríl 2025 09:15 um veginn sem opnaði fyrir umferð."
    assert published_of(tmp_path, f"{line}\n\n{BODY}\n")[0] != "2025-04-04"


def test_the_verb_with_no_clock_time_dates_nothing(tmp_path: Path) -> None:
    line = "Nýr vegur opnaður Jón Jónsson skrifar um 4. apríl 2025 og veginn sem opnaði fyrir umferð í gær."
    assert published_of(tmp_path, f"{line}\n\n{BODY}\n")[0] != "2025-04-04"


def test_a_sentence_naming_a_writer_and_a_day_is_no_stamp(tmp_path: Path) -> None:
    line = "Rithöfundurinn Jón Jónsson skrifar nú bók um veginn sem opnaði 4. apríl 2025 fyrir umferð."
    assert published_of(tmp_path, f"{line}\n\n{BODY}\n")[0] != "2025-04-04"


def test_the_byline_stamp_is_no_date_of_the_caption_after_it(tmp_path: Path) -> None:
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.pipeline import Project, load_registry

    line = "Nýr vegur opnaður Jón Jónsson skrifar 4. apríl 2025 09:15 Vegagerðin opnaði veginn fyrir umferð."
    root = make_project(tmp_path, {"page.txt": f"{line}\n\n{BODY}\n"})
    registry, _ = load_registry(Project(root))
    found = extract(load_source(root / "sources/page.txt", root), registry)
    assert found.published.date == "2025-04-04"
    assert [e.date_text for e in found.events if "4. apríl" in e.date_text] == []


def test_a_label_opening_a_longer_word_or_a_zone_in_a_name_is_no_stamp(tmp_path: Path) -> None:
    # Turkish "Giriş" (entry, a stamp's label) opens "Girişim" (initiative); "İst" opens İstanbul, no zone "IST"
    line = "Yeni Yol Girişim Belgesi 4 Nisan 2025 tarihinde İstanbul’da imzalandı ve yol trafiğe açıldı bugün."
    body = "Yeni yol iki şehir arasındaki yolculuğu kısaltıyor. Çalışmalar iki yıl önce başladı ve kışın da sürdü."
    assert published_of(tmp_path, f"{line}\n\n{body}\n")[0] != "2025-04-04"
