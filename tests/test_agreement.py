"""How many independent sources agree, across languages: made-up reports in several languages of one happening,
and different happenings on the same day, through the real build (the chronology JSON export and its HTML)."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from briefing.kinds import kinds_of
from conftest import build_project, make_project, read_json

# One sentence a language, each reporting its kind as real articles write it (inflected, abbreviated, unspaced).
KIND_SENTENCES = [
    ("en", "A series of underwater blasts damaged the pipelines.", "explosion"),
    ("fr", "Des explosions ont endommagé les gazoducs.", "explosion"),
    ("es", "Las explosiones dañaron los gasoductos.", "explosion"),
    ("de", "Am Montag wurden Explosionen registriert.", "explosion"),
    ("it", "Il sabotaggio dei gasdotti è avvenuto di notte.", "explosion"),
    ("pt", "As explosões danificaram os gasodutos.", "explosion"),
    ("ru", "Газопроводы были повреждены взрывами.", "explosion"),
    ("uk", "Слідство розслідує підрив газопроводів.", "explosion"),
    ("tr", "Boru hatlarındaki patlamalar doğrulandı.", "explosion"),
    ("ar", "وقعت انفجارات في خطي الأنابيب.", "explosion"),
    ("fa", "انفجارهایی در خطوط لوله رخ داد.", "explosion"),
    ("zh", "两条天然气管道发生爆炸。", "explosion"),
    ("ru", "Вечером в авиакатастрофе погиб владелец компании.", "crash"),
    ("zh", "他在飛機失事中喪生。", "crash"),
    ("de", "Die Meuterei der Söldner begann am Freitag.", "mutiny"),
    ("pt", "Ele liderou um motim contra Moscou.", "mutiny"),
    ("uk", "Польські поліцейські затримали інструктора.", "arrest"),
    ("es", "El líder acusó al ejército de atacar a sus tropas.", "attack"),
]


@pytest.mark.parametrize(("language", "sentence", "kind"), KIND_SENTENCES)
def test_a_kind_of_happening_is_read_in_every_covered_language(language: str, sentence: str, kind: str) -> None:
    assert kind in kinds_of(sentence), language


def test_a_stem_needs_its_letters_and_a_word_is_not_found_inside_another() -> None:
    assert kinds_of("The explosive debate went on.") == frozenset()  # "explosion*" is not "explosive"
    assert kinds_of("He signed up for the seminar.") == {"agreement"}
    assert kinds_of("Sie diskutierten über Wahlkampfthemen.") == frozenset()  # "wahl" is a whole word


def source(title: str, published: str, language: str, body: str, publisher: str) -> str:
    meta = f"title: {title}\npublished: {published}\nlanguage: {language}\npublisher: {publisher}"
    return f"---\n{meta}\n---\n{body}\n"


SOURCES = {
    # the same explosions in five languages, one without a year; none names an actor
    "en.md": source(
        "Pipelines hit",
        "2022-09-27",
        "en",
        "On 26 September 2022, explosions damaged two gas pipelines under the Baltic Sea.",
        "Baltic Wire",
    ),
    "de.md": source(
        "Leitungen",
        "2022-09-27",
        "de",
        "Am 26. September 2022 wurden zwei Gasleitungen in der Ostsee durch Explosionen beschädigt.",
        "Ostsee-Blatt",
    ),
    "ru.md": source(
        "Газопроводы",
        "2022-09-28",
        "ru",
        "26 сентября 2022 года взрывами были повреждены два газопровода на дне Балтийского моря.",
        "Вестник",
    ),
    "zh.md": source("管道爆炸", "2022-09-28", "zh", "2022年9月26日,波罗的海海底的两条天然气管道发生爆炸。", "海峡日报"),
    "fr.md": source(
        "Gazoducs", "null", "fr", "Le 26 septembre, des explosions ont endommagé deux gazoducs en mer Baltique.", "Le Courrier"
    ),
    # the same day and kind, elsewhere: another explosion, and two meetings of different parties
    "kw.md": source("Refinery", "2022-09-27", "en", "On 26 September 2022, an explosion hit a refinery in Kuwait.", "Gulf Wire"),
    "qa.md": source("Talks", "2022-09-27", "en", "On 26 September 2022, Qatar and Bahrain held talks in Doha.", "Doha Daily"),
    "om.md": source(
        "Reunión", "2022-09-27", "es", "El 26 de septiembre de 2022, Kuwait y Omán celebraron una reunión en Mascate.", "Diario"
    ),
    # one agreement, two dates: a real contradiction
    "c1.md": source(
        "Accord", "2021-04-01", "fr", "Le Qatar et le Koweït ont signé un accord de défense le 5 mars 2021.", "Le Journal"
    ),
    "c2.md": source(
        "Acuerdo", "2021-04-01", "es", "Catar y Kuwait firmaron un acuerdo de defensa el 6 de marzo de 2021.", "El Diario"
    ),
    # a happening no source dates with a year, in two languages
    "m1.md": source("Mutinerie", "null", "fr", "Le 23 juin, une mutinerie a éclaté dans la garnison.", "Le Courrier du Nord"),
    "m2.md": source("Motín", "null", "es", "El 23 de junio estalló un motín en la guarnición.", "La Voz"),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("agreement")
    return build_project(make_project(tmp, SOURCES), tmp / "site")


def entries_of(site: Path, name: str) -> list[dict]:
    return [e for e in read_json(site, "api/chronology.json") if f"sources/{name}" in e["sources"]]


def article(site: Path, entry: dict) -> lxml.html.HtmlElement:
    (found,) = lxml.html.fromstring((site / "chronology/index.html").read_bytes()).xpath(f'//article[@id="{entry["id"]}"]')
    return found


def test_one_happening_in_five_languages_is_one_entry_of_five_independent_sources(site: Path) -> None:
    (entry,) = entries_of(site, "en.md")
    assert sorted(entry["sources"]) == [f"sources/{n}" for n in ("de.md", "en.md", "fr.md", "ru.md", "zh.md")]
    assert entry["date"] == "2022-09-26" and entry["kinds"] == ["explosion"] and entry["conflicts"] == []
    assert entry["corroboration"] == 5
    assert "5 independent sources" in article(site, entry).text_content()


def test_different_happenings_on_the_same_day_stay_apart(site: Path) -> None:
    (refinery,) = entries_of(site, "kw.md")
    (talks,) = entries_of(site, "qa.md")
    (meeting,) = entries_of(site, "om.md")
    assert refinery["sources"] == ["sources/kw.md"] and refinery["corroboration"] == 1  # names Kuwait, the others none
    assert talks["sources"] == ["sources/qa.md"] and meeting["sources"] == ["sources/om.md"]  # other parties
    assert "single source" in article(site, talks).text_content().lower()


def test_one_agreement_at_two_dates_is_a_conflict_across_languages(site: Path) -> None:
    (entry,) = entries_of(site, "c1.md")
    assert entry["sources"] == ["sources/c1.md", "sources/c2.md"]
    (conflict,) = entry["conflicts"]
    # a day apart, as one moment is dated on both sides of midnight (days further apart are two happenings)
    assert conflict["dates"] == {"2021-03-05": [entry["briefings"][0]], "2021-03-06": [entry["briefings"][1]]}
    listed = [li.text_content().split(":")[0] for li in article(site, entry).xpath('.//div[contains(@class, "conflict")]//li')]
    assert listed == ["5 March 2021", "6 March 2021"]
    # no other entry is a conflict: the same day elsewhere, or a day without a year, contradicts nothing
    assert [e["id"] for e in read_json(site, "api/chronology.json") if e["conflicts"]] == [entry["id"]]


def test_a_happening_no_source_dates_with_a_year_is_still_corroborated(site: Path) -> None:
    (entry,) = entries_of(site, "m1.md")
    assert entry["sources"] == ["sources/m1.md", "sources/m2.md"] and entry["corroboration"] == 2
    assert entry["date"] == "--06-23" and entry["precision"] == "month-day"  # ISO 8601 without a year
