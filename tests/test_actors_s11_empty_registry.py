"""Causes of the actors missed or found wrongly in en, fr, ar and ru on the eighteenth held-out set, each as a general
rule on made-up sentences with an empty topic registry: national bodies, parties, churches and firms news names
without a head-word are built in (the FBI, the NBA, ZANU-PF, the Workers' Party of Korea, the US Republican Party,
the Church of England, Lehman Brothers, Barclays, AIG); Rhodesia is a former state; the United Kingdom's official
name holds no Ireland; a state's name that names a craft is no state; Arabic titles of occupations, "the late"
before a monarch's name, the word for a year after a name, foreign given names as Arabic writes them; a lower-case
English title after a state's adjective; a body's name ends before a person's full name; storms and mountains are
no people; French and Russian titles of a vice-president and a sheriff."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def named(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, language)]


def names(text: str, language: str) -> set[str]:
    return {f.name for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("The FBI opened an inquiry into the fire on Tuesday.", "en", "Federal Bureau of Investigation"),
        ("Le FBI a ouvert une enquête mardi.", "fr", "Federal Bureau of Investigation"),
        ("ФБР начало расследование во вторник.", "ru", "Federal Bureau of Investigation"),
        ("وفتح مكتب التحقيقات الفيدرالي تحقيقا يوم الثلاثاء.", "ar", "Federal Bureau of Investigation"),
        ("He played twelve seasons in the NBA before he retired.", "en", "National Basketball Association"),
        ("Он провёл двенадцать сезонов в Национальной баскетбольной ассоциации.", "ru", "National Basketball Association"),
        ("ولعب اثني عشر موسما في دوري كرة السلة الأمريكي.", "ar", "National Basketball Association"),
        ("Le congrès de la ZANU-PF s'est ouvert jeudi.", "fr", "ZANU–PF"),
        ("He chaired the Zimbabwe African National Union – Patriotic Front for decades.", "en", "ZANU–PF"),
        ("Il dirige le Parti du travail de Corée depuis dix ans.", "fr", "Workers' Party of Korea"),
        ("L'Église d'Angleterre a élu un nouveau synode.", "fr", "Church of England"),
        ("وانتخبت كنيسة إنجلترا مجمعا جديدا.", "ar", "Church of England"),
        ("Barclays cut four hundred jobs in March.", "en", "Barclays"),
        ("The government rescued AIG with a loan.", "en", "American International Group"),
        ("أعلن مصرف ليمان براذرز إفلاسه.", "ar", "Lehman Brothers"),
        ("وتبنت حركة طالبان الباكستانية الهجوم على الحافلة.", "ar", "Tehrik-i-Taliban Pakistan"),
        ("Les talibans pakistanais ont revendiqué l'attaque.", "fr", "Tehrik-i-Taliban Pakistan"),
        ('وكتب في منشور على منصة "تروث سوشال" أنه بخير.', "ar", "Truth Social"),
    ],
)
def test_bodies_news_names_without_a_head_word_are_built_in(text: str, language: str, name: str) -> None:
    assert (name, "organisation") in named(text, language)


def test_the_us_republican_party_is_built_in() -> None:
    assert ("Republican Party (United States)", "organisation") in named("The Republican Party chose its nominee.", "en")
    assert ("Republican Party (United States)", "organisation") in named("Le Parti républicain a choisi son candidat.", "fr")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The writer was born in what was then Rhodesia.", "en"),
        ("L'écrivain est né en Rhodésie.", "fr"),
        ("Писатель родился в бывшей Родезии.", "ru"),
        ("ولد الكاتب في روديسيا السابقة.", "ar"),
    ],
)
def test_rhodesia_is_a_former_state(text: str, language: str) -> None:
    assert ("Rhodesia", "state") in named(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("She was crowned Queen of the United Kingdom of Great Britain and Northern Ireland.", "en"),
        ("Elle fut couronnée reine du Royaume-Uni de Grande-Bretagne et d’Irlande du Nord.", "fr"),
        ("Её короновали королевой Соединённого Королевства Великобритании и Северной Ирландии.", "ru"),
        ("وتوجت ملكة للمملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية.", "ar"),
    ],
)
def test_the_united_kingdoms_official_name_names_no_ireland(text: str, language: str) -> None:
    assert names(text, language) == {"United Kingdom"}


@pytest.mark.parametrize(
    ("craft", "state", "language"),
    [
        ("В тот день на орбиту вышел космический корабль «Колумбия».", "Власти Колумбии подтвердили это.", "ru"),
        ("Это был последний полет “Колумбии”.", "Президент Колумбии прилетел в Москву.", "ru"),
        # Arabic quotes a state's name to stress it; after a ship's word and a preposition it is the place, a state
        ("وانفجر مكوك الفضاء الأمريكي كولومبيا فوق تكساس.", 'وجاءت احتفالات "كولومبيا" بعيد الاستقلال.', "ar"),
        ("وتحطمت المركبة كولومبيا عند عودتها.", "وأبحرت السفينة إلى كولومبيا.", "ar"),
    ],
)
def test_a_state_name_that_names_a_craft_is_no_state(craft: str, state: str, language: str) -> None:
    assert "Colombia" not in names(craft, language)
    assert "Colombia" in names(state, language)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وكان على متنها رجل الأعمال البريطاني هاميش هاردينج، وقد توفي.", "هاميش هاردينج"),
        ("وقال المستكشف البريطاني ستيوارت ماكدونالد إن الرحلة خطرة.", "ستيوارت ماكدونالد"),
        ("منذ مراسم تتويج الملكة الراحلة إليزابيث الثانية عام 1953.", "إليزابيث الثانية"),
        ("وصرح جاكوب فراي بأن الشرطة ستحقق.", "جاكوب فراي"),
        ("وقال أليكس فيلانويفا إن أحدا لم ينج.", "أليكس فيلانويفا"),
    ],
)
def test_arabic_people_by_occupation_reign_and_foreign_given_names(text: str, name: str) -> None:
    assert (name, "person") in named(text, "ar")


def test_an_arabic_name_ends_before_the_word_for_a_year() -> None:
    assert ("إليزابيث", "person") in named("تتويج الملكة الراحلة إليزابيث عام 1953.", "ar")


def test_a_lower_case_title_after_a_states_adjective_names_one_word() -> None:
    assert ("Medvedyev", "person") in named("Kim met Russian president Medvedyev during his visit.", "en")
    assert named("They waited for the minister Will to arrive.", "en") == []


def test_a_bodys_name_ends_before_a_full_name() -> None:
    found = named("L’agent de police de Minneapolis Derek Chauvin a été condamné.", "fr")
    assert ("Derek Chauvin", "person") in found
    assert not any("Chauvin" in name and kind == "organisation" for name, kind in found)


@pytest.mark.parametrize(
    "text",
    [
        # the storm's name alone, then with its word, reads as a surname and its full name
        "The most intense storm of the season, Sandy formed in the Caribbean. On Monday, Hurricane Sandy moved across Cuba.",
        "The strongest storm of the year, Haiyan formed in the Pacific. On Friday, Typhoon Haiyan struck the Philippines.",
        "He was born in a secret camp in the White Head Mountain area.",
    ],
)
def test_storms_and_mountains_are_no_people(text: str) -> None:
    assert not any(f.kind == "person" for f in find_actors(text, "en"))


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Il a été remplacé par son ancien vice-président, Emmerson Mnangagwa, réélu depuis.", "fr", "Emmerson Mnangagwa"),
        ("Шериф Алекс Виллануэва отказался назвать имена погибших.", "ru", "Aleks Villanueva"),
    ],
)
def test_vice_president_and_sheriff_are_titles(text: str, language: str, name: str) -> None:
    assert (name, "person") in named(text, language)


def test_a_full_name_with_one_more_name_after_it_is_the_same_person() -> None:
    found = find_actors("Fidel Castro Ruz was born in 1926. Fidel Castro ruled Cuba for fifty years.", "en")
    assert [(f.name, f.surfaces) for f in found if f.kind == "person"] == [
        ("Fidel Castro Ruz", ("Fidel Castro Ruz", "Fidel Castro"))
    ]
    # "Kim Jong" beside two longer names could be either: it stays apart
    found = find_actors("Kim Jong Il died. His son Kim Jong Nam fled. Kim Jong was buried.", "en")
    assert {f.name for f in found} == {"Kim Jong Il", "Kim Jong Nam", "Kim Jong"}


def test_a_quoted_one_word_state_is_a_crafts_name_a_quoted_full_name_a_states() -> None:
    assert "Colombia" not in names('O navio "Colômbia" chegou ao porto.', "pt")
    assert "Republic of Artsakh" in names('A autodenominada "República de Artsakh" anunciou um cessar-fogo.', "pt")


def test_a_full_name_after_a_bodys_place_ends_the_body_but_a_name_after_of_is_the_persons() -> None:
    found = named("El agente de la policía de Minneapolis Derek Chauvin fue condenado.", "es")
    assert ("Derek Chauvin", "person") in found
    assert named("El gobierno de Recep Tayyip Erdoğan lo negó.", "es") == [("Recep Tayyip Erdoğan", "person")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She graduated from Lincoln Park High School in 2019.", "Lincoln Park High School"),
        ("He taught at Santa Ana College for twelve years.", "Santa Ana College"),
        ("Kern County Fire Dept. crews reached the site at noon.", "Kern County Fire Dept"),
    ],
)
def test_schools_colleges_and_departments_abbreviated_are_organisations(text: str, name: str) -> None:
    assert (name, "organisation") in named(text, "en")
