"""Persian companies: "شرکت" (company) is a head-word its name follows ("شرکت سایپا"), read up to a word that follows
a whole noun phrase ("نیز", "را", "که"). It names no body as the noun of "to take part" (a light verb after it:
"شرکت داشتند", "شرکت می‌کرد"), after a demonstrative or a superlative ("این شرکت", "بزرگ‌ترین شرکت": a company named
before, or ranked), nor where its words only say the kind before a quoted or Latin-script name. A state joined to a
body by a conjunction ("فرانسه و شرکت …") stays a state of its own. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("مدیرعامل گفت شرکت سایپا نیز قیمت‌ها را افزایش داد.", "شرکت سایپا"),
        ("دولت شرکت سایپا را جریمه کرد.", "شرکت سایپا"),
        ("داروی جدید شرکت پارس دارو، هفته گذشته به بازار رسید.", "شرکت پارس دارو"),
        ("کارخانه شرکت فولاد کاوه که سال گذشته تعطیل شد دوباره باز شد.", "شرکت فولاد کاوه"),
    ],
)
def test_a_company_after_its_head_word(text: str, body: str) -> None:
    assert ("organisation", body) in found(text, "fa")


@pytest.mark.parametrize(
    "text",
    [
        "هزاران نفر در این مراسم شرکت داشتند.",  # took part: a light verb follows
        "وزیر در نشست سران شرکت می‌کرد.",
        "وزیر در نشست سران شرکت میکرد.",  # the same, its non-joiner lost
        "مردم در انتخابات شرکت کردند.",
        "کارکنان این شرکت هواپیمایی اعتصاب کردند.",  # this airline: named before
        "ثروتمندترین شرکت نفتی جهان زیان داد.",  # the richest oil company: ranked
        'قرارداد با شرکت مشاوره مالی "آلفا" امضا شد.',  # the kind, then a quoted name
        "قرارداد با شرکت خودروسازی Renault امضا شد.",  # the kind, then a Latin-script name
        "حمایت از حزب حاکم نیز کاهش یافت.",  # the ruling party, a common noun
    ],
)
def test_no_company(text: str) -> None:
    assert not any(kind == "organisation" and name.startswith(("شرکت", "حزب")) for kind, name in found(text, "fa"))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("نمایندگان فرانسه و شرکت ملی نفت دیدار کردند.", "France"),
        ("واکسن از اتحادیه اروپا، شرکت پارس دارو، آمریکا و ژاپن وارد شد.", "United States"),
    ],
)
def test_a_state_beside_a_company_is_a_state(text: str, state: str) -> None:
    assert ("state", state) in found(text, "fa")


def test_the_ruling_party_keeps_its_name() -> None:
    assert ("organisation", "حزب حاکم عدالت و توسعه") in found("معترضان به مقر حزب حاکم عدالت و توسعه رفتند.", "fa")
