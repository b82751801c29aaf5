"""Language detection choosing a language its model lacks when the text writes that language's own date words
(CLDR's month and weekday names, dateparser's words, the project's date files), counted against the words the
model's choice knows, where the model hesitates between two neighbours. Each text is written for the test, on a
topic of its own (a town library)."""

from __future__ import annotations

import json

from briefing.datewords import DATE_WORDS, computed_date_words, date_words
from briefing.extract import detect_language

# Chichewa, which py3langid was not trained on: the model hesitates between Shona and Swahili
CHICHEWA_WEEKDAYS = (
    "Laibulale yatsopano ya m'boma la Dedza idzatsegulidwa Lolemba. Ana ambiri adabwera kudzawerenga mabuku"
    " Lachitatu. Mkulu wa laibulaleyi adati mabuku atsopano adafika Loweruka ndipo ena adzafika Lachisanu."
)
CHICHEWA_RELATIVE = (
    "Laibulale yatsopano ya m'boma la Dedza idzatsegulidwa mawa. Ana ambiri adabwera kudzawerenga mabuku lero."
    " Mkulu wa laibulaleyi adati mabuku atsopano adafika sabata yatha."
)
SWAHILI = (
    "Maktaba mpya ya mji wa Morogoro itafunguliwa kesho. Watoto wengi walikuja kusoma vitabu leo. Mkuu wa maktaba"
    " alisema vitabu vipya vilifika wiki iliyopita na vingine vitafika Jumatatu."
)
SHONA = (
    "Raibhurari itsva yeguta reMutare ichavhurwa mangwana. Vana vazhinji vauya kuzoverenga mabhuku nhasi."
    " Mukuru weraibhurari akati mabhuku matsva akasvika vhiki rapfuura uye mamwe achasvika neMuvhuro."
)
# English quoting two Chichewa weekdays: the model is sure of English, and English is kept
ENGLISH = (
    "The new library in Dedza opens on Monday; the children call the day Lolemba and the librarian, who learnt"
    " Chichewa at school, says Lachitatu will be the busiest day. Books arrived last week."
)


def test_chichewa_is_chosen_by_cldrs_weekday_names() -> None:
    assert detect_language(CHICHEWA_WEEKDAYS) == "ny"


def test_chichewa_is_chosen_by_the_words_of_its_date_file() -> None:
    """ "mawa", "lero", "sabata yatha" (tomorrow, today, last week): `data/dates/additions/ny.yaml`."""
    assert detect_language(CHICHEWA_RELATIVE) == "ny"


def test_well_detected_neighbours_and_english_stay() -> None:
    assert detect_language(SWAHILI) == "sw"
    assert detect_language(SHONA) == "sn"
    assert detect_language(ENGLISH) == "en"


def test_one_word_alone_chooses_no_language() -> None:
    """A single Chichewa word, however often written, is too little to overrule the model."""
    text = CHICHEWA_WEEKDAYS.replace("Lachitatu", "Lolemba").replace("Loweruka", "Lolemba").replace("Lachisanu", "Lolemba")
    assert detect_language(text) != "ny"


def test_date_words_join_cldr_dateparser_and_the_files() -> None:
    assert {"lolemba", "januwale"} <= date_words("ny")  # CLDR's
    assert {"mawa", "sabata", "yatha"} <= date_words("ny")  # additions/ny.yaml's
    assert {"nhasi", "mangwana"} <= date_words("sn")  # dateparser's
    assert "last" not in date_words("sn")  # dateparser's English in place of Shona's words is no Shona word


def test_the_shipped_date_words_are_what_cldr_and_dateparser_give() -> None:
    shipped = json.loads(DATE_WORDS.read_text(encoding="utf-8"))
    assert shipped == computed_date_words(), (
        f"{DATE_WORDS.name} is out of date: regenerate it as computed_date_words' docstring says"
    )
