"""Indian-language papers name the India Meteorological Department by its full name in their language ("ਭਾਰਤੀ ਮੌਸਮ
ਵਿਭਾਗ", "ଭାରତୀୟ ପାଣିପାଗ ବିଭାଗ", "भारतीय हवामान विभाग"): base knowledge (`knowledge/organisations.yaml`). Another
department ("ਸਿੱਖਿਆ ਵਿਭਾਗ", education) or the weather alone ("ମୌସୁମୀ ବର୍ଷା") is not it. Sentences written for the test."""

from __future__ import annotations

from briefing.actors import find_actors

IMD = "India Meteorological Department"


def names(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language)}


def test_the_indian_weather_department_is_the_imd() -> None:
    assert IMD in names("ਭਾਰਤੀ ਮੌਸਮ ਵਿਭਾਗ ਨੇ ਭਲਕੇ ਮੀਂਹ ਦੀ ਚਿਤਾਵਨੀ ਦਿੱਤੀ ਹੈ।", "pa")
    assert IMD in names("ଭାରତୀୟ ପାଣିପାଗ ବିଭାଗ ସତର୍କ ସୂଚନା ଜାରି କରିଛି ।", "or")
    assert IMD in names("भारतीय हवामान विभागाने पावसाचा इशारा दिला.", "mr")


def test_another_department_or_the_weather_is_not() -> None:
    assert IMD not in names("ਸਿੱਖਿਆ ਵਿਭਾਗ ਨੇ ਸਕੂਲ ਬੰਦ ਕੀਤੇ।", "pa")
    assert IMD not in names("ମୌସୁମୀ ବର୍ଷା ଆରମ୍ଭ ହୋଇଛି ।", "or")
    assert IMD not in names("ਮੌਸਮ ਅੱਜ ਸਾਫ਼ ਰਹੇਗਾ।", "pa")
