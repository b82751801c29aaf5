"""Chinese and Japanese, written without spaces or capitals: transliterated foreign names after a
title or with a middle dot, native names (`native_names`), bodies named by a state or place before a head-word,
periodicals in title marks, makers and bodies that a prefix or quotation marks set apart.
"""

from __future__ import annotations

import re
from functools import cache

from .detect_words import Covered, Detected, Words, data_pattern, is_given, language_data, phrase_alternation, word_list
from .knowledge import (
    city_names,
)
from .native_names import name_cut, native_people
from .registry import normalise
from .scripts import HAN, NAME_DOTS


def unspaced_people(
    text: str, w: Words, language: str, taken: list[tuple[int, int]], earlier: tuple[Detected, ...] = ()
) -> list[Detected]:
    """Chinese: a foreign name transliterated after a title ("外长拉夫罗夫", "秘书长古特雷斯"): two to eight characters
    of those transliteration uses; a name whose parts a middle dot joins ("巴沙尔·阿萨德"); a transliteration
    followed by the name in Latin letters ("邦戈(Ali Bongo Ondimba)"). The same name elsewhere in the text, or
    the last part of a dotted name ("阿萨德"), is the same person; so is a name `earlier` paragraphs found, and a name
    that opens a clause before a verb of speech ("特拉斯表示")."""
    held = Covered(len(text), taken)
    people: dict[str, Detected] = _found_earlier(earlier, held, text)
    for name, start, end, english in _transliterated(text, w):
        if not held(start, end):
            people.setdefault(name, Detected(english or name, "person", start, end, name))
    spans = Covered(len(text), [(d.start, d.end) for d in people.values()])
    for name, start, end in _titled_people(text, w, language, held, spans):
        people.setdefault(name, Detected(name, "person", start, end, name))
    people |= {d.surface: d for d in _regnal_names(text, w, held, people) if d.surface not in people}  # "接替本笃十六世"
    for name, first in list(people.items()):
        # the last part of a dotted name; a monarch's name without the ordinal ("查理斯三世", then "查理斯的母親")
        for part in (DOT.split(name)[-1], REGNAL_ORDINAL.sub("", name)):
            if part != name and len(part) >= 2:
                people.setdefault(part, Detected(first.name, "person", first.start, first.end, part))
    for name, start, end in _led_by(text, w, language) + _reporters(text, w):  # after the names in full: "巴沙尔·阿萨德政权"
        if not held(start, end):
            people.setdefault(name, Detected(name, "person", start, end, name))
    # "王毅" … "王外长"; "王毅外长", "习近平主席"
    for d in [
        *_surnames_titled(text, w, language, held, [*people.values(), *earlier]),
        *_names_before_titles(text, w, language, held),
    ]:
        people.setdefault(d.surface, d)
    people |= _native_names(text, language, taken, people)  # "省委书记黄坤明", "王毅表示"
    return _every_mention(text, _speakers(text, w, language, held, people))


def _native_names(text: str, language: str, taken: list[tuple[int, int]], people: dict[str, Detected]) -> dict[str, Detected]:
    """Chinese names in their own characters that the rules above did not find (native_names.py), by their words."""
    found = {}
    for start, end in native_people(text, language, taken, people):
        name = text[start:end]
        if name not in people:
            found.setdefault(name, Detected(name, "person", start, end, name))
    return found


def _names_before_titles(text: str, w: Words, language: str, held: Covered) -> list[Detected]:
    """Chinese: a Chinese or Korean name in full right before a form of address or an office
    (`titles_after_surnames`: "王毅外长", "习近平主席提出"): a common family name (`native_surnames`) and one or
    two characters, where a clause or phrase opens before it (punctuation, the text's start, a word that breaks a
    phrase: `phrase_breaks`); the three characters before two ("蔡英文总统"). Not two characters of a
    transliteration ("马里总统": Mali), a name the registry holds (a state's), a place ("苏州市长"), a word of
    `not_names` ("许多议员", "曾任总统"), a word that follows a name inside it ("曾是总统"), nor a body's head-word
    inside it ("黎內政部长": Lebanon's interior minister)."""
    surnames = word_list(language, "native_surnames", normalised=False)
    titles = _pattern(language, "titles_after_surnames")
    if not surnames or titles.pattern == "(?!)":
        return []
    breaks = word_list(language, "phrase_breaks", normalised=False)
    after = word_list(language, "after_names", normalised=False)
    not_names = word_list(language, "not_names", normalised=False)
    heads = _pattern(language, "org_heads")
    title_compounds = tuple(word_list(language, "title_compounds", normalised=False))
    found, named = [], set()
    for m in titles.finditer(text):
        for size in (3, 2):
            at = m.start() - size
            name = text[at : m.start()] if at >= 0 else ""
            if name in named:
                break  # a name found before: its other places are every mention's (`_every_mention`)
            opens = at == 0 or (at > 0 and (not HAN.match(text[at - 1]) or text[at - 1] in breaks))
            if not name or not opens or name[0] not in surnames or not all(HAN.match(c) for c in name):
                continue
            if (size == 2 and all(c in w.name_characters for c in name[1:])) or name.endswith(tuple(w.place_suffixes)):
                continue
            if size == 2 and all(c in w.abbreviations for c in name):
                break  # "韩日外长": two states' one-character names (South Korea and Japan), no person
            if m.group()[0] in w.place_suffixes or text.startswith(title_compounds, m.end() - 1):
                break  # "许昌市长": the place "许昌市"'s mayor; "学院长期": the title's last character opens a word
            body = any(heads.match(text, k) for k in range(at + 1, m.start()))  # "黎內政部长": the interior minister
            if name[:2] in not_names or name in not_names or any(c in after for c in name[1:]) or held(at, m.start()) or body:
                continue
            found.append(Detected(name, "person", at, m.start(), name))
            named.add(name)
            break
    return found


