"""More general rules of actor detection without a topic registry, each on made-up sentences in several
languages: two bodies joined by "and", German compound bodies, given names in Arabic script, Chinese titles."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind, f.surfaces) for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "first", "second"),
    [
        ("Entre l'Assemblée nationale et le Conseil constitutionnel.", "fr", "Assemblée nationale", "Conseil constitutionnel"),
        ("La disputa entre la Corte suprema e il Consiglio nazionale continua.", "it", "Corte suprema", "Consiglio nazionale"),
        ("La pugna entre la Corte suprema y el Consejo nacional sigue.", "es", "Corte suprema", "Consejo nacional"),
    ],
)
def test_two_bodies_joined_by_and_are_two_bodies(text: str, language: str, first: str, second: str) -> None:
    found = names(text, language)
    assert found[first][0] == "organisation" and found[second][0] == "organisation"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Die Staatsanwaltschaft ermittelt seit Mai.", "Staatsanwaltschaft"),
        ("Landeskriminalamt und Grenzpolizei suchen die Täter.", "Landeskriminalamt"),
        ("Landeskriminalamt und Grenzpolizei suchen die Täter.", "Grenzpolizei"),
        ("Das Bundesamt für Strahlenschutz warnt vor Ort.", "Bundesamt für Strahlenschutz"),
        ("Der Strafgerichtshof hat geurteilt.", "Strafgerichtshof"),
        ("Der chilenische Verfassungsrat tagte.", "Verfassungsrat (Chile)"),
    ],
)
def test_a_german_word_joined_to_a_bodys_head_word_is_a_body(text: str, body: str) -> None:
    assert names(text, "de")[body][0] == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Die Sozialdemokraten sprachen von Landesverrat und einem Apparat der Angst.",
        "Er strebt das höchste Staatsamt an, sagte die Nachrichtenagentur.",
        "Ein Politikerwechsel im Parlamentspräsidium.",
    ],
)
def test_german_words_that_only_end_like_a_head_word_are_no_body(text: str) -> None:
    assert not [a for a in find_actors(text, "de") if a.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("در این دیدار مسعود کریمی و حمیدرضا نوری حضور داشتند.", "fa", "مسعود کریمی"),
        ("در این دیدار مسعود کریمی و حمیدرضا نوری حضور داشتند.", "fa", "حمیدرضا نوری"),
        ("سرگئی ایوانف امروز به تهران رسید.", "fa", "سرگئی ایوانف"),
        ("وصل فلاديمير سميرنوف إلى القاهرة أمس.", "ar", "فلاديمير سميرنوف"),
        ("التقى محسن رحيمي بالوفد في بغداد.", "ar", "محسن رحيمي"),
    ],
)
def test_a_name_opening_with_a_common_given_name_needs_no_title(text: str, language: str, person: str) -> None:
    assert names(text, language)[person][0] == "person"


def test_an_arabic_word_of_a_preposition_and_the_article_closes_no_name() -> None:
    assert "محسن رحيمي" in names("التقى محسن رحيمي بالوفد في بغداد.", "ar")


def test_a_persian_name_joined_by_a_zero_width_non_joiner_is_one_word() -> None:
    assert "بهروز نیک\u200cپور" in names("دیروز بهروز نیک\u200cپور به تهران رسید.", "fa")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("该组织负责人戈麦斯24日表示将撤回部队。", "戈麦斯"),
        ("叛军首领科瓦奇发表讲话。", "科瓦奇"),
        ("总统新闻秘书卡斯特罗說明了情況。", "卡斯特罗"),
        ("国王穆罕默德六世宣布哀悼。", "穆罕默德六世"),  # a regnal name whole
    ],
)
def test_a_chinese_transliterated_name_after_a_title_of_office_or_leadership(text: str, person: str) -> None:
    assert names(text, "zh")[person][0] == "person"


@pytest.mark.parametrize(
    ("text", "language", "outlet"),
    [
        ("据塔斯社报道，会谈将于明天举行。", "zh", "TASS"),
        ("路透随后报道，谈判已经结束。", "zh", "Reuters"),
        ("据央视报道，救援工作仍在进行。", "zh", "China Central Television"),
        ("据韩联社报道，双方同意会面。", "zh", "Yonhap News Agency"),
        ("Як повідомляє Інтерфакс, переговори тривають.", "uk", "Interfax"),
        ("به گزارش بی‌بی‌سی، مذاکرات ادامه دارد.", "fa", "BBC"),
    ],
)
def test_news_agencies_named_as_each_language_writes_them(text: str, language: str, outlet: str) -> None:
    assert outlet in names(text, language)


@pytest.mark.parametrize("written", ["دویچه\u200cوله", "دویچه وله", "دویچهوله"])
def test_a_persian_outlets_name_with_or_without_its_zero_width_non_joiner(written: str) -> None:
    assert "Deutsche Welle" in names(f"به گزارش {written}، مذاکرات ادامه دارد.", "fa")


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Le 3 mai, Zorvanu Kettlebrik, la cheffe du parti, a parlé.", "fr", "Zorvanu Kettlebrik"),
        ("El lunes, Zorvanu Kettlebrik, el líder del sindicato, habló.", "es", "Zorvanu Kettlebrik"),
        ("On Monday, Zorvanu Kettlebrik, the leader of the union, spoke.", "en", "Zorvanu Kettlebrik"),
    ],
)
def test_a_full_name_set_off_by_commas_before_an_article_a_title_and_complement(text: str, language: str, person: str) -> None:
    assert names(text, language)[person][0] == "person"


def test_an_article_and_a_title_after_a_place_and_a_comma_name_no_person() -> None:
    assert not [a for a in find_actors("Depuis Villa Rosa, le candidat a parlé.", "fr") if a.kind == "person"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("据悉,乍得武装部队已进入首都。", "Chad Armed Forces"),
        ("蒙古宪法法院周一作出裁决。", "Mongolia Constitutional Court"),
        ("秘鲁国会以多数票通过了动议。", "Peru Parliament"),
        ("據智利衛生部消息,病例已上升。", "Ministry of Health (Chile)"),
    ],
)
def test_a_chinese_body_named_by_its_state_before_a_head_word(text: str, body: str) -> None:
    assert names(text, "zh")[body][0] == "organisation"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("به گزارش سرویس سیاسی کاوش نیوز، نامزدها رقابت می‌کنند.", "کاوش نیوز"),
        ("به گزارش خبرنگار نوای کویر به نقل از یک منبع، جلسه برگزار شد.", "نوای کویر"),
        ("به نقل از آوای شمال، سیل خسارت زد.", "آوای شمال"),
    ],
)
def test_a_persian_outlet_credited_after_according_to(text: str, outlet: str) -> None:
    assert names(text, "fa")[outlet][0] == "organisation"


@pytest.mark.parametrize(
    "text",
    ["به گزارش رسانه‌های محلی، درگیری ادامه دارد.", "به گزارش خبرگزاری «نیوز آرمنیا»، درگیری ادامه دارد."],
)
def test_local_media_or_the_word_for_an_agency_alone_is_no_outlet(text: str) -> None:
    assert not [a for a in find_actors(text, "fa") if a.name in ("رسانه\u200cهای محلی", "خبرگزاری")]


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("L'incidente è avvenuto al confine con l'Azerbaijan.", "it", "Azerbaijan"),
        ("O acordo com o Kazakhstan foi assinado.", "pt", "Kazakhstan"),
        ("El Kyrgyzstan firmó el acuerdo.", "es", "Kyrgyzstan"),
    ],
)
def test_a_states_english_name_in_the_press_of_another_latin_script_language(text: str, language: str, state: str) -> None:
    assert names(text, language)[state][0] == "state"


def test_a_french_sentence_opening_with_a_meeting_names_no_reunion_island() -> None:
    assert "Réunion" not in names("La réunion a eu lieu hier, avant une autre réunion.", "fr")


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Делегация прибыла из Египта вчера.", "ru", "Egypt"),
        ("Делегація прибула з Єгипту вчора.", "uk", "Egypt"),
        ("Рішення Кремля стало відомим.", "uk", "Russia"),
        ("Війська росії обстріляли місто.", "uk", "Russia"),
        ("Літак вилетів у росію вночі.", "uk", "Russia"),
    ],
)
def test_russian_and_ukrainian_stems_that_change_and_russia_written_lower_case(text: str, language: str, state: str) -> None:
    assert names(text, language)[state][0] == "state"


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("The president dissolved the Chilean Congress on Monday.", "en", "Chilean Congress"),
        ("El presidente disolvió el Congreso chileno el lunes.", "es", "Chile Congress"),
        ("O presidente dissolveu o Congresso chileno na segunda-feira.", "pt", "Chile Congress"),
    ],
)
def test_a_congress_named_by_its_states_adjective_is_that_states(text: str, language: str, body: str) -> None:
    assert names(text, language)[body][0] == "organisation"
