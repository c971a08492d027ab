"""Queueing outgoing messages in the outbox, in the caller's transaction.

A notice is persisted before anything is sent, so a platform outage loses nothing;
the dispatcher (``scheduler.outbox``) delivers it with retries and pacing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlmodel import Session, col, select, update

from commands.messages import Message
from models import Agency, HubTable, Member, OutboxMessage

QUEUED = "hubbot.queued"  # session.info flag: this transaction queued messages
# Messages updated in place under their replace_key (agenda parts). For filter-4 rows
# the replace_key only locates the private space: every one of them must be sent.
IN_PLACE = frozenset({"table", "agency"})


def enqueue(
    session: Session,
    *,
    table_id: int | None,
    platform: str,
    target_kind: str,
    address: str,
    message: Message,
    now: datetime,
    dedupe_key: str | None = None,
    replace_key: str | None = None,
    members: Sequence[str] = (),
) -> OutboxMessage | None:
    """Queue one message; a ``dedupe_key`` seen before queues nothing."""
    if dedupe_key is not None:
        seen = session.exec(
            select(OutboxMessage.id).where(OutboxMessage.dedupe_key == dedupe_key)
        ).first()
        if seen is not None:
            return None
    if replace_key is not None and target_kind in IN_PLACE:
        # A newer version of a message makes queued older versions pointless.
        session.execute(
            update(OutboxMessage)
            .where(col(OutboxMessage.replace_key) == replace_key,
                   col(OutboxMessage.status) == "pending")
            .values(status="superseded")
        )
    row = OutboxMessage(
        table_id=table_id,
        platform=platform,
        target_kind=target_kind,
        address=address,
        payload={"message": message.to_json(), "members": list(members)},
        dedupe_key=dedupe_key,
        replace_key=replace_key,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    session.info[QUEUED] = True
    return row


def _key(base: str | None, *parts: object) -> str | None:
    return None if base is None else ":".join([base, *map(str, parts)])


def to_table(
    session: Session, table: HubTable, message: Message, *, now: datetime,
    key: str | None = None, replace_key: str | None = None,
) -> None:
    """Post to the table channel on each platform the table names."""
    for target in table.channels:
        enqueue(
            session, table_id=table.id, platform=target["platform"], target_kind="table",
            address=target["address"], message=message, now=now,
            dedupe_key=_key(key, target["platform"], target["address"]),
            replace_key=_key(replace_key, target["platform"], target["address"]),
        )


def to_member(
    session: Session, member: Member, message: Message, *, now: datetime, key: str | None = None
) -> None:
    """A direct message to a member, on the member's own platform."""
    enqueue(
        session, table_id=member.table_id, platform=member.platform, target_kind="member",
        address=member.user_id, message=message, now=now,
        dedupe_key=_key(key, "dm", member.platform, member.user_id),
    )


def to_agency(
    session: Session, agency: Agency, message: Message, *, now: datetime,
    reps: Iterable[Member] = (), key: str | None = None, dm_always: bool = False,
) -> None:
    """Post to the agency's channels; direct messages to ``reps`` too when
    ``dm_always`` (assignments, SPEC §5) or when the agency has no channel, so nothing
    addressed to an agency can fall on the floor.
    """
    reps = list(reps) if dm_always or not agency.targets else []
    for target in agency.targets:
        enqueue(
            session, table_id=agency.table_id, platform=target["platform"],
            target_kind="agency", address=target["address"], message=message, now=now,
            dedupe_key=_key(key, "agency", target["platform"], target["address"]),
        )
    for rep in reps:
        to_member(session, rep, message, now=now, key=key)


def reps_of(members: Iterable[Member], agency_id: int) -> list[Member]:
    return [m for m in members if m.agency_id == agency_id and m.has("rep")]
