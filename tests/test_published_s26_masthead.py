"""A masthead's date (the day the page was viewed, with its weekday, printed over a site's blurb) against the
page's own stamp with its hour under the headline: the stamp dates the page. Each text is written for the test,
on a topic of its own (a town's new footbridge)."""

from __future__ import annotations

from conftest import published_of

BLURB = (
    "Riverside Courier gathers the day's local news from many papers and sums each one up for its readers. Your"
    " time is precious to us.\n\nPowered by the Courier's own search engine for local news:\n\n"
    "New footbridge opens over the Riverside canal\n\n"
)
TEXT = "The new footbridge over the canal opened on Friday after two years of work. It links the market to the station.\n"


def test_the_stamp_under_the_headline_dates_the_page_not_the_masthead(tmp_path) -> None:
    text = (
        f"Riverside Courier | News summary\n\nSunday, 8 June 2025\n{BLURB}"
        f"Valley Post | Local | Saturday, 13 November 2021 - 16:53\n\n{TEXT}"
    )
    assert published_of(tmp_path, text)[0] == "2021-11-13"


def test_a_weekday_date_line_with_no_stamp_below_still_dates_the_page(tmp_path) -> None:
    text = f"Riverside Courier | News summary\n\nSunday, 8 June 2025\n{BLURB}{TEXT}"
    assert published_of(tmp_path, text)[0] == "2025-06-08"


def test_a_later_stamp_below_leaves_the_date_line_above(tmp_path) -> None:
    text = (
        f"Riverside Courier | News summary\n\nSaturday, 13 November 2021\n{BLURB}"
        f"Valley Post | Local | Sunday, 8 June 2025 - 16:53\n\n{TEXT}"
    )
    assert published_of(tmp_path, text)[0] == "2021-11-13"
