"""Actors in the languages reviewers check most, on topics the extractor was never tuned on: a Chinese name a text
writes twice, read after its title whatever follows it; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def names(text: str, language: str, kind: str | None = None) -> list[str]:
    return [f.name for f in find_actors(text, language) if kind is None or f.kind == kind]


def test_a_chinese_name_the_text_writes_twice_is_read_after_its_title_whatever_follows() -> None:
    """ "创办人周海明签署…" : 签 is a word that follows names; "创办人周海明批准…": 批 is not, yet the text writes
    周海明 again, so the three characters are a name."""
    text = "公司创办人周海明批准了新的计划。周海明昨天在会上解释了原因。"
    assert "周海明" in names(text, "zh", "person")


def test_in_traditional_characters_too() -> None:
    text = "集團創辦人周海明批准了新的計劃。周海明昨天在會上解釋了原因。"
    assert "周海明" in names(text, "zh", "person")


def test_a_name_written_once_before_an_unknown_word_stays_unread() -> None:
    """Written once and followed by a character that follows no name, the title's next three characters may be a
    surname, one character and a word ("主任王明确认…"): not read."""
    assert "王明确" not in names("委员会主任王明确认了这一消息。", "zh", "person")


def test_austrias_parties_with_seats_in_the_nationalrat() -> None:
    text = "Nach der Wahl verhandelt die ÖVP mit der SPÖ und den NEOS, die FPÖ bleibt in der Opposition."
    found = names(text, "de", "organisation")
    for party in ("Austrian People's Party", "Social Democratic Party of Austria", "NEOS", "Freedom Party of Austria"):
        assert party in found


def test_spains_parties_with_seats_in_the_congress() -> None:
    text = "El PSOE negocia con Junts y el PNV, mientras el Partido Popular y Vox votan en contra."
    found = names(text, "es", "organisation")
    for party in (
        "Spanish Socialist Workers' Party",
        "Together for Catalonia",
        "Basque Nationalist Party",
        "People's Party (Spain)",
        "Vox (political party)",
    ):
        assert party in found


def test_a_partys_name_that_is_also_a_verb_is_no_party() -> None:
    """ "Sumar" and "Podemos" alone are verbs ("to add", "we can"): only the party's whole name is the party."""
    text = "Sumar esfuerzos es lo que podemos hacer, dijo el alcalde."
    assert names(text, "es", "organisation") == []


def test_austrias_news_agency_and_broadcaster_and_bloomberg() -> None:
    found = names("Laut einer Hochrechnung für APA und ORF liegt die Partei vorn, berichtet auch Bloomberg News.", "de")
    assert {"Austria Presse Agentur", "ORF (broadcaster)", "Bloomberg News"} <= set(found)
    assert "Bloomberg News" in names("彭博社称，会议将推迟。", "zh")


def test_opec_by_its_chinese_names_in_either_script() -> None:
    assert "OPEC" in names("石油输出国组织成员国同意延长减产。", "zh")
    assert "OPEC" in names("歐佩克成員國同意延長減產。", "zh")


def test_a_chinese_name_after_hong_kongs_chief_executive_title_before_a_verb() -> None:
    """ "特首" (a special region's chief executive) is a title; "提", "点", "批", "接", "呼", "否", "触" open the verbs
    that follow a name ("提请", "点名", "批评", "接见", "呼吁", "否认", "触犯")."""
    assert "周海明" in names("澳门特首周海明提请立法会审议新法。", "zh", "person")
    assert "吴家伟" in names("办公室主任吴家伟点名批评两家公司。", "zh", "person")
    assert "吴家伟" in names("部长吴家伟否认了这一说法。", "zh", "person")


def test_a_title_in_the_plural_names_no_one() -> None:
    """ "议员们加班加点": 们 makes the title plural (the members worked overtime); what follows is no name."""
    assert names("投票前,议员们加班加点审议法案。", "zh", "person") == []


def test_bloomberg_alone_is_no_outlet() -> None:
    """ "Bloomberg" alone is also a surname ("le maire Michael Bloomberg") and the start of other names (an index):
    the outlet only as "Bloomberg News" or its Chinese names."""
    assert "Bloomberg News" not in names("Selon le maire Michael Bloomberg, la ville a rouvert ses écoles.", "fr")


def test_bloomberg_credited_in_persian() -> None:
    assert "Bloomberg News" in names("به گزارش ایرنا از بلومبرگ، بازار نفت آرام ماند.", "fa")
