"""The review of the caseless-script actor rules (Hindi, Marathi, Bengali, Nepali, Urdu, Thai): common nouns after a
title, an honorific or before a body's head-word are no names; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from briefing.detect_caseless import _glued_body


def names(text: str, language: str, kind: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("नेता प्रतिपक्ष ने कहा कि सदन कल फिर बैठेगा।", "hi"),  # the leader of the opposition
        ("प्रमुख आर्थिक सर्वेक्षण के अनुसार विकास दर घटी है।", "hi"),  # according to the main economic survey
        ("शहर में श्री राम मंदिर का उद्घाटन होगा।", "hi"),  # a temple
        ("प्रो कबड्डी लीग का नया सत्र शुरू हुआ।", "hi"),  # a league
        ("यात्री श्री हरमंदिर साहिब में मत्था टेकने पहुंचे।", "hi"),  # a shrine
        ("जिल्हा पोलीस अधीक्षक यांनी पाहणी केली.", "mr"),  # the superintendent of police
        ("तहसीलदार यांनी आदेश दिले.", "mr"),  # the tahsildar
        ("महाविद्यालयाचे कुलगुरू यांच्या हस्ते उद्घाटन झाले.", "mr"),  # the vice-chancellor
        ("गावातील ग्रामस्थ यांनी निवेदन दिले.", "mr"),  # the villagers
        ("প্রধানমন্ত্রী সংসদে বলেন যে বাজেট পাস হবে।", "bn"),  # said in parliament
        ("চেয়ারম্যান অনুষ্ঠানে বলেন যে কাজ শেষ হবে।", "bn"),  # said at the event
        ("মন্ত্রী সাংবাদিকদের বলেন যে সেতু খোলা হবে।", "bn"),  # told the journalists
        ("प्रधानमन्त्री संसदमा भने कि बजेट आउँछ।", "ne"),  # said in parliament
        ("प्रवक्ता पत्रकारहरूलाई भने कि बैठक भयो।", "ne"),  # told the journalists
        ("صدر مملکت نے کہا کہ انتخابات ہوں گے۔", "ur"),  # the head of state
        ("وزیر اطلاعات نے کہا کہ اجلاس کل ہوگا۔", "ur"),  # the information minister
        ("وزیر خزانہ نے بھی اس کی تصدیق کی۔", "ur"),  # the finance minister too
        ("جج صاحبان نے کہا کہ سماعت ملتوی ہے۔", "ur"),  # the honourable judges
        ("عدالت عالیہ نے کہا کہ فیصلہ محفوظ ہے۔", "ur"),  # the high court
        ("นายทะเบียนพรรคการเมือง ได้ตรวจสอบเอกสารแล้ว", "th"),  # the registrar
        ("นายแบบชื่อดัง ถูกจับกุมเมื่อวาน", "th"),  # a well-known male model
    ],
)
def test_no_person_in_common_words(text: str, language: str) -> None:
    assert names(text, language, "person") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("स्कूल के नोटिस बोर्ड पर सूची लगी है।", "hi"),  # a notice board
        ("शहर के एक नाइट क्लब में आग लगी।", "hi"),  # a night club
        ("विपक्षी पार्टी ने बहिष्कार किया।", "hi"),  # the opposition party
        ("जांच समिति ने रिपोर्ट सौंपी।", "hi"),  # an inquiry committee
        ("ทหารและตำรวจกว่า 200 นาย เข้าพื้นที่", "th"),  # soldiers and more than 200 police
        ("เจ้าหน้าที่ตำรวจควบคุมตัวผู้ต้องหาไว้ได้", "th"),  # police officers detained the suspect
        ("เขาไปที่ธนาคารใกล้บ้าน เมื่อเช้า", "th"),  # to the bank near home
        ("โรงเรียนจัดกิจกรรมวันเด็กแห่งชาติ ให้นักเรียน", "th"),  # the school held a national children's day
    ],
)
def test_no_body_in_common_words(text: str, language: str) -> None:
    assert names(text, language, "organisation") == []


@pytest.mark.parametrize(
    ("text", "language", "kind", "name"),
    [
        ("मुख्यमंत्री सुनील यादव ने कहा कि सड़क बनेगी।", "hi", "person", "सुनील यादव"),
        ("श्री रामेश्वर प्रसाद ने उद्घाटन किया।", "hi", "person", "रामेश्वर प्रसाद"),
        ("मौसम विभाग ने चेतावनी जारी की।", "hi", "organisation", "मौसम विभाग"),  # a field of government
        ("इलाहाबाद उच्च न्यायालय ने याचिका खारिज की।", "hi", "organisation", "इलाहाबाद उच्च न्यायालय"),
        ("आमदार सुनील पाटील यांनी भेट दिली.", "mr", "person", "सुनील पाटील"),
        ("وزیر اعظم شہباز شریف نے کہا کہ معیشت بہتر ہے۔", "ur", "person", "شہباز شریف"),
        ("ศาลจังหวัดเชียงใหม่ ได้นัดฟังคำพิพากษา", "th", "organisation", "ศาลจังหวัดเชียงใหม่"),
        ("กรมควบคุมโรค ได้ออกประกาศเตือน", "th", "organisation", "กรมควบคุมโรค"),  # a verb-like word inside a name
        ("ธนาคารแห่งประเทศไทย ประกาศขึ้นดอกเบี้ย", "th", "organisation", "ธนาคารแห่งประเทศไทย"),
    ],
)
def test_names_still_found(text: str, language: str, kind: str, name: str) -> None:
    assert names(text, language, kind) == [name]


def test_a_long_unspaced_run_is_read_in_linear_time() -> None:
    """One run of 100,000 letters, a preposition and a head-word over and over, reads as no body; it once took
    seconds per ten thousand letters (each place tried copied the run's rest)."""
    text = "ที่ศาล" * 17000
    assert _glued_body(text, ["ศาล"], ["ที่"], (), ("ที่",)) is None
    assert [f for f in find_actors(text, "th") if f.kind == "organisation"] == []
