"""Actors with an empty topic registry in de, es, it, pt, fa and zh, each rule on made-up sentences: an airline
named "Air" and its state's name, the Catholic Church and the Vatican's short names, the G7/G8/G20 in any language,
Dari's names of states in Persian, and Chinese regnal names, advisers' titles and names of languages."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> dict[str, str]:
    return {f.name: f.kind for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "airline"),
    [
        ("Die Air-India-Maschine landete verspätet in Hamburg.", "de", "Air India"),
        ("Un aereo di Air Canada è atterrato a Milano.", "it", "Air Canada"),
        ("El avión de Air France despegó con retraso.", "es", "Air France"),
        ("O voo da Air India chegou atrasado.", "pt", "Air India"),
    ],
)
def test_air_before_a_states_name_is_an_airline_not_the_state(text: str, language: str, airline: str) -> None:
    found = names(text, language)
    assert found.get(airline) == "organisation"
    assert not any(kind == "state" for kind in found.values())


@pytest.mark.parametrize(
    ("text", "language", "actor", "kind"),
    [
        ("Der Bischof verließ die katholische Kirche nach einem Streit.", "de", "Catholic Church", "organisation"),
        ("La Iglesia Católica publicó un documento sobre la pobreza.", "es", "Catholic Church", "organisation"),
        ("Il Vaticano ha pubblicato una nota ieri sera.", "it", "Vatican City", "state"),
        ("O Vaticano divulgou uma nota ontem.", "pt", "Vatican City", "state"),
        ("教廷今天发表声明。", "zh", "Vatican City", "state"),
        ("I ministri del G7 si sono riuniti a Bari.", "it", "G7", "organisation"),
        ("Die Gipfel der G8 und der G20 fanden statt.", "de", "G8", "organisation"),
        ("Al-Kaida bekannte sich zu dem Anschlag.", "de", "al-Qaeda", "organisation"),
        ("Un gruppo legato ad Al Qaida ha rivendicato l'attacco.", "it", "al-Qaeda", "organisation"),
    ],
)
def test_built_in_organisations_and_short_names(text: str, language: str, actor: str, kind: str) -> None:
    assert names(text, language).get(actor) == kind


def test_persian_reads_the_names_dari_writes_for_states() -> None:
    assert names("هیئتی از برازیل به کابل رسید.", "fa").get("Brazil") == "state"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("教宗若望二十三世召开了会议。", "若望二十三世"),  # a name in other characters, an ordinal and 世
        ("丹麦女王玛格丽特二世出席了仪式。", "玛格丽特二世"),  # one rule for every name: the ordinal is the name's (review s9)
        ("总统顾问帕特里夫表示反对。", "帕特里夫"),  # an adviser's title
        ("委内瑞拉总统马杜罗出席了会议。", "马杜罗"),
    ],
)
def test_chinese_names_after_titles(text: str, person: str) -> None:
    assert names(text, "zh").get(person) == "person"


def test_chinese_century_is_no_regnal_name() -> None:
    assert not any(kind == "person" for kind in names("教宗在二十世纪末访问了波兰。", "zh").values())


def test_chinese_name_of_a_language_is_no_state() -> None:
    assert "Spain" not in names("她用西班牙语向记者表示感谢。", "zh")


@pytest.mark.parametrize(
    ("text", "language", "actor", "kind"),
    [
        ("Die Polizei verdächtigte zunächst die ETA.", "de", "ETA (separatist group)", "organisation"),
        ("La policía detuvo a dos miembros de ETA.", "es", "ETA (separatist group)", "organisation"),
        ("BURSA (İHA) - Belediye yeni bir park açtı.", "tr", "İhlas News Agency", "organisation"),
        ("Як повідомляє УНІАН, засідання перенесли.", "uk", "UNIAN", "organisation"),
        ("Gefasst wurde der gesuchte Terrorist Zelimkhan Bekmursajew.", "de", "Zelimkhan Bekmursajew", "person"),
        ("Zum Manöver lief die Pazifikflotte aus.", "de", "Pazifikflotte", "organisation"),
        ("La Flota del Báltico llegó al puerto.", "es", "Flota del Báltico", "organisation"),
        ("Концерт гурту «Сонячний берег» скасували.", "uk", "Sonyachniy bereg", "organisation"),
    ],
)
def test_bodies_agencies_and_people_of_the_second_round(text: str, language: str, actor: str, kind: str) -> None:
    assert names(text, language).get(actor) == kind, names(text, language)


def test_english_eta_is_no_organisation() -> None:
    assert "ETA (separatist group)" not in names("The ship's ETA is Friday morning.", "en")


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Delegatsiya Qozogʻistonning poytaxtiga bordi.", "uz", "Kazakhstan"),  # the genitive -ning
        ("Konfrans Gürcüstandakı universitetdə keçirildi.", "az", "Georgia (country)"),  # the locative -dakı
        ("Delegatsiya Yaponiyaning Tokiodagi mehmonxonasiga bordi.", "uz", "Japan"),  # a case form before a capital
        ("Պատվիրակությունը Ֆրանսիայում էր։", "hy", "France"),  # Armenian's locative
    ],
)
def test_case_endings_glued_to_a_states_name(text: str, language: str, state: str) -> None:
    assert names(text, language).get(state) == "state", names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("سپاه در بیانیه‌ای اعلام کرد که رزمایش آغاز شده است.", "fa", "Islamic Revolutionary Guard Corps"),
        ("نیروهای بسیج در میدان شهر مستقر شدند.", "fa", "Basij"),
        ("فرمانده سپاه قدس به دمشق سفر کرد.", "fa", "Quds Force"),
        ("Die Revolutionsgarden kündigten ein Manöver an.", "de", "Islamic Revolutionary Guard Corps"),
        ("İran Devrim Muhafızları tatbikat başlattı.", "tr", "Islamic Revolutionary Guard Corps"),
        ("伊朗革命卫队宣布举行演习。", "zh", "Islamic Revolutionary Guard Corps"),
    ],
)
def test_irans_revolutionary_guards_their_quds_force_and_the_basij(text: str, language: str, actor: str) -> None:
    assert names(text, language).get(actor) == "organisation", names(text, language)


def test_turkish_ordinal_between_a_title_and_the_name() -> None:
    assert names("Kral 3. Haakon törene katıldı.", "tr").get("Haakon") == "person"
    assert not any(kind == "person" for kind in names("Bakan 5. kez açıklama yaptı.", "tr").values())


def test_persian_mobilisation_is_no_basij() -> None:
    assert "Basij" not in names("رئیس جمهور فرمان بسیج عمومی نیروها را امضا کرد.", "fa")
