"""Each source's extraction is cached and unpickled apart (cache.py), so every source held its own copy of each actor
id and of each word naming an actor: at 10,000 sources, tens of MB of the serving process's memory (issue 18's target
is 2 GB). Unpickled, those fields are one copy per process of each text; the values are the same as before."""

from __future__ import annotations

import pickle
from pathlib import Path

from briefing.model import Mention
from briefing.pipeline import load_registry
from briefing.reading import read_briefing
from briefing.site import Project
from conftest import make_project


def _fresh(text: str) -> str:
    """The text as a new string object, as each unpickled source has its own."""
    return "".join(list(text))


def test_a_mention_unpickled_apart_shares_its_texts() -> None:
    first = Mention(_fresh("qatar"), 0, 0, 5, _fresh("Qatar"))
    second = Mention(_fresh("qatar"), 2, 10, 15, _fresh("Qatar"), via=_fresh("doha"))
    assert first.text is not second.text
    one, two = (pickle.loads(pickle.dumps(m, pickle.HIGHEST_PROTOCOL)) for m in (first, second))
    assert (one, two) == (first, second)
    assert one.text is two.text and one.actor is two.actor
    assert two.via == "doha"


def test_briefings_unpickled_apart_share_their_actor_ids_and_names(tmp_path: Path) -> None:
    texts = {
        "talks.txt": "Talks in Doha\n\nQatar and NATO officials met in Doha on 4 March 2024 to discuss training.\n",
        "visit.txt": "A visit\n\nOn 9 May 2023 Qatar hosted NATO officers for a week of exercises.\n",
    }
    root = make_project(tmp_path, texts)
    registry, _ = load_registry(Project(root))
    made = [read_briefing(root / "sources" / name, root, registry) for name in texts]
    loaded = [pickle.loads(pickle.dumps(b, pickle.HIGHEST_PROTOCOL)) for b in made]  # apart, as the cache does
    assert loaded == made
    ids = [{actor: actor for actor in b.actors} for b in loaded]
    shared = ids[0].keys() & ids[1].keys()
    assert {"qatar", "nato"} <= shared
    for actor in shared:
        assert ids[0][actor] is ids[1][actor]
    names = [{m.text: m.text for m in b.mentions} for b in loaded]
    assert names[0]["Qatar"] is names[1]["Qatar"]
