"""A page's own stamp that the rules for a site's furniture must leave alone: a stamp beside the word "concert" that
names no concert ("in concert with", "di concerto con", a section tag, a concert's review), a record's "Datum:"
field under a headline that uses a call-out report's word, a Korean or Japanese headline giving a temperature in
"℃", a stamp line after "Video" or "Photo", a "Today:" stamp under the headline; and the Arabic "read also" heading
in the spellings sites write. Each text is written for the test (a fishing deal, a heat wave, a library's hours)."""

from __future__ import annotations

import pytest
from conftest import published_of

FISHING_EN = "The government approved the fishing deal with its neighbours after two years of talks.\n"
FISHING_DE = "Die Regierung billigt das Fischereiabkommen mit den Nachbarländern nach zwei Jahren Verhandlungen.\n"
FISHING_IT = "Il governo ha approvato l'accordo sulla pesca con i paesi vicini dopo due anni di trattative.\n"
FISHING_RU = "Правительство одобрило соглашение о рыболовстве с соседними странами после двух лет переговоров.\n"
HEAT_KO = "서울의 낮 최고기온이 35도까지 올라 올여름 들어 가장 더웠다. 기상청은 폭염경보를 내렸다.\n"
HEAT_JA = "東京都心では５日、最高気温が３８度に達し、今年一番の暑さとなった。気象庁は熱中症警戒を呼びかけた。\n"
LIBRARY_AR = "أعلنت المكتبة العامة في المدينة أنها ستفتح أبوابها مساء كل خميس حتى العاشرة ليلا.\n"
CHOIR_DE = "Der Chor der Musikschule singt Lieder aus drei Jahrhunderten, der Eintritt ist frei.\n"
FIRE_DE = "Ein Kellerbrand in einem Wohnhaus wurde von den Einsatzkräften schnell gelöscht.\n"


@pytest.mark.parametrize(
    ("head", "text"),
    [
        ("Fishing deal approved\nPublished 5 March 2024, in concert with AFP\n\n", FISHING_EN),
        ("Fishing deal approved\nPosted on March 5, 2024 in Concert news\n\n", FISHING_EN),
        ("Fishing deal approved\nMarch 5, 2024 · Concert · Music\n\n", FISHING_EN),
        ("City Herald\n\nConcert review, 5 March 2024\n\n", FISHING_EN),
        ("Fischereiabkommen gebilligt\nKultur | Konzert | 05.03.2024\n\n", FISHING_DE),
        ("Stadtanzeiger\n\nKonzert-Rezension vom 05.03.2024\n\n", FISHING_DE),
        ("Рыболовное соглашение одобрено\nКультура, концерт, 5 марта 2024\n\n", FISHING_RU),
        (
            "Ministero, di concerto con le Regioni, approva il piano pesca\nData: 05/03/2024\nAutore: Mario Rossi\n"
            "Sezione: Politica\n\n",
            FISHING_IT,
        ),
    ],
)
def test_a_stamp_beside_a_word_for_concert_naming_none_stays_the_pages(tmp_path, head: str, text: str) -> None:
    assert published_of(tmp_path, head + text)[0] == "2024-03-05"


@pytest.mark.parametrize(
    "head",
    [
        "Archiv der Kategorie Termine\n\nHerbstkonzert 18.10.2025 19.00 Stadthalle\n\n",
        "Archiv der Kategorie Termine\n\nKonzert am 18.10.2025\n\n",
    ],
)
def test_a_concerts_name_running_into_its_date_is_still_the_concerts(tmp_path, head: str) -> None:
    assert published_of(tmp_path, head + CHOIR_DE)[0] is None


@pytest.mark.parametrize(
    "title",
    ["Stadtrat: neue Einsatzart für Rettungsdienst beschlossen", "Neue Alarmierung der Feuerwehr per App beschlossen"],
)
def test_a_record_under_a_headline_with_a_call_out_word_keeps_its_date(tmp_path, title: str) -> None:
    head = f"{title}\nDatum: 05.03.2024\nAutor: Max Muster\nRubrik: Politik\n\n"
    assert published_of(tmp_path, head + FISHING_DE)[0] == "2024-03-05"


def test_a_call_out_reports_fields_still_date_the_call_out(tmp_path) -> None:
    head = "Datum: 7. Juni 2023\nAlarmzeit: 22:41 Uhr\nEinsatzart: Brand\nEinsatzort: Lindenweg\nEinsatzbericht:\n"
    assert published_of(tmp_path, head + FIRE_DE)[0] is None


@pytest.mark.parametrize(
    ("head", "text"),
    [
        ("2024년 7월 5일 10:30\n서울 낮 최고 35℃\n\n", HEAT_KO),
        ("2024년 7월 5일 10:30\n대구 낮 기온 36.5℃\n\n", HEAT_KO),
        ("2024年7月5日 10:30\n東京 最高気温 38℃\n\n", HEAT_JA),
    ],
)
def test_a_headline_giving_a_temperature_in_one_character_degrees_is_no_weather_box(tmp_path, head, text) -> None:
    assert published_of(tmp_path, head + text)[0] == "2024-07-05"


@pytest.mark.parametrize("line", ["Video - 2024-03-05 10:15:32", "Photo 2024-03-05 10:15:32", "Video: 2024-03-05 10:15"])
def test_a_stamp_line_after_video_or_photo_is_the_pages(tmp_path, line: str) -> None:
    assert published_of(tmp_path, f"Fishing deal approved\n{line}\n\n{FISHING_EN}")[0] == "2024-03-05"


@pytest.mark.parametrize("name", ["photo_2024-03-05_10-15-32", "IMG_20240305_101532", "Screenshot 2024-03-05 at 10.15.32"])
def test_a_devices_name_for_a_file_still_states_no_date(tmp_path, name: str) -> None:
    head = f"Fotos\n\n{name}\n\nFishing deal approved\n\n"
    assert published_of(tmp_path, head + FISHING_EN)[0] is None


@pytest.mark.parametrize(
    ("head", "text"),
    [
        ("Fischereiabkommen gebilligt\nHeute: 05.03.2024, 14:30 Uhr\n\n", FISHING_DE),
        ("Рыболовное соглашение одобрено\nСегодня: 5 марта 2024, 14:30\n\n", FISHING_RU),
    ],
)
def test_a_today_stamp_under_the_headline_is_the_pages(tmp_path, head: str, text: str) -> None:
    assert published_of(tmp_path, head + text)[0] == "2024-03-05"


@pytest.mark.parametrize("heading", ["اقرأ أيضًا", "اقرأ ايضا", "إقرأ أيضا"])
def test_the_dates_under_read_also_in_any_spelling_are_the_items(tmp_path, heading: str) -> None:
    head = f"{heading}\nالتاريخ: 4-6-2019\n950\nالتاريخ: 2-8-2016\n610\n|\n"
    assert published_of(tmp_path, head + LIBRARY_AR)[0] is None
