"""A Latin text in a language the model was not trained on, whose letters point to several of CLDR's languages alike:
Māori writes the macrons of "ā", "ē", "ī", "ō", "ū" as Tongan and Hawaiian do, and the model reads it as Kikuyu
(its "kik", CLDR's "ki", whose alphabet was not found under the model's code). Of the languages that write the
text's letters alike, the one whose CLDR names (months, states, languages) the text writes is chosen. Each text is
written for the test."""

from __future__ import annotations

from briefing.extract import detect_language

MAORI = (
    "I te ata nei, i tae atu te Pirimia ki te marae o Tūrangawaewae. I reira, i kōrero ia mō ngā take whenua, mō te "
    "reo Māori me ngā mahi hauora. Ka whakatūria he hui nui ā tērā wiki, ā, ka tae mai ngā kaumātua o ngā iwi katoa o "
    "te motu. E ai ki te Minita, he mea nui kia kōrerotia te reo i ngā kāinga, i ngā kura hoki. Ka tīmata ngā mahi "
    "hou hei te marama o Hānuere, ā, ka haere tonu ki te mutunga o te tau."
)


def test_a_maori_text_is_read_as_maori() -> None:
    assert detect_language(MAORI) == "mi"


def test_an_english_text_naming_maori_places_stays_english() -> None:
    text = (
        "The minister travelled to Tūrangawaewae this morning and spoke about land, health and the Māori language. "
        "Elders from Ngāti Porou and Tūhoe will attend a larger meeting next week, and the new programme starts in "
        "January with schools across the country."
    )
    assert detect_language(text) == "en"