def _surnames_titled(text: str, w: Words, language: str, held: Covered, people: list[Detected]) -> list[Detected]:
    """Chinese: a Chinese or Korean name in full (a common family name, `native_surnames`, then one or two characters
    that are no transliteration's alone), then its family name alone before a form of address or an office
    (`titles_after_surnames`: "王毅" … "王外长", "习近平" … "习主席"): that person, where one person of the text has
    that family name; not where the family name's character ends or opens a common word (`not_names`: "罗马教宗")."""
    surnames = word_list(language, "native_surnames", normalised=False)
    titles = _pattern(language, "titles_after_surnames")
    if not surnames or titles.pattern == "(?!)":
        return []
    by_family: dict[str, set[str]] = {}
    for d in people:
        name = d.surface
        native = 2 <= len(name) <= 3 and HAN.fullmatch(name[0]) and name[0] in surnames and all(HAN.match(c) for c in name)
        if native and not all(c in w.name_characters for c in name[1:]):
            by_family.setdefault(name[0], set()).add(d.name)
    not_names = word_list(language, "not_names", normalised=False)
    found = []
    for family, names in by_family.items():
        if len(names) != 1:
            continue
        for m in re.finditer(rf"{re.escape(family)}(?:{titles.pattern})", text):
            at = m.start()
            if held(at, m.end()) or text[max(0, at - 1) : at + 1] in not_names or text[at : at + 2] in not_names:
                continue
            found.append(Detected(next(iter(names)), "person", at, m.end(), m.group()))
    return found


def _speakers(text: str, w: Words, language: str, held: Covered, people: dict[str, Detected]) -> dict[str, Detected]:
    """The people found, with the clause subjects before a verb of speech no name found or registry holds."""
    spans = Covered(len(text), [(d.start, d.end) for d in people.values()])
    subjects = [(name, a, b) for name, a, b in _clause_subjects(text, w, language) if not held(a, b) and not spans(a, b)]
    return people | {name: Detected(name, "person", a, b, name) for name, a, b in subjects if name not in people}


KATAKANA = "[\u30a1-\u30fa\u30fc]"
# Japanese grammar: the honorifics and offices written right after a person's name ("カショギ氏", "トランプ大統領"):
# 氏 and さん (Mr, Ms), 容疑者 (the suspect), and the offices president, prime minister, foreign minister, secretary,
# speaker, spokesman, king, crown prince
JAPANESE_NAME_SUFFIXES = ("氏", "さん", "容疑者", "大統領", "首相", "外相", "長官", "議長", "報道官", "国王", "皇太子")
KATAKANA_DOTTED = re.compile(rf"{KATAKANA}{{2,}}(?:・{KATAKANA}{{2,}})+")
KATAKANA_TITLED = re.compile(rf"(?<!{KATAKANA}|・){KATAKANA}{{2,}}(?=(?:{'|'.join(JAPANESE_NAME_SUFFIXES)}))")


def katakana_people(text: str, taken: list[tuple[int, int]], earlier: tuple[Detected, ...] = ()) -> list[Detected]:
    """Japanese: a foreign name in katakana, its parts joined by a middle dot ("ジャマル・カショギ"), or one katakana
    word before an honorific or an office (`JAPANESE_NAME_SUFFIXES`: "カショギ氏"); the same name, or a dotted name's
    last part, wherever the text writes it again, also after earlier paragraphs found it."""
    held = Covered(len(text), taken)
    people = _found_earlier(earlier, held, text)
    for m in [*KATAKANA_DOTTED.finditer(text), *KATAKANA_TITLED.finditer(text)]:
        if not held(m.start(), m.end()) and not any(d.start <= m.start() < d.end for d in people.values()):
            people.setdefault(m.group(), Detected(m.group(), "person", m.start(), m.end(), m.group()))
    for name, first in list(people.items()):
        last = DOT.split(name)[-1]
        if last != name:
            people.setdefault(last, Detected(first.name, "person", first.start, first.end, last))
    return _every_mention(text, people)


def _found_earlier(earlier: tuple[Detected, ...], held: Covered, text: str) -> dict[str, Detected]:
    """Chinese: the people earlier paragraphs named (after a title, in full), by their words and a dotted name's last
    part ("弗拉基米尔·泽连斯基", then "泽连斯基"), where this paragraph writes them: found from its start."""
    people = {}
    for d in earlier:
        for part in dict.fromkeys((d.surface, DOT.split(d.surface)[-1])):
            at = text.find(part) if len(part) >= 2 and part[0] >= "\u3040" else -1  # kana and Han
            if at >= 0 and not held(at, at + len(part)):
                people.setdefault(part, Detected(d.name, "person", 0, 0, part))
    return people


