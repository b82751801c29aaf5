"""Latin texts in languages the model was not trained on, which it reads as a neighbour: Occitan as Catalan, whose
letters it writes alike, is told by its month and weekday names (CLDR's: "mai", "dimars", "diluns") with its word
for "and" ("e", Catalan's "i"), and its dates are then read with those names; Friulian, whose "â", "ê", "ô", "û"
several languages' alphabets write, is the one whose names the text writes even when a loanword brings a letter
Friulian's alphabet lacks ("ò"). Each text is written for the test."""

from __future__ import annotations

from briefing.extract import detect_language
from conftest import dates_read

OCCITAN = (
    "Lo conselh municipal se reünirà lo dimars 12 de mai a Tolosa. La cònsola e los elegits presentaràn lo budgèt "
    "e las novèlas escòlas. Lo diluns seguent, las associacions e los parents se recamparàn a la plaça del Capitòli "
    "per parlar de la lenga occitana e de son ensenhament."
)


def test_an_occitan_text_is_read_as_occitan_and_its_dates_with_its_names() -> None:
    assert detect_language(OCCITAN) == "oc"
    assert dates_read("Lo collègi foguèt inaugurat lo dimars 24 de mai.", "oc") == [("dimars 24 de mai", (None, 5, 24))]


def test_a_catalan_text_writing_mai_never_stays_catalan() -> None:
    text = (
        "El consell municipal es reunirà dimarts 12 de maig a Barcelona. L'alcaldessa i els regidors presentaran el "
        "pressupost i les noves escoles, i no hi faltarà mai ningú. Dilluns següent, les associacions i els pares es "
        "trobaran a la plaça."
    )
    assert detect_language(text) == "ca"


def test_a_friulian_text_with_a_loanword_letter_is_read_as_friulian() -> None:
    text = (
        "Il sindic di Udin al à presentât vuê il program des ativitâts pe Fieste de Patrie dal Friûl. Lis "
        "associazions e i comuns a podaran domandâ lis bandieris fin ai 3 di Avrîl. La cerimonie e sarà ae sede de "
        "Regjon, cul president dal Consei regjonâl, cui assessôrs e cui sindics dai paîs dal Friûl di Mieç. I "
        "furlans a son invidâts a vistî di fieste lis lôr cjasis, e la bande di Pasian e sunarà une cjançon di Nicolò."
    )
    assert detect_language(text) == "fur"
