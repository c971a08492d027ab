"""Posts to the terminal: every message the bot sends, labelled with its destination."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot.shell.render import message_lines
from commands.ports import Delivery

LABELS = {
    "table": "table channel",
    "agency": "agency channel",
    "member": "direct message to",
    "filter4": "filter-4 space",
    "filter4_open": "filter-4 space opened",
    "filter4_archive": "filter-4 space archived",
}


@dataclass
class Post:
    """One delivered message, kept so tests and scripts can check who got what."""

    target_kind: str
    address: str
    summary: str
    text: str
    replaced: str | None
    members: tuple[str, ...]


@dataclass
class ShellSender:
    """A ``Sender`` for platform ``shell`` that writes to ``out``."""

    out: Callable[[str], None]
    posts: list[Post] = field(default_factory=list)

    def send(self, delivery: Delivery) -> str:
        label = LABELS.get(delivery.target_kind, delivery.target_kind)
        note = " (updated in place)" if delivery.previous and delivery.target_kind in (
            "table", "agency") else ""
        head = f"── {label} {delivery.address}{note}"
        if delivery.members:
            head += f" — members: {', '.join(delivery.members)}"
        body = message_lines(delivery.message)
        self.out("\n".join([head, *body]))
        self.posts.append(Post(delivery.target_kind, delivery.address, delivery.message.summary,
                               "\n".join(body), delivery.previous, delivery.members))
        if delivery.target_kind == "filter4_open":
            return f"space:{delivery.address}"
        return f"shell-{len(self.posts)}"
