"""A language the model was not trained on, in a script other than Latin, told from the model's choice by the words
of CLDR's names (states, languages, months, date fields) that only it writes: Tigrinya, which the model reads as
Amharic (its only language in the Ethiopic script), and Chechen, which it reads as Russian. Amharic and Russian
stay themselves. Texts written for these tests."""

from __future__ import annotations

from briefing.extract import detect_language
from conftest import dates_read

TIGRINYA = (
    "ፕረዚደንት ኤርትራ ኣብ ከተማ ኣስመራ ምስ ሚኒስተር ወጻኢ ጉዳያት ሩስያ ተራኺቡ። እቲ ርክብ ኣብ መዓልቲ ሰኑይ እዩ ተኻይዱ። "
    "ክልቲኦም ሃገራት ብዛዕባ ቁጠባዊ ምትሕብባርን ናይ ቀይሕ ባሕሪ ጸጥታን ተዘራሪቦም። ድሕሪ እቲ ርክብ ፕረዚደንት ብዛዕባ ሰላም "
    "ናይ ዞባ ቀርኒ ኣፍሪቃ መግለጺ ሂቡ። እቲ ዝቕጽል ኣኼባ ኣብ ወርሒ ለካቲት ክካየድ እዩ፣ ኣብኡ ሚኒስተራት ጥዕናን ትምህርትን ውን ክሳተፉ እዮም።"
)
AMHARIC = "የኢትዮጵያ ጠቅላይ ሚኒስትር ዛሬ በአዲስ አበባ ከሩሲያ የውጭ ጉዳይ ሚኒስትር ጋር ተወያይተዋል። ውይይቱ በሁለቱ ሀገሮች መካከል ስላለው የኢኮኖሚ ትብብር ነበር።"
CHECHEN = (
    "Нохчийчоьнан куьйгалхо Кадыров Рамзан Оьрсийчоьнан президентаца Москвахь цхьаьна хилира. "
    "Цул тIаьхьа иза Германи а, Австри а вахана. Ахча а, хаамаш а бийцира."
)
RUSSIAN = (
    "Президент России Владимир Путин встретился в Москве с главой Чечни. "
    "Затем он отправился в Германию и Австрию, где обсуждал деньги и новости."
)


def test_tigrinya_is_no_amharic() -> None:
    assert detect_language(TIGRINYA) == "ti"


def test_amharic_stays_amharic() -> None:
    assert detect_language(AMHARIC) == "am"


def test_chechen_is_no_russian() -> None:
    """Chechen's letters are Russian's but for the palochka, which pages type as a Latin "I" ("тIаьхьа"). This
    text is too short for the names' rule (short ordinary texts of the model's languages also write few of their
    names); Chechen's function words tell it (`data/detection_words.yaml` function_words: "а", "иза", "цул")."""
    assert detect_language(CHECHEN) == "ce"


def test_russian_stays_russian() -> None:
    assert detect_language(RUSSIAN) == "ru"


def test_a_tigrinya_date_is_read_in_tigrinya() -> None:
    """What the choice gives: CLDR's Tigrinya weekday and month ("ሰኑይ", Monday; "ለካቲት", February), which
    Amharic's names do not write."""
    sentence = "እቲ ኣኼባ ኣብ መዓልቲ ሰኑይ 12 ለካቲት 2024 ተኻይዱ።"
    assert dates_read(sentence, detect_language(TIGRINYA)) == [("ሰኑይ 12 ለካቲት 2024", (2024, 2, 12))]
