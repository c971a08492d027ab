"""``block_suggestion``: the options of an external select (long catalogs), grouped
and capped at Slack's 100 per menu. The options travel in the ack, so this is sync."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App

from bot.slack.modals import FIELD_PREFIX, VALUE_ACTION, FormContext, slack_groups
from bot.slack.replies import PLATFORM
from commands.context import Hub
from commands.errors import HubError
from commands.service import field_options

log = logging.getLogger(__name__)


def register(app: App, hub: Hub, *, table_code: str | None = None) -> None:
    def suggest(ack: Ack, body: dict[str, Any]) -> None:
        view = body.get("view") or {}
        context = FormContext.load(view.get("private_metadata"))
        block_id = str(body.get("block_id") or "")
        try:
            groups = field_options(
                hub, platform=PLATFORM, user_id=str((body.get("user") or {}).get("id")),
                form_id=context.form_id, field=block_id.removeprefix(FIELD_PREFIX),
                query=str(body.get("value") or ""),
                table_code=context.table_code or table_code)
        except HubError as err:
            log.info("no options for %s: %s", block_id, err)
            groups = []
        found = slack_groups(groups)
        if found:
            ack(option_groups=[g.to_dict() for g in found])
        else:
            ack(options=[])

    app.options(VALUE_ACTION)(suggest)
