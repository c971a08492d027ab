"""Neutral ``Form`` ↔ Slack modal: the view to open, the values submitted, the
errors to show next to each field (``response_action: errors``).

Long option lists (the risk-factor catalog) become external selects served by
``block_suggestion``, so Slack's 100-option limit is never reached.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    CheckboxesElement,
    ContextBlock,
    ExternalDataMultiSelectElement,
    ExternalDataSelectElement,
    InputBlock,
    InputInteractiveElement,
    MarkdownTextObject,
    PlainTextInputElement,
    PlainTextObject,
    StaticMultiSelectElement,
    StaticSelectElement,
)
from slack_sdk.models.blocks import (
    Option as SlackOption,
)
from slack_sdk.models.blocks import (
    OptionGroup as SlackOptionGroup,
)
from slack_sdk.models.views import View

from bot.slack.blocks import clip, payloads
from commands.errors import FormInvalid, HubError, PrivacyViolation
from commands.messages import FieldKind, Form, FormField, FormValues, Message, Option, OptionGroup

FORM_CALLBACK = "hub:form"
MODAL_TITLE = 24
OPTION_TEXT = 75
OPTION_VALUE = 150
STATIC_OPTIONS = 100  # beyond this, options come from block_suggestion
ERROR_TEXT = 1000
VALUE_ACTION = "v"
FIELD_PREFIX = "f:"


@dataclass(frozen=True)
class FormContext:
    """What a submission needs besides its values, kept in ``private_metadata``."""

    form_id: str
    subject: str | None = None
    channel_id: str | None = None
    table_code: str | None = None
    response_url: str | None = None  # of the slash command: lets the reply go back there

    def dump(self) -> str:
        return json.dumps({"f": self.form_id, "s": self.subject, "c": self.channel_id,
                           "t": self.table_code, "r": self.response_url},
                          separators=(",", ":"))

    @classmethod
    def load(cls, raw: str | None) -> FormContext:
        data = json.loads(raw or "{}")
        return cls(form_id=str(data.get("f", "")), subject=data.get("s"),
                   channel_id=data.get("c"), table_code=data.get("t"),
                   response_url=data.get("r"))


def slack_option(option: Option) -> SlackOption:
    return SlackOption(value=option.value[:OPTION_VALUE], text=clip(option.label, OPTION_TEXT))


def slack_groups(groups: Iterable[OptionGroup], limit: int = STATIC_OPTIONS,
                 ) -> list[SlackOptionGroup]:
    """Option groups with at most ``limit`` options in all (Slack's cap per menu)."""
    out: list[SlackOptionGroup] = []
    left = limit
    for group in groups:
        options = [slack_option(o) for o in group.options[:left]]
        if options:
            out.append(SlackOptionGroup(label=clip(group.label, OPTION_TEXT), options=options))
        left -= len(options)
        if left <= 0:
            break
    return out


def _element(f: FormField) -> InputInteractiveElement:
    options = f.all_options()
    initial = [o for o in options if o.value in f.initial]
    big = len(options) > STATIC_OPTIONS
    placeholder = clip(f"Choose {f.label.lower()}", 150)
    if f.kind is FieldKind.SELECT:
        if big:
            return ExternalDataSelectElement(
                action_id=VALUE_ACTION, placeholder=placeholder, min_query_length=0,
                initial_option=slack_option(initial[0]) if initial else None)
        return StaticSelectElement(
            action_id=VALUE_ACTION, placeholder=placeholder,
            options=None if f.groups else [slack_option(o) for o in options],
            option_groups=slack_groups(f.groups) if f.groups else None,
            initial_option=slack_option(initial[0]) if initial else None)
    if f.kind is FieldKind.MULTISELECT:
        chosen = [slack_option(o) for o in initial] or None
        if big:
            return ExternalDataMultiSelectElement(
                action_id=VALUE_ACTION, placeholder=placeholder, min_query_length=0,
                initial_options=chosen)
        return StaticMultiSelectElement(
            action_id=VALUE_ACTION, placeholder=placeholder,
            options=None if f.groups else [slack_option(o) for o in options],
            option_groups=slack_groups(f.groups) if f.groups else None,
            initial_options=chosen)
    if f.kind is FieldKind.CONFIRM:
        box = options or (Option("yes", f.label),)
        return CheckboxesElement(action_id=VALUE_ACTION, options=[slack_option(o) for o in box],
                                 initial_options=[slack_option(o) for o in initial] or None)
    return PlainTextInputElement(
        action_id=VALUE_ACTION, multiline=f.kind is FieldKind.TEXTAREA,
        max_length=f.max_length, initial_value=" ".join(f.initial) or None)


def field_block(f: FormField) -> InputBlock:
    return InputBlock(
        block_id=FIELD_PREFIX + f.name, label=clip(f.label, 2000), element=_element(f),
        optional=not f.required, hint=clip(f.hint, 2000) if f.hint else None)


def form_view(form: Form, context: FormContext) -> View:
    blocks: list[Block] = []
    if form.intro:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=clip(form.intro, 2000))]))
    blocks.extend(field_block(f) for f in form.fields)
    view = View(
        type="modal", callback_id=FORM_CALLBACK, title=clip(form.title, MODAL_TITLE),
        submit=clip(form.submit_label, MODAL_TITLE), close="Cancel",
        private_metadata=context.dump(), blocks=blocks[:100])
    view.validate_json()
    return view


