"""Dialogs (task modules): card buttons open one, forms are filled in one.

``task/fetch`` carries a button's command: a command that needs a form answers
with the form, any other answers privately in the dialog (and, when its reply is
for the table, in the conversation too, posted after the response). Teams expects
both invokes answered in their HTTP response, so they stay synchronous; they only
touch the database. ``task/submit`` hands the form to the
core; form problems and privacy findings come back in the same dialog with the
person's entries kept, and nothing is stored.
"""

from __future__ import annotations

from typing import Any

from microsoft_teams.api import InvokeResponse
from microsoft_teams.api.activities.invoke.task.task_fetch import TaskFetchInvokeActivity
from microsoft_teams.api.activities.invoke.task.task_submit import TaskSubmitInvokeActivity
from microsoft_teams.apps import ActivityContext

from bot.teams.cards import COMMAND_KEY
from bot.teams.dialogs import (
    FORM_KEY,
    SUBJECT_KEY,
    dialog_response,
    form_card,
    message_dialog,
    problems_for,
    submitted_values,
)
from bot.teams.replies import Turn, conversation_type, post, wire
from bot.teams.runtime import TeamsBot
from commands.errors import FormInvalid, HubError, PrivacyViolation
from commands.messages import (
    FieldKind,
    Form,
    FormProblem,
    FormValues,
    OpenForm,
    Reply,
    Response,
    Visibility,
)
from commands.service import error_message, run_command, submit_form

MULTI_KEY = "hubbot_multi"
NOTHING_SAVED = "Nothing was saved. Correct what is marked below, then submit again."


def _data(ctx: ActivityContext[Any]) -> dict[str, Any]:
    value = wire(ctx).get("value") or {}
    data = value.get("data") if isinstance(value, dict) else None
    return data if isinstance(data, dict) else {}


def open_form(form: Form, command: str, values: FormValues | None = None,
              problems: list[FormProblem] | None = None) -> dict[str, Any]:
    card = form_card(form, values, problems or (),
                     headline=NOTHING_SAVED if problems else None)
    submit = card["actions"][0]["data"]
    submit[COMMAND_KEY] = command
    submit[MULTI_KEY] = [f.name for f in form.fields if f.kind == FieldKind.MULTISELECT]
    return dialog_response(card, form.title)


def _command(bot: TeamsBot, activity: dict[str, Any], text: str) -> Response:
    bot.remember_now(activity)
    return run_command(bot.hub, platform="teams", user_id=bot.user_id_now(activity),
                       text=text, table_code=bot.table_code_now(activity))


async def _run(bot: TeamsBot, activity: dict[str, Any], text: str) -> Response:
    return await bot.in_dialog_lane(lambda: _command(bot, activity, text))


async def _show(bot: TeamsBot, ctx: ActivityContext[Any], result: Response,
                command: str) -> dict[str, Any]:
    """The dialog's answer; a reply for the table is posted after the response."""
    if isinstance(result, OpenForm):
        return open_form(result.form, command)
    if result.visibility == Visibility.TABLE and conversation_type(ctx) != "personal":
        turn, message = Turn(wire(ctx)), result.message
        await bot.work.submit(f"table post for activity {ctx.activity.id}",
                              lambda: post(bot, turn, message))
    return message_dialog(result.message)


async def fetch(bot: TeamsBot, ctx: ActivityContext[TaskFetchInvokeActivity]
                ) -> dict[str, Any]:
    activity = wire(ctx)
    command = str(_data(ctx).get(COMMAND_KEY) or "help")
    try:
        result = await _run(bot, activity, command)
    except HubError as err:
        return message_dialog(error_message(err))
    return await _show(bot, ctx, result, command)


def parse(data: dict[str, Any]) -> FormValues:
    multi = set(data.get(MULTI_KEY) or ())
    values = submitted_values({k: v for k, v in data.items()
                               if k not in (COMMAND_KEY, MULTI_KEY)})
    for name in multi:
        raw = values.get(name)
        if isinstance(raw, str):
            values[name] = [v.strip() for v in raw.split(",") if v.strip()]
    return values


async def submit(bot: TeamsBot, ctx: ActivityContext[TaskSubmitInvokeActivity]
                 ) -> dict[str, Any]:
    activity = wire(ctx)
    data = _data(ctx)
    form_id = str(data.get(FORM_KEY) or "")
    command = str(data.get(COMMAND_KEY) or form_id)
    values = parse(data)
    subject = str(data.get(SUBJECT_KEY) or "") or None

    def store() -> Response:  # one trip to a thread: the dialog waits for it
        return submit_form(bot.hub, platform="teams", user_id=bot.user_id_now(activity),
                           form_id=form_id, subject=subject, values=values,
                           table_code=bot.table_code_now(activity))

    problems: list[FormProblem]
    try:
        result = await bot.in_dialog_lane(store)
    except PrivacyViolation as err:
        problems = problems_for(err.findings)
    except FormInvalid as err:
        problems = list(err.problems)
    except HubError as err:
        return message_dialog(error_message(err))
    else:
        return await _show(bot, ctx, result, command)
    try:
        again = await _run(bot, activity, command)
    except HubError as err:
        return message_dialog(error_message(err))
    if not isinstance(again, OpenForm):
        return message_dialog(Reply(error_message(FormInvalid(problems))).message)
    return open_form(again.form, command, values, problems)


def register(bot: TeamsBot) -> None:
    async def on_open(ctx: ActivityContext[TaskFetchInvokeActivity]) -> InvokeResponse[Any]:
        return InvokeResponse[Any](status=200, body=await fetch(bot, ctx))

    async def on_submit(ctx: ActivityContext[TaskSubmitInvokeActivity]) -> InvokeResponse[Any]:
        return InvokeResponse[Any](status=200, body=await submit(bot, ctx))

    bot.app.on_dialog_open(on_open)
    bot.app.on_dialog_submit(on_submit)
