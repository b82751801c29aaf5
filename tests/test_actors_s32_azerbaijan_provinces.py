"""Iran's provinces of East and West Azerbaijan ("آذربایجان شرقی", "آذربایجان غربی"): the state's name with a compass
point after it names a province, not the Republic of Azerbaijan, which stays a state where it is named alone.
Sentences written for the test, on a topic of their own (a road)."""

from __future__ import annotations

from pathlib import Path

from conftest import mentions_of


def _dir(tmp_path: Path, name: str) -> Path:
    (tmp_path / name).mkdir()
    return tmp_path / name


def test_the_provinces_are_no_state(tmp_path: Path) -> None:
    text = "جاده تبریز در استان آذربایجان شرقی بازسازی شد و مردم آذربایجان غربی از آن استفاده می‌کنند."
    found = mentions_of(_dir(tmp_path, "a"), text)
    assert "azerbaijan" not in found.values()
    found = mentions_of(_dir(tmp_path, "b"), "The road in East Azerbaijan province was rebuilt by local workers last year.")
    assert "azerbaijan" not in found.values()


def test_the_state_named_alone_stays_a_state(tmp_path: Path) -> None:
    found = mentions_of(_dir(tmp_path, "c"), "وزیر راه آذربایجان برای بازدید از جاده به تهران سفر کرد.")
    assert found.get("آذربایجان") == "azerbaijan"
