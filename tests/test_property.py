"""Property: whatever lands in `sources/`, the loader, the extractor and the build never crash.

Random text, random bytes and random frontmatter each become a briefing or a `Problem` that names
the file; a few real MkDocs builds show the same holds end to end (a page or a logged error per file).
"""

from __future__ import annotations

import pytest
import yaml
from briefing.load import FIELDS
from conftest import assert_a_page_or_an_error_per_file, page_or_error
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = st.sampled_from([".txt", ".md", ".html"])
# YAML values of every shape an editor could type, including wrong ones
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30) | st.dates().map(str)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3), max_leaves=6
)
KEYS = st.sampled_from([*FIELDS, "auther", "date", "reliability"]) | st.text(max_size=12)
RELIABILITY = st.fixed_dictionaries(
    {}, optional={"source": SCALARS, "credibility": SCALARS, "notes": VALUES, "reviewed_on": SCALARS}
)
FRONTMATTER = st.dictionaries(KEYS, VALUES, max_size=6) | st.builds(lambda r: {"reliability": r}, RELIABILITY)
BODY = st.text(min_size=0, max_size=400) | st.just(
    "Qatar and NATO signed an agreement in Doha on 5 January 2018, officials said."
)


def frontmatter_file(fields: dict, body: str) -> bytes:
    return ("---\n" + yaml.safe_dump(fields, allow_unicode=True) + "---\n" + body).encode("utf-8")


@FAST
@given(text=st.text(max_size=600), suffix=SUFFIXES)
def test_random_text_never_crashes(text: str, suffix: str) -> None:
    page_or_error(f"random{suffix}", text.encode("utf-8", errors="surrogatepass"))


@FAST
@given(data=st.binary(max_size=600), suffix=SUFFIXES)
def test_random_bytes_never_crash(data: bytes, suffix: str) -> None:
    page_or_error(f"random{suffix}", data)


@FAST
@given(fields=FRONTMATTER, body=BODY)
@example(fields={"language": "zz-Latn"}, body="Qatar and NATO signed an agreement in Doha on 5 January 2018.")
@example(fields={"language": "<b>"}, body="Qatar and NATO signed an agreement in Doha on 5 January 2018.")
def test_random_frontmatter_is_a_page_or_a_problem(fields: dict, body: str) -> None:
    page_or_error("random.md", frontmatter_file(fields, body))


@FAST
@given(yaml_text=st.text(max_size=200), body=BODY)
@example(yaml_text="title: a\x07b", body="Some article text.")  # a control character YAML's reader refuses
@example(yaml_text="title: [unclosed", body="Some article text.")
@example(yaml_text="- a list\n- not a mapping", body="Some article text.")
def test_random_frontmatter_text_is_a_page_or_a_problem(yaml_text: str, body: str) -> None:
    page_or_error("random.md", f"---\n{yaml_text}\n---\n{body}".encode("utf-8", errors="surrogatepass"))


FILES = st.lists(
    st.one_of(
        st.text(max_size=300).map(lambda t: ("txt", t.encode("utf-8", errors="surrogatepass"))),
        st.binary(max_size=300).map(lambda b: ("txt", b)),
        st.builds(lambda f, b: ("md", frontmatter_file(f, b)), FRONTMATTER, BODY),
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=3, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=FILES)
def test_real_builds_give_a_page_or_an_error_per_file(
    files: list[tuple[str, bytes]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    # pytest's folders outlive the test: MkDocs may import hook modules from the copy, so it must not vanish
    tmp = tmp_path_factory.mktemp("property-build")
    sources: dict[str, str | bytes] = {f"f{i}.{kind}": data for i, (kind, data) in enumerate(files)}
    assert_a_page_or_an_error_per_file(tmp, sources)
