"""The base knowledge knows the leaders of the G20's members (2015-2025), the EU's presidents and the UN
Secretaries-General (`data/knowledge/people.yaml`): a new briefing with an empty registry links them by full name
and, where the press writes it alone, by surname, in any case and script. A surname after another given name is
another of the family; a registry's person named in full keeps a later surname alone and the party in brackets after
the name, as a detected person does. Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import mentions_in_order as mentions


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        ("Переговоры продолжились после того, как Путина проинформировали о ситуации на границе.", "Путина", "vladimir-putin"),
        ("وأكد بوتين في كلمته أن بلاده مستعدة لاستئناف المفاوضات قريبا.", "بوتين", "vladimir-putin"),
        ("普京在会见时表示，双方将继续加强合作。", "普京", "vladimir-putin"),
        ("In der Sitzung wurden Merkels Vorschläge zur Migration lange diskutiert.", "Merkels", "angela-merkel"),
        ("Le président Macron a reçu les syndicats à l'Élysée mardi soir.", "Macron", "emmanuel-macron"),
        ("Erdoğan'ın açıklaması sonrasında piyasalar sert tepki verdi.", "Erdoğan", "recep-tayyip-erdogan"),
        ("A reunião com Lula foi adiada para a próxima semana.", "Lula", "luiz-inacio-lula-da-silva"),
        ("The envoy said Guterres would visit the camps next month.", "Guterres", "antonio-guterres"),
        ("Далі Шольц знову виступив перед депутатами.", "Шольц", "olaf-scholz"),  # "then": no given name
        (
            "Brezilya'da Devlet Başkanı Luiz Inacio Lula da Silva yeni bakanları açıkladı.",
            "Luiz Inacio Lula da Silva",
            "luiz-inacio-lula-da-silva",
        ),
    ],
)
def test_a_leader_is_known_without_a_registry(tmp_path: Path, text: str, words: str, actor: str) -> None:
    assert (words, actor) in mentions(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        ("Ivanka Trump visited the factory with the governor on Friday.", "Trump", "donald-trump"),
        ("O deputado Eduardo Bolsonaro falou com jornalistas em Brasília.", "Bolsonaro", "jair-bolsonaro"),
        ("Melania Trump opened the exhibition at the museum.", "Trump", "donald-trump"),
    ],
)
def test_another_of_the_family_is_not_the_leader(tmp_path: Path, text: str, words: str, actor: str) -> None:
    assert (words, actor) not in mentions(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Abe said the shop would open again in the spring.", "Abe"),  # a given name too: only "Shinzo Abe" is listed
        ("La Hollande a battu la Belgique en finale.", "Hollande"),  # the Netherlands, in French
        ("Theresa said May was the best month for the trip.", "May"),
    ],
)
def test_a_surname_that_is_a_common_word_or_name_is_not_listed_alone(tmp_path: Path, text: str, words: str) -> None:
    assert not any(w == words and a.startswith(("shinzo", "francois", "theresa")) for w, a in mentions(tmp_path, text))


def test_a_surname_alone_after_the_full_name_is_the_same_person(tmp_path: Path) -> None:
    found = mentions(
        tmp_path, "Boris Johnson announced his resignation on Thursday.\n\nJohnson, 58, will stay in office until autumn.\n"
    )
    assert ("Johnson", "boris-johnson") in found


def test_a_title_and_surname_after_the_full_name_is_the_same_person(tmp_path: Path) -> None:
    found = mentions(
        tmp_path, "Londra'da Boris Johnson istifa etti. Başbakan Johnson'ın yerine gelecek isim eylülde belli olacak.\n"
    )
    assert [a for w, a in found if "Johnson" in w] == ["boris-johnson", "boris-johnson"]


def test_a_surname_alone_is_not_linked_without_the_full_name(tmp_path: Path) -> None:
    assert not any(a == "boris-johnson" for _, a in mentions(tmp_path, "Johnson said the bridge would reopen on Monday.\n"))


def test_the_party_in_brackets_after_a_known_leader_is_read(tmp_path: Path) -> None:
    found = mentions(tmp_path, "Em Brasília, o presidente Luiz Inácio Lula da Silva (PT) recebeu os governadores.\n")
    assert ("Luiz Inácio Lula da Silva", "luiz-inacio-lula-da-silva") in found
    assert any(w == "PT" for w, _ in found)


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        ("Cumhurbaşkanı Tayyip Erdoğan yeni kabineyi açıkladı.", "Tayyip Erdoğan", "recep-tayyip-erdogan"),
        ("O presidente Luis Inácio Lula da Silva chegou a Roma.", "Luis Inácio Lula da Silva", "luiz-inacio-lula-da-silva"),
    ],
)
def test_the_leaders_own_names_before_a_known_name_are_part_of_it(tmp_path: Path, text: str, words: str, actor: str) -> None:
    assert (words, actor) in mentions(tmp_path, text)


def test_a_family_member_is_a_person_of_their_own(tmp_path: Path) -> None:
    assert ("Ivanka Trump", "ivanka-trump") in mentions(tmp_path, "The adviser Ivanka Trump visited the factory on Friday.\n")


def test_a_surname_before_the_full_name_is_the_same_person(tmp_path: Path) -> None:
    found = mentions(tmp_path, "Başbakan Johnson'ın istifası bekleniyordu.\n\nLondra'da Boris Johnson dün istifa etti.\n")
    assert [a for w, a in found if "Johnson" in w] == ["boris-johnson", "boris-johnson"]


def test_a_korean_surname_alone_after_the_full_name(tmp_path: Path) -> None:
    found = mentions(tmp_path, "O presidente Yoon Suk Yeol foi destituído.\n\nOs deputados acusaram Yoon de insurreição.\n")
    assert ("Yoon", "yoon-suk-yeol") in found


def test_a_nickname_in_quotes_and_the_names_before_it_are_the_leader(tmp_path: Path) -> None:
    found = mentions(tmp_path, 'Luiz Inacio "Lula" da Silva ha vinto il ballottaggio contro Jair Bolsonaro.\n')
    assert [a for w, a in found if "Luiz" in w] == ["luiz-inacio-lula-da-silva"]


def test_a_hyphened_given_name_of_another_is_another_of_the_family(tmp_path: Path) -> None:
    found = mentions(tmp_path, "Il est le fils de l'ancien Premier ministre Pierre-Elliott Trudeau, mort en 2000.\n")
    assert ("Trudeau", "justin-trudeau") not in found
    assert any(w == "Pierre-Elliott Trudeau" for w, _ in found)


def test_a_word_right_before_a_known_leader_is_no_person_of_its_own(tmp_path: Path) -> None:
    found = mentions(tmp_path, "Le Premier ministre Canadien Justin Trudeau a salué la mémoire du défunt.\n")
    assert ("Justin Trudeau", "justin-trudeau") in found
    assert not any(w == "Canadien" for w, _ in found)


def test_a_name_before_a_known_leader_in_a_script_without_capitals_stays_a_person(tmp_path: Path) -> None:
    found = mentions(tmp_path, "وهي ثالث امرأة تدير الحكومة، بعد مارغريت ثاتشر وتيريزا ماي، وواجهت تحديات كبيرة.\n")
    assert ("وتيريزا ماي", "theresa-may") in found
    assert any(w == "مارغريت ثاتشر" for w, _ in found)


def test_a_leader_the_briefing_lists_under_its_own_id_is_one_actor(tmp_path: Path) -> None:
    (tmp_path / "registry").mkdir()
    (tmp_path / "registry/actors.yaml").write_text(
        "actors:\n  - id: trump\n    name: Donald J. Trump\n    kind: person\n    aliases: {en: [Trump]}\n", encoding="utf-8"
    )
    found = mentions(tmp_path, "Donald Trump met the governors on Monday. Later Trump spoke to reporters.\n")
    assert {a for w, a in found if "Trump" in w} == {"trump"}
