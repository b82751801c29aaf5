"""Russian writes a state enterprise's legal form as an acronym before its quoted name ("РГП «Казгидромет»", "ГУП
«Мосводоканал»"): the quoted name is the body, as after "ФК", and the legal form's letters name none, nor do a
detention centre's ("СИЗО", "ИВС"). A company's legal form ("ПАО", "ООО") is left as it was: a company named by its
quoted name and by its acronym ("ПАО «…» / ПАО «…»") would be read as two. Initials alone ("41-летний К.Л.") name no
person, as one initial does not ("une fille, T."). Sentences written for the test (a weather warning, a water cut, an
arrest)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> set[tuple[str, str]]:
    return {(a.kind, s) for a in find_actors(text, "ru") for s in a.surfaces}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("РГП «Казгидромет» объявило штормовое предупреждение.", "Казгидромет"),
        ("ГУП «Мосводоканал» предупредило об отключении воды.", "Мосводоканал"),
    ],
)
def test_the_quoted_name_after_a_legal_form_is_the_body(text: str, body: str) -> None:
    assert found(text) == {("organisation", body)}


def test_a_detention_centre_is_no_body() -> None:
    assert found("Задержанный водворен в СИЗО до суда.") == set()


def test_initials_alone_are_no_person() -> None:
    assert found("Задержанный 35-летний К.Л. разыскивался с 2019 года.") == set()
    assert ("person", "Кирилл Лавров") in found("Задержанный 35-летний Кирилл Лавров разыскивался с 2019 года.")
