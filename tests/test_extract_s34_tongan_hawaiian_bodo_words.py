"""Three languages the model was not trained on, told by their very frequent function words
(`data/detection_words.yaml` function_words): Tongan ("pea", "ngaahi", "ʻoku", "ʻikai", "kuo"), read as Sesotho,
Lingala, Swahili or Shona, also where its macrons moved the model's choice to a third language and where the page
types the glottal stop as a quotation mark ("‘oku"); Hawaiian ("ua", "kēia", "ʻaʻole", "iloko", "mamua"), read as
Sesotho or Swahili; Bodo ("आरो", "जों", "बेखौ", "नाथाय"), read as Hindi, Nepali or Marathi. The neighbours stay
themselves. Each text is written for the test (a school and its library)."""

from __future__ import annotations

import pytest
from briefing.extract import detect_language

TONGAN = (
    "Naʻe fakahoko ʻe he Potungāue Akó ha fakataha mo e ngaahi ʻapiako kotoa ʻi Nukuʻalofa ʻi Sēpitema. ʻOku ʻikai ke kei "
    "tatali ʻa e kau faiako, pea kuo nau kamata foki ʻa e ngaahi polokalama foʻou ki hono ngaahi fale ako. ʻOku "
    "mahuʻinga ʻa e ako ki he kahaʻu ʻo e fonua, pea ʻoku tau fiefia kotoa ai."
)
HAWAIIAN = (
    "Ua hālāwai nā kumu me nā mākua ma ke kula i kēia pule. ʻAʻole i pau ka hana, no laila e hoʻi hou mai lākou i "
    "kēlā mahina aku. Ua ʻōlelo ka luna, aia nō ka hale waihona puke iloko o ke kaona, mamua o ka hale pule, a "
    "mahope iho e wehe ʻia ana ia no nā keiki a pau o laila."
)
BODO = (
    "बिथाङा आरो बिनि लोगोफोर मोनसे गोदान फरायसालियाव थांदों। बेखौ नुनानै सुबुंफोरा गोजोन जादों, नाथाय बे "
    "फरायसालिनि थाखाय लाइब्रेरि नङा। मानोना सोरकारा बेखौ लानानै जों सावरायदों आरो बिथाङा होननानै बुंदों।"
)
SESOTHO = (
    "Tonakgolo o itse mmuso o tla tswela pele ho thusa dikolo tsohle tsa naha. O hlalositse hore ha a ne a bua le "
    "matichere Maseru, chelete e tla sebelisoa ho aha dilaebrari hape, empa ha ho letho le tla etsahala joale."
)
SWAHILI = (
    "Serikali imetangaza leo mpango mpya wa elimu kwa shule zote za msingi. Waziri amesema kazi hiyo itakamilika "
    "hivi karibuni, na maktaba mpya zitajengwa katika kila wilaya pamoja na madarasa zaidi kwa wanafunzi."
)
HINDI = (
    "सरकार ने आज स्कूलों के लिए नई योजना की घोषणा की। मंत्री ने कहा कि हर जिले में नया पुस्तकालय बनेगा और यह काम "
    "जल्द पूरा होगा, लेकिन इसके लिए और धन की जरूरत है।"
)
NEPALI = (
    "सरकारले आज विद्यालयका लागि नयाँ योजना घोषणा गरेको छ। मन्त्रीले हरेक जिल्लामा नयाँ पुस्तकालय बन्ने र यो काम "
    "छिट्टै पूरा हुने बताए, तर यसका लागि थप रकम चाहिन्छ।"
)


@pytest.mark.parametrize(
    ("text", "language"),
    [(TONGAN, "to"), (TONGAN.replace("ʻ", "‘"), "to"), (HAWAIIAN, "haw"), (BODO, "brx")],
)
def test_the_languages_are_told_by_their_function_words(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(("text", "language"), [(SESOTHO, "st"), (SWAHILI, "sw"), (HINDI, "hi"), (NEPALI, "ne")])
def test_the_neighbours_stay_themselves(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_few_of_the_words_in_a_neighbours_text_move_nothing() -> None:
    # a Swahili text quoting a Tongan name and one "pea" is no Tongan
    assert detect_language(SWAHILI + " Mgeni kutoka Tonga alisema pea ni tunda zuri.") == "sw"
