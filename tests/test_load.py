"""Loading and clean-up of the seeds: furniture set apart, article sentences all kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.errors import SourceError
from briefing.load import load_source
from conftest import ROOT

SEEDS = sorted((ROOT / "sources").glob("*.txt"))
FURNITURE = [
    "4 min read",
    "4 Min Read",
    "Share This Article",
    "Leave a review",
    "Subscribe",
    "Newsfeed",
    "log in or register",
    "To participate in the discussion",
    "Заголовок открываемого материала",
    "اترك تعليقاً",
    "زر الذهاب إلى الأعلى",
    "Published: | Updated:",
]
# (first article sentence, last article sentence) of each seed, as a reader sees them.
ARTICLE_ENDS = {
    "000": (
        "In January 2018, Qatar and NATO formalized their partnership",
        "to engage with larger military alliances for enhanced security cooperation.",
    ),
    "001": (
        "In a significant move reflecting the evolving dynamics",
        "the future of U.S.-Qatar relations and the broader regional order.",
    ),
    "002": ("تأتي الاجتماعات بين مسؤولين من الدوحة", "في محاولة لتكثيف تعاونها الثنائي مع الكتلة."),
    "003": (
        "Doha, Qatar – Qatar and the United States have strengthened",
        "particularly as preparations for the 2026 FIFA World Cup accelerate.",
    ),
    "004": ("The North Atlantic Treaty Organization (NATO) is trying to promote", "through dialogue and mutual understanding."),
}


def body_of(path: Path) -> str:
    return "\n".join(block.text for block in load_source(path, ROOT).blocks)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_furniture_is_removed_and_kept_for_audit(path: Path) -> None:
    source = load_source(path, ROOT)
    body = "\n".join(b.text for b in source.blocks)
    removed = [r.text for r in source.removed]
    for line in FURNITURE:
        assert line not in body.splitlines(), f"{line!r} left in the body"
    raw = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    # Nothing is lost: every line of the file is either body or listed as removed.
    assert sorted(raw) == sorted([b.text for b in source.blocks] + removed)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_first_and_last_article_sentences_are_present(path: Path) -> None:
    first, last = ARTICLE_ENDS[path.name[:3]]
    body = " ".join(body_of(path).split())  # the seeds carry no-break spaces; compare words
    assert body.startswith(first)
    assert body.endswith(last)


def test_header_lines_are_read_as_metadata() -> None:
    source = load_source(ROOT / "sources/001_41d93de783722341.txt", ROOT)
    assert source.header["title"] == "Trump’s Bold NATO-Style Security Guarantee for Qatar"
    assert source.header["author"] == "David H. Johnson"
    assert "David H. Johnson is a veteran political analyst" not in body_of(ROOT / "sources/001_41d93de783722341.txt")


def test_empty_date_line_is_not_a_date() -> None:
    source = load_source(ROOT / "sources/000_07f242bde5745d7c.txt", ROOT)
    assert source.header["published_text"] is None
    assert source.header["credit"] == "History Editorial Network (HEN)"


def test_photo_captions_are_furniture_with_their_dates_kept_as_clues() -> None:
    source = load_source(ROOT / "sources/004_57f534bcb96b7756.txt", ROOT)
    reasons = {r.text[:20]: r.reason for r in source.removed}
    assert reasons["An aerial view of Do"] == "photo caption"
    assert any("May 25, 2017" in c for c in source.header["captions"])
    assert "May 25, 2017" not in body_of(ROOT / "sources/004_57f534bcb96b7756.txt")


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        ("---\ntitle: Closed by dashes\n---\nBody text.\n", "Closed by dashes", "Body text.\n"),
        ("---\ntitle: Closed by YAML's end marker\n...\nBody text.\n", "Closed by YAML's end marker", "Body text.\n"),
        ("---\n---\nBody text.\n", None, "Body text.\n"),
    ],
)
def test_frontmatter_closes_at_dashes_or_the_yaml_end_marker(tmp_path: Path, text: str, title: str | None, body: str) -> None:
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    source = load_source(path, tmp_path)
    assert source.frontmatter.get("title") == title
    assert source.body_markdown == body


def test_four_dashes_do_not_close_the_frontmatter(tmp_path: Path) -> None:
    path = tmp_path / "sources" / "a.md"
    path.parent.mkdir()
    path.write_text("---\ntitle: Open\n----\nBody text.\n", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        load_source(path, tmp_path)
    assert str(caught.value) == "sources/a.md:1: error: frontmatter starts with '---' but has no closing '---' line"
