"""Texts in languages the model was not trained on, which it reads, sure of itself, as a neighbour: Kirundi as
Kinyarwanda, Romansh as Italian. Where the text writes a month's or weekday's name that is one word of that
language's CLDR names and no language the model can choose writes ("Ndamukiza", "Rusama"; "glindesdi", "avust"),
its date words are counted as when the model hesitates, the choice's words that are the other's too counting for
neither; the text is then read in it, and its dates with its names. A name of several words ("mweri wa ikumi na
moja") proves nothing: its "moja" (one) is a Swahili word too. Each text is written for the test."""

from __future__ import annotations

from briefing.extract import detect_language
from conftest import dates_read

KIRUNDI = (
    "Umukuru w'igihugu yavuze ko amatora azoba ku wa 12 Rusama 2025 mu ntara zose z'Uburundi. Abanyagihugu bose "
    "barasabwe kuja gutora, kandi abategetsi b'intara bazobafasha. Ku wa 3 Ndamukiza, abadepite bariteranye i Gitega "
    "kugira ngo biyumvire ivyo leta yateguye muri uno mwaka, canke ivyo yashikije abanyagihugu."
)
KINYARWANDA = (
    "Perezida wa Repubulika yavuze ko amatora azaba ku wa 12 Gicurasi 2025 mu ntara zose z'u Rwanda. Abaturage bose "
    "barasabwe kwitabira amatora, kandi abayobozi b'intara bazabafasha. Ku wa 3 Mata, abadepite bateraniye i Kigali "
    "kugira ngo basuzume ibyo leta yateganyije muri uyu mwaka, cyangwa ibyo yagejeje ku baturage."
)


def test_a_kirundi_text_naming_its_months_is_read_as_kirundi() -> None:
    assert detect_language(KIRUNDI) == "rn"
    assert dates_read("Yavutse ku wa 5 Ndamukiza 1970 i Gitega.", "rn") == [("5 Ndamukiza 1970", (1970, 4, 5))]


def test_a_kinyarwanda_text_stays_kinyarwanda() -> None:
    assert detect_language(KINYARWANDA) == "rw"


def test_a_romansh_text_naming_a_weekday_and_a_month_is_read_as_romansh() -> None:
    text = (
        "La regenza ha communitgà il glindesdi ch'ella veglia sustegnair las scolas rumantschas er l'onn proxim. "
        "Il president ha ditg ch'il project entschaiva il prim d'avust e ch'i dat en tut las vischnancas dal "
        "chantun novs cudeschs e novas classas per ils uffants che discurran rumantsch."
    )
    assert detect_language(text) == "rm"


def test_an_italian_text_stays_italian() -> None:
    text = (
        "Il consiglio comunale ha comunicato lunedì che vuole sostenere le scuole anche l'anno prossimo. Il sindaco "
        "ha detto che il progetto comincia il primo agosto e che tutti i comuni del cantone riceveranno nuovi libri "
        "e nuove classi per i bambini che parlano italiano."
    )
    assert detect_language(text) == "it"


def test_a_spanish_text_with_portuguese_month_words_in_names_stays_spanish() -> None:
    text = (
        "El equipo de Río de Janeiro ganó el partido del domingo con dos goles de Marco Ruiz. El entrenador dijo que "
        "los jugadores trabajaron mucho durante la semana y que el próximo partido será en casa, frente a un rival "
        "que no ha perdido en todo el torneo."
    )
    assert detect_language(text) == "es"


def test_a_swahili_text_with_a_word_of_a_neighbours_month_name_stays_swahili() -> None:
    text = (
        "Rais amesema kwamba mkutano huo utafanyika mwezi ujao jijini Dodoma. Hiyo ni mara ya kwanza kwa viongozi "
        "wa nchi moja moja kukutana huko, na wananchi wengi wanatarajia kwamba hatua hiyo itasaidia kuleta maendeleo "
        "katika mikoa yote ya nchi."
    )
    assert detect_language(text) == "sw"
