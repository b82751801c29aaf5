"""Languages the model was not trained on, which it reads as a close neighbour, told by their very frequent function
words (`data/detection_words.yaml` function_words): Setswana ("go", "gore", "mme") read as Sesotho ("ho", "hore", "empa"),
Asturian ("ye", "nun", "nel", "pol") as Spanish, Tibetan ("ཡིན", "ཀྱི", "ཀྱིས") as Dzongkha ("ཨིན", "འབད", "ལུ"),
Chechen ("а", "иза", "цул", "ду") as Russian, Romansh ("ils", "cun", "betg") as Italian or Catalan, Lower
Sorbian ("jo", "wót", "pśez") as Polish, Chichewa ("ndi", "komanso", "omwe") as Shona or Swahili, Haitian Creole
("nan", "pou", "yon", "ak") as whichever language scores best. The neighbours, short and long, stay themselves,
and a Galician text writing "dende" and "pola" is no Asturian. Each text is written for the test."""

from __future__ import annotations

import pytest
from briefing.extract import detect_language
from conftest import dates_read

SETSWANA = (
    "Tautona o buile gore puso e tlaa tswelela go thusa balemi ba mmu mo dikgaolong tsotlhe tsa naga. "
    "O tlhalositse fa a ne a bua le baagi kwa Gaborone mme a re madi a tlaa dirisiwa go aga ditsela gape. "
    "Batho ba le bantsi ba ne ba tsile go reetsa jaaka go ne go solofetswe, kgotsa go botsa dipotso."
)
SESOTHO = (
    "Tonakgolo o itse mmuso o tla tswela pele ho thusa bahlahisi ba lijalo libakeng tsohle tsa naha. "
    "O hlalositse hore ha a ne a bua le baahi Maseru, chelete e tla sebelisoa ho aha litsela hape, empa "
    "ha ho letho le tla etsahala joale. Batho ba bangata ba tlile ho mamela jwaloka ha ho ne ho lebelletsoe."
)
ASTURIAN = (
    "El Gobiernu del Principáu presentó güei nel Conceyu de Xixón un plan pa la llingua asturiana. "
    "La conseyera dixo que'l plan nun ye namás pa les escueles, sinón pa tolos conceyos, y que va "
    "aplicase pol branu. Tamién anunció ayudes pa les asociaciones que trabayen col idioma dende hai años."
)
SPANISH = (
    "El Gobierno regional presentó hoy en el Ayuntamiento un plan para la lengua. La consejera dijo que el plan "
    "no es solo para las escuelas, sino para todos los municipios, y que se aplicará desde el verano. También "
    "anunció ayudas muy esperadas para las asociaciones que trabajan con el idioma."
)
GALICIAN = (
    "O Goberno galego presentou onte no Concello de Vigo un plan para a lingua. A conselleira dixo que o plan "
    "non é só para as escolas, senón para todos os concellos, e que se aplicará dende o verán pola Xunta. Tamén "
    "anunciou axudas para as asociacións que traballan co idioma dende hai anos."
)
HAITIAN = (
    "Prezidan an di gouvènman an pral voye plis polisye nan zòn yo paske vyolans lan ap grandi anpil. "
    "Minis la te fè yon deklarasyon pou di popilasyon an li gen konfyans nan fòs lòd yo ak lajistis. "
    "Lè li te pale sou sitiyasyon an, li di mwen konnen moun yo bouke tankou tout peyi a."
)
FRENCH = (
    "Le président du gouvernement va envoyer davantage de policiers dans les quartiers, car la violence augmente. "
    "Le ministre a fait une déclaration pour dire à la population qu'il a confiance dans les forces de l'ordre et "
    "la justice. Parlant de la situation, il a dit qu'il savait que les gens étaient fatigués."
)
TIBETAN = (
    "བོད་ཀྱི་སྲིད་སྐྱོང་གིས་དེ་རིང་གསར་འགྱུར་ཚོགས་འདུ་ཞིག་ཚོགས་པ་རེད། སྲིད་སྐྱོང་གིས་སློབ་གྲྭ་ཁག་གི་ལས་འཆར་གསར་པ་ཞིག་གི་སྐོར་བཤད་པ་ཡིན། "
    "ལས་འཆར་འདི་ལོ་གསུམ་གྱི་རིང་ལ་ལག་ལེན་བསྟར་རྒྱུ་ཡིན་ལ། སློབ་ཕྲུག་ཚོས་ཀྱང་དེ་ལ་དགའ་པོ་བྱས་སོང་། ཚོགས་པ་ཁག་གིས་ཀྱང་རོགས་རམ་བྱས་པ་རེད།"
)
CHECHEN = (
    "Нохчийчоьнан парламентехь кхана керла закон тIеэцар ду аьлла хаам бира. Иза хьалха а дийцина хилла, "
    "амма цул тIаьхьа цхьа а хийцам ца бина. Депутаташа шен дешнаш а, цуьнан Iалашонаш а дуьйцу."
)
RUSSIAN = (
    "Парламент республики завтра рассмотрит новый закон о бюджете, сообщили в пресс-службе. Об этом говорили и "
    "раньше, но с тех пор ничего не изменилось. Депутаты обсуждают его цели и сроки, а также расходы на школы."
)
ROMANSH = (
    "La regenza ha preschentà in nov project per las scolas. Ils scolars vegnan a survegnir cudeschs novs, "
    "e quai betg mo en las citads, mabain er en ils vitgs dals cunfins. Sco ch'il cusseglier ha ditg, vegn la "
    "lescha tractada cun ils partids."
)
ITALIAN = (
    "Il governo ha presentato un nuovo progetto per le scuole. Gli alunni riceveranno libri nuovi, e non solo "
    "nelle città, ma anche nei paesi di confine. Come ha detto il consigliere, la legge sarà discussa con i partiti "
    "della maggioranza e una commissione."
)
LOWER_SORBIAN = (
    "Zwězk jo se wóspjet wobrośił na krajne kněžarstwo. Pśedsedarka jo groniła, až južo wót lěta su "
    "pjenjeze pśez ministaratwo ranjone, ale to njejo dosć. Serbske šule teke pśi tom su wobźělone, kaž w Chóśebuzu."
)
POLISH = (
    "Związek ponownie zwrócił się do rządu krajowego. Przewodnicząca powiedziała, że już od roku pieniądze są "
    "przekazywane przez ministerstwo, ale to nie jest dość. Szkoły także przy tym są zaangażowane, jak w Chociebużu."
)
CHICHEWA = (
    "Nduna ya zaumoyo yati boma lithandiza zipatala zomwe zili kumidzi chifukwa anthu ambiri akudwala. Iye "
    "ananena kuti mankhwala ndi ofunika, komanso kuti akatswiri omwe aphunzira adzatumizidwa pamene ndalama "
    "zafika, koma sananene tsiku kapena mwezi."
)
SHONA = (
    "Gurukota rezveutano rati hurumende ichabatsira zvipatara zviri kumaruwa nokuti vanhu vazhinji vari kurwara. "
    "Iye akati mishonga yakakosha uye kuti nyanzvi dzakadzidza dzichatumirwa kana mari yasvika, asi haana "
    "kutaura zuva kana mwedzi."
)
SWAHILI = (
    "Waziri wa afya amesema serikali itasaidia hospitali zilizoko vijijini kwa sababu watu wengi ni wagonjwa. "
    "Alisema dawa ni muhimu, na kwamba wataalamu waliosoma watatumwa pesa zitakapofika, lakini hakutaja siku."
)
CATALAN = (
    "El govern ha presentat un nou projecte per a les escoles. Els alumnes rebran llibres nous, i no només a les "
    "ciutats, sinó també als pobles de la frontera. Com ha dit el conseller, la llei es tractarà amb els partits."
)
CZECH = (
    "Svaz se znovu obrátil na krajskou vládu. Předsedkyně řekla, že peníze jsou již od loňska převáděny přes "
    "ministerstvo, ale to není dost. Školy se na tom také podílejí, jako se to stalo v Chotěbuzi."
)
DZONGKHA = (
    "འབྲུག་གི་གཞུང་གིས་ད་རིས་ གསར་ཤོག་ཚོགས་འདུ་ཅིག་འབད་ཡི། བློན་པོ་གིས་ སློབ་གྲྭ་ཚུ་ལུ་ ལས་རིམ་གསརཔ་ཅིག་འགོ་བཙུགས་ནི་ཨིན་ཟེར་སླབ་ཅི། "
    "ལས་རིམ་འདི་ ལོ་ངོ་གསུམ་གྱི་རིང་ལུ་ ལག་ལེན་འཐབ་ནི་ཨིནམ་ལས་ སློབ་ཕྲུག་ཚུ་ལུ་ ཕན་ཐོགས་ཡོདཔ་ཨིན། ཚོགས་པ་ཚུ་གིས་ཡང་ རྒྱབ་སྐྱོར་འབད་ནི་ཨིན་མས།"
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (SETSWANA, "tn"),
        (ASTURIAN, "ast"),
        (HAITIAN, "ht"),
        (TIBETAN, "bo"),
        (CHECHEN, "ce"),
        (ROMANSH, "rm"),
        (LOWER_SORBIAN, "dsb"),
        (CHICHEWA, "ny"),
    ],
    ids=["setswana", "asturian", "haitian", "tibetan", "chechen", "romansh", "lower-sorbian", "chichewa"],
)
def test_a_text_is_read_in_its_own_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (SESOTHO, "st"),
        (SPANISH, "es"),
        (GALICIAN, "gl"),
        (FRENCH, "fr"),
        (DZONGKHA, "dz"),
        (RUSSIAN, "ru"),
        (ITALIAN, "it"),
        (CATALAN, "ca"),
        (POLISH, "pl"),
        (CZECH, "cs"),
        (SHONA, "sn"),
        (SWAHILI, "sw"),
    ],
    ids=[
        "sesotho",
        "spanish",
        "galician",
        "french",
        "dzongkha",
        "russian",
        "italian",
        "catalan",
        "polish",
        "czech",
        "shona",
        "swahili",
    ],
)
def test_a_neighbours_text_stays_itself(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [(SESOTHO, "st"), (SPANISH, "es"), (FRENCH, "fr"), (RUSSIAN, "ru"), (ITALIAN, "it"), (POLISH, "pl")],
    ids=["sesotho", "spanish", "french", "russian", "italian", "polish"],
)
def test_a_neighbours_short_text_stays_itself(text: str, language: str) -> None:
    """One sentence: too few words for the share, and none of the other's."""
    sentence = text.split(". ")[0] + "."
    assert detect_language(sentence) == language
    assert detect_language(text * 4) == language  # and a long one


def test_a_few_function_words_in_a_spanish_text_move_nothing() -> None:
    """Two of Asturian's words ("nel" in a quoted name, "na") are under the three kinds it takes."""
    text = SPANISH + " El grupo Nel Tren actuó na plaza."
    assert detect_language(text) == "es"


def test_a_setswana_date_is_read_with_setswana_months() -> None:
    """What the choice gives: CLDR's Setswana month ("Moranang", April), which Sesotho's names do not write."""
    sentence = "Tiro e tlaa simolola ka 1 Moranang 2026 kwa Gaborone."
    assert dates_read(sentence, detect_language(SETSWANA)) == [("1 Moranang 2026", (2026, 4, 1))]
