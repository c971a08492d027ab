"""The privacy guard: find identifying details in free text before anything is stored.

Every free-text field passes ``check()`` before a command stores or posts it
(SPEC §7): on a hit nothing is saved and the person is told what to remove.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping

from commands.errors import PrivacyViolation
from commands.privacy import lexicon as _lexicon
from commands.privacy import markup, masks
from commands.privacy.findings import Finding, Kind
from commands.privacy.policy import PrivacyPolicy
from commands.privacy.recognizers import (
    Candidate,
    addresses,
    contact,
    dates,
    dictated,
    handles_gaming,
    last_digits,
    message_headers,
    name_before_identifier,
    name_corrections,
    name_hashtags,
    name_scripts,
    name_shouted,
    name_signed,
    names,
    number_echoes,
    numbers,
    spoken,
    table_cells,
)
from commands.privacy.recognizers.name_wordforms import never_a_name

_DEFAULT = PrivacyPolicy()
MAX_SCAN = 20_000  # longer free text is scanned in full but in chunks of this size


def scan(text: str, *, field: str = "text", policy: PrivacyPolicy | None = None) -> list[Finding]:
    """Every identifying detail in ``text``, sorted by start, none overlapping."""
    if not isinstance(text, str) or not text.strip():
        return []
    policy = policy or _DEFAULT
    read, where = markup.plain(text)  # "*Tyler*'s cell is _613-555-0188_", "<at>Jo</at>"
    candidates = _read(read, where, _candidates, policy)
    masked = masks.runs(read)
    for lo, hi in masks.windows(masked, len(read)):
        inside = [(s - lo, e - lo) for s, e in masked if lo <= s < hi]
        for filled in masks.fillings(read[lo:hi], inside):
            # "né le 2009-**-14", "***-555-0142": what the number readers find once the mask
            # is filled, a name aside (a masked name is no longer one)
            candidates.extend(
                c
                for c in _read(filled, where[lo:hi], _numbers_and_contacts, policy)
                if c.kind is not Kind.NAME and masks.shows_enough(text[c.start : c.end])
            )
    allowed = _allowed_spans(text, policy) + contact.public_lines(text)
    corrected = name_corrections.corrected_words(text)  # "the 'Sandy' in the draft = Sandy Bay"
    kept = [
        c
        for c in candidates
        if not any(s <= c.start and c.end <= e for s, e in allowed)
        and not (c.kind is Kind.NAME and _names_no_one(text, c, allowed, corrected))
    ]
    return [
        Finding(c.kind, field, c.start, c.end, text[c.start : c.end], c.suggestion)
        for c in _resolve(kept)
    ]


def check(fields: Mapping[str, str], *, policy: PrivacyPolicy | None = None) -> None:
    """Raise ``PrivacyViolation`` listing every finding in every field, or return."""
    findings: list[Finding] = []
    for name, value in fields.items():
        findings.extend(scan(value, field=name, policy=policy))
    if findings:
        raise PrivacyViolation(findings)


def suggest_rewrite(text: str, findings: list[Finding]) -> str:
    """``text`` with each finding replaced by its suggestion, or removed."""
    out = text
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        if not (0 <= f.start <= f.end <= len(out)) or out[f.start : f.end] != f.text:
            continue
        out = out[: f.start] + (f.suggestion or "") + out[f.end :]
    out = re.sub(r"\(\s*[,;:]?\s*\)", "", out)
    out = re.sub(r"[ \t]+([,.;:!?)])", r"\1", out)
    out = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", out)
    out = re.sub(r"[ \t]{2,}", " ", out)
    return out.strip()


def warm_up() -> None:
    """Load the word lists and compile every pattern now rather than on the first form."""
    _lexicon.lexicon()
    scan("Warm-up: her son Tyler, 306-555-0199, 123 Main St, S7K 3J5, DOB 2009-04-12.")


def _read(
    read: str,
    where: list[int],
    readers: Callable[[str, PrivacyPolicy], list[Candidate]],
    policy: PrivacyPolicy,
) -> list[Candidate]:
    """What ``readers`` find in the note's plain text, placed back where the rep typed it."""
    out: list[Candidate] = []
    for offset in range(0, len(read), MAX_SCAN):
        chunk = read[max(0, offset - 200) : offset + MAX_SCAN]
        base = max(0, offset - 200)
        out.extend(
            c._replace(start=where[c.start + base], end=where[c.end + base - 1] + 1)
            for c in readers(chunk, policy)
            if c.end > c.start
        )
    return out


_NUMBERS_AND_CONTACTS = (
    contact,
    handles_gaming,
    addresses,
    numbers,
    dates,
    last_digits,
    spoken,
    table_cells,
    message_headers,
)


def _numbers_and_contacts(text: str, policy: PrivacyPolicy) -> list[Candidate]:
    return [c for r in _NUMBERS_AND_CONTACTS for c in r.find(text)]


def _candidates(text: str, policy: PrivacyPolicy) -> list[Candidate]:
    out = _numbers_and_contacts(text, policy)
    for recognizer in (name_scripts.find, name_hashtags.find, name_signed.find):
        out.extend(recognizer(text))
    # "six one three five five five…", "one twenty three main street": said, not written
    said = (contact.find, addresses.find, numbers.find, dates.find)
    out.extend(dictated.find(text, finders=said, dates=dates.find))
    out.extend(number_echoes.find(text, out))  # "Hodan's student # is 2208817, Amina's is …"
    out.extend(name_before_identifier.find(text, out, _lexicon.lexicon()))
    out.extend(names.find(text, _allow_tokens(policy.allow)))
    shouted = name_shouted.lowered(text)  # "SPOKE W GRANDMA PEARL": read as "grandma pearl"
    if shouted is not None:
        out.extend(names.find(shouted, _allow_tokens(policy.allow)))
    for pattern in policy.compiled_deny():
        for m in pattern.finditer(text):
            if m.end() > m.start():
                out.append(Candidate(Kind.DENIED, m.start(), m.end(), None, 95))
    return out


@functools.cache
def _allow_tokens(allow: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(t for t in (_lexicon.phrase_tokens(a) for a in allow) if t)


@functools.cache
def _allow_patterns(allow: tuple[str, ...]) -> re.Pattern[str] | None:
    phrases = sorted({a.strip() for a in allow if a.strip()}, key=len, reverse=True)
    if not phrases:
        return None
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE)


def _names_no_one(
    text: str, c: Candidate, allowed: list[tuple[int, int]], corrected: frozenset[str]
) -> bool:
    """A name candidate that touches an allowed span, is written as no name is, or is a word
    the note itself says is no one's name."""
    said = text[c.start : c.end]
    return (
        any(s < c.end and c.start < e for s, e in allowed)
        or never_a_name(text, c.start, c.end)
        or said.casefold() in corrected
    )


def _allowed_spans(text: str, policy: PrivacyPolicy) -> list[tuple[int, int]]:
    pattern = _allow_patterns(policy.allow)
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def _resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best candidate where spans overlap: higher priority, then longer."""
    ranked = sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    chosen: list[Candidate] = []
    for c in ranked:
        if all(c.end <= k.start or k.end <= c.start for k in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
