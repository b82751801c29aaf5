"""A person named in full, then by the surname alone or with a title: one actor, not two. Chinese writes the
family name before a form of address ("王外长" after "王毅"); Arabic script has no capitals to end a name read after a
title, so a later surname alone shows where it ended; Cyrillic declines the surname. Sentences written for these
tests; empty topic registry."""

from __future__ import annotations

import pytest
from briefing.actors import actor_mentions, base_registry, find_actors, free_id_base
from briefing.model import Block


def people(text: str, language: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.name, f.surfaces) for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("外长王毅13日表示，两国同意继续对话。王外长还说，会谈富有成果。", "王毅", "王外长"),
        ("国务院总理李强会见了来访的代表团。李总理指出，两国合作潜力巨大。", "李强", "李总理"),
        ("卫健委主任马晓伟说，疫情稳定。马主任还说，医院运转正常。", "马晓伟", "马主任"),
        ("總理李強說，經濟保持穩定。李總理還說，改革將繼續。", "李強", "李總理"),  # traditional characters
    ],
)
def test_a_chinese_family_name_with_a_title_is_the_person_named_in_full(text: str, name: str, short: str) -> None:
    assert people(text, "zh") == [(name, (name, short))]


def test_across_paragraphs() -> None:
    blocks = (Block("paragraph", "外长王毅13日表示，两国同意继续对话。"), Block("paragraph", "王外长还说，会谈富有成果。"))
    mentions, detected = actor_mentions(blocks, base_registry(), "zh")
    wang = [d for d in detected if d.kind == "person"]
    assert [d.name for d in wang] == ["王毅"]
    assert [m.text for m in mentions if m.actor == wang[0].id] == ["王毅", "王外长"]


def test_two_people_of_one_family_name_leave_the_title_alone() -> None:
    """ "王部长" could be either minister: it joins neither."""
    text = "外长王毅说，两国同意继续对话。商务部长王文涛说，贸易稳定。王部长还表示，会谈富有成果。"
    found = people(text, "zh")
    assert ("王毅", ("王毅",)) in found and ("王文涛", ("王文涛",)) in found
    assert not [f for f in found if "王部长" in f[1]]


def test_a_family_names_character_inside_a_word_is_no_surname() -> None:
    """ "双方外长" are the two sides' foreign ministers, not a minister Fang: 方 ends the common word 双方."""
    text = "国防部长方志刚说，局势稳定。双方外长随后举行会谈。"
    assert people(text, "zh") == [("方志刚", ("方志刚",))]


def test_no_full_name_no_person_by_family_name() -> None:
    assert not [f for f in people("王外长还说，会谈富有成果。", "zh") if f[0] == "王毅"]


def test_a_dot_operator_joins_a_transliterated_name() -> None:
    """Texts type the bullet operator (U+2219) for the middle dot: "谢尔盖∙伊万诺夫", then "伊万诺夫" alone."""
    text = "前情报官员谢尔盖∙伊万诺夫周一在伦敦被捕。伊万诺夫的律师拒绝置评。"
    assert ("谢尔盖∙伊万诺夫", ("谢尔盖∙伊万诺夫", "伊万诺夫")) in people(text, "zh")


@pytest.mark.parametrize(
    ("text", "language", "name", "surname"),
    [
        # "reported": the verb after the name, read into it
        (
            "وزیر خارجه روسیه سرگئی لاوروف خبر داد که گفت‌وگوها ادامه دارد. لاوروف این توافق را مهم خواند.",
            "fa",
            "سرگئی لاوروف",
            "لاوروف",
        ),
        # the same after an agency's credit whose name holds the read-on word ("خبرگزاری" holds "خبر")
        (
            "به گزارش خبرگزاری ایرنا، وزیر خارجه روسیه سرگئی لاوروف خبر داد که گفت‌وگوها ادامه دارد. لاوروف این توافق را"
            " مهم خواند.",
            "fa",
            "سرگئی لاوروف",
            "لاوروف",
        ),
        # "his win": the noun after the name, read into it
        (
            "وأعلن الرئيس الفنزويلي نيكولاس مادورو فوزه بالانتخابات. وقال مادورو إن البلاد مستقرة.",
            "ar",
            "نيكولاس مادورو",
            "مادورو",
        ),
    ],
)
def test_a_surname_alone_ends_a_name_read_on(text: str, language: str, name: str, surname: str) -> None:
    assert people(text, language) == [(name, (name, surname))]


def test_a_name_whose_last_word_comes_back_alone_stays_whole() -> None:
    text = "قال الرئيس الكازاخي قاسم جومارت توكاييف إن الحكومة مستعدة. وقال توكاييف إن الحوار مستمر."
    assert people(text, "ar") == [("قاسم جومارت توكاييف", ("قاسم جومارت توكاييف", "توكاييف"))]


@pytest.mark.parametrize(
    ("text", "language", "surname"),
    [
        ("Министр иностранных дел Сергей Лавров выступил во вторник. Слова Лаврова передали агентства.", "ru", "Лаврова"),
        ("Міністр закордонних справ Дмитро Кулеба виступив у вівторок. За словами Кулеби, рішення ухвалено.", "uk", "Кулеби"),
        ("Dışişleri Bakanı Hakan Fidan açıklama yaptı. Fidan'ın açıklaması dikkat çekti.", "tr", "Fidan"),
    ],
)
def test_a_declined_surname_alone_is_the_person_named_in_full(text: str, language: str, surname: str) -> None:
    found = people(text, language)
    assert len(found) == 1 and surname in found[0][1]


def test_a_surname_alone_in_a_later_paragraph_ends_a_name_read_on() -> None:
    blocks = (
        Block("paragraph", "وزیر خارجه روسیه سرگئی لاوروف خبر داد که گفت‌وگوها ادامه دارد."),
        Block("paragraph", "لاوروف این توافق را مهم خواند."),
    )
    mentions, detected = actor_mentions(blocks, base_registry(), "fa")
    lavrov = [d for d in detected if d.kind == "person"]
    assert [d.name for d in lavrov] == ["سرگئی لاوروف"]
    assert [m.text for m in mentions if m.actor == lavrov[0].id] == ["سرگئی لاوروف", "لاوروف"]


def test_a_name_read_on_and_cut_takes_the_address_of_the_cut_name() -> None:
    blocks = (Block("paragraph", "وزیر خارجه روسیه سرگئی لاوروف خبر داد که گفت‌وگوها ادامه دارد. لاوروف آن را مهم خواند."),)
    _, detected = actor_mentions(blocks, base_registry(), "fa")
    (lavrov,) = [d for d in detected if d.kind == "person"]
    assert lavrov.id == free_id_base("سرگئی لاوروف") and "khbr" not in lavrov.id
