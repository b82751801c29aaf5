"""Actors: surnames of the Russian form ("-ов", "-ев", "-ova") are a person's only in the languages of the former
Soviet Union that name their people so, ending the word or followed by one of the language's case endings; not a
place in the genitive before one, nor a name beside a word for a district, street or airport, nor a pair opening a
sentence that follows one ended inside a quotation; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    """The people found, as the text writes them."""
    return [s for f in find_actors(text, language) if f.kind == "person" for s in f.surfaces]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        # "-ов" inside a longer word, or followed by no case ending: a council, Europe, a house, a voice
        ("Бүген Татарстан Дәүләт Советы утырышында бюджет каралды.", "tt", "Дәүләт Советы"),
        ("Кичә Татарстан Югары Советы депутатлары җыелды.", "tt", "Югары Советы"),
        ("Iqtisodchilar Sharqiy Yevropa bozorlarida narxlar oshganini aytdi.", "uz", "Sharqiy Yevropa"),
        ("Эксперттер Чыгыш Европа өлкөлөрүндөгү абалды талкуулашты.", "ky", "Чыгыш Европа"),
        ("Tədbir şəhər Mədəniyyət Evində baş tutdu.", "az", "Mədəniyyət Evində"),
        ("Bakıda Uşaq Evi yeni binaya köçürüldü.", "az", "Uşaq Evi"),
        ("Ma'lumotni Amerika Ovozi radiosi tarqatdi.", "uz", "Amerika Ovozi"),
        # a short stem before "-ев": a city
        ("Бишкекте Динамо Киев клубунун оюнчулары машыгышты.", "ky", "Динамо Киев"),
        ("Эртең Динамо Киев командасы Бишкекке келет.", "ky", "Динамо Киев"),
        # a place in the genitive, or a word for a district or an airport beside the pair
        ("Мәктәп Казанның Киров районында урнашкан.", "tt", "Казанның Киров"),
        ("Окуя Бишкектин Свердлов районунда болду.", "ky", "Бишкектин Свердлов"),
        ("Жиынға Ғабит Мүсірепов ауданының әкімі қатысты.", "kk", "Ғабит Мүсірепов"),
        ("Рейс Мәскеудің Домодедово әуежайына кешігіп қонды.", "kk", "Мәскеудің Домодедово"),
        # languages that do not write their people's surnames so
        ("Ministr ve středu navštívil Český Krumlov a Jindřichův Hradec.", "cs", "Český Krumlov"),
        ("Vlak meškal pri Prešove, uviedla Železničná Nova.", "sk", "Železničná Nova"),
        ("Prosvjed je održan u ulici Knez Mihailova u Beogradu.", "hr", "Knez Mihailova"),
        ("Полиција је јутрос затворила улицу Кнез Михаилова због протеста.", "sr", "Кнез Михаилова"),
        ("Кметът на Община Самоков обяви днес бедствено положение.", "bg", "Община Самоков"),
        ("A Xunta presentou onte o proxecto da Vila Nova en Lugo.", "gl", "Vila Nova"),
        ("Ambasadorul a vizitat ieri Casa Nova din Chișinău.", "ro", "Casa Nova"),
        ("Indonesia menegaskan komitmen pada Konvensi Geneva dalam sidang itu.", "id", "Konvensi Geneva"),
        ("Malaysia mematuhi Konvensyen Geneva menurut menteri itu.", "ms", "Konvensyen Geneva"),
        ("De Oekraïense club Dynamo Kiev won gisteren met 2-0.", "nl", "Dynamo Kiev"),
        ("Gisteren speelde Dynamo Kiev tegen Ajax in Amsterdam.", "nl", "Dynamo Kiev"),
        # a sentence ended inside a quotation: the next one's first word is any word ("Бүгүн": today)
        ("Ал: «Келишим кол коюлду!» Бүгүн Жумабеков келген жок.", "ky", "Бүгүн Жумабеков"),
        ("Ол: «Неге?» Бүгін Жумабеков сөйлемеді.", "kk", "Бүгін Жумабеков"),
    ],
)
def test_no_person(text: str, language: str, words: str) -> None:
    assert not any(words in s for s in people(text, language))


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        # given names no list holds: the rule alone finds them
        ("Имрӯз муовин Ашӯрбой Саидмуродов ба Хуҷанд рафт.", "tg", "Ашӯрбой Саидмуродов"),
        ("Bugun deputat Ravshanbek Xolmatov majlisda so'zladi.", "uz", "Ravshanbek Xolmatov"),
        ("Bugun deputat Ravshanbek Xolmatovning taklifi ko'rildi.", "uz", "Ravshanbek Xolmatov"),
        ("Bu gün nazir Səbinə Qasımovanın bəyanatı dərc olundu.", "az", "Səbinə Qasımova"),
        ("Бүгүн полковник Төлөгөн Жумабековдун сөзү угулду.", "ky", "Төлөгөн Жумабеков"),
        ("Ал: «Макул!» деди. Полковник Төлөгөн Жумабеков келди.", "ky", "Төлөгөн Жумабеков"),
    ],
)
def test_a_person(text: str, language: str, person: str) -> None:
    assert any(s.startswith(person) for s in people(text, language))
