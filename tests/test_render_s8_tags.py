"""A briefing's tags: its topics, then the names of the registry actors it names, each once, HTML-escaped (the
theme prints them unescaped); the escaped names are remembered across briefings and rebuilds, the tags are not."""

from __future__ import annotations

from types import SimpleNamespace

from briefing.render import page_tags


def _site(names: dict[str, str]) -> SimpleNamespace:
    return SimpleNamespace(registry=SimpleNamespace(actors={i: SimpleNamespace(name=n) for i, n in names.items()}))


def test_tags_are_topics_then_actor_names_escaped_once_each() -> None:
    site = _site({"qatar": "Qatar", "att": "AT&T <Gulf>", "nato": "NATO"})
    b = SimpleNamespace(tags=("security", "NATO"), actors=("nato", "att", "unknown"))
    assert page_tags(b, site) == ["security", "NATO", "AT&amp;T &lt;Gulf&gt;"]
    assert page_tags(b, site) == ["security", "NATO", "AT&amp;T &lt;Gulf&gt;"]  # the same on the next rebuild


def test_a_renamed_actor_gives_its_new_name() -> None:
    b = SimpleNamespace(tags=(), actors=("qatar",))
    assert page_tags(b, _site({"qatar": "Qatar"})) == ["Qatar"]
    assert page_tags(b, _site({"qatar": 'State of "Qatar"'})) == ["State of &quot;Qatar&quot;"]