def _clause_subjects(text: str, w: Words, language: str) -> list[tuple[str, int, int]]:
    """Chinese: two to eight transliteration characters opening a clause (after a stop, a comma or a quotation's end)
    right before a verb of speech (`subject_verbs`: "特拉斯宣布辞职", "，布林肯表示") or of a person's action
    (`subject_action_verbs`: "卢拉获得了"): the speaker, a person; not a place's name ("…地区表示", a city of CLDR's)
    nor a transliterated word ("伊斯兰")."""
    verbs = sorted(
        word_list(language, "subject_verbs", normalised=False) | word_list(language, "subject_action_verbs", normalised=False),
        key=len,
        reverse=True,
    )
    if not verbs or not w.name_characters:
        return []
    chars = re.escape("".join(sorted(w.name_characters)))
    gap = _subject_gap(language)
    pattern = rf"(?:^|(?<=[。，,；;：:！？!?」”\s]))[{chars}]{{2,8}}(?={gap}(?:{'|'.join(map(re.escape, verbs))}))"
    not_names = tuple(word_list(language, "transliterated_words", normalised=False))
    return [
        (m.group(), m.start(), m.end())
        for m in re.finditer(pattern, text)
        if not m.group().startswith(not_names)
        and not m.group().endswith(tuple(w.place_suffixes))
        and m.group() not in city_names(language)  # "加沙获得援助": a city CLDR names
    ]


@cache
def _subject_gap(language: str) -> str:
    """Chinese: what may stand between a clause's subject and its verb: adverbials of time or frequency
    (`subject_adverbials`, a date: "马克龙周三表示", "拜登7月21日表示"), or a place after 在 up to the clause's end
    ("特朗普在“真理社交”网站上写道")."""
    adverbials = sorted(word_list(language, "subject_adverbials", normalised=False), key=len, reverse=True)
    words = "|".join([r"(?:\d{1,2}月)?\d{1,2}日", *map(re.escape, adverbials)])
    return rf"(?:(?:{words})*|在[^。，,；;：:！？!?\n]{{1,14}}?)"


def _before_adverbial(text: str, at: int, end: int, language: str) -> int:
    """Chinese: where a run of transliteration characters from `at` to `end` stops when its last characters open an
    adverbial that a verb of speech follows ("特朗普多次表示"): that adverbial's start, else `end`."""
    opens = _adverbial_then_verb(language)
    return next((k for k in range(at + 2, end) if opens.match(text, k)), end) if opens else end


@cache
def _adverbial_then_verb(language: str) -> re.Pattern[str] | None:
    """Chinese: adverbials (`subject_adverbials`), then a verb of speech (`subject_verbs`): "多次表示"."""
    adverbials = sorted(word_list(language, "subject_adverbials", normalised=False), key=len, reverse=True)
    verbs = sorted(word_list(language, "subject_verbs", normalised=False), key=len, reverse=True)
    if not adverbials or not verbs:
        return None
    return re.compile(rf"(?:{'|'.join(map(re.escape, adverbials))})+(?:{'|'.join(map(re.escape, verbs))})")


def _titled_people(text: str, w: Words, language: str, held: Covered, spans: Covered) -> list[tuple[str, int, int]]:
    """Chinese: the name after a title ("外长拉夫罗夫", "总理李强说") or after a party's short name, where a Chinese
    name of three characters is read whatever follows ("民进党陈水扁执政", "国民党的侯友宜"); a second Chinese name
    after a word that joins two ("候选人赖清德与萧美琴")."""
    found = []
    parties = data_pattern(language, "party_names")
    for title in [*_pattern(language, "titles").finditer(text), *(parties.finditer(text) if parties else ())]:
        at = title.end()
        if title.re is parties:
            end = _native_name_end(text, at, language, at, whole=True)
            end = end if end > at else _party_member_end(text, at, w, language)
        else:
            end = _titled_name_end(text, at, w, language)
        if not 2 <= end - at <= (30 if TITLED_LATIN.fullmatch(text, at, end) else 12) or held(at, end) or spans(at, end):
            continue
        found.append((text[at:end], at, end))
        joined = end + 1 if text[end : end + 1] in w.name_joiners else end
        second = _native_name_end(text, joined, language, joined) if joined > end else end
        if second > joined and not held(joined, second):
            found.append((text[joined:second], joined, second))
    return found


def _party_member_end(text: str, at: int, w: Words, language: str) -> int:
    """Chinese: where a transliterated name after a party's name ends ("自由民主党的斯卢茨基以3.16%"): three to eight
    transliteration characters, no place ("…党的莫斯科州") nor transliterated word ("伊斯兰"); `at` when none."""
    end = at
    while end < len(text) and end - at < 8 and text[end] in w.name_characters:
        end += 1
    words = tuple(word_list(language, "transliterated_words", normalised=False))
    if end - at < 3 or text.startswith(tuple(w.place_suffixes), end) or text[at:end].startswith(words):
        return at
    return end


