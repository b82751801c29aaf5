"""Actors with an empty topic registry (issue 15), fifteenth session: a ministry's field before an English title, a
name before its state's title, Arabic ministries named by their field, Arabic states' adjectives by the nisba
ending, Russian contracted ministries, and the maker inside a model's name. Made-up sentences, through the public
`find_actors`."""

from __future__ import annotations

from briefing.actors import find_actors


def names(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.surfaces for f in find_actors(text, language)}


def test_a_ministrys_field_before_an_english_title_is_part_of_the_title() -> None:
    assert "Jane Okafor" in names("Earlier, Finance Minister Jane Okafor resigned.", "en")
    assert "Tom Reyes" in names("Health Minister Tom Reyes said the clinics would reopen.", "en")
    assert names("The Health Ministry said the clinics would reopen.", "en") == {"Ministry of Health": ("Health Ministry",)}


def test_a_name_set_off_before_its_states_title_is_a_person_also_opening_a_sentence() -> None:
    assert "Kwelu Moïsan" in names("Kwelu Moïsan, Haiti's president has been killed at home.", "en")
    assert "Oyelu Basanjo" in names("Oyelu Basanjo, the former Nigerian president, said he would mediate.", "en")
    # a place before the clause is no person: "Port Moresby, Papua New Guinea's prime minister said"
    found = names("Port Moresby, Papua New Guinea's prime minister said on Monday.", "en")
    assert set(found) == {"Papua New Guinea"}


def test_an_arabic_ministry_named_by_its_field_and_the_states_feminine_adjective() -> None:
    found = names("وقالت الخارجية المصرية في بيان إن الوفد وصل.", "ar")
    assert found == {"Ministry of Foreign Affairs (Egypt)": ("الخارجية المصرية",)}
    assert "Ministry of Foreign Affairs (India)" in names("وفق بيان للخارجية الهندية صدر أمس.", "ar")
    # the field as an adjective of a noun with the article: foreign policy, no ministry
    assert names("وانتقد الكاتب السياسة الخارجية الأمريكية.", "ar") == {}


def test_arabic_states_the_demonym_list_lacks_have_their_nisba_adjective() -> None:
    assert names("وقالت الحكومة الهولندية إن التحقيق مستمر.", "ar") == {"Netherlands": ("الحكومة الهولندية",)}
    assert names("وقالت الحكومة النرويجية إن التحقيق مستمر.", "ar") == {"Norway": ("الحكومة النرويجية",)}
    # "المالية" is the field of finance, never Mali's adjective
    assert "Mali" not in names("وأعلنت وزارة المالية الموازنة.", "ar")


def test_russian_contracted_ministries() -> None:
    assert names("По данным Минздрава России, пострадали 40 человек.", "ru")["Ministry of Health (Russia)"] == ("Минздрава",)
    assert "Ministry of Transport (Russia)" in names("Минтранс России заявил, что рейсы отменены.", "ru")


def test_the_maker_inside_a_models_name_is_a_company() -> None:
    assert "Boeing" in names("The airline flew a Boeing 737 Max on the route.", "en")
    assert "Airbus" in names("Le 24 mars, un Airbus A320 s'est écrasé dans les Alpes.", "fr")
    assert "Airbus" in names("Самолёт Airbus A320 разбился во Франции.", "ru")
    # a count, a flight's number, a year, a numbered noun: no maker
    found = names("Approximately 300 people died. Germanwings 9525 crashed, and Article 370 and Apollo 11 were cited.", "en")
    assert not {"Approximately", "Article", "Apollo"} & set(found)
    # the languages whose annotators leave the maker out (es, de, it, pt) do not read it
    assert "Boeing" not in names("El avión, un Boeing 737, cayó al mar.", "es")


def test_the_other_un_members_adjectives_name_their_state_beside_a_word_for_its_government() -> None:
    assert names("The Bolivian government protested on Monday.", "en") == {"Bolivia": ("Bolivian government",)}
    assert names("Le gouvernement islandais a protesté.", "fr") == {"Iceland": ("gouvernement islandais",)}
    assert names("Об этом заявили норвежские власти.", "ru") == {"Norway": ("норвежские власти",)}
    assert "Bolivia" not in names("A Bolivian singer won.", "en")  # an adjective alone names no state


def test_legislatures_named_by_their_own_name() -> None:
    assert "Bundestag" in names("Today, the Bundestag has elected the chancellor.", "en")
    assert "Bundestag" in names("Депутаты Бундестага избрали канцлера.", "ru")
    assert "State Duma" in names("Законопроект внесён в Госдуму.", "ru")
    assert "Knesset" in names("وصوّت الكنيست على القانون.", "ar")
    assert "State Duma" not in names("Les forces ont repris Douma.", "fr")  # a Syrian town of that name


def test_french_names_a_states_foreign_ministry_by_its_diplomacy() -> None:
    assert names("La diplomatie russe a qualifié cette démarche d'insignifiante.", "fr") == {"Russia": ("diplomatie russe",)}
    assert names("La diplomatie est un art.", "fr") == {}


def test_an_arabic_banks_name_in_quotation_marks_after_the_word_for_bank() -> None:
    found = names('أغلقت السلطات، أمس الجمعة، مصرف "فالي ريدج بنك" المقرب من الشركات الناشئة.', "ar")
    assert found["فالي ريدج بنك"] == ("فالي ريدج بنك",)
