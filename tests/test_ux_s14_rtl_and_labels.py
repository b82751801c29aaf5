"""A first-day user's briefing (`briefing new --language pl`, Indonesia joining BRICS, real articles in Indonesian,
Arabic and English) read in Debian's Chromium: what a reader sees of Arabic titles and outlets inside the site's own
English sentences, lists and cards, and the labels that read wrong (doubled quotation marks, "1 lines", a command
in literal backticks, Polish quotation marks around an English quote)."""

# The sources are paragraphs of real articles, one line each as scraped:
# ruff: noqa: E501
from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from briefing.cli import main
from browser import chromium, start_server  # noqa: F401
from click.testing import CliRunner
from conftest import build_project, read_json

# Short excerpts of real articles (their addresses in the frontmatter), as an editor would add them.
SOURCES = {
    "ana-brazil-indonesia-brics.md": """---
title: البرازيل تعلن انضمام إندونيسيا إلى مجموعة "بريكس"
published: 2025-01-06
publisher: وكالة آنا الإخبارية
language: ar
url: https://ana.ir/ar/news/6980/البرازيل-تعلن-انضمام-إندونيسيا-إلى-مجموعة-بريكس
body_format: text
---
البرازيل تعلن انضمام إندونيسيا إلى مجموعة "بريكس"

أفادت وکالة آنا الإخباریة، أعلنت وزارة الخارجية البرازيلية، التي تولّت رئاسة مجموعة "بريكس" في الأول من كانون الثاني/يناير الجاري، انضمام إندونيسيا إلى مجموعة "بركيس" كعضو كامل العضوية.

وفي بيان صادر عنها، قالت الخارجية البرازيلية، إنّه "كجزء من رئاسة البرازيل المؤقتة لمجموعة بريكس، أعلنت حكومة البرازيل اليوم الاثنين 6 كانون الثاني/يناير، الدخول الرسمي لجمهورية إندونيسيا إلى المجموعة كعضو كامل العضوية".

وكان نائب وزير الخارجية الروسي ألكسندر بانكين، أعلن في تشرين الثاني/نوفمبر من العام الماضي، أنّ إندونيسيا وماليزيا وتايلاند أصبحت شريكة في مجموعة "بريكس".
""",
    "tmc24-brazil-indonesia-brics.md": """---
published: 2025-01-07
publisher: TMC24 News
url: https://tmc24news.com/2025/01/07/brazil-indonesia-brics
body_format: text
---
البرازيل: منح إندونيسيا العضوية الكاملة في بريكس

قالت يوم أمس الاثنين الحكومة البرازيلية في بيان لها إن إندونيسيا ستنضم رسميًا إلى مجموعة بريكس للاقتصادات الناشئة الكبرى كعضو كامل العضوية.

وقالت البرازيل، التي تتولى رئاسة المجموعة في عام 2025، إن الدول الأعضاء وافقت بالإجماع على انضمام إندونيسيا كجزء من خطة التوسع التي تمت الموافقة عليها لأول مرة في اجتماع بريكس في جوهانسبرغ في عام 2023.

وأشارت البرازيل إلى أن المجموعة كانت قد وافقت على طلب إندونيسيا في عام 2023، لكن الدولة الآسيوية طلبت الانضمام بعد الانتخابات الرئاسية التي جرت العام الماضي. أصبح برابوو سوبيانتو رئيسًا لإندونيسيا في أكتوبر.
""",
    "cecaust-indonesia-boosts-brics.md": """---
title: Indonesia boosts BRICS revolution
author: Elisa Barwick
publisher: Citizens Electoral Council of Australia
url: https://cecaust.com.au/indonesia-boosts-brics-revolution
language: en
---
The BRICS has kicked off 2025 with another full member. On 6 January the Brazilian government announced that the most populous Southeast Asian nation and the region’s largest economy, Indonesia, had formally joined the BRICS drive to transform global relations. The nation’s membership was initially approved at the August 2023 BRICS leaders’ summit in Johannesburg, South Africa, but only confirmed by Indonesia in October 2024 after the new government of Probowo Subianto took power, the previous president Joko Widodo saying he would take time to consider the move rather than “rush into it”.

After the election, the new Foreign Minister Sugiono declared that joining BRICS “does not mean that we are joining a certain camp, but we actively participate in all forums”.

Brazil took over the presidency of BRICS from Russia on 1 January.
""",
    "2025-01-06-indonesia-joins-brics-as-full-member.md": """---
title: Indonesia Joins BRICS as Full Member
published: 2025-01-06
publisher: Sputnik
url: https://sputnikglobe.com/20250106/brazil-announces-indonesia-joined-brics-as-full-member-1121370949.html
body_format: text
---
The government of Brazil, which took over the chairmanship of BRICS on January 1, announced Indonesia's admission to the organization as a full member, the Brazilian Foreign Ministry said on Monday.

"As part of Brazil's temporary BRICS presidency, which started on January 1 and will end on December 31, 2025, the Brazilian government announced today, on January 6, the official admission of the Republic of Indonesia as a full member of the BRICS," the ministry said.

The decision to admit Indonesia has been approved by BRICS members, the ministry noted.
""",
}
# An actor the editors named in Arabic only, so that lists carry an Arabic name before their counts.
REGISTRY = """actors:
  - id: brics-presidency
    name: رئاسة المجموعة
    kind: organisation
    aliases:
      ar: [رئاسة المجموعة]
"""
ARGS = ["new", "--title", "Indonesia and BRICS", "--language", "pl", "--site-url", "https://example.org/brics/"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ux14") / "brics"
    result = CliRunner().invoke(main, [ARGS[0], str(root), *ARGS[1:]])
    assert result.exit_code == 0, result.output
    for name, text in SOURCES.items():
        (root / "sources" / name).write_text(text, encoding="utf-8")
    (root / "registry" / "actors.yaml").write_text(REGISTRY, encoding="utf-8")
    build_project(root, root / "site")
    return root


@pytest.fixture(scope="module")
def url(project: Path) -> Iterator[str]:
    server, address = start_server(project / "site")
    yield address
    server.shutdown()


def path_of(project: Path, source: str) -> str:
    return next(b["path"] for b in read_json(project / "site", "api/briefings.json") if b["source"] == f"sources/{source}")


# Each character of an element's text with its box: the order a reader sees, line by line, left to right.
CHARS = """(el) => { const out = []; const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); let n;
  while ((n = w.nextNode())) for (let i = 0; i < n.data.length; i++) {
    const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1); const b = r.getBoundingClientRect();
    if (b.width) out.push([n.data[i], b.left, b.top, b.right]); }
  return out; }"""


def seen(page: object, selector: str) -> list[tuple[str, str]]:
    """(text, text as drawn) of each element matching `selector`; drawn: each line's characters from left to right."""
    found = []
    for element in page.query_selector_all(selector):  # type: ignore[attr-defined]
        chars = element.evaluate(CHARS)
        lines: dict[int, list[tuple[float, str]]] = {}
        for char, left, top, _ in chars:
            lines.setdefault(round(top / 8), []).append((left, char))
        drawn = "\n".join("".join(c for _, c in sorted(line)) for _, line in sorted(lines.items()))
        found.append((element.text_content(), drawn))
    return found


def open_page(browser: object, address: str, width: int = 1366) -> object:
    page = browser.new_page(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
    page.goto(address)
    return page


def test_an_arabic_outlet_in_a_note_is_drawn_inside_its_brackets(project: Path, url: str, chromium: object) -> None:  # noqa: F811
    """The English source's note names the Arabic sources by title and outlet, then goes on in English: each outlet
    is drawn inside its own brackets, the Latin one after it in order. (This fixture's note was a date conflict
    until conflicts were judged per event; the sources agree, so it now lists them as corroborating.)"""
    page = open_page(chromium, url + path_of(project, "cecaust-indonesia-boosts-brics.md"))
    notes = [drawn for text, drawn in seen(page, ".reliability-notes li[data-code] > span[dir=auto]") if "الإخبارية" in text]
    page.close()
    assert notes, "the note naming the Arabic source is missing"
    flat = notes[0].replace("\n", " ")
    assert "(ةيرابخإلا انآ ةلاكو)" in flat and "(TMC24 News)" in flat, flat


def test_the_note_isolates_quoted_titles_and_arabic_outlets_in_its_html(project: Path) -> None:
    page = (project / "site" / path_of(project, "cecaust-indonesia-boosts-brics.md") / "index.html").read_text("utf-8")
    assert "(<bdi>وكالة آنا الإخبارية</bdi>)" in page
    assert "“<bdi>البرازيل تعلن انضمام إندونيسيا إلى مجموعة &#34;بريكس&#34;</bdi>”" in page


def test_a_count_after_an_arabic_actor_name_stays_after_it(url: str, chromium: object) -> None:  # noqa: F811
    """Actors index: "رئاسة المجموعة 1 source", not "1 رئاسة المجموعة source"."""
    page = open_page(chromium, url + "actors/")
    item = page.locator("li", has=page.locator("a.actor[href*='brics-presidency']")).first
    name = item.locator("a.actor").bounding_box()
    count = item.locator("small").bounding_box()
    chars = item.locator("small").evaluate(CHARS)
    page.close()
    assert count["x"] >= name["x"] + name["width"] - 1, (name, count)
    digit = next(left for char, left, *_ in chars if char == "1")
    assert digit >= name["x"] + name["width"] - 1, "the count's figure is drawn before the Arabic name"


def test_an_arabic_title_in_the_navigation_keeps_its_quotation_marks(url: str, chromium: object) -> None:  # noqa: F811
    """The title ends with «"بريكس"»: in the left-to-right navigation its closing mark was drawn at the line's far
    end, away from the word, and the opening one before the first word."""
    page = open_page(chromium, url + "chronology/")
    found = seen(page, ".md-sidebar--primary .md-nav__link .md-ellipsis")
    titles = [drawn for text, drawn in found if "بريكس" in text and '"' in text]
    page.close()
    assert titles
    for title in titles:
        last_line = title.split("\n")[-1]
        assert last_line.startswith('"سكيرب"'), title  # drawn right to left: the closing mark leftmost, then the word


def test_the_phone_card_labels_an_arabic_outlet_left_to_right(url: str, chromium: object) -> None:  # noqa: F811
    """Sources and reliability at 390 px: each row is a card of "Label: value" lines; an Arabic outlet turned its
    line right to left, drawn ":Outlet" at the right-hand edge."""
    page = open_page(chromium, url + "reliability/", width=390)
    cell = page.locator("td[data-label=Outlet]", has_text="الإخبارية").first
    label = cell.evaluate("td => getComputedStyle(td, '::before').content")
    direction = cell.evaluate("td => getComputedStyle(td).direction")
    assert cell.locator("bdi").count() == 1, "the outlet is not isolated from its label"
    value = cell.locator("bdi").bounding_box()
    box = cell.bounding_box()
    page.close()
    assert label == '"Outlet: "' and direction == "ltr"
    assert value["x"] - box["x"] > 40, "the outlet should follow its label, not start the line"


def test_labels_read_right(project: Path) -> None:
    site = project / "site"
    arabic = (site / path_of(project, "ana-brazil-indonesia-brics.md") / "index.html").read_text("utf-8")
    removed = re.findall(r"Removed as page furniture \((\d+) (lines?)\)", arabic)
    assert removed and all((n == "1") == (word == "line") for n, word in removed), removed
    home = (site / "index.html").read_text("utf-8")
    assert re.search(r"report “<bdi>", home) or "report “" in home  # the home page lists reports by their sentence
    assert not re.search(r"report “(<bdi>)?[\"'“„«]", home), "a quoted sentence opening with a quotation mark is doubled"


def test_the_detected_actor_note_shows_the_command_as_code(project: Path) -> None:
    pages = [p.read_text("utf-8") for p in (project / "site" / "actors").glob("*/index.html")]
    detected = [p for p in pages if 'class="actor-detected"' in p]
    assert detected
    for page in detected:
        note = re.search(r'<p class="actor-detected">.*?</p>', page, re.S).group(0)
        assert "`" not in note and "<code>briefing actors suggest</code>" in note


def test_an_english_quote_on_a_polish_site_takes_english_quotation_marks(project: Path, url: str, chromium: object) -> None:  # noqa: F811
    """A <q> takes its marks from its language: with none, an English sentence on a `--language pl` site was set
    in Polish „…” marks."""
    page = open_page(chromium, url + path_of(project, "cecaust-indonesia-boosts-brics.md"))
    quotes = page.locator("q.event-quote")
    assert quotes.count()
    # the language the browser takes the marks from (Chrome's `quotes: auto`): the nearest lang attribute's
    languages = quotes.evaluate_all("qs => qs.map(q => q.closest('[lang]').lang)")
    page.close()
    assert set(languages) == {"en"}, languages


def test_briefing_new_says_how_to_run_the_next_commands(tmp_path: Path) -> None:
    """Run as .venv/bin/briefing (the README's way), `new` said "briefing --root … add FILE, then mkdocs serve":
    neither program is on PATH, so the next step failed with "command not found"."""
    result = CliRunner().invoke(main, [ARGS[0], str(tmp_path / "b"), *ARGS[1:]])
    assert result.exit_code == 0, result.output
    commands = [line.split("#")[0].split() for line in result.output.splitlines() if line.startswith("  ")]
    assert commands[0] == ["cd", str((tmp_path / "b").resolve())]
    programs = {Path(words[0]).name: words[0] for words in commands[1:]}
    assert set(programs) == {"briefing", "mkdocs"}, result.output
    for program in programs.values():
        assert shutil.which(program) or Path(program).is_file(), f"{program} cannot be run as printed"
    assert Path(programs["mkdocs"]).parent == Path(sys.executable).parent or programs["mkdocs"] == "mkdocs"