def _regnal_names(text: str, w: Words, held: Covered, people: dict[str, Detected]) -> list[Detected]:
    """Chinese: a pope's or monarch's name, two to four transliteration characters, then its ordinal and 世
    ("本笃十六世", "弗朗西斯一世"), a person with no title before it; not "世纪" (a century) nor "世界"."""
    if not w.name_characters:
        return []
    chars = re.escape("".join(sorted(w.name_characters)))
    return [
        Detected(m.group(), "person", m.start(), m.end(), m.group())
        for m in re.finditer(rf"[{chars}]{{2,4}}[一二三四五六七八九十]+世(?![纪紀界])", text)
        if not held(m.start(), m.end()) and not any(d.start <= m.start() < d.end for d in people.values())
    ]


def _titled_name_end(text: str, at: int, w: Words, language: str) -> int:
    """Chinese: where the name after a title that ends at `at` ends: a dotted name, a run of transliteration
    characters, a monarch's name with its ordinal, a name in Chinese characters, or one in Latin letters
    ("樞機主教Jorge Mario Bergoglio")."""
    latin = TITLED_LATIN.match(text, at)
    if latin:
        return latin.end()
    end = _dotted_end(text, at, w)
    while end < len(text) and end - at < 9 and text[end] in w.name_characters:
        end += 1
    end = _before_adverbial(text, at, end, language)  # "特朗普多次表示": 多 opens 多次, not the name's last character
    regnal = w.regnal_name.match(text, at) if w.regnal_name else None
    end = regnal.end() if regnal else end  # "教宗本笃十六世", "女王伊丽莎白二世": a name, then its ordinal
    if end - at >= 2:
        return end
    # a Chinese name of three characters the text writes again elsewhere is read whatever follows it here
    # ("创办人黎智英触犯…", then "黎智英被捕"): the same three characters twice are a name, not a word's start
    repeated = HAN.match(text[at + 2 : at + 3]) is not None and text.count(text[at : at + 3]) > 1
    native = _native_name_end(text, at, language, end, whole=repeated)
    return native if native != end else _odd_first_end(text, at, w, language, end)


def _odd_first_end(text: str, at: int, w: Words, language: str, end: int) -> int:
    """Chinese: after a title, a transliterated name whose first character the table of transliteration characters
    lacks ("议长裴洛西2日", "发言人妙纽1日说"): that character, then transliteration characters up to a word that
    follows a name (`after_names`), a figure, punctuation or the text's end, a name of two characters only before a
    figure or a verb of speech; `end` when no such name follows."""
    if at >= len(text) or not HAN.match(text[at]) or text[at] in word_list(language, "after_names", normalised=False):
        return end
    stop = at + 1
    while stop < len(text) and stop - at < 8 and text[stop] in w.name_characters:
        stop += 1
    closed = stop == len(text) or not HAN.match(text[stop]) or text[stop] in word_list(language, "after_names", normalised=False)
    if stop - at == 2:  # two characters ("总统府内", in the palace) only before a figure or a verb: "妙纽1日说"
        speech = tuple(
            word_list(language, "subject_verbs", normalised=False) | word_list(language, "subject_adverbials", normalised=False)
        )
        closed = stop < len(text) and (text[stop].isdigit() or text.startswith(speech, stop))
    return stop if stop - at >= 2 and closed else end


def _native_name_end(text: str, at: int, language: str, end: int, whole: bool = False) -> int:
    """Chinese: after a title, a Chinese or Korean name written in its own characters ("领导人金正日", "总理李强说"):
    a common surname (`native_surnames`) and one or two characters of the given name, the second unless it is a
    word that follows a name (`after_names`: "说", "在", "表示"); only where such a word, or no Chinese character,
    follows ("记者钟忠陈俊锋": two names run together, none read), or, `whole`, a name of three characters whatever
    follows. A married woman's name in Hong Kong and Taiwan puts her husband's surname before her own and her given
    name ("特首林郑月娥"): a second common surname and two characters, four in all where such a word or no Chinese
    character closes them. `end` when no such name follows."""
    surnames = word_list(language, "native_surnames", normalised=False)
    if at + 2 > len(text) or text[at] not in surnames or text[at : at + 2] in word_list(language, "not_names", normalised=False):
        return end
    if _pattern(language, "titles").match(text, at):
        return end  # "总统顾问": a second title, no name
    after = word_list(language, "after_names", normalised=False)
    verbs = tuple(word_list(language, "subject_action_verbs", normalised=False))  # "王毅主持", "王介民主持": a verb
    married = at + 4  # "林郑月娥": two surnames and two given characters, closed by a word after a name or no Han
    closed = married == len(text) or (married < len(text) and not _opens_given(text, married, after, verbs))
    if closed and text[at + 1] in surnames and all(_opens_given(text, k, after, verbs) for k in range(at + 1, married)):
        return name_cut(text, at, married, language)
    given = 0
    while given < 2 and at + 1 + given < len(text) and _opens_given(text, at + 1 + given, after, verbs):
        given += 1
    stop = at + 1 + given
    if not given or (stop < len(text) and _opens_given(text, stop, after, verbs) and not (whole and given == 2)):
        return end
    stop = name_cut(text, at, stop, language)  # "教授张三认为": the name ends where 认为 starts
    return stop if stop - at >= 2 else end


def _opens_given(text: str, at: int, after: frozenset[str], verbs: tuple[str, ...]) -> bool:
    """A Chinese character at `at` that may belong to a given name: none of the words that follow a name, nor the
    first of an action verb ("主持", "介绍": 主 and 介 are also names' characters, "蒋介石")."""
    return bool(HAN.match(text[at])) and text[at] not in after and not text.startswith(verbs, at)


