"""States on Yiddish's first day: a text in Hebrew letters that writes its vowels as points ("אַ", "אָ", "פֿ"),
which CLDR's Hebrew names never carry and its Yiddish names do, is read as Yiddish, so that CLDR's Yiddish names
of states ("אוקראַינע", "רוסלאַנד") are found; Hebrew, pointed or not, stays Hebrew. Texts written for these
tests."""

from __future__ import annotations

from briefing.actors import find_actors
from briefing.extract import detect_language

YIDDISH = (
    "דער פּרעזידענט פֿון אוקראַיִנע איז געקומען קיין ישׂראל מיט אַ באַזוך. ער האָט זיך געטראָפֿן מיטן "
    "פּרעמיער־מיניסטער און גערעדט וועגן דער מלחמה אין רוסלאַנד. אַ סך מענטשן האָבן געוואַרט אויפֿן פֿלי־פֿעלד "
    "אין דער פֿרי."
)


def test_pointed_yiddish_is_yiddish() -> None:
    assert detect_language(YIDDISH) == "yi"


def test_yiddish_states() -> None:
    found = [f.name for f in find_actors(YIDDISH, detect_language(YIDDISH)) if f.kind == "state"]
    assert found == ["Ukraine", "Israel", "Russia"]


def test_hebrew_stays_hebrew() -> None:
    plain = "ראש הממשלה נפגש היום בירושלים עם נשיא אוקראינה ודיבר על המלחמה ברוסיה. השניים הסכימו להמשיך."
    pointed = "בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ. וְהָאָרֶץ הָיְתָה תֹהוּ וָבֹהוּ וְחֹשֶׁךְ עַל פְּנֵי תְהוֹם."
    assert (detect_language(plain), detect_language(pointed)) == ("he", "he")


def test_a_persian_tanwin_is_no_arabic() -> None:
    """Marks are asked only where the letters do not decide: two tanwins ("ً") in Persian add nothing."""
    text = (
        "رئیس جمهور امروز در تهران با وزیر خارجه دیدار کرد و درباره روابط دو کشور گفت‌وگو کرد. "
        "او قطعاً به این سفر ادامه می‌دهد و فعلاً در پایتخت است."
    )
    assert detect_language(text) == "fa"


def test_vocalised_arabic_stays_arabic() -> None:
    """Arabic's own CLDR names carry its vowel marks: a text that writes some says nothing of another language."""
    text = (
        "وَقَالَ الرَّئِيسُ إِنَّ الْحُكُومَةَ سَتُوَاصِلُ الْعَمَلَ مَعَ الشُّرَكَاءِ فِي الْمِنْطَقَةِ. "
        "وأضاف أن الوزراء سيجتمعون يوم الإثنين في العاصمة لبحث الأوضاع الاقتصادية والسياسية في البلاد."
    )
    assert detect_language(text) == "ar"
