"""Values a rep masked in part: "né le 2009-**-14", "***-555-0142", "S6V 2M*", "6** *** 218".

A rep who blanks some characters of a number often leaves enough to find the person: the
year and day of a birth, the last digits of a card, most of a postal code. The guard reads
such a value by filling its mask with characters the value's shape accepts, so the usual
readers see a whole value, and keeps what they find over the mask when at least three of its
characters are still visible. A value masked in full ("DOB ██", "***-***-****", "[name]")
says nothing and passes, and so do chat's emphasis marks ("*Thursday 9:30*").
"""

from __future__ import annotations

import re

MASK_CHARS = "*█•●"
_RUN = re.compile(r"[*█•●]+")
_OPENS_AFTER = " \t\n([{\"'“«"
_CLOSES_BEFORE = ".,;:!?)]}\"'’”»"
VISIBLE = 3  # characters of the value a rep must have left for it to still point at someone


def runs(text: str, *, near_a_value: bool = True) -> list[tuple[int, int]]:
    """Where ``text`` holds a mask: runs of mask characters that are no emphasis marks and,
    unless ``near_a_value`` is false, have a figure or an "@" beside them."""
    found = []
    for m in _RUN.finditer(text):
        if m.group().strip("*") == "" and m.end() - m.start() < 3 and _emphasis(text, m):
            continue
        if m.end() - m.start() == 1 and not _touches_value(text, m.start(), m.end()):
            continue  # "* follow-up Thu", "3 * 4": a bullet or a sign, never a masked digit
        near = text[max(0, m.start() - 6) : m.end() + 6]
        if not near_a_value or any(ch.isdigit() or ch == "@" for ch in near):
            found.append(m.span())  # not "*Youth A not", "J*****r": no value around the stars
    return found


def windows(masked: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The stretches of a note around its masks that its readers need: the value and the
    cue before or after it ("HSN floating around in the chat — ***-***-902")."""
    out: list[tuple[int, int]] = []
    for start, end in masked:
        lo, hi = max(0, start - _REACH), min(length, end + _REACH)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


_REACH = 150


def fillings(text: str, masked: list[tuple[int, int]]) -> list[str]:
    """``text`` with every mask filled three ways, its length unchanged: by ones ("2009-11-14",
    an e-mail's local part), by fives ("555-555-0142": no area code starts with a one), and by
    digits and letters in turn after what precedes ("S6V 2M5", "P3A 2A5": a postal code)."""
    ones, fives, turns = list(text), list(text), list(text)
    for start, end in masked:
        for i in range(start, end):
            ones[i], fives[i] = "1", "5"
            turns[i] = "A" if i and turns[i - 1].isdigit() else "5"
    return ["".join(ones), "".join(fives), "".join(turns)]


def shows_enough(said: str) -> bool:
    """A found value that holds a mask and still shows at least ``VISIBLE`` characters."""
    return any(ch in MASK_CHARS for ch in said) and sum(ch.isalnum() for ch in said) >= VISIBLE


def _touches_value(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return any(ch.isalnum() or ch in "-/.@" for ch in (before, after))


def _emphasis(text: str, m: re.Match[str]) -> bool:
    """``*bold*`` or ``**bold**``: a run that opens before a word and closes after one on the
    same line; "2009-**-14" sits between two characters of a value, so it opens nothing."""
    start, end, mark = m.start(), m.end(), m.group()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opening = re.compile(r"(?<![\w*])" + re.escape(mark) + r"(?=[^\s*])")
    close = re.compile(r"(?<=[^\s*])" + re.escape(mark) + r"(?![\w*])")
    if before in _OPENS_AFTER and (after.isalnum() or after in "\"'“«(_~"):
        closed = close.search(text, end, line_end)  # "*né le* … 2M*": each mark pairs once
        return closed is not None and opening.search(text, end, closed.start()) is None
    closes = after.isspace() or after in _CLOSES_BEFORE + "_~"
    if (before.isalnum() or before in _CLOSES_BEFORE) and closes:
        opened = [o.end() for o in opening.finditer(text, line_start, start)]
        return bool(opened) and close.search(text, opened[-1], start) is None
    return False
