"""Reliability checks on synthetic sources, through the real pipeline (load, extract, link, assess).

The registry here is invented (Ruritania, Borduria, Jan Novak with two terms as defence minister), so
the checks are shown to work from registries and text, not from anything the example briefing holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from briefing.assess import CODES, DESCRIPTIONS, Assessment, Note
from briefing.pipeline import build_site
from briefing.settings import load_project

ACTORS = """
actors:
  - {id: ruritania, name: Ruritania, kind: state, aliases: {en: [Ruritania, Ruritanian], ar: [روريتانيا]}}
  - {id: borduria, name: Borduria, kind: state, aliases: {en: [Borduria, Bordurian], ar: [بوردوريا]}}
  - id: jan-novak
    name: Jan Novak
    kind: person
    aliases: {en: [Jan Novak, Novak], ar: [يان نوفاك, نوفاك]}
    roles:
      - {title: Defence Minister of Ruritania, organisation: ruritania, from: 2020-03-01, to: 2022-06-30,
         aliases: {en: [Defence Minister], ar: [وزير الدفاع]}}
      - {title: Defence Minister of Ruritania, organisation: ruritania, from: 2024-01-15,
         aliases: {en: [Defence Minister], ar: [وزير الدفاع]}}
  - id: eva-kral
    name: Eva Kral
    kind: person
    aliases: {en: [Eva Kral, Kral]}
    roles:
      - {title: President of Borduria, organisation: borduria, from: 2019-05-01, aliases: {en: [President]}}
"""
OUTLETS = """
outlets:
  - {id: ruritania-today, name: Ruritania Today, domains: [ruritania-today.example], country: RU,
     ownership: the Ruritanian state broadcaster, affiliation: state-affiliated, state: ruritania}
  - {id: free-wire, name: Free Wire, domains: [freewire.example], affiliation: commercial}
"""


def project(tmp_path: Path, sources: dict[str, str], language: str = "en") -> Path:
    root = tmp_path / "project"
    (root / "registry").mkdir(parents=True)
    (root / "sources").mkdir()
    (root / "docs").mkdir()
    (root / "registry" / "actors.yaml").write_text(ACTORS, encoding="utf-8")
    (root / "registry" / "outlets.yaml").write_text(OUTLETS, encoding="utf-8")
    (root / "mkdocs.yml").write_text(f"site_name: Test\ntheme:\n  name: material\n  language: {language}\n", encoding="utf-8")
    for name, text in sources.items():
        (root / "sources" / name).write_text(text, encoding="utf-8")
    return root


def assessed(tmp_path: Path, sources: dict[str, str], language: str = "en") -> dict[str, Assessment]:
    """Each source's assessment, by file name."""
    site = build_site(load_project(project(tmp_path, sources, language) / "mkdocs.yml"))
    assert not site.errors, site.errors
    return {b.source.path.removeprefix("sources/"): site.assessments[b.id] for b in site.briefings}


def md(body: str, extra: str = "", **fields: str) -> str:
    """A Markdown source; a field given as "" is left out, `extra` is more frontmatter as YAML."""
    meta = {"title": body[:60], "published": "2023-05-10", "publisher": "Free Wire", "author": "Ann Lee", "language": "en"}
    meta.update(fields)
    frontmatter = yaml.safe_dump({key: value for key, value in meta.items() if value}, allow_unicode=True)
    return "---\n" + frontmatter + extra + "---\n" + body + "\n"


def notes(a: Assessment, code: str) -> list[Note]:
    return [n for n in a.notes if n.code == code]


def test_every_code_is_described_and_notes_come_most_serious_first(tmp_path: Path) -> None:
    assert set(DESCRIPTIONS) == set(CODES)
    text = "Jan Novak reportedly visited the border. Defence Minister Jan Novak inspected the garrison on 3 May 2023."
    a = assessed(tmp_path, {"s.txt": text})["s.txt"]
    ranks = [list(CODES).index(n.code) for n in a.notes]
    assert ranks == sorted(ranks) and a.notes[0].code == "anachronism"
    assert all(n.message and "\n" not in n.message for n in a.notes)


