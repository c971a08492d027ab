"""Neutral ``Form`` → Teams dialog (an Adaptive Card in a task module), and back.

A refused submission (form problems, privacy-guard findings) is answered with the
same dialog again: the person's entries kept, each problem under its field, and a
line saying nothing was saved. Nothing about a refused submission is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from microsoft_teams.cards import (
    AdaptiveCard,
    CardElement,
    ChoiceSetInput,
    SubmitAction,
    TextBlock,
    TextInput,
    ToggleInput,
)
from microsoft_teams.cards.core import Choice

from bot.teams.cards import attachment, card_json, message_card
from commands.messages import FieldKind, Form, FormField, FormProblem, FormValues, Message

FORM_KEY = "hubbot_form"
SUBJECT_KEY = "hubbot_subject"
TRUE, FALSE = "true", "false"
FILTER_FROM = 12  # more choices than this: a typeahead list
TYPE_TO_SEARCH = "Type a category or a factor to search"


def field_input(f: FormField, value: str | list[str] | None) -> CardElement:
    """One input; ``value`` is what the person entered before (or the initial)."""
    joined = ",".join(value) if isinstance(value, list) else value
    label = f.label + ("" if f.required else " (optional)")
    if f.kind in (FieldKind.SELECT, FieldKind.MULTISELECT):
        multi = f.kind == FieldKind.MULTISELECT
        choices = [Choice(title=o.label, value=o.value) for o in f.options]
        choices += [Choice(title=f"{g.label} – {o.label}", value=o.value)
                    for g in f.groups for o in g.options]
        # Cards 1.5 have no option groups: a long or grouped list gets Teams' typeahead
        # ("filtered", single or multi-select), so typing a category narrows to it.
        filtered = bool(f.groups) or len(choices) > FILTER_FROM
        return ChoiceSetInput(
            id=f.name, label=label, choices=choices, is_multi_select=multi or None,
            style="filtered" if filtered else "compact",
            is_required=f.required or None, value=joined or None,
            placeholder=f.hint or (TYPE_TO_SEARCH if filtered and f.groups else None),
            error_message=f"Choose {f.label.lower()}." if f.required else None, wrap=True)
    if f.kind == FieldKind.CONFIRM:
        title = f.options[0].label if f.options else (f.hint or f.label)
        return ToggleInput(id=f.name, label=f.label, title=title, value_on=TRUE,
                           value_off=FALSE, value=TRUE if joined == TRUE else FALSE,
                           is_required=f.required or None, wrap=True)
    return TextInput(
        id=f.name, label=label, is_multiline=f.kind == FieldKind.TEXTAREA or None,
        max_length=f.max_length, placeholder=f.hint, value=joined or None,
        is_required=f.required or None,
        error_message=f"Fill in {f.label.lower()}." if f.required else None)


def form_card(form: Form, values: Mapping[str, str | list[str]] | None = None,
              problems: Sequence[FormProblem] = (), *, headline: str | None = None
              ) -> dict[str, Any]:
    """The dialog's card; ``problems`` are shown under their fields."""
    names = {f.name for f in form.fields}
    body: list[CardElement] = []
    if headline:
        body.append(TextBlock(text=headline, color="Attention", weight="Bolder", wrap=True))
    body += [_problem(p.message) for p in problems if p.field not in names]
    if form.intro:
        body.append(TextBlock(text=form.intro, wrap=True))
    for f in form.fields:
        given = (values or {}).get(f.name)
        initial: str | list[str] | None = given if given is not None else list(f.initial)
        body.append(field_input(f, initial))
        body += [_problem(p.message) for p in problems if p.field == f.name]
    submit = SubmitAction(title=form.submit_label, style="positive",
                          data={FORM_KEY: form.form_id, SUBJECT_KEY: form.subject or ""})
    return card_json(AdaptiveCard(body=body, actions=[submit], fallback_text=form.title))


def _problem(text: str) -> TextBlock:
    return TextBlock(text=text, color="Attention", size="Small", wrap=True, spacing="None")


def parse_values(form: Form, data: Mapping[str, Any]) -> FormValues:
    """Submitted card data → ``FormValues`` (multi-selects arrive comma-joined)."""
    values: FormValues = {}
    for f in form.fields:
        raw = data.get(f.name)
        if raw is None:
            continue
        if f.kind == FieldKind.MULTISELECT:
            items = raw if isinstance(raw, list) else str(raw).split(",")
            values[f.name] = [str(i).strip() for i in items if str(i).strip()]
        else:
            values[f.name] = str(raw)
    return values


def submitted_values(data: Mapping[str, Any]) -> FormValues:
    """Values of a submission whose form is not at hand (every input, as sent)."""
    skip = {FORM_KEY, SUBJECT_KEY, "msteams"}
    return {k: (v if isinstance(v, list) else str(v)) for k, v in data.items() if k not in skip}


def problems_for(findings: Iterable[Any]) -> list[FormProblem]:
    """Privacy-guard findings as form problems, one per finding, under its field."""
    return [FormProblem(field=f.field, message=f.describe()) for f in findings]


def dialog_response(card: dict[str, Any], title: str, *, size: str = "large"
                    ) -> dict[str, Any]:
    """A ``task/fetch`` / ``task/submit`` answer showing a card."""
    return {"task": {"type": "continue", "value": {
        "title": title[:60], "height": size, "width": size, "card": attachment(card)}}}


def message_dialog(message: Message, title: str = "hubbot") -> dict[str, Any]:
    """A reply shown privately in a small dialog."""
    return dialog_response(message_card(message), message.title or title, size="medium")


def close_dialog() -> dict[str, Any]:
    """Answer with no body: Teams closes the dialog."""
    return {}
