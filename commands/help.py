"""``help``: what this member can do here, for their roles."""

from __future__ import annotations

from commands.context import Ctx
from commands.messages import Message, Reply, Response, Section
from commands.registry import CommandSpec, all_commands

INLINE = (
    'Forms can be filled inline, e.g. `raise type=individual age=16-17 gender=female '
    'risks=mental_health.suspected,housing.at_risk text="Youth not attending school, '
    'staying with friends" confirm=yes` · `accept PA-2026-014 lead=POL assist=MHA,SCH` · '
    '`reject PA-2026-014 reason=single_agency` · `close PA-2026-014 '
    'conclusion=lowered_connected`. Lists are comma-separated; codes are shown in the forms.'
)


def help_command(ctx: Ctx, rest: str) -> Response:
    seen: set[str] = set()
    lines = []
    for spec in all_commands().values():
        if spec.name in seen or spec.hidden:
            continue
        seen.add(spec.name)
        if spec.roles and not any(ctx.member.has(r) for r in spec.roles):
            continue
        lines.append(f"`{spec.usage}` — {spec.summary}")
    roles = ", ".join(ctx.member.roles) or "no role"
    agency = ctx.agency()
    who = f"{ctx.member.display_name} ({agency.name if agency else 'no agency'}; {roles})"
    return Reply(Message(
        summary=f"hubbot help for {who}",
        title=f"hubbot — {ctx.table.name}",
        sections=(Section(text=f"You are {who}."), Section(items=tuple(lines)),
                  Section(text=INLINE)),
    ))


COMMANDS = [CommandSpec("help", "help", "this list", help_command, aliases=("?",))]
