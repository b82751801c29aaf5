"""The timeline's HTML (timeline.py): points and ranges, clusters, dates it cannot place, escaping, scale."""

from __future__ import annotations

import time

from briefing import timeline as tl
from lxml import html as lxml_html


def marks_of(html: str) -> list[lxml_html.HtmlElement]:
    return lxml_html.fromstring(html).xpath('//a[contains(@class, "tl-mark")]')


def test_exact_dates_are_points_and_vague_ones_ranges_over_their_period() -> None:
    marks = [tl.Mark("2018-01-16", "#a", "a", "a"), tl.Mark("2018-03", "#b", "b", "b"), tl.Mark("2019", "#c", "c", "c")]
    html = tl.render(marks, "t")
    by_href = {m.get("href"): m for m in marks_of(html)}
    assert "tl-point" in by_href["#a"].get("class") and "width" not in by_href["#a"].get("style")
    month = float(by_href["#b"].get("style").split("width:")[1].rstrip("%"))
    year = float(by_href["#c"].get("style").split("width:")[1].rstrip("%"))
    assert "tl-range" in by_href["#c"].get("class") and abs(year / month - 12) < 0.01  # a year is twelve months wide


def test_marks_without_a_year_are_left_out_and_text_is_escaped() -> None:
    html = tl.render([tl.Mark("--10-03", "#x", "no year"), tl.Mark("2020-05-01", "#y", '<script>alert("x")</script>', "y")], "t")
    (mark,) = marks_of(html)
    assert mark.get("href") == "#y" and "<script>" not in html and mark.text_content() == '<script>alert("x")</script>'
    assert tl.render([tl.Mark("--10-03", "#x", "no year")], "t") == ""


def test_crowded_marks_gather_into_clusters_that_count_them_and_scale() -> None:
    many = [tl.Mark("2020-06", f"#e{i}", f"event {i}", f"e{i}") for i in range(40)]
    drawn = marks_of(tl.render(many, "t"))
    assert len(drawn) == tl.ROWS_MAX  # one per row, the rest gathered
    counts = [int(m.xpath('./span[@class="tl-count"]')[0].text) for m in drawn if m.xpath('./span[@class="tl-count"]')]
    assert sum(counts) + len(drawn) - len(counts) == 40
    assert {e for m in drawn for e in (m.get("data-entries") or m.get("href")[1:]).split()} == {f"e{i}" for i in range(40)}
    years = [tl.Mark(f"{1990 + i % 36}-{1 + i % 12:02d}-{1 + i % 28:02d}", f"#m{i}", str(i), f"m{i}") for i in range(10_000)]
    started = time.process_time()
    tl.render(years, "t")
    assert time.process_time() - started < 2  # 10,000 entries on one page stay cheap
