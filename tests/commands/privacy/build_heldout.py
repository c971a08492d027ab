"""Build the held-out corpus files from their inline-markup sources.

The sources (``corpus/heldout*.txt``) hold one text per line as
``lang<TAB>class<TAB>text`` where identifiers are written ``[[CODE:text]]``.
Offsets are computed here, never by hand, and every span is checked against
the text it points at, so the labels cannot drift from the texts.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"
CODES = {
    "N": "name",
    "P": "phone",
    "E": "email",
    "A": "address",
    "Z": "postal_code",
    "D": "date_of_birth",
    "H": "health_number",
    "S": "sin",
    "L": "licence",
    "SH": "social_handle",
    "C": "case_number",
}
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the markup and return the plain text with its labelled spans."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        start = length
        out.append(m.group(2))
        length += len(m.group(2))
        spans.append({"start": start, "end": length, "kind": CODES[m.group(1)]})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for span, m in zip(spans, MARK.finditer(marked), strict=True):
        assert text[span["start"] : span["end"]] == m.group(2)  # type: ignore[misc]
    assert "[[" not in text and "]]" not in text, marked
    return text, spans


def build(name: str) -> int:
    """Write ``corpus/<name>.jsonl`` from ``corpus/<name>.txt``; return the row count."""
    rows = []
    counters: dict[str, int] = {}
    for line in (CORPUS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, cls, marked = line.split("\t", 2)
        text, spans = parse(marked)
        assert bool(spans) == (cls == "flag"), line
        key = f"{lang}-{cls}"
        counters[key] = counters.get(key, 0) + 1
        rows.append(
            {"id": f"{name}-{key}-{counters[key]:03d}", "lang": lang, "text": text, "spans": spans}
        )
    with (CORPUS / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["heldout"]:
        print(arg, build(arg))
