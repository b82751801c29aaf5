"""Serbian in Latin letters moved over a Croatian or Bosnian reading by its Ekavian spellings, but not by pieces of
hyphenated loans ("pre-order"), nor by "pre" or "vest", nor in a text writing the choice's own month names (Croatian
"ožujka"), which Serbian does not write. Sentences written for the test (a shop's notes, a tailor's)."""

from __future__ import annotations

from briefing.extract import _by_neighbour_words


def test_hyphenated_loans_do_not_flip_croatian() -> None:
    text = "Igra stiže u trgovine, a za pre-order su dostupni i pre-order paketi za sve kupce."
    assert _by_neighbour_words("hr", text) == "hr"
    assert _by_neighbour_words("bs", "Za pre-order paket i pre-order bonuse javite se u Tuzli.") == "bs"


def test_a_waistcoat_is_no_news() -> None:
    assert _by_neighbour_words("hr", "Kupio je vest od vune, a druga vest bila je plava.") == "hr"


def test_croatian_month_names_keep_croatian() -> None:
    text = "Posle sastanka, gde su bili svi, sednica je zakazana za 3. ožujka."
    assert _by_neighbour_words("hr", text) == "hr"


def test_ekavian_text_is_still_serbian() -> None:
    text = "Posle sastanka, gde su bili svi, sednica je zakazana za 3. mart."
    assert _by_neighbour_words("hr", text) == "sr"
    assert _by_neighbour_words("bs", "Predsednik je rekao da je cena hleba posle nedelju dana ista.") == "sr"
