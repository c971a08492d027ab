"""The shell session: act as any member, type commands, fill forms at prompts, and
move a simulated clock so agendas and reminders appear without waiting.

Input comes from any iterator of lines (the keyboard or a script), so a script can
answer form prompts exactly as a person would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

from sqlmodel import select

from bot.shell.render import answer_values, error_lines, field_prompt, form_header, message_lines
from bot.shell.sender import ShellSender
from commands import service
from commands.context import Hub
from commands.errors import HubError
from commands.messages import FormValues, OpenForm, Reply, Response
from commands.ports import FrozenClock
from commands.timefmt import fmt_datetime, parse_duration
from models import HubTable, Member
from models.db import new_session
from scheduler.outbox import deliver_due, undelivered
from scheduler.sweep import next_due, sweep_table, table_ids

PLATFORM = "shell"
META_HELP = """  Shell commands (everything else is a hubbot command, as typed after /hub):
    :as NAME        act as member NAME (see :who)
    :who            the members of the table
    :now            the simulated time
    :advance 26h    move the clock forward (also 1d, 90m, 1d 6h), doing all due work
    :outbox         messages not delivered yet
    :help           this text
    :quit           leave"""


class ShellSession:
    def __init__(self, hub: Hub, clock: FrozenClock, out: Callable[[str], None],
                 *, user: str | None = None, echo: bool = False) -> None:
        self.hub = hub
        self.clock = clock
        self.out = out
        self.user = user
        self.echo = echo
        self.sender = ShellSender(out)
        hub.wake_outbox = self.deliver

    # -- the loop ---------------------------------------------------------------
    def run(self, lines: Iterator[str], prompt: Callable[[str], None] | None = None) -> None:
        while True:
            if prompt is not None:
                prompt(f"{self.user or '?'}> ")
            try:
                line = next(lines)
            except StopIteration:
                return
            if not self.handle(line, lines, prompt):
                return

    def handle(self, line: str, lines: Iterator[str],
               prompt: Callable[[str], None] | None = None) -> bool:
        """Handle one input line; False when the person asked to quit."""
        line = line.strip()
        if not line or line.startswith("#"):
            return True
        if self.echo:
            self.out(f"{self.user or '?'}> {line}")
        if line.startswith(":"):
            return self._meta(line)
        if self.user is None:
            self.out("  Choose who you are first: `:as NAME` (`:who` lists the members).")
            return True
        try:
            response = service.run_command(self.hub, platform=PLATFORM, user_id=self.user,
                                           text=line)
            self._show(response, lines, prompt)
        except HubError as err:
            self.out("\n".join(error_lines(err)))
        self.deliver()
        return True

    def _show(self, response: Response, lines: Iterator[str],
              prompt: Callable[[str], None] | None) -> None:
        while isinstance(response, OpenForm):
            response = self._fill(response, lines, prompt)
        assert isinstance(response, Reply)
        who = "(only you see this)" if response.visibility == "private" else "(to everyone here)"
        self.out("\n".join([f"  hubbot {who}:", *message_lines(response.message)]))

    def _fill(self, opened: OpenForm, lines: Iterator[str],
              prompt: Callable[[str], None] | None) -> Response:
        """Ask each field in turn; on problems, show them and ask again."""
        form = opened.form
        self.out("\n".join(form_header(form)))
        values: FormValues = {}
        while True:
            for f in form.fields:
                if f.name in values:
                    continue
                self.out("\n".join(field_prompt(f)))
                if prompt is not None:
                    prompt("  │ > ")
                try:
                    answer = next(lines).strip()
                except StopIteration:
                    raise HubError("The form was left unfinished; nothing was saved.") from None
                if self.echo:
                    self.out(f"  │ > {answer}")
                if answer == ":cancel":
                    raise HubError("Form cancelled; nothing was saved.")
                if answer:
                    values[f.name] = answer_values(f, answer)
            try:
                return service.submit_form(self.hub, platform=PLATFORM, user_id=self.user or "",
                                           form_id=form.form_id, subject=form.subject,
                                           values=values)
            except HubError as err:
                self.out("\n".join(error_lines(err)))
                bad = {p.field for p in getattr(err, "problems", [])}
                bad |= {f.field for f in getattr(err, "findings", [])}
                if not bad:
                    raise
                self.out("  │ Answer those fields again (:cancel to give up).")
                for name in bad:
                    values.pop(name, None)

    # -- meta commands ----------------------------------------------------------
    def _meta(self, line: str) -> bool:
        word, _, arg = line[1:].partition(" ")
        word = word.lower()
        if word in ("quit", "q", "exit"):
            return False
        if word == "as":
            self._as(arg.strip())
        elif word == "who":
            self.out("\n".join(self._who()))
        elif word == "now":
            self.out(f"  It is {self._local(self.clock.now())}.")
        elif word == "advance":
            try:
                self.advance(parse_duration(arg))
            except HubError as err:
                self.out("\n".join(error_lines(err)))
        elif word == "outbox":
            self._outbox()
        else:
            self.out(META_HELP)
        return True

    def _as(self, name: str) -> None:
        with new_session(self.hub.engine) as session:
            member = session.exec(select(Member).where(
                Member.platform == PLATFORM, Member.user_id == name)).first()
        if member is None:
            self.out(f"  No shell member `{name}`. " + "Members: " +
                     ", ".join(line.split()[0] for line in self._who()[1:]))
            return
        self.user = name
        self.out(f"  You are now {member.display_name} ({', '.join(member.roles)}).")

    def _who(self) -> list[str]:
        with new_session(self.hub.engine) as session:
            members = session.exec(select(Member).where(Member.platform == PLATFORM,
                                                        Member.active)).all()
            from models import Agency

            agencies = {a.id: a.name for a in session.exec(select(Agency)).all()}
        return ["  Members:"] + [
            f"    {m.user_id:<12} {m.display_name} — {agencies.get(m.agency_id, 'no agency')}"
            f" ({', '.join(m.roles)})" for m in members]

    def _local(self, when: datetime) -> str:
        with new_session(self.hub.engine) as session:
            table = session.exec(select(HubTable)).first()
        if table is None:
            return when.isoformat()
        from zoneinfo import ZoneInfo

        return fmt_datetime(when, ZoneInfo(table.timezone))

    def _outbox(self) -> None:
        with new_session(self.hub.engine) as session:
            rows = undelivered(session)
        if not rows:
            self.out("  Everything has been delivered.")
        for r in rows:
            self.out(f"  #{r.id} {r.status} {r.platform} {r.target_kind} {r.address} "
                     f"attempts={r.attempts} {r.last_error or ''}")

    # -- time -------------------------------------------------------------------
    def advance(self, delta: timedelta) -> None:
        """Move the clock, stopping at each moment work falls due, in order."""
        target = self.clock.now() + delta
        stalled = False
        for _ in range(10_000):
            moments = [t for t in (next_due(self.hub.engine, tid, self.clock.now())
                                   for tid in table_ids(self.hub.engine)) if t is not None]
            step = min(moments) if moments else None
            if step is None or step > target:
                break
            if step > self.clock.now():
                self.clock.set(step)
            elif stalled:
                break
            stalled = self.sweep(announce=True) == 0
        self.clock.set(target)
        self.sweep()
        self.out(f"  It is now {self._local(target)}.")

    def sweep(self, *, announce: bool = False) -> int:
        """Run due work at the current simulated time; returns how much was done."""
        done = 0
        for tid in table_ids(self.hub.engine):
            report = sweep_table(self.hub.engine, tid, self.clock.now())
            done += report.agendas + report.reminders + report.expired + report.purged
        if done and announce:
            self.out(f"⏱  {self._local(self.clock.now())}")
        self.deliver()
        return done

    def deliver(self) -> None:
        deliver_due(self.hub.engine, {PLATFORM: self.sender}, self.clock.now())