def _reporters(text: str, w: Words) -> list[tuple[str, int, int]]:
    """Chinese: a reporter's name in a dateline's credit ("（记者 马桂花）"), a Chinese name of any characters; each
    of several names the credit lists ("（记者黄恒 谭晶晶）")."""
    if not w.credited_name:
        return []
    return [
        (m.group(k), m.start(k), m.end(k))
        for m in w.credited_name.finditer(text)
        for k in range(1, len(m.groups()) + 1)
        if m.group(k)
    ]


def _led_by(text: str, w: Words, language: str) -> list[tuple[str, int, int]]:
    """Chinese: three to eight characters of those transliteration uses right before a word that names a regime or
    a rule after its leader ("萨达姆政权", "阿萨德领导下"): that leader, a person."""
    found = []
    for word in _pattern(language, "leader_words").finditer(text):
        start = word.start()
        while start > 0 and word.start() - start < 8 and text[start - 1] in w.name_characters:
            start -= 1
        name = text[start : word.start()]
        if len(name) >= 3 and not name.endswith(tuple(word_list(language, "transliterated_words", normalised=False))):
            found.append((name, start, word.start()))
    return found


def _dotted_end(text: str, at: int, w: Words) -> int:
    """After a title, a given name of any characters that a middle dot closes ("发言人亚当·霍奇": 当 transliterates
    no name elsewhere) opens a dotted name: where its parts end, or `at` when no dot follows."""
    first = DOTTED_FIRST.match(text, at)
    if not first:
        return at
    end = first.end()
    while end < len(text) and (text[end] in w.name_characters or (DOT.match(text, end) and end + 1 < len(text))):
        end += 1
    return end if end > first.end() else at


def _every_mention(text: str, people: dict[str, Detected]) -> list[Detected]:
    """Each person at every place the text writes the words it was found with (after the first)."""
    found: list[Detected] = []
    covered = bytearray(len(text))  # the characters a mention already found covers (a look-up, not a scan of them all)
    for name, first in people.items():
        at = text.find(name, first.start if first.surface == name else first.end)
        while at >= 0:
            if not covered[at]:
                found.append(Detected(first.name, "person", at, at + len(name), name))
                covered[at : at + len(name)] = b"\x01" * len(name)
            at = text.find(name, at + len(name))
    return sorted(found, key=lambda d: d.start)


DOTS = NAME_DOTS  # "谢尔盖∙斯克里帕利"
DOT = re.compile(f"[{DOTS}]")
REGNAL_ORDINAL = re.compile(r"[一二三四五六七八九十]+世$")
TITLE_MARKS = re.compile(r"《([^《》\n]{2,12})》")
DOTTED_FIRST = re.compile(rf"(?:[\u4e00-\u9fff]{{1,4}}|[A-Z]{{1,3}})[{DOTS}]")  # "JD·万斯": initials too
TITLED_LATIN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}(?![A-Za-z])")
LATIN_NAME = re.compile(r"\s*[(（]\s*([A-Z][a-z]+(?:[ -](?:al|el|bin|[A-Z][\w'’-]+)){1,3})\s*[)）]")


def _transliterated(text: str, w: Words) -> list[tuple[str, int, int, str | None]]:
    """Chinese transliterations of foreign names: (characters, start, end, the name in Latin letters if the text
    gives it). A dotted name ("布里斯·奥利吉·恩圭马"), or two to eight characters of those transliteration uses
    before a Latin name that opens with a given name ("阿塞德(Bashar al-Assad)")."""
    chars = "".join(sorted(w.name_characters))
    if not chars:
        return []
    found = []
    # the last part of two characters or more: "莫萨克•冯赛卡律师事务所" is a firm's name
    for m in re.finditer(
        rf"[{re.escape(chars)}]{{1,8}}(?:[{DOTS}][{re.escape(chars)}]{{1,8}})*[{DOTS}][{re.escape(chars)}]{{2,8}}", text
    ):
        if text.startswith(tuple(w.place_suffixes), m.end()):
            continue  # "納戈爾諾·卡拉巴赫地區": a place
        latin = LATIN_NAME.match(text, m.end())
        found.append((m.group(), m.start(), m.end(), latin.group(1) if latin and is_given(latin.group(1).split()[0]) else None))
    for m in re.finditer(rf"[{re.escape(chars)}]{{2,8}}(?=\s*[(（])", text):
        latin = LATIN_NAME.match(text, m.end())
        if latin and is_given(latin.group(1).split()[0]) and not any(a <= m.start() < b for _, a, b, _ in found):
            found.append((m.group(), m.start(), m.end(), latin.group(1)))
    return found


# a day in Chinese numerals after its month ("三月六日", "五月二十日"): the numerals, after 月 and a month's figure
DAY_IN_NUMERALS = re.compile(r"月[〇零一二三四五六七八九十廿卅]{1,3}$")
# a day in Chinese numerals with no month before it ("十日", "二十日", "廿一日", "三十一日"): two to thirty-one, not
# part of a larger number ("四十日") nor a weekday ("周二", "星期三", "礼拜六"); one (一) alone only opening a clause,
# where it is a day, not a word's end ("统一日本", "之一日本")
NUMERAL = "〇零一二三四五六七八九十廿卅百千万两"
BARE_DAY = re.compile(
    rf"(?<![{NUMERAL}周期拜])(?:[二三]十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|十[一二三四五六七八九]?"
    rf"|[二三四五六七八九])$|(?:^|(?<=[\s，。；：、！？,.;:!?（(「“]))一$"
)


