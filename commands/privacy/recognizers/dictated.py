"""Identifiers dictated into a phone: numbers, letters and punctuation said as words.

Speech-to-text writes "one twenty three main street apartment four oh two", "p three e
two k seven", "six one three dash five five five dash zero one two one", "trois cent
douze virgule rue Notre-Dame". The recognizers know written shapes, so this module
rewrites the spoken words as the characters they stand for ("123 main street apartment
402", "P3E2K7", "613-555-0121"), runs the number recognizers on the rewrite and maps each
finding back onto the words that were said.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from commands.privacy.findings import Kind
from commands.privacy.lexicon import lexicon, words
from commands.privacy.recognizers import Candidate

_UNITS = {w: n for n, said in enumerate((
    "zero zéro oh", "one un", "two deux", "three trois", "four quatre", "five cinq", "six",
    "seven sept", "eight huit", "nine neuf",
)) for w in said.split()}  # fmt: skip
_TEENS = {w: n + 10 for n, said in enumerate((
    "ten dix", "eleven onze", "twelve douze", "thirteen treize", "fourteen quatorze",
    "fifteen quinze", "sixteen seize", "seventeen", "eighteen", "nineteen",
)) for w in said.split()}  # fmt: skip
_TENS = {w: n * 10 + 20 for n, said in enumerate((
    "twenty vingt vingts", "thirty trente", "forty quarante", "fifty cinquante",
    "sixty soixante", "seventy", "eighty", "ninety",
)) for w in said.split()}  # fmt: skip
_SCALES = {"hundred": 100, "cent": 100, "cents": 100, "thousand": 1000, "mille": 1000}
_ORDINALS = {
    "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
    "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
    "eleventh": "11th", "twelfth": "12th", "thirteenth": "13th", "fourteenth": "14th",
    "fifteenth": "15th", "sixteenth": "16th", "seventeenth": "17th", "eighteenth": "18th",
    "nineteenth": "19th", "twentieth": "20th", "thirtieth": "30th",
    "premier": "1er", "première": "1re", "deuxième": "2e", "troisième": "3e",
    "quatrième": "4e", "cinquième": "5e", "sixième": "6e", "septième": "7e", "huitième": "8e",
    "neuvième": "9e", "dixième": "10e",
}  # fmt: skip
# Punctuation said aloud, glued to its neighbours: "zero one dash", "kayla underscore b"
_GLUE = {"dash": "-", "tiret": "-", "hyphen": "-", "slash": "/", "underscore": "_"}
_GLUE_PAIRS = {
    ("barre", "oblique"): "/", ("trait", "d'union"): "-", ("tiret", "bas"): "_", ("at", "sign"): "@"
}  # fmt: skip
# Said as the end of a clause: "comma", « virgule »; "dot" and « point » inside an address
_STOPS = {"comma": ",", "virgule": ",", "period": "."}
_DOTS = ("dot", "point")
_WEB = re.compile(
    r"\b(?:facebook|instagram|insta|tik\s?tok|snap\w*|www|arobase|e-?mail|courriel)\b"
)
_BOXES = re.compile(r"\d(?: \d){6,10}(?![\w.,/-]?\d)")
_AREA = re.compile(r"[2-9]\d\d")  # "one 250 555 0 1 6 4": a long-distance call
_LETTER_FIGURE = re.compile(r"[a-z][0-9]")
_SPACED = re.compile(r"\d(?: \d){3,11}(?![\w.,/-]?\d)")  # "26 dash 3 3 0 1 9" in a dictated note
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|\S")
# A file's cue just before seven figures: "dossier DPJ numéro vingt-six zéro un…", "card
# number is one two zero…" name a file, not a local phone line
_FILED = re.compile(
    r"\b(?:dossier|file|case|card|carte|registry|registre|client)\b(?!.*\b(?:cell|phone|t[ée]l))",
    re.IGNORECASE,
)
_CUE_BEFORE_LETTERS = re.compile(r"\b(?:spelled|spelt|épelé|comma|virgule|name|nom)\W*$")


class _Piece(NamedTuple):
    text: str  # what is written in the rewrite
    start: int  # where the words it stands for start and end in the note
    end: int
    said: bool  # rewritten from words, not copied
    glue: bool = False  # written with no space either side: "-", "/", "_", "@", a web "."


def _number_word(word: str) -> int | None:
    """ "trente-trois" 33, "quatre-vingt-dix" 90, "dix-sept" 17: one word, one number."""
    parts = word.split("-")
    if not all(p in _UNITS or p in _TEENS or p in _TENS for p in parts) or len(parts) > 4:
        return None
    if len(parts) == 1:
        return _UNITS.get(word, _TEENS.get(word, _TENS.get(word)))
    values = [_UNITS.get(p, _TEENS.get(p, _TENS.get(p, 0))) for p in parts]
    if parts[0] == "quatre" and parts[1] in ("vingt", "vingts"):
        values = [80, *values[2:]]  # "quatre-vingt-huit": four twenties, then eight
    return sum(values)


def _spoken_numbers(words: Sequence[str], spaced: bool) -> str:
    """A run of number words as figures: "one twenty three" 123 (said in pairs, as
    addresses are), "trois cent douze" 312, "two thousand nine" 2009. ``spaced`` keeps the
    groups apart, as dates are said: "nine twelve two thousand six" 9 12 2006."""
    groups: list[str] = []
    current: int | None = None
    scaled = tens = False
    repeat = 1
    for k, word in enumerate(words):
        if word in ("and", "et"):
            continue
        if word in _REPEATS:
            if current is not None:
                groups.append(str(current))
            current, scaled, tens, repeat = None, False, False, _REPEATS[word]
            continue
        if repeat > 1 and word in _UNITS:
            groups.append(str(_UNITS[word]) * repeat)
            repeat = 1
            continue
        if word in _SCALES:
            current = (current or 1) * _SCALES[word]
            scaled, tens = True, False
            continue
        value = _number_word(word)
        if value is None:
            continue
        joins = current is not None and (
            (scaled and current % 100 == 0 and (value < 100 or current >= 1000))
            or (scaled and current % 10 == 0 and value < 10 and current % 100 != 0)
            or (tens and value < 10 and words[k - 1] not in ("oh", "zero", "zéro"))
        )
        if joins and current is not None:
            current += value
            tens = False
            continue
        if current is not None:
            groups.append(str(current))
        if spaced and word == "oh" and k + 1 < len(words) and words[k + 1] in _UNITS:
            current, scaled, tens = None, False, False
            groups.append("0")  # "oh four" as a month: 04
            continue
        current, scaled = value, False
        tens = 20 <= value < 100 and value % 10 == 0
    if current is not None:
        groups.append(str(current))
    if not spaced:
        return "".join(groups)
    merged: list[str] = []
    for group in groups:
        if merged and merged[-1] == "0":
            merged[-1] += group  # "oh four" 04
        elif merged and merged[-1] in ("19", "20") and len(group) == 2 and not _has_year(merged):
            merged[-1] += group  # "twenty twelve" 2012, "nineteen ninety eight" 1998
        else:
            merged.append(group)
    return " ".join(merged)


def _grouped(lower: list[str], i: int, j: int, spaced: bool) -> int:
    """Where a number said in groups set off by commas ends: « cinq un quatre, cinq cinq cinq,
    zéro un, quatre-vingt-dix » is one phone number when its groups make ten figures."""
    end, k = j, j
    while k + 1 < len(lower) and lower[k] == "," and _is_number(lower[k + 1]):
        k += 1
        while k < len(lower) and _is_number(lower[k]):
            k += 1
        figures = _spoken_numbers([w for w in lower[i:k] if w != ","], spaced=False)
        if len(figures) in (10, 11) and figures.isdigit():
            end = k
    return end if not spaced else j


def _has_year(groups: list[str]) -> bool:
    """Whether the groups so far already hold a year, so "20" starts no other."""
    return any(len(g) == 4 for g in groups[:-1])


def _said_figure(word: str) -> bool:
    """A word dictation writes for a figure or a sign: "five", "dash", « virgule »."""
    return _is_number(word) or word in _GLUE or word in _DOTS or word in _STOPS


def _is_number(word: str) -> bool:
    return word in _SCALES or word in _REPEATS or _number_word(word) is not None


_REPEATS = {"double": 2, "triple": 3}  # "six one three double five five": 613-555


def _rewrite(text: str, spaced: bool) -> list[_Piece]:
    toks = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    lower = [t.casefold() for t, _, _ in toks]
    web = _WEB.search(text.casefold()) is not None or " dot com" in text.casefold()
    pieces: list[_Piece] = []
    i = 0
    while i < len(toks):
        word, start, end = toks[i]
        low = lower[i]
        if low == "oh" and i + 1 < len(toks) and re.fullmatch(r"\d", lower[i + 1]):
            pieces.append(_Piece("0" + lower[i + 1], start, toks[i + 1][2], True))
            i += 2  # "born oh 3 oh 7 2006": 03 07
            continue
        if _is_number(low) and not (low in ("un", "one") and not _run_follows(lower, i)):
            j = i + 1
            while j < len(toks) and (
                _is_number(lower[j])
                or (lower[j] in ("and", "et") and j + 1 < len(toks) and _is_number(lower[j + 1]))
            ):
                j += 1
            j = _grouped(lower, i, j, spaced)
            figures = _spoken_numbers([w for w in lower[i:j] if w != ","], spaced)
            counting = not (pieces and pieces[-1].said)  # not "twenty six dash one two three…"
            if counting and len(figures) >= 5 and figures in "0123456789":
                pieces.extend(_Piece(w, a, b, False) for w, a, b in toks[i:j])
                i = j
                continue  # "one two three four five six seven": counting aloud
            filed = _FILED.search(text, max(0, start - 40), start) is not None
            if len(figures) == 7 and figures.isdigit() and not filed:
                figures = f"{figures[:3]}-{figures[3:]}"  # "cinq cinq cinq zéro un soixante"
            pieces.append(_Piece(figures, start, toks[j - 1][2], True))
            i = j
            continue
        boxes = _SPACED.match(text, start)
        # not after other figures, but after a phone's exchange: "555 0 1 6 4"
        if boxes is not None and not (i and toks[i - 1][0].isdigit() and len(toks[i - 1][0]) != 3):
            digits = boxes.group(0).replace(" ", "")  # "4 1 8 5 5 5 0 1 2 6": one to a box
            pieces.append(_Piece(digits, start, boxes.end(), True))
            while i < len(toks) and toks[i][2] <= boxes.end():
                i += 1
            continue
        # "905 dot 555 dot 0126", "facebook point com": a dot between figures or in an address
        dotted = low in _DOTS and (
            (0 < i < len(toks) - 1 and lower[i - 1].isdigit() and lower[i + 1].isdigit())
            or (web and _in_address(lower, pieces, i))
        )
        if low in _ORDINALS:
            pieces.append(_Piece(_ORDINALS[low], start, end, True))
        elif low in _GLUE or dotted:
            pieces.append(_Piece(_GLUE.get(low, "."), start, end, True, True))
        elif i + 1 < len(toks) and (low, lower[i + 1]) in _GLUE_PAIRS:
            glued = _GLUE_PAIRS[(low, lower[i + 1])]
            pieces.append(_Piece(glued, start, toks[i + 1][2], True, glued != "@"))
            i += 1
        elif low in ("at", "arobase") and web and _mail_host(lower, i + 1):
            pieces.append(_Piece("@", start, end, True, True))  # "kayla underscore b at example"
        elif low in _STOPS or low == "point":
            pieces.append(_Piece(_STOPS.get(low, "."), start, end, True))
        elif low in _NATO and _nato_run(lower, i):  # "alpha bravo kilo whiskey six one two"
            pieces.append(_Piece(_NATO[low], start, end, True))
        elif len(word) == 1 and word.isalnum() and _spelled(lower, i):  # "plate 7 2 5 k t w"
            pieces.append(_Piece(word.upper(), start, end, True))
        else:
            pieces.append(_Piece(word, start, end, False))
        i += 1
    return pieces


_DOMAINS = ("com", "ca", "org", "net", "fr", "qc")


def _in_address(lower: list[str], pieces: list[_Piece], i: int) -> bool:
    """ "dot" or « point » inside a web or e-mail address: before its domain ("facebook point
    com"), or after a part of it ("barre oblique mélanie point gagnon"); not « la police
    point aucun nom »."""
    if i + 1 < len(lower) and lower[i + 1] in _DOMAINS:
        return True
    ahead = range(i + 1, min(len(lower), i + 5))  # "sophie point b arobase hotmail point com"
    if any(lower[j] in ("at", "arobase") and _mail_host(lower, j + 1) for j in ahead):
        return True
    return any(p.glue or p.text == "@" for p in pieces[-2:])


def _mail_host(lower: list[str], k: int) -> bool:
    """ "example dot com", "mail point example point ca": a host, its dots, its domain."""
    for end in (k + 2, k + 4):
        if end < len(lower) and lower[end] in _DOMAINS and lower[end - 1] in _DOTS:
            return all(w in _DOTS for w in lower[k + 1 : end : 2])
    return False


def _run_follows(lower: list[str], i: int) -> bool:
    """ "un jeune", "the one who": an article or a pronoun, unless among other numbers or
    spelled letters ("s sept k un j cinq")."""
    near = [lower[k] for k in (i - 1, i + 1) if 0 <= k < len(lower)]
    return any(
        _is_number(w) or w in _GLUE or (len(w) == 1 and w.isalpha()) or _AREA.fullmatch(w)
        for w in near
    )


# The radio alphabet, as police and dispatch spell a plate: two of its words in a row
_NATO = {
    w: w[0].upper()
    for w in words(
        "alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima "
        "mike november oscar papa quebec romeo sierra tango uniform victor whiskey x-ray xray "
        "yankee zulu"
    )
}


def _nato_run(lower: list[str], i: int) -> bool:
    return any(0 <= k < len(lower) and lower[k] in _NATO for k in (i - 1, i + 1))


def _spelled(lower: list[str], i: int) -> bool:
    """A letter said alone, next to other letters or figures: "p three e two k seven"."""
    near = [lower[k] for k in (i - 1, i + 1) if 0 <= k < len(lower)]
    if lower[i].isdigit():  # a figure typed alone among spelled letters: "7 2 5 k t w"
        return _mixed_run(lower, i)
    return any((len(w) == 1 and w.isalpha()) or _is_number(w) for w in near) or _mixed_run(lower, i)


def _mixed_run(lower: list[str], i: int) -> bool:
    """Single letters and figures in a row, three or more, a letter among them."""
    a, b = i, i
    while a > 0 and len(lower[a - 1]) == 1 and lower[a - 1].isalnum():
        a -= 1
    while b + 1 < len(lower) and len(lower[b + 1]) == 1 and lower[b + 1].isalnum():
        b += 1
    run = lower[a : b + 1]
    # "7 2 5 k t w"; "a" and "i" only between figures, as in a postal code's "1 a 8"
    trios = zip(run, run[1:], run[2:], strict=False)
    between = any(x.isdigit() and w.isalpha() and y.isdigit() for x, w, y in trios)
    plain = any(w.isalpha() and w not in ("a", "i", "y", "à") for w in run)
    return len(run) >= 3 and (between or plain)


def _joined(text: str, pieces: list[_Piece]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """The rewrite and, for each piece, where it sits in the rewrite and in the note."""
    out: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    pos = 0
    for k, piece in enumerate(pieces):
        if k:
            prev = pieces[k - 1]
            glue = piece.glue or prev.glue or (piece.said and prev.said and _spelled_on(pieces, k))
            glue = glue or (prev.said and prev.text == "@")  # "at sign brookie": @brookie
            gap = text[prev.end : piece.start]
            if gap and not glue and not (piece.said and piece.text == ","):
                gap = gap if not (piece.said or prev.said) else " "  # the note's own spacing
                out.append(gap)
                pos += len(gap)
        spans.append((pos, pos + len(piece.text), piece.start, piece.end))
        out.append(piece.text)
        pos += len(piece.text)
    return "".join(out), spans


def _spelled_on(pieces: list[_Piece], k: int) -> bool:
    """Spelled letters and figures run together ("P3E2K7", "M4621"), but a plate's letters
    and its figures keep their space ("CBKR 412", "TREM 7203…")."""
    before, after = pieces[k - 1].text, pieces[k].text
    if len(before) == 1 and len(after) == 1:
        return True
    single_letter = k < 2 or len(pieces[k - 2].text) > 1 or not pieces[k - 2].said
    return len(before) == 1 and before.isalpha() and after.isdigit() and single_letter


Finder = Callable[[str], list[Candidate]]


def find(text: str, *, finders: Sequence[Finder], dates: Finder) -> list[Candidate]:
    """What ``finders`` read in the note once its spoken numbers are written as figures, and
    ``dates`` once they are written apart as dates are said, mapped back onto the words."""
    out = _spelled_names(text)
    if not _dictated(text):
        return out  # most notes: no figure said aloud, nothing to rewrite
    for readers, spaced in ((finders, False), ((dates,), True)):
        pieces = _rewrite(text, spaced)
        rewrite, spans = _joined(text, pieces)
        said = [(a, b) for (a, b, _, _), piece in zip(spans, pieces, strict=True) if piece.said]
        for finder in readers:
            for c in _read_near(finder, rewrite, said):
                if spaced and c.kind is not Kind.DATE_OF_BIRTH:
                    continue
                if not any(a < c.end and c.start < b for a, b in said):
                    continue  # written as it was, already read in the note itself
                start = next(s for a, b, s, _ in spans if b > c.start)
                end = next(e for a, b, _, e in reversed(spans) if a < c.end)
                # the whole number as said outranks a reading of some of its figures
                out.append(c._replace(start=start, end=end, priority=min(94, c.priority + 20)))
    return out


def _read_near(finder: Finder, rewrite: str, said: list[tuple[int, int]]) -> list[Candidate]:
    """What ``finder`` reads around the rewritten words only: a long note with one number
    said aloud is not read again in full."""
    windows: list[list[int]] = []
    for a, b in said:
        if windows and a - _CONTEXT <= windows[-1][1]:
            windows[-1][1] = b + _CONTEXT
        else:
            windows.append([max(0, a - _CONTEXT), b + _CONTEXT])
    found = []
    for start, end in windows:
        part = rewrite[start:end]
        found += [c._replace(start=c.start + start, end=c.end + start) for c in finder(part)]
    return found


_CONTEXT = 150  # characters around a said number that a cue or a street name may stand in
_PLACE_AFTER = words(
    "rue street st avenue ave road rd boulevard boul chemin apartment apt app appartement "
    "unit suite lot box house site rr"
)


def _dictated(text: str) -> bool:
    """Figures said aloud: two said figures in a row ("five five", "twenty six dash"), a
    spelled letter beside one ("p three"), one before a street ("quatorze rue"), or digits one
    to a box."""
    if _BOXES.search(text):
        return True
    tokens = [m.group(0) for m in _TOKEN.finditer(text.casefold())]
    for a, comma, b in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if comma == "," and b in _PLACE_AFTER and _number_word(a) is not None:
            return True  # « douze, rue des Érables »: French puts a comma after the number
    for a, b in itertools.pairwise(tokens):
        said_a = _said_figure(a) and a not in _STOPS
        if said_a and (_said_figure(b) or b in _PLACE_AFTER or (len(b) == 1 and b.isalpha())):
            return True
        if a in _NATO and b in _NATO:
            return True  # "charlie kilo lima mike four eight two"
        if (a.isdigit() and (b in _GLUE or b in _DOTS)) or (a in ("oh", "one") and b.isdigit()):
            return True  # "born oh 3 oh 7", "26 dash 3 3 0 1 9", "905 dot 555 dot 0126"
        if (a, b) == ("at", "sign"):
            return True  # "at sign brookie": a handle
        if _LETTER_FIGURE.fullmatch(a + b) or _LETTER_FIGURE.fullmatch(b + a):
            return True  # "t 2 e 4 r 7", "b x t z 9 1 4": a letter and a figure, typed alone
        if (len(a) == 1 and a.isalpha() and _is_number(b)) or (a in _DOTS and b in _DOMAINS):
            return True  # "p three", "facebook point com"
    return False


# "name spelled K A I L E Y", "Connor comma C O N N O R": a name said letter by letter
# "last name d e s j a r l a i s": dictation writes the letters in lower case
# "Océane, O-C-É-A-N-E": the letters joined by hyphens, as a note types them
_LETTERS = re.compile(
    r"(?<![\w.-])(?:(?:[A-Z] ){2,}[A-Z]|(?:[A-ZÀ-Ý]-){2,}[A-ZÀ-Ý]|(?:[a-z] ){3,}[a-z])(?![\w.-])"
)


def _spelled_names(text: str) -> list[Candidate]:
    out = []
    for m in _LETTERS.finditer(text):
        word = m.group(0).replace(" ", "").replace("-", "").casefold()
        cued = _CUE_BEFORE_LETTERS.search(text, 0, m.start())
        if m.group(0).islower() and not cued:
            continue  # "a b c d": letters said for something else
        if lexicon().is_name(word) and (word in text[: m.start()].casefold() or cued):
            out.append(Candidate(Kind.NAME, m.start(), m.end(), None, 80))
    return out
