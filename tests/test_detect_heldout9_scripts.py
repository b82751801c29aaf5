"""Actors in Arabic, Persian, Chinese, Turkish and Ukrainian: people after honorifics and role words, names joined
by "son of", bodies by their head-words (invented sentences)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind, f.surfaces) for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "surname"),
    [
        ("آقای مورانو در سخنرانی‌اش گفت که نشست به تعویق افتاد.", "fa", "مورانو"),
        ("خانم لاهوتی گفت که نشست لغو شد.", "fa", "لاهوتی"),
        ("وقال السيد مورانو إن الاجتماع تأجل.", "ar", "مورانو"),
        ("آقای مورانو نامه را امضا کرد.", "fa", "مورانو"),
    ],
)
def test_one_word_after_an_honorific_is_a_persons_surname(text: str, language: str, surname: str) -> None:
    assert names(text, language)[surname] == ("person", (surname,))


def test_an_honorific_with_no_name_after_it_names_nobody() -> None:
    assert names("وأكد السيد في كلمته أن الاجتماع تأجل.", "ar") == {}


@pytest.mark.parametrize(
    ("text", "language", "name", "surfaces"),
    [
        ("أعلنت الشرطة مقتل سالم بن وحيد، زعيم الجماعة، في غارة.", "ar", "سالم بن وحيد", ("سالم بن وحيد",)),
        ("زار الملك عبد الله بن عبد العزيز المدينة.", "ar", "عبد الله بن عبد العزيز", ("عبد الله بن عبد العزيز",)),
        ("عملیات تخریب خانه خالد بن‌وحید به پایان رسید.", "fa", "خالد بن\u200cوحید", ("خالد بن\u200cوحید",)),
        (
            "خانه خالد بن‌وحید تخریب شد. پس از مرگ بن وحید، خانه خالی ماند.",
            "fa",
            "خالد بن\u200cوحید",
            ("خالد بن\u200cوحید", "بن وحید"),
        ),
    ],
)
def test_a_name_joined_by_son_of_is_a_person_with_no_title(text: str, language: str, name: str, surfaces: tuple) -> None:
    assert names(text, language)[name] == ("person", surfaces)


def test_the_family_name_alone_after_a_noun_is_the_person_named_before() -> None:
    found = names("خانه خالد بن‌وحید تخریب شد.\n\nپس از مرگ بن وحید، خانه خالی ماند.", "fa")
    assert list(found) == ["خالد بن\u200cوحید"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("比利时漫画家马洛(Marlo)伤情严重。", "马洛"),
        ("由教练艾卡波带领进入洞穴。", "艾卡波"),
        ("事发后,委员会发言人亚当·霍奇称,局势正在好转。", "亚当·霍奇"),
        ("女主播蒂珍·卡拉斯向电视观众宣读了声明。", "蒂珍·卡拉斯"),
    ],
)
def test_chinese_a_transliterated_name_after_a_role_word_is_a_person(text: str, surface: str) -> None:
    assert names(text, "zh")[surface] == ("person", (surface,))


@pytest.mark.parametrize("text", ["记者表示，局势紧张。", "由教练组带领进入洞穴。"])
def test_chinese_a_role_word_with_no_name_after_it_names_nobody(text: str) -> None:
    assert names(text, "zh") == {}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("油污已抵达墨西哥湾沿岸。", "Mexico"),
        ("该客机终结于南印度洋海域。", "India"),
        ("客机从吉隆坡飞往北京。", "China"),
        ("客机从吉隆坡飞往北京。", "Malaysia"),
        ("某网北京5月2日电 一名男子被捕。", "China"),
        ("机上乘客大部分是中国人。", "China"),
        ("爆炸造成至少60名阿富汗人死亡。", "Afghanistan"),
    ],
)
def test_chinese_a_states_name_in_a_place_route_dateline_or_demonym_is_no_actor(text: str, state: str) -> None:
    assert state not in names(text, "zh")


@pytest.mark.parametrize(
    ("text", "state"),
    [("墨西哥表示反对。", "Mexico"), ("吉隆坡表示反对。", "Malaysia"), ("中国人权状况受到关注。", "China")],
)
def test_chinese_a_states_name_still_names_it_elsewhere(text: str, state: str) -> None:
    assert names(text, "zh")[state][0] == "state"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Eyalet Valisi Narongsak Osatanakorn açıklama yaptı.", "Narongsak Osatanakorn"),
        ("Ankara Başsavcısı Kemal Yurdakul soruşturma başlattı.", "Kemal Yurdakul"),
    ],
)
def test_turkish_an_office_in_the_possessive_introduces_a_person(text: str, person: str) -> None:
    assert names(text, "tr")[person] == ("person", (person,))


@pytest.mark.parametrize(
    ("text", "body", "surfaces"),
    [
        ("Yüksek Güvenlik Şurası (YGŞ) toplandı.", "Yüksek Güvenlik Şurası", ("Yüksek Güvenlik Şurası", "YGŞ")),
        ("Yüksek Ekonomi Kurulu toplandı.", "Yüksek Ekonomi Kurulu", ("Yüksek Ekonomi Kurulu",)),
        ("Seçimlerin ardından Halk Parti hükümeti kuruldu.", "Halk Parti", ("Halk Parti",)),
    ],
)
def test_turkish_bodies_named_by_board_council_or_party_and_acronyms_with_turkish_capitals(
    text: str, body: str, surfaces: tuple
) -> None:
    assert names(text, "tr")[body] == ("organisation", surfaces)


def test_turkish_a_head_word_alone_names_no_body() -> None:
    assert names("Parti üyeleri toplandı.", "tr") == {}


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("هاجم مسلحون مقر صحيفة «لو كورييه» في بروكسل.", "ar", "لو كورييه"),
        ('هاجم مسلحون مقر المجلة البلجيكية "لو كورييه" في بروكسل.', "ar", "لو كورييه"),
        ('استولوا على مقر حزب "النهضة والعمل" الحاكم.', "ar", "النهضة والعمل"),
        ("حمله به دفتر نشریه «لو کوریه» در بروکسل.", "fa", "لو کوریه"),
        ("به گزارش«پارس نیوز»به نقل از خبرگزاری‌ها، عملیات به پایان می‌رسد.", "fa", "پارس نیوز"),
    ],
)
def test_a_quoted_name_after_a_word_for_an_outlet_or_a_body_is_that_organisation(text: str, language: str, body: str) -> None:
    assert names(text, language)[body] == ("organisation", (body,))


def test_a_quotation_after_a_verb_names_no_organisation() -> None:
    assert names('وقال "إنه يوم حزين" في كلمته.', "ar") == {}


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        ("پلیس نپال روز یکشنبه گاز اشک آور شلیک کرد.", "Nepal Police", "Nepal"),
        ("پارلمان شیلی لایحه را به تصویب رساند.", "Chile Parliament", "Chile"),
        ("دولت نپال اعلام عزای عمومی کرد.", "Nepal Government", "Nepal"),
    ],
)
def test_persian_a_states_police_parliament_or_government_is_its_body(text: str, body: str, state: str) -> None:
    found = names(text, "fa")
    assert found[body][0] == "organisation"
    assert state not in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("У червні іранський парламент ухвалив закон.", "Iran Parliament"),
        ("Депутати засудили напад на будівлю турецького парламенту.", "Turkey Parliament"),
    ],
)
def test_ukrainian_a_states_parliament_in_lower_case_is_its_body(text: str, body: str) -> None:
    assert names(text, "uk")[body][0] == "organisation"


@pytest.mark.parametrize(
    ("text", "language"),
    [("Згодом ЗМІ повідомили, що переговори зірвано.", "uk"), ("Потом СМИ сообщили, что переговоры сорваны.", "ru")],
)
def test_a_word_in_capitals_beside_mixed_case_is_no_part_of_a_persons_name(text: str, language: str) -> None:
    assert not [name for name, (kind, _) in names(text, language).items() if kind == "person"]


def test_a_name_in_capitals_is_still_a_person() -> None:
    assert names("ANTONY J. BLINKEN said the talks would resume.", "en")["ANTONY J. BLINKEN"][0] == "person"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("آنها به اتهام عضویت در سازمان کاوه بازداشت شدند.", "سازمان کاوه"),
        ("نمایندگان حزب آزادی و عدالت در جلسه حاضر شدند.", "حزب آزادی و عدالت"),
    ],
)
def test_persian_a_bodys_name_follows_its_head_word_without_an_article(text: str, body: str) -> None:
    assert names(text, "fa")[body] == ("organisation", (body,))


@pytest.mark.parametrize("text", ["یک سازمان حقوق بشری گزارش داد.", "او برای حزب خود نامزد شد."])
def test_persian_a_counted_head_word_or_a_pronoun_after_it_names_no_body(text: str) -> None:
    assert names(text, "fa") == {}


@pytest.mark.parametrize(
    ("text", "periodical"),
    [
        ("比利时《布鲁塞尔周刊》杂志社的总部发生火灾。", "布鲁塞尔周刊"),
        ("据新加坡《南洋晨报》报道,法院驳回上诉。", "南洋晨报"),
    ],
)
def test_chinese_a_periodicals_title_in_book_title_marks_is_an_organisation(text: str, periodical: str) -> None:
    found = names(text, "zh")
    assert found[periodical] == ("organisation", (periodical,))
    assert "Belgium" not in found  # the capital inside the title, the state naming it before


def test_chinese_a_law_in_book_title_marks_is_no_organisation() -> None:
    assert names("港府提出修订《逃犯条例》。", "zh") == {}


def test_indonesian_ri_is_indonesia_and_no_persons_name() -> None:
    found = names("Luas keseluruhan Ibu Kota RI yang baru adalah 256 ribu hektare.", "id")
    assert found == {"Indonesia": ("state", ("RI",))}