def after_figure(text: str, at: int) -> bool:
    """Chinese: the character at `at` right after a figure counts or dates it, whatever state it also shortens: "8月10日警方"
    and "6日外交部" are the police and the ministry of the 10th and the 6th, "日" the day, not Japan; so after a day in
    Chinese numerals that follows its month ("五月十日警方", "三月六日外交部") or stands alone ("十日外交部", "二十日本届")."""
    if at > 0 and (text[at - 1].isdigit() or bool(DAY_IN_NUMERALS.search(text, max(0, at - 4), at))):
        return True
    return at > 0 and BARE_DAY.search(text[:at], max(0, at - 3)) is not None


CHIEF = ("长", "長")  # after a body's head-word, its chief ("内政部长", "警察局长"): a title, no body


def unspaced_bodies(text: str, w: Words, language: str, states: dict[tuple[int, int], str]) -> list[Detected]:
    """Chinese, written without spaces or capitals: an organisation is a state's name, or its one-character short
    form, right before a body's head-word ("俄罗斯外交部", "中國海警局", "俄外交部"); named in English."""
    found = []
    state_ends = {end: (start, name) for (start, end), name in states.items()}
    # head-words after a state's full name only, its office-holders' titles not after them (`full_name_heads`):
    # "阿萨德政府" is Assad's government (no "德", Germany), "斯洛伐克政府总理" the prime minister
    full_only = frozenset(word_list(language, "full_name_heads", normalised=False))
    titles = tuple(word_list(language, "titles", normalised=False))
    for head in _pattern(language, "org_heads").finditer(text):
        english = w.org_names.get((normalise(head.group()),))
        at, full = head.start(), head.group() in full_only
        if not english or text.startswith(CHIEF, head.end()) or (full and text.startswith(titles, head.end())):
            continue  # "印度内政部长": the minister, a title
        if at in state_ends:
            start, state = state_ends[at]
        elif at > 0 and text[at - 1] in w.abbreviations and not full and not after_figure(text, at - 1):
            start, state = at - 1, w.abbreviations[text[at - 1]]
        elif _bare_head(text, head, language):
            found.append(Detected(english, "organisation", at, head.end(), head.group()))
            continue
        else:
            continue
        name = f"{english} ({state})" if english.startswith("Ministry of ") else f"{state} {english}"
        found.append(Detected(name, "organisation", start, head.end(), text[start : head.end()]))
    found += _described_bodies(text, w, state_ends, found)
    return found + _subdivision_bodies(text, language, found)


SUBDIVISION_KEYS = ("subdivision_units", "subdivision_heads", "place_heads")
# a title's, signature's or bracketed credit's rest ("（某某市公安局）"): no punctuation up to its end
HEADING_REST = re.compile(r"[\u4e00-\u9fff《》]*(?:\s|$|[)）])")


def _subdivision_bodies(text: str, language: str, found: list[Detected]) -> list[Detected]:
    """Chinese: a county's, city's or province's name (two to four characters and its unit, `subdivision_units`,
    one or more: "陕西省榆林市清涧县") right before a body's head-word (`subdivision_heads`: "清涧县人民政府",
    "临江市公安局"), or a place's name before a court's (`place_heads`: "臺灣士林地方法院"), as notices and judgments
    name their issuers: an organisation. Written without spaces, the name must open a clause (the text's start,
    a character not Han, or a word before a body, `subdivision_openers`: "经", "由"), and holds none of the
    characters of "this", "all" or "each" (`subdivision_not_names`: "本县人民政府" is the county's own, unnamed)."""
    units, heads, places = (phrase_alternation(sorted(word_list(language, k, normalised=False))) for k in SUBDIVISION_KEYS)
    heads_of = word_list(language, "subdivision_heads", normalised=False)
    if not heads:
        return []
    banned = "".join(word_list(language, "subdivision_not_names", normalised=False))
    char = rf"(?![{re.escape(banned)}])[\u4e00-\u9fff]" if banned else r"[\u4e00-\u9fff]"
    # counts, quantifiers and verbs ("三个县", "部分地方法院", "建议市人民政府") are no part of a place's name
    not_words = word_list(language, "subdivision_not_name_words", normalised=False)
    if not_words:
        char = rf"(?!{phrase_alternation(sorted(not_words))}){char}"
    # at most three units in a chain ("陕西省榆林市清涧县"): an unbounded chain backtracks for ever on "县县县..."
    named = rf"(?:(?:{char}){{2,4}}?(?:{units})){{1,3}}(?:{heads})"
    chained = re.compile(rf"(?:(?:{char}){{2,4}}?(?:{units})){{2,3}}(?:{heads})")
    # a court named by its city's two characters alone, without the unit ("珠海中级人民法院"), as judgments write it
    short = re.compile(rf"(?:{char}){{2}}(?:{places})") if places else None
    if places:
        named += rf"|(?:{char}){{2,4}}?(?:{places})"
    openers = tuple(word_list(language, "subdivision_openers", normalised=False))
    bodies = []
    for m in re.finditer(named, text):
        at = m.start()
        opener = text[:at].endswith(openers)
        # one unit at a clause's start may hold the words before it ("他们敦促县人民政府", "几位县人民政府"): with no
        # list of places to check it against, only after an opener ("经清涧县人民政府") or in a chain of units
        # a notice's title or signature, no sentence: Han characters alone after it up to a space or the line's end
        # ("清涧县人民政府关于…的通告", "。北岭县人民政府办公室 2020年7月9日")
        signed = HEADING_REST.match(text, m.end()) is not None
        alone = not (opener or signed) and m.group().endswith(tuple(heads_of)) and not chained.fullmatch(m.group())
        alone = alone and not (short and short.fullmatch(m.group()))
        opens = (at == 0 or not HAN.match(text[at - 1]) or opener) and not alone
        if opens and not any(d.start < m.end() and m.start() < d.end for d in found + bodies):
            bodies.append(Detected(m.group(), "organisation", at, m.end(), m.group()))
    return bodies


