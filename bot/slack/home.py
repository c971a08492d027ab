"""The App Home tab: the ``home`` use case (the member's agency's open situations, the
next meeting, the agency's pending reminders) drawn as a Home view."""

from __future__ import annotations

from slack_sdk.models.blocks import Block, DividerBlock, HeaderBlock, PlainTextObject
from slack_sdk.models.views import View

from bot.slack.blocks import render
from commands.context import Hub
from commands.errors import HubError
from commands.messages import Message, Reply
from commands.service import error_message, run_command

PLATFORM = "slack"
HOME_BLOCKS = 100


def home_message(hub: Hub, user_id: str, table_code: str | None) -> Message:
    try:
        result = run_command(hub, platform=PLATFORM, user_id=user_id, text="home",
                             table_code=table_code)
    except HubError as err:
        return error_message(err)
    assert isinstance(result, Reply)
    return result.message


def home_view(hub: Hub, user_id: str, table_code: str | None = None) -> View:
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text="hubbot")), DividerBlock()]
    blocks.extend(b for chunk in render(home_message(hub, user_id, table_code)) for b in chunk)
    view = View(type="home", blocks=blocks[:HOME_BLOCKS])
    view.validate_json()
    return view
