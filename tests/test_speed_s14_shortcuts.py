"""What the speed work of the fourteenth session kept: each shortcut gives what the slower reading gave, on texts
written for these tests where the two could part (the real-text sets' extractions were compared whole before and
after, byte for byte)."""

from __future__ import annotations

import random

import pytest
from briefing import dates, extract
from briefing.extract import _language_identifier, _visits, detect_language
from briefing.model import Block, Source
from briefing.pipeline import Project, load_registry
from briefing.registry import Registry
from py3langid.langid import visit_counts

TEXTS = [
    "",
    " ",
    "  Talks  resumed   in Doha on 4 March 2024. ",
    "Talks resumed in Doha on 4 March 2024, and talks resumed again in Doha on 5 March.",
    "Le gouvernement a annoncé lundi que la réforme serait présentée au Parlement en mars.",
    "Правительство объявило в понедельник, что реформа будет представлена в марте.",
    "أعلنت الحكومة يوم الاثنين أن الإصلاح سيقدم إلى البرلمان في مارس.",
    "会谈于2024年1月5日恢复，12月再次举行。 美國CNN 报道",
    "ALL IN CAPITALS, AS A HEADLINE IS",
]


def _plain_walk(text: str):
    identifier = _language_identifier()
    return visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, identifier._encode(text))


def test_a_word_walked_again_counts_the_features_the_whole_walk_counts_in_the_same_order(monkeypatch) -> None:
    """The same word in another state (after another word) walks again: its features there are other ones."""
    identifier = _language_identifier()
    rnd = random.Random(14)
    texts = TEXTS + ["".join(rnd.choice("ab éя中ح  ") for _ in range(rnd.randint(0, 30))) for _ in range(2000)]
    for text in texts + texts:  # the second time, every word's steps are the ones kept
        plain, kept = _plain_walk(text), _visits(identifier, identifier._encode(text))
        assert list((plain or {}).items()) == list(kept.items()), text
    monkeypatch.setattr(extract, "WALKS_KEPT", 3)  # the kept steps forgotten every few words
    extract._walked_words.clear()
    for text in texts[:300]:
        assert list((_plain_walk(text) or {}).items()) == list(_visits(identifier, identifier._encode(text)).items())
    assert len(extract._walked_words) <= 3


def test_the_language_and_its_scores_are_py3langid_s_own() -> None:
    from py3langid.langid import LanguageIdentifier

    identifier = _language_identifier()
    for text in TEXTS:
        encoded = identifier._encode(text)
        plain = LanguageIdentifier._raw_score(identifier, encoded)  # the library's walk, on the same table
        assert (identifier._raw_score(encoded) == plain).all(), text
    assert [detect_language(t) for t in TEXTS[3:7]] == ["en", "fr", "ru", "ar"]


def test_a_text_read_again_for_dates_gives_the_dates_its_language_gives() -> None:
    """The same figures are another day in a language that reads its slashed dates day first."""
    dates.forget_found()
    text = "The ministers met on 4/3/2024 in Doha."
    us, uk = dates.find_dates(text, "en"), dates.find_dates(text, "fr")
    assert us == dates._find_dates(text, "en") and uk == dates._find_dates(text, "fr")
    assert (us[0].month, us[0].day) != (uk[0].month, uk[0].day)
    again = dates.find_dates(text, "en")
    assert again == us and again is not us
    again.clear()  # a caller's list is its own
    assert dates.find_dates(text, "en") == us


def test_the_dates_kept_for_a_source_are_forgotten_when_the_next_is_read() -> None:
    dates.forget_found()
    dates.find_dates("Talks on 4 March 2024.", "en")
    assert dates._FOUND
    source = Source("sources/a.txt", "txt", "0", (Block("paragraph", "No date here at all, said the minister."),), (), {}, {})
    extract.extract(source, Registry({}, {}))
    assert ("Talks on 4 March 2024.", "en") not in dates._FOUND


@pytest.mark.parametrize("kept", [1, 2])
def test_dates_found_past_the_kept_number_are_found_again_alike(monkeypatch, kept: int) -> None:
    monkeypatch.setattr(dates, "FOUND_KEPT", kept)
    dates.forget_found()
    texts = ["Talks on 4 March 2024.", "Talks on 5 March 2024.", "Talks on 4 March 2024.", "يوم 4 مارس 2024"]
    for text in texts:
        assert dates.find_dates(text, "en") == dates._find_dates(text, "en")
    assert len(dates._FOUND) <= kept


def test_the_language_is_the_one_the_month_names_chose_also_where_one_language_alone_is_close(monkeypatch) -> None:
    from briefing.extract import CLOSE_SCORES, _by_letters, _names_months

    def slower(text: str) -> str:
        sample = text[:2000]
        ranked = _language_identifier().rank(sample)
        close = [language for language, score in ranked[:4] if ranked[0][1] - score <= CLOSE_SCORES * abs(ranked[0][1])]
        return _by_letters(next((language for language in close if _names_months(language, sample)), close[0]), sample)

    texts = [
        *TEXTS[2:],
        "Sastanak je održan 28. veljače 2024. u Zagrebu.",
        "Sastanak je održan 28. februara 2024. u Sarajevu.",
        "Састанак је одржан 28. фебруара 2024. у Београду.",
        "Møtet ble holdt 28. februar 2024 i Oslo.",
        "Sastanak 28. februara.",  # two languages close: the month names choose
        "Vijesti, 5. januar 2024.",
    ]
    assert [detect_language(t) for t in texts] == [slower(t) for t in texts]
    asked: list[str] = []
    monkeypatch.setattr(extract, "_names_months", lambda language, text: asked.append(language) or _names_months(language, text))
    assert detect_language("Møtet ble holdt 28. februar 2024 i Oslo.") == "no" and not asked  # one close language
    detect_language("Sastanak 28. februara.")
    assert asked  # two: the month names choose


BODIES = (
    "Azerbaijan's foreign ministry and the Chinese coast guard met in Doha, and Qatar said the Turkish government and "
    "the Armenian defence ministry agreed. Ilham Aliyev spoke after the Turkish military and before Russia's navy."
)


def test_the_lower_case_rules_are_asked_only_of_words_that_can_open_a_body(tmp_path, monkeypatch) -> None:
    """A word after a state's name opens a body only as a field or a head-word ("foreign ministry", "navy"), never
    as "and" or "said": the bodies are the ones found when every such word was asked."""
    from briefing import detect_cased
    from briefing.actors import actor_mentions

    registry, _ = load_registry(Project(tmp_path))
    blocks = (Block("paragraph", BODIES),)
    asked: list[str] = []
    after_state = detect_cased._after_state

    def counted(text, matches, raw, norms, held, w, i, states):
        asked.append(norms[i])
        return after_state(text, matches, raw, norms, held, w, i, states)

    monkeypatch.setattr(detect_cased, "_after_state", counted)
    _, found = actor_mentions(blocks, registry, "en")
    names = sorted(d.name for d in found)
    assert "foreign" in asked and "navy" in asked
    assert not {"and", "said", "spoke", "agreed"} & set(asked)
    assert any("Foreign Affairs" in n for n in names) and any("Coast Guard" in n for n in names), names
    assert any("Navy" in n for n in names) and any(n == "Ilham Aliyev" for n in names), names
