"""Splitting a long Thai paragraph whose abbreviated months ("มี.ค.", March) join ICU's pieces into one sentence
takes time linear in its length: whether a stop ends the sentence is told from the sentence's end, not from its
whole text each time. The paragraphs are written for the test, on a topic of their own (a village's rice market)."""

from __future__ import annotations

from briefing import extract
from briefing.extract import split_sentences

MARKET = "ตลาดข้าวของหมู่บ้านเปิดเมื่อ 3 มี.ค. 66 มีผู้ค้าหลายราย "  # the village's rice market opened on 3 March 2023


class CountedContinues:
    """`_continues`, counting the characters of the sentence so far it is given."""

    def __init__(self) -> None:
        self.read = 0
        self.calls = 0
        self.continues = extract._continues

    def __call__(self, before: str, after: str, language: str) -> bool:
        self.read += len(before)
        self.calls += 1
        return self.continues(before, after, language)


def test_the_sentence_so_far_is_read_by_its_end_only(monkeypatch) -> None:
    counted = CountedContinues()
    monkeypatch.setattr(extract, "_continues", counted)
    paragraph = MARKET * 1000
    spans = split_sentences(paragraph, "th")
    assert counted.calls > 500
    assert (spans[0][0], spans[-1][1]) == (0, len(paragraph.rstrip()))
    assert counted.read < 300 * counted.calls  # not the growing sentence: quadratic in the paragraph's length


def test_a_short_paragraph_splits_as_before() -> None:
    paragraph = MARKET.strip() + " ผู้ซื้อมาจากหลายอำเภอ"
    assert [paragraph[a:b] for a, b in split_sentences(paragraph, "th")] == [paragraph]
    english = "The market met Mr. Brown on 3 Mar. 2023 in the square. It opens again in May."
    assert [english[a:b] for a, b in split_sentences(english, "en")] == [
        "The market met Mr. Brown on 3 Mar. 2023 in the square.",
        "It opens again in May.",
    ]


def test_the_words_after_each_stop_are_read_by_their_start_only(monkeypatch) -> None:
    """Within the long sentence, each stop before a figure ("มี.ค. 66") is told from the text beside it."""
    read = []
    year_opens = extract._year_opens
    monkeypatch.setattr(
        extract, "_year_opens", lambda word, after, language: read.append(len(after)) or year_opens(word, after, language)
    )
    paragraph = MARKET * 1000
    split_sentences(paragraph, "th")
    assert len(read) > 500
    assert sum(read) < 300 * len(read)
