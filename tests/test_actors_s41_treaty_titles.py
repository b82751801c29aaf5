"""A body's name that is a word of a treaty's or a charter's title (`treaty_words`, `treaty_words_after`: "la
Convention des Nations unies sur le droit de la mer", "اتفاقية الأمم المتحدة", "the UN Charter", "《联合国海洋法公约》")
names the title, and the body acts in no sentence there: no mention. The same body acting, or named beside such a word
that opens no title of it ("l'ONU a adopté la convention"), is still mentioned. Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import mentions_of

UN = "united-nations"


@pytest.mark.parametrize(
    "text",
    [
        "Les deux États ont ratifié la Convention des Nations unies sur le droit de la mer il y a trente ans.",
        "Ambos países firmaron la Convención de las Naciones Unidas sobre el Derecho del Mar en los años ochenta.",
        "Os dois países ratificaram a Convenção das Nações Unidas sobre o Direito do Mar em 1994.",
        "Il tribunale ha citato la Convenzione Onu sul diritto del mare nella sua decisione finale.",
        "Beide Staaten berufen sich auf die Charta der Vereinten Nationen und auf das Völkerrecht.",
        "وأكدت الحكومة أن مطالبها تستند إلى اتفاقية الأمم المتحدة لقانون البحار الموقعة منذ عقود.",
        "Both governments said the claims broke the UN Charter and called for talks within a month.",
        "双方表示，有关主张不符合《联合国海洋法公约》的规定，将继续通过谈判解决分歧。",
    ],
)
def test_a_body_in_a_treatys_title_is_no_mention(tmp_path: Path, text: str) -> None:
    assert UN not in mentions_of(tmp_path, text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Les Nations unies ont appelé les deux États à respecter le cessez-le-feu signé en mars.",
        "L'ONU a adopté la convention après trois semaines de négociations à Genève.",
        "The United Nations said the convention would enter into force next year after ratification.",
        "وقالت الأمم المتحدة إن الاتفاقية ستدخل حيز التنفيذ العام المقبل بعد المصادقة عليها.",
        "联合国表示，新的公约将在明年生效，各国应尽快完成批准程序。",
    ],
)
def test_an_acting_body_beside_a_treaty_is_still_mentioned(tmp_path: Path, text: str) -> None:
    assert UN in mentions_of(tmp_path, text).values()
