"""Words in capitals that name no body, in a language with no data file: a word the text also writes in lower
case, set in capitals to open it, and a time zone after a time; on made-up Malay sentences."""

from __future__ import annotations

from briefing.actors import find_actors


def detected(text: str, language: str) -> set[str]:
    return {f.name for f in find_actors(text, language) if f.detected}


def test_a_word_the_text_also_writes_in_lower_case_is_no_acronym() -> None:
    text = "HARGA minyak naik lagi semalam. Menurut menteri, harga itu akan stabil menjelang hujung bulan."
    assert "HARGA" not in detected(text, "ms")


def test_a_time_zone_after_a_time_is_no_body_but_an_acronym_alone_is() -> None:
    text = "Sidang media bermula pukul 10:30 MYT di Kuala Lumpur, kata jurucakap JKPP."
    assert detected(text, "ms") == {"JKPP"}


def test_an_organisations_international_spelling_in_its_case_forms() -> None:
    # "Hezbollah" and "Hamas" are written so in English, French, Italian and Portuguese: a Latin-script language
    # with no file writes them so too, with its endings
    text = "Menteri itu mengecam Hezbollah dan Hamas."
    assert {"Hezbollah", "Hamas"} <= {f.name for f in find_actors(text, "ms")}
    slovenian = {f.name for f in find_actors("Vlada je obsodila napade Hezbollaha in Hamasa.", "sl")}
    assert {"Hezbollah", "Hamas"} <= slovenian