def test_no_date_gives_the_estimate_and_no_author(tmp_path: Path) -> None:
    undated = "Ruritania and Borduria signed a fishing treaty on 4 March 2021, ending a long dispute over the lakes."
    found = assessed(
        tmp_path,
        {
            "undated.txt": undated,
            "dated.md": md("Ruritania and Borduria signed a fishing treaty on 4 March 2021."),
            "anonymous.md": md("Ruritania and Borduria agreed on fishing quotas on 5 March 2021.", author=""),
        },
    )
    (no_date,) = notes(found["undated.txt"], "no-date")
    assert "not before 2021-03-04" in no_date.message
    assert no_date.evidence == (undated,)
    assert not notes(found["dated.md"], "no-date") and not notes(found["dated.md"], "no-author")
    assert notes(found["anonymous.md"], "no-author") and notes(found["undated.txt"], "no-author")


def test_state_affiliated_outlet_names_the_state(tmp_path: Path) -> None:
    found = assessed(
        tmp_path,
        {
            "state.md": md("Ruritania held talks with Borduria.", publisher="Ruritania Today"),
            "by-domain.md": md(
                "Ruritania held new talks with Borduria.", publisher="", url="https://www.ruritania-today.example/a"
            ),
            "commercial.md": md("Borduria held talks with Ruritania."),
        },
    )
    (note,) = notes(found["state.md"], "state-affiliated")
    assert "Ruritania Today" in note.message and "state of Ruritania" in note.message and "state broadcaster" in note.message
    assert any("state-affiliated" in e for e in note.evidence)
    assert notes(found["by-domain.md"], "state-affiliated")
    assert not notes(found["commercial.md"], "state-affiliated")


def test_translated_says_which_language(tmp_path: Path) -> None:
    arabic = "وقعت روريتانيا وبوردوريا اتفاقية للصيد في عام 2021 بعد نزاع طويل حول البحيرات الشمالية في المنطقة."
    english = "Ruritania and Borduria signed a fishing treaty in 2021 after a long dispute over the northern lakes."
    found = assessed(
        tmp_path,
        {
            "ar.md": md(arabic, language=""),
            "en.md": md(english),
            "cue.md": md("Translated from the French by Jean Dupont.\n\n" + english),
        },
    )
    (note,) = notes(found["ar.md"], "translated")
    assert "Arabic" in note.message and "English" in note.message
    assert not notes(found["en.md"], "translated")
    (cue,) = notes(found["cue.md"], "translated")
    assert "translation" in cue.message and "Translated from the French by Jean Dupont." in cue.evidence
    # The site's language comes from mkdocs.yml: on an Arabic site the English source is the odd one out.
    on_arabic_site = assessed(tmp_path / "ar-site", {"en.md": md(english)}, language="ar")
    assert "English" in notes(on_arabic_site["en.md"], "translated")[0].message


HEDGED_EN = [
    "Ruritanian troops reportedly crossed the border at dawn.",
    "Observers anticipate a new treaty before the winter.",
    "It is widely understood that the talks will resume.",
]
ATTRIBUTED_EN = [
    "Jan Novak said the border was calm.",
    "According to the Ministry of Defence, no shots were fired.",
    "The minister told reporters in the capital that the talks went well.",
]
HEDGED_AR = ["بحسب مصادر مطلعة، عبرت القوات الحدود فجرا.", "ويُعتقد أن المحادثات ستستأنف قريبا."]
ATTRIBUTED_AR = ["وفقًا لوزارة الدفاع، لم تطلق أي رصاصة.", "وقال يان نوفاك إن الحدود هادئة.", "يعتقد الوزير أن الاتفاق قريب."]


def test_hedged_counts_unattributed_claims_but_not_attributed_quotes(tmp_path: Path) -> None:
    found = assessed(
        tmp_path,
        {
            "en.md": md(" ".join(HEDGED_EN + ATTRIBUTED_EN)),
            "ar.md": md(" ".join(HEDGED_AR + ATTRIBUTED_AR), language="ar"),
            "attributed.md": md(" ".join(ATTRIBUTED_EN)),
        },
    )
    (en,) = notes(found["en.md"], "hedged")
    assert en.evidence == tuple(HEDGED_EN)
    assert en.message.startswith("3 sentences") and "“reportedly”" in en.message and "“observers anticipate”" in en.message
    (ar,) = notes(found["ar.md"], "hedged")
    assert ar.evidence == tuple(HEDGED_AR)
    assert not notes(found["attributed.md"], "hedged")


