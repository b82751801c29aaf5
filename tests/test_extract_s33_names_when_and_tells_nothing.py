"""Texts in languages the model was not trained on that write the same word for "and" as the language it reads
them as, or one CLDR's list pattern does not give: Sardinian ("e") read as Italian, Manx ("as", which CLDR gives
no pattern for) read as English, Cornish ("ha", likewise) read as Welsh. Where both languages write the same "and",
it tells neither, and the month and weekday names (CLDR's) tell alone: two of the other's at least, and not one of
the choice's. Where CLDR gives no "and", `data/detection_words.yaml` lists it (Manx "as", Cornish "ha", "hag",
Welsh "a", "ac"). The text is then read in its language, and its dates with its names. Each text is written for
the test."""

from __future__ import annotations

from briefing.extract import detect_language
from conftest import dates_read

SARDINIAN = (
    "Su cussìgiu comunale s'est atobiadu lunis 3 de làmpadas in sa sala manna de sa bidda. Su sìndigu at nadu chi "
    "sas òperas ant a cumintzare in trìulas e chi sa pratza noa at a èssere pronta pro sa festa. Sos bidditanos e "
    "sos cussigeris ant aprovadu su progetu."
)
ITALIAN = (
    "Il consiglio comunale si è riunito lunedì 3 giugno nella sala grande del paese. Il sindaco ha detto che i lavori "
    "cominceranno a luglio e che la piazza nuova sarà pronta per la festa. I cittadini e i consiglieri hanno approvato "
    "il progetto."
)
MANX = (
    "Feailley noa ayns Doolish\nRead more Share this page\nVa feailley kiaull ayns Doolish y Jeheiney shoh chaie, as "
    "haink ram sleih dy clashtyn rish ny kiaulleyderyn. Dooyrt yn stiureyder dy vel ad jannoo aarlaghey son feailley "
    "elley ayns Mee Averil, as dy bee ee ny smoo."
)
CORNISH = (
    "Messach an Lewydh\nYth yw an yeth bew ha krev, ha ni a vynn hy skoodhya. Mis Hedra y feu an kynsa klass, ha mis Du an nessa."
)


def test_a_sardinian_text_naming_its_months_and_days_is_read_as_sardinian() -> None:
    assert detect_language(SARDINIAN) == "sc"
    assert dates_read("Su cussìgiu s'est atobiadu su 3 de làmpadas 2024.", "sc") == [("3 de làmpadas 2024", (2024, 6, 3))]


def test_italian_stays_italian_even_beside_sardinian_names() -> None:
    assert detect_language(ITALIAN) == "it"
    # two Sardinian names as the names of festivals, but an Italian month beside them: the text is Italian's
    festivals = "Il festival Làmpadas e la rassegna Trìulas si terranno a giugno, e il sindaco ha detto che la piazza è pronta."
    assert detect_language(festivals) == "it"


def test_a_manx_text_under_english_furniture_is_read_as_manx() -> None:
    assert detect_language(MANX) == "gv"
    assert dates_read("Bee yn chaglym ayns Averil 2024.", "gv") == [("Averil 2024", (2024, 4, None))]


def test_english_writing_as_often_stays_english() -> None:
    english = "As the council said, the plan would mean new roads as well as new schools, as soon as the money arrives."
    assert detect_language(english) == "en"


def test_a_cornish_text_is_read_as_cornish_and_breton_and_welsh_stay_theirs() -> None:
    assert detect_language(CORNISH) == "kw"
    breton = (
        "Bodadeg ar gevredigezh a zo bet d'ar Sadorn 9 a viz Here 2021 e Kemper. Komzet o deus an izili eus "
        "levrioù ha kanaouennoù, ha roet en deus ar prezidant ur priz d'ur c'helenner."
    )
    assert detect_language(breton) == "br"
    welsh = "Dywedodd y Cyngor a'r Llywodraeth y bydd y cynllun yn dechrau ym mis Hydref ac yn gorffen ym mis Rhagfyr."
    assert detect_language(welsh) == "cy"