DAY_WORDS = ("日", "号", "號")  # the words that close a day's date ("6日", "6号")
LIST_MARK = "、"  # the enumeration comma, between the items of a list


def _bare_head(text: str, head: re.Match[str], language: str) -> bool:
    """Chinese: a ministry's head-word written with no state before it (`bare_heads`: "外交部发言人", "据外交部消息"),
    the ministry of the state whose news it is, where it opens a clause (the text's start, punctuation, a date, or a
    word citing a source, `bare_head_openers`: "据") and words of its own follow, not a list's comma ("外交部、国防部")."""
    if head.group() not in word_list(language, "bare_heads", normalised=False):
        return False
    at, end = head.start(), head.end()
    openers = tuple(word_list(language, "bare_head_openers", normalised=False))
    dated = text[at - 1] in DAY_WORDS and after_figure(text, at - 1)  # "6日外交部": the day's 日 after its figure
    opens = at == 0 or not HAN.match(text[at - 1]) or dated or text[:at].endswith(openers)
    listed = text[at - 1 : at] == LIST_MARK or text[end : end + 1] == LIST_MARK  # "外交部、国防部": a list
    # "交通部门", "财政部分": the head-word's last character opens a longer word (`head_word_compounds`), no ministry
    inside = text[end - 1 : end + 1] in word_list(language, "head_word_compounds", normalised=False)
    return opens and not listed and not inside and end < len(text) and HAN.match(text[end]) is not None


def periodicals(text: str, language: str, taken: list[tuple[int, int]]) -> list[Detected]:
    """Chinese: a title in book-title marks that a word for a newspaper or magazine ends or follows ("《某某日报》",
    "《某某周刊》杂志社") is that periodical, an organisation; a law or a book in the marks ("《逃犯条例》") is none."""
    words = tuple(word_list(language, "periodical_words"))
    found = []
    for m in TITLE_MARKS.finditer(text):
        known = any(a <= m.start(1) and m.end(1) <= b for a, b in taken)  # "《卫报》": a known outlet; not a city in it
        # "美国杂志《福布斯》": a word for a periodical of two characters or more right before the marks
        before = text[: m.start()].endswith(tuple(x for x in words if len(x) >= 2))
        if (m.group(1).endswith(words) or text.startswith(words, m.end()) or before) and not known:
            found.append(Detected(m.group(1), "organisation", m.start(1), m.end(1), m.group(1)))
    return found


QUOTED_SHORT_FORM = re.compile(r"\s*[(（]\s*[“「\"]?([\u4e00-\u9fff]{2,8})[”」\"]?\s*[)）]")
QUOTED_HAN = re.compile(r"[“「『\"]([\u4e00-\u9fff]{2,16})[”」』\"]")  # "“国家林火修复局”", "「海洋無限」"


def quoted_unspaced_bodies(text: str, language: str, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Chinese: a name in quotation marks that ends with a body's head-word ("“国家林火修复局”", "“提格雷人民解放
    阵线”") or that a word for a kind of body follows or precedes ("“学生反歧视运动”组织", "中间派联盟“在一起”",
    "社交网站“电报”") is that body; a quoted slogan or term ("“恐怖主义威胁”") is none."""
    heads = tuple(word_list(language, "quoted_body_heads", normalised=False))
    kinds = tuple(word_list(language, "quoted_body_kinds", normalised=False))
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    bodies = []
    for m in QUOTED_HAN.finditer(text):
        name = m.group(1)
        beside = text.startswith(kinds, m.end()) or text[: m.start()].endswith(kinds)
        if ((name.endswith(heads) and len(name) > 2) or beside) and not held(m.start(1), m.end(1)):
            bodies.append(Detected(name, "organisation", m.start(1), m.end(1), name))
            short = QUOTED_SHORT_FORM.match(text, m.end())
            if short:  # "“提格雷人民解放阵线”(“提人阵”)": its short form, the same body wherever the text writes it
                bodies.append(Detected(name, "organisation", short.start(1), short.end(1), short.group(1)))
    return bodies


DEPARTMENTS = ("部门", "部門")  # "中央政府部门": the central government's departments, no one body


def prefixed_bodies(text: str, w: Words, language: str, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Chinese: a word that opens a body's full name ("国家", "联邦", `body_prefixes`), then the words saying what it
    does and the suffix of an agency ("国家问责局", "联邦选举委员会"): a body, named as the text writes it, with no
    state before it; not its chief ("国家安全局长") nor departments in general."""
    prefixes = tuple(word_list(language, "body_prefixes", normalised=False))
    if w.described is None or not prefixes:
        return []
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    bodies = []
    for m in re.finditer("|".join(map(re.escape, prefixes)), text):
        named = w.described.match(text, m.end())
        generic = named and named.group().endswith(DEPARTMENTS)
        if named and not generic and not text.startswith(CHIEF, named.end()) and not held(m.start(), named.end()):
            name = text[m.start() : named.end()]
            bodies.append(Detected(name, "organisation", m.start(), named.end(), name))
    return bodies


