"""Short ordinary news of a language the model knows stays in it though it writes a few words that only the CLDR
names of a language the model was not trained on write: Amharic ("ግን", but; "መሬት", land; "እስር", prison: Tigrinya's
names), Persian and Urdu ("به طور خاص", "خاص طور پر", "کو": Kashmiri's), Hindi ("ने", "साल", "अगले": Bodo's) and
Marathi ("दर", rate; "आय", income; "श्री": Konkani's); their dates are then read with their own words. Texts
written for these tests (a review's, and two of them joined)."""

from __future__ import annotations

import pytest
from briefing.extract import detect_language
from conftest import dates_read

AMHARIC = "የከተማው አስተዳደር መሬት ለባለሀብቶች መስጠቱን ነዋሪዎቹ ተቃውመዋል። አንድ ነዋሪ ግን “ይህ የኛ መሬት ነው” ብለዋል። ፖሊስ ሁለት ሰዎችን ወደ እስር ቤት ወስዷል።"
AMHARIC_MORE = "አንድ እስራኤላዊ ወታደር ዛሬ በጋዛ መገደሉን የእስራኤል ጦር አስታውቋል። ፍልስጤም ግን ቁጥሩ ከዚህ በላይ ነው ትላለች። ግጭቱ የቀጠለው ለሁለተኛ ዓመት ነው።"
PERSIAN = "قیمت مواد غذایی به طور خاص افزایش یافته است. افکار عمومی خواستار توضیح دولت شد."
URDU = "وزیر اعظم نے کہا کہ مہنگائی پر خاص طور پر توجہ دی جائے گی۔ عام آدمی کو ریلیف دینا حکومت کی ترجیح ہے۔"
URDU_MORE = "یہ بات خاص طور پر اہم ہے کہ عام انتخابات وقت پر ہوں۔ پی ٹی آئی اور ن لیگ نے الیکشن کمیشن کو خط لکھا۔"
HINDI = (
    "वित्त मंत्री ने अगले साल से आय कर कम करने की घोषणा की। नये कर ढांचे को इसी साल लागू किया जाएगा एवं वरिष्ठ नागरिकों को भी राहत दी जाएगी।"
)
HINDI_MORE = (
    "प्रधानमंत्री ने अगले साल होने वाले चुनाव की तैयारी पर बैठक की। भाजपा अध्यक्ष जे पी नड्डा एवं गृह मंत्री अमित शाह "
    "भी मौजूद रहे। इसी बैठक में नये उम्मीदवारों के नाम तय किए गए।"
)
MARATHI = "केंद्रीय अर्थसंकल्पात आय कर मर्यादा वाढवण्यात आली. अर्थमंत्र्यांनी सांगितले की व्याज दर कमी होतील. श्री. मोदी यांनी अर्थसंकल्पाचे स्वागत केले."
MARATHI_MORE = "सोन्याचा दर आज पुन्हा वाढला. चेक द्वारे खरेदी करणाऱ्यांना सवलत मिळेल, असे सराफ संघटनेचे अध्यक्ष श्री. पाटील म्हणाले."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (AMHARIC, "am"),
        (AMHARIC_MORE, "am"),
        (AMHARIC + " " + AMHARIC_MORE, "am"),
        (PERSIAN, "fa"),
        (URDU, "ur"),
        (URDU + " " + URDU_MORE, "ur"),
        (HINDI, "hi"),
        (HINDI + " " + HINDI_MORE, "hi"),
        (MARATHI, "mr"),
        (MARATHI + " " + MARATHI_MORE, "mr"),
    ],
)
def test_ordinary_news_keeps_its_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_an_amharic_date_is_read_in_amharic() -> None:
    sentence = "ጉብኝቱ ሰኞ ኦክቶበር 14 ቀን 2024 ይጀመራል።"
    assert dates_read(sentence, detect_language(AMHARIC)) == [("ሰኞ ኦክቶበር 14", (None, 10, 14))]


def test_a_persian_date_is_read_in_persian() -> None:
    sentence = "این قانون از اول فروردین اجرا می‌شود."
    assert dates_read(sentence, detect_language(PERSIAN)) == [("اول فروردین", (None, 3, 21))]
