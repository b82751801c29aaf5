"""The base knowledge also knows, by rule (`data/knowledge/people.yaml`'s header), the leaders of the other states
of more than 40 million people and the chief officers of the main international organisations (2015-2025): a new
briefing with an empty registry links them in any language, by full name and by the surname the press writes alone;
a surname that is a common word or name elsewhere is not listed alone. A Chinese name whose parts a middle dot or a
hyphen joins is one name, with any of the dots typed for it. Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import mentions_in_order as mentions


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        ("Prime Minister Abiy Ahmed opened the new dam on a rainy morning.", "Abiy Ahmed", "abiy-ahmed"),
        ("Зеленский обратился к депутатам вечером в среду.", "Зеленский", "volodymyr-zelenskyy"),
        ("Зеленського запросили на саміт у травні.", "Зеленського", "volodymyr-zelenskyy"),
        ("واستقبل السيسي الوفد في القاهرة صباح اليوم.", "السيسي", "abdel-fattah-el-sisi"),
        ("وأعلن الرئيس عبدالمجيد تبون إجراءات جديدة.", "عبدالمجيد تبون", "abdelmadjid-tebboune"),
        ("خامنه‌ای در دیدار با دانشجویان سخنرانی کرد.", "خامنه‌ای", "ali-khamenei"),
        ("泽连斯基在视频讲话中呼吁援助。", "泽连斯基", "volodymyr-zelenskyy"),
        ("Zelenskiy, Ankara'daki görüşmeden sonra açıklama yaptı.", "Zelenskiy", "volodymyr-zelenskyy"),
        ("Selenskyj dankte den Helfern in einer Videobotschaft.", "Selenskyj", "volodymyr-zelenskyy"),
        ("Stoltenberg warned the allies about the shortage of shells.", "Stoltenberg", "jens-stoltenberg"),
        ("Tedros a appelé les États à partager les vaccins.", "Tedros", "tedros-adhanom-ghebreyesus"),
        ("Grossi visitó la central nuclear el martes.", "Grossi", "rafael-grossi"),
        ("谭德塞表示，疫情仍在蔓延。", "谭德塞", "tedros-adhanom-ghebreyesus"),
        ("Il papa Francesco ha ricevuto i vescovi in Vaticano.", "papa Francesco", "pope-francis"),
        ("Museveni signed the bill into law on Monday.", "Museveni", "yoweri-museveni"),
    ],
)
def test_a_leader_or_chief_officer_is_known_without_a_registry(tmp_path: Path, text: str, words: str, actor: str) -> None:
    assert (words, actor) in mentions(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "words", "ids"),
    [
        ("Khan said the bakery would close early on Friday.", "Khan", ("imran-khan",)),
        ("Marcos and his brother ran the shop in Lisbon.", "Marcos", ("bongbong-marcos",)),
        ("John McCain spoke to the senators about the bill.", "McCain", ("cindy-mccain",)),
        ("ووصل الكاردينال بيترو بارولين إلى بيروت.", "بيترو", ("gustavo-petro",)),
        ("Santos won the match against the visitors.", "Santos", ("juan-manuel-santos",)),
    ],
)
def test_a_surname_that_is_a_common_word_or_name_is_not_listed_alone(
    tmp_path: Path, text: str, words: str, ids: tuple[str, ...]
) -> None:
    assert not any(a in ids for _, a in mentions(tmp_path, text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("乌克兰总统弗拉基米尔·泽连斯基周一表示。", "弗拉基米尔·泽连斯基"),
        ("乌克兰总统弗拉基米尔•泽连斯基周一表示。", "弗拉基米尔•泽连斯基"),  # a bullet typed for the dot
        ("埃及总统阿卜杜勒-法塔赫·塞西会见了代表团。", "阿卜杜勒-法塔赫·塞西"),  # "法塔赫" alone is Fatah
    ],
)
def test_a_chinese_name_with_a_middle_dot_is_one_name(tmp_path: Path, text: str, words: str) -> None:
    found = mentions(tmp_path, text)
    assert words in [w for w, _ in found]
    assert not any(w in words and w != words for w, a in found if a != "ukraine" and a != "egypt")


def test_a_dotted_given_name_before_a_known_surname_is_part_of_the_name(tmp_path: Path) -> None:
    found = mentions(tmp_path, "声明称，总统阿卜杜勒阿齐兹•布特弗利卡已提交辞呈。")
    assert ("阿卜杜勒阿齐兹•布特弗利卡", "abdelaziz-bouteflika") in found
    assert [a for _, a in found] == ["abdelaziz-bouteflika"]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("وقال الفريق أول ركن عبد الفتاح البرهان توجه صباح اليوم إلى جوبا.", "abdel-fattah-al-burhan"),
        ("وأكد الرئيس عبد الفتاح السيسي غادر القاهرة مساء أمس.", "abdel-fattah-el-sisi"),
    ],
)
def test_arabic_words_after_a_known_persons_name_are_no_person(tmp_path: Path, text: str, known: str) -> None:
    """A title's name read on past the name a registry knows: the words after it name no one."""
    assert [a for _, a in mentions(tmp_path, text) if a not in ("south-sudan", "egypt")] == [known]


def test_two_arabic_names_joined_by_and_are_two_people(tmp_path: Path) -> None:
    found = mentions(tmp_path, "والتقى الرئيس عبد الفتاح السيسي ووزير الخارجية سامح شكري بالوفد.")
    assert "abdel-fattah-el-sisi" in [a for _, a in found] and any(w == "سامح شكري" for w, _ in found)


def test_a_shorter_name_outside_a_longer_unspaced_name_is_still_found(tmp_path: Path) -> None:
    assert ("法塔赫", "fatah") in mentions(tmp_path, "哈马斯和法塔赫代表团在开罗会面。")
