"""General rules of actor detection without a topic registry, each on made-up sentences: states and capitals named
as places, names CLDR writes with a parenthesis, names with a joined particle ("al-"), Arabic family names."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind, f.surfaces) for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The rebels entered the capital Ottawa at dawn.", "en"),
        ("Les rebelles sont entrés dans la capitale Ottawa.", "fr"),
        ("Los rebeldes tomaron Ottawa sin resistencia.", "es"),
        ("I ribelli hanno preso il controllo di Ottawa.", "it"),
        ("Os rebeldes chegaram à cidade de Ottawa.", "pt"),
        ("Повстанцы захватили Оттаву ночью.", "ru"),
        ("Повстанці увійшли в столицю Оттаву.", "uk"),
        ("دخلت قوات المعارضة العاصمة أوتاوا.", "ar"),
        ("Muhalifler başkent Ottava'ya girdi.", "tr"),
        ("Die Kämpfe begannen um Mitternacht, Zeit von Ottawa.", "de"),
    ],
)
def test_a_capital_taken_entered_or_called_the_capital_is_the_city(text: str, language: str) -> None:
    assert "Canada" not in names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Os policiais foram enviados para o Canadá.", "pt", "Canada"),  # an article between the preposition and the name
        ("Die Soldaten kämpfen in der Mongolei.", "de", "Mongolia"),
        ("Полицейские прибудут на Кубу.", "ru", "Cuba"),
        ("Ils vivent à Ottawa, capitale du Canada.", "fr", "Canada"),
        ("Askerler Moğolistan'dan döndü.", "tr", "Mongolia"),  # Turkish locative and ablative endings
        ("I soldati sono arrivati ad Haiti.", "it", "Haiti"),
        ("Fighting in Mongolia went on.", "en", "Mongolia"),
    ],
)
def test_a_state_named_as_the_place_where_something_happens_is_an_actor(text: str, language: str, state: str) -> None:
    assert names(text, language)[state][0] == "state"


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Ships crossed the East China Sea.", "en", "China"),
        ("Storms hit the Gulf of Mexico.", "en", "Mexico"),
        ("Navios cruzaram o Mar do Sul da China.", "pt", "China"),  # past the compass point and the articles
        ("Les navires ont quitté la mer de Chine.", "fr", "China"),
        ("Gemiler Güney Çin Denizi'nde.", "tr", "China"),
        ("عبرت السفن بحر الصين الجنوبي.", "ar", "China"),
    ],
)
def test_a_state_inside_a_seas_name_is_no_actor(text: str, language: str, state: str) -> None:
    assert state not in names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Ottawa a rejeté la proposition.", "fr", "Canada"),  # a capital that acts is its government
        ("Le ministre a écrit à la Mongolie.", "fr", "Mongolia"),  # "à la": a dative, not a place
        ("Kanada'nın kararı açıklandı.", "tr", "Canada"),  # the genitive names the state
        ("Presidente della Federazione Russa.", "it", "Russia"),  # a state's official long name
    ],
)
def test_a_state_that_acts_stays_an_actor(text: str, language: str, state: str) -> None:
    assert names(text, language)[state][0] == "state"


@pytest.mark.parametrize(
    ("text", "language", "state", "surface"),
    [
        ("Мʼянма закрила кордон.", "uk", "Myanmar", "Мʼянма"),
        ("М’янма закрила кордон.", "uk", "Myanmar", "М’янма"),  # the apostrophe typed another way
        ("أعلنت ميانمار حالة الطوارئ.", "ar", "Myanmar", "ميانمار"),  # CLDR: "ميانمار (بورما)"
        ("Мьянма закрыла границу.", "ru", "Myanmar", "Мьянма"),
        ("A Birmânia fechou a fronteira.", "pt", "Myanmar", "Birmânia"),
    ],
)
def test_names_cldr_writes_with_a_second_name_in_parentheses(text: str, language: str, state: str, surface: str) -> None:
    assert names(text, language)[state] == ("state", (surface,))


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("The talks stalled after Karim al-Hadi left the room.", "en", "Karim al-Hadi"),
        ("La démission de Karim el-Hadi a surpris.", "fr", "Karim el-Hadi"),
        ("El gobierno de Karim al-Hadi cayó.", "es", "Karim al-Hadi"),
    ],
)
def test_a_particle_joined_by_a_hyphen_is_part_of_the_name(text: str, language: str, person: str) -> None:
    assert names(text, language)[person][0] == "person"


def test_the_family_name_after_a_joined_particle_stands_alone_later() -> None:
    found = names("Observers said Karim al-Hadi had resigned. Hadi denied it on Monday.", "en")
    assert found["Karim al-Hadi"] == ("person", ("Karim al-Hadi", "Hadi"))


def test_two_people_joined_by_and_are_both_found() -> None:
    found = names("The letter was signed by Karim al-Hadi and Maria Lopes in June.", "en")
    assert found["Karim al-Hadi"][0] == found["Maria Lopes"][0] == "person"


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("El gobierno de Karim Hadi cayó en marzo.", "es", "Karim Hadi"),
        ("Le gouvernement de Karim Hadi est tombé.", "fr", "Karim Hadi"),
    ],
)
def test_a_lower_case_head_word_before_a_persons_name_is_no_body(text: str, language: str, person: str) -> None:
    found = names(text, language)
    assert found[person][0] == "person" and all(kind == "person" for kind, _ in found.values())


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Новым руководителем стал Мухаммед Карими.", "ru", "Мухаммед Карими"),  # "kh" of anyascii is the list's "h"
        ("Соглашение подписано Ахмедом Карими вчера.", "ru", "Ахмедом Карими"),  # a given name in another case
        ("Повалення режиму Хафеза Карімі стало подією.", "uk", "Хафеза Карімі"),
    ],
)
def test_a_cyrillic_given_name_in_any_case_opens_a_name(text: str, language: str, surface: str) -> None:
    assert any(kind == "person" and surface in surfaces for kind, surfaces in names(text, language).values())


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال الرئيس كريم الهادي، إن المحادثات مستمرة.", "كريم الهادي"),  # a family name with the article
        ("وزار قائد الجيش الفريق أول ركن عبدالكريم الهادي، القاعدة.", "عبدالكريم الهادي"),  # a title of three words
        ("وكان الرئيس السابق سمير الهادي قد غادر.", "سمير الهادي"),  # "السابق" completes the title
        ("ووضع الرئيس علي كريمو قيد الإقامة الجبرية.", "علي كريمو"),  # "علي", a name though folded like "على"
        ("وقال الوزير عبد الكريم الهادي إن الاتفاق صامد.", "عبد الكريم الهادي"),
    ],
)
def test_arabic_names_with_the_article_and_longer_titles(text: str, person: str) -> None:
    assert names(text, "ar")[person][0] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "وافق الرئيس علي الاتفاق.",  # "على" written with a final yeh, before a word with the article
        "وقال الرئيس الهادي الاتفاق مهم.",  # a word with the article alone makes no name
    ],
)
def test_arabic_words_after_a_title_that_make_no_name(text: str) -> None:
    assert not any(kind == "person" for kind, _ in names(text, "ar").values())


def test_an_arabic_capital_under_control_is_the_city() -> None:
    assert "Canada" not in names("بعد السيطرة على أوتاوا أعلنت المعارضة النصر.", "ar")


def test_a_news_agency_named_by_its_three_letter_acronym_is_an_organisation() -> None:
    assert names("Two officers told AFP on Monday that the road was closed.", "en")["Agence France-Presse"] == (
        "organisation",
        ("AFP",),
    )
    assert names("« Nous partirons demain », a déclaré le général à l'EFE.", "fr")["Agencia EFE"][0] == "organisation"


def test_an_acronym_the_text_defines_for_another_body_is_not_the_built_in_one() -> None:
    found = names("Boats chartered by the Armed Forces of Freedonia (AFP) were hit on Monday.", "en")
    assert "Agence France-Presse" not in found
    assert found["Armed Forces of Freedonia"][0] == "organisation"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Government of President Maria Lopes issued an update.", "Maria Lopes"),  # after "of" and a title
        ("In a statement, Inspector General of Police Tomas Okello stated that the team had arrived.", "Tomas Okello"),
    ],
)
def test_a_name_after_a_body_or_a_title_ending_in_a_head_word_is_read(text: str, person: str) -> None:
    found = names(text, "en")
    assert found[person][0] == "person" and all(kind == "person" for kind, _ in found.values())


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Les résultats seront confirmés par la cour constitutionnelle lundi.", "fr", "cour constitutionnelle"),
        ("Le décret crée un conseil présidentiel de transition de neuf membres.", "fr", "conseil présidentiel de transition"),
        ("La guardia presidencial detuvo al jefe del Estado.", "es", "guardia presidencial"),
        ("Il consiglio elettorale nazionale ha annunciato i risultati.", "it", "consiglio elettorale nazionale"),
        ("A guarda presidencial cercou o palácio.", "pt", "guarda presidencial"),
    ],
)
def test_a_lower_case_institution_named_by_its_adjectives(text: str, language: str, body: str) -> None:
    assert names(text, language)[body] == ("organisation", (body,))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le conseil a rendu un avis favorable.", "fr"),  # a head-word alone names no one in particular
        ("La commission a siégé toute la nuit.", "fr"),
        ("Il consiglio dei genitori si è riunito.", "it"),
    ],
)
def test_a_lower_case_head_word_without_an_institutions_adjective_is_no_body(text: str, language: str) -> None:
    assert names(text, language) == {}


@pytest.mark.parametrize(
    "text",
    [
        "در کشتن «کریم هادی»، رئیسجمهوری سابق این کشور نقش داشتند.",  # a comma, and the title without its non-joiner
        "به دنبال سرنگونی «کریم هادی»، نخستوزیر این کشور بودند.",
    ],
)
def test_a_persian_name_in_quotation_marks_before_a_comma_and_a_title(text: str) -> None:
    assert names(text, "fa")["کریم هادی"][0] == "person"


@pytest.mark.parametrize(
    ("text", "name", "surfaces"),
    [
        ("报道说,总统巴沙尔·卡里米政权已经结束。据透露,卡里米已乘坐飞机离开。", "巴沙尔·卡里米", ("巴沙尔·卡里米", "卡里米")),
        ("竞争者阿爾伯特‧翁多‧奧薩獲得了30%的選票。", "阿爾伯特‧翁多‧奧薩", ("阿爾伯特‧翁多‧奧薩",)),  # traditional characters
        ("其現任總統邦戈(Mario Rossi)領導下的政府。邦戈的家族統治。", "Mario Rossi", ("邦戈",)),  # the Latin name given after
    ],
)
def test_chinese_transliterated_names_joined_by_a_middle_dot_or_given_in_latin(
    text: str, name: str, surfaces: tuple[str, ...]
) -> None:
    assert names(text, "zh")[name] == ("person", surfaces)


def test_a_chinese_dotted_name_before_a_word_for_a_region_is_a_place() -> None:
    assert names("兩國圍繞納戈爾諾·卡拉巴赫地區發生衝突。", "zh") == {}


def test_a_cyrillic_word_folded_like_another_is_still_matched_after_it() -> None:
    # "кит." (the abbreviation) and "Китая" fold alike; the first word read must not hide the state in the second
    from briefing.registry import Registry, with_base

    registry = Registry(*with_base({}, {}))
    registry.find("Отмель (англ. Shoal; кит. Жэньай) находится в море.", "ru")
    assert [m.actor for m in registry.find("Береговая охрана Китая сообщила об инциденте.", "ru")] == ["china"]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Повстанцы, Освободительная армия и другие группы подписали соглашение.", "ru", "Освободительная армия"),
        ("Были арестованы руководители правящей Народной партии.", "ru", "Народной партии"),
        ("Бойовики, Північна армія та інші групи підписали угоду.", "uk", "Північна армія"),
    ],
)
def test_a_slavic_body_capitalises_only_its_first_word(text: str, language: str, body: str) -> None:
    assert any(kind == "organisation" and surfaces == (body,) for kind, surfaces in names(text, language).values())


def test_a_capitalised_word_opening_a_sentence_before_a_head_word_is_no_body() -> None:
    assert names("Вооруженные силы заявили о победе.", "ru") == {}


def test_an_arabic_body_ends_where_another_bodys_head_word_begins() -> None:
    found = names("واتهم الجيش اللجنة الانتخابية بعدم معالجة المخالفات.", "ar")
    assert not any("الجيش" in surface and "اللجنة" in surface for _, surfaces in found.values() for surface in surfaces)
    assert any(kind == "organisation" and "الانتخابية" in surfaces[0] for kind, surfaces in found.values())


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Die Nationale Liga für Freiheit gewann die Wahl.", "de", "Nationale Liga für Freiheit"),
        ("La Liga Nacional para la Libertad ganó.", "es", "Liga Nacional para la Libertad"),
        ("La Lega Nazionale per la Libertà ha vinto.", "it", "Lega Nazionale per la Libertà"),
    ],
)
def test_a_league_is_a_body_in_every_language(text: str, language: str, body: str) -> None:
    assert names(text, language)[body][0] == "organisation"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Türkiye'nin Lima Büyükelçisi Kemal Demir, açıklama yaptı.", "Kemal Demir"),  # the title in its possessive form
        ("Ordu Komutanı Korgeneral Kemal Demir, dün konuştu.", "Kemal Demir"),
    ],
)
def test_turkish_titles_of_envoys_and_officers(text: str, person: str) -> None:
    assert names(text, "tr")[person][0] == "person"


def test_one_person_spelled_two_ways_in_one_text_is_one_actor() -> None:
    found = names("General Karim Abdoulaye Mensah was held aloft. Gen. Karim Abdoulay Mensah took the oath.", "en")
    assert [kind for kind, _ in found.values()] == ["person"]


def test_a_bodys_name_and_its_longer_form_in_one_text_are_one_actor() -> None:
    found = names(
        "El Consejo Nacional de Transición de Freedonia juró. El Consejo Nacional de Transición nombró a un ministro.", "es"
    )
    assert [kind for kind, _ in found.values()] == ["organisation"]


def test_a_persons_name_after_a_bodys_short_name_is_the_person() -> None:
    found = names("Про це повідомив речник МЗС Олег Карпенко у Facebook в понеділок.", "uk")
    assert any(kind == "person" and surfaces == ("Олег Карпенко",) for kind, surfaces in found.values())
    assert not any("Олег" in surface for kind, surfaces in found.values() if kind == "organisation" for surface in surfaces)


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("« Le vote est terminé », a dit Aboubakar Ndong Mba, le président de la commission.", "fr", "Aboubakar Ndong Mba"),
        ('"We will leave," said Tunde Okoro Bello, the spokesman of the group.', "en", "Tunde Okoro Bello"),
    ],
)
def test_who_spoke_after_the_verb_of_speech_and_before_a_title(text: str, language: str, person: str) -> None:
    assert names(text, language)[person][0] == "person"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Crowds surrounded the prime minister Kelumpa Varanatha in the capital.", "Kelumpa Varanatha"),
        ("It came after ousted president Kalinda Marapone fled.", "Kalinda Marapone"),
        ("The vote was called by parliament speaker Anura Weeraketiya on Saturday.", "Anura Weeraketiya"),
    ],
)
def test_a_lower_case_english_title_before_a_full_name(text: str, person: str) -> None:
    assert names(text, "en")[person][0] == "person"


def test_a_lower_case_english_title_before_one_capitalised_word_names_no_one() -> None:
    assert names("Officials said the minister Will travel on Monday.", "en") == {}


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("The Freedonian Orthodox Church said the monks had left.", "en", "Freedonian Orthodox Church"),
        ("The U.S. military said it had seized the parts.", "en", "United States Armed Forces"),
        ("美军击落了两架无人机。", "zh", "United States Armed Forces"),  # a state's one-character short form and 军
        ("刚果(金)政府军与叛军交火。", "zh", "Democratic Republic of the Congo Armed Forces"),
    ],
)
def test_churches_and_a_states_armed_forces(text: str, language: str, body: str) -> None:
    assert names(text, language)[body][0] == "organisation"


@pytest.mark.parametrize(
    ("text", "language", "state", "surface"),
    [
        ("刚果(金)东部的冲突仍在继续。", "zh", "Democratic Republic of the Congo", "刚果(金)"),  # CLDR's bracket typed in ASCII
        ("也門的局勢仍然緊張。", "zh", "Yemen", "也門"),  # Hong Kong's traditional name, beside Taiwan's 葉門
        ("O apoio do Irão aos rebeldes continuou.", "pt", "Iran", "Irão"),  # Portugal's spelling, beside Brazil's Irã
    ],
)
def test_states_in_the_spellings_of_other_places_where_the_language_is_written(
    text: str, language: str, state: str, surface: str
) -> None:
    assert names(text, language)[state] == ("state", (surface,))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("به گفته داریوش کامرانی، سخنگوی این گروه، دو کشتی هدف قرار گرفتند.", "داریوش کامرانی"),
        ("پس از دیدار با فرهاد نیک‌پور، نخست وزیر این کشور، بازگشت.", "فرهاد نیک‌پور"),
    ],
)
def test_a_persian_name_before_a_comma_and_a_title(text: str, person: str) -> None:
    assert names(text, "fa")[person][0] == "person"


def test_persian_days_and_verbs_before_a_comma_and_a_title_are_no_name() -> None:
    found = names("شهر را تصرف کردند، دبیرکل سازمان ملل روز سه‌شنبه هشدار داد.", "fa")
    assert not [name for name, (kind, _) in found.items() if kind == "person"]


def test_a_german_title_joined_to_what_it_heads() -> None:
    found = names("Dies teilte Parlamentspräsident Mahinda Weerakoon am Samstag mit.", "de")
    assert found["Mahinda Weerakoon"][0] == "person"


def test_a_name_given_in_full_in_an_earlier_paragraph_is_found_again_whole_or_by_its_surname() -> None:
    from briefing.actors import actor_mentions, base_registry
    from briefing.model import Block

    texts = ("The prime minister Kelumpa Varanatha arrived.", "Kelumpa Varanatha spoke first.", "Then Varanatha left.")
    mentions, detected = actor_mentions(tuple(Block("paragraph", t) for t in texts), base_registry(), "en")
    assert [(m.block, m.text) for m in mentions] == [(0, "Kelumpa Varanatha"), (1, "Kelumpa Varanatha"), (2, "Varanatha")]
    assert [d.name for d in detected] == ["Kelumpa Varanatha"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Freedonya Başbakanı Rasindu Varanatha, açıklama yaptı.", "Rasindu Varanatha", "person"),  # the title's possessive form
        ("Muhalefet lideri Kelumpa Varanatha'yı geride bıraktı.", "Kelumpa Varanatha", "person"),
        ("Saldırganlar Kosova polisine ateş açtı.", "Kosovo Police", "organisation"),  # a head-word with its case ending
        # the head-word's case ending is no part of the name (since s16)
        ("Freedonya Seçim Komisyonunun verilerine göre oylar sayıldı.", "Freedonya Seçim Komisyonu", "organisation"),
    ],
)
def test_turkish_titles_and_head_words_with_their_endings(text: str, name: str, kind: str) -> None:
    assert names(text, "tr")[name][0] == kind


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Согласно заявлению Центрального командования США, удар был нанесён.", "ru", "Центрального командования США"),
        ("وذكرت القيادة المركزية الأميركية في بيان أن الصاروخ سقط.", "ar", "القيادة المركزية الأميركية"),
        ("CENTCOM a annoncé la frappe.", "fr", "CENTCOM"),  # the acronym in every language
    ],
)
def test_a_military_command_named_in_any_language(text: str, language: str, surface: str) -> None:
    assert names(text, language)["United States Central Command"] == ("organisation", (surface,))


def test_a_head_word_that_describes_a_noun_names_no_body() -> None:
    found = names("Freedonia hosts a major U.S. military base near the coast.", "en")
    assert not [name for name, (kind, _) in found.items() if kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ('"Un jour, cela devait arriver", a déclaré Kelumpa Varanatha, un ingénieur à la retraite.', "fr", "Kelumpa Varanatha"),
        ('"We are not going anywhere," said Kelumpa Varanatha, 31.', "en", "Kelumpa Varanatha"),
    ],
)
def test_who_spoke_a_quotation_after_the_verb_of_speech(text: str, language: str, person: str) -> None:
    assert names(text, language)[person][0] == "person"


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("La police kosovare a arrêté trois hommes.", "fr", "Kosovo Police"),
        ("El ejército ruandés cruzó la frontera.", "es", "Rwanda Army"),
    ],
)
def test_a_body_named_by_its_states_adjective(text: str, language: str, body: str) -> None:
    assert names(text, language)[body][0] == "organisation"


@pytest.mark.parametrize(
    ("text", "language", "actor", "surface"),
    [
        ("Наступление Движения 23 марта продолжилось.", "ru", "March 23 Movement", "Движения 23 марта"),  # -ие: -ия
        ("Damals griff das Vereinigte Königreich ein.", "de", "United Kingdom", "Vereinigte Königreich"),  # -es: -e
        ("Судно йшло із Саудівської Аравії.", "uk", "Saudi Arabia", "Саудівської Аравії"),  # -ська: -ської
    ],
)
def test_built_in_names_in_their_other_cases(text: str, language: str, actor: str, surface: str) -> None:
    assert names(text, language)[actor][1] == (surface,)


def test_after_a_title_and_and_the_next_part_of_the_run_is_read_on_its_own() -> None:
    text = "Anhänger der gestürzten Regierungschefin und Friedensnobelpreisträgerin Kelumpa San Varanatha jubelten."
    assert [name for name, (kind, _) in names(text, "de").items() if kind == "person" and name.endswith("Varanatha")]


def test_a_chinese_transliterated_name_with_the_characters_of_slavic_names() -> None:
    assert names("弗里多尼亚总统武契科与代表团会谈。", "zh")["武契科"][0] == "person"  # 武, 契: as in Vučić's 武契奇


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The strike hit the southern suburbs of Ottawa overnight.", "en"),
        ("Une frappe a visé la banlieue sud d'Ottawa.", "fr"),
        ("Der Angriff traf einen Vorort von Ottawa.", "de"),
        ("Er starb bei einem Angriff im Süden von Ottawa.", "de"),
        ("Il raid ha colpito la periferia sud di Ottawa.", "it"),
        ("Os rádios explodiram no subúrbio de Ottawa.", "pt"),
        ("El ataque alcanzó las afueras de Ottawa.", "es"),
        ("شنت الطائرات غارات على الضاحية الجنوبية لأوتاوا.", "ar"),
        ("Взрывы прогремели в пригороде Оттавы.", "ru"),
        ("Удар был нанесён к югу от Оттавы.", "ru"),
        ("استهدفت الغارة الضاحية الجنوبية للعاصمة أوتاوا.", "ar"),
    ],
)
def test_a_capital_after_a_part_of_the_city_is_the_city(text: str, language: str) -> None:
    assert "Canada" not in names(text, language)


@pytest.mark.parametrize(
    ("place", "acting", "language"),
    [
        ("Удар завдали на південь від Бейрута.", "Бейрут заявив протест.", "uk"),
        ("ارتش ضاحیه جنوبی بیروت را هدف قرار داد.", "بیروت اعلام کرد که", "fa"),
    ],
)
def test_a_capital_south_of_which_something_happens_is_the_city(place: str, acting: str, language: str) -> None:
    assert "Lebanon" not in names(place, language)
    assert "Lebanon" in names(acting, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les manifestants ont envahi la résidence de Sheikh Karimova.", "fr"),
        ("La decisión de Sheikh Karimova llegó tras semanas de protestas.", "es"),
        ("Sheikh Karimova era primeira-ministra desde 2009.", "pt"),
        ("Le proteste contro Sheikh Karimova sono continuate.", "it"),
    ],
)
def test_sheikh_before_a_name_is_a_title(text: str, language: str) -> None:
    found = names(text, language)
    assert found.get("Karimova", ("", ()))[0] == "person", found


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Die Hisbollah feuerte Raketen ab.", "de", "Hisbollah"),
        ("Hezbolá lanzó cohetes.", "es", "Hezbolá"),
        ("Позиції Хезболли обстріляли.", "uk", "Хезболли"),
        ("Hizbullah açıklama yaptı.", "tr", "Hizbullah"),
        ("真主党发表声明。", "zh", "真主党"),
    ],
)
def test_hezbollah_is_named_in_every_language(text: str, language: str, surface: str) -> None:
    assert names(text, language).get("Hezbollah") == ("organisation", (surface,))


@pytest.mark.parametrize(
    ("text", "language", "outlet"),
    [
        ("Як пише видання Koravel Daily, рішення ухвалено.", "uk", "Koravel Daily"),
        ("Об этом сообщил телеканал KVX.", "ru", "KVX"),
        ("Как пишет издание «Северный вестник», решение принято.", "ru", "Severnyy vestnik"),
        ("Secondo la testata locale Dorvan Alo, il premier è partito.", "it", "Dorvan Alo"),
        ("Según informó la televisión Canal 31, el jefe dimitió.", "es", "Canal 31"),
        ("The newspaper Korvash Times reported the decision.", "en", "Korvash Times"),
    ],
)
def test_a_name_after_a_word_for_an_outlet_is_an_organisation(text: str, language: str, outlet: str) -> None:
    assert names(text, language).get(outlet, ("",))[0] == "organisation"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The channel said on Monday that talks had failed.", "en"),
        ("Il quotidiano romano ha scritto che il governo cadrà.", "it"),
        ("Le journal de la capitale a publié la lettre.", "fr"),
    ],
)
def test_a_word_for_an_outlet_without_a_name_names_nothing(text: str, language: str) -> None:
    assert names(text, language) == {}


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("وقال المراسل محمد قنديلي، من وسط المدينة، إنه شاهد الحشود.", "ar", "محمد قنديلي"),
        ("قتل في الغارة القائدان إبراهيم زرقوني وأحمد سلافي.", "ar", "أحمد سلافي"),  # the conjunction is no part of it
        ("عماد کرمانشاهی در سال ۲۰۰۸ کشته شد.", "fa", "عماد کرمانشاهی"),
    ],
)
def test_a_name_opening_with_a_common_given_name_needs_no_title(text: str, language: str, person: str) -> None:
    assert names(text, language).get(person, ("",))[0] == "person"


def test_a_given_name_alone_or_a_common_word_is_no_person() -> None:
    assert names("قال محمد إن الوضع صعب.", "ar") == {}
    assert names("وصل حسن الحظ إلى المدينة.", "ar") == {}


@pytest.mark.parametrize(
    ("text", "language", "outlet"),
    [
        ("В выборах участвуют 12 партий, передает «Северный вестник».", "ru", "Severnyy vestnik"),
        ("Она улетела в Индию, сообщает Korvash.kz.", "ru", "Korvash.kz"),
        ("Як пише KORVA, рішення ухвалено.", "uk", "KORVA"),
    ],
)
def test_a_quoted_or_latin_name_after_a_verb_of_reporting_is_an_outlet(text: str, language: str, outlet: str) -> None:
    assert names(text, language).get(outlet, ("",))[0] == "organisation"


def test_a_cyrillic_name_after_a_verb_of_reporting_is_no_outlet() -> None:
    assert names("Об этом сообщает Петров.", "ru").get("Petrov", ("person",))[0] == "person"


def test_a_person_named_by_one_name_after_a_title_is_found_again_in_a_later_paragraph() -> None:
    from briefing.actors import actor_mentions, base_registry
    from briefing.model import Block

    blocks = (
        Block("paragraph", "Премьер-министр Шейх Карамова находилась у власти 15 лет."),
        Block("paragraph", "Протестующие требовали отставки Карамовы."),
    )
    mentions, detected = actor_mentions(blocks, base_registry(), "ru")
    (person,) = [d for d in detected if d.kind == "person"]
    assert [m.text for m in mentions if m.actor == person.id] == ["Карамова", "Карамовы"]


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Los estudiantes protestaron en Bangladesh contra las cuotas.", "es", "Bangladesh"),  # CLDR's Spanish: Bangladés
        ("Le forze del Gabon hanno preso il potere.", "it", "Gabon"),
        ("Militares apareceram na cadeia Gabon.", "pt", "Gabon"),
    ],
)
def test_a_states_spelling_shared_by_the_latin_script_languages_names_it_in_each(text: str, language: str, state: str) -> None:
    assert names(text, language).get(state, ("",))[0] == "state"


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Протестувальники вийшли разом із Грецією та Францією.", "uk", "Greece"),  # the instrumental -єю
        ("Протестувальники вийшли разом із Грецією та Францією.", "uk", "France"),
        ("هواپیماهای رژیم صهیونیستی به این منطقه حمله کردند.", "fa", "Israel"),
        ("قصف الكيان الصهيوني المنطقة الحدودية.", "ar", "Israel"),
    ],
)
def test_more_forms_of_a_states_name(text: str, language: str, state: str) -> None:
    assert names(text, language).get(state, ("",))[0] == "state"


def test_a_ministry_named_past_its_states_adjective() -> None:
    found = names("Selon le ministère libanais de la Santé, le bilan s'alourdit.", "fr")
    assert found.get("Ministry of Health (Lebanon)", ("",))[0] == "organisation"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los manifestantes derrocaron al gobierno de Sheikh Karimova en el país.", "es"),
        ("Protesters brought down the government of Sheikh Karimova last week.", "en"),
    ],
)
def test_a_titled_person_after_a_body_word_and_of_is_the_person_not_a_body(text: str, language: str) -> None:
    found = names(text, language)
    assert found.get("Karimova", ("",))[0] == "person" and not any(kind == "organisation" for kind, _ in found.values())


def test_a_body_of_a_title_is_still_a_body() -> None:
    assert names("The Office of the President said so.", "en") == {
        "Office of the President": ("organisation", ("Office of the President",))
    }


@pytest.mark.parametrize(
    ("text", "language", "actor", "kind"),
    [
        ("سخنان سید کریم فرهادی در این مراسم پخش شد.", "fa", "کریم فرهادی", "person"),  # Seyyed, a title
        ("مردم فلسطین تظاهرات کردند.", "fa", "State of Palestine", "state"),
        ("Die Lage in Palästina ist ernst.", "de", "State of Palestine", "state"),
    ],
)
def test_persian_honorifics_and_palestine_by_its_usual_name(text: str, language: str, actor: str, kind: str) -> None:
    assert names(text, language).get(actor, ("",))[0] == kind


@pytest.mark.parametrize(
    ("text", "language", "person", "surfaces"),
    [
        (
            "Le favori Dorin Vasilescu a remporté le scrutin. Selon les sondages, la victoire de Vasilescu surprend.",
            "fr",
            "Dorin Vasilescu",
            ("Dorin Vasilescu", "Vasilescu"),
        ),
        ("Ha votato per Tavita Okonkwo. Il rivale di Okonkwo ha perso.", "it", "Tavita Okonkwo", ("Tavita Okonkwo", "Okonkwo")),
        (
            "Los votos fueron para Yerlan Zhaksybekov. El equipo de Zhaksybekov celebró.",
            "es",
            "Yerlan Zhaksybekov",
            ("Yerlan Zhaksybekov", "Zhaksybekov"),
        ),
        (
            "The ballots favoured Dorin Vasilescu. Officials then said Vasilescu had won.",
            "en",
            "Dorin Vasilescu",
            ("Dorin Vasilescu", "Vasilescu"),
        ),
        (
            "Голоси віддали за Дорін Васілеску. Потім з Васілеску говорили.",
            "uk",
            "Dorin Vasilesku",
            ("Дорін Васілеску", "Васілеску"),
        ),
    ],
)
def test_two_names_whose_last_the_source_also_writes_alone_are_a_person(
    text: str, language: str, person: str, surfaces: tuple[str, ...]
) -> None:
    assert names(text, language)[person] == ("person", surfaces)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Voto nella Casa della Libertà. La sede della Libertà è chiusa.", "it"),  # a connector inside: no name
        ("Die Stimmen der Präsidentschaftswahl wurden gezählt. Die Präsidentschaftswahl war knapp.", "de"),  # nouns
        ("Die Nationale Front hat gewonnen, sagte er. Die Front ist stark.", "en"),  # only words, no surname
    ],
)
def test_capitalised_words_written_alone_elsewhere_make_no_person_of_common_words(text: str, language: str) -> None:
    assert not any(kind == "person" for kind, _ in names(text, language).values())


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Hier, la Cour constitutionnelle a validé le scrutin.", "fr", "Cour constitutionnelle"),
        ("Per i giudici, la Corte costituzionale ha respinto il ricorso.", "it", "Corte costituzionale"),
        ("Para os juízes, o Tribunal constitucional rejeitou o recurso.", "pt", "Tribunal constitucional"),
        ("Según la prensa, el Consejo electoral anunció los resultados.", "es", "Consejo electoral"),
    ],
)
def test_a_capitalised_head_word_and_its_lower_case_adjectives_are_a_body(text: str, language: str, body: str) -> None:
    assert names(text, language)[body][0] == "organisation"


def test_a_state_completing_such_a_body_is_part_of_its_name() -> None:
    found = names("Selon lui, la Corte constitutionnelle n'a rien dit. Hier, la Cour constitutionnelle du Tchad a tranché.", "fr")
    assert found["Cour constitutionnelle du Tchad"][0] == "organisation" and "Chad" not in found


@pytest.mark.parametrize(
    ("text", "name", "surface", "kind"),
    [
        ("世界衛生組織週一宣布疫情結束。", "World Health Organization", "世界衛生組織", "organisation"),  # traditional characters
        ("聯合國秘書長發表聲明。", "United Nations", "聯合國", "organisation"),
        ("讓·杜邦在會議中說,疫情仍在蔓延。", "讓·杜邦", "讓·杜邦", "person"),  # read in simplified, shown as written
        ("南韓總統發表談話。", "South Korea", "南韓", "state"),  # Taiwan's name, written in simplified too
        ("南韩总统发表谈话。", "South Korea", "南韩", "state"),
    ],
)
def test_chinese_in_traditional_characters_is_read_like_simplified(text: str, name: str, surface: str, kind: str) -> None:
    assert names(text, "zh")[name] == (kind, (surface,))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le scrutin opposait le candidat Zorvan Vasilescu à la présidente sortante.", "fr"),
        ("Il ricorso presentato dal candidato Zorvan Vasilescu è stato respinto.", "it"),
        ("Die Wahl gewann der Kandidat Zorvan Vasilescu überraschend.", "de"),
        ("Rumen siyasetçi Zorvan Vasilescu seçimi kazandı.", "tr"),
        ("The vote was won by the candidate Zorvan Vasilescu on Sunday.", "en"),
        ("Les sondages n'avaient pas considéré Zorvan Vasilescu, vainqueur du premier tour.", "fr"),  # set off by a comma
        ("La injerencia favoreció a Zorvan Vasilescu, candidato de la derecha.", "es"),
        ("A campanha promoveu Zorvan Vasilescu, vencedor da primeira volta.", "pt"),
    ],
)
def test_a_full_name_beside_a_word_for_a_person_in_the_news_is_a_person(text: str, language: str) -> None:
    assert names(text, language)["Zorvan Vasilescu"][0] == "person"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le candidat Zorvan a perdu.", "fr"),  # one word after such a word is no name
        ("Depuis Villa Rosa, le candidat a parlé.", "fr"),  # a place before the clause's subject
    ],
)
def test_a_word_for_a_person_in_the_news_names_no_one_alone(text: str, language: str) -> None:
    assert not any(kind == "person" for kind, _ in names(text, language).values())


def test_a_german_title_then_a_verb_titles_no_capitalised_noun_after_it() -> None:
    found = names("Kandidat klagte gegen Annullierung der Präsidentschaftswahl. Die Präsidentschaftswahl war knapp.", "de")
    assert not any(kind == "person" for kind, _ in found.values())


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Am Freitag hat das südkoreanische Verfassungsgericht entschieden.", "South Korea Constitutional Court"),
        ("Danach stimmte die französische Nationalversammlung zu.", "France National Assembly"),
        ("Gestern tagte das ungarische Parlament.", "Hungary Parliament"),
    ],
)
def test_a_german_body_after_its_states_adjective(text: str, body: str) -> None:
    assert names(text, "de")[body][0] == "organisation"


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("La destituzione di Park Geun-hye nel 2017 fu storica.", "it", "Park Geun-hye"),  # Korean names as romanised
        ("Tras la destitución de Choi Sang-mok en enero.", "es", "Choi Sang-mok"),
        (
            "Oyların çoğunu Zorvan Vasilescu'nun partisi aldı. Uzmanlar ise Vasilescu'nun zaferini tartıştı.",
            "tr",
            "Zorvan Vasilescu",
        ),  # the surname alone with its Turkish case ending
    ],
)
def test_romanised_korean_names_and_turkish_surnames_with_their_endings(text: str, language: str, person: str) -> None:
    assert names(text, language)[person][0] == "person"


def test_a_place_with_a_hyphen_is_no_korean_name() -> None:
    assert names("Les troupes sont arrivées à Porto-novo lundi.", "fr") == {}


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Ieri il Parlamento italiano ha votato la fiducia.", "it", "Parlamento"),  # not "Ieri il Parlamento"
        ("Ayer el Senado chileno aprobó la ley.", "es", "Senado"),
        ("Banco de España subió los tipos.", "es", "Banco de España"),  # a body opening the sentence stays whole
        ("Hier, le Parlement français a voté.", "fr", "France Parliament"),
    ],
)
def test_a_sentences_first_word_and_article_before_a_body_are_no_part_of_it(text: str, language: str, body: str) -> None:
    assert names(text, language)[body][0] == "organisation"


def test_a_turkish_place_in_the_locative_is_no_surname() -> None:
    found = names("Karar, Husilerin Kızıldeniz'deki saldırılarını kınadı. Gemiler hâlâ Kızıldeniz'de bekliyor.", "tr")
    assert not any(kind == "person" for kind, _ in found.values())


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Представитель индийской армии заявил, что удары нанесены.", "ru", "India Army"),  # lower-case adjectives
        ("Українська армія відбила атаку.", "uk", "Ukraine Army"),
    ],
)
def test_a_russian_or_ukrainian_body_after_its_states_lower_case_adjective(text: str, language: str, body: str) -> None:
    assert names(text, language)[body][0] == "organisation"


@pytest.mark.parametrize(
    ("text", "language", "actor", "kind"),
    [
        ("На початку грудня Конституційний суд Румунії скасував підсумки.", "uk", "Konstitutsiyniy sud Rumunii", "organisation"),
        ("Позже Араканская армия заявила о захвате города.", "ru", "Arakanskaya armiya", "organisation"),
    ],
)
def test_a_sentences_first_word_before_a_body_and_a_state_closing_a_bodys_name(
    text: str, language: str, actor: str, kind: str
) -> None:
    found = names(text, language)
    assert found[actor][0] == kind and "Romania" not in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("新華社開羅1月10日電 也門胡塞武裝發言人發表聲明。", "zh"),  # the agency's dateline, in traditional characters
        ("新华社开罗1月10日电 胡塞武装发言人发表声明。", "zh"),
        ("Reuters Cairo — The talks went on.", "en"),
    ],
)
def test_a_capital_after_the_agency_opening_a_paragraph_is_where_it_wrote(text: str, language: str) -> None:
    assert "Egypt" not in names(text, language)


def test_the_last_words_of_a_full_name_are_the_same_person() -> None:
    text = "Le président Andrés Manuel López Obrador a parlé. Ensuite, le président López Obrador a quitté la salle."
    assert names(text, "fr") == {"Andrés Manuel López Obrador": ("person", ("Andrés Manuel López Obrador", "López Obrador"))}