# an aircraft's maker, two Chinese characters, before its model's code and a word for an aircraft or its type
# ("波音737 MAX 8客机", "空客330-200型客机", "空中巴士A330飛機"): no flight's number ("AF447航班")
UNSPACED_MAKER = re.compile(r"([\u4e00-\u9fff]{2})\s?(?:A\d{3}|\d{3})(?:[- ]?[\dA-Z]{1,4})*\s?(?=型|客机|客機|飞机|飛機|MAX)")


def unspaced_makers(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Chinese: the maker before an aircraft's model code (`UNSPACED_MAKER`), a company the annotators count
    (`model_makers`); not words a phrase breaks ("系列 737": a series)."""
    if w.model_makers != "yes":
        return []
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    breaks = word_list(w.language, "phrase_breaks", normalised=False) | word_list(w.language, "not_makers", normalised=False)
    return [
        Detected(m.group(1), "organisation", m.start(1), m.end(1), m.group(1))
        for m in UNSPACED_MAKER.finditer(text)
        if not held(m.start(1), m.end(1)) and not breaks & set(m.group(1)) and m.group(1) not in breaks
    ]


def _described_bodies(text: str, w: Words, state_ends: dict[int, tuple[int, str]], found: list[Detected]) -> list[Detected]:
    """Chinese: a state's name, then the words saying what a body does and the suffix of an agency ("土耳其灾害
    应急管理局", "土耳其统计局"): a body, named as the text writes it; words that end a noun phrase ("的",
    "和") stop it."""
    if w.described is None:
        return []
    bodies = []
    for end, (start, _) in state_ends.items():
        m = w.described.match(text, end)
        if m and (m.group(),) in w.common_bodies:
            continue  # "委內瑞拉執政黨": the ruling party, a common noun; its name follows
        if m and not any(d.start <= start < d.end for d in found):
            bodies.append(Detected(text[start : m.end()], "organisation", start, m.end(), text[start : m.end()]))
    return bodies


@cache
def _pattern(language: str, key: str) -> re.Pattern[str]:
    """The words of a list (titles, head-words) of a language written without spaces, longest first, as one pattern."""
    found = [str(h) for h in language_data(language).get(key) or []]
    return re.compile("|".join(re.escape(h) for h in sorted(found, key=len, reverse=True)) or "(?!)")


MIN_COMPANY_NAME = 3  # characters before the legal form: a trade name and its trade at least ("某某龙"); "一家有限公司" is none


def limited_companies(
    text: str, language: str, taken: list[tuple[int, int]], states: dict[tuple[int, int], str], found: list[Detected]
) -> list[Detected]:
    """Chinese: a company's registered name, closed by its legal form (`company_forms`: "有限公司", "宁夏某某矿业
    有限公司"), an organisation named as written. Its name runs back over Chinese characters that break no phrase
    (`phrase_breaks`) to where a clause opens (the text's start, a character not Han) or to a word for a company in
    apposition ("国有公司麦德龙有限公司"); a run that a word of the sentence opens ("为规范某某有限公司") or that
    holds a count or a verb (`subdivision_not_name_words`: "成立有限公司") is no name. A state's name may be in
    it ("马来西亚航空有限公司"); a body or person already found may not."""
    forms = word_list(language, "company_forms", normalised=False)
    if not forms or not any(f in text for f in forms):
        return []
    breaks = word_list(language, "phrase_breaks", normalised=False)
    verbs = tuple(word_list(language, "subdivision_not_name_words", normalised=False))  # "成立有限公司": to set one up
    held = Covered(len(text), [span for span in taken if span not in states] + [(d.start, d.end) for d in found])
    apposed_words = word_list(language, "company_words", normalised=False)  # "国有公司麦德龙有限公司"
    companies = []
    for m in re.finditer(phrase_alternation(sorted(forms)), text):
        start = m.start()
        while start > 0 and HAN.match(text[start - 1]) and text[start - 1] not in breaks:
            start -= 1
        opens = start == 0 or not HAN.match(text[start - 1])
        ends = [at + len(word) for word in apposed_words if (at := text.rfind(word, start, m.start())) >= 0]
        apposed = max(ends, default=-1)
        start = apposed if apposed >= 0 else start
        named = m.start() - start >= MIN_COMPANY_NAME and not any(v in text[start : m.start()] for v in verbs)
        if (opens or apposed >= 0) and named and not held(start, m.end()):
            companies.append(Detected(text[start : m.end()], "organisation", start, m.end(), text[start : m.end()]))
    return companies
