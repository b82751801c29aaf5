"""Actors with an empty topic registry (issue 15) in zh, fa and the cased languages, on made-up sentences: Chinese
parties' short names and the Chinese names after them, a second name a title holds, a state's news agency and TV
station, a dotted name's one-character end, a transliterated leader's party, compass words before 约; Persian
ministries, plural nouns and times after a title; a party in parentheses after a person's name; the European
Parliament in the languages its entry lacked."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind, f.surfaces) for f in find_actors(text, language)}


def surfaces(text: str, language: str, kind: str) -> set[str]:
    return {s for f in find_actors(text, language) if f.kind == kind for s in f.surfaces}


@pytest.mark.parametrize(
    ("text", "language", "kind", "surface"),
    [
        # a party's short name, then the Chinese name of its candidate, with or without 的
        ("这次选举由民进党的赖清德胜出。", "zh", "organisation", "民进党"),
        ("这次选举由民进党的赖清德胜出。", "zh", "person", "赖清德"),
        ("此前国民党马英九执政8年。", "zh", "person", "马英九"),
        ("此前国民党马英九执政8年。", "zh", "organisation", "国民党"),
        # traditional characters are read as simplified ones
        ("另外兩名候選人,國民黨的侯友宜和民眾黨的柯文哲,則落敗。", "zh", "person", "柯文哲"),
        ("另外兩名候選人,國民黨的侯友宜和民眾黨的柯文哲,則落敗。", "zh", "organisation", "民眾黨"),
        # a second Chinese name the title holds
        ("正副总统候选人赖清德与萧美琴在开票后一路领先。", "zh", "person", "萧美琴"),
        # a state's news agency and its television, a research organisation
        ("据斯洛伐克通讯社报道,总理遭枪击。", "zh", "organisation", "斯洛伐克通讯社"),
        ("据伊朗国家电视台报道,他在德黑兰遇袭。", "zh", "organisation", "伊朗国家电视台"),
        ("印度空间研究组织23日说,着陆器成功着陆。", "zh", "organisation", "印度空间研究组织"),
        # Persian: a ministry named after وزارت
        ("ساعاتی پیش وزارت امور اضطراری روسیه اعلام کرد که هواپیما سقوط کرد.", "fa", "organisation", "وزارت امور اضطراری"),
        # an outlet credited after "به گزارش" whose name closes with a state's adjective or name
        ("به گزارش خبرگزاری صدای افغان، این زلزله باعث وحشت مردم شده است.", "fa", "organisation", "خبرگزاری صدای افغان"),
        ("به گزارش تلویزیون دولتی کوبا، فیدل کاسترو درگذشت.", "fa", "organisation", "تلویزیون دولتی کوبا"),
        # a party in parentheses after a person's name
        (
            "Al ballottaggio vanno il ministro Sergio Massa (Unión por la Patria) e Javier Milei (La Libertad Avanza).",
            "it",
            "organisation",
            "Unión por la Patria",
        ),
        ("Gesundheitsminister Karl Lauterbach (SPD) sagte am Montag, die Lage sei ernst.", "de", "organisation", "SPD"),
        ("La candidata Patricia Bullrich (Juntos por el Cambio) quedó tercera.", "es", "organisation", "Juntos por el Cambio"),
        # an acronym with an umlaut
        ("Auch Bundeskanzler Alexander Schallenberg (ÖVP) wird teilnehmen.", "de", "organisation", "ÖVP"),
        # the Spanish press's spellings of Bahrain and Mali, the Emirates' acronym in Ukrainian
        ("Bahréin anunció el viernes que normalizará sus relaciones.", "es", "state", "Bahréin"),
        ("Los militares tomaron el poder en Malí el martes.", "es", "state", "Malí"),
        ("ОАЕ та Ізраїль підписали угоду у Білому домі.", "uk", "state", "ОАЕ"),
        # German: the Emirates in the dative, before their acronym, are the state
        ("Nach den Vereinigten Arabischen Emiraten (VAE) will auch Bahrain Beziehungen aufnehmen.", "de", "state", "VAE"),
    ],
)
def test_found(text: str, language: str, kind: str, surface: str) -> None:
    assert surface in surfaces(text, language, kind)


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        # "northeast, about 150 km" names no NATO
        ("事件发生在距首都东北约150公里处。", "zh", "北约"),
        # Persian: the Catholics of the world, a plural, and "last month" are no persons
        ("پاپ فرانسیس، رهبر کاتولیکهای جهان، درگذشت.", "fa", "کاتولیکهای جهان"),
        ("دونالد ترامپ، رئیسجمهور آمریکا ماه گذشته خبر نهایی شدن توافق را اعلام کرد.", "fa", "ماه گذشته"),
        # Italian: the Gaza Strip is a place, no person
        ("Fu capo dell’amministrazione della Striscia di Gaza dal 2014 al 2017.", "it", "Striscia di Gaza"),
    ],
)
def test_not_found(text: str, language: str, surface: str) -> None:
    assert surface not in {s for f in find_actors(text, language) for s in f.surfaces}


@pytest.mark.parametrize(
    ("text", "language", "body", "not_body"),
    [
        # a common noun before 党 ("the two parties", "that party") is no party's name; the party's short name is one
        ("美国两党都批评民进党。", "zh", "民进党", "国两党"),
        ("该政党与国民党结盟。", "zh", "国民党", "该政党"),
        # a transliterated leader's party is not a party called by his name's last two characters
        ("民进党批评了穆加贝党主席职务。", "zh", "民进党", "加贝党"),
        # one capitalised word in parentheses after a name may be a town: no body; two words are the party
        (
            "Il sindaco Mario Rossi (Cremona) e il senatore Carlo Bianchi (Azione Popolare) hanno parlato.",
            "it",
            "Azione Popolare",
            "Cremona",
        ),
    ],
)
def test_bodies_and_common_nouns(text: str, language: str, body: str, not_body: str) -> None:
    bodies = surfaces(text, language, "organisation")
    assert body in bodies and not_body not in {s for f in find_actors(text, language) for s in f.surfaces}


def test_von_transliterated_not_a_firms_one_character() -> None:
    # 冯 transliterates "von" in a name after a title; a firm's name with one character after the dot is no person
    people = surfaces("欧盟委员会主席冯德莱恩批评了莫萨克•冯赛卡律师事务所。", "zh", "person")
    assert "冯德莱恩" in people and "莫萨克•冯" not in people


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Європейський парламент схвалив угоду.", "uk"),
        ("تائید آن از سوی پارلمان اروپا خواهد بود.", "fa"),
        ("欧洲议会批准了该协议。", "zh"),
    ],
)
def test_european_parliament(text: str, language: str) -> None:
    assert "European Parliament" in found(text, language)
