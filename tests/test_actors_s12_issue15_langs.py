"""Actors with an empty topic registry (issue 15) in zh, uk, de, es, it, pt, tr and fa, on made-up sentences:
Chinese Church titles, a pope's or monarch's name with its ordinal and no title, a Latin name or initials after a
title, the author after "文/" and the site, a periodical named after the word for it, a state after a body with
words between; Ukrainian Church titles, a pope's title with its adjective, power plants' acronyms, a capital's stem
opening a compound adjective; a Latin spelling in brackets after a Cyrillic name is the same person; French "Le" in
Italian and Portuguese texts; the Arabic article as Turkish writes it; a Persian pope's one name; Church titles in
Italian, Spanish, Portuguese and German; bodies and outlets news names without a head-word (the US parties in
Chinese, Brazil's INPE, ARD, NTD, Guancha, Mizan); "Luiz" as a given name."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from conftest import people_in


def found(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind, f.surfaces) for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        # Chinese: a cardinal's title, then a transliterated name
        ("昨天,红衣大主教波哥里奥在罗马主持弥撒。", "zh", "波哥里奥"),
        # a pope's name and its ordinal, with no title before it
        ("退位的本笃十六世当天离开了罗马。", "zh", "本笃十六世"),
        # a surname of the common list after a title: the name goes on to the word that follows names
        ("教皇方廷各去世,享年88岁。", "zh", "方廷各"),
        # a Latin name after a title, and initials joined to a name by a middle dot
        ("来自阿根廷的枢机主教Jorge Mario Bergoglio当选。", "zh", "Jorge Mario Bergoglio"),
        ("他会见了美国副总统JD·万斯。", "zh", "JD·万斯"),
        # the author of a piece after "文/" and the site's name
        ("【文/观察者网 王小明】当地时间周日,巴西举行大选。", "zh", "王小明"),
        # Ukrainian: a pope's title with its adjective, a cardinal's compound title, a vice-president
        ("Вчора Папа Римський Бенедикт XVI прийняв делегацію.", "uk", "Бенедикт XVI"),
        ("Про це оголосив кардинал-протодиякон Жан-Луї Торан.", "uk", "Жан-Луї Торан"),
        ("Він зустрівся з віцепрезидентом Джей Ді Венсом.", "uk", "Джей Ді Венсом"),
        # a Portuguese given name the list lacks; French "Le" inside a name in Italian and Portuguese
        ("Luiz Inácio Lula da Silva venceu o segundo turno no domingo.", "pt", "Luiz Inácio Lula da Silva"),
        ("Ieri Macron ha raccolto il 66 per cento dei voti, Marine Le Pen il 34 per cento.", "it", "Marine Le Pen"),
        ("O apoio veio contra Marine le Pen, que ficou em segundo lugar.", "pt", "Marine le Pen"),
        # Turkish writes the Arabic article assimilated to the name ("es-Sisi")
        ("Darbeyi dönemin Savunma Bakanı Abdulfettah es-Sisi yaptı.", "tr", "Abdulfettah es-Sisi"),
        # foreign given names as Persian and Dari write them
        ("دونالد ترمپ در انتخابات رقیبش هیلری کلنتن را شکست داد.", "fa", "هیلری کلنتن"),
        ("اولین تبریک را مارین لوپن به وی گفت.", "fa", "مارین لوپن"),
        # Church titles before a full name
        ("Il Cardinale Jorge Mario Bergoglio è nato a Buenos Aires.", "it", "Jorge Mario Bergoglio"),
        ("El cardenal Parolin presidió la misa del domingo.", "es", "Parolin"),
        ("O cardeal Parolin presidiu a missa de domingo.", "pt", "Parolin"),
        ("Am Sonntag leitete Kardinal Parolin die Messe.", "de", "Parolin"),
    ],
)
def test_people_named(text: str, language: str, surface: str) -> None:
    assert surface in people_in(text, language)


def test_persian_pope_is_named_by_his_one_name() -> None:
    assert any("فرانسیس" in s for s in people_in("پاپ فرانسیس، رهبر کاتولیک‌ها، صبح امروز درگذشت.", "fa"))


def test_latin_spelling_in_brackets_is_the_same_person() -> None:
    actors = [
        a
        for a in find_actors("Ним став кардинал Хорхе Маріо Берґольо (Jorge Mario Bergoglio), аргентинець.", "uk")
        if a.kind == "person"
    ]
    assert len(actors) == 1
    assert set(actors[0].surfaces) == {"Хорхе Маріо Берґольо", "Jorge Mario Bergoglio"}


def test_birth_name_in_brackets_after_a_regnal_name_is_the_same_person() -> None:
    actors = [
        a
        for a in find_actors("Найшвидше було обрано Леона XIII (Vincenzo Gioacchino Pecci) у 1878 році.", "uk")
        if a.kind == "person"
    ]
    assert len(actors) == 1


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("美國共和黨候選人戰勝了民主黨候選人。", "zh", "Republican Party (United States)"),
        ("美國共和黨候選人戰勝了民主黨候選人。", "zh", "Democratic Party (United States)"),
        ("選舉人團由538名選舉人組成。", "zh", "United States Electoral College"),
        ("Laut INPE brannten im August mehr Wälder als je zuvor.", "de", "National Institute for Space Research"),
        (
            "De acuerdo al Inpe, en julio se deforestaron 2.254 kilómetros cuadrados.",
            "es",
            "National Institute for Space Research",
        ),
        ("ARD-Reporterin Anna Schmidt ist vor Ort.", "de", "ARD (broadcaster)"),
        ("【新唐人2024年10月31日讯】西班牙东部遭暴雨袭击。", "zh", "New Tang Dynasty Television"),
        ("据观察者网报道,投票已经结束。", "zh", "Guancha"),
        ("据环球网报道,投票已经结束。", "zh", "Global Times"),
        ("خبرگزاری میزان گزارش داد که دادگاه امروز تشکیل شد.", "fa", "Mizan News Agency"),
        # the Vatican in German's genitive; the Holy See in Ukrainian, a body of its own
        ("Er ist Souverän des Vatikanstaats.", "de", "Vatican City"),
        ("Про це повідомили в пресслужбі Святого Престолу.", "uk", "Holy See"),
        # the Roman Catholic Church in Ukrainian, and a body named by "Generalitat" in Spanish
        ("У виборах предстоятеля Римо-католицької церкви взяли участь кардинали.", "uk", "Catholic Church"),
        ("La alerta de la Generalitat Valenciana llegó tarde.", "es", "Generalitat Valenciana"),
        # a state a few characters after a court, with words between: "to Qatar", no part of the court's name
        ("埃及最高上诉法院以向卡塔尔泄露国家机密的罪名判处他监禁。", "zh", "Qatar"),
        # a periodical named after the word for a magazine
        ("美国杂志《福布斯》评估了他的资产。", "zh", "福布斯"),
    ],
)
def test_bodies_and_states_named(text: str, language: str, name: str) -> None:
    assert name in found(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a capital's stem opening a compound adjective ("Roman Catholic") names no state
        ("У виборах предстоятеля Римо-католицької церкви взяли участь кардинали.", "uk", "Italy"),
        # the District of Columbia is no Colombia
        ("首都华盛顿哥伦比亚特区的选举人也参加投票。", "zh", "Colombia"),
    ],
)
def test_no_state_named(text: str, language: str, name: str) -> None:
    assert name not in found(text, language)


def test_power_plant_acronym_names_no_body() -> None:
    assert not any(a.kind == "organisation" for a in find_actors("Окупанти підірвали греблю Каховської ГЕС.", "uk"))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a head-word in the accusative ("ordusunu"), and a state's fire service; the body is named with its state's
        # word, one compound with the head-word
        ("Prigozhin Rus ordusunu suçlamıştı.", "Rus ordusunu"),
        ("Myanmar itfaiyesi enkazdan bir kişiyi çıkardı.", "Myanmar itfaiyesi"),
    ],
)
def test_turkish_bodies_in_their_cases(text: str, surface: str) -> None:
    assert any(a.kind == "organisation" and surface in a.surfaces for a in find_actors(text, "tr"))
