"""Where a name starts and ends in its clause, with an empty topic registry, on made-up sentences: Persian writes a
person's title after the name with no comma ("جان اسمیت رئیس جمهور کانادا"), the title completed by a state's name or
"former", and a noun or an ordinal before such a title names nobody; a Turkish ministry's name ends before the case
ending glued to its head-word ("Dışişleri Bakanlığının"); a state's name inside a region's name ("South America",
"北爱尔兰") or a city's before its games' year ("Tokyo 2020") names no state; in Chinese, transliteration characters
opening a clause before a verb of speech ("，布里特曼表示") are the speaker; Japanese katakana names, dotted or before an
office, are people, and a state's name inside a longer katakana word, before 時間 or a katakana one before 人, no state."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> set[str]:
    return {f.name for f in find_actors(text, language) if f.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("جان اسمیت رئیس جمهور کانادا روز شنبه به تهران رفت.", "جان اسمیت"),
        ("در این نشست، پیتر مولر نخست وزیر سوئد از توافق سخن گفت.", "پیتر مولر"),
        ("گزارش شد که کارلا نوواک نخست‌وزیر سابق به زودی بازمی‌گردد.", "کارلا نوواک"),
        ("با اینکه ماریا سانتوس رئیس جمهور پرو موافقت کرد، مذاکرات ادامه یافت.", "ماریا سانتوس"),
        ("در مراسم افتتاح، تاکاهیرو امپراتور ژاپن سخنرانی کرد.", "تاکاهیرو"),  # one name set off by a comma
    ],
)
def test_persian_name_before_its_completed_title_is_a_person(text: str, name: str) -> None:
    assert people(text, "fa") == {name}


@pytest.mark.parametrize(
    "text",
    [
        "او برای یک دوره دیگر رئیس جمهور کانادا ماند.",  # "another term": no name
        "او به‌عنوان نهمین صدراعظم آلمان انتخاب شد.",  # "as the ninth": an ordinal
        "اعتراض به سیاست‌های دولت رئیس جمهور را نگران کرد.",  # the title not completed
        "تیمی را برای بررسی پرونده سفیر این کشور فرستادند.",  # after a preposition: a noun phrase
        "به گفته منابع، معاون رئیس جمهور مصر سخنرانی کرد.",  # the vice-president, no name
        "او گفت که آخرین رهبر شوروی درگذشت.",  # an ordinal
    ],
)
def test_persian_no_person_before_a_title_without_a_name(text: str) -> None:
    assert people(text, "fa") == set()


def actors(text: str, language: str) -> set[tuple[str, str]]:
    return {(f.name, f.kind) for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Norveç Dışişleri Bakanlığının açıklamasına göre görüşme iptal edildi.", "Ministry of Foreign Affairs (Norway)"),
        ("Şili İçişleri Bakanlığından yapılan açıklamada sokağa çıkma yasağı duyuruldu.", "Ministry of Interior (Chile)"),
    ],
)
def test_turkish_ministry_with_its_case_ending_is_named_without_it(text: str, name: str) -> None:
    found = [f for f in find_actors(text, "tr") if f.kind == "organisation"]
    assert [f.name for f in found] == [name]
    assert all(not s.endswith(("nın", "ndan")) for f in found for s in f.surfaces)


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Protests spread across South America last week.", "en", "United States"),
        ("Voters in Northern Ireland went to the polls.", "en", "Ireland"),
        ("Güney Amerika ülkelerinde gösteriler sürüyor.", "tr", "United States"),
        ("北爱尔兰事务大臣昨天辞职。", "zh", "Ireland"),
        ("تقع البلاد في أمريكا الجنوبية.", "ar", "United States"),
        ("Tokyo 2020, yeni inşa edilen stadyumda açıldı.", "tr", "Japan"),
        ("Tokyo 2020, postponed by a year, opened in a new stadium.", "en", "Japan"),
        ("东京奥组委主席发布消息。", "zh", "Japan"),
    ],
)
def test_a_region_or_a_city_s_games_is_no_state(text: str, language: str, state: str) -> None:
    assert (state, "state") not in actors(text, language)


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("South Korea and North Korea met on Monday.", "en", "South Korea"),
        ("Güney Kore açıklama yaptı.", "tr", "South Korea"),
        ("وقالت كوريا الجنوبية إن المحادثات ستستمر.", "ar", "South Korea"),
        ("南苏丹当局发表声明。", "zh", "South Sudan"),  # "南苏丹政府" is its government, a body (test_actors_s24_bodies)
        ("Tokyo 2020 yılında yeni bir yasa çıkardı.", "tr", "Japan"),
        ("Russische Soldaten wachen dort, seit Moskau 2020 einen Waffenstillstand vermittelte.", "de", "Russia"),
    ],
)
def test_a_state_named_with_its_compass_point_stays_a_state(text: str, language: str, state: str) -> None:
    assert (state, "state") in actors(text, language)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本月20日,卡萨诺娃宣布辞去首相职务。", "卡萨诺娃"),
        ("会谈结束后，布里特曼表示双方达成一致。", "布里特曼"),
        ("外长瓦尔德斯将出席会议。", "瓦尔德斯"),
    ],
)
def test_chinese_name_opening_a_clause_before_a_verb_of_speech_is_a_person(text: str, name: str) -> None:
    assert people(text, "zh") == {name}


@pytest.mark.parametrize(
    "text",
    [
        "哈马斯表示将继续战斗。",  # a body the base knowledge holds
        "他表示双方达成一致。",  # a pronoun
        "纳戈尔诺地区表示平静。",  # a place
        "会谈中卡萨诺娃表示满意。",  # not where the clause opens
    ],
)
def test_chinese_no_person_before_a_verb_of_speech(text: str) -> None:
    assert people(text, "zh") == set()


def test_chinese_ministry_followed_by_its_chief_is_a_title_not_the_ministry() -> None:
    found = actors("与此同时,印度内政部长阿米特·沙阿周二提交议案。", "zh")
    assert ("Ministry of Interior (India)", "organisation") not in found
    assert ("阿米特·沙阿", "person") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("英国财政大臣亨特宣布预算。", "亨特"),  # 大臣, a minister's title
        ("瓦尔达总统尹锡恩发表讲话。", "尹锡恩"),  # a Korean name before 发表
        ("总理李明出席会议。", "李明"),
        ("该公司首席执行官布里特曼完成了收购。", "布里特曼"),  # a company's chief
    ],
)
def test_chinese_minister_and_native_name_after_a_title(text: str, name: str) -> None:
    assert name in people(text, "zh")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gösteriler daha sonra Halvorsen yönetimine yönelik öfkeye dönüştü.", {"Halvorsen"}),
        ("Kowalczyk rejiminin saldırıları sürdü.", {"Kowalczyk"}),
        ("Yetkililerin yönetimi altında seçim yapıldı.", set()),  # a plural noun in the genitive
        ("Yerel yönetim seçimleri yapıldı.", set()),  # no possessive: a local administration
    ],
)
def test_turkish_leader_before_his_administration_or_regime(text: str, expected: set[str]) -> None:
    assert people(text, "tr") == expected


def test_a_capital_in_a_dateline_with_full_stops_is_no_state() -> None:
    assert ("Russia", "state") not in actors("Москва. 12 марта. АГЕНТСТВО - Во вторник прошли переговоры.", "ru")
    assert ("Russia", "state") in actors("Москва заявила 12 марта, что переговоры прошли.", "ru")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("外相のマリア・ゴンサレス氏は会談した。", "マリア・ゴンサレス"),  # a dotted katakana name
        ("ハルヴォルセン首相は述べた。", "ハルヴォルセン"),  # one katakana word before an office
    ],
)
def test_japanese_katakana_name_is_a_person(text: str, name: str) -> None:
    assert people(text, "ja") == {name}


def test_japanese_state_inside_a_longer_katakana_word_or_before_time_or_people_is_no_state() -> None:
    found = actors("レジェプ・タイップ首相は述べた。", "ja")
    assert ("Thailand", "state") not in found
    assert ("Japan", "state") not in actors("午前8時(日本時間同日午後4時)に爆発が起きた。", "ja")
    assert ("Russia", "state") not in actors("ロシア人の男性が逮捕された。", "ja")
    assert ("Russia", "state") in actors("ロシアは関与を否定した。", "ja")


def test_turkish_joint_office_title_after_and_keeps_its_holder() -> None:
    text = "Toplantıya Dışişleri Bakanı Kelumpa Varanatha ve Tarım ve Sulama Bakanı Karel Novak katıldı."
    assert people(text, "tr") == {"Kelumpa Varanatha", "Karel Novak"}


def test_persian_state_before_a_compass_adjective_stays_a_state() -> None:
    assert ("Germany", "state") in actors("این دیوار تحت حاکمیت آلمان غربی بود.", "fa")
