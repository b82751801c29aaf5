"""Publication dates under a blog theme's "Post on" label, printed beside the post's reading time ("You need 3 min
read Post on Mar 05, 2024"): each text is written for the test, on a topic of its own (a town library's budget)."""

from __future__ import annotations

from conftest import published_of


def test_the_post_on_label_dates_the_page(tmp_path) -> None:
    text = (
        "Library budget approved\n\nYou need 3 min read Post on Mar 05, 2024\nLibrary budget approved\n\n"
        "The council approved a new budget for the town library. It meets again in May.\n"
    )
    assert published_of(tmp_path, text)[0] == "2024-03-05"


def test_a_post_on_a_day_the_text_cites_dates_no_page(tmp_path) -> None:
    text = (
        "Library budget approved\n\nI wrote a post on March 5, 2024 about the library. The council approved a new"
        " budget for it and meets again in May.\n"
    )
    assert published_of(tmp_path, text)[0] is None
