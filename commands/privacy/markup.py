"""Chat markup around the words: what Slack and Teams deliver is not what the rep typed.

A note arrives as "*Tyler*'s cell is _613-555-0188_ :warning:", "Thanks <at>Jordan
Lee</at>", "<mailto:jo@example.com|jo@example.com>" or "613&nbsp;555&nbsp;0164". The
recognizers read plain words, so the guard reads the note with its markup taken off:
emphasis marks, emoji shortcodes, HTML entities and tags, links unwrapped to their target
and label, and mentions of table members (colleagues, never the people discussed) left out.
``plain`` returns that text with, for each of its characters, where it came from in the
note, so a finding still points at what the rep wrote.
"""

from __future__ import annotations

import re

from commands.privacy import masks

_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "nbsp": " ", "quot": '"', "apos": "'", "#39": "'"}
_MARKUP = re.compile(
    # a colleague mentioned: Teams' <at>Jordan Lee</at> and its <span itemscope …> form,
    # Slack's <@U024BE7LH>, <@U…|jordan.lee>, <#C…|hub-ottawa>, <!here>, <!subteam^…|@team>
    r"(?P<gone><at\b[^<>]*>[^<>]*</at>|<span\s+itemscope[^<>]*>[^<>]*</span>"
    r"|<[@#!][A-Za-z0-9^]+(?:\|[^<>|]*)?>|:[a-z0-9_+-]*[a-z][a-z0-9_+-]*:(?!/))"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>)"  # Teams' <b>, <p>, <br/>, <div …>
    # Slack's links: <mailto:jo@example.com|jo@example.com>, <tel:+1613…|613-…>,
    # <https://…|…>; not "Crystal Sutherland <crystal.s@example.com> wrote:", a mail header
    r"|<(?P<target>(?:mailto:|tel:|https?://)[^<>|\s]+|[^<>|\s]*[.@][^<>|\s]*(?=\|))"
    r"(?:\|(?P<label>[^<>]*))?>"
    r"|&(?P<entity>amp|lt|gt|nbsp|quot|apos|#39);"
    r"|(?P<mark>```|[*~`]|(?<![\w@.])_(?=[^\s_])|(?<=[^\s_])_(?!\w))"
    r"|(?P<quote>^>\s?)",  # a quoted line's ">"
    re.MULTILINE,
)
# "_613-555-0188_": emphasis opens and closes; "@jadelamothe_" is a handle's own underscore
_UNDERSCORES = re.compile(r"(?<![\w@.])_(?=[^\s_])[^_\n]*?[^\s_]_(?!\w)")
_MARKED = re.compile(r"[*~`<&:]|_(?!\w)|(?<!\w)_|^>", re.MULTILINE)


def plain(text: str) -> tuple[str, list[int]]:
    """The note without its chat markup, and for each character of it the index of the
    character of ``text`` it stands for (a removed span maps to where it started)."""
    if _MARKED.search(text) is None:
        return text, list(range(len(text)))
    out: list[str] = []
    where: list[int] = []
    pos = 0
    paired = {k for m in _UNDERSCORES.finditer(text) for k in (m.start(), m.end() - 1)}
    # "Name: ***", "DOB 2009-**-14": what a redaction left, kept for the readers
    masked = {k for s, e in masks.runs(text, near_a_value=False) for k in range(s, e)}
    for m in _MARKUP.finditer(text):
        if m.group("mark") == "*" and m.start() in masked:
            continue
        if m.group("mark") == "_" and m.start() not in paired:
            continue
        out.append(text[pos : m.start()])
        where.extend(range(pos, m.start()))
        pos = m.end()
        if m.group("target") is not None:
            target = m.group("target")
            kept = re.sub(r"^(?:mailto|tel):", "", target)
            start = m.start("target") + len(target) - len(kept)
            out.append(kept)
            where.extend(range(start, start + len(kept)))
            label = m.group("label")
            if label:
                out.append(" " + label)
                where.extend(range(m.start("label") - 1, m.end("label")))
        elif m.group("entity") is not None:
            out.append(_ENTITIES[m.group("entity")])
            where.append(m.start())
        elif m.group("quote") is not None:
            out.append(" " * len(m.group("quote")))  # the line still opens where it did
            where.extend(range(m.start(), m.end()))
        elif m.group("gone") is not None or m.group("tag") is not None:
            out.append(" ")  # a word boundary where the mention or the tag stood
            where.append(m.start())
    out.append(text[pos:])
    where.extend(range(pos, len(text)))
    return "".join(out), where

