"""Actors without a topic registry: base knowledge, detection, detected actors in the site, `briefing new`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from briefing.actors import base_registry, find_actors
from briefing.cli import main
from click.testing import CliRunner
from conftest import ROOT


def names(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind, f.surfaces) for f in find_actors(text, language)}


def test_states_organisations_and_people_in_english_without_a_registry() -> None:
    found = names(
        "Russian Foreign Minister Sergei Lavrov met Azerbaijani President Ilham Aliyev in Moscow. The Shanghai "
        "Cooperation Organisation (SCO) and the Philippine Coast Guard were named. Lavrov said Russia's Foreign "
        "Ministry disagreed, and Moscow said the UN Security Council should stay out. The Chinese government protested.",
        "en",
    )
    assert found["Sergei Lavrov"] == ("person", ("Sergei Lavrov", "Lavrov"))
    assert found["Ilham Aliyev"][0] == "person"
    # "in Moscow" is a place; "Moscow said" is Russia's government; "Russia's" names the ministry
    assert found["Russia"] == ("state", ("Moscow",))
    assert found["China"] == ("state", ("Chinese government",))  # an adjective alone names no state
    assert "Azerbaijan" not in found
    assert found["Shanghai Cooperation Organisation"] == ("organisation", ("Shanghai Cooperation Organisation", "SCO"))
    assert found["Philippine Coast Guard"][0] == "organisation"
    assert found["Ministry of Foreign Affairs (Russia)"] == ("organisation", ("Foreign Ministry",))
    assert found["United Nations Security Council"][0] == "organisation"
    assert len(found) == 8


def test_states_named_as_places_are_actors_and_seas_are_not() -> None:
    assert set(names("Ships sailed to Lebanon. The war in Ukraine goes on in the South China Sea.", "en")) == {
        "Lebanon",
        "Ukraine",
    }
    assert set(names("Le navire est arrivé au Liban. La Turquie a protesté.", "fr")) == {"Lebanon", "Turkey"}


def test_french_russian_and_arabic_texts() -> None:
    fr = names("Le ministre russe des Affaires étrangères, Sergueï Lavrov, a déclaré que l'ONU et la Turquie…", "fr")
    assert set(fr) == {"Sergueï Lavrov", "United Nations", "Turkey"}  # "russe" qualifies the minister
    ru = names("Министр иностранных дел России Сергей Лавров заявил, что Министерство обороны Армении и Азербайджана.", "ru")
    assert ru["Sergey Lavrov"][0] == "person" and ru["Ministry of Defence (Armenia)"][0] == "organisation"
    assert {"Russia", "Azerbaijan"} <= set(ru) and "Armenia" not in ru  # "Армении" names the ministry
    ar = names("قال وزير الخارجية الروسي سيرغي لافروف إن أذربيجان وأرمينيا اتفقتا. وقال لافروف إن الأمم المتحدة", "ar")
    assert ar["سيرغي لافروف"] == ("person", ("سيرغي لافروف", "لافروف"))
    assert set(ar) == {"سيرغي لافروف", "Azerbaijan", "Armenia", "United Nations"}  # "الروسي" qualifies the minister


def test_bodies_their_initials_credits_and_lone_surnames() -> None:
    found = names(
        "The Philippine Coast Guard said the Chinese Coast Guard blocked its boats; the PCG filmed the CCG’s ships. "
        "Officials said China’s coast guard left. Photo: REUTERS/Mehmet Emin Calsikan. (UN Photo/Mark Garten)",
        "en",
    )
    # one body per state, however the text names it; the initials after the name are the same body
    assert found["Philippine Coast Guard"] == ("organisation", ("Coast Guard", "PCG"))
    assert found["Chinese Coast Guard"] == ("organisation", ("Coast Guard", "CCG", "coast guard"))
    # "Officials said" names no one; a photographer's credit is no actor of the text
    assert not [name for name, (kind, _) in found.items() if kind == "person"]
    ru = names("Алиев подчеркнул, что Китай, который считает Южно-Китайское море своим, не прав. Власти заявили.", "ru")
    assert ru["Aliev"] == ("person", ("Алиев",)) and ru["China"] == ("state", ("Китай",))
    assert len(ru) == 2


def test_arabic_names_set_off_by_commas_and_armies_named_by_their_state() -> None:
    ar = names("وأعلن رئيس الوزراء الأرميني، نيكول باشينيان، أن الجيش التركي شارك. وقال الرئيس، إن الحوار ممكن.", "ar")
    assert ar["نيكول باشينيان"] == ("person", ("نيكول باشينيان",))
    assert ar["Turkey Army"] == ("organisation", ("الجيش",))
    assert len(ar) == 2  # "الرئيس، إن" names no one
    assert names("زار رئيس أركان الجيش المصري الخرطوم.", "ar") == {}  # a title's complement is no actor


def test_an_arabic_name_whose_words_lost_their_space_whatever_was_read_before() -> None:
    # scraped Arabic often loses the space inside a name; the answer must not depend on the texts read before
    for _ in range(2):
        assert names("قالت الأممالمتحدة، الجمعة، إنها تتوقع", "ar") == {"United Nations": ("organisation", ("الأممالمتحدة",))}


def test_states_with_limited_recognition_are_states_in_every_language() -> None:
    assert names("Armenia and the Republic of Artsakh placed curfews.", "en")["Republic of Artsakh"][0] == "state"
    ru = names("Власти Нагорно-Карабахской Республики заявили, что НКР готова.", "ru")
    assert ru["Republic of Artsakh"] == ("state", ("Нагорно-Карабахской Республики", "НКР"))
    assert names("Ships sailed past Nagorno-Karabakh.", "en") == {}  # the region alone is a place


def test_one_head_word_after_a_state_and_the_speaker_of_a_quotation() -> None:
    found = names(
        'Armenia shelled the Azerbaijani Army. Ships of the Philippine Navy sailed. "We were challenged," Tarriela said. '
        "The barrier was found by the Philippine Coast Guard and Bureau of Fisheries and Aquatic Resources.",
        "en",
    )
    assert found["Azerbaijani Army"][0] == found["Philippine Navy"][0] == "organisation"
    assert found["Tarriela"] == ("person", ("Tarriela",))
    assert found["Philippine Coast Guard"] == ("organisation", ("Coast Guard",))


def test_generic_capitalised_phrases_and_places_are_not_actors() -> None:
    found = names("The Economic Partnership Agreement was signed in New Delhi. Read More. Black Sea shipping resumed.", "en")
    assert found == {}


def test_sentence_fragments_are_no_actors() -> None:
    """A body's name stops before a verbal noun after a preposition; an indefinite title is a noun; a head-word
    that only describes what follows names no body; a field beside another head-word is no ministry."""
    arabic = names(
        "توسعت العلاقات بعد السماح لقوات التحالف بالدخول والعبور عبر الدوحة. والشيخ تميم هو أول زعيم خليجي يلتقي "
        "بايدن. خلال زيارة الشيخ تميم لمقر الناتو في بروكسل.",
        "ar",
    )
    assert arabic["قوات التحالف"] == ("organisation", ("قوات التحالف",))
    assert [n for n in arabic if "يلتقي" in n or "لمقر" in n] == []
    english = names(
        "| Security Agreements | Military Alliances | Foreign Ministry Spokesperson Mao Ning said no. President "
        "Hichilema’s order replaced Air Force One. Ministers met before the EU Foreign Affairs Council in Luxembourg.",
        "en",
    )
    assert english["Hichilema"] == ("person", ("Hichilema",))
    assert "Foreign Affairs Council" in english and "Ministry of Foreign Affairs (Luxembourg)" not in english
    assert english["Mao Ning"][0] == "person"
    bodies = names("The United Nations Foreign Affairs Council met the Philippine Coast Guard and the Chinese Coast Guard.", "en")
    assert {"Foreign Affairs Council", "Philippine Coast Guard", "Chinese Coast Guard"} <= set(bodies)
    assert not [n for n in bodies if n.startswith("Nations") or n.endswith("and the Chinese")]
    assert not [n for n in english if "Alliances" in n or "Air Force" in n]


def test_chinese_in_traditional_characters_a_state_named_as_a_side_and_its_bodies() -> None:
    found = names("菲律賓與中國在南海對峙。俄方表示，亞美尼亞和阿塞拜疆應當談判。", "zh")
    assert {"Philippines", "China", "Russia", "Armenia", "Azerbaijan"} <= set(found)
    assert found["Russia"] == ("state", ("俄方",))
    bodies = names("亞美尼亞國防部稱，中國海警局的船隻靠近。俄外交部指出。", "zh")
    assert bodies["Ministry of Defence (Armenia)"] == ("organisation", ("亞美尼亞國防部",))
    assert bodies["China Coast Guard"] == ("organisation", ("中國海警局",))
    assert bodies["Ministry of Foreign Affairs (Russia)"] == ("organisation", ("俄外交部",))
    people = find_actors("俄罗斯外长拉夫罗夫说，总统府和总统选举不变。拉夫罗夫还表示。", "zh")
    assert [(a.name, a.kind) for a in people if a.detected] == [("拉夫罗夫", "person")]


def test_german_cases_and_a_body_after_its_lower_case_state_adjective() -> None:
    found = names(
        "Die Haltung Chinas und Moskaus wurde den Vereinten Nationen vorgelegt. Die chinesische Küstenwache fuhr auf. "
        "Das türkische Verteidigungsministerium teilte mit.",
        "de",
    )
    assert found["China"] == ("state", ("Chinas",))
    assert found["Russia"] == ("state", ("Moskaus",))
    assert found["United Nations"] == ("organisation", ("Vereinten Nationen",))
    assert found["China Coast Guard"] == ("organisation", ("Küstenwache",))
    assert found["Ministry of Defence (Turkey)"] == ("organisation", ("Verteidigungsministerium",))


def test_german_titles_in_other_cases_and_a_name_after_a_capitalised_noun() -> None:
    found = names(
        "Die Armee hat den gewählten Präsidenten Karim Haddad abgesetzt. Wahlleiter Javier Lozano gab das Ergebnis "
        "bekannt. Das Schiff lag vor den Lofoten-Inseln Maria Lanka.",
        "de",
    )
    assert found["Karim Haddad"] == ("person", ("Karim Haddad",))
    assert found["Javier Lozano"] == ("person", ("Javier Lozano",))
    assert not [n for n in found if "Präsidenten" in n or "Wahlleiter" in n or "Inseln" in n]


def test_a_persian_past_participle_after_a_title_is_no_name() -> None:
    found = names("نخست‌وزیر برکنار شده است و رئیس‌جمهور انتخاب شد.", "fa")
    assert not [n for n in found if found[n][0] == "person"]
    named = names("رئیس‌جمهور، کریم حداد، برکنار شد.", "fa")
    assert named["کریم حداد"] == ("person", ("کریم حداد",))


def test_breaking_news_labels_in_spanish_and_portuguese_are_no_actors() -> None:
    spanish = names("ÚLTIMA HORA | Carlos Prado dijo que renuncia.", "es")
    assert spanish == {"Carlos Prado": ("person", ("Carlos Prado",))}
    portuguese = names("ÚLTIMA HORA: URGENTE. Chuva forte em Lisboa.", "pt")
    assert not [n for n in portuguese if portuguese[n][0] != "state"]


def test_an_elided_article_leaves_the_head_word_after_it_to_be_read() -> None:
    french = names("Les combats entre l'armée tchadienne et les rebelles ont repris, selon l'Union africaine.", "fr")
    assert french["Chad Army"] == ("organisation", ("armée",))
    assert french["African Union"][0] == "organisation"
    irish = names("Sean O'Brien said the talks failed.", "en")
    assert irish["Sean O'Brien"][0] == "person"


def test_persian_names_in_quotation_marks_before_a_title_and_short_state_names() -> None:
    found = names("به گزارش ایلنا، «دیمیتری کولبا» وزیر خارجه اوکراین گفت که آذربایجان و «سازمان ملل» آماده‌اند.", "fa")
    assert found["دیمیتری کولبا"] == ("person", ("دیمیتری کولبا",))
    assert found["Azerbaijan"] == ("state", ("آذربایجان",))
    assert not [n for n in found if "سازمان" in n and found[n][0] == "person"]


def test_places_joined_names_and_a_titles_complement_are_no_people() -> None:
    spanish = names("Los presidentes Ilham Aliyev y Vladímir Putin hablaron. El buque Sierra Madre llegó al Alto Karabaj.", "es")
    assert spanish["Ilham Aliyev"][0] == "person"
    assert not [n for n in spanish if n.startswith(("Sierra", "Alto")) or " y " in n]
    italian = names("Il ministro degli Esteri Teodoro Locsin ha parlato del Mare del Sud.", "it")
    assert italian == {"Teodoro Locsin": ("person", ("Teodoro Locsin",))}


def test_turkish_titles_after_a_body_case_endings_and_breaking_news_labels() -> None:
    found = names("SON DAKİKA. AB Konseyi Başkanı Charles Michel, Vladimir Putin’in teklifini reddetti.", "tr")
    assert found["Charles Michel"] == ("person", ("Charles Michel",))
    assert found["Vladimir Putin"] == ("person", ("Vladimir Putin",))
    assert not [n for n in found if "DAK" in n.upper() or "Konseyi Başkanı" in n]


def test_the_data_files_hold_only_words() -> None:
    """YAML reads an unquoted no, on or yes as a boolean: every word of the data must stay a string."""
    import yaml

    def words(value: object) -> list[object]:
        if isinstance(value, dict):
            return [*value.keys(), *(w for v in value.values() for w in words(v))]
        if isinstance(value, list):
            return [w for v in value for w in words(v)]
        return [value]

    data = ROOT / "hooks" / "briefing" / "data"
    for path in [*(data / "detect").glob("*.yaml"), *(data / "knowledge").rglob("*.yaml")]:
        values = words(yaml.safe_load(path.read_text(encoding="utf-8")))
        assert all(isinstance(v, str) for v in values), (path, [v for v in values if not isinstance(v, str)])


def test_a_topic_registry_overrides_the_base(tmp_path: Path) -> None:
    from briefing.pipeline import Project, load_registry

    (tmp_path / "registry").mkdir()
    (tmp_path / "registry" / "actors.yaml").write_text(
        "actors:\n  - {id: russia, name: Russian Federation, kind: state, aliases: {en: [Russia]}}\n", encoding="utf-8"
    )
    (tmp_path / "registry" / "outlets.yaml").write_text("outlets: []\n", encoding="utf-8")
    registry, problems = load_registry(Project(tmp_path))
    assert problems == []
    assert registry.actors["russia"].name == "Russian Federation" and registry.actors["turkey"].origin == "base"
    assert [f.name for f in find_actors("La Russie et la Turquie.", "fr", registry)] == ["Russian Federation", "Turkey"]


def build(project: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_new_project_builds_with_zero_and_one_source(tmp_path: Path) -> None:
    project = tmp_path / "trade"
    result = CliRunner().invoke(main, ["new", str(project), "--title", "India and <EFTA>", "--language", "fr"])
    assert result.exit_code == 0, result.output
    build(project)
    assert json.loads((project / "site" / "api" / "briefings.json").read_text(encoding="utf-8")) == []
    (project / "sources" / "efta.txt").write_text(
        "L'Inde et l'AELE signent un accord\n\nNEW DELHI (AFP) — L'Inde et l'Association européenne de libre-échange "
        "(AELE), qui regroupe la Suisse et la Norvège, ont signé un accord. Le ministre indien du Commerce, "
        "Piyush Goyal, a salué un accord historique. Goyal a ajouté que l'accord entrerait en vigueur.\n",
        encoding="utf-8",
    )
    build(project)
    actors = {a["id"]: a for a in json.loads((project / "site" / "api" / "actors.json").read_text(encoding="utf-8"))}
    assert {"india", "efta", "switzerland", "norway"} <= set(actors)
    assert actors["piyush-goyal"]["detected"] is True and actors["india"]["detected"] is False
    assert actors["india"]["name"] == "Inde" and actors["efta"]["name"] == "Association européenne de libre-échange"
    briefing = json.loads((project / "site" / "api" / "briefings.json").read_text(encoding="utf-8"))[0]
    assert "piyush-goyal" in briefing["actors"] and briefing["publisher"] == "Agence France-Presse"
    page = (project / "site" / "actors" / "piyush-goyal" / "index.html").read_text(encoding="utf-8")
    assert "Detected, not yet reviewed" in page
    text = (project / "site" / "briefings").rglob("index.html")
    assert any('href="../../actors/piyush-goyal/"' in p.read_text(encoding="utf-8") for p in text)
    assert "&lt;EFTA&gt;" in (project / "site" / "index.html").read_text(encoding="utf-8")
    suggested = CliRunner().invoke(main, ["--root", str(project), "actors", "suggest"])
    assert suggested.exit_code == 0, suggested.output
    assert "id: piyush-goyal" in suggested.output and "kind: person" in suggested.output
    assert "Piyush Goyal, a salué un accord historique" in suggested.output


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Заголовок статьи\nМинистр иностранных дел России Сергей Лавров провёл переговоры в Баку.\n"
            "Лавров заявил, что переговоры продолжатся. — РИА Новости.\n",
            "RIA Novosti",
        ),
        (
            "Emir meets minister\nDOHA, Nov. 4 (QNA) — The Emir met the visiting minister in Doha on Monday.\n",
            "Qatar News Agency",
        ),
        (
            "China protests\nBEIJING, March 5 (Xinhua) -- China lodged a protest with the Philippines on Tuesday.\n",
            "Xinhua News Agency",
        ),
    ],
)
def test_an_agency_credited_in_the_text_is_the_publisher_and_its_affiliation_is_noted(
    tmp_path: Path, text: str, publisher: str
) -> None:
    from briefing.assess import state_affiliated
    from briefing.extract import extract
    from briefing.load import load_source

    (tmp_path / "sources").mkdir()
    path = tmp_path / "sources" / "credited.txt"
    path.write_text(text, encoding="utf-8")
    registry = base_registry()
    b = extract(load_source(path, tmp_path), registry)
    assert b.publisher == publisher
    [note] = state_affiliated(b, registry)
    assert note.code == "state-affiliated" and publisher in note.message


def test_a_registry_without_the_base_knowledge_gets_it() -> None:
    from briefing.registry import Registry, actor_from_entry

    topic = {
        "acme": actor_from_entry({"id": "acme", "name": "Acme Corporation", "kind": "organisation", "aliases": {"en": ["Acme"]}})
    }
    found = find_actors("Acme said Russia and the UN disagreed.", "en", Registry(topic, {}))
    assert [(f.name, f.detected) for f in found] == [("Acme Corporation", False), ("Russia", False), ("United Nations", False)]


def test_arabic_names_glued_together_in_scraped_text() -> None:
    found = names("وتوفر اتفاقية وُقعت برعاية الأممالمتحدةوتركيا ممرا آمنا. وقعت روسياوأوكرانيا الاتفاق. في المصرفالمركزي", "ar")
    assert found == {
        "United Nations": ("organisation", ("الأممالمتحدة",)),
        "Turkey": ("state", ("تركيا",)),
        "Russia": ("state", ("روسيا",)),
        "Ukraine": ("state", ("أوكرانيا",)),
    }


def test_one_detected_person_across_sources_and_scripts(tmp_path: Path) -> None:
    from briefing.pipeline import Project, build_site

    for folder in ("sources", "registry"):
        (tmp_path / folder).mkdir()
    (tmp_path / "registry" / "actors.yaml").write_text("actors: []\n", encoding="utf-8")
    (tmp_path / "registry" / "outlets.yaml").write_text("outlets: []\n", encoding="utf-8")
    texts = {
        "en.txt": "Talks in Baku\nRussian Foreign Minister Sergey Lavrov said on Monday that the talks would go on.\n",
        "ar.txt": "محادثات في باكو\nقال وزير الخارجية الروسي سيرغي لافروف يوم الاثنين إن المحادثات ستستمر في باكو.\n",
        "ru.txt": "Переговоры в Баку\nМинистр иностранных дел России Сергей Лавров заявил, что переговоры продолжатся.\n",
    }
    for name, text in texts.items():
        (tmp_path / "sources" / name).write_text(text, encoding="utf-8")
    site = build_site(Project(tmp_path))
    detected = [a for a in site.registry.actors.values() if a.detected]
    assert [(a.name, a.kind) for a in detected] == [("Sergey Lavrov", "person")]
    assert detected[0].aliases == {"ar": ("سيرغي لافروف",), "en": ("Sergey Lavrov",), "ru": ("Сергей Лавров",)}
    assert all(detected[0].id in b.actors for b in site.briefings)


def test_news_outlets_named_in_the_text_are_organisations() -> None:
    found = names("Chinese state media outlet CGTN posted a video, as RIA Novosti reported.", "en")
    assert found == {"CGTN": ("organisation", ("CGTN",)), "RIA Novosti": ("organisation", ("RIA Novosti",))}
    # a short acronym is the text's own: "AFP" here is the army of the Philippines, not the agency
    assert "Agence France-Presse" not in names("A boat of the Armed Forces of the Philippines (AFP) sailed. The AFP said.", "en")
