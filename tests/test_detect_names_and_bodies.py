"""More general rules of actor detection without a topic registry, each on made-up sentences in several
languages: two bodies joined by "and", German compound bodies, given names in Arabic script, Chinese titles."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind, f.surfaces) for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "first", "second"),
    [
        ("Entre l'Assemblée nationale et le Conseil constitutionnel.", "fr", "Assemblée nationale", "Conseil constitutionnel"),
        ("La disputa entre la Corte suprema e il Consiglio nazionale continua.", "it", "Corte suprema", "Consiglio nazionale"),
        ("La pugna entre la Corte suprema y el Consejo nacional sigue.", "es", "Corte suprema", "Consejo nacional"),
    ],
)
def test_two_bodies_joined_by_and_are_two_bodies(text: str, language: str, first: str, second: str) -> None:
    found = names(text, language)
    assert found[first][0] == "organisation" and found[second][0] == "organisation"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Die Staatsanwaltschaft ermittelt seit Mai.", "Staatsanwaltschaft"),
        ("Landeskriminalamt und Grenzpolizei suchen die Täter.", "Landeskriminalamt"),
        ("Landeskriminalamt und Grenzpolizei suchen die Täter.", "Grenzpolizei"),
        ("Das Bundesamt für Strahlenschutz warnt vor Ort.", "Bundesamt für Strahlenschutz"),
        ("Der Strafgerichtshof hat geurteilt.", "Strafgerichtshof"),
        ("Der chilenische Verfassungsrat tagte.", "Verfassungsrat (Chile)"),
    ],
)
def test_a_german_word_joined_to_a_bodys_head_word_is_a_body(text: str, body: str) -> None:
    assert names(text, "de")[body][0] == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Die Sozialdemokraten sprachen von Landesverrat und einem Apparat der Angst.",
        "Er strebt das höchste Staatsamt an, sagte die Nachrichtenagentur.",
        "Ein Politikerwechsel im Parlamentspräsidium.",
    ],
)
def test_german_words_that_only_end_like_a_head_word_are_no_body(text: str) -> None:
    assert not [a for a in find_actors(text, "de") if a.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("در این دیدار مسعود کریمی و حمیدرضا نوری حضور داشتند.", "fa", "مسعود کریمی"),
        ("در این دیدار مسعود کریمی و حمیدرضا نوری حضور داشتند.", "fa", "حمیدرضا نوری"),
        ("سرگئی ایوانف امروز به تهران رسید.", "fa", "سرگئی ایوانف"),
        ("وصل فلاديمير سميرنوف إلى القاهرة أمس.", "ar", "فلاديمير سميرنوف"),
        ("التقى محسن رحيمي بالوفد في بغداد.", "ar", "محسن رحيمي"),
    ],
)
def test_a_name_opening_with_a_common_given_name_needs_no_title(text: str, language: str, person: str) -> None:
    assert names(text, language)[person][0] == "person"


def test_an_arabic_word_of_a_preposition_and_the_article_closes_no_name() -> None:
    assert "محسن رحيمي" in names("التقى محسن رحيمي بالوفد في بغداد.", "ar")


def test_a_persian_name_joined_by_a_zero_width_non_joiner_is_one_word() -> None:
    assert "بهروز نیک\u200cپور" in names("دیروز بهروز نیک\u200cپور به تهران رسید.", "fa")