# (sentence, publication date, flagged): Jan Novak was defence minister 2020-03-01 to 2022-06-30 and from 2024-01-15.
ANACHRONISMS = [
    ("Defence Minister Jan Novak inspected the northern garrison on 3 May 2023.", "2023-05-10", True),
    ("Jan Novak inspected the northern garrison on 3 May 2023.", "2023-05-10", False),  # no role stated
    ("Defence Minister Jan Novak inspected the northern garrison on 3 May 2021.", "2023-05-10", False),  # first term
    ("Defence Minister Jan Novak inspected the northern garrison on 3 May 2024.", "2024-05-10", False),  # second term
    ("Former Defence Minister Jan Novak inspected the northern garrison on 3 May 2023.", "2023-05-10", False),
    ("In June 2022, Defence Minister Jan Novak inspected the northern garrison.", "2023-05-10", False),  # month overlaps
    ("In January 2024, Defence Minister Jan Novak inspected the northern garrison.", "2024-05-10", False),
    ("In 2023, Defence Minister Jan Novak inspected the northern garrison.", "2023-05-10", True),  # the whole year is out
    ("President Eva Kral received Jan Novak in the capital on 3 May 2023.", "2023-05-10", False),  # her title, not his
    ("Defence Minister Jan Novak said the garrison was ready.", "2023-05-10", True),  # read at the publication date
    ("Defence Minister Jan Novak said the garrison was ready.", "2021-05-10", False),
    ("وقال وزير الدفاع يان نوفاك في 3 مايو 2023 إن الحدود هادئة.", "2023-05-10", True),
]


@pytest.mark.parametrize(("sentence", "published", "flagged"), ANACHRONISMS)
def test_anachronism(tmp_path: Path, sentence: str, published: str, flagged: bool) -> None:
    language = "ar" if "وزير" in sentence else "en"
    a = assessed(tmp_path, {"s.md": md(sentence, published=published, language=language)})["s.md"]
    found = notes(a, "anachronism")
    assert bool(found) == flagged, found
    if flagged:
        assert "Jan Novak" in found[0].message
        assert "2020-03-01 to 2022-06-30" in found[0].message and "from 2024-01-15" in found[0].message
        assert found[0].evidence[0] == sentence
        assert a.suggested_credibility == 4


def test_anachronism_on_an_undated_source_uses_the_estimate_only_when_every_date_resolves(tmp_path: Path) -> None:
    text = "Ruritania and Borduria signed a border treaty on 3 May 2023. Defence Minister Jan Novak praised the treaty."
    found = assessed(tmp_path, {"resolved.txt": text, "open.txt": "On Monday, the treaty was debated again. " + text})
    (note,) = notes(found["resolved.txt"], "anachronism")
    assert "2023-05-03, the source's estimated date" in note.message
    # "Monday" has no anchor: the source may be much later than its estimate, so nothing is claimed.
    assert not notes(found["open.txt"], "anachronism")


def test_relative_dates_and_furniture(tmp_path: Path) -> None:
    text = (
        "Borduria closes its border with Ruritania\n"
        "Soldiers stand at a checkpoint near the border, May 25, 2017 - Free Wire\n"
        "4 min read\n"
        "On June 5, Borduria closed its border with Ruritania and recalled its ambassador from the capital.\n"
        "Share this article\n"
        "Subscribe\n"
    )
    a = assessed(tmp_path, {"s.txt": text})["s.txt"]
    (relative,) = notes(a, "relative-dates")
    assert "“June 5” read as 2017-06-05" in relative.message
    assert relative.evidence[0].startswith("On June 5, Borduria closed")
    (furniture,) = notes(a, "furniture")
    assert furniture.message.startswith("4 lines set apart")
    assert {"4 min read", "Share this article", "Subscribe"} <= set(furniture.evidence)


def test_corroboration_conflict_and_single_source(tmp_path: Path) -> None:
    treaty = "Ruritania and Borduria signed a border treaty in the capital"
    found = assessed(
        tmp_path,
        {
            "a.md": md(f"{treaty} on 16 January 2018.", title="A", published="2018-02-01"),
            "c.md": md("In January 2018, Ruritania and Borduria signed a border treaty.", title="C", publisher="Ruritania Today"),
            "b.md": md(f"{treaty} on 16 January 2019.", title="B", published="2019-02-01", publisher=""),
            "d.md": md("Eva Kral opened a new bridge over the river on 4 March 2020.", title="D", published="2020-03-05"),
        },
    )
    (corroborated,) = notes(found["a.md"], "corroborated")
    assert "“C”" in corroborated.message and "“B”" not in corroborated.message  # B gives another date
    (conflict,) = notes(found["b.md"], "date-conflict")
    assert conflict.link and conflict.link.startswith("chronology/#entry-")
    assert "2019-01-16" in conflict.message and "“A”" in conflict.message
    assert conflict.evidence == (  # its own sentence, then those of the sources it contradicts
        "Ruritania and Borduria signed a border treaty in the capital on 16 January 2019.",
        "Ruritania and Borduria signed a border treaty in the capital on 16 January 2018.",
        "In January 2018, Ruritania and Borduria signed a border treaty.",
    )
    assert not notes(found["b.md"], "single-source") and not notes(found["b.md"], "corroborated")
    assert notes(found["d.md"], "single-source") and not notes(found["d.md"], "corroborated")
    assert found["b.md"].suggested_credibility == 4  # no one agrees with its date
    assert found["a.md"].suggested_credibility == 2  # one agrees, one does not
    assert found["d.md"].suggested_credibility == 3


