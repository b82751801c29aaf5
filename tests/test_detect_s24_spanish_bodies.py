"""Spanish bodies named by the dictionary's words for courts, associations, unions and federations ("la Audiencia
Nacional", "el Juzgado Central de lo Penal", "Comisiones Obreras"); texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def names(text: str, language: str, kind: str | None = None) -> list[str]:
    return [f.name for f in find_actors(text, language) if kind is None or f.kind == kind]


def test_spanish_courts_associations_and_unions_by_their_head_words() -> None:
    text = (
        "La Audiencia Nacional citó a los dos directivos, y el Juzgado Central de lo Penal fijó la fecha. La Fiscalía"
        " y la Asociación de Vecinos del Puerto (AVP) recurrieron, apoyadas por Comisiones Obreras (CCOO)."
    )
    found = names(text, "es", "organisation")
    for body in (
        "Audiencia Nacional",
        "Juzgado Central de lo Penal",
        "Fiscalía",
        "Asociación de Vecinos del Puerto",
        "Comisiones Obreras",
    ):
        assert body in found
    assert "Fiscalía y la Asociación de Vecinos del Puerto" not in found
