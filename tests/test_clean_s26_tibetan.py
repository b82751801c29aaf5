"""A page in Tibetan script, which writes no spaces between words (a tsheg "་" closes each syllable, a shad "།" each
clause): its paragraphs are its text, not a headline's few words, so that the page is read and not refused. The
sentences are written for the test, on a topic of their own (a town's new school)."""

from __future__ import annotations

from briefing.clean import clean_lines, is_substantive

HEADLINE = "གྲོང་ཁྱེར་དུ་སློབ་གྲྭ་གསར་པ་ཞིག་ཁ་ཕྱེ་བ"
PARAGRAPH = "གྲོང་ཁྱེར་གྱི་སློབ་གྲྭ་གསར་པ་དེར་སློབ་ཕྲུག་བརྒྱ་ལྷག་ཡོང་ཡོད་པ་དང་། དགེ་རྒན་བཅུ་གཉིས་ཀྱིས་སློབ་ཁྲིད་གནང་གི་ཡོད།"
# after the letter ga the shad is not written: the sentence ends with no mark
UNMARKED = "སློབ་གྲྭའི་འགོ་འཛིན་གྱིས་སློབ་ཕྲུག་ཚོར་དཔེ་ཆ་གསར་པ་སྤྲད་པའི་གནས་ཚུལ་གསུངས་འདུག"


def test_a_tibetan_paragraph_is_prose() -> None:
    assert is_substantive(PARAGRAPH)
    assert is_substantive(UNMARKED)


def test_a_tibetan_headline_without_a_shad_is_no_prose() -> None:
    assert not is_substantive(HEADLINE)


def test_a_tibetan_page_keeps_its_text() -> None:
    cleaned = clean_lines([HEADLINE, PARAGRAPH, UNMARKED])
    assert [b.text for b in cleaned.blocks] == [PARAGRAPH, UNMARKED]
    assert cleaned.header.get("title") == HEADLINE
