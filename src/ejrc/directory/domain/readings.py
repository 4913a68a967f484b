"""Japanese readings for the search document: 水素 is also found as すいそ and suiso.

SudachiPy (with sudachidict-core) splits a Japanese text into words and gives each its
reading in katakana; here that reading becomes hiragana (the search's folding of kana) and
Hepburn romaji, with and without long vowels (``とうきょう`` → ``toukyou`` and ``tokyo``).
Readings are computed once, when a row's search document is built, never per query.
"""

import re
from functools import lru_cache

_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヵヶ]")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]")
_JAPANESE_RUN = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆]+")
MAX_CHARACTERS = 5000  # a description's worth; the rest of a very long text keeps its plain form

_BASE = dict(zip(
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわゐゑをん"
    "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔぁぃぅぇぉゃゅょゎ",
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho "
    "ma mi mu me mo ya yu yo ra ri ru re ro wa i e o n ga gi gu ge go za ji zu ze zo da ji zu de do "
    "ba bi bu be bo pa pi pu pe po vu a i u e o ya yu yo wa".split(),
    strict=True,
))
# A consonant syllable followed by a small ya/yu/yo: きゃ → kya, しゃ → sha, ちゃ → cha.
_PALATAL_STEMS = {"き": "ky", "ぎ": "gy", "し": "sh", "じ": "j", "ち": "ch", "ぢ": "j", "に": "ny",
                  "ひ": "hy", "び": "by", "ぴ": "py", "み": "my", "り": "ry"}
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}


def to_hiragana(katakana: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in katakana)


def to_romaji(hiragana: str) -> str:
    """Hepburn romaji of a hiragana text, long vowels written out (``とうきょう`` → ``toukyou``)."""
    out, i = [], 0
    while i < len(hiragana):
        char, following = hiragana[i], hiragana[i + 1: i + 2]
        if following in _SMALL_Y and char in _PALATAL_STEMS:
            out.append(_PALATAL_STEMS[char] + _SMALL_Y[following])
            i += 2
            continue
        if char == "っ":  # a doubled consonant: っか → kka, っち → tchi
            syllable = _BASE.get(following, "")
            out.append("t" if syllable.startswith("ch") else syllable[:1])
        elif char == "ー":
            out.append(out[-1][-1] if out and out[-1] else "")
        else:
            out.append(_BASE.get(char, char))
        i += 1
    return "".join(out)


def _without_long_vowels(romaji: str) -> str:
    """``toukyou`` → ``tokyo``, ``ryuukyuu`` → ``ryukyu``: romaji as most people type it."""
    return re.sub(r"([aeiou])(?:\1|(?<=o)u)", r"\1", romaji)


@lru_cache(maxsize=1)
def _tokenizer():
    from sudachipy import Dictionary, SplitMode

    return Dictionary(dict="core").tokenizer(mode=SplitMode.C)


@lru_cache(maxsize=20000)
def _reading(run: str) -> str:
    """The hiragana reading of one run of Japanese characters."""
    return to_hiragana("".join(m.reading_form() for m in _tokenizer().tokenize(run)))


def readings(text: str) -> list[str]:
    """The readings of the Japanese in ``text``: hiragana where it has kanji, and romaji.

    ``岐阜県の水素`` → ``["ぎふけんのすいそ", "gifukennosuiso"]``; a text without Japanese has none.
    """
    text = (text or "")[:MAX_CHARACTERS]
    if not _KANA.search(text) and not _KANJI.search(text):
        return []
    kana, romaji = [], []
    for run in _JAPANESE_RUN.findall(text):
        reading = _reading(run) if _KANJI.search(run) else to_hiragana(run)
        if reading != run:
            kana.append(reading)
        romaji.append(to_romaji(reading))
    values = [" ".join(kana), " ".join(romaji)]
    short = _without_long_vowels(values[1])
    if short != values[1]:
        values.append(short)
    return [value for value in values if value]