def test_confirmed_needs_other_outlets_to_confirm_most_dated_events_and_two_at_least(tmp_path: Path) -> None:
    grade = "reliability:\n  source: B\n  credibility: 3\n  notes: [Checked against the treaty text.]\n  reviewed_by: R. Editor\n"
    treaty = "Ruritania and Borduria signed a border treaty on 16 January 2018."
    bridge = "Eva Kral opened a new bridge over the river on 4 March 2020."
    other = (
        "On 16 January 2018 the two neighbours, Ruritania and Borduria, concluded a border treaty after years of talks. "
        "After two years of work, the river's new bridge was opened by Eva Kral on 4 March 2020."
    )
    found = assessed(
        tmp_path,
        {
            "a.md": md(f"{treaty} {bridge}", extra=grade, title="A"),
            "b.md": md(other, title="B", publisher="Ruritania Today"),
            # one shared date only: an undated, authorless piece is not "confirmed" by it
            "c.md": md(
                "Ruritania and Borduria signed a border treaty on 16 January 2018 in the capital.",
                title="C",
                publisher="",
                author="",
                published="",
            ),
            # the same outlet as A reporting the same events is not independent of A
            "d.md": md(f"{treaty} {bridge} Borduria held an election on 2 June 2021.", title="D"),
        },
    )
    graded, one_shared, same_outlet = found["a.md"], found["c.md"], found["d.md"]
    assert graded.suggested_credibility == found["b.md"].suggested_credibility == 1
    assert "All 2 of its dated events are confirmed by other outlets" in graded.suggested_reason
    assert one_shared.suggested_credibility == 2
    assert one_shared.suggested_reason.startswith("Its dated event is confirmed by other outlets; to count as confirmed (1)")
    assert same_outlet.suggested_credibility == 1  # B (another outlet) confirms 2 of its 3
    assert "2 of its 3 dated events are confirmed" in same_outlet.suggested_reason
    assert (graded.grade.source, graded.grade.credibility) == ("B", 3)  # the suggestion never replaces the grade
    assert graded.grade.source_label == "B Usually reliable" and graded.grade.credibility_label == "3 Possibly true"
    assert graded.grade.notes == ("Checked against the treaty text.",) and graded.grade.reviewed_by == "R. Editor"
    ungraded = found["b.md"]
    assert not ungraded.grade.graded and ungraded.grade.source_label.startswith("not yet graded")


def test_a_source_only_its_own_outlet_repeats_is_not_confirmed(tmp_path: Path) -> None:
    treaty = "Ruritania and Borduria signed a border treaty on 16 January 2018."
    bridge = "Eva Kral opened a new bridge over the river on 4 March 2020."
    found = assessed(tmp_path, {"a.md": md(f"{treaty} {bridge}", title="A"), "b.md": md(f"{bridge} {treaty}", title="B")})
    assert found["a.md"].suggested_credibility == 3  # both from Free Wire: nobody else confirms


@pytest.mark.parametrize(
    ("grade", "message"),
    [("source: G", "source grade 'G' must be a letter A-F"), ("credibility: 7", "credibility '7' must be a number 1-6")],
)
def test_bad_grades_name_the_file_and_line(tmp_path: Path, grade: str, message: str) -> None:
    text = f"---\ntitle: A graded source\nreliability:\n  {grade}\n---\nRuritania held talks with Borduria.\n"
    site = build_site(load_project(project(tmp_path, {"graded.md": text}) / "mkdocs.yml"))
    (problem,) = site.errors
    assert (problem.path, problem.line) == ("sources/graded.md", 3)
    assert message in problem.message
    assert str(problem).startswith("sources/graded.md:3: error:")
