"""Russian and Ukrainian: the one capitalised word after a title may open the name of what the title is of, not be a
surname. A word of a state's official name before the state's name (`state_forms`: "премьер-министром Республики
Армения", "президента Республіки Молдова") is the state's; an adjective's case ending before a region's noun
(`region_nouns`) or a body's head-word ("губернатора Курской области", "голова Донецької області") is the region's or
the body's. A surname in an adjective's ending before any other word ("министр Толстой журналистам", "президента
Зеленского") stays a person. Read after another paragraph, as a page's text is. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import actor_mentions, base_registry
from briefing.model import Block


def people(language: str, text: str) -> set[str]:
    blocks = (Block("paragraph", "Совещание прошло в столице."), Block("paragraph", text))
    mentions, detected = actor_mentions(blocks, base_registry(), language)
    persons = {d.id for d in detected if d.kind == "person"}
    return {m.text for m in mentions if m.actor in persons}


@pytest.mark.parametrize(
    ("language", "text", "word", "person"),
    [
        ("ru", "Встреча с премьер-министром Республики Армения Николом Пашиняном.", "Республики", "Николом Пашиняном"),
        ("ru", "При участии губернатора Курской области Смирнова А.В. открыли завод.", "Курской", "Смирнова А.В."),
        ("uk", "Про це повідомили в посольстві президента Республіки Молдова Майї Санду.", "Республіки", None),
        ("uk", "Її провів голова Донецької області.", "Донецької", None),
    ],
)
def test_the_word_opens_the_name_of_what_the_title_is_of(language: str, text: str, word: str, person: str | None) -> None:
    found = people(language, text)
    assert word not in found
    assert person is None or person in found


@pytest.mark.parametrize(
    ("language", "text", "surname"),
    [
        ("ru", "Указ президента Белозерского вступил в силу.", "Белозерского"),
        ("ru", "Об этом сообщил министр Толстой журналистам.", "Толстой"),
        ("uk", "Указ президента Білозерського набув чинності.", "Білозерського"),
    ],
)
def test_a_surname_in_an_adjective_ending_stays(language: str, text: str, surname: str) -> None:
    assert surname in people(language, text)
