"""No publication date where the page states none: the date field of a meeting's record, as a council's
information system lists its sessions, is the meeting's day. Each text is written for the test, on a topic of its
own (a village council's session on a new school roof)."""

from __future__ import annotations

from conftest import published_of

RECORD = "Datum: 09.03.2022\nStatus: Abgeschlossen\nSitzungsort: Rathaus Felddorf, Großer Saal\nGremium: Gemeinderat\n{last}\n"


def test_the_date_field_of_a_meeting_record_dates_no_page(tmp_path) -> None:
    text = RECORD.format(last="Öffentliche Sitzung, 18:30 Uhr bis 20:15 Uhr")
    assert published_of(tmp_path, text)[0] is None


def test_a_record_that_names_no_meeting_keeps_its_date(tmp_path) -> None:
    text = RECORD.format(last="Beginn 18:30 Uhr")
    assert published_of(tmp_path, text)[0] == "2022-03-09"


def test_a_lone_dated_field_under_a_meeting_heading_keeps_its_date(tmp_path) -> None:
    text = (
        "Bericht aus der Gemeinderatssitzung: neues Dach für die Grundschule\n\nDatum: 10.03.2022\n\n"
        "Der Gemeinderat hat am Mittwoch beschlossen, das Dach der Grundschule im Sommer zu erneuern. Die Arbeiten"
        " sollen in den Ferien beginnen.\n"
    )
    assert published_of(tmp_path, text)[0] == "2022-03-10"
