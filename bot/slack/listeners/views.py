"""Modal submissions. Validation errors must travel in the acknowledgement itself
(``response_action: errors``), so the submission is checked and stored before the
ack — the privacy guard and the checks are fast — and the reply is posted after it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.slack.modals import FORM_CALLBACK, FormContext, errors_for, form_view, message_view
from bot.slack.replies import PLATFORM, Origin, deliver
from commands.context import Hub
from commands.errors import FormInvalid, HubError, PrivacyViolation
from commands.messages import OpenForm, Reply
from commands.service import error_message, first_delivery, forget_delivery, submit_form

log = logging.getLogger(__name__)


def submission_key(view: dict[str, Any], values: dict[str, Any]) -> str:
    """Same modal, same version, same values: a double submit or a redelivery."""
    digest = hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()[:24]
    return f"slack:view:{view.get('id')}:{view.get('hash')}:{digest}"


def register(app: App, hub: Hub, *, table_code: str | None = None) -> None:
    def on_submit(ack: Ack, body: dict[str, Any], view: dict[str, Any],
                  client: WebClient) -> None:
        from bot.slack.modals import values_of

        started = time.perf_counter()
        context = FormContext.load(view.get("private_metadata"))
        values = values_of(view.get("state") or {})
        user = str((body.get("user") or {}).get("id"))
        key = submission_key(view, values)
        if not first_delivery(hub, key):
            ack()
            return
        block_ids = [str(b.get("block_id")) for b in view.get("blocks") or []]
        try:
            result = submit_form(hub, platform=PLATFORM, user_id=user,
                                 form_id=context.form_id, subject=context.subject,
                                 values=values, table_code=context.table_code or table_code)
        except (FormInvalid, PrivacyViolation) as err:
            forget_delivery(hub, key)
            ack(response_action="errors", errors=errors_for(err, block_ids))
            return
        except HubError as err:
            forget_delivery(hub, key)
            ack(response_action="update", view=message_view(error_message(err)))
            return
        log.debug("view_submission %s checked in %.0f ms", context.form_id,
                  (time.perf_counter() - started) * 1000)
        if isinstance(result, OpenForm):
            ack(response_action="update", view=form_view(result.form, context))
            return
        ack()  # closes the modal; Slack gets its answer now, the reply follows
        origin = Origin(user_id=user, channel_id=context.channel_id,
                        response_url=context.response_url, table_code=context.table_code)
        deliver(client, origin, result if isinstance(result, Reply) else Reply(result.message))

    app.view_submission(FORM_CALLBACK)(on_submit)
