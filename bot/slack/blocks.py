"""Neutral ``Message`` → Block Kit, built with ``slack_sdk.models`` so every payload is
checked against Slack's limits before it leaves the process.

A message longer than Slack allows (50 blocks) is split into several messages, and a
``Section`` (an agenda item) is never cut across two of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from commands.messages import Action, Message, Section, Style

MAX_BLOCKS = 50  # a message
SECTION_TEXT = 3000  # a section's text
FIELD_TEXT = 2000  # one field of a section
FIELDS = 10  # fields per section
HEADER_TEXT = 150
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
BUTTONS = 25  # elements of an actions block
CONTEXT_TEXT = 2000
FALLBACK_TEXT = 3000  # notification text; Slack's hard limit is far higher
ACTION_PREFIX = "hub:"  # action ids of buttons that run a command


def clip(text: str, limit: int) -> str:
    """Shorten to ``limit`` characters with an ellipsis, so a limit is never an error."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def chunks(text: str, limit: int) -> Iterator[str]:
    """Split long text on line breaks (or hard, for one enormous line)."""
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                yield current
                current = ""
            yield line[:limit]
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            yield current
            current = line
        else:
            current = candidate
    if current:
        yield current


def escape(text: str) -> str:
    """Slack's three control characters; the core writes plain text and `code`."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def button(action: Action, index: int) -> ButtonElement:
    style = None if action.style is Style.DEFAULT else action.style.value
    return ButtonElement(
        text=PlainTextObject(text=clip(action.label, BUTTON_TEXT), emoji=True),
        action_id=f"{ACTION_PREFIX}{index}",
        value=clip(action.command, BUTTON_VALUE),
        style=style,
    )


def section_blocks(section: Section, start_action: int = 0) -> list[Block]:
    """The blocks of one section: text, facts as fields, items as a list, buttons."""
    blocks: list[Block] = []
    parts = []
    if section.heading:
        parts.append(f"*{escape(section.heading)}*")
    if section.text:
        parts.append(escape(section.text))
    if section.items:
        parts.append("\n".join(f"• {escape(item)}" for item in section.items))
    base = section.key
    for i, text in enumerate(chunks("\n".join(parts), SECTION_TEXT)):
        block_id = f"s:{base}:{i}" if base else None
        blocks.append(SectionBlock(text=MarkdownTextObject(text=text), block_id=block_id))
    facts = [
        MarkdownTextObject(text=clip(f"*{escape(f.label)}*\n{escape(f.value)}", FIELD_TEXT))
        for f in section.facts
    ]
    for i in range(0, len(facts), FIELDS):
        blocks.append(SectionBlock(fields=facts[i : i + FIELDS]))
    buttons = [button(a, start_action + n) for n, a in enumerate(section.actions)]
    for i in range(0, len(buttons), BUTTONS):
        block_id = f"a:{base}:{i}" if base else None
        blocks.append(ActionsBlock(elements=buttons[i : i + BUTTONS], block_id=block_id))
    return blocks


def render(message: Message) -> list[list[Block]]:
    """Blocks of each Slack message the neutral message needs (usually one)."""
    groups: list[list[Block]] = []
    index = 0
    for section in message.sections:
        blocks = section_blocks(section, index)
        index += len(section.actions)
        if blocks:
            groups.append(blocks)
    head: list[Block] = []
    if message.title:
        head.append(HeaderBlock(text=PlainTextObject(text=clip(message.title, HEADER_TEXT))))
    tail: list[Block] = []
    if message.context:
        text = clip(escape(message.context), CONTEXT_TEXT)
        tail.append(ContextBlock(elements=[MarkdownTextObject(text=text)]))
    return pack(head, groups, tail)


def pack(head: list[Block], groups: Iterable[list[Block]], tail: list[Block]) -> list[list[Block]]:
    """Fill messages group by group; a group only moves whole to the next message
    (unless it alone is larger than a message, which no core message is)."""
    parts: list[list[Block]] = [list(head)]
    for group in groups:
        if len(parts[-1]) + len(group) > MAX_BLOCKS and parts[-1]:
            parts.append([])
        for block in group:
            if len(parts[-1]) == MAX_BLOCKS:
                parts.append([])
            parts[-1].append(block)
    if tail:
        if len(parts[-1]) + len(tail) > MAX_BLOCKS:
            parts.append([])
        parts[-1].extend(tail)
    return [p for p in parts if p] or [[SectionBlock(text=PlainTextObject(text=" "))]]


def fallback(message: Message, part: int = 0, total: int = 1) -> str:
    """The notification text Slack shows where blocks are not drawn."""
    text = message.summary if total == 1 else f"{message.summary} ({part + 1}/{total})"
    return clip(escape(text), FALLBACK_TEXT)


def payloads(message: Message) -> list[dict[str, Any]]:
    """``{"text": …, "blocks": […]}`` for each Slack message, validated."""
    parts = render(message)
    out = []
    for i, blocks in enumerate(parts):
        for block in blocks:
            block.validate_json()
        out.append({"text": fallback(message, i, len(parts)),
                    "blocks": [b.to_dict() for b in blocks]})
    return out
