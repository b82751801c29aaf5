"""Causes of the actors missed or found wrongly in en, fr, ar and ru on the twentieth held-out set, each as a general
rule on made-up sentences with an empty topic registry: the names Russian, French and Arabic news give Belarus, the
UAE, Moldova and Czechia beside CLDR's; space agencies, seismological services and the IOC are built in; a capital
naming a summit, an accord or games is the place; a party's lower-case adjectives name it in French; a camp's name
is no person; Arabic names opening with "عبد" need no title, an army after "of the" is a body after a title too,
and given names of other languages as Arabic writes them open a name; "СВО" and "Brexit" name no body in Russian."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def named(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, language)]


def names(text: str, language: str) -> set[str]:
    return {f.name for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Вчера Белоруссия закрыла границу с соседями.", "ru", "Belarus"),
        ("Спортсменов из Белоруссии не допустили к соревнованиям.", "ru", "Belarus"),
        ("Объединенные Арабские Эмираты открыли посольство в Тель-Авиве.", "ru", "United Arab Emirates"),
        ("Молдавия подала заявку на вступление в союз.", "ru", "Moldova"),
        ("Le Bélarus a fermé sa frontière avec ses voisins.", "fr", "Belarus"),
        ("Les Émirats ont ouvert une ambassade à Tel-Aviv.", "fr", "United Arab Emirates"),
        ("La République tchèque a rappelé son ambassadeur.", "fr", "Czech Republic"),
        ("أغلقت روسيا البيضاء حدودها مع جيرانها.", "ar", "Belarus"),
        ("أغلقت بيلاروسيا حدودها مع جيرانها.", "ar", "Belarus"),
    ],
)
def test_states_under_the_names_news_gives_them(text: str, language: str, state: str) -> None:
    assert named(text, language) == [(state, "state")]


def test_a_title_before_a_full_name_keeps_the_state_out_of_the_name() -> None:
    found = named("Президент Белоруссии Александр Лукашенко заявил о новых учениях.", "ru")
    assert ("Belarus", "state") in found
    assert ("Aleksandr Lukashenko", "person") in found


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("The probe was launched by ISRO from Sriharikota.", "en", "Indian Space Research Organisation"),
        ("أطلقت منظمة أبحاث الفضاء الهندية المسبار من قاعدتها.", "ar", "Indian Space Research Organisation"),
        ("The quake measured 6.2, according to the USGS.", "en", "United States Geological Survey"),
        (
            "Le séisme a atteint une magnitude de 6,2 selon le Service géologique des États-Unis.",
            "fr",
            "United States Geological Survey",
        ),
        ("The JMA issued a tsunami warning for the coast.", "en", "Japan Meteorological Agency"),
        ("Японское метеорологическое агентство предупредило о цунами.", "ru", "Japan Meteorological Agency"),
        (
            "Европейско-Средиземноморский сейсмологический центр зафиксировал толчки.",
            "ru",
            "European-Mediterranean Seismological Centre",
        ),
        ("Международный олимпийский комитет допустил спортсменов.", "ru", "International Olympic Committee"),
        ("Le CIO a suspendu la fédération nationale.", "fr", "International Olympic Committee"),
        ("وقررت اللجنة الأولمبية الدولية تعليق عضوية الاتحاد.", "ar", "International Olympic Committee"),
    ],
)
def test_agencies_news_of_every_country_cites_are_built_in(text: str, language: str, name: str) -> None:
    assert (name, "organisation") in named(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les chefs d'État se sont retrouvés au sommet de Bruxelles de 2019.", "fr"),
        ("L'accord de Bruxelles a été signé après deux ans de discussions.", "fr"),
        ("Les Jeux olympiques de Madrid 2036 ne sont qu'un projet.", "fr"),
        ("It was the largest gathering since the Brussels Summit of 2019.", "en"),
        ("Delegates recalled the Madrid Agreement of 2011.", "en"),
    ],
)
def test_a_capital_naming_a_summit_an_accord_or_games_is_the_place(text: str, language: str) -> None:
    assert not {kind for _, kind in named(text, language)} & {"state"}


def test_a_partys_lower_case_adjectives_name_it_in_french() -> None:
    assert ("parti socialiste progressiste", "organisation") in named(
        "Jean Dupuis, membre du parti socialiste progressiste, a remporté le scrutin.", "fr"
    )


def test_a_camps_name_is_no_person_in_french() -> None:
    found = names("Les mutins se sont retranchés dans le camp Mamadou Konaté de Kati.", "fr")
    assert not any("Konaté" in name for name in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وكلف الرئيس رئيسا جديدا، عبد الكريم الحمداني بتشكيل الحكومة.", "عبد الكريم الحمداني"),
        ("وقال عبد الرحمن الخطيب إن المفاوضات ستستأنف.", "عبد الرحمن الخطيب"),
    ],
)
def test_an_arabic_name_opening_with_abd_needs_no_title(text: str, person: str) -> None:
    assert (person, "person") in named(text, "ar")


def test_an_army_after_of_the_is_a_body_after_a_title_too() -> None:
    assert ("Iran Army", "organisation") in named("وأكد القائد العام للجيش الإيراني أن المناورات ستستمر.", "ar")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وشارك خافيير غوميز في الحفل إلى جانب مسؤولين.", "خافيير غوميز"),
        ("والتقى تيدي لامبرت بالصحفيين بعد السباق.", "تيدي لامبرت"),
        ("وكان بيل هاريسون حاضرا في الاجتماع.", "بيل هاريسون"),
    ],
)
def test_given_names_of_other_languages_open_an_arabic_name(text: str, person: str) -> None:
    assert any(name.startswith(person) for name, kind in named(text, "ar") if kind == "person")


def test_russian_words_for_the_war_and_brexit_name_no_body() -> None:
    found = named("После начала СВО и Brexit Великобритания изменила правила.", "ru")
    assert found == [("United Kingdom", "state")]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("MANILA (Island Wire) — The coast guard said it had rescued twelve fishermen.", "Island Wire"),
        ("Osaka, March 3 (Kansai Press)--Heavy snow closed the main roads on Sunday.", "Kansai Press"),
        ("(NWS) OTTAWA – The two parties signed the trade deal on Monday.", "NWS"),
    ],
)
def test_an_outlet_credited_in_a_dateline_is_an_organisation(text: str, outlet: str) -> None:
    assert (outlet, "organisation") in named(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Cairo: Thousands gathered in the main square on Friday.",
        "(NWS) OTTAWA – Thousands gathered in the main square on Friday.",
    ],
)
def test_a_capital_opening_a_dateline_is_the_place(text: str) -> None:
    assert not {kind for _, kind in named(text, "en")} & {"state"}


def test_a_seat_of_government_after_a_preposition_and_its_article_is_the_place() -> None:
    assert named("Les deux dirigeants ont signé le traité mardi à la Maison Blanche.", "fr") == []
    assert named("La Maison Blanche a démenti l'information.", "fr") == [("United States", "state")]


def test_a_monarchs_title_and_the_states_adjective_before_one_name_in_arabic() -> None:
    assert ("حسين", "person") in named("ووقع الملك الأردني حسين سنة 1994 معاهدة السلام.", "ar")


def test_an_arabic_family_name_with_the_article_before_a_title_in_apposition() -> None:
    assert ("أنور السادات", "person") in named("وجمع اللقاء بين الوفدين وأنور السادات رئيس مصر الراحل.", "ar")


def test_the_general_staff_named_by_its_states_adjective_in_french() -> None:
    assert ("Russia General Staff", "organisation") in named("Les mutins ont défié l'état-major russe pendant deux jours.", "fr")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("The Kuomintang chose its candidate in May.", "en", "Kuomintang"),
        ("Гоминьдан выдвинул своего кандидата в мае.", "ru", "Kuomintang"),
        ("The House of Lords rejected the amendment.", "en", "House of Lords"),
        ("La Chambre des lords a rejeté l'amendement.", "fr", "House of Lords"),
    ],
)
def test_a_party_and_an_upper_house_news_names_alone_are_built_in(text: str, language: str, name: str) -> None:
    assert (name, "organisation") in named(text, language)


def test_a_dateline_in_a_language_with_no_data_file_is_read() -> None:
    assert ("Netherlands", "state") in named("AMSTERDAM (ANP) - Nederland heeft maandag besloten.", "nl")