def message_view(message: Message, title: str = "hubbot") -> View:
    """A modal that only shows a message (a refusal, a confirmation)."""
    blocks: list[Any] = [b for p in payloads(message) for b in p["blocks"]][:100]
    view = View(type="modal", title=clip(message.title or title, MODAL_TITLE), close="Close",
                blocks=blocks)
    view.validate_json()
    return view


def loading_view(title: str) -> View:
    """Opened at once on the trigger (valid 3 s) while the real form is prepared."""
    return View(type="modal", title=clip(title, MODAL_TITLE), close="Cancel",
                blocks=[ContextBlock(elements=[PlainTextObject(text="Loading…")])])


def values_of(state: Mapping[str, Any]) -> FormValues:
    """``view.state.values`` → the neutral values by field name."""
    values: FormValues = {}
    for block_id, actions in (state.get("values") or {}).items():
        if not block_id.startswith(FIELD_PREFIX):
            continue
        name = block_id[len(FIELD_PREFIX):]
        element: dict[str, Any] = actions.get(VALUE_ACTION) or next(iter(actions.values()), {})
        kind = element.get("type")
        if kind in ("static_select", "external_select"):
            chosen = element.get("selected_option")
            values[name] = chosen["value"] if chosen else ""
        elif kind in ("multi_static_select", "multi_external_select", "checkboxes"):
            values[name] = [o["value"] for o in element.get("selected_options") or []]
        else:
            values[name] = element.get("value") or ""
    return values


def errors_for(err: HubError, block_ids: Sequence[str]) -> dict[str, str]:
    """Errors keyed by block id; problems with no field of their own go on the first
    field, because Slack refuses errors for blocks that are not in the view."""
    fields = [b for b in block_ids if b.startswith(FIELD_PREFIX)]
    if isinstance(err, FormInvalid):
        pairs = [(p.field, p.message) for p in err.problems]
    elif isinstance(err, PrivacyViolation):
        pairs = [(f.field, f.describe()) for f in err.findings]
    else:
        pairs = [("", err.user_text())]
    out: dict[str, str] = {}
    for name, text in pairs:
        block = FIELD_PREFIX + name
        if block not in fields:
            block = fields[0] if fields else ""
        if not block:
            continue
        out[block] = f"{out[block]}\n{text}" if block in out else text
    if isinstance(err, PrivacyViolation) and err.hint:
        out = {k: f"{v}\n{err.hint}" for k, v in out.items()}
    return {k: clip(v, ERROR_TEXT) for k, v in out.items()}
