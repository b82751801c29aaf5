"""A date a page's head gives a council's meeting, its minutes or its agenda is the meeting's, not the page's:
`data/publication.yaml`'s `meeting` words in many languages. Each text is written for the test, on a topic of its
own (a small town's council deciding on a new playground)."""

from __future__ import annotations

import pytest
from conftest import published_of

ENGLISH = (
    "The council voted to build the new playground by the mill stream. The state pays half of the cost. "
    "Work begins in the spring.\n"
)
TEXT = (
    "Der Rat beschloss, den neuen Spielplatz am Mühlbach zu bauen. Die Kosten trägt zur Hälfte das Land. "
    "Die Arbeiten beginnen im Frühjahr.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Stadtratssitzung vom 04.03.2024",
        "Compte rendu du conseil municipal du 04/03/2024",
        "C.R. du 04/03/2024",
        "Acta de la sesión del 4 de marzo de 2024",
        "Verbale della seduta del 4 marzo 2024",
        "04.03.2024 Tarihli Meclis Toplantısı",
        "Протокол заседания от 04.03.2024",
    ],
)
def test_the_date_of_a_meeting_heading_dates_no_page(tmp_path, line: str) -> None:
    """The meeting words are the text's own language's: each heading stands over a text in its language."""
    body = {
        "C.R.": "Le conseil a décidé de construire la nouvelle aire de jeux près du ruisseau. L'État paie la moitié.\n",
        "04.03.2024": "Meclis, dere kenarına yeni bir oyun parkı yapılmasına karar verdi. Maliyetin yarısını devlet ödüyor.\n",
        "Протокол": "Совет решил построить новую детскую площадку у ручья. Половину расходов оплатит область.\n",
    }.get(line.split()[0], TEXT)
    assert published_of(tmp_path, f"Rathaus Mühlbach\n\n{line}\n\n{body}")[0] is None


@pytest.mark.parametrize("line", ["Agenda March 4, 2024", "Minutes of the meeting of 4 March 2024"])
def test_the_date_of_an_english_meeting_heading_dates_no_page(tmp_path, line: str) -> None:
    assert published_of(tmp_path, f"Town of Millbrook\n\n{line}\n\n{ENGLISH}")[0] is None


def test_the_close_of_a_meeting_heading_split_off_it_dates_no_page(tmp_path) -> None:
    heading = "Niederschrift über die Sitzung des Stadtrates Nr. 3/2024 vom 04.03.2024"
    text = f"Amtsblatt Mühlbach\n\n{heading}\n\nvom 04.03.2024\n\n{TEXT}"
    assert published_of(tmp_path, text)[0] is None


@pytest.mark.parametrize(
    ("line", "found"),
    [("Pressemitteilung vom 05.03.2024", "2024-03-05"), ("5. März 2024", "2024-03-05")],
)
def test_the_page_s_own_stamp_under_a_meeting_heading_dates_it(tmp_path, line: str, found: str) -> None:
    text = f"Rede des Bürgermeisters in der Sitzung des Stadtrates am 5. März 2024\n\n{line}\n\n{TEXT}"
    assert published_of(tmp_path, text)[0] == found


def test_a_meeting_named_far_from_the_date_leaves_the_page_s_date(tmp_path) -> None:
    text = f"Veröffentlicht am 05.03.2024\n\nWas der Stadtrat in seiner letzten Sitzung zum Spielplatz beschlossen hat\n\n{TEXT}"
    assert published_of(tmp_path, text)[0] == "2024-03-05"
