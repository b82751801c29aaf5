"""A year after a singular article in Italian and Spanish ("l'alluvione del 2010 travolse", "la crecida del 2010"),
whatever word follows: a count above one takes the plural article ("dei 2000 soldati", "los 2000 soldados"). The
texts are written for the test, on a topic of their own (a ferry across the Mono river)."""

from __future__ import annotations

from conftest import dates_read


def test_a_year_after_a_singular_article_before_a_lower_case_word() -> None:
    assert dates_read("La piena del 2010 travolse il traghetto sul Mono.", "it") == [("2010", (2010, None, None))]
    assert dates_read("Il trattato del 2003 definisce il confine sul Mono.", "it") == [("2003", (2003, None, None))]
    assert dates_read("Il governo punta sul 2030 come termine per il nuovo ponte.", "it") == [("2030", (2030, None, None))]
    assert dates_read("La crecida del 2010 arrasó el transbordador.", "es") == [("2010", (2010, None, None))]


def test_a_count_after_a_plural_article_is_no_year() -> None:
    assert dates_read("Il ponte sul Mono ha accolto i 2000 soldati della missione.", "it") == []
    assert dates_read("Il traghetto trasportò dei 1500 passeggeri solo la metà.", "it") == []
    assert dates_read("El transbordador llevó a los 2000 soldados al otro lado.", "es") == []
