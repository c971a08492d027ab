"""Neutral messages and forms drawn as terminal text."""

from __future__ import annotations

import textwrap

from commands.errors import FormInvalid, HubError, PrivacyViolation
from commands.messages import FieldKind, Form, FormField, Message

WIDTH = 88


def _wrap(text: str, indent: str = "  ") -> list[str]:
    out: list[str] = []
    for para in text.splitlines() or [""]:
        out.extend(textwrap.wrap(para, WIDTH, initial_indent=indent,
                                 subsequent_indent=indent) or [indent.rstrip()])
    return out


def message_lines(message: Message) -> list[str]:
    lines: list[str] = []
    if message.title:
        lines.append(f"  {message.title}")
    for section in message.sections:
        if section.heading:
            lines.append(f"  ▸ {section.heading}")
        if section.text:
            lines.extend(_wrap(section.text, "    " if section.heading else "  "))
        for fact in section.facts:
            lines.extend(_wrap(f"{fact.label}: {fact.value}", "    "))
        for item in section.items:
            lines.extend(_wrap(f"• {item}", "    "))
        if section.actions:
            buttons = "  ".join(f"[{a.label} → `{a.command}`]" for a in section.actions)
            lines.extend(_wrap(buttons, "    "))
    if message.context:
        lines.extend(_wrap(message.context))
    if not lines:
        lines.extend(_wrap(message.summary))
    return lines


def error_lines(err: HubError) -> list[str]:
    if isinstance(err, FormInvalid):
        return ["  ✗ Please correct the form:"] + [
            f"    {p.field}: {p.message}" for p in err.problems
        ]
    if isinstance(err, PrivacyViolation):
        lines = ["  ✗ Nothing was saved: this text may identify someone."]
        for f in err.findings:
            lines.extend(_wrap(f.describe(), "    "))
        if err.hint:
            lines.append(f"  {err.hint}")
        return lines
    return [f"  ✗ {line}" if i == 0 else f"    {line}"
            for i, line in enumerate(err.user_text().splitlines())]


def form_header(form: Form) -> list[str]:
    lines = [f"  ┌ {form.title}"]
    if form.intro:
        lines.append(f"  │ {form.intro}")
    return lines


def field_prompt(field: FormField) -> list[str]:
    """The question for one field, with its choices numbered."""
    need = "" if field.required else " (optional, Enter to skip)"
    lines = [f"  │ {field.label}{need}"]
    if field.hint:
        lines.append(f"  │   {field.hint}")
    if field.kind in (FieldKind.SELECT, FieldKind.MULTISELECT, FieldKind.CONFIRM):
        n = 0
        groups = field.groups or ()
        if groups:
            # One wrapped paragraph per group keeps ~130 risk factors on one screen.
            for g in groups:
                entries = []
                for o in g.options:
                    n += 1
                    entries.append(f"{n}\u00a0{o.label}")  # number and label stay together
                lines.extend(textwrap.wrap(f"{g.label}: " + " · ".join(entries), WIDTH,
                                           initial_indent="  │   ",
                                           subsequent_indent="  │       "))
        else:
            for o in field.options:
                n += 1
                lines.append(f"  │     {n:>3}. {o.label}  [{o.value}]")
        how = {FieldKind.SELECT: "one number or code",
               FieldKind.MULTISELECT: "numbers or codes, comma-separated"
               + (" (codes are category.factor, e.g. housing.at_risk)" if groups else ""),
               FieldKind.CONFIRM: "yes to confirm"}[field.kind]
        lines.append(f"  │   ({how})")
    return lines


def answer_values(field: FormField, answer: str) -> str | list[str]:
    """Turn numbers typed at a prompt into option codes; codes pass through."""
    options = field.all_options()
    if field.kind in (FieldKind.TEXT, FieldKind.TEXTAREA):
        return answer
    if field.kind == FieldKind.CONFIRM:
        return "yes" if answer.strip().lower() in ("y", "yes", "1", "oui") else answer
    picked = []
    for part in (p.strip() for p in answer.split(",")):
        if part.isdigit() and 1 <= int(part) <= len(options):
            picked.append(options[int(part) - 1].value)
        elif part:
            picked.append(part)
    return picked if field.kind == FieldKind.MULTISELECT else ",".join(picked)
