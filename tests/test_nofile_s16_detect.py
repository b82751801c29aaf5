"""A language the language model was not trained on, known by its letters (session 16, languages with no date
words file): a Tajik text, which the model reads as Uzbek or Russian, writes "ӣ", "ӯ", "ҷ", letters of no language
it knows in that script; a Russian or Uzbek text with a Tajik name in it stays what it is. Texts written here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from briefing.actors import find_actors
from briefing.dates import find_dates
from briefing.extract import detect_language

TAJIK = (
    "Ҷумҳурии Тоҷикистон рӯзи 9 сентябр ҷашни истиқлолиятро ҷашн гирифт. Дар ин маросим раисҷумҳур суханронӣ кард"
    " ва ба мардуми кишвар табрик гуфт. Шаҳрвандони Душанбе дар хиёбонҳо ҷамъ омаданд ва сурудҳои миллӣ хонданд."
)
SHORT_TAJIK = "Нерӯҳои марзбонӣ рӯзи ҷумъа дар ноҳияи Исфара ҷамъ омаданд. Вазорати корҳои хориҷӣ изҳорот дод."
RUSSIAN = (
    "Президент Таджикистана Эмомали Рахмон, которого местные газеты называют Эмомалӣ Раҳмон, прибыл в Москву."
    " Переговоры с российской стороной продлятся два дня, сообщила пресс-служба Кремля во вторник вечером."
)
UZBEK = "Ўзбекистон президенти Шавкат Мирзиёев душанба куни Тошкентда хорижий меҳмонларни қабул қилди ва суҳбат ўтказди."


@pytest.mark.parametrize("text", [TAJIK, SHORT_TAJIK])
def test_a_tajik_text_is_tajik(text: str) -> None:
    assert detect_language(text) == "tg"


@pytest.mark.parametrize(("text", "language"), [(RUSSIAN, "ru"), (UZBEK, "uz")])
def test_a_tajik_name_makes_no_text_tajik(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_tajik_text_has_tajik_months() -> None:
    assert [(d.month, d.day) for d in find_dates("Ҷашн рӯзи 9 сентябр баргузор шуд.", detect_language(TAJIK))] == [(9, 9)]


HEBREW = "משרד התחבורה הודיע היום כי החיפושים אחרי שרידי המטוס יתחדשו בחודש הבא, כך נמסר בהודעה רשמית לעיתונאים."


@pytest.mark.parametrize("seed", ["1", "2"])
def test_a_hebrew_text_is_hebrew_whatever_the_hash_seed(seed: str) -> None:
    # CLDR's Hebrew names hold as many Latin letters as Hebrew ones: the script is Hebrew under every hash seed (with
    # seed 1 a set's order once made it Latin, and the text Yiddish)
    hooks = Path(__file__).resolve().parent.parent / "hooks"
    code = f"from briefing.extract import detect_language; print(detect_language({HEBREW!r}))"
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(hooks)}
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "he"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("የኢትዮጵያ መንግሥት መግለጫ አወጣ።", "Ethiopia"),  # "of Ethiopia": the preposition glued to the name
        ("በኢትዮጵያ ውስጥ ምርጫ ተካሄደ።", "Ethiopia"),  # "in Ethiopia"
        ("ፕሬዝዳንቱ ለኬንያ ድጋፍ ሰጡ።", "Kenya"),  # "for Kenya"
    ],
)
def test_an_amharic_state_under_a_glued_preposition(text: str, state: str) -> None:
    assert state in {f.name for f in find_actors(text, "am")}


def test_arabic_stretched_with_tatweel_stays_arabic() -> None:
    # the tatweel ("ـ") stretches a word in headlines and after "لـ"; CLDR lists it among Sindhi's letters
    stretched = "قـال الـوزيـر إن الـمـحـادثات مـع الـوفـد سـتـسـتـمر يـومـين فـي الـعـاصـمة، وفـق بـيـان رسـمـي."
    assert detect_language(stretched) == "ar"
