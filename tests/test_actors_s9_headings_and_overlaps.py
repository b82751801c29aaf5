"""A person is not made of a title-cased heading's capitals, and a registry's overlapping aliases of one actor
make one mention (nothing left over for detection to take as another person)."""

from __future__ import annotations

from briefing.actors import actor_mentions, base_registry, find_actors
from briefing.model import Block
from briefing.registry import Registry, actor_from_entry, with_base


def detected_names(blocks: tuple[Block, ...]) -> set[str]:
    _, detected = actor_mentions(blocks, base_registry(), "en")
    return {d.name for d in detected}


def test_a_title_word_in_a_title_cased_heading_names_no_person() -> None:
    blocks = (Block("heading", "Minister Summary Report"), Block("paragraph", "The report was published on Monday."))
    assert "Summary Report" not in detected_names(blocks)


def test_a_person_named_in_a_heading_and_the_text_stays() -> None:
    blocks = (
        Block("heading", "Minister Halvard Brekke Resigns"),
        Block("paragraph", "Minister Halvard Brekke resigned on Monday after a vote."),
    )
    assert "Halvard Brekke" in detected_names(blocks)


def test_a_title_and_name_in_a_sentence_is_still_a_person() -> None:
    blocks = (Block("paragraph", "Minister Halvard Brekke resigned on Monday."),)
    assert "Halvard Brekke" in detected_names(blocks)


def test_two_aliases_of_one_person_that_overlap_make_one_mention() -> None:
    entry = {
        "id": "karim-bin-salem-al-noor",
        "name": "Karim bin Salem Al Noor",
        "kind": "person",
        "aliases": {"ar": ["الشيخ كريم", "كريم بن سالم آل نور"]},
    }
    registry = Registry(*with_base({"karim-bin-salem-al-noor": actor_from_entry(entry)}, {}))
    found = find_actors("استقبل الشيخ كريم بن سالم آل نور الوفد في الدوحة.", "ar", registry)
    assert [(f.id, f.surfaces) for f in found if f.kind == "person"] == [
        ("karim-bin-salem-al-noor", ("الشيخ كريم بن سالم آل نور",))
    ]
